/**
 * 生成报告 / Report (Word) on the 生成 tab: the workbook read as it is, planned and written as a
 * .docx in the page and downloaded; where the host's pane cannot download (Excel for Mac), the
 * pane says where to make it instead.
 */
import { Body1Strong, Button, Caption1, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { PaneError } from "../errors";
import { useStrings } from "../i18n/LanguageContext";
import { saveDownload } from "../saveDownload";
import type { ReportFile } from "../services";
import { ErrorMessage } from "./ErrorMessage";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalXL,
    paddingTop: tokens.spacingVerticalL,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

type ReportState =
  | { readonly status: "idle" }
  | { readonly status: "running" }
  | { readonly status: "error"; readonly error: PaneError }
  | { readonly status: "done"; readonly file: ReportFile };

/** Props of ReportPanel. */
export interface ReportPanelProps {
  /** Makes the report of the open workbook. */
  readonly onReport: () => Promise<ReportFile>;
  /** Whether this host's pane can download a file. */
  readonly canDownload: boolean;
  readonly toError: (error: unknown) => PaneError;
}

/** The report action and its result. */
export function ReportPanel({ onReport, canDownload, toError }: ReportPanelProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const [state, setState] = useState<ReportState>({ status: "idle" });
  const run = () => {
    setState({ status: "running" });
    onReport()
      .then((file) => {
        saveDownload(file.bytes, file.name, DOCX);
        setState({ status: "done", file });
      })
      .catch((error) => setState({ status: "error", error: toError(error) }));
  };
  return (
    <section className={styles.section} data-testid="report-panel">
      <Body1Strong>{t.reportTitle}</Body1Strong>
      <Caption1 className={styles.muted}>{t.reportHint}</Caption1>
      {canDownload ? (
        <Button appearance="secondary" onClick={run} disabled={state.status === "running"} data-testid="report-button">
          {t.reportButton}
        </Button>
      ) : (
        <Text data-testid="report-no-download">{t.reportNoDownload}</Text>
      )}
      {state.status === "running" ? <ProgressBar aria-label={t.reportRunning} /> : null}
      {state.status === "done" ? (
        <Text data-testid="report-done">
          {t.reportDone
            .replace("{name}", state.file.name)
            .replace("{figures}", String(state.file.figures))
            .replace("{traced}", String(state.file.traced))
            .replace("{confirm}", String(state.file.toConfirm))}
        </Text>
      ) : null}
      {state.status === "error" ? <ErrorMessage error={state.error} /> : null}
    </section>
  );
}

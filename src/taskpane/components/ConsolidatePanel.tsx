/**
 * 合并各县报表 / Consolidate returns: the statistician picks the county files with the browser's
 * file picker; the pane reads them locally (nothing is uploaded), writes the prefecture's summary,
 * consolidated table, table by county and 报送情况 into the open workbook as new sheets, and shows
 * who reported and every reconciliation made.
 */
import { Body1Strong, Button, Caption1, Link, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { PaneError } from "../errors";
import { useStrings } from "../i18n/LanguageContext";
import type { ConsolidateResult, ReturnFile } from "../services";
import { ErrorMessage } from "./ErrorMessage";

const useStyles = makeStyles({
  // Set apart from the 生成 result above it: a separate action on other files.
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalXL,
    paddingTop: tokens.spacingVerticalL,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    overflowWrap: "anywhere",
  },
  hidden: { display: "none" },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Where a consolidation stands. */
type ConsolidateState =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly files: number }
  | { readonly status: "error"; readonly error: PaneError }
  | { readonly status: "done"; readonly result: ConsolidateResult };

/** Props of ConsolidatePanel. */
export interface ConsolidatePanelProps {
  /** Reads the chosen files and writes the consolidation into the workbook. */
  readonly onConsolidate: (files: readonly ReturnFile[]) => Promise<ConsolidateResult>;
  /** Activates a sheet the consolidation wrote. */
  readonly onOpenSheet: (sheetName: string) => void;
  /** Turns a failure into the pane's bilingual error. */
  readonly toError: (error: unknown) => PaneError;
}

/** Reads the picked files' bytes in the page. */
async function readPicked(list: FileList): Promise<ReturnFile[]> {
  return Promise.all([...list].map(async (file) => ({ name: file.name, modified: file.lastModified, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

/**
 * The 合并各县报表 action and its result.
 *
 * @example <ConsolidatePanel onConsolidate={services.consolidate} onOpenSheet={open} toError={toPaneError} />
 */
export function ConsolidatePanel({ onConsolidate, onOpenSheet, toError }: ConsolidatePanelProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<ConsolidateState>({ status: "idle" });

  const run = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    setState({ status: "running", files: list.length });
    try {
      const result = await onConsolidate(await readPicked(list));
      setState({ status: "done", result });
    } catch (error) {
      setState({ status: "error", error: toError(error) });
    } finally {
      if (input.current) input.current.value = "";
    }
  };

  return (
    <section className={styles.section} aria-labelledby="consolidate-title">
      <Body1Strong id="consolidate-title">{t.consolidateTitle}</Body1Strong>
      <Caption1 className={styles.muted}>{t.consolidateHint}</Caption1>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        multiple
        accept=".xlsx,.xlsm"
        aria-label={t.consolidateChoose}
        data-testid="consolidate-input"
        onChange={(event) => void run(event.currentTarget.files)}
      />
      <Button appearance="secondary" disabled={state.status === "running"} onClick={() => input.current?.click()} data-testid="consolidate-button">
        {t.consolidateChoose}
      </Button>
      {state.status === "running" ? <ProgressBar aria-label={t.consolidateRunning} thickness="large" /> : null}
      {state.status === "running" ? <Text>{t.consolidateRunning.replace("{n}", String(state.files))}</Text> : null}
      {state.status === "error" ? <ErrorMessage error={state.error} /> : null}
      {state.status === "done" ? (
        <div className={styles.root} data-testid="consolidate-result">
          <Text>{t.consolidateDone.replace("{counted}", String(state.result.counted)).replace("{period}", state.result.period ?? "—")}</Text>
          <Link onClick={() => onOpenSheet(state.result.sheets[0])}>{`${t.consolidateOpen}${state.result.sheets[0]}`}</Link>
          {state.result.missing.length ? <Text>{`${t.consolidateMissing}${state.result.missing.join(t.listSeparator)}`}</Text> : null}
          {state.result.notes.length ? (
            <ul className={styles.list} aria-label={t.consolidateNotes}>
              {state.result.notes.map((note, i) => (
                <li key={i}>
                  <Text>{note}</Text>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

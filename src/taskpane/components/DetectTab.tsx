/**
 * 识别 / Detect: what the reader found on each sheet — tables and ledgers, their indicators,
 * periods, regions, confidence and anomalies — and the corrections a user can make
 * (a column's indicator and role, the total row, a ledger's period). The pieces live in
 * SheetSection, TableView, ColumnMapping and LedgerView.
 */
import { Button, Caption1, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { ReaderOverrides } from "../../core/reader/model";
import type { PaneError } from "../errors";
import { useStrings } from "../i18n/LanguageContext";
import type { DetectResult } from "../services";
import { ErrorMessage } from "./ErrorMessage";
import { ReportPeriodField } from "./ReportPeriodField";
import { SheetSection } from "./SheetSection";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  text: { overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

/** The state Detect is in. */
export type DetectState =
  | { readonly status: "idle" }
  | { readonly status: "loading" }
  | { readonly status: "error"; readonly error: PaneError }
  | { readonly status: "done"; readonly result: DetectResult };

/** Props of DetectTab. */
export interface DetectTabProps {
  /** Where detection stands. */
  readonly state: DetectState;
  /** The corrections currently saved for this workbook. */
  readonly overrides: ReaderOverrides;
  /** Runs detection (with the saved corrections). */
  readonly onDetect: () => void;
  /** Saves new corrections and detects again. */
  readonly onSaveOverrides: (overrides: ReaderOverrides) => void;
  /** A note to show after corrections were saved (or could not be). */
  readonly note?: string;
  /** Stops a detection under way; absent where the host cannot (the pane then offers no Cancel). */
  readonly onCancel?: () => void;
}

/** The Detect tab: a button, then per sheet what was found, with corrections. */
export function DetectTab({ state, overrides, onDetect, onSaveOverrides, note, onCancel }: DetectTabProps) {
  const { language, t } = useStrings();
  const styles = useStyles();
  const [draft, setDraft] = useState<ReaderOverrides>(overrides);
  useEffect(() => setDraft(overrides), [overrides]);

  const busy = state.status === "loading";
  const result = state.status === "done" ? state.result : undefined;
  const model = result?.model;
  const sheets = model ? [...new Set([...(result?.sheetNames ?? []), ...model.tables.map((x) => x.sheet), ...model.ledgers.map((x) => x.sheet)])] : [];
  const empty = model !== undefined && model.tables.length === 0 && model.ledgers.length === 0;

  return (
    <div className={styles.root}>
      <Text>{t.detectIntro}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onDetect} disabled={busy} data-testid="detect-button">
          {result ? t.detectRefresh : t.detectButton}
        </Button>
      </div>
      {state.status === "idle" ? <Text className={styles.muted}>{t.detectNothingYet}</Text> : null}
      {busy ? (
        <div className={styles.actions}>
          <Spinner size="small" label={t.loading} />
          {onCancel ? (
            <Button size="small" onClick={onCancel} data-testid="cancel-detect">
              {t.cancelRun}
            </Button>
          ) : null}
        </div>
      ) : null}
      {state.status === "error" ? <ErrorMessage error={state.error} onRetry={onDetect} /> : null}
      {model && empty ? (
        <Text role="status" data-testid="detect-empty">
          {t.detectEmpty}
        </Text>
      ) : null}
      {model
        ? model.diagnostics
            .filter((d) => d.severity === "error")
            .map((d, i) => (
              <Text key={`d${i}`} role="note" className={styles.text} data-testid="detect-diagnostic">
                {d.sheet ? `${d.sheet}${t.colon}` : ""}
                {d.message[language]}
              </Text>
            ))
        : null}
      {model && !empty ? (
        <>
          <Caption1 data-testid="detect-summary">
            {t.tableLabel} {model.tables.length} · {t.ledgerLabel} {model.ledgers.length} · {t.findingsCount} {model.findings.length} · {t.anomalies}{" "}
            {model.anomalies.length}
          </Caption1>
          {/* Keyed by the saved period: clearing the corrections clears the field too. */}
          <ReportPeriodField key={`${overrides.reportPeriod?.start ?? ""}|${overrides.reportPeriod?.end ?? ""}`} draft={draft} onDraft={setDraft} />
          {sheets.map((sheet) => (
            <SheetSection key={sheet} sheet={sheet} model={model} draft={draft} onDraft={setDraft} />
          ))}
          <div className={styles.actions}>
            <Button onClick={() => onSaveOverrides(draft)} disabled={busy} data-testid="save-corrections">
              {t.applyCorrections}
            </Button>
            <Button appearance="subtle" onClick={() => onSaveOverrides({})} disabled={busy}>
              {t.clearCorrections}
            </Button>
          </div>
          {note ? <Caption1 role="status">{note}</Caption1> : null}
        </>
      ) : null}
    </div>
  );
}

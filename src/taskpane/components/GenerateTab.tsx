/**
 * 生成 / Generate: runs the summary flow with a progress bar driven by the real steps the
 * writer reports, then shows the result: a button that activates the new sheet, the
 * narrative with a copy button, and the 核对 findings, each of which selects its cell.
 */
import { Body1Strong, Button, Caption1, Link, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { PaneError } from "../errors";
import { useStrings } from "../i18n/LanguageContext";
import type { Catalogue } from "../i18n/strings";
import type { GenerateResult, ProgressStep } from "../services";
import { ErrorMessage } from "./ErrorMessage";
import { copyText as copyWithFallback } from "../copyText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  narrative: {
    whiteSpace: "pre-wrap",
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    lineHeight: tokens.lineHeightBase400,
    overflowWrap: "anywhere",
  },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    overflowWrap: "anywhere",
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The state Generate is in. */
export type GenerateState =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly step: ProgressStep }
  | { readonly status: "error"; readonly error: PaneError }
  | { readonly status: "done"; readonly result: GenerateResult; readonly fromRibbon?: boolean };

/** Props of GenerateTab. */
export interface GenerateTabProps {
  /** Where generation stands. */
  readonly state: GenerateState;
  /** Starts generation. */
  readonly onGenerate: () => void;
  /** Activates the summary sheet. */
  readonly onOpenSheet: (sheetName: string) => void;
  /** Selects a finding's cell in its sheet. */
  readonly onSelectCell: (sheetName: string, address: string) => void;
  /** Copies text to the clipboard; resolves when copied. Defaults to the Clipboard API with a selection-copy fallback (copyText.ts). */
  readonly copyText?: (text: string) => Promise<void>;
  /** Stops generation while it still reads or plans (nothing written yet); absent where the host cannot. */
  readonly onCancel?: () => void;
}

function stepLabel(t: Catalogue, step: ProgressStep): string {
  const label = { reading: t.stepReading, planning: t.stepPlanning, writing: t.stepWriting, done: t.stepDone }[step.phase];
  return step.detail ? `${label} ${step.detail}` : label;
}

function figure(value: number | null): string {
  return value === null ? "—" : String(Math.round(value * 10000) / 10000);
}

/** The Generate tab. */
export function GenerateTab({ state, onGenerate, onOpenSheet, onSelectCell, copyText = copyWithFallback, onCancel }: GenerateTabProps) {
  const { language, t } = useStrings();
  const styles = useStyles();
  const [copyNote, setCopyNote] = useState<string>("");
  const running = state.status === "running";
  return (
    <div className={styles.root}>
      <Text>{t.generateIntro}</Text>
      <div>
        <Button appearance="primary" onClick={onGenerate} disabled={running} data-testid="generate-button">
          {t.generateButton}
        </Button>
      </div>
      {running ? (
        <div role="status" aria-live="polite">
          <ProgressBar value={state.step.fraction} max={1} thickness="large" aria-label={t.generating} data-testid="generate-progress" />
          <div className={styles.row}>
            <Caption1>{stepLabel(t, state.step)}</Caption1>
            {/* Once writing has begun it runs to the end: a summary is never left half-written. */}
            {onCancel && (state.step.phase === "reading" || state.step.phase === "planning") ? (
              <Button size="small" onClick={onCancel} data-testid="cancel-generate">
                {t.cancelRun}
              </Button>
            ) : null}
          </div>
        </div>
      ) : null}
      {state.status === "error" ? <ErrorMessage error={state.error} onRetry={onGenerate} /> : null}
      {state.status === "done" && state.result.sheetName === "" ? (
        // A run that wrote no sheet (the ribbon reports its failure this way): show why, in the user's language.
        <ErrorMessage error={{ message: state.result.notes?.[0] ?? { zh: t.errorGeneric, en: t.errorGeneric } }} onRetry={onGenerate} />
      ) : null}
      {state.status === "done" && state.result.sheetName !== "" ? (
        <section aria-label={t.resultHeading} className={styles.root} data-testid="generate-result">
          <Body1Strong>{state.fromRibbon ? t.ribbonResult : t.resultHeading}</Body1Strong>
          <div className={styles.row}>
            <Link as="button" onClick={() => onOpenSheet(state.result.sheetName)} data-testid="open-summary">
              {t.openSheet}
              {t.colon}
              {state.result.sheetName}
            </Link>
          </div>
          <Body1Strong>{t.narrativeHeading}</Body1Strong>
          <div className={styles.narrative} data-testid="narrative">
            {state.result.narrative}
          </div>
          <div className={styles.row}>
            <Button
              size="small"
              onClick={() => {
                copyText(state.result.narrative).then(
                  () => setCopyNote(t.copied),
                  () => setCopyNote(t.copyFailed),
                );
              }}
            >
              {t.copyNarrative}
            </Button>
            {copyNote ? <Caption1 role="status">{copyNote}</Caption1> : null}
          </div>
          {state.result.notes?.map((n, i) => (
            <Caption1 key={i} className={styles.muted}>
              {n[language]}
            </Caption1>
          ))}
          <Body1Strong>{t.checksHeading}</Body1Strong>
          {state.result.ledgerRows?.map((line, i) => (
            <Text key={i} data-testid="ledger-rows">
              {line[language]}
            </Text>
          ))}
          {state.result.findings.length === 0 ? (
            // Never a bare "no errors": what was checked, or that nothing was recognised and nothing checked.
            <Text data-testid="checks-verdict">{state.result.verdict?.[language] ?? t.checksNone}</Text>
          ) : (
            <ul className={styles.list} data-testid="findings">
              {state.result.findings.map((f, i) => (
                <li key={i}>
                  <Link
                    as="button"
                    onClick={() => onSelectCell(f.sheet, f.cell)}
                    aria-label={`${t.selectCell} ${f.sheet}!${f.cell}`}
                    data-testid="finding-link"
                  >
                    {f.sheet}!{f.cell}
                  </Link>{" "}
                  <Caption1>
                    {f.message[language]}
                    {t.parenOpen}
                    {t.stated} {figure(f.stated)}
                    {t.comma}
                    {t.recomputed} {figure(f.recomputed)}
                    {t.parenClose}
                  </Caption1>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </div>
  );
}

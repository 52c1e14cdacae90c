/**
 * One detected ledger (台账) on the 识别 tab: kind, address, confidence, record count, the
 * periods found, and the current period's start and end dates, which the user may correct.
 */
import { Badge, Body1Strong, Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { LedgerModel, ReaderOverrides } from "../../core/reader/model";
import { useStrings } from "../i18n/LanguageContext";
import { percent } from "./detectFormat";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, alignItems: "center" },
  text: { overflowWrap: "anywhere" },
  dates: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS },
  input: { minWidth: 0, width: "100%" },
});

/** Props of LedgerView. */
export interface LedgerViewProps {
  readonly ledger: LedgerModel;
  /** The corrections being edited (not yet saved). */
  readonly draft: ReaderOverrides;
  readonly onDraft: (draft: ReaderOverrides) => void;
}

/** A detected ledger with its period correction. */
export function LedgerView({ ledger, draft, onDraft }: LedgerViewProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const period = draft.ledgerPeriod?.[ledger.id] ?? { start: ledger.current.start, end: ledger.current.end };
  const setPeriod = (start: string, end: string) => onDraft({ ...draft, ledgerPeriod: { ...(draft.ledgerPeriod ?? {}), [ledger.id]: { start, end } } });
  return (
    <div className={styles.item} data-testid="detected-ledger">
      <div className={styles.row}>
        <Body1Strong>
          {ledger.subtype === "accident" ? t.ledgerAccident : t.ledgerHazard} {ledger.address}
        </Body1Strong>
        <Badge appearance="tint" color={ledger.confidence >= 0.8 ? "success" : "warning"}>
          {t.confidence} {percent(ledger.confidence)}
        </Badge>
        <Caption1>
          {ledger.recordCount} {t.records}
        </Caption1>
      </div>
      <Caption1 className={styles.text}>
        {t.periods}
        {t.colon}
        {t.periodCurrent} {ledger.current.label}
        {t.semicolon}
        {t.periodPrevious} {ledger.previous.label}
      </Caption1>
      <div className={styles.dates}>
        <Field label={t.ledgerPeriodStart} size="small">
          <Input size="small" type="date" className={styles.input} value={period.start} onChange={(_, data) => setPeriod(data.value, period.end)} />
        </Field>
        <Field label={t.ledgerPeriodEnd} size="small">
          <Input size="small" type="date" className={styles.input} value={period.end} onChange={(_, data) => setPeriod(period.start, data.value)} />
        </Field>
      </div>
    </div>
  );
}

/**
 * What the reader found on one sheet, on the 识别 tab: its tables and ledgers (with their
 * corrections) and the anomalies it fixed or noted there.
 */
import { Body1Strong, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ReaderOverrides, WorkbookModel } from "../../core/reader/model";
import { useStrings } from "../i18n/LanguageContext";
import { LedgerView } from "./LedgerView";
import { TableView } from "./TableView";

const useStyles = makeStyles({
  sheet: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
    minWidth: 0,
  },
  heading: { overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

/** How many anomalies a sheet lists. */
const ANOMALIES_SHOWN = 15;

/** Props of SheetSection. */
export interface SheetSectionProps {
  readonly sheet: string;
  readonly model: WorkbookModel;
  /** The corrections being edited (not yet saved). */
  readonly draft: ReaderOverrides;
  readonly onDraft: (draft: ReaderOverrides) => void;
}

/** One sheet's findings; nothing at all when the reader found nothing there. */
export function SheetSection({ sheet, model, draft, onDraft }: SheetSectionProps) {
  const { language, t } = useStrings();
  const styles = useStyles();
  const tables = model.tables.filter((x) => x.sheet === sheet);
  const ledgers = model.ledgers.filter((x) => x.sheet === sheet);
  const anomalies = model.anomalies.filter((x) => x.sheet === sheet);
  const notes = model.diagnostics.filter((x) => x.sheet === sheet && x.severity !== "error");
  if (tables.length + ledgers.length + anomalies.length + notes.length === 0) return null;
  return (
    <section className={styles.sheet} aria-label={`${t.sheetHeading} ${sheet}`}>
      <Body1Strong className={styles.heading}>
        {t.sheetHeading}
        {t.colon}
        {sheet}
      </Body1Strong>
      {tables.map((table) => (
        <TableView key={table.id} table={table} draft={draft} onDraft={onDraft} />
      ))}
      {ledgers.map((ledger) => (
        <LedgerView key={ledger.id} ledger={ledger} draft={draft} onDraft={onDraft} />
      ))}
      {anomalies.length + notes.length > 0 ? (
        <>
          <Caption1 className={styles.muted}>
            {t.anomalies}
            {t.parenOpen}
            {anomalies.length + notes.length}
            {t.parenClose}
          </Caption1>
          <ul className={styles.list}>
            {anomalies.slice(0, ANOMALIES_SHOWN).map((a, i) => (
              <li key={`a${i}`}>
                <Caption1>
                  {a.cell} {a.message[language]}
                </Caption1>
              </li>
            ))}
            {notes.map((d, i) => (
              <li key={`n${i}`}>
                <Caption1>{d.message[language]}</Caption1>
              </li>
            ))}
            {anomalies.length > ANOMALIES_SHOWN ? (
              <li>
                <Caption1>{t.moreNotShown.replace("{n}", String(anomalies.length - ANOMALIES_SHOWN))}</Caption1>
              </li>
            ) : null}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/**
 * The column mapping of one detected table, as a list that fits a 320-px task pane: one item
 * per column, its letter and header above two dropdowns (indicator and meaning).
 */
import { Caption1, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { INDICATORS } from "../../core/registry/indicators";
import type { ColumnRole, ReaderOverrides, TableModel } from "../../core/reader/model";
import { useStrings } from "../i18n/LanguageContext";
import { ROLES, columnLetter, roleLabel, withColumnFix } from "./detectFormat";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  header: { overflowWrap: "anywhere" },
  letter: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  // Two dropdowns side by side, each allowed to shrink below its content (the text is cut, the pane never scrolls sideways).
  controls: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS },
  field: { minWidth: 0 },
  select: { minWidth: 0, width: "100%" },
});

/** Props of ColumnMapping. */
export interface ColumnMappingProps {
  /** The table whose columns are listed. */
  readonly table: TableModel;
  /** The corrections being edited (not yet saved). */
  readonly draft: ReaderOverrides;
  /** Receives the draft with one column's correction changed. */
  readonly onDraft: (draft: ReaderOverrides) => void;
}

/** One list item per measure column: "B 事故起数/本期", then 指标 and 含义 dropdowns. */
export function ColumnMapping({ table, draft, onDraft }: ColumnMappingProps) {
  const { language, t } = useStrings();
  const styles = useStyles();
  const measureColumns = table.columns.filter((c) => c.role !== "key" && c.role !== "code");
  const fixOf = (column: number) => draft.columns?.[table.id]?.find((c) => c.column === column);
  return (
    <ul className={styles.list} aria-label={t.columnMappingHeading} data-testid="column-mapping">
      {measureColumns.map((c) => {
        const fix = fixOf(c.column);
        const header = c.headerPath.join("/");
        const letter = columnLetter(c.column);
        return (
          <li key={c.column} className={styles.item} data-testid="column-item">
            <Caption1 className={styles.header}>
              <span className={styles.letter}>{letter}</span>
              {header}
            </Caption1>
            <div className={styles.controls}>
              <Field label={t.columnIndicator} size="small" className={styles.field}>
                <Select
                  size="small"
                  className={styles.select}
                  aria-label={`${t.column} ${letter} ${t.columnIndicator}`}
                  value={fix?.indicator ?? c.indicator ?? ""}
                  onChange={(_, data) => onDraft(withColumnFix(draft, table.id, { column: c.column, indicator: data.value || undefined }))}
                >
                  <option value="">{t.noIndicator}</option>
                  {INDICATORS.map((ind) => (
                    <option key={ind.id} value={ind.id}>
                      {language === "zh" ? ind.name : ind.english}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={t.columnRole} size="small" className={styles.field}>
                <Select
                  size="small"
                  className={styles.select}
                  aria-label={`${t.column} ${letter} ${t.columnRole}`}
                  value={fix?.role ?? c.role}
                  onChange={(_, data) => onDraft(withColumnFix(draft, table.id, { column: c.column, role: data.value as ColumnRole }))}
                >
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {roleLabel(t, role)}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

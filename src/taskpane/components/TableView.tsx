/**
 * One detected table on the 识别 tab: its address, title and confidence, the indicators,
 * periods and regions found, the total-row correction and the column mapping.
 */
import { Badge, Body1Strong, Caption1, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReaderOverrides, TableModel } from "../../core/reader/model";
import { useStrings } from "../i18n/LanguageContext";
import { ColumnMapping } from "./ColumnMapping";
import { confidenceLevel, indicatorName, percent, periodLine, rowKeys, rowsHeading } from "./detectFormat";

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
  select: { minWidth: 0, width: "100%" },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** How many region names are listed before "…". */
const REGIONS_SHOWN = 12;

/** Props of TableView. */
export interface TableViewProps {
  readonly table: TableModel;
  /** The corrections being edited (not yet saved). */
  readonly draft: ReaderOverrides;
  readonly onDraft: (draft: ReaderOverrides) => void;
}

/** A detected table with its corrections. */
export function TableView({ table, draft, onDraft }: TableViewProps) {
  const { language, t } = useStrings();
  const styles = useStyles();
  const indicators = [...new Set(table.columns.map((c) => c.indicator).filter((id): id is string => !!id))];
  const regions = rowKeys(table.rows, t);
  const totalRow = draft.totalRow?.[table.id] ?? table.rows.find((r) => r.role === "total")?.row;
  const level = confidenceLevel(table.confidence);
  return (
    <div className={styles.item} data-testid="detected-table">
      <div className={styles.row}>
        <Body1Strong>
          {t.tableLabel} {table.address}
        </Body1Strong>
        {table.title ? <Text className={styles.text}>{table.title}</Text> : null}
        <Badge appearance="tint" color={level === "high" ? "success" : level === "medium" ? "warning" : "danger"} data-testid="table-confidence">
          {level === "high" ? t.confidenceHigh : level === "medium" ? t.confidenceMedium : t.confidenceLow} {percent(table.confidence)}
        </Badge>
      </div>
      {level === "high" ? null : (
        <Caption1 className={styles.text} data-testid="confidence-check">
          {t.confidenceCheck}
        </Caption1>
      )}
      <Caption1 className={styles.text}>
        {t.indicators}
        {t.colon}
        {indicators.map((id) => indicatorName(id, language)).join(t.listSeparator) || "—"}
      </Caption1>
      <Caption1 className={styles.text}>
        {t.periods}
        {t.colon}
        {periodLine(table, t)}
      </Caption1>
      {regions.length > 0 ? (
        <Caption1 className={styles.text}>
          {rowsHeading(table.keyKind, t)}
          {t.parenOpen}
          {regions.length}
          {t.parenClose}
          {t.colon}
          {regions.slice(0, REGIONS_SHOWN).join(t.listSeparator)}
          {regions.length > REGIONS_SHOWN ? "…" : ""}
        </Caption1>
      ) : null}
      <Field label={t.totalRow} size="small">
        <Select
          size="small"
          className={styles.select}
          value={totalRow === undefined ? "" : String(totalRow)}
          onChange={(_, data) => {
            const next = { ...(draft.totalRow ?? {}) };
            if (data.value === "") delete next[table.id];
            else next[table.id] = Number(data.value);
            onDraft({ ...draft, totalRow: next });
          }}
        >
          <option value="">{t.noTotalRow}</option>
          {table.rows
            .filter((r) => r.role !== "blank")
            .map((r) => (
              <option key={r.row} value={String(r.row)}>
                {r.row + 1}: {r.label}
              </option>
            ))}
        </Select>
      </Field>
      <Caption1 className={styles.muted}>{t.columnMappingHeading}</Caption1>
      <ColumnMapping table={table} draft={draft} onDraft={onDraft} />
    </div>
  );
}

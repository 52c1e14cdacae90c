/**
 * 识别 / Detect: what the reader found on each sheet — tables and ledgers, their indicators,
 * periods, regions, confidence and anomalies — and the corrections a user can make
 * (a column's indicator and role, the total row, a ledger's period).
 */
import { Badge, Body1Strong, Button, Caption1, Field, Input, Select, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { INDICATORS, indicatorById } from "../../core/registry/indicators";
import type { ColumnRole, LedgerModel, ReaderOverrides, TableModel } from "../../core/reader/model";
import type { PaneError } from "../errors";
import { useStrings } from "../i18n/LanguageContext";
import type { Catalogue } from "../i18n/strings";
import type { DetectResult } from "../services";
import { ErrorMessage } from "./ErrorMessage";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  sheet: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, alignItems: "center" },
  correction: {
    display: "grid",
    gridTemplateColumns: "auto 1fr 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    alignItems: "center",
  },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
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
}

const ROLES: readonly ColumnRole[] = ["current", "previous", "change_abs", "change_pct", "value", "rate", "key", "category", "code", "ignored"];

function roleLabel(t: Catalogue, role: ColumnRole): string {
  const labels: Record<ColumnRole, string> = {
    current: t.roleCurrent,
    previous: t.rolePrevious,
    change_abs: t.roleChangeAbs,
    change_pct: t.roleChangePct,
    value: t.roleValue,
    rate: t.roleRate,
    key: t.roleKey,
    category: t.roleCategory,
    code: t.roleCode,
    ignored: t.roleIgnored,
  };
  return labels[role];
}

function indicatorName(id: string | undefined, language: "zh" | "en"): string {
  if (!id) return "";
  const indicator = indicatorById(id);
  if (!indicator) return id;
  return language === "zh" ? indicator.name : indicator.english;
}

function columnLetter(column: number): string {
  let n = column + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

type ColumnFix = { column: number; indicator?: string; role?: ColumnRole };

/** Sets one column's correction in a draft of the overrides, replacing an older one. */
function withColumnFix(draft: ReaderOverrides, tableId: string, fix: ColumnFix): ReaderOverrides {
  const existing = (draft.columns?.[tableId] ?? []).filter((c) => c.column !== fix.column);
  const previous = (draft.columns?.[tableId] ?? []).find((c) => c.column === fix.column);
  const merged = { ...previous, ...fix };
  return { ...draft, columns: { ...(draft.columns ?? {}), [tableId]: [...existing, merged] } };
}

interface TableViewProps {
  readonly table: TableModel;
  readonly draft: ReaderOverrides;
  readonly onDraft: (draft: ReaderOverrides) => void;
}

function TableView({ table, draft, onDraft }: TableViewProps) {
  const { language, t } = useStrings();
  const styles = useStyles();
  const indicators = [...new Set(table.columns.map((c) => c.indicator).filter((id): id is string => !!id))];
  const regions = table.rows.filter((r) => r.role === "data").map((r) => r.region ?? r.label);
  const totalRow = draft.totalRow?.[table.id] ?? table.rows.find((r) => r.role === "total")?.row;
  const measureColumns = table.columns.filter((c) => c.role !== "key" && c.role !== "code");
  const fixOf = (column: number) => draft.columns?.[table.id]?.find((c) => c.column === column);
  return (
    <div className={styles.item} data-testid="detected-table">
      <div className={styles.row}>
        <Body1Strong>
          {t.tableLabel} {table.address}
        </Body1Strong>
        {table.title ? <Text>{table.title}</Text> : null}
        <Badge appearance="tint" color={table.confidence >= 0.8 ? "success" : "warning"}>
          {t.confidence} {percent(table.confidence)}
        </Badge>
      </div>
      <Caption1>
        {t.indicators}：{indicators.map((id) => indicatorName(id, language)).join("、") || "—"}
      </Caption1>
      <Caption1>
        {t.periods}：{t.periodCurrent} {table.periods.current ?? "—"}；{t.periodPrevious} {table.periods.previous ?? "—"}
      </Caption1>
      {regions.length > 0 ? (
        <Caption1>
          {t.regions}（{regions.length}）：{regions.slice(0, 12).join("、")}
          {regions.length > 12 ? "…" : ""}
        </Caption1>
      ) : null}
      <Field label={t.totalRow} size="small">
        <Select
          size="small"
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
      <div className={styles.correction}>
        <Caption1 className={styles.muted}>{t.column}</Caption1>
        <Caption1 className={styles.muted}>{t.columnIndicator}</Caption1>
        <Caption1 className={styles.muted}>{t.columnRole}</Caption1>
        {measureColumns.map((c) => {
          const fix = fixOf(c.column);
          const header = c.headerPath.join("/");
          const letter = columnLetter(c.column);
          return [
            <Caption1 key={`h${c.column}`} title={header}>
              {letter} {header.length > 14 ? `${header.slice(0, 14)}…` : header}
            </Caption1>,
            <Select
              key={`i${c.column}`}
              size="small"
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
            </Select>,
            <Select
              key={`r${c.column}`}
              size="small"
              aria-label={`${t.column} ${letter} ${t.columnRole}`}
              value={fix?.role ?? c.role}
              onChange={(_, data) => onDraft(withColumnFix(draft, table.id, { column: c.column, role: data.value as ColumnRole }))}
            >
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {roleLabel(t, role)}
                </option>
              ))}
            </Select>,
          ];
        })}
      </div>
    </div>
  );
}

interface LedgerViewProps {
  readonly ledger: LedgerModel;
  readonly draft: ReaderOverrides;
  readonly onDraft: (draft: ReaderOverrides) => void;
}

function LedgerView({ ledger, draft, onDraft }: LedgerViewProps) {
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
      <Caption1>
        {t.periods}：{t.periodCurrent} {ledger.current.label}；{t.periodPrevious} {ledger.previous.label}
      </Caption1>
      <div className={styles.row}>
        <Field label={t.ledgerPeriodStart} size="small">
          <Input size="small" type="date" value={period.start} onChange={(_, data) => setPeriod(data.value, period.end)} />
        </Field>
        <Field label={t.ledgerPeriodEnd} size="small">
          <Input size="small" type="date" value={period.end} onChange={(_, data) => setPeriod(period.start, data.value)} />
        </Field>
      </div>
    </div>
  );
}

/** The Detect tab: a button, then per sheet what was found, with corrections. */
export function DetectTab({ state, overrides, onDetect, onSaveOverrides, note }: DetectTabProps) {
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
      {busy ? <Spinner size="small" label={t.loading} /> : null}
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
              <Text key={`d${i}`} role="note" data-testid="detect-diagnostic">
                {d.sheet ? `${d.sheet}：` : ""}
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
          {sheets.map((sheet) => {
            const tables = model.tables.filter((x) => x.sheet === sheet);
            const ledgers = model.ledgers.filter((x) => x.sheet === sheet);
            const anomalies = model.anomalies.filter((x) => x.sheet === sheet);
            const notes = model.diagnostics.filter((x) => x.sheet === sheet && x.severity !== "error");
            if (tables.length + ledgers.length + anomalies.length + notes.length === 0) return null;
            return (
              <section key={sheet} className={styles.sheet} aria-label={`${t.sheetHeading} ${sheet}`}>
                <Body1Strong>
                  {t.sheetHeading}：{sheet}
                </Body1Strong>
                {tables.map((table) => (
                  <TableView key={table.id} table={table} draft={draft} onDraft={setDraft} />
                ))}
                {ledgers.map((ledger) => (
                  <LedgerView key={ledger.id} ledger={ledger} draft={draft} onDraft={setDraft} />
                ))}
                {anomalies.length + notes.length > 0 ? (
                  <>
                    <Caption1 className={styles.muted}>
                      {t.anomalies}（{anomalies.length}）
                    </Caption1>
                    <ul className={styles.list}>
                      {anomalies.slice(0, 15).map((a, i) => (
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
                    </ul>
                  </>
                ) : null}
              </section>
            );
          })}
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

/**
 * The simulated workbook: sheet tabs, a grid of evaluated values with merged cells and basic
 * formats, and the charts the add-in created on the active sheet.
 */
import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { HostSheet, HostWorkbook } from "../host/state";
import { TabStrip } from "../taskpane/components/TabStrip";
import { useStrings } from "../taskpane/i18n/LanguageContext";
import { ChartView } from "./ChartView";
import { columnLetters, displayText } from "./gridFormat";
import { gridSignature, gridSize } from "./gridSignature";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: 0, flexGrow: 1 },
  // The grid scrolls in both directions; it is focusable so the arrow keys scroll it without a mouse.
  scroller: {
    overflow: "auto",
    flexGrow: 1,
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  // Fixed layout: each column keeps the workbook's width and long text is cut with "…", as Excel
  // cuts it at the next filled cell, instead of one long note stretching its column across the page.
  table: { borderCollapse: "collapse", tableLayout: "fixed", fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  head: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    minWidth: "28px",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  rowHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    textAlign: "center",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  number: { textAlign: "right" },
  bold: { fontWeight: tokens.fontWeightSemibold },
  wrap: { whiteSpace: "normal" },
  selected: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  // The corner cell above the row numbers: a header with no visible text, named for screen readers.
  hiddenText: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
  // The charts sit in one row that scrolls sideways, so the grid below keeps most of the height.
  charts: {
    flexShrink: 0,
    overflowX: "auto",
    display: "flex",
    flexWrap: "nowrap",
    "& > *": { flexShrink: 0 },
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

/** Props of SheetView. */
export interface SheetViewProps {
  /** The host's workbook state (read only here). */
  readonly workbook: HostWorkbook;
  /** The sheet shown. */
  readonly activeSheet: string | undefined;
  /** Called when the user clicks a sheet tab. */
  readonly onActivate: (sheetName: string) => void;
}

function isSelected(workbook: HostWorkbook, sheet: HostSheet, row: number, column: number): boolean {
  const sel = workbook.selection;
  if (!sel || sel.sheet !== sheet.name) return false;
  const local = sel.address.includes("!") ? sel.address.slice(sel.address.lastIndexOf("!") + 1) : sel.address;
  const [a] = local.replace(/\$/g, "").split(":");
  return a.toUpperCase() === `${columnLetters(column)}${row + 1}`;
}

/** Excel's default column width (8.43 characters) in pixels, and the row-number column's; a width in characters is about 7 px each. */
const DEFAULT_COLUMN_PX = 64;
const ROW_HEAD_PX = 40;

function Grid({ workbook, sheet, rowsLabel }: { readonly workbook: HostWorkbook; readonly sheet: HostSheet; readonly rowsLabel: string }) {
  const styles = useStyles();
  const { rows, columns } = gridSize(sheet);
  // A merged area draws its top-left cell with a span and hides the others.
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of sheet.merges) {
    spans.set(`${m.row},${m.column}`, { rowSpan: m.rowCount, colSpan: m.columnCount });
    for (let r = m.row; r < m.row + m.rowCount; r++)
      for (let c = m.column; c < m.column + m.columnCount; c++) if (r !== m.row || c !== m.column) covered.add(`${r},${c}`);
  }
  const body = [];
  for (let r = 0; r < rows; r++) {
    const cells = [
      <th key="h" scope="row" className={styles.rowHead}>
        {r + 1}
      </th>,
    ];
    for (let c = 0; c < columns; c++) {
      const key = `${r},${c}`;
      if (covered.has(key)) continue;
      const value = sheet.values[r]?.[c];
      const format = sheet.formats.get(key);
      const span = spans.get(key);
      const formula = sheet.formulas[r]?.[c];
      cells.push(
        <td
          key={c}
          rowSpan={span?.rowSpan}
          colSpan={span?.colSpan}
          title={typeof formula === "string" && formula.startsWith("=") ? formula : undefined}
          data-cell={`${columnLetters(c)}${r + 1}`}
          // The workbook's own fill and font colour (data, not the add-in's styling); widths come from the colgroup.
          style={{ backgroundColor: format?.fill || undefined, color: format?.fontColor || undefined }}
          className={mergeClasses(
            styles.cell,
            typeof value === "number" && styles.number,
            format?.bold && styles.bold,
            format?.wrapText && styles.wrap,
            isSelected(workbook, sheet, r, c) && styles.selected,
          )}
        >
          {displayText(value, sheet.numberFormats[r]?.[c])}
        </td>,
      );
    }
    body.push(<tr key={r}>{cells}</tr>);
  }
  const widths = Array.from({ length: columns }, (_, c) => (sheet.columnWidths[c] === undefined ? DEFAULT_COLUMN_PX : Math.round(sheet.columnWidths[c] * 7)));
  return (
    <table className={styles.table} style={{ width: `${ROW_HEAD_PX + widths.reduce((a, b) => a + b, 0)}px` }} data-testid="grid" data-sheet={sheet.name}>
      <colgroup>
        <col style={{ width: `${ROW_HEAD_PX}px` }} />
        {widths.map((w, c) => (
          <col key={c} style={{ width: `${w}px` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th className={styles.head} scope="col">
            <span className={styles.hiddenText}>{rowsLabel}</span>
          </th>
          {Array.from({ length: columns }, (_, c) => (
            <th key={c} scope="col" className={styles.head}>
              {columnLetters(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{body}</tbody>
    </table>
  );
}

/** Sheet tabs, the grid and the charts of the active sheet. */
export function SheetView({ workbook, activeSheet, onActivate }: SheetViewProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const sheet = workbook.sheets.find((s) => s.name === activeSheet) ?? workbook.sheets[0];
  // Drawn again only when what it shows changed (the host's cells change in place).
  const shown = sheet ? gridSignature(workbook, sheet) : "";
  const rowsLabel = t.rowNumbers;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `shown` stands for the sheet's cells, which change in place
  const grid = useMemo(() => (sheet ? <Grid workbook={workbook} sheet={sheet} rowsLabel={rowsLabel} /> : undefined), [shown, rowsLabel]);
  return (
    <div className={styles.root} aria-label={t.workbookLabel} role="region">
      <TabStrip
        items={workbook.sheets.filter((s) => s.visibility === "Visible").map((s) => ({ value: s.name, label: s.name, testId: "sheet-tab" }))}
        selected={sheet?.name}
        onSelect={onActivate}
        label={t.sheetTabsLabel}
        idPrefix="sheet-tab"
        panelId="sheet-grid"
        size="small"
        scroll
        testId="sheet-tabs"
      />
      {sheet && sheet.charts.length > 0 ? (
        <div className={styles.charts} aria-label={t.chartsHeading} role="region" tabIndex={0} data-testid="charts">
          {sheet.charts.map((chart) => (
            <ChartView key={chart.name} chart={chart} values={sheet.values} />
          ))}
        </div>
      ) : null}
      <div className={styles.scroller} id="sheet-grid" role="region" aria-label={sheet ? `${t.gridLabel} ${sheet.name}` : t.gridLabel} tabIndex={0}>
        {grid ?? <Caption1>—</Caption1>}
      </div>
    </div>
  );
}

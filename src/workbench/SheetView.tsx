/**
 * The simulated workbook: sheet tabs, a grid of evaluated values with merged cells and basic
 * formats, and the charts the add-in created on the active sheet.
 */
import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { HostSheet, HostWorkbook } from "../host/state";
import { TabStrip } from "../taskpane/components/TabStrip";
import { useStrings } from "../taskpane/i18n/LanguageContext";
import { ChartView } from "./ChartView";
import { columnLetters, displayText } from "./gridFormat";
import { gridSignature, gridSize } from "./gridSignature";
import { gridWindow, rowOffsets, rowPx, type GridWindow } from "./gridWindow";

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
  // A spacer row keeps the height of the rows not drawn, so the scroll bar is the whole sheet's.
  spacer: { padding: 0, border: "none" },
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

/** The selected cell of the sheet as "B6", or undefined when the selection is on another sheet. */
function selectedCell(workbook: HostWorkbook, sheet: HostSheet): string | undefined {
  const sel = workbook.selection;
  if (!sel || sel.sheet !== sheet.name) return undefined;
  const local = sel.address.includes("!") ? sel.address.slice(sel.address.lastIndexOf("!") + 1) : sel.address;
  return local.replace(/\$/g, "").split(":")[0].toUpperCase();
}

/** The 0-based row of an A1 cell ("B6" → 5), or undefined. */
function rowOfCell(cell: string | undefined): number | undefined {
  const digits = cell?.match(/\d+$/)?.[0];
  return digits ? Number(digits) - 1 : undefined;
}

/** Excel's default column width (8.43 characters) in pixels, and the row-number column's; a width in characters is about 7 px each. */
const DEFAULT_COLUMN_PX = 64;
const ROW_HEAD_PX = 40;

interface GridProps {
  readonly workbook: HostWorkbook;
  readonly sheet: HostSheet;
  readonly rowsLabel: string;
  readonly drawn: GridWindow;
}

function Grid({ workbook, sheet, rowsLabel, drawn }: GridProps) {
  const styles = useStyles();
  const { columns } = gridSize(sheet);
  const selected = selectedCell(workbook, sheet);
  // A merged area draws its top-left cell with a span and hides the others.
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of sheet.merges) {
    spans.set(`${m.row},${m.column}`, { rowSpan: m.rowCount, colSpan: m.columnCount });
    for (let r = m.row; r < m.row + m.rowCount; r++)
      for (let c = m.column; c < m.column + m.columnCount; c++) if (r !== m.row || c !== m.column) covered.add(`${r},${c}`);
  }
  const body = [];
  if (drawn.above > 0)
    body.push(
      <tr key="above" aria-hidden="true" style={{ height: `${drawn.above}px` }}>
        <td className={styles.spacer} colSpan={columns + 1} />
      </tr>,
    );
  for (let r = drawn.start; r < drawn.end; r++) {
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
            selected === `${columnLetters(c)}${r + 1}` && styles.selected,
          )}
        >
          {displayText(value, sheet.numberFormats[r]?.[c])}
        </td>,
      );
    }
    body.push(
      <tr key={r} style={{ height: `${rowPx(sheet.rowHeights, r)}px` }}>
        {cells}
      </tr>,
    );
  }
  if (drawn.below > 0)
    body.push(
      <tr key="below" aria-hidden="true" style={{ height: `${drawn.below}px` }}>
        <td className={styles.spacer} colSpan={columns + 1} />
      </tr>,
    );
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
  const view = useScrollView();
  const rows = sheet ? gridSize(sheet).rows : 0;
  // Recomputed each render: a few ms at 100,000 rows, and a row height set by a write is never missed.
  const offsets = sheet ? rowOffsets(rows, sheet.rowHeights) : new Float64Array(1);
  const drawn = gridWindow(offsets, view.scrollTop, view.height, sheet?.merges ?? []);
  const selectedRow = sheet ? rowOfCell(selectedCell(workbook, sheet)) : undefined;
  // A cell selected from the pane (a finding, a section) is scrolled into view, as Excel selects it.
  useEffect(() => {
    if (selectedRow !== undefined && selectedRow < rows) view.reveal(offsets[selectedRow], offsets[selectedRow + 1]);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new selection scrolls, not a scroll or an edit
  }, [sheet?.name, selectedRow]);
  // Drawn again only when what it shows changed (the host's cells change in place).
  const shown = sheet ? gridSignature(workbook, sheet, drawn) : "";
  const rowsLabel = t.rowNumbers;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `shown` stands for the drawn cells, which change in place
  const grid = useMemo(() => (sheet ? <Grid workbook={workbook} sheet={sheet} rowsLabel={rowsLabel} drawn={drawn} /> : undefined), [shown, rowsLabel]);
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
      <div
        ref={view.ref}
        onScroll={view.onScroll}
        className={styles.scroller}
        id="sheet-grid"
        role="region"
        aria-label={sheet ? `${t.gridLabel} ${sheet.name}` : t.gridLabel}
        tabIndex={0}
      >
        {grid ?? <Caption1>—</Caption1>}
      </div>
    </div>
  );
}

/** The scroller's position and height, read at most once a frame while the user scrolls. */
function useScrollView() {
  const [state, setState] = useState({ scrollTop: 0, height: 800 });
  const element = useRef<HTMLDivElement | null>(null);
  const frame = useRef<number | undefined>(undefined);
  const read = useCallback(() => {
    frame.current = undefined;
    const el = element.current;
    if (el)
      setState((s) => (s.scrollTop === el.scrollTop && s.height === el.clientHeight ? s : { scrollTop: el.scrollTop, height: el.clientHeight || s.height }));
  }, []);
  const onScroll = useCallback(() => {
    if (frame.current === undefined) frame.current = requestAnimationFrame(read);
  }, [read]);
  const ref = useCallback(
    (el: HTMLDivElement | null) => {
      element.current = el;
      if (el) read();
    },
    [read],
  );
  useEffect(() => {
    if (typeof ResizeObserver === "undefined" || !element.current) return undefined;
    const observer = new ResizeObserver(() => read());
    observer.observe(element.current);
    return () => observer.disconnect();
  }, [read]);
  /** Scrolls so the rows between top and bottom (px) are in view, a third of the way down. */
  const reveal = useCallback(
    (top: number, bottom: number) => {
      const el = element.current;
      if (!el) return;
      if (top < el.scrollTop || bottom > el.scrollTop + el.clientHeight - HEADER_PX) el.scrollTop = Math.max(0, top - el.clientHeight / 3);
      read();
    },
    [read],
  );
  return { ref, onScroll, reveal, scrollTop: state.scrollTop, height: state.height };
}

/** The sticky column-letter header's height, which covers the top of the scroller. */
const HEADER_PX = 22;

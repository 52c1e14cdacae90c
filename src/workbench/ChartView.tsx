/**
 * Draws a chart the add-in created, from its recorded spec and the cells it is bound to:
 * clustered columns / bars as SVG rectangles, pie and doughnut as a doughnut. A sketch of
 * what Excel will draw, not a copy of it.
 */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../taskpane/i18n/LanguageContext";
import { chartData } from "./chartData";

const useStyles = makeStyles({
  figure: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  axis: { stroke: tokens.colorNeutralStroke1 },
  grid: { stroke: tokens.colorNeutralStroke3 },
  label: { fill: tokens.colorNeutralForeground2, fontSize: "10px" },
  s0: { fill: tokens.colorBrandBackground },
  s1: { fill: tokens.colorPaletteDarkOrangeBackground3 },
  s2: { fill: tokens.colorPaletteGreenBackground3 },
  s3: { fill: tokens.colorPaletteBerryBackground2 },
  s4: { fill: tokens.colorPaletteYellowBackground3 },
  s5: { fill: tokens.colorPaletteTealBackground2 },
  // Inside the card however long the names (a doughnut's legend of loss categories).
  legend: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, minWidth: 0, overflowWrap: "anywhere" },
  swatch: { marginRight: tokens.spacingHorizontalXXS, verticalAlign: "middle" },
});

/** A recorded chart, as the in-memory host keeps it. */
export interface RecordedChart {
  readonly name: string;
  readonly type: string;
  readonly source: string;
  readonly seriesBy: string;
  readonly title?: string;
  readonly valueAxisTitle?: string;
  readonly seriesNames?: readonly string[];
  /** The value axis's bounds, where the add-in set them (the 整改率 chart's 85–100%). */
  readonly valueAxis?: { readonly minimum?: number; readonly maximum?: number };
}

/** Props of ChartView. */
export interface ChartViewProps {
  /** The chart's spec. */
  readonly chart: RecordedChart;
  /** The values of the sheet the chart's source range is on. */
  readonly values: readonly (readonly unknown[])[];
}

const WIDTH = 320;
const HEIGHT = 180;
/** Room for a county's or an industry's whole name left of a bar. */
const LABEL_WIDTH = 86;

/**
 * The value axis: from the chart's minimum (or 0) to its maximum (or a round number above the
 * largest value), with ticks at a round step (85%, 90%, 95%, 100%; 0, 10, 20, 30).
 */
function valueScale(values: readonly number[], bounds?: { minimum?: number; maximum?: number }): { min: number; max: number; ticks: number[] } {
  const min = bounds?.minimum ?? Math.min(0, ...values);
  const top = bounds?.maximum ?? Math.max(min + 1e-9, ...values);
  const span = top - min;
  const unit = 10 ** Math.floor(Math.log10(span / 5));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * unit).find((x) => span / x <= 5) ?? unit * 10;
  const max = bounds?.maximum ?? min + Math.ceil(span / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step - 1e-9) * step; t <= max + step * 1e-6; t += step) ticks.push(Math.round(t / step) * step);
  return { min, max, ticks };
}

/** A category name in lines no wider than its group (about 10 px a Chinese character, 6 px others), never cut. */
function splitLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  let used = 0;
  // Chinese breaks between any two characters, other text between words.
  for (const ch of text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+\s*/g) ?? [text]) {
    const w = /[\u2e80-\uffff]/.test(ch) ? 10 : 6 * ch.length;
    if (used + w > width - 2 && line) {
      lines.push(line);
      line = "";
      used = 0;
    }
    line += ch;
    used += w;
  }
  return [...lines, line];
}

/** One chart as SVG. */
export function ChartView({ chart, values }: ChartViewProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const palette = [styles.s0, styles.s1, styles.s2, styles.s3, styles.s4, styles.s5];
  const data = chartData(values, chart.source, chart.seriesBy);
  const names = data.series.map((s, i) => chart.seriesNames?.[i] || s.name);
  const round = /pie|doughnut/i.test(chart.type);
  const horizontal = /^bar/i.test(chart.type);
  // A bar per county needs room for every name: rows of 18 px.
  const height = horizontal ? Math.max(HEIGHT, data.categories.length * 18 + 34) : HEIGHT;
  let body;
  if (round) {
    const vals = data.series[0]?.values ?? [];
    const total = vals.reduce((a, b) => a + Math.max(0, b), 0) || 1;
    let angle = -Math.PI / 2;
    const cx = WIDTH / 2;
    const cy = HEIGHT / 2;
    const r = HEIGHT / 2 - 8;
    const inner = r * 0.55;
    body = vals.map((v, i) => {
      const sweep = (Math.max(0, v) / total) * Math.PI * 2;
      const a0 = angle;
      const a1 = angle + Math.min(sweep, Math.PI * 2 - 1e-6);
      angle += sweep;
      const large = a1 - a0 > Math.PI ? 1 : 0;
      const p = (rad: number, radius: number) => `${cx + radius * Math.cos(rad)},${cy + radius * Math.sin(rad)}`;
      const d = `M${p(a0, r)} A${r},${r} 0 ${large} 1 ${p(a1, r)} L${p(a1, inner)} A${inner},${inner} 0 ${large} 0 ${p(a0, inner)} Z`;
      return <path key={i} d={d} className={palette[i % palette.length]} data-testid="chart-mark" />;
    });
  } else {
    const all = data.series.flatMap((s) => s.values);
    const axis = valueScale(all, chart.valueAxis);
    const percent = chart.valueAxisTitle === "%";
    const tickText = (v: number) => (percent ? `${Math.round(v * 1000) / 10}%` : String(Math.round(v * 100) / 100));
    const n = Math.max(1, data.categories.length);
    if (horizontal) {
      // Bars across, one row per category with its whole name on the left; the first category at the bottom, as Excel draws it.
      const left = LABEL_WIDTH;
      // Room on the right for the last tick's label ("100%").
      const plot = WIDTH - left - 18;
      const rowHeight = (height - 34) / n;
      const barHeight = (rowHeight * 0.7) / Math.max(1, data.series.length);
      const x = (v: number) => left + ((Math.min(axis.max, Math.max(axis.min, v)) - axis.min) / (axis.max - axis.min)) * plot;
      body = (
        <>
          {axis.ticks.map((tick) => (
            <g key={tick}>
              <line x1={x(tick)} y1={4} x2={x(tick)} y2={height - 28} className={styles.grid} />
              <text x={x(tick)} y={height - 16} textAnchor="middle" className={styles.label}>
                {tickText(tick)}
              </text>
            </g>
          ))}
          <line x1={left} y1={4} x2={left} y2={height - 28} className={styles.axis} />
          {data.categories.map((c, ci) => {
            const top = 4 + (n - 1 - ci) * rowHeight;
            return (
              <g key={ci}>
                <text x={left - 4} y={top + rowHeight / 2 + 3} textAnchor="end" className={styles.label}>
                  {c}
                </text>
                {data.series.map((s, si) => (
                  <rect
                    key={si}
                    x={left}
                    y={top + rowHeight * 0.15 + si * barHeight}
                    width={Math.max(0, x(s.values[ci] ?? 0) - left)}
                    height={barHeight}
                    className={palette[si % palette.length]}
                    data-testid="chart-mark"
                  />
                ))}
              </g>
            );
          })}
        </>
      );
    } else {
      const left = 36;
      const bottom = height - 30;
      const groupWidth = (WIDTH - left - 4) / n;
      const barWidth = (groupWidth * 0.8) / Math.max(1, data.series.length);
      const y = (v: number) => bottom - ((Math.min(axis.max, Math.max(axis.min, v)) - axis.min) / (axis.max - axis.min)) * (bottom - 6);
      body = (
        <>
          {axis.ticks.map((tick) => (
            <g key={tick}>
              <line x1={left} y1={y(tick)} x2={WIDTH} y2={y(tick)} className={styles.grid} />
              <text x={left - 4} y={y(tick) + 3} textAnchor="end" className={styles.label}>
                {tickText(tick)}
              </text>
            </g>
          ))}
          <line x1={left} y1={bottom} x2={WIDTH} y2={bottom} className={styles.axis} />
          {data.series.map((s, si) =>
            s.values.map((v, ci) => (
              <rect
                key={`${si}-${ci}`}
                x={left + ci * groupWidth + groupWidth * 0.1 + si * barWidth}
                y={y(Math.max(v, axis.min))}
                width={barWidth}
                height={bottom - y(Math.max(v, axis.min))}
                className={palette[si % palette.length]}
                data-testid="chart-mark"
              />
            )),
          )}
          {data.categories.map((c, ci) => (
            // Whole names, in two lines where a name is longer than its group is wide.
            <text key={ci} x={left + ci * groupWidth + groupWidth / 2} y={bottom + 12} textAnchor="middle" className={styles.label}>
              {splitLabel(c, groupWidth).map((line, li) => (
                <tspan key={li} x={left + ci * groupWidth + groupWidth / 2} dy={li === 0 ? 0 : 11}>
                  {line}
                </tspan>
              ))}
            </text>
          ))}
        </>
      );
    }
  }
  const legend = round ? data.categories : names;
  return (
    <figure className={styles.figure} data-testid="chart" aria-label={chart.title ?? chart.name}>
      <div className={styles.title}>{chart.title ?? chart.name}</div>
      <svg width={WIDTH} height={round ? HEIGHT : height} role="img" aria-label={chart.title ?? chart.name}>
        {body}
      </svg>
      <div className={styles.legend}>
        {legend.map((label, i) => (
          <Caption1 key={i}>
            <svg width={10} height={10} className={styles.swatch} aria-hidden="true">
              <rect width={10} height={10} className={palette[i % palette.length]} />
            </svg>
            {label}
          </Caption1>
        ))}
        {chart.valueAxisTitle ? (
          <Caption1>
            {t.parenOpen.trim()}
            {chart.valueAxisTitle}
            {t.parenClose}
          </Caption1>
        ) : null}
      </div>
    </figure>
  );
}

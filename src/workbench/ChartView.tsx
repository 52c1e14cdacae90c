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
  label: { fill: tokens.colorNeutralForeground2, fontSize: "10px" },
  s0: { fill: tokens.colorBrandBackground },
  s1: { fill: tokens.colorPaletteDarkOrangeBackground3 },
  s2: { fill: tokens.colorPaletteGreenBackground3 },
  s3: { fill: tokens.colorPaletteBerryBackground2 },
  s4: { fill: tokens.colorPaletteYellowBackground3 },
  s5: { fill: tokens.colorPaletteTealBackground2 },
  legend: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
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

/** One chart as SVG. */
export function ChartView({ chart, values }: ChartViewProps) {
  const { t } = useStrings();
  const styles = useStyles();
  const palette = [styles.s0, styles.s1, styles.s2, styles.s3, styles.s4, styles.s5];
  const data = chartData(values, chart.source, chart.seriesBy);
  const names = data.series.map((s, i) => chart.seriesNames?.[i] || s.name);
  const round = /pie|doughnut/i.test(chart.type);
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
    const max = Math.max(1e-9, ...all.map((v) => Math.abs(v)));
    const n = Math.max(1, data.categories.length);
    const groupWidth = (WIDTH - 30) / n;
    const barWidth = (groupWidth * 0.8) / Math.max(1, data.series.length);
    body = (
      <>
        <line x1={28} y1={HEIGHT - 20} x2={WIDTH} y2={HEIGHT - 20} className={styles.axis} />
        {data.series.map((s, si) =>
          s.values.map((v, ci) => {
            const h = (Math.max(0, v) / max) * (HEIGHT - 30);
            return (
              <rect
                key={`${si}-${ci}`}
                x={30 + ci * groupWidth + groupWidth * 0.1 + si * barWidth}
                y={HEIGHT - 20 - h}
                width={barWidth}
                height={h}
                className={palette[si % palette.length]}
                data-testid="chart-mark"
              />
            );
          }),
        )}
        {data.categories.map((c, ci) => (
          <text key={ci} x={30 + ci * groupWidth + groupWidth / 2} y={HEIGHT - 6} textAnchor="middle" className={styles.label}>
            {c.length > 6 ? `${c.slice(0, 6)}…` : c}
          </text>
        ))}
      </>
    );
  }
  const legend = round ? data.categories : names;
  return (
    <figure className={styles.figure} data-testid="chart" aria-label={chart.title ?? chart.name}>
      <div className={styles.title}>{chart.title ?? chart.name}</div>
      <svg width={WIDTH} height={HEIGHT} role="img" aria-label={chart.title ?? chart.name}>
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

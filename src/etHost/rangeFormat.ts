/**
 * Formats of an imitated ET range: Font, Interior and Borders with ET's numbers (BGR colours,
 * xl… alignment and border constants), kept in the host state in the Office.js host's form
 * ("#RRGGBB", "Center", "EdgeTop": "Continuous"), so both hosts' sheets compare cell by cell.
 */
import type { EtBorder, EtBorders, EtFont, EtInterior } from "../wps/facade";
import type { EtRangeImpl } from "./range";

/**
 * A BGR number (0xBBGGRR, ET's colour) as "#RRGGBB".
 *
 * @example bgrToHex(0xd6e4fc) // "#FCE4D6"
 */
export function bgrToHex(bgr: unknown): string {
  const n = Number(bgr) & 0xffffff;
  const hex = (v: number) => v.toString(16).padStart(2, "0").toUpperCase();
  return `#${hex(n & 0xff)}${hex((n >> 8) & 0xff)}${hex((n >> 16) & 0xff)}`;
}

const HORIZONTAL: Readonly<Record<number, string>> = { [-4108]: "Center", [-4131]: "Left", [-4152]: "Right", 1: "General" };
const VERTICAL: Readonly<Record<number, string>> = { [-4160]: "Top", [-4108]: "Center", [-4107]: "Bottom" };
/** XlBordersIndex numbers by Office.js edge names. */
const EDGES: Readonly<Record<number, string>> = { 7: "EdgeLeft", 8: "EdgeTop", 9: "EdgeBottom", 10: "EdgeRight", 11: "InsideVertical", 12: "InsideHorizontal" };
const LINE_STYLES: Readonly<Record<number, string>> = { 1: "Continuous", [-4142]: "None" };

/** xlHAlign… as the Office.js name. */
export function horizontalName(value: unknown): string {
  const name = HORIZONTAL[Number(value)];
  if (!name) throw new Error(`无效的水平对齐值 / invalid HorizontalAlignment ${String(value)}`);
  return name;
}

/** xlVAlign… as the Office.js name. */
export function verticalName(value: unknown): string {
  const name = VERTICAL[Number(value)];
  if (!name) throw new Error(`无效的垂直对齐值 / invalid VerticalAlignment ${String(value)}`);
  return name;
}

function formatAt(range: EtRangeImpl) {
  return range.sheet.formats.get(`${range.rect.row},${range.rect.column}`) ?? {};
}

/** Range.Font. */
export function fontOf(range: EtRangeImpl): EtFont {
  const host = range.host;
  const setter = (apply: (v: unknown) => Record<string, unknown>) => (v: unknown) => {
    host.call(true);
    range.format(apply(v));
  };
  return Object.defineProperties({} as EtFont, {
    Bold: { get: () => (host.call(), formatAt(range).bold ?? false), set: setter((v) => ({ bold: Boolean(v) })) },
    Italic: { get: () => (host.call(), formatAt(range).italic ?? false), set: setter((v) => ({ italic: Boolean(v) })) },
    Size: { get: () => (host.call(), formatAt(range).fontSize ?? 11), set: setter((v) => ({ fontSize: Number(v) })) },
    Name: { get: () => (host.call(), formatAt(range).fontName ?? "宋体"), set: setter((v) => ({ fontName: String(v) })) },
    Color: {
      get: () => (host.call(), 0),
      set: setter((v) => {
        if (typeof v !== "number") throw new Error(`颜色须为数字（BGR）/ Color must be a BGR number, got ${typeof v}`);
        return { fontColor: bgrToHex(v) };
      }),
    },
  });
}

/** Range.Interior. */
export function interiorOf(range: EtRangeImpl): EtInterior {
  const host = range.host;
  return Object.defineProperties({} as EtInterior, {
    Color: {
      get: () => (host.call(), 0xffffff),
      set: (v: unknown) => {
        host.call(true);
        if (typeof v !== "number") throw new Error(`颜色须为数字（BGR）/ Color must be a BGR number, got ${typeof v}`);
        range.format({ fill: bgrToHex(v) });
      },
    },
  });
}

/** Range.Borders. */
export function bordersOf(range: EtRangeImpl): EtBorders {
  const host = range.host;
  return {
    Item(index: number): EtBorder {
      host.call();
      const edge = EDGES[index];
      if (!edge) throw new Error(`无效的边框 / invalid XlBordersIndex ${index}`);
      return Object.defineProperties({} as EtBorder, {
        LineStyle: {
          get: () => (host.call(), formatAt(range).borders?.[edge] === "Continuous" ? 1 : -4142),
          set: (v: unknown) => {
            host.call(true);
            const style = LINE_STYLES[Number(v)];
            if (!style) throw new Error(`无效的线型 / invalid LineStyle ${String(v)}`);
            range.format({ borders: { [edge]: style } });
          },
        },
      });
    },
  };
}

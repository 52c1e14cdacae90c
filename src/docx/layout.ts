/**
 * The page layouts of the report. Chinese reports follow GB/T 9704-2012《党政机关公文格式》;
 * English ones the plain layout of an international statistical release. docs/report-docx.md
 * gives each rule with its clause and source. Lengths are in twips (1/20 pt) unless named.
 */

/** Millimetres to twips. */
export const mm = (x: number): number => Math.round((x * 1440) / 25.4);
/** Points to twips. */
export const pt = (x: number): number => Math.round(x * 20);

/** A font as Word names it for Chinese and for Latin text. */
export interface FontPair {
  readonly eastAsia: string;
  readonly latin: string;
}

export interface Layout {
  readonly page: {
    readonly width: number;
    readonly height: number;
    readonly top: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
    readonly footer: number;
  };
  /** Text block width in points (the 公文 156 mm). */
  readonly blockWidthPt: number;
  /** Body: font, size in points, exact line pitch in twips (undefined: 1.15 lines), character spacing in twips. */
  readonly body: { readonly font: FontPair; readonly size: number; readonly line?: number; readonly characterSpacing: number; readonly firstLineChars: number };
  readonly title: { readonly font: FontPair; readonly size: number; readonly bold: boolean };
  /** Heading levels 1–4. */
  readonly headings: readonly { readonly font: FontPair; readonly size: number; readonly bold: boolean }[];
  readonly table: { readonly font: FontPair; readonly size: number; readonly headerBold: boolean };
  readonly caption: { readonly font: FontPair; readonly size: number; readonly bold: boolean };
  readonly note: { readonly font: FontPair; readonly size: number };
  readonly pageNumber: { readonly font: FontPair; readonly size: number; readonly dashes: boolean; readonly outside: boolean };
  /** The document grid: 22 lines a page (GB/T 9704-2012 5.2.3); none for a release. */
  readonly gridLinePitch?: number;
  /** Chart size in pixels (96 per inch). */
  readonly chart: { readonly width: number; readonly height: number };
}

const FANGSONG: FontPair = { eastAsia: "仿宋_GB2312", latin: "仿宋_GB2312" };
const XIAOBIAOSONG: FontPair = { eastAsia: "方正小标宋简体", latin: "方正小标宋简体" };
const HEITI: FontPair = { eastAsia: "黑体", latin: "黑体" };
const KAITI: FontPair = { eastAsia: "楷体_GB2312", latin: "楷体_GB2312" };
const SONGTI: FontPair = { eastAsia: "宋体", latin: "宋体" };

/** GB/T 9704-2012: A4; 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm (5.2.1). */
const BLOCK = { width: 156, height: 225, top: 37, left: 28 };
/** 22 lines on the 225 mm block (5.2.3): 28.99 pt a line, rounded down so the 22nd fits. */
const LINE_PITCH = Math.floor(((BLOCK.height / 22) * 1440) / 25.4);
/** 28 characters on the 156 mm line (5.2.3) at 3号 (16 pt): each character condensed to 15.75 pt, 441 pt a line. */
const CHARACTER_SPACING = -5;

export const GONGWEN: Layout = {
  page: {
    width: mm(210),
    height: mm(297),
    top: mm(BLOCK.top),
    bottom: mm(297 - BLOCK.top - BLOCK.height),
    left: mm(BLOCK.left),
    right: mm(210 - BLOCK.left - BLOCK.width),
    // The page number's line sits 7 mm below the block (7.5): its 14 pt line ends 297 − 262 − 7 − 4.94 mm above the edge.
    footer: mm(297 - (BLOCK.top + BLOCK.height) - 7 - (14 * 25.4) / 72),
  },
  blockWidthPt: (BLOCK.width * 72) / 25.4,
  body: { font: FANGSONG, size: 16, line: LINE_PITCH, characterSpacing: CHARACTER_SPACING, firstLineChars: 2 },
  title: { font: XIAOBIAOSONG, size: 22, bold: false },
  headings: [
    { font: HEITI, size: 16, bold: false },
    { font: KAITI, size: 16, bold: false },
    { font: FANGSONG, size: 16, bold: false },
    { font: FANGSONG, size: 16, bold: false },
  ],
  table: { font: FANGSONG, size: 10.5, headerBold: true },
  caption: { font: HEITI, size: 14, bold: false },
  note: { font: FANGSONG, size: 12 },
  pageNumber: { font: SONGTI, size: 14, dashes: true, outside: true },
  gridLinePitch: LINE_PITCH,
  chart: { width: Math.round((BLOCK.width / 25.4) * 96), height: Math.round((90 / 25.4) * 96) },
};

const ARIAL: FontPair = { eastAsia: "宋体", latin: "Arial" };

/** An international statistical release: A4, 25 mm margins, a sans-serif face, numbered sections, page numbers centred. */
export const RELEASE: Layout = {
  page: { width: mm(210), height: mm(297), top: mm(25), bottom: mm(25), left: mm(25), right: mm(25), footer: mm(12) },
  blockWidthPt: (160 * 72) / 25.4,
  body: { font: ARIAL, size: 11, characterSpacing: 0, firstLineChars: 0 },
  title: { font: ARIAL, size: 20, bold: true },
  headings: [
    { font: ARIAL, size: 14, bold: true },
    { font: ARIAL, size: 12, bold: true },
    { font: ARIAL, size: 11, bold: true },
    { font: ARIAL, size: 11, bold: false },
  ],
  table: { font: ARIAL, size: 9, headerBold: true },
  caption: { font: ARIAL, size: 10, bold: true },
  note: { font: ARIAL, size: 9 },
  pageNumber: { font: ARIAL, size: 9, dashes: false, outside: false },
  chart: { width: Math.round((160 / 25.4) * 96), height: Math.round((85 / 25.4) * 96) },
};

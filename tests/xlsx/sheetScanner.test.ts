/**
 * The byte-level scanners of the worksheet and shared-strings parts (issue 28) against a general
 * XML parser (saxes, which the reader used before): random parts — prefixed names, both quote
 * kinds, entities, CR LF line breaks, CJK text, CDATA, comments, rich-text runs with phonetic
 * guides, shared formulas — cut into chunks at random places must give the same cells and strings
 * as saxes reading the whole part at once.
 */
import fc from "fast-check";
import { SaxesParser } from "saxes";
import { ChunkFeeder } from "../../src/xlsx/stream/byteXml";
import { stringsScanner } from "../../src/xlsx/stream/sharedStrings";
import { sheetScanner, type ScannedCell } from "../../src/xlsx/stream/sheetScanner";

/** What a cell comes to: enough to tell every field the grid uses. */
interface Seen {
  row: number;
  column: number;
  type: string;
  style: number;
  value: string | number | undefined;
  formula: string | undefined;
  shared: string | undefined;
}

function seenOf(cell: ScannedCell): Seen {
  const value = !cell.hasValue ? undefined : Number.isNaN(cell.number) ? cell.text : cell.number;
  return { row: cell.row, column: cell.column, type: cell.type, style: cell.style, value, formula: cell.formula, shared: cell.sharedIndex };
}

/** The scanner fed the part in the given pieces; rows as [index, hidden], merges and widths too. */
function scan(xml: string, cuts: number[]) {
  const bytes = new TextEncoder().encode(xml);
  const out = { cells: [] as Seen[], rows: [] as [number, boolean][], merges: [] as string[], widths: [] as number[][] };
  const feeder = new ChunkFeeder(
    sheetScanner(
      {
        row: (index, hidden) => out.rows.push([index, hidden]),
        rowEnd: () => undefined,
        cell: (cell) => out.cells.push(seenOf(cell)),
        merge: (ref) => out.merges.push(ref),
        column: (min, max, width) => out.widths.push([Number(min), Number(max), Number(width)]),
      },
      "sheet1.xml",
    ),
    "sheet1.xml",
  );
  let at = 0;
  for (const cut of [...cuts.map((c) => Math.floor(c * bytes.length)), bytes.length].sort((a, b) => a - b)) {
    feeder.push(bytes.subarray(at, cut));
    at = cut;
  }
  feeder.end();
  return out;
}

const local = (name: string) => name.slice(name.indexOf(":") + 1);

/** The same reading done by saxes on the whole part (the reference). */
function reference(xml: string) {
  const out = { cells: [] as Seen[], rows: [] as [number, boolean][], merges: [] as string[], widths: [] as number[][] };
  const parser = new SaxesParser({ position: false });
  let cell: Seen | undefined;
  let text: string | undefined;
  let into: "v" | "f" | "t" | undefined;
  let inline = false;
  let phonetic = 0;
  let shared: { t?: string; si?: string } = {};
  const ref = (r: string | undefined) => {
    const m = r ? /^\$?([A-Z]+)\$?(\d+)$/.exec(r) : null;
    if (!m || Number(m[2]) === 0) return [-1, -1];
    return [Number(m[2]) - 1, [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1];
  };
  parser.on("opentag", (tag) => {
    const a = tag.attributes as Record<string, string>;
    const attr = (name: string) => Object.entries(a).find(([k]) => local(k) === name)?.[1];
    switch (local(tag.name)) {
      case "row":
        out.rows.push([attr("r") ? Number(attr("r")) - 1 : -1, attr("hidden") === "1" || attr("hidden") === "true"]);
        break;
      case "c": {
        const [row, column] = ref(attr("r"));
        const t = attr("t") ?? "n";
        const type = ["n", "s", "str", "inlineStr", "b", "e"].includes(t) ? t : "other";
        cell = { row, column, type, style: attr("s") ? Number(attr("s")) : 0, value: undefined, formula: undefined, shared: undefined };
        break;
      }
      case "v":
        into = "v";
        text = "";
        break;
      case "f":
        into = "f";
        cell!.formula = "";
        shared = { t: attr("t"), si: attr("si") };
        break;
      case "is":
        inline = true;
        cell!.value = "";
        break;
      case "t":
        if (inline && phonetic === 0) into = "t";
        break;
      case "rPh":
        phonetic++;
        break;
      case "mergeCell":
        out.merges.push(attr("ref")!);
        break;
      case "col":
        out.widths.push([Number(attr("min")), Number(attr("max")), Number(attr("width"))]);
        break;
    }
  });
  const onText = (t: string) => {
    if (into === "v") text += t;
    else if (into === "f") cell!.formula += t;
    else if (into === "t") cell!.value += t;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", (tag) => {
    switch (local(tag.name)) {
      case "v": {
        const plain = /^-?(\d+\.?\d*|\.\d+)$/.test(text!) && text!.replace(/[-.]/g, "").length <= 15;
        cell!.value = (cell!.type === "n" || cell!.type === "s") && plain ? Number(text) : text;
        into = undefined;
        break;
      }
      case "f":
        if (shared.t === "shared") cell!.shared = shared.si;
        into = undefined;
        break;
      case "t":
        if (into === "t") into = undefined;
        break;
      case "is":
        inline = false;
        break;
      case "rPh":
        phonetic--;
        break;
      case "c":
        out.cells.push(cell!);
        break;
    }
  });
  parser.write(xml).close();
  return out;
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const textPiece = fc.constantFrom("楚雄市", "a&b", "<1>", "x\r\ny", "R&D 中", " 3 ", "万元", '"q"', "'", "道路运输业");
const number = fc.oneof(
  fc.integer({ min: -99999, max: 99999 }).map(String),
  fc.constantFrom("0.1", "-0", "1e3", "12322.34", " 7", "1234567890123456", ".5", "45292.75", ""),
);

/** One random cell as XML, with a prefix for every element name. */
function cellXml(p: string, quote: string) {
  return fc
    .record({
      ref: fc.option(fc.tuple(fc.constantFrom("A", "B", "AA", "$C"), fc.integer({ min: 1, max: 30 })), { nil: undefined }),
      style: fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }),
      kind: fc.constantFrom("n", "s", "str", "inlineStr", "b", "e", "d", "formula", "sharedMaster", "sharedFollower", "empty", "cdata"),
      num: number,
      text: fc.array(textPiece, { minLength: 1, maxLength: 3 }),
    })
    .map(({ ref, style, kind, num, text }) => {
      const q = (v: string) => `${quote}${v}${quote}`;
      const attrs = `${ref ? ` r=${q(`${ref[0]}${ref[1]}`)}` : ""}${style !== undefined ? ` s=${q(String(style))}` : ""}`;
      const t = (type: string) => ` t=${q(type)}`;
      const joined = escape(text.join(""));
      switch (kind) {
        case "n":
          return `<${p}c${attrs}><${p}v>${num}</${p}v></${p}c>`;
        case "s":
          return `<${p}c${attrs}${t("s")}><${p}v>${num.replace("-", "")}</${p}v></${p}c>`;
        case "str":
          return `<${p}c${attrs}${t("str")}><${p}f>CONCAT(&quot;a&quot;,B2)</${p}f><${p}v>${joined}</${p}v></${p}c>`;
        case "inlineStr":
          return `<${p}c${attrs}${t("inlineStr")}><${p}is><${p}r><${p}t>${joined}</${p}t></${p}r><${p}rPh sb="0" eb="1"><${p}t>ふり</${p}t></${p}rPh><${p}r><${p}t xml:space="preserve"> ${escape(text[0])}</${p}t></${p}r></${p}is></${p}c>`;
        case "b":
          return `<${p}c${attrs}${t("b")}><${p}v>${num === "0" ? "0" : "1"}</${p}v></${p}c>`;
        case "e":
          return `<${p}c${attrs}${t("e")}><${p}v>#DIV/0!</${p}v></${p}c>`;
        case "d":
          return `<${p}c${attrs}${t("d")}><${p}v>2024-01-19T00:00:00</${p}v></${p}c>`;
        case "formula":
          return `<${p}c${attrs}><${p}f>SUM(B2:B9)&gt;0</${p}f><${p}v>${num}</${p}v></${p}c>`;
        case "sharedMaster":
          return `<${p}c${attrs}><${p}f t=${q("shared")} ref=${q("C2:C9")} si=${q("0")}>B2*2</${p}f><${p}v>${num}</${p}v></${p}c>`;
        case "sharedFollower":
          return `<${p}c${attrs}><${p}f t=${q("shared")} si=${q("0")}/><${p}v>${num}</${p}v></${p}c>`;
        case "cdata":
          return `<${p}c${attrs}${t("str")}><${p}v><![CDATA[${text.join("")}]]></${p}v></${p}c>`;
        default:
          return `<${p}c${attrs}/>`;
      }
    });
}

const sheet = fc.record({ prefix: fc.constantFrom("", "x:"), quote: fc.constantFrom('"', "'"), crlf: fc.boolean() }).chain(({ prefix: p, quote, crlf }) =>
  fc
    .array(fc.tuple(fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }), fc.boolean(), fc.array(cellXml(p, quote), { maxLength: 6 })), {
      maxLength: 8,
    })
    .map((rows) => {
      const nl = crlf ? "\r\n" : "";
      const ns = p
        ? ` xmlns:${p.slice(0, -1)}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`
        : ` xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;
      const body = rows
        .map(
          ([r, hidden, cells]) =>
            `<${p}row${r ? ` r=${quote}${r}${quote}` : ""}${hidden ? ' hidden="1"' : ""} spans="1:5" x14ac:dyDescent=${quote}0.25${quote}>${nl}${cells.join(nl)}</${p}row>`,
        )
        .join(`${nl}<!-- a comment with <c> inside -->`);
      return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${nl}<${p}worksheet${ns} xmlns:x14ac="urn:x"><${p}cols><${p}col min="1" max="3" width="12.5" customWidth="1"/></${p}cols><${p}sheetData>${body}</${p}sheetData><${p}mergeCells count="1"><${p}mergeCell ref="A1:C1"/></${p}mergeCells></${p}worksheet>`;
    }),
);

describe("the worksheet scanner reads what a general XML parser reads", () => {
  test("a tag longer than the head joined to a carried tag (10,000 bytes of attributes) is read whole wherever the chunks are cut", () => {
    const long = `<c r="C3" s="2" x14ac:note="${"长".repeat(3000)}"><v>7.5</v></c>`;
    const xml = `<worksheet xmlns:x14ac="urn:x"><sheetData><row r="3"><c r="B3"><v>1</v></c>${long}<c r="D3" t="s"><v>4</v></c></row></sheetData></worksheet>`;
    expect(scan(xml, [])).toEqual(reference(xml));
    for (const cut of [0.05, 0.1, 0.3, 0.5, 0.8, 0.97]) expect(scan(xml, [cut, cut + 0.01])).toEqual(reference(xml));
  });

  test("random worksheet parts, cut into chunks anywhere, give saxes's cells, rows, merges and widths", () => {
    fc.assert(
      fc.property(sheet, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }), (xml, cuts) => {
        expect(scan(xml, cuts)).toEqual(reference(xml));
      }),
      { numRuns: 500 },
    );
  });

  test("a cell cut in every possible place gives the same cell (a shared-string index read from its digits, a decimal exactly as Number() reads it)", () => {
    const xml = `<worksheet><sheetData><row r="2"><c r="B2" s="3" t="s"><v>17</v></c><c r="C2"><v>12322.34</v></c><c r="D2" t="str"><v>楚雄&amp;禄丰</v></c></row></sheetData></worksheet>`;
    const whole = scan(xml, []);
    expect(whole.cells.map((c) => c.value)).toEqual([17, 12322.34, "楚雄&禄丰"]);
    const length = new TextEncoder().encode(xml).length;
    for (let cut = 1; cut < length; cut++) expect(scan(xml, [cut / length])).toEqual(whole);
  });
});

/** The shared strings as saxes reads them: the text of each <si>'s <t> elements outside phonetic guides. */
function referenceStrings(xml: string): string[] {
  const out: string[] = [];
  const parser = new SaxesParser({ position: false });
  let current: string | undefined;
  let inText = false;
  let phonetic = 0;
  parser.on("opentag", (tag) => {
    const name = local(tag.name);
    if (name === "si") current = "";
    else if (name === "t") inText = phonetic === 0;
    else if (name === "rPh") phonetic++;
  });
  const onText = (t: string) => {
    if (inText && current !== undefined) current += t;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", (tag) => {
    const name = local(tag.name);
    if (name === "t") inText = false;
    else if (name === "rPh") phonetic--;
    else if (name === "si") {
      out.push(current ?? "");
      current = undefined;
    }
  });
  parser.write(xml).close();
  return out;
}

const sharedStrings = fc
  .record({
    prefix: fc.constantFrom("", "x:"),
    items: fc.array(
      fc.oneof(
        textPiece.map((t) => `<t>${escape(t)}</t>`),
        fc
          .array(textPiece, { minLength: 1, maxLength: 3 })
          .map((ts) => ts.map((t) => `<r><rPr><b/></rPr><t xml:space="preserve">${escape(t)}</t></r>`).join("")),
        textPiece.map((t) => `<t>${escape(t)}</t><rPh sb="0" eb="2"><t>ちゅうゆう</t></rPh><phoneticPr fontId="1"/>`),
        textPiece.map((t) => `<t><![CDATA[${t}]]></t>`),
        fc.constant("<t/>"),
      ),
      { maxLength: 12 },
    ),
  })
  .map(({ prefix: p, items }) => {
    const prefixed = (xml: string) => xml.replace(/<(\/?)(?=[a-zA-Z])(?!!)/g, `<$1${p}`);
    const ns = p ? ` xmlns:${p.slice(0, -1)}="urn:x"` : "";
    return `<?xml version="1.0"?>\r\n<${p}sst${ns} count="${items.length}">${items.map((i) => prefixed(`<si>${i}</si>`)).join("\r\n")}<${p}si/></${p}sst>`;
  });

describe("the shared-strings scanner reads what a general XML parser reads", () => {
  test("random shared-string parts (runs, phonetic guides, CDATA, entities, CR LF), cut into chunks anywhere, give saxes's strings", () => {
    fc.assert(
      fc.property(sharedStrings, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }), (xml, cuts) => {
        const bytes = new TextEncoder().encode(xml);
        const strings: string[] = [];
        const feeder = new ChunkFeeder(
          stringsScanner((s) => strings.push(s)),
          "sharedStrings.xml",
        );
        let at = 0;
        for (const cut of [...cuts.map((c) => Math.floor(c * bytes.length)), bytes.length].sort((a, b) => a - b)) {
          feeder.push(bytes.subarray(at, cut));
          at = cut;
        }
        feeder.end();
        expect(strings).toEqual(referenceStrings(xml));
      }),
      { numRuns: 500 },
    );
  });
});

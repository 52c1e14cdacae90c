/**
 * What the summary, the pane and the command line say about the 核对 when it found nothing: that
 * nothing was recognised (and so nothing checked), that nothing checkable was found, or what was
 * checked — never a bare "no inconsistency" about a workbook that was not understood (19.7, 26.6).
 */
import { MESSAGES, type Message } from "../messages";
import { readerNotes } from "./readerNotes";
import { understood } from "./understood";
import type { Finding, WorkbookFacts } from "./workbook";

export { understood };

/** The sheets of a list of source ids ("事故分县统计!A3:J15" → "事故分县统计"), once each. */
function sheetsOf(wf: WorkbookFacts, ids: readonly string[]): string[] {
  const sheets = ids.map((id) => wf.sources.find((s) => s.id === id)).flatMap((s) => (s && s.kind !== "returns" ? [s.sheet] : []));
  return [...new Set(sheets)];
}

/**
 * The 核对's findings that are slips: everything but a difference within rounding (severity info).
 *
 * @param wf the workbook's facts
 * @returns the findings to list as slips
 * @example slips(shanxiFacts).length // 9 (the 5 rounding differences are not among them)
 */
export function slips(wf: WorkbookFacts): readonly Finding[] {
  return wf.findings.filter((f) => f.severity !== "info");
}

/**
 * The differences within rounding, in one sentence said apart from the slips ("另有5处相差在四舍五入范围内…").
 *
 * @param wf the workbook's facts
 * @returns the sentence, or undefined when there is none
 * @example roundingNote(shanxiFacts)?.zh // "另有5处相差在四舍五入范围内（H11、…），不属计算差错"
 */
export function roundingNote(wf: WorkbookFacts): Message | undefined {
  const rounding = wf.findings.filter((f) => f.kind === "rounding");
  if (rounding.length === 0) return undefined;
  const sheets = new Set(rounding.map((f) => f.sheet)).size;
  return MESSAGES.facts.roundingApart(
    rounding.length,
    rounding.map((f) => (sheets > 1 ? `${f.sheet}!${f.cell}` : f.cell)),
  );
}

/**
 * The 核对's verdict when it found no slip, in both languages; undefined when there are slips
 * (they are listed, and speak for themselves). Differences within rounding are not slips: roundingNote says them.
 *
 * @param wf the workbook's facts
 * @returns "未识别到可汇总的表格，未做核对", "未找到可核对的…，未做核对", or "已核对…，未发现计算不一致" (with
 *   "；表中另有18项所列增减或比率缺少与之对比的数字，未能核对" when the tables state changes or rates the 核对 could not
 *   compare, and "；另有1条识别说明待核实" when the reader left notes)
 * @example checkVerdict(sampleFacts)?.zh // "已核对4张表（事故分县统计、分行业、灾情汇总、隐患排查治理）的…项关系，未发现计算不一致"
 */
export function checkVerdict(wf: WorkbookFacts): Message | undefined {
  if (slips(wf).length) return undefined;
  if (!understood(wf)) return MESSAGES.facts.nothingRecognised;
  const { relations } = wf.checked;
  const tables = relations ? sheetsOf(wf, wf.checked.tables) : [];
  const ledgers = sheetsOf(wf, wf.checked.ledgers);
  // Stated changes and rates with nothing to compare them with are said, never counted as checked.
  const { unchecked } = wf.checked;
  const notes = readerNotes(wf).length;
  if (tables.length === 0 && ledgers.length === 0) {
    if (!unchecked) return MESSAGES.facts.nothingChecked;
    // Figures were stated but none could be compared: said so, with the reader's open notes.
    const said = [MESSAGES.facts.nothingChecked, MESSAGES.facts.statedNotChecked(unchecked), ...(notes ? [MESSAGES.facts.notesOpen(notes)] : [])];
    return { zh: said.map((m) => m.zh).join("；"), en: said.map((m) => m.en).join("; ") };
  }
  // Nothing inconsistent, but what the reader could not decide is said with it (识别说明), never left out.
  return MESSAGES.facts.noInconsistency(tables, relations, ledgers, wf.checked.ledgerTotals, notes, unchecked);
}

/**
 * What the pane says beside the findings: the verdict, with the rounding sentence after it; the same
 * words as the sheet's 核对, for every host edge (Excel, WPS, the workbench).
 *
 * @param wf the workbook's facts
 * @returns the words in both languages, or undefined when there are slips (they are listed instead)
 * @example paneVerdict(shanxiFacts) // undefined: the 9 slips are listed
 */
export function paneVerdict(wf: WorkbookFacts): Message | undefined {
  const verdict = checkVerdict(wf);
  const rounding = roundingNote(wf);
  if (verdict && rounding) return { zh: `${verdict.zh}；${rounding.zh}`, en: `${verdict.en}; ${rounding.en}` };
  return verdict;
}

/**
 * One line per ledger saying how its rows were used: counted, left out (and why), total rows (issue 19.5).
 *
 * @param wf the workbook's facts
 * @returns the lines, in ledger order (none for a workbook without ledgers)
 * @example ledgerRowNotes(majorAccidentsFacts)[0].zh // "台账“Sheet1”共832行：计入统计832行，全部计入"
 */
export function ledgerRowNotes(wf: WorkbookFacts): Message[] {
  return wf.sources.flatMap((s) => (s.kind === "ledger" && s.accounting ? [MESSAGES.facts.ledgerRows(s.sheet, s.accounting)] : []));
}

/**
 * One line per region of figures that no table took, said on the 核对 beside what was checked: the
 * verdict covers the tables read, and these figures were neither summarised nor checked (issue 19.7).
 *
 * @param wf the workbook's facts
 * @returns the lines, in sheet order (none when every figure lies in a table or ledger)
 * @example notReadNotes(corpus39Facts)[0].zh // "另有工作表“4月份”A3:B9 有数字，但其表头（“接警出动”“起数（起）”）…未汇总、未核对"
 */
export function notReadNotes(wf: WorkbookFacts): Message[] {
  return wf.diagnostics.flatMap((d) => (d.notRead ? [MESSAGES.facts.figuresNotReadOn(d.sheet, d.message)] : []));
}

/**
 * How a month's clause joins the year-to-date paragraph before it (rule 24). After a paragraph of one
 * sentence it is that sentence's 其中 ("…同比均持平；其中4月未发生生产安全事故…"). After a paragraph that
 * ends with another sentence (the level sentence "其中较大事故2起…", 不作同比, a note), a 其中 would make the
 * month a part of that sentence's figures; the month is then a sentence of its own, as the 广州 release
 * writes it ("其中发生2起道路交通较大事故…。7月，全市共发生各类事故33起…").
 */

/**
 * Whether a paragraph is one sentence, so a 其中 after it can only mean its figures.
 *
 * @param text the paragraph
 * @returns true for one sentence
 * @example oneSentence("2023年1—4月，全区共发生…2起，同比均持平。") // true
 */
export function oneSentence(text: string): boolean {
  return text.split("。").filter(Boolean).length === 1;
}

/**
 * A month's 其中 clause as a sentence of its own: the month, the area, and the rest of the clause, whose
 * figures then name what they count ("其中7月发生33起" → "7月，全市发生生产安全事故33起").
 *
 * @param clause the clause, opening with 其中 and the month ("其中4月未发生生产安全事故…")
 * @param month the month as the clause writes it ("4月")
 * @param area the region word ("全区"), or ""
 * @returns the sentence ("4月，全区未发生生产安全事故…")
 * @example monthOnItsOwn("其中7月发生33起、死亡34人。", "7月", "全市") // "7月，全市发生生产安全事故33起、死亡34人。"
 */
export function monthOnItsOwn(clause: string, month: string, area: string): string {
  const lead = `其中${month}`;
  if (!clause.startsWith(lead)) return clause;
  return `${month}，${area}${clause.slice(lead.length).replace(/^发生(?=\d)/, "发生生产安全事故")}`;
}

/**
 * The paragraph with the month's clause after it: "；其中…" after one sentence, a sentence of its own
 * otherwise (and where there is no paragraph before it).
 *
 * @param text the year-to-date paragraph, or undefined
 * @param clause the month's 其中 clause
 * @param month the month as the clause writes it
 * @param area the region word
 * @returns the joined paragraph
 */
export function joinMonth(text: string | undefined, clause: string, month: string, area: string): string {
  if (text && oneSentence(text)) return `${text.replace(/。$/, "；")}${clause}`;
  return `${text ?? ""}${monthOnItsOwn(clause, month, area)}`;
}

/**
 * A 公文 title on one or more centred lines, broken where the meaning allows: GB/T 9704-2012
 * 7.3.1 asks that a title "分一行或多行居中排布；回行时，要做到词意完整，排列对称". A break goes
 * after a pause (、，) or before a joining word (和、及、与), the lines as even as they can be.
 */

/** Width in full-width characters: CJK and full-width punctuation 1, ASCII digits and letters ½. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return w;
}

/** Positions a line may end at: after 、，：; before 和 及 与; after the period (…月, …年). */
function breakPoints(title: string): number[] {
  const out: number[] = [];
  const chars = [...title];
  chars.forEach((ch, i) => {
    if ("、，：".includes(ch)) out.push(i + 1);
    if ("和及与".includes(ch) && i > 0) out.push(i);
    if ("月年".includes(ch) && i + 1 < chars.length && !/[\d—–-]/.test(chars[i + 1])) out.push(i + 1);
  });
  return [...new Set(out)].sort((a, b) => a - b);
}

/**
 * The title's lines: one when it fits, else broken at the most even meaningful break that fits;
 * a title with no such break is left to the word processor.
 *
 * @param title the title
 * @param maxWidth characters a line holds (20 for 2号 on a 156 mm text block)
 * @returns the lines
 * @example titleLines("2024年1—6月全州生产安全事故、自然灾害和隐患排查整改情况", 20) // ["2024年1—6月全州生产安全事故、", "自然灾害和隐患排查整改情况"]
 */
export function titleLines(title: string, maxWidth: number): string[] {
  if (textWidth(title) <= maxWidth) return [title];
  const chars = [...title];
  let best: { at: number; score: number } | undefined;
  for (const at of breakPoints(title)) {
    const first = chars.slice(0, at).join("");
    const rest = chars.slice(at).join("");
    if (textWidth(first) > maxWidth) continue;
    const tail = titleLines(rest, maxWidth);
    if (tail.some((line) => textWidth(line) > maxWidth)) continue;
    const widths = [first, ...tail].map(textWidth);
    const score = tail.length * 100 + Math.max(...widths) - Math.min(...widths);
    if (!best || score < best.score) best = { at, score };
  }
  if (!best) return [title];
  return [chars.slice(0, best.at).join(""), ...titleLines(chars.slice(best.at).join(""), maxWidth)];
}

/**
 * A pure function of a text remembered per text. Workbooks repeat the same headers, labels and
 * period words in every return of a consolidation and in every row of a ledger, and normalising a
 * text (NFKC, then a few replacements) costs far more than looking it up.
 */

/** Past this many texts the memo starts over, so a sheet of unique texts never holds them all. */
const DEFAULT_LIMIT = 16384;

/**
 * Remembers a function's result per text.
 *
 * @param compute a pure function of the text (its result must not be changed by callers)
 * @param limit how many texts to hold before starting over
 * @returns the same function, computing each text once
 * @example const normal = memoByText((s) => s.normalize("NFKC")); normal("１") // "1"
 */
export function memoByText<T>(compute: (text: string) => T, limit = DEFAULT_LIMIT): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    const known = memo.get(text);
    if (known !== undefined || memo.has(text)) return known as T;
    const value = compute(text);
    if (memo.size >= limit) memo.clear();
    memo.set(text, value);
    return value;
  };
}

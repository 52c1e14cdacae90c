/**
 * memoByText remembers a pure function per text: the same result as computing it afresh, each
 * text computed once, undefined results remembered too, and a memo that starts over at its limit.
 */
import { memoByText } from "../../src/core/text/memoByText";
import { normalHeader } from "../../src/core/registry/headerText";
import { normalisePeriodText } from "../../src/core/periods/normalise";
import { ledgerFieldOf } from "../../src/core/ledger/ledgerFields";

describe("memoByText", () => {
  test("computes each text once and gives the same result every time", () => {
    const seen: string[] = [];
    const upper = memoByText((s) => {
      seen.push(s);
      return s.toUpperCase();
    });
    expect([upper("a"), upper("b"), upper("a"), upper("a")]).toEqual(["A", "B", "A", "A"]);
    expect(seen).toEqual(["a", "b"]);
  });

  test("remembers an undefined result as well", () => {
    let calls = 0;
    const none = memoByText(() => {
      calls++;
      return undefined;
    });
    none("x");
    none("x");
    expect(calls).toBe(1);
  });

  test("starts over past its limit and still answers right", () => {
    let calls = 0;
    const length = memoByText((s) => {
      calls++;
      return s.length;
    }, 2);
    expect([length("a"), length("bb"), length("ccc"), length("a")]).toEqual([1, 2, 3, 1]);
    expect(calls).toBe(4);
  });

  test("the remembered normalisers give what they gave before, on a second call too", () => {
    for (let pass = 0; pass < 2; pass++) {
      expect(normalHeader("县（市）")).toBe("县(市)");
      expect(normalHeader(" 交通运\n输 ")).toBe("交通运输");
      expect(normalHeader(12)).toBe("12");
      expect(normalisePeriodText("二〇二四年１—６月")).toBe("2024年1~6月");
      expect(normalisePeriodText("第三季度")).toBe("第3季度");
      expect(ledgerFieldOf("其中重伤(人)")).toBe("serious_injured");
      expect(ledgerFieldOf("  ")).toBeUndefined();
    }
  });
});

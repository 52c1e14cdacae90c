/**
 * The message catalogue (src/core/messages): every entry has both languages, the Chinese is
 * Chinese, and the English uses English punctuation. Entries that take arguments are called
 * with sample arguments of the right kind.
 */
import { inlineText, MESSAGES, MessageError, type Message } from "../../src/core/messages";
import { errorFromException, sheetError } from "../../src/core/grid/sheetError";

const SAMPLE_ARGUMENTS: Record<string, unknown[]> = {
  shapesDiffer: ["2×3, 4×1"],
  inputIsError: ["#N/A"],
  booleanNotNumber: [true],
  textNotNumber: ["abc"],
  cannotCompute: ["overflow"],
  decimalsRange: [10],
  unknownStyle: ["zh, en"],
  probabilitySetting: ["显著性水平", "alpha"],
  labelCount: [3, 4],
  totalsDoNotFitParts: ["2×1", "3×3"],
  lengthsDiffer: ["计数与期数", "counts and periods", 3, 4],
  tooFewPoints: [["TREND", "趋势"], 3, 2, 1],
  atLeastPoints: [3],
};

/** Every entry of every area, as [area.name, message]. */
function allMessages(): [string, Message][] {
  const out: [string, Message][] = [];
  for (const [area, entries] of Object.entries(MESSAGES)) {
    for (const [name, entry] of Object.entries(entries)) {
      if (typeof entry === "function") {
        const args = SAMPLE_ARGUMENTS[name];
        if (!args) throw new Error(`no sample arguments for ${area}.${name}`);
        out.push([`${area}.${name}`, (entry as (...a: unknown[]) => Message)(...args)]);
      } else out.push([`${area}.${name}`, entry as Message]);
    }
  }
  return out;
}

const FULL_WIDTH_PUNCTUATION = /[，。：；、（）！？“”]/;
const CJK = /[\u4e00-\u9fff]/;

describe("the message catalogue", () => {
  const messages = allMessages();

  test("holds the messages of every area", () => {
    expect(messages.length).toBeGreaterThan(40);
  });

  test.each(messages)("%s has a Chinese and an English text", (_name, message) => {
    expect(message.zh.trim()).not.toBe("");
    expect(message.en.trim()).not.toBe("");
    expect(CJK.test(message.zh)).toBe(true);
  });

  test.each(messages)("%s uses English punctuation in English", (_name, message) => {
    expect(message.en).not.toMatch(FULL_WIDTH_PUNCTUATION);
  });

  test("an error value carries its message as English / Chinese, as Excel's tooltip shows it", () => {
    expect(sheetError("na", MESSAGES.functions.missingValue).message).toBe("missing value / 缺少数值");
    expect(inlineText(MESSAGES.functions.shapesDiffer("2×3, 4×1"))).toBe("range shapes do not match (2×3, 4×1) / 区域大小不一致（2×3, 4×1）");
  });

  test("an exception with a catalogue message keeps it; any other says it could not compute", () => {
    expect(errorFromException("num", new MessageError(MESSAGES.stats.noRegions)).message).toBe("no regions / 没有地区数据");
    expect(errorFromException("num", new Error("boom")).message).toBe("cannot compute: boom / 无法计算：boom");
  });
});

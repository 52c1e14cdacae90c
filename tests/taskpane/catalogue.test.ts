import translations from "../../src/functions/functions.zh-CN.json";
import { ENGLISH_FUNCTIONS, functionCatalogue } from "../../src/taskpane/functions/catalogue";

describe("the Functions tab's list", () => {
  test("covers exactly the functions of the zh-CN metadata translations, in their order", () => {
    expect(functionCatalogue().map((f) => f.name)).toEqual(Object.keys(translations));
    expect(Object.keys(ENGLISH_FUNCTIONS).sort()).toEqual(Object.keys(translations).sort());
  });

  test("every example calls its own function in the BUREAU namespace", () => {
    for (const f of functionCatalogue()) expect(f.example.startsWith(`=BUREAU.${f.name}(`)).toBe(true);
  });

  test("the Chinese help is the metadata's own description (YOY from functions.zh-CN.json)", () => {
    const yoy = functionCatalogue().find((f) => f.name === "YOY");
    expect(yoy?.description.zh).toBe((translations as Record<string, { description: string }>).YOY.description);
  });
});

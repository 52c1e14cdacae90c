/**
 * @jest-environment jsdom
 */
/**
 * The WPS bundle's polyfills (src/wps/addin/polyfills.ts) for a WPS whose embedded browser is between Chrome 67 and
 * 73: with Array.prototype.flat/flatMap and String.prototype.matchAll removed, they give what the
 * built-ins give (the built-ins of Node are the reference) on the shapes the core passes them.
 */
const originals = {
  flat: Object.getOwnPropertyDescriptor(Array.prototype, "flat")!,
  flatMap: Object.getOwnPropertyDescriptor(Array.prototype, "flatMap")!,
  matchAll: Object.getOwnPropertyDescriptor(String.prototype, "matchAll")!,
  fromEntries: Object.getOwnPropertyDescriptor(Object, "fromEntries")!,
};
const nested = [1, [2, [3, [4]]], [], [[5]], "x"];
const sparse = [1, , [2, , 3]]; // eslint-disable-line no-sparse-arrays
const pattern = /(\d+)(万)?/g;
const text = "受灾人口3.5万人，死亡2人，倒塌房屋120间";

const reference = {
  flat: [nested.flat(), nested.flat(2), nested.flat(Infinity), sparse.flat(), nested.flat(0)],
  flatMap: [[1, 2, 3].flatMap((x) => [x, [x * 2]]), ["a b", "c"].flatMap((s) => s.split(" ")), sparse.flatMap((x) => x)],
  matchAll: [...text.matchAll(pattern)].map((m) => [m[0], m[1], m[2], m.index]),
  fromEntries: Object.fromEntries(
    new Map<string, unknown>([
      ["楚雄市", 5],
      ["姚安县", [1]],
    ]),
  ),
};

afterAll(() => {
  Object.defineProperty(Array.prototype, "flat", originals.flat);
  Object.defineProperty(Array.prototype, "flatMap", originals.flatMap);
  Object.defineProperty(String.prototype, "matchAll", originals.matchAll);
  Object.defineProperty(Object, "fromEntries", originals.fromEntries);
});

test("without the built-ins, the polyfills give what flat, flatMap, matchAll and Object.fromEntries give", () => {
  delete (Array.prototype as unknown as Record<string, unknown>).flat;
  delete (Array.prototype as unknown as Record<string, unknown>).flatMap;
  delete (String.prototype as unknown as Record<string, unknown>).matchAll;
  delete (Object as unknown as Record<string, unknown>).fromEntries;
  expect("flat" in Array.prototype).toBe(false);
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require("../../src/wps/addin/polyfills");
  });
  expect(originals.flat.value).not.toBe(Array.prototype.flat);
  expect([nested.flat(), nested.flat(2), nested.flat(Infinity), sparse.flat(), nested.flat(0)]).toEqual(reference.flat);
  expect([[1, 2, 3].flatMap((x) => [x, [x * 2]]), ["a b", "c"].flatMap((s) => s.split(" ")), sparse.flatMap((x) => x)]).toEqual(reference.flatMap);
  expect([...text.matchAll(pattern)].map((m) => [m[0], m[1], m[2], m.index])).toEqual(reference.matchAll);
  expect(
    Object.fromEntries(
      new Map<string, unknown>([
        ["楚雄市", 5],
        ["姚安县", [1]],
      ]),
    ),
  ).toEqual(reference.fromEntries);
  expect(originals.fromEntries.value).not.toBe(Object.fromEntries);
  expect(() => text.matchAll(/\d/ as RegExp)).toThrow(TypeError);
});

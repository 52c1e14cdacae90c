/**
 * @jest-environment jsdom
 */
/**
 * The WPS bundle's polyfills (src/wps/addin/polyfills.ts) for a WPS whose embedded browser is between Chrome 67 and
 * 73: with Array.prototype.flat/flatMap/at, String.prototype.matchAll/at and Object.fromEntries removed, they give what the
 * built-ins give (the built-ins of Node are the reference) on the shapes the core passes them.
 */
const originals = {
  flat: Object.getOwnPropertyDescriptor(Array.prototype, "flat")!,
  flatMap: Object.getOwnPropertyDescriptor(Array.prototype, "flatMap")!,
  matchAll: Object.getOwnPropertyDescriptor(String.prototype, "matchAll")!,
  fromEntries: Object.getOwnPropertyDescriptor(Object, "fromEntries")!,
  arrayAt: Object.getOwnPropertyDescriptor(Array.prototype, "at")!,
  stringAt: Object.getOwnPropertyDescriptor(String.prototype, "at")!,
};
const nested = [1, [2, [3, [4]]], [], [[5]], "x"];
const sparse = [1, , [2, , 3]]; // eslint-disable-line no-sparse-arrays
const pattern = /(\d+)(万)?/g;
const text = "受灾人口3.5万人，死亡2人，倒塌房屋120间";

const headerPath = ["2024年1—6月", "事故起数", "本期"];
const atIndexes = [-1, -3, -4, 0, 2, 3, 1.7, -0.5, NaN];
const atOf = (x: { at(i: number): unknown }) => atIndexes.map((i) => x.at(i));

const reference = {
  at: [atOf(headerPath), atOf("整改率"), atOf([])],
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
  Object.defineProperty(Array.prototype, "at", originals.arrayAt);
  Object.defineProperty(String.prototype, "at", originals.stringAt);
});

test("without the built-ins, the polyfills give what flat, flatMap, matchAll, Object.fromEntries and at give", () => {
  delete (Array.prototype as unknown as Record<string, unknown>).flat;
  delete (Array.prototype as unknown as Record<string, unknown>).flatMap;
  delete (String.prototype as unknown as Record<string, unknown>).matchAll;
  delete (Object as unknown as Record<string, unknown>).fromEntries;
  delete (Array.prototype as unknown as Record<string, unknown>).at;
  delete (String.prototype as unknown as Record<string, unknown>).at;
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
  expect(originals.arrayAt.value).not.toBe(Array.prototype.at);
  expect([atOf(headerPath), atOf("整改率"), atOf([])]).toEqual(reference.at);
});

test("Blob.prototype.arrayBuffer (Chrome 76) reads a picked file's bytes through a FileReader where it is missing", async () => {
  const original = Object.getOwnPropertyDescriptor(Blob.prototype, "arrayBuffer");
  delete (Blob.prototype as unknown as Record<string, unknown>).arrayBuffer;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require("../../src/wps/addin/polyfills");
  });
  const bytes = Uint8Array.from([0x50, 0x4b, 3, 4, 0xe6, 0xa5, 0x9a]);
  const read = await new Blob([bytes]).arrayBuffer();
  expect([...new Uint8Array(read)]).toEqual([...bytes]);
  if (original) Object.defineProperty(Blob.prototype, "arrayBuffer", original);
});

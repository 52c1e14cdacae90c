import { defaultPaneOptions, normaliseOptions } from "../../src/taskpane/options";
import {
  OPTIONS_KEY,
  OVERRIDES_KEY,
  documentSettingsStore,
  loadOptions,
  loadOverrides,
  memorySettingsStore,
  saveOptions,
  saveOverrides,
} from "../../src/taskpane/settings";

describe("pane settings", () => {
  test("options and overrides round-trip through the memory store under the bureauStats keys", async () => {
    const store = memorySettingsStore();
    const options = { ...defaultPaneOptions("zh"), percentDecimals: 2, mode: "new" as const };
    await saveOptions(store, options);
    await saveOverrides(store, { totalRow: { t1: 14 } });
    expect(store.get(OPTIONS_KEY)).toEqual(options);
    expect(loadOptions(store)).toEqual(options);
    expect(loadOverrides(store)).toEqual({ totalRow: { t1: 14 } });
    expect(store.get(OVERRIDES_KEY)).toEqual({ totalRow: { t1: 14 } });
  });

  test("damaged saved options are completed with the house defaults (domain §3: 1 decimal, net increase)", () => {
    const o = normaliseOptions({ percentDecimals: 99, zeroBase: "bogus", sections: { charts: false }, language: "en" });
    expect(o.percentDecimals).toBe(1);
    expect(o.zeroBase).toBe("net_increase");
    expect(o.sections.charts).toBe(false);
    expect(o.sections.accidents).toBe(true);
    expect(o.language).toBe("en");
    expect(normaliseOptions("junk", "zh")).toEqual(defaultPaneOptions("zh"));
  });

  test("overrides that are not an object are ignored", () => {
    expect(loadOverrides(memorySettingsStore({ [OVERRIDES_KEY]: [1, 2] }))).toEqual({});
  });

  test("the document store saves through Office's saveAsync and rejects when saving fails", async () => {
    const saved = new Map<string, unknown>();
    let fail = false;
    const office = {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      context: {
        document: {
          settings: {
            get: (k: string) => (saved.has(k) ? saved.get(k) : null),
            set: (k: string, v: unknown) => saved.set(k, v),
            saveAsync: (cb: (r: { status: string; error?: { message: string } }) => void) =>
              cb(fail ? { status: "failed", error: { message: "read-only" } } : { status: "succeeded" }),
          },
        },
      },
    };
    (globalThis as unknown as { Office: unknown }).Office = office;
    const store = documentSettingsStore(office as unknown as typeof Office);
    await store.set("k", { a: 1 });
    expect(store.get("k")).toEqual({ a: 1 });
    expect(store.get("missing")).toBeUndefined();
    fail = true;
    await expect(store.set("k", 2)).rejects.toThrow("read-only");
    delete (globalThis as unknown as { Office?: unknown }).Office;
  });

  test("without Office the document store falls back to memory", async () => {
    const store = documentSettingsStore(undefined);
    await store.set("x", 1);
    expect(store.get("x")).toBe(1);
  });
});

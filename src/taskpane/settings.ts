/**
 * Where the pane remembers things per workbook: the user's corrections to the reader
 * (`bureauStats.overrides`) and the summary options (`bureauStats.options`). In Excel these
 * live in the document's settings (saved with the file); in the workbench and in tests an
 * in-memory store stands in.
 */
import type { ReaderOverrides } from "../core/reader/model";
import { normaliseOptions, type PaneOptions } from "./options";

/** The document settings key of the reader corrections. */
export const OVERRIDES_KEY = "bureauStats.overrides";
/** The document settings key of the summary options. */
export const OPTIONS_KEY = "bureauStats.options";

/** A key-value store of JSON values, saved with the workbook where possible. */
export interface SettingsStore {
  /** The stored value, or undefined. */
  get(key: string): unknown;
  /** Stores a value and persists it; rejects when it could not be persisted. */
  set(key: string, value: unknown): Promise<void>;
}

/**
 * A store that keeps values in memory only (the workbench, tests, or when Office is absent).
 *
 * @param initial values to start with
 * @returns a settings store
 * @example memorySettingsStore().get("bureauStats.options") // undefined
 */
export function memorySettingsStore(initial: Record<string, unknown> = {}): SettingsStore {
  const values = new Map<string, unknown>(Object.entries(initial));
  return {
    get: (key) => values.get(key),
    set: async (key, value) => {
      values.set(key, value);
    },
  };
}

/**
 * A store over `Office.context.document.settings`: values are saved with the workbook
 * through `saveAsync`. Falls back to memory when the document settings are not available.
 *
 * @param office the `Office` global (injected so that it can be faked)
 * @returns a settings store
 * @example documentSettingsStore(Office).set("bureauStats.options", {...})
 */
export function documentSettingsStore(office: typeof Office | undefined): SettingsStore {
  const settings = office?.context?.document?.settings;
  if (!settings) return memorySettingsStore();
  return {
    get: (key) => {
      try {
        const value = settings.get(key);
        return value === null ? undefined : value;
      } catch {
        return undefined;
      }
    },
    set: (key, value) =>
      new Promise<void>((resolve, reject) => {
        try {
          settings.set(key, value);
          settings.saveAsync((result) => {
            if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
            else reject(new Error(result.error?.message ?? "saveAsync failed"));
          });
        } catch (error) {
          reject(error);
        }
      }),
  };
}

/**
 * The reader corrections saved for this workbook.
 *
 * @param store the settings store
 * @returns the overrides, empty when none are saved or the saved value is unusable
 * @example loadOverrides(memorySettingsStore()) // {}
 */
export function loadOverrides(store: SettingsStore): ReaderOverrides {
  const value = store.get(OVERRIDES_KEY);
  return value && typeof value === "object" && !Array.isArray(value) ? (value as ReaderOverrides) : {};
}

/**
 * Saves the reader corrections for this workbook.
 *
 * @param store the settings store
 * @param overrides the corrections
 * @returns a promise that settles when saved
 * @example await saveOverrides(store, { totalRow: { "t1": 14 } })
 */
export function saveOverrides(store: SettingsStore, overrides: ReaderOverrides): Promise<void> {
  return store.set(OVERRIDES_KEY, overrides);
}

/**
 * The summary options saved for this workbook, completed with the defaults.
 *
 * @param store the settings store
 * @param fallbackLanguage the narrative language when none was saved
 * @returns complete options
 * @example loadOptions(memorySettingsStore(), "zh").percentDecimals // 1
 */
export function loadOptions(store: SettingsStore, fallbackLanguage: PaneOptions["language"] = "zh"): PaneOptions {
  return normaliseOptions(store.get(OPTIONS_KEY), fallbackLanguage);
}

/**
 * Saves the summary options for this workbook.
 *
 * @param store the settings store
 * @param options the options
 * @returns a promise that settles when saved
 * @example await saveOptions(store, defaultPaneOptions("zh"))
 */
export function saveOptions(store: SettingsStore, options: PaneOptions): Promise<void> {
  return store.set(OPTIONS_KEY, options);
}

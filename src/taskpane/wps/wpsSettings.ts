/**
 * Where the pane remembers the user's corrections and options in WPS: the add-in's PluginStorage,
 * under the workbook's full name. WPS has no document settings that Office.js offers; this store
 * lasts while WPS runs (PluginStorage is kept per session), and nothing is written into the
 * user's workbook. Reopening WPS starts from the defaults again.
 */
import type { WpsApplication } from "../../wps/facade";
import type { SettingsStore } from "../settings";

/**
 * A settings store over PluginStorage, per workbook.
 *
 * @param app the WPS application
 * @returns a settings store
 * @example wpsSettingsStore(window.Application).get("bureauStats.options")
 */
export function wpsSettingsStore(app: WpsApplication): SettingsStore {
  const keyOf = (key: string) => {
    let workbook = "";
    try {
      workbook = app.ActiveWorkbook.FullName;
    } catch {
      // No workbook open: one store for all.
    }
    return `${key}@${workbook}`;
  };
  return {
    get: (key) => {
      const stored = app.PluginStorage.getItem(keyOf(key));
      if (typeof stored !== "string" || stored === "") return undefined;
      try {
        return JSON.parse(stored) as unknown;
      } catch {
        return undefined;
      }
    },
    set: async (key, value) => {
      app.PluginStorage.setItem(keyOf(key), JSON.stringify(value));
    },
  };
}

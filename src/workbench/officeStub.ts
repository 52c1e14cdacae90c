/**
 * The few `Office.context` bits the pane reads, for the workbench where no Office exists:
 * the display language (from `?lang=`), a light theme, and document settings kept in memory.
 * Only installed when no real Office is present.
 */
import type { Language } from "../taskpane/i18n/strings";

/**
 * Installs a minimal `Office` global if there is none.
 *
 * @param language the display language to pretend ("zh" → zh-CN, "en" → en-US)
 * @returns the Office object now in use
 * @example installOfficeStub("en").context.displayLanguage // "en-US"
 */
export function installOfficeStub(language: Language): typeof Office {
  const g = globalThis as { Office?: typeof Office };
  if (g.Office?.context?.document) return g.Office;
  const values = new Map<string, unknown>();
  const stub = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      displayLanguage: language === "en" ? "en-US" : "zh-CN",
      officeTheme: { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#000000", controlBackgroundColor: "#ffffff", controlForegroundColor: "#000000" },
      document: {
        settings: {
          get: (key: string) => (values.has(key) ? values.get(key) : null),
          set: (key: string, value: unknown) => void values.set(key, value),
          remove: (key: string) => void values.delete(key),
          saveAsync: (callback?: (result: { status: string }) => void) => callback?.({ status: "succeeded" }),
        },
      },
    },
    onReady: (callback?: (info: { host: null; platform: null }) => void) => {
      const info = { host: null, platform: null };
      callback?.(info);
      return Promise.resolve(info);
    },
  };
  g.Office = stub as unknown as typeof Office;
  return g.Office;
}

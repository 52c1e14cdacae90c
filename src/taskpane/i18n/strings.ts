/**
 * Every user-visible string of the task pane and the workbench, in Chinese and English.
 * One typed catalogue: `Catalogue` is the Chinese table's shape (zhStrings.ts), so the English
 * table (enStrings.ts) must have exactly the same keys (the compiler and a test both check it).
 * This module puts the two together and looks strings up.
 */
import { en } from "./enStrings";
import { zh, type Catalogue, type StringKey } from "./zhStrings";

export type { Catalogue, StringKey };

/** The languages the pane speaks. */
export type Language = "zh" | "en";

/** Both languages' tables. */
export const catalogues: Readonly<Record<Language, Catalogue>> = { zh, en };

/**
 * Looks up a string in the chosen language.
 *
 * @param language "zh" or "en"
 * @param key a catalogue key
 * @returns the text in that language
 * @example translate("en", "tabDetect") // "Detect"
 */
export function translate(language: Language, key: StringKey): string {
  return catalogues[language][key];
}

/**
 * The pane's language for an Office display language tag: Chinese for any "zh" tag, English otherwise.
 *
 * @param displayLanguage `Office.context.displayLanguage`, e.g. "zh-CN", "en-US"; may be missing
 * @returns "zh" or "en"
 * @example languageFromDisplayLanguage("zh-CN") // "zh"
 */
export function languageFromDisplayLanguage(displayLanguage: string | undefined | null): Language {
  if (typeof displayLanguage !== "string" || displayLanguage === "") return "zh";
  return displayLanguage.toLowerCase().startsWith("zh") ? "zh" : "en";
}

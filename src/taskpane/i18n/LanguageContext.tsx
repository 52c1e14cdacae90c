/**
 * The pane's current language, shared by every component through React context.
 */
import { createContext, useContext } from "react";
import { catalogues, type Catalogue, type Language } from "./strings";

/** The current language and its catalogue. */
export interface LanguageState {
  readonly language: Language;
  readonly t: Catalogue;
}

/** React context holding the current language; Chinese unless a provider says otherwise. */
export const LanguageContext = createContext<LanguageState>({ language: "zh", t: catalogues.zh });

/**
 * The current language and its strings.
 *
 * @returns `{ language, t }` where `t.tabDetect` is the text in the current language
 * @example const { t } = useStrings(); <Button>{t.detectButton}</Button>
 */
export function useStrings(): LanguageState {
  return useContext(LanguageContext);
}

/**
 * What the pane takes from Office at start: the display language and the theme. Office
 * gives the theme as colours (`officeTheme.bodyBackgroundColor`); a dark background means
 * the dark Fluent theme.
 */
import { languageFromDisplayLanguage, type Language } from "./i18n/strings";

/** The pane's starting language and theme. */
export interface PaneEnvironment {
  readonly language: Language;
  readonly theme: "light" | "dark";
}

/**
 * Whether a CSS hex colour is dark (relative luminance below one half).
 *
 * @param color "#rrggbb" or "#rgb"
 * @returns true for a dark colour; false when unparseable
 * @example isDarkColor("#1f1f1f") // true
 */
export function isDarkColor(color: string | undefined): boolean {
  if (!color) return false;
  let hex = color.trim().replace(/^#/, "");
  if (hex.length === 3) hex = hex.replace(/./g, (c) => c + c);
  if (!/^[0-9a-f]{6}$/i.test(hex)) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/**
 * Reads the language and theme from `Office.context`, with defaults where Office gives nothing.
 *
 * @param office the Office global (or a stub in the workbench)
 * @returns language and theme
 * @example paneEnvironment(Office) // { language: "zh", theme: "light" }
 */
export function paneEnvironment(office: typeof Office | undefined): PaneEnvironment {
  const context = office?.context;
  let theme: "light" | "dark" = "light";
  try {
    theme = isDarkColor(context?.officeTheme?.bodyBackgroundColor) ? "dark" : "light";
  } catch {
    // officeTheme throws outside the hosts that support it; light is the default.
  }
  return { language: languageFromDisplayLanguage(context?.displayLanguage), theme };
}

/**
 * Whether the pane can hand the user a file as a download. Excel for Mac hosts the pane in a
 * WKWebView that ignores downloads by design (office-js#2700, #3385); the web and Windows
 * (WebView2) download a blob link (office-js#1241). Outside Office (the workbench) it can.
 *
 * @param office the Office global (or a stub)
 * @returns false on a Mac or an iPad
 * @example reportDownloads(Office) // true on Windows
 */
export function reportDownloads(office: typeof Office | undefined): boolean {
  let platform: string | undefined;
  try {
    platform = office?.context?.diagnostics?.platform as string | undefined;
  } catch {
    platform = undefined;
  }
  return platform !== "Mac" && platform !== "iOS";
}

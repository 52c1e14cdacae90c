/**
 * Copying text from the pane where the browser may refuse: Excel on the web runs the pane in an
 * iframe whose Clipboard API is blocked (office-js#1991) — `navigator.clipboard.writeText` is there
 * but rejects —, and Office's older embedded browsers lack it. Then a selection copy
 * (`document.execCommand("copy")` on a hidden text area, allowed during the click) is tried; only
 * when both fail does the pane ask the user to select the shown text and copy it by hand.
 */

/** The part of `navigator.clipboard` used here. */
export interface ClipboardWriter {
  writeText(text: string): Promise<void>;
}

/**
 * Copies text to the clipboard.
 *
 * @param text what to copy
 * @param clipboard the async clipboard, when the page has one
 * @returns resolves when copied; rejects when neither way worked
 * @example await copyText("2024年上半年，全州共发生…")
 */
export async function copyText(
  text: string,
  clipboard: ClipboardWriter | undefined = typeof navigator !== "undefined" ? navigator.clipboard : undefined,
): Promise<void> {
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(text);
      return;
    } catch {
      // Blocked (an iframe without clipboard-write permission): the selection copy below.
    }
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  try {
    area.select();
    if (!document.execCommand("copy")) throw new Error("selection copy refused");
  } finally {
    area.remove();
  }
}

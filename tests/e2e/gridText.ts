/**
 * The text of a whole sheet in the workbench's grid, read as a user reads it: the grid draws only
 * the rows around its view (src/workbench/gridWindow.ts), so this scrolls it from top to bottom a
 * view at a time and joins what each view drew.
 */
import type { Page } from "playwright-core";

/**
 * Every drawn text of the sheet shown, top to bottom (rows seen twice appear twice).
 *
 * @param page the workbench page, its grid drawn
 * @returns the texts joined with new lines
 */
export async function wholeGridText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const scroller = document.getElementById("sheet-grid")!;
    // The grid reads its scroll position in an animation frame, then React draws in a task of its own.
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
    const frame = async () => {
      for (let i = 0; i < 3; i++) await nextFrame();
      await nextTask();
      await nextTask();
    };
    const texts: string[] = [];
    for (let top = 0; ; top += Math.max(200, scroller.clientHeight - 40)) {
      scroller.scrollTop = top;
      await frame();
      texts.push((document.querySelector('[data-testid="grid"]') as HTMLElement).innerText);
      if (top + scroller.clientHeight >= scroller.scrollHeight) break;
    }
    scroller.scrollTop = 0;
    await frame();
    return texts.join("\n");
  });
}

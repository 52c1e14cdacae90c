/**
 * Notices when a source cell changes after a summary was generated, so the pane can offer
 * 刷新汇总 / Refresh summary. After each generation the pane calls `watch` with the sheets the
 * summary was read from; each of them gets one `Worksheet.onChanged` handler (ExcelApi 1.7),
 * registered once per sheet for the life of the pane, in one batch with one sync. The first
 * edit after a generation is reported; later ones are not until the next generation re-arms
 * the watch. Sheets that are not sources (the summary itself, earlier summaries) are never
 * watched, so writing the summary does not set it off; Excel does not raise onChanged for
 * recalculated formulas, only for edits.
 */
import type { ExcelRunner } from "./runtime";

/** A change to a watched sheet: the sheet and the A1 address Excel reports (no sheet part). */
export interface SourceChange {
  readonly sheet: string;
  readonly address: string;
}

/** Watches source sheets for edits. */
export interface SourceWatcher {
  /**
   * Arms the watch for these sheets (registering handlers on any not yet watched) and reports
   * the next edit on one of them to `onChange`, once.
   *
   * @returns false when Excel lacks worksheet change events (ExcelApi 1.7) or a sheet is gone
   */
  watch(sheetNames: readonly string[], onChange: (change: SourceChange) => void): Promise<boolean>;
  /** Stops reporting until the next `watch` (e.g. while the summary is being regenerated). */
  pause(): void;
}

/**
 * Whether Excel raises worksheet change events (ExcelApi 1.7, below the add-in's floor, so only
 * a very old Excel says no). Where no Office exists (the workbench, tests) the in-memory host has them.
 */
function hasChangeEvents(): boolean {
  const requirements = (globalThis as { Office?: typeof Office }).Office?.context?.requirements;
  return requirements ? requirements.isSetSupported("ExcelApi", "1.7") : true;
}

/**
 * Creates a watcher that runs its batches with `run`.
 *
 * @param run `runExcel` (Excel.run, or the in-memory host's runner)
 * @returns the watcher
 * @example
 * const watcher = createSourceWatcher(runExcel);
 * await watcher.watch(["事故分县统计"], (change) => showRefresh(change));
 */
export function createSourceWatcher(run: ExcelRunner): SourceWatcher {
  const registered = new Set<string>();
  let watched = new Set<string>();
  let listener: ((change: SourceChange) => void) | undefined;
  let armed = false;

  const handlerFor = (sheet: string) => async (event: Excel.WorksheetChangedEventArgs) => {
    if (!armed || !watched.has(sheet)) return;
    armed = false;
    listener?.({ sheet, address: event.address });
  };

  return {
    async watch(sheetNames, onChange) {
      if (!hasChangeEvents()) return false;
      listener = onChange;
      watched = new Set(sheetNames);
      armed = true;
      const fresh = [...watched].filter((name) => !registered.has(name));
      if (fresh.length === 0) return true;
      try {
        await run(async (context) => {
          for (const name of fresh) context.workbook.worksheets.getItem(name).onChanged.add(handlerFor(name));
          await context.sync();
        });
      } catch {
        // A sheet renamed or deleted since it was read. The next watch tries the sheets again; a
        // handler registered twice is harmless (the first to fire disarms the watch).
        return false;
      }
      fresh.forEach((name) => registered.add(name));
      return true;
    },
    pause() {
      armed = false;
    },
  };
}

/**
 * Lets the pane render before the workbook is loaded: each service call first waits for the
 * workbook (and rejects with the load's failure if it could not be opened).
 */
import type { PaneServices } from "../taskpane/services";

/**
 * Wraps services so every call waits for `ready`.
 *
 * @param ready settles when the workbook is open (rejects when it could not be opened)
 * @param services the services to call then
 * @returns services with the same methods
 * @example afterReady(hostLoaded, createExcelServices(deps)).detect({})
 */
export function afterReady(ready: Promise<void>, services: PaneServices): PaneServices {
  return {
    detect: (overrides) => ready.then(() => services.detect(overrides)),
    generate: (options, overrides, onProgress) => ready.then(() => services.generate(options, overrides, onProgress)),
    activateSheet: (name) => ready.then(() => services.activateSheet(name)),
    selectCell: (sheet, address) => ready.then(() => services.selectCell(sheet, address)),
    insertFormula: (formula) => ready.then(() => services.insertFormula(formula)),
    watchSources: services.watchSources ? (sheetNames, onChange) => ready.then(() => services.watchSources!(sheetNames, onChange)) : undefined,
    pauseWatch: services.pauseWatch ? () => services.pauseWatch!() : undefined,
    consolidate: services.consolidate ? (files, options) => ready.then(() => services.consolidate!(files, options)) : undefined,
  };
}

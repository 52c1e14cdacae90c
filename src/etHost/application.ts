/**
 * The objects an add-in page sees as `window.Application` in the imitated WPS 表格: ET's
 * Application (ActiveWorkbook, ActiveWindow, ScreenUpdating, EnableEvents, Build …) merged with the
 * add-in root (task panes, PluginStorage, the file system, the temp folder, ApiEvent and, from
 * build 12.1.0.20540, AddCustomFunction), as Kingsoft's typings merge them.
 */
import { parseRect } from "../host/geometry";
import type { EtNames, EtRange, EtWindow, EtWorkbook, SheetChangeHandler, WpsApplication, WpsFunctionMetadata, WpsTaskPane } from "../wps/facade";
import type { EtHost } from "./etHost";
import { EtRangeImpl } from "./range";
import { workbookCopy } from "./saveCopy";
import { namesCollection } from "./names";
import { worksheetOf, worksheetsOf } from "./worksheet";

function activeSheet(host: EtHost) {
  const state = host.state;
  return host.findSheet(state.activeSheet ?? "") ?? state.sheets[0];
}

/** Workbook.Names, over the workbook state's names (all visible: the state keeps no visibility). */
function workbookNames(host: EtHost): EtNames {
  const names = host.state.names;
  return namesCollection(host, {
    keys: () => [...names.keys()],
    get: (key) => (names.has(key) ? { refersTo: names.get(key) as string, visible: true } : undefined),
    set: (key, value) => void names.set(key, value.refersTo),
    delete: (key) => void names.delete(key),
  });
}

function workbookOf(host: EtHost): EtWorkbook {
  const fullName = host.options.fullName;
  const cut = Math.max(fullName.lastIndexOf("\\"), fullName.lastIndexOf("/"));
  return {
    Name: fullName.slice(cut + 1),
    FullName: fullName,
    Path: cut >= 0 ? fullName.slice(0, cut) : "",
    get Worksheets() {
      host.call();
      return worksheetsOf(host);
    },
    get Names() {
      host.call();
      return workbookNames(host);
    },
    get ActiveSheet() {
      host.call();
      return worksheetOf(host, activeSheet(host));
    },
    SaveCopyAs(path?: unknown) {
      host.call();
      if (!host.options.saveCopyAs || host.faults.failSaveCopy) throw new Error("无法保存副本 / SaveCopyAs failed");
      host.recalculate();
      host.files.set(String(path), workbookCopy(host.state));
    },
  };
}

function windowOf(host: EtHost): EtWindow {
  let splitRow = 0;
  let splitColumn = 0;
  return {
    get SplitRow() {
      return splitRow;
    },
    set SplitRow(v: unknown) {
      host.call(true);
      splitRow = Number(v);
    },
    get SplitColumn() {
      return splitColumn;
    },
    set SplitColumn(v: unknown) {
      host.call(true);
      splitColumn = Number(v);
    },
    get FreezePanes() {
      host.call();
      return activeSheet(host).frozenRows > 0;
    },
    set FreezePanes(v: unknown) {
      host.call(true);
      activeSheet(host).frozenRows = v ? splitRow : 0;
    },
  };
}

/**
 * The `Application` object of the imitation.
 *
 * @param host the imitation
 * @returns what an add-in page sees as window.Application
 */
export function createApplication(host: EtHost): WpsApplication {
  let nextPane = 1;
  const window = windowOf(host);
  const app = {
    get ActiveWorkbook() {
      host.call();
      return workbookOf(host);
    },
    get ActiveWindow() {
      host.call();
      return window;
    },
    get ActiveCell(): EtRange {
      host.call();
      const selection = host.state.selection;
      const sheet = selection ? host.sheetOrThrow(selection.sheet) : activeSheet(host);
      const rect = selection ? parseRect(selection.address) : { row: 0, column: 0, rowCount: 1, columnCount: 1 };
      return new EtRangeImpl(host, sheet, { row: rect.row, column: rect.column, rowCount: 1, columnCount: 1 });
    },
    get Selection(): unknown {
      host.call();
      const selection = host.state.selection;
      if (!selection) return new EtRangeImpl(host, activeSheet(host), { row: 0, column: 0, rowCount: 1, columnCount: 1 });
      return new EtRangeImpl(host, host.sheetOrThrow(selection.sheet), parseRect(selection.address));
    },
    get ScreenUpdating() {
      return host.screenUpdating;
    },
    set ScreenUpdating(v: unknown) {
      host.call(true);
      host.screenUpdating = Boolean(v);
    },
    get EnableEvents() {
      return host.enableEvents;
    },
    set EnableEvents(v: unknown) {
      host.call(true);
      host.enableEvents = Boolean(v);
    },
    Build: host.options.build,
    Version: host.options.build.split(".").slice(0, 2).join("."),
    Calculate() {
      host.call();
      host.dirty = true;
      for (const sheet of host.state.sheets) host.changedSheets.add(sheet);
      host.recalculate();
    },
    CreateTaskPane(url: string): WpsTaskPane {
      host.call();
      const pane = { id: nextPane++, url, visible: false };
      host.taskPanes.push(pane);
      return paneOf(host, pane);
    },
    GetTaskPane(id: number): WpsTaskPane {
      host.call();
      const pane = host.taskPanes.find((p) => p.id === id);
      if (!pane) throw new Error(`没有任务窗格 ${id} / no task pane ${id}`);
      return paneOf(host, pane);
    },
    PluginStorage: {
      getItem: (key: string) => host.pluginStorage.get(key) ?? null,
      setItem: (key: string, value: unknown) => void host.pluginStorage.set(key, value),
      removeItem: (key: string) => void host.pluginStorage.delete(key),
    },
    Env: { GetTempPath: () => "C:\\Users\\统计员\\AppData\\Local\\Temp" },
    FileSystem: {
      Exists: (path: string) => host.files.has(path),
      Remove: (path: string) => void host.files.delete(path),
      ReadFileAsArrayBuffer: (path: string) => {
        const bytes = host.files.get(path);
        if (!bytes) throw new Error(`文件不存在 / no such file ${path}`);
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      },
    },
    ApiEvent: {
      AddApiEventListener: (_event: "SheetChange", callback: SheetChangeHandler) => void host.sheetChangeListeners.push(callback),
      RemoveApiEventListener: (_event: "SheetChange", callback?: SheetChangeHandler) => {
        const at = callback ? host.sheetChangeListeners.indexOf(callback) : -1;
        if (at >= 0) host.sheetChangeListeners.splice(at, 1);
        else if (!callback) host.sheetChangeListeners.length = 0;
      },
    },
  };
  if (host.hasCustomFunctions) {
    Object.assign(app, {
      AddCustomFunction: (namespace: string, name: string, callback: (...args: unknown[]) => unknown, metadata?: WpsFunctionMetadata) => {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`函数名不符合规范 / invalid function name ${name}`);
        for (const type of [metadata?.result.type, ...(metadata?.parameters ?? []).map((p) => p.type)]) {
          if (type !== undefined && !KNOWN_FUNCTION_TYPE.test(type)) throw new Error(`未知的参数类型 / unknown type ${type}`);
        }
        host.functions.set(`${namespace}.${name}`.toUpperCase(), { callback, metadata });
      },
    });
  }
  return app as unknown as WpsApplication;
}

/**
 * The types a custom function's metadata may name: what wpsjs 2.2.3's functions.json generator
 * emits (string, number, bool, any; 2-D arrays of them; "?" for an optional parameter).
 */
const KNOWN_FUNCTION_TYPE = /^(string|number|bool|any)(\[\]\[\])?\??$/;

function paneOf(host: EtHost, pane: { id: number; url: string; visible: boolean }): WpsTaskPane {
  return {
    ID: pane.id,
    get Visible() {
      return pane.visible;
    },
    set Visible(v: boolean) {
      host.call();
      pane.visible = v;
    },
    Width: 360,
    DockPosition: 2,
    Delete() {
      host.taskPanes.splice(host.taskPanes.indexOf(pane), 1);
    },
  };
}

/**
 * The imitation's Names collections (Workbook.Names and Worksheet.Names): one collection over a
 * store of name → { refersTo, visible }, so the workbook's names (kept in the shared workbook state,
 * as the Office.js host keeps them) and each sheet's own names behave alike.
 */
import type { EtName, EtNames } from "../wps/facade";
import type { EtHost } from "./etHost";

/** Where a collection keeps its names. */
export interface NameStore {
  keys(): string[];
  get(key: string): { refersTo: string; visible: boolean } | undefined;
  set(key: string, value: { refersTo: string; visible: boolean }): void;
  delete(key: string): void;
}

/** Names Excel and WPS accept: a letter, _ or \ first, then letters, digits, _ and dots. */
const VALID_NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;

/**
 * A Names collection: 1-based Item by index or name, Add, Count; each call counted.
 *
 * @param host the imitated WPS
 * @param store where the names live
 */
export function namesCollection(host: EtHost, store: NameStore): EtNames {
  const item = (key: string): EtName => ({
    get Name() {
      return key;
    },
    set Name(_v: string) {
      throw new Error("not imitated");
    },
    get RefersTo() {
      host.call();
      return store.get(key)?.refersTo;
    },
    set RefersTo(v: unknown) {
      host.call(true);
      store.set(key, { refersTo: String(v), visible: store.get(key)?.visible ?? true });
    },
    get Visible() {
      host.call();
      return store.get(key)?.visible ?? true;
    },
    set Visible(v: boolean) {
      host.call(true);
      store.set(key, { refersTo: store.get(key)?.refersTo ?? "", visible: v });
    },
    Delete() {
      host.call(true);
      store.delete(key);
    },
  });
  return {
    get Count() {
      host.call();
      return store.keys().length;
    },
    Add(name?: string, refersTo?: unknown, visible = true) {
      host.call(true);
      if (!name || !VALID_NAME.test(name)) throw new Error(`名称无效 / invalid name '${name}'`);
      store.set(name, { refersTo: String(refersTo ?? ""), visible });
      return item(name);
    },
    Item(index?: string | number) {
      host.call();
      const key = typeof index === "number" ? store.keys()[index - 1] : index;
      if (key === undefined || !store.get(key)) throw new Error("下标越界 / Subscript out of range");
      return item(key);
    },
  };
}

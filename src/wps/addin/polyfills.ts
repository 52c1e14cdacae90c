/**
 * The built-ins newer than Chromium 67 (the floor BigInt sets, engineCheck.ts) that our code
 * calls: Array.prototype.flat and flatMap (Chromium 69), String.prototype.matchAll and
 * Object.fromEntries (73), Array.prototype.at / String.prototype.at (92; the consolidation's
 * header paths), `globalThis` (71; the functions' error stand-in, the pane's Office probe, the
 * report writer's random ids) and Blob.prototype.arrayBuffer (76; the pane reads the picked county
 * returns with it). Each is defined only where missing, with the standard's behaviour for the way
 * we call them (flat to a depth, flatMap with a callback, matchAll with a global regular
 * expression, fromEntries of an iterable of pairs, at with a relative index, arrayBuffer through a
 * FileReader). Any other newer built-in in the bundle fails the package check
 * (scripts/wps/checkPackage.js).
 */

/** Marks the bundles that carry these, for the package check. */
export const POLYFILLS_MARK = "bureau-stats-wps-polyfills";

function define(target: object, name: string, value: unknown): void {
  if (!(name in target)) Object.defineProperty(target, name, { value, configurable: true, writable: true, enumerable: false });
}

function flatten(input: readonly unknown[], depth: number, out: unknown[]): unknown[] {
  for (let i = 0; i < input.length; i++) {
    if (!(i in input)) continue;
    const item = input[i];
    if (depth > 0 && Array.isArray(item)) flatten(item, depth - 1, out);
    else out.push(item);
  }
  return out;
}

define(Array.prototype, "flat", function flat(this: unknown[], depth?: number) {
  return flatten(this, depth === undefined ? 1 : Math.floor(Number(depth)) || 0, []);
});

define(
  Array.prototype,
  "flatMap",
  function flatMap(this: unknown[], callback: (value: unknown, index: number, array: unknown[]) => unknown, thisArg?: unknown) {
    const mapped: unknown[] = [];
    for (let i = 0; i < this.length; i++) if (i in this) mapped.push(callback.call(thisArg, this[i], i, this));
    return flatten(mapped, 1, []);
  },
);

define(String.prototype, "matchAll", function matchAll(this: string, pattern: RegExp) {
  if (!pattern.global) throw new TypeError("matchAll requires a global RegExp");
  const regex = new RegExp(pattern.source, pattern.flags);
  regex.lastIndex = pattern.lastIndex;
  const text = String(this);
  const matches: RegExpExecArray[] = [];
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    matches.push(match);
    if (match[0] === "") regex.lastIndex++;
  }
  return matches[Symbol.iterator]();
});

define(Object, "fromEntries", function fromEntries(entries: Iterable<readonly [PropertyKey, unknown]>) {
  const out: Record<PropertyKey, unknown> = {};
  for (const [key, value] of entries) out[key] = value;
  return out;
});

function at(this: ArrayLike<unknown>, index: number): unknown {
  const length = this.length;
  const n = Math.trunc(Number(index)) || 0;
  const i = n < 0 ? length + n : n;
  return i < 0 || i >= length ? undefined : this[i];
}
define(Array.prototype, "at", at);
define(String.prototype, "at", function stringAt(this: string, index: number) {
  return at.call(String(this), index);
});

if (typeof globalThis === "undefined") define(window, "globalThis", window);

if (typeof Blob !== "undefined") {
  define(Blob.prototype, "arrayBuffer", function arrayBuffer(this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  });
}

(window as unknown as Record<string, unknown>)[POLYFILLS_MARK] = true;

/**
 * The four built-ins newer than Chromium 67 (the floor BigInt sets, engineCheck.ts) that our code
 * calls: Array.prototype.flat and flatMap (Chromium 69), String.prototype.matchAll and
 * Object.fromEntries (73). Each is defined only where missing, with the standard's behaviour for the
 * way we call them (flat to a depth, flatMap with a callback, matchAll with a global regular
 * expression, fromEntries of an iterable of pairs). Any other newer
 * built-in in the bundle fails the package check (scripts/wps/checkPackage.js).
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

(window as unknown as Record<string, unknown>)[POLYFILLS_MARK] = true;

/**
 * The base of the host's proxy objects: errors shaped like Office's, queued operations and
 * loads, and load() / PropertyNotLoaded semantics.
 */
import type { HostContext } from "./context";

/** An error shaped like OfficeExtension.Error. */
export class HostError extends Error {
  constructor(
    public readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export interface Operation {
  bytes: number;
  apply: () => void;
  writesFormulas?: boolean;
  /** The operation recalculates the workbook (application.calculate). */
  recalculates?: boolean;
  /** Whether, applied now, it would calculate some formula (then HyperFormula is loaded first). */
  calculates?: () => boolean;
}

export interface LoadRequest {
  fulfil: () => unknown;
}

/** Bytes of a value as UTF-8 JSON, as Office would send it. */
export function jsonBytes(x: unknown): number {
  // UTF-8 length counted by hand: TextEncoder is missing under jest's jsdom environment.
  let json: string;
  try {
    json = JSON.stringify(x) ?? "";
  } catch {
    return 0;
  }
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Base of every proxy: loaded properties and load(). */
export abstract class Proxy {
  protected loaded = new Map<string, unknown>();
  isNullObject = false;
  constructor(protected readonly ctx: HostContext) {}

  protected abstract readProperty(name: string): unknown;
  protected abstract defaultProperties(): string[];

  load(props?: string | string[] | Record<string, unknown>): this {
    let names: string[];
    if (props === undefined) names = this.defaultProperties();
    else if (typeof props === "string")
      names = props
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
    else if (Array.isArray(props)) names = props;
    else names = Object.keys(props);
    // A path such as "areas/items/rowIndex" loads its head; collections come with their items' scalars.
    const heads = [...new Set(names.map((n) => n.split("/")[0]))];
    this.ctx.loads.push({
      fulfil: () => {
        const out: Record<string, unknown> = {};
        for (const n of heads) {
          const v = this.readProperty(n);
          this.loaded.set(n, v);
          out[n] = v;
        }
        return out;
      },
    });
    return this;
  }

  /** Loads a property immediately (used inside a sync for nested paths). */
  loadNow(name: string): void {
    this.loaded.set(name, this.readProperty(name));
  }

  peek(name: string): unknown {
    return this.loaded.get(name);
  }

  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new HostError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(name) as T;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

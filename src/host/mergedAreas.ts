/**
 * The merged areas of a host range (Range.getMergedAreasOrNullObject).
 */
import type { MergedArea } from "../core/model/snapshot";
import type { HostContext } from "./context";
import { quoteIfNeeded, rectAddress, type RangeTarget } from "./geometry";
import { HostError, Proxy } from "./proxy";

/** Excel's limit: above this many merged areas in the range, getMergedAreasOrNullObject fails. */
export const MAX_MERGED_AREAS = 512;

export class MergedAreasProxy extends Proxy {
  constructor(
    ctx: HostContext,
    private readonly target: () => RangeTarget | null,
    /** Makes the range proxy of one area (range.ts passes RangeProxy's constructor, avoiding an import cycle). */
    private readonly areaRange: (area: RangeTarget) => Proxy,
  ) {
    super(ctx);
  }
  protected defaultProperties(): string[] {
    return ["areas", "areaCount", "address"];
  }
  /** As Excel: only the areas whose top-left cell lies in the range; more than 512 fail. */
  private merged(): MergedArea[] {
    const t = this.target();
    if (!t) return [];
    const r = t.rect;
    const inside = t.sheet.merges.filter((m) => m.row >= r.row && m.row < r.row + r.rowCount && m.column >= r.column && m.column < r.column + r.columnCount);
    if (inside.length > MAX_MERGED_AREAS) {
      throw new HostError("GeneralException", `The range has ${inside.length} merged areas; getMergedAreasOrNullObject returns at most ${MAX_MERGED_AREAS}.`);
    }
    return inside;
  }
  override load(props?: string | string[] | Record<string, unknown>): this {
    const names = typeof props === "string" ? props : JSON.stringify(props ?? "areas");
    if (names.includes("areas")) this.ctx.requireApi("RangeAreas.areas");
    super.load(props);
    this.ctx.loads.push({ fulfil: () => ((this.isNullObject = this.merged().length === 0), null) });
    return this;
  }
  protected readProperty(name: string): unknown {
    const merged = this.merged();
    const target = this.target();
    if (!target) return null;
    const sheet = target.sheet;
    if (name === "areaCount") return merged.length;
    if (name === "address") return merged.map((m) => `${quoteIfNeeded(sheet.name)}!${rectAddress(m)}`).join(",");
    if (name.startsWith("areas")) {
      const items = merged.map((m) => {
        const p = this.areaRange({ sheet, rect: m });
        for (const prop of ["address", "rowIndex", "columnIndex", "rowCount", "columnCount"]) p.loadNow(prop);
        return p;
      });
      return { items };
    }
    throw new HostError("InvalidArgument", `RangeAreas has no property ${name}`);
  }
  get areas(): { items: Proxy[] } {
    return this.get("areas");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
  get address(): string {
    return this.get("address");
  }
}

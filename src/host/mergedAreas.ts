/**
 * The merged areas of a host range (Range.getMergedAreasOrNullObject).
 */
import type { MergedArea } from "../core/model/snapshot";
import type { HostContext } from "./context";
import { overlaps, quoteIfNeeded, rectAddress, type RangeTarget } from "./geometry";
import { HostError, Proxy } from "./proxy";

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
  private merged(): MergedArea[] {
    const t = this.target();
    return t ? t.sheet.merges.filter((m) => overlaps(m, t.rect)) : [];
  }
  override load(props?: string | string[] | Record<string, unknown>): this {
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

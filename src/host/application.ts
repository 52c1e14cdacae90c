/**
 * The host's Application object: calculation mode, suspending API calculation until the next
 * sync, and calculate(). In "Manual" mode the host recalculates only when asked; in "Automatic"
 * mode after every sync that wrote values or formulas.
 */
import type { HostContext } from "./context";
import { HostError, Proxy } from "./proxy";

/** Excel's calculation modes. */
export type CalculationMode = "Automatic" | "AutomaticExceptTables" | "Manual";

export class ApplicationProxy extends Proxy {
  constructor(ctx: HostContext) {
    super(ctx);
  }
  protected defaultProperties(): string[] {
    return ["calculationMode"];
  }
  protected readProperty(name: string): unknown {
    if (name === "calculationMode") return this.ctx.host.calculationMode;
    throw new HostError("InvalidArgument", `Application has no property ${name}`);
  }
  override load(props?: string | string[] | Record<string, unknown>): this {
    this.ctx.requireApi("Application.calculationMode");
    return super.load(props);
  }
  get calculationMode(): CalculationMode {
    return this.get("calculationMode");
  }
  set calculationMode(mode: CalculationMode) {
    this.ctx.requireApi("Application.calculationMode");
    this.ctx.queue({ bytes: 30, apply: () => void (this.ctx.host.calculationMode = mode) });
  }
  /** Formulas written in this batch are not calculated at its sync (the add-in must recalculate). */
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.requireApi("Application.suspendApiCalculationUntilNextSync");
    this.ctx.queue({ bytes: 40, apply: () => void (this.ctx.calculationSuspended = true) });
  }
  /** "Recalculate" recalculates what reads changed cells; "Full" and "FullRebuild" every formula. */
  calculate(calculationType: string): void {
    const full = calculationType === "Full" || calculationType === "FullRebuild";
    const host = this.ctx.host;
    this.ctx.queue({
      bytes: 40,
      recalculates: true,
      calculates: () => (full ? host.hasFormulas() : host.recalculationNeeded()),
      apply: () => (full ? host.evaluateFormulas() : host.recalculate()),
    });
  }
}

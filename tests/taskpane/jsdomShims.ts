/** jsdom lacks ResizeObserver, which Fluent's MessageBar uses to reflow its actions; browsers have it. */
class ResizeObserverShim {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const w = window as unknown as { ResizeObserver?: unknown };
if (!w.ResizeObserver) w.ResizeObserver = ResizeObserverShim;
export {};

/**
 * The entry of the WPS add-in: index.html, which WPS opens hidden when it loads the add-in, runs
 * this. It puts the ribbon callbacks on `window.ribbon` (ribbon.xml calls them by name) and, on
 * builds that have custom worksheet functions, registers BUREAU.* (functions.ts). Nothing here may
 * assume Office.js: WPS has none.
 */
import "./polyfills";
import type { WpsApplication } from "../facade";
import { registerWpsFunctions } from "../functions";
import { FUNCTIONS_KEY } from "./paneResult";
import { createRibbon } from "./ribbon";

interface WpsWindow {
  Application?: WpsApplication;
  ribbon?: unknown;
}

const host = window as unknown as WpsWindow;
// Relative to this page: offline add-ins are served from file:// (no origin to resolve against).
const here = (file: string) => new URL(file, document.location.href).href;

if (host.Application) {
  const app = host.Application;
  host.ribbon = createRibbon(app, { paneUrl: here("pane.html"), iconUrl: here("icon-32.png") });
  // BUREAU.* where the build has custom functions; the pane says so where it has none.
  app.PluginStorage.setItem(FUNCTIONS_KEY, JSON.stringify(registerWpsFunctions(app)));
} else {
  console.warn("Bureau Stats: window.Application is missing; this page only works inside WPS 表格.");
}

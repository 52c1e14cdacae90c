/**
 * The entry of the WPS task pane page (pane.html, opened by Application.CreateTaskPane): the same
 * React pane as in Excel (src/taskpane/components/App.tsx), its services backed by the ET API
 * (src/taskpane/wps/wpsServices.ts), its settings in PluginStorage, and the ribbon's results read
 * from PluginStorage. Outside WPS the page says in both languages that it only works there.
 */
import "./polyfills";
import { createRoot } from "react-dom/client";
import { WPS_MESSAGES } from "../../core/messages/wpsMessages";
import { App } from "../../taskpane/components/App";
import { subscribeWpsRibbonResults } from "../../taskpane/wps/ribbonResults";
import { createWpsServices } from "../../taskpane/wps/wpsServices";
import { wpsSettingsStore } from "../../taskpane/wps/wpsSettings";
import type { WpsApplication } from "../facade";

const app = (window as unknown as { Application?: WpsApplication }).Application;
const container = document.getElementById("container");
const language = /^zh/i.test(navigator.language || "zh") ? "zh" : "en";
if (app && container) {
  createRoot(container).render(
    <App services={createWpsServices(app)} store={wpsSettingsStore(app)} initialLanguage={language} subscribeRibbonResult={subscribeWpsRibbonResults(app)} />,
  );
} else if (container) {
  container.textContent = `${WPS_MESSAGES.notInWps.zh}\n${WPS_MESSAGES.notInWps.en}`;
}

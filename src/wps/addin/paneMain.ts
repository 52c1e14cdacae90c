/**
 * The entry of the WPS task pane page (pane.html, opened by Application.CreateTaskPane): mounts the
 * pane over the WPS application, or says in both languages that the page only works inside WPS.
 */
import "./polyfills";
import { WPS_MESSAGES } from "../../core/messages/wpsMessages";
import type { WpsApplication } from "../facade";
import { mountPanel } from "./panel";

const app = (window as unknown as { Application?: WpsApplication }).Application;
const language = /^zh/i.test(navigator.language || "zh") ? "zh" : "en";
if (app) mountPanel(document, app, { language });
else document.body.textContent = `${WPS_MESSAGES.notInWps.zh} / ${WPS_MESSAGES.notInWps.en}`;

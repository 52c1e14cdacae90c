/**
 * The entry of the WPS task pane page (pane.html, opened by Application.CreateTaskPane): mounts the
 * pane over the WPS application, or says in both languages that the page only works inside WPS.
 */
import "./polyfills";
import { MESSAGES } from "../../core/messages";
import type { WpsApplication } from "../facade";
import { mountPanel } from "./panel";

const app = (window as unknown as { Application?: WpsApplication }).Application;
const language = /^zh/i.test(navigator.language || "zh") ? "zh" : "en";
if (app) mountPanel(document, app, { language });
else document.body.textContent = `${MESSAGES.wps.notInWps.zh} / ${MESSAGES.wps.notInWps.en}`;

/**
 * Runs first in both pages, before the main bundle: the core's exact decimal arithmetic needs
 * BigInt (Chromium 67, 2018). In an older embedded Chromium the main bundle does not even parse,
 * so this small script (ES2015, no BigInt, only the WPS messages) sets a ribbon that says so in both
 * languages instead of a ribbon that does nothing; main.js replaces it where the engine is new enough.
 */
import { WPS_MESSAGES } from "../../core/messages/wpsMessages";

interface GuardedWindow {
  ribbon?: unknown;
  alert(text: string): void;
}

const host = window as unknown as GuardedWindow;
if (typeof BigInt === "undefined") {
  const text = `${WPS_MESSAGES.oldEngine(navigator.userAgent).zh}\n\n${WPS_MESSAGES.oldEngine(navigator.userAgent).en}`;
  host.ribbon = {
    OnAddinLoad: () => true,
    OnAction: () => {
      host.alert(text);
      return true;
    },
    OnGetEnabled: () => true,
    GetImage: () => "icon-32.png",
  };
  if (document.body) document.body.textContent = text;
  else document.addEventListener("DOMContentLoaded", () => (document.body.textContent = text));
}

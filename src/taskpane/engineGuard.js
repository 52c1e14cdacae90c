/**
 * Old-engine guard (dist/engine-guard.js). Plain ES5, the first script of the pane's page: on an
 * Office that hosts add-ins in Internet Explorer's Trident or the old Edge's EdgeHTML (Microsoft
 * 365 builds before 2108 without the WebView2 runtime, volume-licensed Office 2019 and earlier),
 * or in any engine without what the bundles need (Promise, Symbol, BigInt, globalThis), the
 * bundles cannot even be parsed and the pane would stay blank. This script still runs there and
 * shows, in both languages, what to do. The message comes from the catalogue
 * (src/core/messages/hostMessages.ts); the build puts it in place of ENGINE_MESSAGE.
 */
/* global window, document, navigator, ENGINE_MESSAGE */
(function () {
  var message = ENGINE_MESSAGE;
  var agent = (navigator && navigator.userAgent) || "";
  // Trident ("Trident/7.0", "MSIE 10.0") and EdgeHTML ("Edge/18.…"; the Chromium Edge says "Edg/").
  var oldEngine = /Trident\/|MSIE |\bEdge\/\d/.test(agent);
  var missing = typeof Promise === "undefined" || typeof Symbol === "undefined" || typeof BigInt === "undefined" || typeof globalThis === "undefined";
  if (!oldEngine && !missing) return;
  window.__bureauEngineTooOld = true;

  function paragraph(text, lang) {
    var p = document.createElement("p");
    p.setAttribute("lang", lang);
    p.style.margin = "0 0 8px 0";
    p.appendChild(document.createTextNode(text));
    return p;
  }

  function show() {
    var box = document.createElement("div");
    box.setAttribute("role", "alert");
    box.setAttribute("data-testid", "engine-too-old");
    box.style.cssText =
      "font: 14px/1.5 'Microsoft YaHei','Segoe UI',sans-serif; padding: 12px; margin: 8px; border: 1px solid #c50f1f; background: #fdf3f4; color: #242424;";
    box.appendChild(paragraph(message.zh, "zh-CN"));
    box.appendChild(paragraph(message.en, "en"));
    document.body.insertBefore(box, document.body.firstChild);
    var container = document.getElementById("container");
    if (container) container.style.display = "none";
  }

  if (document.body) show();
  else document.addEventListener("DOMContentLoaded", show);
})();

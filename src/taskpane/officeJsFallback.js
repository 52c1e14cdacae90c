/**
 * office.js fallback (dist/office-js-fallback.js). Runs right after the page's office.js <script>
 * and before the add-in's bundles (which are deferred):
 *
 * - office.js came from Microsoft's CDN → window.__bureauOfficeJsSource = "cdn";
 * - the build chose the bundled copy (OFFICE_JS=local) → "bundled";
 * - the CDN could not be reached (an intranet without internet) → the bundled copy in
 *   office-js/ is written into the page, "fallback", and a small bilingual notice says so.
 *
 * Plain ES5 in a file of its own: the page's Content-Security-Policy allows no inline script.
 */
/* global window, document, location */
(function () {
  var w = window;
  var officeScript = document.querySelector('script[src$="office.js"]');
  var fromCdn = !!officeScript && /^https?:\/\//i.test(officeScript.getAttribute("src") || "") && officeScript.src.indexOf(location.origin + "/") !== 0;
  if (typeof w.Office !== "undefined") {
    w.__bureauOfficeJsSource = fromCdn ? "cdn" : "bundled";
    return;
  }
  if (!fromCdn) {
    w.__bureauOfficeJsSource = "none";
    return;
  }
  w.__bureauOfficeJsSource = "fallback";
  // office.js loads its host files (excel-win32-16.01.js …) from the folder of the first
  // office.js <script> it finds: drop the failed CDN one, so the bundled copy uses its own folder.
  officeScript.parentNode.removeChild(officeScript);
  // A parser-inserted script: it runs before the deferred bundles, as the CDN copy would have.
  document.write('<script src="office-js/office.js"></scr' + "ipt>");
  document.addEventListener("DOMContentLoaded", function () {
    var notice = document.createElement("div");
    notice.setAttribute("role", "status");
    notice.setAttribute("data-testid", "officejs-fallback-notice");
    notice.style.cssText =
      "font: 12px/1.4 'Microsoft YaHei','Segoe UI',sans-serif; padding: 4px 8px; background: #fff8e1; border-bottom: 1px solid #f0b400; color: #4d3800;";
    notice.textContent =
      "未能连接 Microsoft 的 office.js 服务器，已改用加载项自带的副本；较新的 Excel 功能可能不可用。" +
      " / Microsoft's office.js server could not be reached; the add-in's bundled copy is in use, so newer Excel features may be missing.";
    document.body.insertBefore(notice, document.body.firstChild);
  });
})();

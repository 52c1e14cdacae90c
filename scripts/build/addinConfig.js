/**
 * The two deployment settings every part of the build shares, so they are written once:
 *
 * - the add-in's origin (where dist/ is served): the manifest written to dist/ and every
 *   `helpUrl` of the functions metadata are derived from it. Set it with the environment variable
 *   ADDIN_ORIGIN, or `config.addin_origin` in package.json (default https://localhost:3000, the
 *   origin manifest.xml is written for);
 * - where the pages load office.js from (OFFICE_JS): Microsoft's production CDN by default,
 *   the CDN of Office 365 operated by 21Vianet in China (`OFFICE_JS=china`), or only the copy
 *   bundled in dist/office-js/ (`OFFICE_JS=local`). With a CDN, the page falls back to the
 *   bundled copy when the CDN cannot be reached (office-js-fallback.js).
 */
"use strict";
const path = require("path");

/** The origin manifest.xml is written for (npm start serves it). */
const DEV_ORIGIN = "https://localhost:3000";

/** Microsoft's office.js addresses (Office Add-ins docs: "Referencing the Office JavaScript API library"; 21Vianet guidance). */
const OFFICE_JS_CDN = Object.freeze({
  worldwide: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  china: "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js",
});

/** Where the build copies office.js from @microsoft/office-js, relative to the pages. */
const BUNDLED_OFFICE_JS = "office-js/office.js";

/**
 * The add-in's origin for this build.
 *
 * @param {Record<string, string | undefined>} [env] the environment (process.env by default)
 * @returns {string} an https origin without a trailing slash
 * @throws {Error} when the setting is no https origin (a bilingual message)
 * @example addinOrigin({ ADDIN_ORIGIN: "https://stats.example.cn/" }) // "https://stats.example.cn"
 */
function addinOrigin(env = process.env) {
  const configured = require(path.join(__dirname, "../../package.json")).config?.addin_origin;
  const value = env.ADDIN_ORIGIN || env.npm_package_config_addin_origin || configured || DEV_ORIGIN;
  let url;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || url.protocol !== "https:" || (url.pathname !== "/" && url.pathname !== "") || url.search || url.hash) {
    throw new Error(`ADDIN_ORIGIN must be an https origin such as https://stats.example.cn, not "${value}" / 加载项地址须为 https 源地址`);
  }
  return url.origin;
}

/**
 * Where the pages load office.js from.
 *
 * @param {Record<string, string | undefined>} [env] the environment (process.env by default)
 * @returns {{ mode: "cdn" | "china" | "local", url: string, origins: string[] }} the script URL
 *   the page references first, and the foreign origins the page may load script from
 * @throws {Error} for an unknown OFFICE_JS value
 * @example officeJsSetting({ OFFICE_JS: "china" }).origins // ["https://appsforoffice.cdn.partner.office365.cn"]
 */
function officeJsSetting(env = process.env) {
  const value = (env.OFFICE_JS || "cdn").toLowerCase();
  if (value === "cdn" || value === "worldwide") return { mode: "cdn", url: OFFICE_JS_CDN.worldwide, origins: [new URL(OFFICE_JS_CDN.worldwide).origin] };
  if (value === "china" || value === "21vianet") return { mode: "china", url: OFFICE_JS_CDN.china, origins: [new URL(OFFICE_JS_CDN.china).origin] };
  if (value === "local" || value === "bundled") return { mode: "local", url: BUNDLED_OFFICE_JS, origins: [] };
  throw new Error(`OFFICE_JS must be cdn, china or local, not "${value}" / OFFICE_JS 只能是 cdn、china 或 local`);
}

/**
 * The Content-Security-Policy of a page: scripts and connections only to the page's own origin
 * and the office.js origins, so no workbook data can be sent anywhere else.
 *
 * @param {{ officeJsOrigins?: string[] }} [options] the office.js origins the page may use
 * @returns {string} the policy, as a <meta http-equiv> tag carries it
 * @example contentSecurityPolicy().startsWith("default-src 'self'; script-src 'self';") // true
 */
function contentSecurityPolicy({ officeJsOrigins = [] } = {}) {
  const office = officeJsOrigins.map((origin) => ` ${origin}`).join("");
  return [
    "default-src 'self'",
    `script-src 'self'${office}`,
    `connect-src 'self'${office}`,
    // Fluent UI (Griffel) inserts its style rules at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

module.exports = { DEV_ORIGIN, OFFICE_JS_CDN, BUNDLED_OFFICE_JS, addinOrigin, officeJsSetting, contentSecurityPolicy };

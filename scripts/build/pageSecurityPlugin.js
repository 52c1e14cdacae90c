/**
 * A webpack plugin for the HTML pages html-webpack-plugin writes: it puts the page's
 * Content-Security-Policy first in <head> and, on pages that load office.js, replaces the
 * template's office.js <script> with the old-engine guard (engine-guard.js, ES5: on Internet
 * Explorer or the old Edge it shows what to do instead of a blank pane), then the configured
 * office.js (scripts/build/addinConfig.js), followed by office-js-fallback.js when that is a CDN:
 * if the CDN cannot be reached, the bundled copy in office-js/ is loaded instead and the pane says so.
 */
"use strict";
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { BUNDLED_OFFICE_JS, contentSecurityPolicy } = require("./addinConfig");
const { ENGINE_GUARD_SCRIPT } = require("./engineGuardPlugin");

/** The fallback loader's file name in dist/ (copied from src/taskpane/office-js-fallback.js). */
const FALLBACK_SCRIPT = "office-js-fallback.js";

/** A template's office.js <script> element, whatever path it names. */
const OFFICE_JS_TAG = /<script\b[^>]*\bsrc=(["'])[^"']*\boffice(?:\.debug)?\.js\1[^>]*>\s*<\/script>/g;

/**
 * Rewrites one page.
 *
 * @param {string} html the page as the template produced it
 * @param {{ officeJs?: { url: string, origins: string[] } }} options officeJs: the office.js
 *   setting for pages that load it (absent for pages without office.js)
 * @returns {string} the page with its policy and office.js scripts
 * @example securePage('<head><meta charset="utf-8" /></head>', {}) // adds the <meta http-equiv> after the charset
 */
function securePage(html, { officeJs } = {}) {
  const policy = contentSecurityPolicy({ officeJsOrigins: officeJs ? officeJs.origins : [] });
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  let page = /<meta charset=[^>]*>/i.test(html)
    ? html.replace(/<meta charset=[^>]*>/i, (tag) => `${tag}\n    ${meta}`)
    : html.replace(/<head>/i, `<head>\n    ${meta}`);
  if (officeJs) {
    const guard = `<script src="${ENGINE_GUARD_SCRIPT}"></script>\n    `;
    const scripts =
      officeJs.url === BUNDLED_OFFICE_JS
        ? `${guard}<script src="${BUNDLED_OFFICE_JS}"></script>\n    <script src="${FALLBACK_SCRIPT}"></script>`
        : `${guard}<script src="${officeJs.url}"></script>\n    <script src="${FALLBACK_SCRIPT}"></script>`;
    page = page.replace(OFFICE_JS_TAG, scripts);
  }
  return page;
}

class PageSecurityPlugin {
  /**
   * @param {{ officeJsPages?: string[], officeJs?: { url: string, origins: string[] } }} options
   *   officeJsPages: file names of the pages that load office.js; officeJs: where from
   */
  constructor(options = {}) {
    this.options = { officeJsPages: [], ...options };
  }

  apply(compiler) {
    compiler.hooks.compilation.tap("PageSecurityPlugin", (compilation) => {
      // Before minification, while the template's attribute quotes are still there.
      HtmlWebpackPlugin.getHooks(compilation).afterTemplateExecution.tap("PageSecurityPlugin", (data) => {
        const withOffice = this.options.officeJsPages.includes(data.outputName);
        data.html = securePage(data.html, { officeJs: withOffice ? this.options.officeJs : undefined });
        return data;
      });
    });
  }
}

module.exports = { PageSecurityPlugin, securePage, FALLBACK_SCRIPT };

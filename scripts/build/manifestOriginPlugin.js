/**
 * A webpack plugin that writes manifest.xml into dist/ for the add-in's origin
 * (scripts/build/addinConfig.js): the repository's manifest.xml is written for the development
 * origin https://localhost:3000, and every URL under that origin is moved to the configured one.
 * The functions' helpUrl values come from the same setting, so the two never disagree.
 */
"use strict";
const fs = require("fs");
const { DEV_ORIGIN } = require("./addinConfig");

/**
 * The manifest for another origin.
 *
 * @param {string} xml manifest.xml as written for the development origin
 * @param {string} origin the origin dist/ is served from
 * @returns {string} the manifest with every development URL moved to `origin`
 * @example manifestForOrigin('<IconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>', "https://stats.example.cn")
 *   // '<IconUrl DefaultValue="https://stats.example.cn/assets/icon-64.png"/>'
 */
function manifestForOrigin(xml, origin) {
  return xml.split(DEV_ORIGIN).join(origin);
}

class ManifestOriginPlugin {
  /** @param {{ template: string, output: string, origin: string }} options template: absolute path of manifest.xml */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { template, output, origin } = this.options;
    compiler.hooks.thisCompilation.tap("ManifestOriginPlugin", (compilation) => {
      const { Compilation, sources } = compiler.webpack;
      compilation.fileDependencies.add(template);
      compilation.hooks.processAssets.tap({ name: "ManifestOriginPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        if (!fs.existsSync(template)) return;
        compilation.emitAsset(output, new sources.RawSource(manifestForOrigin(fs.readFileSync(template, "utf8"), origin)));
      });
    });
  }
}

module.exports = { ManifestOriginPlugin, manifestForOrigin };

/**
 * A webpack plugin that writes functions.zh-CN.json next to the functions.json that
 * CustomFunctionsMetadataPlugin emits, using the FUNCTIONS helper's localizeMetadata and the
 * translations table. It stays silent until both the localizer and the table exist; from then
 * on a missing translation fails the build (localizeMetadata names every one).
 */
"use strict";
const fs = require("fs");

class LocalizeFunctionsPlugin {
  /**
   * @param {{ input: string, output: string, translations: string, localizer: string }} options
   *   input/output: asset names; translations and localizer: absolute file paths
   */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { input, output, translations, localizer } = this.options;
    compiler.hooks.thisCompilation.tap("LocalizeFunctionsPlugin", (compilation) => {
      const { Compilation, WebpackError, sources } = compiler.webpack;
      compilation.fileDependencies.add(translations);
      compilation.hooks.processAssets.tap({ name: "LocalizeFunctionsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        if (!fs.existsSync(translations) || !fs.existsSync(localizer)) {
          compilation.warnings.push(new WebpackError(`${output} not written: ${fs.existsSync(localizer) ? translations : localizer} does not exist yet`));
          return;
        }
        const asset = compilation.getAsset(input);
        if (!asset) return; // the metadata plugin already reported why
        try {
          delete require.cache[require.resolve(localizer)];
          const { localizeMetadata } = require(localizer);
          const zh = localizeMetadata(asset.source.source().toString(), JSON.parse(fs.readFileSync(translations, "utf8")));
          compilation.emitAsset(output, new sources.RawSource(JSON.stringify(zh, null, 2)));
        } catch (error) {
          compilation.errors.push(new WebpackError(`${output}: ${error.message}`));
        }
      });
    });
  }
}

module.exports = { LocalizeFunctionsPlugin };

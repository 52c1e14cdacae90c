/**
 * A webpack plugin for the functions metadata: it finishes the functions.json that
 * CustomFunctionsMetadataPlugin emits (allowErrorForDataTypeAny, helpUrl from the add-in's origin;
 * scripts/functions/finishMetadata.js) before the localizer copies it into functions.zh-CN.json,
 * and at the end checks both files against the metadata schema
 * (scripts/functions/validateMetadata.js): a problem fails the build.
 */
"use strict";
const { finishMetadata } = require("../functions/finishMetadata");
const { metadataProblems } = require("../functions/validateMetadata");

class FunctionsMetadataPlugin {
  /**
   * @param {{ files: string[], origin: string }} options files: the metadata assets, the
   *   default-language one first (it is finished; all are validated); origin: the add-in's origin
   */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { files, origin } = this.options;
    compiler.hooks.thisCompilation.tap("FunctionsMetadataPlugin", (compilation) => {
      const { Compilation, WebpackError, sources } = compiler.webpack;
      compilation.hooks.processAssets.tap({ name: "FunctionsMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(files[0]);
        if (!asset) return;
        try {
          const finished = finishMetadata(asset.source.source().toString(), { origin });
          compilation.updateAsset(files[0], new sources.RawSource(JSON.stringify(finished, null, 2)));
        } catch (error) {
          compilation.errors.push(new WebpackError(`${files[0]}: ${error.message}`));
        }
      });
      compilation.hooks.processAssets.tap({ name: "FunctionsMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ANALYSE }, () => {
        files.forEach((file, index) => {
          const asset = compilation.getAsset(file);
          if (!asset) return;
          let problems;
          try {
            problems = metadataProblems(JSON.parse(asset.source.source().toString()), { english: index === 0 });
          } catch (error) {
            problems = [error.message];
          }
          for (const problem of problems) compilation.errors.push(new WebpackError(`${file}: ${problem} / 自定义函数元数据不符合规范`));
        });
      });
    });
  }
}

module.exports = { FunctionsMetadataPlugin };

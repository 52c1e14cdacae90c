/**
 * A webpack plugin that emits the pane's old-engine guard (dist/engine-guard.js) from
 * src/taskpane/engineGuard.js with the catalogue's message in it: the message module
 * (src/core/messages/hostMessages.ts, which imports nothing) is transpiled with TypeScript and
 * read here, so the guard's words are the catalogue's words. The guard is plain ES5 and loads
 * first (pageSecurityPlugin.js puts its <script> before office.js).
 */
"use strict";
const fs = require("fs");
const path = require("path");

/** The guard's file name in dist/. */
const ENGINE_GUARD_SCRIPT = "engine-guard.js";

/**
 * The guard script with the message in place.
 *
 * @param {string} root the repository root
 * @returns {string} the script
 */
function engineGuardSource(root) {
  const ts = require("typescript");
  const messagesFile = path.join(root, "src/core/messages/hostMessages.ts");
  const { outputText } = ts.transpileModule(fs.readFileSync(messagesFile, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
    fileName: messagesFile,
  });
  const module = { exports: {} };
  new Function("module", "exports", outputText)(module, module.exports);
  const message = module.exports.HOST_MESSAGES.engineTooOld;
  const template = fs.readFileSync(path.join(root, "src/taskpane/engineGuard.js"), "utf8");
  if (!template.includes("ENGINE_MESSAGE;")) throw new Error("engineGuard.js has no ENGINE_MESSAGE placeholder");
  return template.replace("ENGINE_MESSAGE;", `${JSON.stringify({ zh: message.zh, en: message.en })};`);
}

class EngineGuardPlugin {
  /** @param {{ root: string }} options the repository root */
  constructor(options) {
    this.root = options.root;
  }

  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap("EngineGuardPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "EngineGuardPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset(ENGINE_GUARD_SCRIPT, new RawSource(engineGuardSource(this.root)));
        compilation.fileDependencies.add(path.join(this.root, "src/taskpane/engineGuard.js"));
        compilation.fileDependencies.add(path.join(this.root, "src/core/messages/hostMessages.ts"));
      });
    });
  }
}

module.exports = { EngineGuardPlugin, engineGuardSource, ENGINE_GUARD_SCRIPT };

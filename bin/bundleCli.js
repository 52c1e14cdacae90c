/**
 * Bundles the transpiled command line (dist/cli/) into one main file and its lazy chunks
 * (webpack.cli.config.js). Webpack writes into a folder of its own first; each file is then renamed
 * into place, the main file last, so a command started meanwhile loads a whole bundle: the old one
 * or the new one (the chunks' names do not change from one build to the next).
 */
"use strict";
const fs = require("fs");
const path = require("path");

/**
 * @param {string} root the repository (where webpack.cli.config.js is)
 * @param {string} out the bundle's folder
 * @returns {Promise<void>} rejects with webpack's errors
 */
function bundleCli(root, out) {
  const webpack = require("webpack");
  const aside = `${out}.${process.pid}.tmp`;
  fs.rmSync(aside, { recursive: true, force: true });
  const config = require(path.join(root, "webpack.cli.config.js"))(aside);
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error || stats.hasErrors()) {
        fs.rmSync(aside, { recursive: true, force: true });
        reject(error ?? new Error(stats.toString({ all: false, errors: true })));
        return;
      }
      fs.mkdirSync(out, { recursive: true });
      const files = fs.readdirSync(aside).sort((a, b) => (a === "main.js") - (b === "main.js"));
      for (const file of files) fs.renameSync(path.join(aside, file), path.join(out, file));
      fs.rmSync(aside, { recursive: true, force: true });
      resolve();
    });
  });
}

module.exports = { bundleCli };

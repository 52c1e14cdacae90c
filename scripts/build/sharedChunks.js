/**
 * The add-in's split-chunks rule. The runtime page (taskpane.html) runs three entries —
 * functions, commands and taskpane — and without splitting each carried its own copy of the
 * core code they share. Two chunks take the shared modules instead, each loaded once:
 *
 * - `core`: modules the functions entry shares with another chunk. It is part of what
 *   functions.js loads, so it must stay React-free and small (the bundle-size plugin checks both);
 * - `shared`: modules two other chunks share (the commands and the pane, or the pane's
 *   on-demand part), which the functions never load.
 *
 * Nothing else is split, so no vendor chunk can drag React into the functions' load path.
 */
"use strict";

/** The chunks that hold a module (entry chunks and on-demand chunks), as { inFunctions, others }. */
function whereIs(module, chunkGraph, functions) {
  const chunks = Array.from(chunkGraph.getModuleChunksIterable(module));
  return { inFunctions: chunks.some((chunk) => chunk.name === functions), others: chunks.filter((chunk) => chunk.name !== functions).length };
}

/**
 * The `optimization.splitChunks` setting of webpack.config.js.
 *
 * @param {{ functions?: string }} [names] the name of the functions entry
 * @returns {object} webpack's splitChunks options
 * @example sharedChunks().cacheGroups.core.name // "core"
 */
function sharedChunks({ functions = "functions" } = {}) {
  return {
    chunks: "all",
    minSize: 0,
    cacheGroups: {
      default: false,
      defaultVendors: false,
      core: {
        name: "core",
        priority: 20,
        enforce: true,
        test: (module, { chunkGraph }) => {
          const where = whereIs(module, chunkGraph, functions);
          return where.inFunctions && where.others > 0;
        },
      },
      shared: {
        name: "shared",
        priority: 10,
        enforce: true,
        test: (module, { chunkGraph }) => {
          const where = whereIs(module, chunkGraph, functions);
          return !where.inFunctions && where.others >= 2;
        },
      },
    },
  };
}

module.exports = { sharedChunks };

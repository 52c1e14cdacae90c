/**
 * V8's code cache for the command line's bundle (dist/cli-bundle/: its main file and lazy chunks,
 * the only modules bin/bureau-stats.js passes as roots). Compiling them is a large part of a run's
 * fixed cost; V8 can hand back the bytecode of a script
 * it compiled before (`vm.Script` with `cachedData`). Each module's cache is made at the end of the
 * run that first loads it, once its functions have run, so it holds the functions a run compiles
 * lazily too; it is keyed by the module's path and text (a CRC-32 of its bytes and their length, as
 * Node 22's own compile cache keys them: a SHA-1 of the 2.6 MB bundle's text cost 5–10 ms of every
 * run), and V8 refuses one made by another version or with other flags (then the module is compiled
 * as usual and its cache made again).
 * Nothing here decides what a module does: any failure falls back to Node's own loading, and a
 * cache that cannot be written is simply not written. Node 22's module.enableCompileCache() does
 * the same; this is for Node 20.
 */
"use strict";
const fs = require("fs");
const Module = require("module");
const path = require("path");
const vm = require("vm");
const { crc32 } = require("zlib");

/** The command line's own entry module (bin/bureau-stats.js), as `require.main` is to Node's loader. */
const launcher = require.main;

/**
 * Loads modules under `roots` through the cache kept in `dir` from now on.
 *
 * @param {string} dir where the caches are kept (made when missing)
 * @param {string[]} roots folders whose modules are cached
 */
function useCodeCache(dir, roots) {
  const loadJs = Module._extensions[".js"];
  const made = [];
  // Node's loader calls the ".js" handler with the module being loaded and its file: the file's bytes
  // are read here once, for the key and (decoded) for the module's text.
  const loadCached = (module, filename) => {
    const bytes = fs.readFileSync(filename);
    const content = bytes.toString("utf8");
    const key = `${path.basename(filename, ".js")}-${crc32(filename).toString(16)}-${crc32(bytes).toString(16)}-${bytes.length}`;
    const file = path.join(dir, `${key}.bin`);
    let cachedData;
    try {
      cachedData = fs.readFileSync(file);
    } catch {
      cachedData = undefined;
    }
    let script;
    try {
      // A "#!" line is a comment to Node's loader; inside the wrapper it would be a syntax error.
      const source = content.startsWith("#!") ? `//${content.slice(2)}` : content;
      script = new vm.Script(Module.wrap(source), { filename, cachedData });
    } catch {
      return module._compile(content, filename);
    }
    if (cachedData === undefined || script.cachedDataRejected) made.push({ script, file });
    const require = (id) => module.require(id);
    require.resolve = (request, options) => Module._resolveFilename(request, module, false, options);
    require.main = launcher;
    require.cache = Module._cache;
    require.extensions = Module._extensions;
    const wrapper = script.runInThisContext({ displayErrors: true });
    return wrapper.call(module.exports, module.exports, require, module, filename, path.dirname(filename));
  };
  Module._extensions[".js"] = function (module, filename) {
    if (!roots.some((root) => filename.startsWith(root))) return loadJs.call(this, module, filename);
    return loadCached(module, filename);
  };
  process.once("exit", () => {
    if (made.length === 0) return;
    try {
      fs.mkdirSync(dir, { recursive: true });
      for (const { script, file } of made) {
        // Written aside and renamed: a run starting meanwhile reads a whole cache or none.
        const aside = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(aside, script.createCachedData());
        fs.renameSync(aside, file);
      }
    } catch {
      // A read-only install runs without the cache.
    }
  });
}

module.exports = { useCodeCache };

/**
 * After the WPS build is written: publish.xml and jsplugins.xml beside the add-in folder, a .zip of
 * the folder (what IT serves for the jsplugins.xml route), then checkPackage — the build fails when
 * the package is wrong, and prints its size.
 */
const fs = require("fs");
const path = require("path");
const { zipSync } = require("fflate");
const { publishXml, jsPluginsXml, folderSize } = require("./addinPackage");
const { checkPackage } = require("./checkPackage");

function zipFolder(dir, prefix) {
  const files = {};
  const walk = (d, rel) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      const name = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(full, name);
      else files[`${prefix}/${name}`] = new Uint8Array(fs.readFileSync(full));
    }
  };
  walk(dir, "");
  return zipSync(files, { level: 9 });
}

class WpsPackagePlugin {
  /** @param {{ root: string, folder: string, version: string, url?: string }} options */
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    compiler.hooks.afterEmit.tap("WpsPackagePlugin", (compilation) => {
      const { root, folder, version, url } = this.options;
      fs.writeFileSync(path.join(root, "publish.xml"), publishXml(version));
      fs.writeFileSync(path.join(root, "jsplugins.xml"), jsPluginsXml(version, url || `${folder}.zip`));
      const zip = zipFolder(path.join(root, folder), folder);
      fs.writeFileSync(path.join(root, `${folder}.zip`), zip);
      const result = checkPackage(root, folder);
      for (const p of result.problems) compilation.errors.push(new Error(`WPS package: ${p}`));
      const size = folderSize(path.join(root, folder));
      console.log(`WPS add-in ${folder}: ${size.files} files, ${(size.bytes / 1024).toFixed(0)} KiB; ${folder}.zip ${(zip.length / 1024).toFixed(0)} KiB`);
    });
  }
}

module.exports = { WpsPackagePlugin, zipFolder };

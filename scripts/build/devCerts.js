/**
 * The dev server's transport: HTTPS with office-addin-dev-certs' certificates when they exist
 * (Office requires https for sideloaded add-ins), otherwise plain HTTP with a clear message.
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");

const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

/**
 * The webpack-dev-server `server` option for this machine.
 *
 * @returns {string | { type: "https", options: { key: Buffer, cert: Buffer, ca?: Buffer } }} "http" or the https option
 * @example devServerHttps() // "http" on a machine without dev certificates
 */
function devServerHttps() {
  const key = path.join(CERT_DIR, "localhost.key");
  const cert = path.join(CERT_DIR, "localhost.crt");
  const ca = path.join(CERT_DIR, "ca.crt");
  if (fs.existsSync(key) && fs.existsSync(cert)) {
    const options = { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
    if (fs.existsSync(ca)) options.ca = fs.readFileSync(ca);
    return { type: "https", options };
  }
  console.warn(
    `\n  No dev certificates in ${CERT_DIR}: serving over HTTP. Office needs HTTPS to sideload;\n` +
      `  run "npx office-addin-dev-certs install" to create them.\n` +
      `  未找到开发证书，使用 HTTP 提供服务；Office 加载项需要 HTTPS，请先运行 npx office-addin-dev-certs install。\n`,
  );
  return "http";
}

module.exports = { devServerHttps, CERT_DIR };

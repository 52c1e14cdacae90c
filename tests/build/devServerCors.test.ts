/**
 * The development server sends Access-Control-Allow-Origin with the functions' metadata (issue 27,
 * item 12; office-js-docs-pr#1920): Excel on the web fetches functions.json and functions.zh-CN.json
 * from its own origin, and without the header the BUREAU.* functions are missing on the web. The
 * server runs with the project's own devServer settings (webpack.config.js) over a tiny compilation
 * that emits the two files, so the test checks the header the dev server really sends, in seconds.
 */
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const projectConfig = require("../../webpack.config.js") as (env: object, argv: object) => { devServer: WebpackDevServer.Configuration };

function get(port: number, file: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: "localhost", port, path: `/${file}`, headers: { Origin: "https://excel.officeapps.live.com" } }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on("error", reject);
  });
}

test("functions.json and functions.zh-CN.json come with Access-Control-Allow-Origin from the dev server", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dev-cors-"));
  fs.writeFileSync(path.join(dir, "entry.js"), "module.exports = 1;\n");
  const emitMetadata = {
    apply(compiler: webpack.Compiler) {
      compiler.hooks.thisCompilation.tap("Metadata", (compilation) => {
        compilation.hooks.processAssets.tap({ name: "Metadata", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
          for (const file of ["functions.json", "functions.zh-CN.json"]) compilation.emitAsset(file, new webpack.sources.RawSource('{"functions":[]}'));
        });
      });
    },
  };
  const compiler = webpack({ mode: "development", context: dir, entry: "./entry.js", output: { path: path.join(dir, "dist") }, plugins: [emitMetadata] });
  const settings = projectConfig({}, { mode: "development" }).devServer;
  const port = 30000 + (process.pid % 20000);
  const server = new WebpackDevServer({ ...settings, port, static: false, open: false, client: false, webSocketServer: false }, compiler);
  await server.start();
  try {
    for (const file of ["functions.json", "functions.zh-CN.json"]) {
      const response = await get(port, file);
      expect(response.status).toBe(200);
      expect(response.body).toBe('{"functions":[]}');
      expect(response.headers["access-control-allow-origin"]).toBe("*");
    }
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120000);

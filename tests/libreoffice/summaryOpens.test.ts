/**
 * LibreOffice opens what the command line writes from the fidelity fixture (tests/fixtures/fidelity.xlsm:
 * the sample plus a user's chart, an image, a pivot table, validation, conditional formatting and a
 * macro part): soffice's headless HTML export lists every sheet and draws each chart and image to
 * a PNG, so the user's chart, the user's image and every summary chart must come out. Needs
 * LibreOffice (CI installs libreoffice-calc-nogui); skipped without it outside CI.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";

const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p));
const BIN = path.join(__dirname, "../../bin/bureau-stats.js");
const FIXTURE = path.join(__dirname, "../fixtures/fidelity.xlsm");
const run = soffice || process.env.CI === "true" ? test : test.skip;

run(
  "LibreOffice opens the .summary.xlsm of the fidelity fixture and draws the user's chart and image and every summary chart",
  async () => {
    if (!soffice) throw new Error("No LibreOffice (soffice): install libreoffice-calc-nogui; CI must open the outputs.");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bureau-lo-"));
    try {
      const cli = spawnSync(process.execPath, [BIN, "summarize", FIXTURE, "--out", dir], { encoding: "utf8", timeout: 60000 });
      expect(cli.status).toBe(0);
      const output = path.join(dir, "fidelity.summary.xlsm");
      const zip = await JSZip.loadAsync(fs.readFileSync(output));
      const charts = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).length;
      // A private profile, so this soffice does not collide with another test's.
      execFileSync(soffice, [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--convert-to", "html", "--outdir", dir, output], {
        stdio: "pipe",
        timeout: 120000,
      });
      const html = fs.readFileSync(path.join(dir, "fidelity.summary.html"), "utf8");
      for (const sheet of ["事故分县统计", "附件", "汇总"]) expect(html).toContain(sheet);
      const images = [...html.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1]);
      // Every chart part (the user's and the summary's) plus the user's image.
      expect(images).toHaveLength(charts + 1);
      for (const image of images) expect(fs.statSync(path.join(dir, image)).size).toBeGreaterThan(100);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  180000,
);

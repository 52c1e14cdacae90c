/**
 * The deployment settings shared by the build (scripts/build/addinConfig.js) and what they write
 * into the pages and the manifest: the office.js address (Microsoft's CDN by default; the 21Vianet
 * CDN for Office 365 operated in China, per Microsoft's guidance for that cloud; the bundled copy),
 * the Content-Security-Policy, and one origin for the manifest and the functions' helpUrl.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const { addinOrigin, officeJsSetting, contentSecurityPolicy, OFFICE_JS_CDN } = require("../../scripts/build/addinConfig");
const { securePage } = require("../../scripts/build/pageSecurityPlugin");
const { manifestForOrigin } = require("../../scripts/build/manifestOriginPlugin");
/* eslint-enable @typescript-eslint/no-require-imports */
import * as fs from "fs";
import * as path from "path";

const TEMPLATE = fs.readFileSync(path.join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");

describe("office.js setting", () => {
  test("defaults to Microsoft's production CDN", () => {
    expect(officeJsSetting({})).toEqual({
      mode: "cdn",
      url: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      origins: ["https://appsforoffice.microsoft.com"],
    });
  });

  test("OFFICE_JS=china picks the CDN of Office 365 operated by 21Vianet", () => {
    expect(officeJsSetting({ OFFICE_JS: "china" }).url).toBe("https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js");
    expect(officeJsSetting({ OFFICE_JS: "21vianet" }).origins).toEqual(["https://appsforoffice.cdn.partner.office365.cn"]);
  });

  test("OFFICE_JS=local uses only the bundled copy, and an unknown value is refused in both languages", () => {
    expect(officeJsSetting({ OFFICE_JS: "local" })).toEqual({ mode: "local", url: "office-js/office.js", origins: [] });
    expect(() => officeJsSetting({ OFFICE_JS: "intranet" })).toThrow(/OFFICE_JS must be cdn, china or local.*只能是/);
  });
});

describe("the Content-Security-Policy", () => {
  test("allows scripts and connections only from the page's own origin and the office.js origin", () => {
    const policy = contentSecurityPolicy({ officeJsOrigins: ["https://appsforoffice.microsoft.com"] });
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(policy).toContain("connect-src 'self' https://appsforoffice.microsoft.com;");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/unsafe-eval|\*/);
  });

  test("is the first thing after the charset in the pane, followed by the old-engine guard, the CDN script and then the fallback loader", () => {
    const page = securePage(TEMPLATE, { officeJs: officeJsSetting({}) });
    const head = page.slice(page.indexOf("<head>"), page.indexOf("</head>"));
    expect(head.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(head.indexOf("<script"));
    expect(head).toContain(
      `<script src="engine-guard.js"></script>\n    <script src="${OFFICE_JS_CDN.worldwide}"></script>\n    <script src="office-js-fallback.js"></script>`,
    );
    expect(head.indexOf("<script")).toBe(head.indexOf('<script src="engine-guard.js">'));
    expect(head).not.toContain('src="office-js/office.js"');
  });

  test("on the workbench (no office.js) allows its own origin only", () => {
    const page = securePage('<html><head><meta charset="utf-8" /></head><body></body></html>', {});
    expect(page).toContain(`content="default-src 'self'; script-src 'self'; connect-src 'self';`);
  });
});

describe("one origin for the manifest and the functions' helpUrl", () => {
  test("comes from ADDIN_ORIGIN, else package.json's config.addin_origin", () => {
    expect(addinOrigin({})).toBe("https://localhost:3000");
    expect(addinOrigin({ ADDIN_ORIGIN: "https://stats.example.cn/" })).toBe("https://stats.example.cn");
  });

  test("must be an https origin without a path", () => {
    for (const bad of ["http://stats.example.cn", "https://stats.example.cn/addin", "stats.example.cn"]) {
      expect(() => addinOrigin({ ADDIN_ORIGIN: bad })).toThrow(/https origin.*加载项地址/);
    }
  });

  test("moves every URL of manifest.xml to that origin", () => {
    const xml = fs.readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");
    const moved = manifestForOrigin(xml, "https://stats.example.cn");
    expect(moved).not.toContain("localhost:3000");
    expect(moved.match(/https:\/\/stats\.example\.cn\//g)?.length).toBe(xml.match(/https:\/\/localhost:3000\//g)?.length);
  });
});

/**
 * Deployment: `ADDIN_URL=https://host/path/ npm run build` points every URL of dist/web/manifest.xml
 * at that server, through the very transform webpack's copy step runs; without it the build keeps
 * the local address. The manifests are also read by office-addin-manifest, whose offline reader is
 * what the Office tooling uses (its `validate` posts the file to a Microsoft service: not here).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";

const ROOT = join(__dirname, "..", "..");
const SOURCE = readFileSync(join(ROOT, "manifest.xml"), "utf8");

// CommonJS build scripts, loaded as webpack loads them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addinBase, manifestAt, LOCAL_BASE } = require("../../scripts/addin-url.js") as {
  addinBase: (raw: string | undefined) => string;
  manifestAt: (xml: string, base: string) => string;
  LOCAL_BASE: string;
};

interface CopyPattern {
  from: string;
  transform?: (content: Buffer) => string;
}

type WebpackConfig = (env: object, argv: object) => { plugins: { patterns?: CopyPattern[] }[] };

/** The manifest exactly as webpack's copy step writes it with this ADDIN_URL. */
function builtManifest(addinUrl: string | undefined): string {
  const saved = process.env.ADDIN_URL;
  if (addinUrl === undefined) delete process.env.ADDIN_URL;
  else process.env.ADDIN_URL = addinUrl;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require("../../webpack.config.js") as WebpackConfig;
    const config = makeConfig({}, { mode: "production" });
    const pattern = config.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.from === "manifest.xml");
    if (!pattern?.transform) throw new Error("webpack.config.js copies manifest.xml without transforming it");
    return pattern.transform(Buffer.from(SOURCE, "utf8"));
  } finally {
    if (saved === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = saved;
  }
}

/** Every URL the manifest names: attribute values and element text that are addresses. */
function urlsOf(xml: string): string[] {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const urls: string[] = [];
  for (const e of Array.from(doc.getElementsByTagName("*"))) {
    for (const a of Array.from(e.attributes)) {
      // Namespace names are identifiers that look like addresses, not places the add-in loads from.
      if (!a.name.startsWith("xmlns") && /^https?:/i.test(a.value)) urls.push(a.value);
    }
    if (e.childNodes.length === 1 && /^https?:/i.test(e.textContent ?? "")) urls.push(e.textContent ?? "");
  }
  return urls;
}

interface ManifestInfo {
  id?: string;
  version?: string;
  displayName?: string;
  defaultLocale?: string;
  appDomains?: string[];
  hosts?: string[];
  iconUrl?: string;
  defaultSettings?: { sourceLocation?: string };
}

/**
 * What office-addin-manifest reads from the file. In a child Node: the package pulls in ES modules
 * that Node loads by itself but jest's CommonJS runtime does not.
 */
function officeReads(xml: string): ManifestInfo {
  const dir = mkdtempSync(join(tmpdir(), "kdcl-manifest-"));
  try {
    const file = join(dir, "manifest.xml");
    writeFileSync(file, xml);
    const script =
      "require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1])" +
      ".then((i) => process.stdout.write(JSON.stringify(i)), (e) => { process.stderr.write(String(e)); process.exit(1); })";
    const run = spawnSync(process.execPath, ["-e", script, file], { cwd: ROOT, encoding: "utf8" });
    if (run.status !== 0) throw new Error(`office-addin-manifest cannot read it: ${run.stderr}`);
    return JSON.parse(run.stdout) as ManifestInfo;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the deployment address", () => {
  test("is checked and normalised: HTTPS only, a folder with its trailing slash", () => {
    expect(addinBase(undefined)).toBe("https://localhost:3000/");
    expect(addinBase("  ")).toBe(LOCAL_BASE);
    expect(addinBase("https://kdcl.sogd.quangngai.gov.vn")).toBe("https://kdcl.sogd.quangngai.gov.vn/");
    expect(addinBase("https://intranet.ubnd-sonha.vn/addins/kdcl")).toBe(
      "https://intranet.ubnd-sonha.vn/addins/kdcl/",
    );
    expect(addinBase("https://10.0.0.5:8443/kdcl/")).toBe("https://10.0.0.5:8443/kdcl/");
    expect(() => addinBase("http://intranet/kdcl/")).toThrow(/phải bắt đầu bằng https:\/\/.*must start with/);
    expect(() => addinBase("intranet/kdcl")).toThrow(/không phải địa chỉ web/);
    expect(() => addinBase("https://host/kdcl/?v=2")).toThrow(/chỉ gồm máy chủ và thư mục/);
    expect(() => addinBase("https://admin:pw@host/kdcl/")).toThrow(/chỉ gồm máy chủ và thư mục/);
  });

  test("a wrong ADDIN_URL stops the build with one line and exit code 2", () => {
    const run = spawnSync(
      process.execPath,
      [join(ROOT, "node_modules", ".bin", "webpack"), "--mode", "production"],
      {
        cwd: ROOT,
        env: { ...process.env, ADDIN_URL: "http://intranet/kdcl" },
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual([
      "ADDIN_URL phải bắt đầu bằng https:// (Office chỉ nạp add-in qua HTTPS): http://intranet/kdcl " +
        "(ADDIN_URL must start with https:// (Office loads add-ins over HTTPS only): http://intranet/kdcl)",
    ]);
  });

  test("moves every URL of the built manifest under the address, with nothing left on localhost", () => {
    const base = "https://kdcl.sogd.quangngai.gov.vn/addin/";
    const xml = builtManifest("https://kdcl.sogd.quangngai.gov.vn/addin");
    expect(xml).not.toMatch(/localhost/);
    const urls = urlsOf(xml);
    expect(urls.length).toBe(urlsOf(SOURCE).length);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      if (url === "https://kdcl.sogd.quangngai.gov.vn") continue; // the app domain: an origin
      expect(url.startsWith(base)).toBe(true);
    }
    expect(xml).toContain("<AppDomain>https://kdcl.sogd.quangngai.gov.vn</AppDomain>");
    expect(xml).toContain(`<SourceLocation DefaultValue="${base}taskpane.html"/>`);
    expect(xml).toContain(`<bt:Url id="Commands.Url" DefaultValue="${base}commands.html"/>`);
    // Only the addresses moved: the rest of the manifest is the repository's, line for line.
    expect(xml.split("\n").length).toBe(SOURCE.split("\n").length);
    expect(manifestAt(SOURCE, base)).toBe(xml);

    const info = officeReads(xml);
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(info.displayName).toBe("Kiểm định & CQG");
    expect(info.defaultLocale).toBe("vi-VN");
    expect(info.defaultSettings?.sourceLocation).toBe(`${base}taskpane.html`);
    expect(info.appDomains).toEqual(["https://kdcl.sogd.quangngai.gov.vn"]);
    expect(info.hosts).toEqual(["Workbook", "Document"]);
    expect(info.iconUrl).toBe(`${base}assets/icon-32.png`);
  });

  test("escapes what XML needs in an address", () => {
    const xml = builtManifest("https://intranet.vn/phong&ban/kdcl");
    expect(xml).toContain('DefaultValue="https://intranet.vn/phong&amp;ban/kdcl/taskpane.html"');
    expect(new DOMParser().parseFromString(xml, "text/xml").getElementsByTagName("parsererror").length).toBe(
      0,
    );
  });

  test("without an address the build keeps the local one, and the real build says so", () => {
    expect(builtManifest(undefined)).toBe(SOURCE);
    const built = join(ROOT, "dist", "web", "manifest.xml");
    if (!existsSync(built)) throw new Error(`${built} is not built: run \`npm run build:web\`.`);
    const xml = readFileSync(built, "utf8");
    const info = officeReads(xml);
    expect(info.defaultSettings?.sourceLocation).toBe(`${LOCAL_BASE}taskpane.html`);
    for (const url of urlsOf(xml)) expect(url.startsWith("https://localhost:3000")).toBe(true);
  });
});

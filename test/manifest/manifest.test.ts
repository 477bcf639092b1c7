import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import type { Element } from "@xmldom/xmldom";

const ROOT = join(__dirname, "..", "..");
const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "text/xml");

const all = (tag: string): Element[] => Array.from(doc.getElementsByTagName(tag));
const one = (tag: string): Element => {
  const found = all(tag);
  expect(found).toHaveLength(1);
  return found[0] as Element;
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const b = readFileSync(path);
  expect(b.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

const resources = new Map<string, string>();
for (const tag of ["bt:Image", "bt:Url", "bt:String"]) {
  for (const e of all(tag)) {
    const id = e.getAttribute("id");
    if (id) resources.set(id, e.getAttribute("DefaultValue") ?? "");
  }
}

describe("manifest.xml", () => {
  test("is well-formed, a task pane add-in with a GUID id, Vietnamese by default", () => {
    const root = doc.documentElement;
    expect(root?.nodeName).toBe("OfficeApp");
    expect(root?.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(one("Id").textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(one("Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(one("DefaultLocale").textContent).toBe("vi-VN");
    expect(one("DisplayName").getAttribute("DefaultValue")).toBe("Kiểm định & CQG");
  });

  test("serves Excel and Word, with their own command surfaces", () => {
    expect(
      all("Host")
        .filter((h) => h.getAttribute("Name"))
        .map((h) => h.getAttribute("Name")),
    ).toEqual(["Workbook", "Document"]);
    const overrides = all("Host").filter((h) => h.getAttribute("xsi:type"));
    expect(overrides.map((h) => h.getAttribute("xsi:type"))).toEqual(["Workbook", "Document"]);
  });

  test("puts a group on the Home tab: a function command to check and a button to open the pane", () => {
    const excel = all("Host").find((h) => h.getAttribute("xsi:type") === "Workbook") as Element;
    const controls = Array.from(excel.getElementsByTagName("Control"));
    const ids = controls.map((c) => c.getAttribute("id"));
    expect(new Set(ids).size).toBe(ids.length);
    const actions = controls.map((c) => c.getElementsByTagName("Action")[0]?.getAttribute("xsi:type"));
    expect(actions).toEqual(["ExecuteFunction", "ShowTaskpane"]);
    expect(excel.getElementsByTagName("FunctionName")[0]?.textContent).toBe("validateActiveSheet");
    expect(excel.getElementsByTagName("OfficeTab")[0]?.getAttribute("id")).toBe("TabHome");
    const labels = controls.map((c) =>
      resources.get(c.getElementsByTagName("Label")[0]?.getAttribute("resid") ?? ""),
    );
    expect(labels).toEqual(["Kiểm tra danh sách", "Kiểm định & CQG"]);
  });

  test("every resid points at a resource, and every string has an English override", () => {
    for (const e of all("*")) {
      const resid = e.getAttribute("resid");
      if (resid) expect(resources.has(resid)).toBe(true);
    }
    for (const s of all("bt:String")) {
      const en = Array.from(s.getElementsByTagName("bt:Override")).find(
        (o) => o.getAttribute("Locale") === "en-US",
      );
      expect(en?.getAttribute("Value")).toBeTruthy();
    }
  });

  test("URLs are HTTPS on the dev server and name pages the build produces", () => {
    const webpack = readFileSync(join(ROOT, "webpack.config.js"), "utf8");
    for (const [id, url] of resources) {
      if (!id.endsWith(".Url")) continue;
      expect(url).toMatch(/^https:\/\/localhost:3000\/[\w-]+\.html$/);
      expect(webpack).toContain(`filename: "${url.replace(/^.*\//, "")}"`);
    }
    const defaults = one("DefaultSettings").getElementsByTagName("SourceLocation")[0];
    expect(defaults?.getAttribute("DefaultValue")).toBe("https://localhost:3000/taskpane.html");
  });

  test("every icon it names exists in assets/ at the size it claims", () => {
    const definitions = all("bt:Image").filter((i) => i.getAttribute("id"));
    expect(definitions.length).toBeGreaterThan(0);
    const sized = definitions.map((i) => {
      const url = i.getAttribute("DefaultValue") ?? "";
      const uses = all("bt:Image").filter((u) => u.getAttribute("resid") === i.getAttribute("id"));
      return { url, sizes: uses.map((u) => Number(u.getAttribute("size"))) };
    });
    sized.push({ url: one("IconUrl").getAttribute("DefaultValue") ?? "", sizes: [32] });
    sized.push({ url: one("HighResolutionIconUrl").getAttribute("DefaultValue") ?? "", sizes: [64] });
    for (const { url, sizes } of sized) {
      const file = join(ROOT, "assets", url.replace(/^.*\/assets\//, ""));
      expect(existsSync(file)).toBe(true);
      const { width, height } = pngSize(file);
      expect(width).toBe(height);
      for (const s of sizes) expect(width).toBe(s);
      // The file name says the size too (icon-32.png), so a wrong reference shows.
      expect(file).toMatch(new RegExp(`-${width}\\.png$`));
    }
    for (const size of [16, 32, 64, 80])
      expect(existsSync(join(ROOT, "assets", `icon-${size}.png`))).toBe(true);
  });
});

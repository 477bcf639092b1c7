import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ruleCatalogueMarkdown } from "../../src/app/help";
import { RULES } from "../../src/core/rules/registry";

const README = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");

describe("README", () => {
  test("opens with the two commands: install and run, and test", () => {
    const firstBlock = /```bash\n([\s\S]*?)```/.exec(README)?.[1] ?? "";
    expect(firstBlock).toMatch(/^npm ci && npm start\b/m);
    expect(firstBlock).toMatch(/^npm test\b/m);
  });

  test.each(["vi", "en"] as const)("carries the %s rule catalogue exactly as the registry says", (lang) => {
    const block = new RegExp(`<!-- rules:${lang}:start -->\\n([\\s\\S]*?)\\n<!-- rules:${lang}:end -->`).exec(
      README,
    );
    expect(block?.[1]).toBe(ruleCatalogueMarkdown(lang));
  });

  test("every rule id of the registry appears in the catalogue", () => {
    for (const rule of RULES) expect(README).toContain(`\`${rule.id}\``);
  });
});

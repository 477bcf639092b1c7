#!/usr/bin/env node
"use strict";
// Sample plan document: checks the Kon Tum test list, builds its 2023 plan and writes it to
// dist/samples/ke-hoach-mau.docx (ke-hoach-mau.en.docx with --en); converts it to PDF beside it when
// LibreOffice (`soffice`) is installed. A look-and-feel check, not part of `npm test`.
//
//   node scripts/plan-pdf.js [--en] [--no-pdf]
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const ts = require("typescript");

const root = path.join(__dirname, "..");

// Load the TypeScript sources directly: each .ts file is transpiled to CommonJS when first required.
require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
    },
  });
  module._compile(outputText, filename);
};

const { KONTUM_PLAN_YEAR, kontumWorkbook } = require(path.join(root, "test/fixtures/kontum.ts"));
const { gridsFromWorkbook } = require(path.join(root, "src/hosts/file/workbook.ts"));
const { validate } = require(path.join(root, "src/core/validate.ts"));
const { summarize } = require(path.join(root, "src/core/summary/summary.ts"));
const { buildPlan } = require(path.join(root, "src/core/plan/build.ts"));
const { PLAN_SECTIONS } = require(path.join(root, "src/core/plan/model.ts"));
const { renderPlanDocx } = require(path.join(root, "src/render/docx/render.ts"));

function hasCommand(name) {
  return spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status === 0;
}

async function main(args) {
  const lang = args.includes("--en") ? "en" : "vi";
  const options = { planYear: KONTUM_PLAN_YEAR };
  const result = validate(gridsFromWorkbook(kontumWorkbook()), options);
  const plan = buildPlan({
    summary: summarize(result.tables, options),
    records: result.tables.flatMap((t) => t.records),
    header: {
      issuingBody: "Ủy ban nhân dân\nthành phố Kon Tum",
      place: "Kon Tum",
      number: "",
      date: null,
      planYear: KONTUM_PLAN_YEAR,
    },
    sections: PLAN_SECTIONS,
    lang,
  });
  const outDir = path.join(root, "dist", "samples");
  fs.mkdirSync(outDir, { recursive: true });
  const docx = path.join(outDir, lang === "vi" ? "ke-hoach-mau.docx" : "ke-hoach-mau.en.docx");
  fs.writeFileSync(docx, await renderPlanDocx(plan));
  process.stdout.write(`${path.relative(root, docx)}\n`);

  if (args.includes("--no-pdf")) return 0;
  if (!hasCommand("soffice")) {
    process.stdout.write("soffice not found: PDF skipped\n");
    return 0;
  }
  // A throwaway profile, so a running LibreOffice or a first-start dialog cannot block the conversion.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "kdcl-lo-"));
  const run = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      outDir,
      docx,
    ],
    { encoding: "utf8", timeout: 180000 },
  );
  fs.rmSync(profile, { recursive: true, force: true });
  if (run.status !== 0) {
    process.stderr.write(`soffice failed (${run.status}): ${run.stderr || run.stdout}\n`);
    return 1;
  }
  process.stdout.write(`${path.relative(root, docx.replace(/\.docx$/, ".pdf"))}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`${err && err.stack ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);

#!/usr/bin/env node
"use strict";
// `npm start`: build the kdcl command if needed, write the built-in sample list and check it, then
// say how to check one's own files. The sample has findings on purpose: this demo still exits 0.
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const entry = path.join(root, "dist", "node", "cli", "main.js");
const SOURCES = ["src/core", "src/hosts/file", "src/cli", "tsconfig.json", "tsconfig.cli.json"];

/** Newest modification time of what the CLI is built from (tests are not compiled). */
function newest(paths) {
  let latest = 0;
  const visit = (p) => {
    const info = fs.statSync(p, { throwIfNoEntry: false });
    if (!info) return;
    if (info.isDirectory()) for (const name of fs.readdirSync(p)) visit(path.join(p, name));
    else if (/\.(ts|json)$/.test(p) && !/\.test\.tsx?$/.test(p)) latest = Math.max(latest, info.mtimeMs);
  };
  for (const p of paths) visit(path.join(root, p));
  return latest;
}

function fail(vi, en) {
  process.stderr.write(`npm start: ${vi}\n           ${en}\n`);
  process.exit(1);
}

const built = fs.statSync(entry, { throwIfNoEntry: false });
if (!built || built.mtimeMs < newest(SOURCES)) {
  console.log("Đang biên dịch lệnh kdcl… (building the kdcl command)");
  let tsc;
  try {
    tsc = [process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"]];
  } catch {
    tsc = ["npx", ["tsc", "-p", "tsconfig.cli.json"]];
  }
  const build = spawnSync(tsc[0], tsc[1], { cwd: root, stdio: "inherit" });
  if (build.status !== 0 || !fs.existsSync(entry)) {
    fail("biên dịch thất bại, xem lỗi ở trên.", "the build failed; see the errors above.");
  }
}

async function run() {
  const { sampleWorkbookBuffer, SAMPLE_FILE_NAME, SAMPLE_PLAN_YEAR } = require(
    path.join(root, "dist", "node", "hosts", "file", "sample.js"),
  );
  const dir = path.join(root, "dist", "samples");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, SAMPLE_FILE_NAME);
  fs.writeFileSync(file, await sampleWorkbookBuffer());
  const shown = path.relative(process.cwd(), file) || file;

  console.log(`\nDanh sách mẫu (sample list): ${shown}`);
  console.log(`$ npx kdcl validate ${shown} --year ${SAMPLE_PLAN_YEAR}\n`);
  const check = spawnSync(
    process.execPath,
    [
      path.join(root, "bin", "kdcl.js"),
      "validate",
      path.relative(root, file),
      "--year",
      String(SAMPLE_PLAN_YEAR),
    ],
    { cwd: root, stdio: "inherit" },
  );
  // 0: no errors, 1: errors found (expected here); anything else means the check itself failed.
  if (check.status !== 0 && check.status !== 1) {
    fail("không kiểm tra được danh sách mẫu.", "the sample list could not be checked.");
  }

  console.log(
    [
      "",
      "Danh sách mẫu có sẵn vài lỗi điển hình để minh họa; mở tệp trên bằng Excel để đối chiếu từng ô.",
      "Kiểm tra danh sách của bạn:",
      "  npx kdcl validate <tệp.xlsx> --year 2024           báo cáo tiếng Việt",
      "  npx kdcl validate <tệp.xlsx> --year 2024 --json    kết quả dạng JSON",
      "  npx kdcl --help                                    mọi tùy chọn",
      "",
      "The sample list has a few typical faults on purpose; open it in Excel to compare cell by cell.",
      "To check your own lists:",
      "  npx kdcl validate <file.xlsx> --year 2024 --lang en",
      "  npx kdcl validate <file.xlsx> --year 2024 --json",
      "Exit codes: 0 no errors, 1 errors found, 2 input unreadable.",
      "",
    ].join("\n"),
  );
}

run().catch((err) => fail(`lỗi: ${err && err.message ? err.message : err}`, "unexpected error."));

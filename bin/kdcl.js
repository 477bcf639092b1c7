#!/usr/bin/env node
"use strict";
// Thin launcher: the command is compiled to dist/node by `npm run build`.
const path = require("path");
const fs = require("fs");
const entry = path.join(__dirname, "..", "dist", "node", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write(
    "kdcl: chưa biên dịch; chạy `npm run build` trước (not built: run `npm run build`).\n",
  );
  process.exit(2);
}
// exitCode, not exit(): a large --json on a pipe must be flushed before the process ends.
require(entry)
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(
        `kdcl: lỗi không mong đợi (unexpected error): ${err && err.message ? err.message : String(err)}\n`,
      );
      process.exitCode = 2;
    },
  );

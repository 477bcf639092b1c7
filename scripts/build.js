#!/usr/bin/env node
"use strict";
// `npm run build`: the command line (tsc) and the web bundle (webpack) side by side. Neither uses
// the other's output, and tsc ends while webpack is still minifying. Each one's output is printed
// whole when it ends, so the two never interleave; the first failure's exit code is the build's.
const { spawn } = require("node:child_process");

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const STEPS = ["build:cli", "build:web"];

function run(script) {
  return new Promise((resolve) => {
    const child = spawn(NPM, ["run", "--silent", script], {
      stdio: ["ignore", "pipe", "pipe"],
      shell: process.platform === "win32",
    });
    const out = [];
    child.stdout.on("data", (b) => out.push(b));
    child.stderr.on("data", (b) => out.push(b));
    child.on("error", (err) => resolve({ script, code: 1, text: `${err.message}\n` }));
    child.on("close", (code) => resolve({ script, code: code ?? 1, text: Buffer.concat(out).toString() }));
  });
}

Promise.all(
  STEPS.map((script) =>
    run(script).then((r) => {
      process.stdout.write(`> ${r.script}\n${r.text}`);
      return r;
    }),
  ),
).then((results) => {
  const failed = results.find((r) => r.code !== 0);
  if (failed) process.stderr.write(`build: ${failed.script} failed (exit ${failed.code})\n`);
  process.exitCode = failed ? failed.code : 0;
});

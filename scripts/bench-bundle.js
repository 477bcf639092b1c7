#!/usr/bin/env node
"use strict";
// How much JavaScript the task pane makes Office download: the initial scripts (every <script> of
// taskpane.html except office.js, which comes from Microsoft's CDN) against the goal of at most
// 220 KB gzip, then each lazy chunk the pane can load later, and what each on-demand import fetches.
//
// Builds dist/web first with webpack.config.js in production mode (as `npm run build:web`), through
// webpack's Node API so the chunks can be named from the build's stats; --no-build measures dist/web
// as it is (chunks named by file only). Sizes are gzip at zlib's default level (what web servers
// send); 1 KB = 1 024 bytes. Prints figures and a verdict, asserts nothing (exit 0).
// Usage: node scripts/bench-bundle.js [--no-build]
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const root = path.join(__dirname, "..");
const web = path.join(root, "dist", "web");
const GOAL_KB = 220;
const OFFICE_JS = /^https:\/\/appsforoffice\.microsoft\.com\//;

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gzip = (file) => zlib.gzipSync(fs.readFileSync(path.join(web, file))).length;
const raw = (file) => fs.statSync(path.join(web, file)).size;

/** Builds with the project's webpack config; resolves to the stats JSON. */
function build() {
  const webpack = require("webpack");
  const config = require(path.join(root, "webpack.config.js"))({}, { mode: "production" });
  return new Promise((resolve, reject) => {
    const compiler = webpack({ ...config, context: root });
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve(
        stats.toJson({
          all: false,
          chunks: true,
          chunkRelations: true,
          chunkOrigins: true,
          chunkModules: true,
          modules: true,
          nestedModules: true,
          modulesSpace: Infinity,
          nestedModulesSpace: Infinity,
          ids: true,
          entrypoints: true,
        }),
      );
    });
  });
}

/** The scripts an HTML page of dist/web loads, in order: [src, …]. */
function scriptsOf(html) {
  const text = fs.readFileSync(path.join(web, html), "utf8");
  return [...text.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
}

function table(rows, rightFrom) {
  const widths = rows[0].map((_, i) => rows.reduce((m, r) => Math.max(m, String(r[i]).length), 0));
  for (const r of rows)
    console.log(
      r
        .map((c, i) => (i >= rightFrom ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i])))
        .join("  "),
    );
}

/** A short name for what a chunk holds: its webpack name, else its largest module. */
function describe(chunk) {
  if (chunk.names.length > 0) return chunk.names.join(", ");
  const biggest = [...(chunk.modules ?? [])].sort((a, b) => b.size - a.size)[0];
  const name = biggest?.name ?? "?";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(name);
  return pkg ? `(${pkg[1]})` : `(${name.replace(/ \+ \d+ modules$/, "")})`;
}

/** Every chunk the taskpane entry can load on demand, following async imports transitively. */
function lazyChunks(stats) {
  const byId = new Map(stats.chunks.map((c) => [c.id, c]));
  const entry = stats.entrypoints.taskpane.chunks.map((id) => byId.get(id));
  const seen = new Set(entry.map((c) => c.id));
  const queue = [...entry];
  const out = [];
  while (queue.length > 0) {
    const c = queue.shift();
    for (const id of c.children ?? []) {
      if (seen.has(id)) continue;
      seen.add(id);
      const child = byId.get(id);
      out.push(child);
      queue.push(child);
    }
  }
  return out;
}

/** The chunks each module is in, by module name (modules concatenated into another included). */
function chunksOfModules(stats) {
  const out = new Map();
  const add = (m, chunks) => {
    if (m.name) out.set(m.name, [...(out.get(m.name) ?? []), ...chunks]);
    for (const inner of m.modules ?? []) add(inner, chunks);
  };
  for (const m of stats.modules ?? []) add(m, m.chunks ?? []);
  return out;
}

/**
 * The pane's on-demand imports and the chunks each fetches: "boot.tsx → import(…)" → [chunks]. Imports
 * from other pages sharing a chunk (the standalone page) are left out.
 */
function imports(stats, lazy) {
  const paneChunks = new Set([...stats.entrypoints.taskpane.chunks, ...lazy.map((c) => c.id)]);
  const chunksOf = chunksOfModules(stats);
  const inPane = (name) => (chunksOf.get(name) ?? []).some((id) => paneChunks.has(id));
  const by = new Map();
  for (const c of lazy) {
    for (const o of c.origins ?? []) {
      if (!inPane(o.moduleName)) continue;
      const from = (o.moduleName ?? "").replace(/^\.\/src\//, "");
      const key = `${from} → import("${o.request}")`;
      if (!by.has(key)) by.set(key, new Set());
      by.get(key).add(c);
    }
  }
  return [...by.entries()].map(([key, set]) => [key, [...set]]);
}

async function main() {
  const noBuild = process.argv.includes("--no-build");
  const stats = noBuild ? null : await build();
  if (!fs.existsSync(path.join(web, "taskpane.html"))) {
    process.stderr.write("bench-bundle: dist/web is not built: run `npm run build:web`.\n");
    process.exit(2);
  }

  console.log(
    `kdcl bench-bundle — the task pane's JavaScript, gzip (zlib default level); goal ≤ ${GOAL_KB} KB\n`,
  );

  const srcs = scriptsOf("taskpane.html");
  const initial = srcs.filter((s) => !OFFICE_JS.test(s));
  const skipped = srcs.filter((s) => OFFICE_JS.test(s));
  const rows = [["initial script", "raw", "gzip"]];
  let total = 0;
  let totalRaw = 0;
  for (const src of initial) {
    const file = src.replace(/^\.?\//, "");
    const g = gzip(file);
    total += g;
    totalRaw += raw(file);
    rows.push([file, kb(raw(file)), kb(g)]);
  }
  rows.push(["total", kb(totalRaw), kb(total)]);
  table(rows, 1);
  if (skipped.length > 0) console.log(`(not counted: ${skipped.join(", ")}, from Microsoft's CDN)`);
  const verdict = total <= GOAL_KB * 1024 ? "within the goal" : "OVER the goal";
  console.log(
    `\ninitial JavaScript: ${kb(total)} gzip of ${GOAL_KB} KB — ${verdict} ` +
      `(${((100 * total) / (GOAL_KB * 1024)).toFixed(0)}%)\n`,
  );

  if (stats) {
    const lazy = lazyChunks(stats);
    const lazyRows = [["lazy chunk", "holds", "raw", "gzip"]];
    for (const c of lazy)
      for (const f of c.files.filter((x) => x.endsWith(".js")))
        lazyRows.push([f, describe(c), kb(raw(f)), kb(gzip(f))]);
    table(lazyRows, 2);
    console.log(
      "(in parentheses: a chunk webpack split off, named by the package or module it mostly holds)",
    );
    console.log("\nwhat each on-demand import fetches (chunks already loaded are fetched once):");
    const importRows = [["import", "chunks", "gzip"]];
    for (const [key, chunks] of imports(stats, lazy)) {
      const files = chunks.flatMap((c) => c.files.filter((x) => x.endsWith(".js")));
      importRows.push([key, chunks.map(describe).join(" + "), kb(files.reduce((s, f) => s + gzip(f), 0))]);
    }
    table(importRows, 2);
    // What a first page costs in all: the initial script and the host's pane with what it shares.
    console.log("");
    for (const [host, request] of [
      ["Excel", "./excel-start"],
      ["Word", "./word/start"],
    ]) {
      const found = imports(stats, lazy).find(([key]) => key.endsWith(`import("${request}")`));
      if (!found) continue;
      const files = found[1].flatMap((c) => c.files.filter((x) => x.endsWith(".js")));
      const pane = files.reduce((s, f) => s + gzip(f), 0);
      console.log(
        `first page in ${host}: ${kb(total + pane)} gzip (initial ${kb(total)} + the ${host} pane ${kb(pane)})`,
      );
    }
  } else {
    // Without the build's stats, every script no page loads at start is a lazy chunk of some page.
    const pages = fs.readdirSync(web).filter((f) => f.endsWith(".html"));
    const loaded = new Set(pages.flatMap((p) => scriptsOf(p).map((s) => s.replace(/^\.?\//, ""))));
    const lazyRows = [["lazy chunk (any page)", "raw", "gzip"]];
    for (const f of fs
      .readdirSync(web)
      .filter((x) => x.endsWith(".js") && !loaded.has(x))
      .sort())
      lazyRows.push([f, kb(raw(f)), kb(gzip(f))]);
    table(lazyRows, 1);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

"use strict";
// dist/kdcl-offline.html: the standalone page as one file that opens from the disk (file://) with no
// server. Every script chunk the page can ever load is inlined before its entry script: webpack's
// runtime takes chunks already pushed onto its global as loaded, so the lazy imports (exceljs, docx,
// the .xls reader) resolve without fetching anything. The icon becomes a data: URI, and the page's
// policy allows exactly these inline scripts (by hash) and no connection at all.
const { createHash } = require("crypto");
const fs = require("fs");
const path = require("path");

/** Stands in the template's policy for the hashes, which are known only once the scripts are. */
const SCRIPT_HASHES = "__INLINE_SCRIPT_HASHES__";

const OFFLINE_CSP = [
  "default-src 'none'",
  `script-src ${SCRIPT_HASHES}`,
  "style-src 'unsafe-inline'",
  "img-src data: blob:",
  "font-src data:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/**
 * Script text safe inside <script>…</script>: the HTML parser must not see "</script", "<script" or
 * "<!--" in it. Minified code has them only in strings and regular expressions, where \x3C is "<".
 */
function inlineSafe(js) {
  return js.replace(/<(\/?script|!--)/gi, "\\x3C$1");
}

/** Every chunk file reachable from an entry, async ones included, entry chunks last. */
function chunkFiles(compilation, entry) {
  const group = compilation.namedChunkGroups.get(entry);
  if (!group) throw new Error(`offline page: no entry named ${entry}`);
  const seen = new Set();
  const lazy = [];
  const visit = (g) => {
    if (seen.has(g)) return;
    seen.add(g);
    if (g !== group) for (const chunk of g.chunks) for (const file of chunk.files) lazy.push(file);
    for (const child of g.childrenIterable) visit(child);
  };
  visit(group);
  const initial = group.chunks.flatMap((c) => [...c.files]);
  const js = (f) => f.endsWith(".js");
  return {
    lazy: [...new Set(lazy.filter(js))].filter((f) => !initial.includes(f)),
    initial: initial.filter(js),
  };
}

class OfflinePagePlugin {
  /**
   * @param {{ entry: string, html: string, icon: string }} options the entry whose page is inlined,
   *   the page HtmlWebpackPlugin wrote for it (its scripts in the body, blocking), and the icon file.
   */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("OfflinePage", (compilation) => {
      compilation.hooks.processAssets.tap(
        // After the real content hashes: the inlined text must not change once it is hashed.
        { name: "OfflinePage", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER },
        () => {
          const { entry, html: page, icon } = this.options;
          const asset = compilation.getAsset(page);
          if (!asset) throw new Error(`offline page: ${page} was not written`);
          const { lazy, initial } = chunkFiles(compilation, entry);
          const hashes = [];
          const inline = (file) => {
            const source = compilation.getAsset(file);
            if (!source) throw new Error(`offline page: chunk ${file} is missing`);
            const text = inlineSafe(source.source.source().toString());
            hashes.push(`'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`);
            return `<script>${text}</script>`;
          };
          let html = asset.source.source().toString();
          // The page may come minified, with its attribute quotes dropped.
          const tags = [
            ...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|([^\s">]+))[^>]*><\/script>/g),
          ].map((m) => [m[0], m[1] ?? m[2]]);
          // Script addresses are relative to the page, which sits above the output folder.
          const outputPath = compilation.outputOptions.path;
          const fileOf = (src) =>
            path
              .relative(outputPath, path.resolve(outputPath, path.dirname(page), src))
              .split(path.sep)
              .join("/");
          if (tags.length !== initial.length)
            throw new Error(
              `offline page: ${page} loads ${tags.length} scripts, its entry has ${initial.length}`,
            );
          // The lazy chunks first, then the entry (which starts the runtime and finds them loaded).
          const lazyTags = lazy.map(inline).join("");
          for (const [tag, src] of tags) {
            const file = initial.includes(src) ? src : fileOf(src);
            if (!initial.includes(file)) throw new Error(`offline page: ${src} is not a chunk of ${entry}`);
            html = html.replace(tag, () => (tag === tags[0]?.[0] ? lazyTags : "") + inline(file));
          }
          const iconUri = `data:image/png;base64,${fs.readFileSync(icon).toString("base64")}`;
          html = html
            .replace(
              /(<link\b[^>]*\brel="?icon"?[^>]*\bhref=)(?:"[^"]*"|[^\s">]+)/,
              (_, head) => `${head}"${iconUri}"`,
            )
            .replace(SCRIPT_HASHES, () => hashes.join(" "));
          compilation.updateAsset(page, new sources.RawSource(html));
        },
      );
    });
  }
}

module.exports = {
  OfflinePagePlugin,
  OFFLINE_CSP,
  inlineSafe,
  OFFLINE_PAGE: path.join("..", "kdcl-offline.html"),
};

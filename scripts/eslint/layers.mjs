// @ts-check
/**
 * Import boundaries between the layers of src/, relative paths included:
 *
 *   core      imports only core;
 *   app       imports core;
 *   render    imports the core's types;
 *   hosts     import the core and the host contract (src/hosts/host.ts), never another host or a front end;
 *   front ends (taskpane, standalone, commands, cli) import the application layer, the core's types,
 *             the host contract and their own hosts; the ribbon commands never import the task pane.
 *
 * A layer is the first folder under src/ (under src/hosts/, the host's folder). Tests beside the code
 * (`*.test.ts`) may reach the helpers they need and are not checked.
 */
import path from "node:path";

/** @typedef {{ layer: string, typeOnly?: boolean }} Allowance */

/** What each layer may import besides itself. `type` means type-only imports. */
const ALLOWED = {
  core: [],
  app: ["core"],
  render: ["core:type"],
  "hosts/contract": ["core:type"],
  "hosts/excel": ["core", "hosts/contract"],
  "hosts/word": ["core", "hosts/contract"],
  "hosts/file": ["core", "hosts/contract"],
  // The Word pane reads the list file it plans from with the file host.
  taskpane: ["app", "core:type", "hosts/contract", "hosts/excel", "hosts/word", "hosts/file", "render"],
  standalone: ["app", "core:type", "hosts/contract", "hosts/file", "taskpane"],
  commands: ["app", "core:type", "hosts/contract", "hosts/excel"],
  cli: ["app", "core:type", "hosts/file", "render"],
};

/** The layer of a file under src/, or null outside it. */
export function layerOf(file) {
  const rel = path.relative(path.resolve("src"), path.resolve(file)).split(path.sep);
  if (rel[0] === ".." || rel.length < 2) return null;
  if (rel[0] === "hosts") {
    // src/hosts/host.ts is the contract every host implements; a folder is a host.
    if (rel.length === 2 && /^host(\.tsx?)?$/.test(rel[1] ?? "")) return "hosts/contract";
    return `hosts/${(rel[1] ?? "").replace(/\.tsx?$/, "")}`;
  }
  return rel[0] ?? null;
}

function allowed(from, to, typeOnly) {
  if (from === to) return true;
  const list = ALLOWED[/** @type {keyof typeof ALLOWED} */ (from)];
  if (!list) return true;
  return list.some((a) => a === to || (typeOnly && a === `${to}:type`));
}

function isTypeOnly(node) {
  if (node.importKind === "type" || node.exportKind === "type") return true;
  const specs = node.specifiers ?? [];
  return specs.length > 0 && specs.every((s) => s.importKind === "type" || s.exportKind === "type");
}

/** @type {import("eslint").Rule.RuleModule} */
const rule = {
  meta: {
    type: "problem",
    docs: { description: "keeps the layers of src/ apart (core, app, hosts, front ends)" },
    schema: [],
    messages: {
      crossing: "{{from}} may not import {{to}}{{kind}} ({{source}}).",
    },
  },
  create(context) {
    const file = context.filename;
    if (/\.test\.tsx?$/.test(file)) return {};
    const from = layerOf(file);
    if (from === null) return {};
    const check = (node, source, typeOnly) => {
      if (typeof source !== "string" || !source.startsWith(".")) return;
      const to = layerOf(path.resolve(path.dirname(file), source));
      if (to === null || allowed(from, to, typeOnly)) return;
      const kind = allowed(from, to, true) ? " at run time (only its types)" : "";
      context.report({ node, messageId: "crossing", data: { from, to, source, kind } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value, isTypeOnly(node)),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value, isTypeOnly(node)),
      ExportAllDeclaration: (node) => check(node, node.source.value, node.exportKind === "type"),
      ImportExpression: (node) => node.source.type === "Literal" && check(node, node.source.value, false),
    };
  },
};

export default { rules: { layers: rule } };

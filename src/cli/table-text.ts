/** Plain-text tables for the terminal: first column left-aligned, figures right-aligned. */
import { maxOf } from "../app/arrays";
export function textTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  indent = "  ",
): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, i) =>
    maxOf(
      all.map((r) => [...(r[i] ?? "")].length),
      0,
    ),
  );
  const line = (r: readonly string[]): string =>
    indent +
    r
      .map((cell, i) => {
        const pad = " ".repeat(Math.max(0, (widths[i] ?? 0) - [...cell].length));
        return i === 0 ? cell + pad : pad + cell;
      })
      .join("  ")
      .trimEnd();
  const rule = indent + widths.map((w) => "─".repeat(w)).join("  ");
  return [line(header), rule, ...rows.map(line)];
}

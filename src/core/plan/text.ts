import type { Block, PlanDocument, Run } from "./model";

function runsText(runs: readonly Run[]): string {
  return runs.map((r) => (r.lineBreak ? `\n${r.text}` : r.text)).join("");
}

/** The text of one block, lines joined by "\n" and table cells by " | ". */
export function blockText(block: Block): string {
  switch (block.kind) {
    case "documentHeader":
      return [
        ...block.issuingBody.map((r) => r.text),
        block.nation,
        block.motto,
        block.number,
        block.dateLine,
        block.title,
        ...block.subtitle,
      ].join("\n");
    case "heading":
      return block.text;
    case "paragraph":
      return runsText(block.runs);
    case "bullet":
      return `- ${runsText(block.runs)}`;
    case "table":
      return [...block.header, ...block.body, ...(block.total ? [block.total] : [])]
        .map((row) => row.join(" | "))
        .join("\n");
  }
}

/** The whole plan as plain text: for previews, logs and tests. */
export function planText(plan: PlanDocument): string {
  return plan.blocks.map(blockText).join("\n");
}

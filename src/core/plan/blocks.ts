import type {
  Align,
  Block,
  BulletBlock,
  HeadingBlock,
  ParagraphBlock,
  PlanPartId,
  Run,
  TableBlock,
  TableColumn,
} from "./model";

/** Blocks of a section that form one refreshable part (see `PlanPart`). */
export interface PartPiece {
  readonly part: PlanPartId;
  readonly blocks: readonly Block[];
}

/** What a section gives: blocks, some of them grouped into parts. */
export type Piece = Block | PartPiece;

export function part(id: PlanPartId, blocks: readonly Block[]): PartPiece {
  return { part: id, blocks };
}

export function heading(
  level: HeadingBlock["level"],
  text: string,
  extra: Omit<HeadingBlock, "kind" | "level" | "text"> = {},
): HeadingBlock {
  return { kind: "heading", level, text, ...extra };
}

/** A body paragraph: justified with a first-line indent unless told otherwise; lines of an array break. */
export function paragraph(
  text: string | readonly string[],
  options: { readonly align?: Align; readonly bold?: boolean; readonly italic?: boolean } = {},
): ParagraphBlock {
  const align = options.align ?? "justify";
  const lines = typeof text === "string" ? [text] : text;
  const runs: Run[] = lines.map((line, i) => ({
    text: line,
    ...(options.bold ? { bold: true } : {}),
    ...(options.italic ? { italic: true } : {}),
    ...(i > 0 ? { lineBreak: true } : {}),
  }));
  return { kind: "paragraph", runs, align, indent: align === "justify" };
}

/** Items of one "- " list: each ends with ";", the last with ".". */
export function bullets(items: readonly string[]): BulletBlock[] {
  return items.map((text, i) => ({
    kind: "bullet",
    runs: [{ text: `${text}${i === items.length - 1 ? "." : ";"}` }],
  }));
}

export function table(
  columns: readonly TableColumn[],
  header: readonly (readonly string[])[],
  body: readonly (readonly string[])[],
  total: readonly string[] | null = null,
): TableBlock {
  const width = columns.length;
  for (const row of [...header, ...body, ...(total ? [total] : [])]) {
    if (row.length !== width) throw new RangeError(`a table row has ${row.length} cells, expected ${width}`);
  }
  return { kind: "table", columns, header, body, total };
}

/** I, II, III… for the numbered sections. */
export function roman(n: number): string {
  const numerals: readonly [number, string][] = [
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let rest = n;
  let out = "";
  for (const [value, text] of numerals) {
    while (rest >= value) {
      out += text;
      rest -= value;
    }
  }
  return out;
}

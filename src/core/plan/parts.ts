/**
 * The refreshable parts of a plan (`PlanPart`): their figures, the text Word shows for them, and the
 * tag that marks each in Word as a content control. The tag carries what a later refresh needs with
 * no other storage, so a .docx written anywhere (the pane, the standalone page, `kdcl plan`) can be
 * refreshed in Word:
 *
 *   kdcl:coverage:1:2024:9f86d081:35/57,36/57
 *   └ prefix, part, tag version, plan year, fingerprint of the text written, figures written
 *
 * The fingerprint tells a control the user edited from one left as written; the figures give the
 * "old" side of what a refresh changed. Tags stay far below Word's 64 characters.
 */
import { appendixSchools } from "./appendix";
import type { PlanContext } from "./context";
import type { Block, PartFigures, PlanDocument, PlanPart, PlanPartId, SchoolRatio } from "./model";
import { PLAN_PARTS } from "./model";

export const PART_TAG_PREFIX = "kdcl";
/** Raised when the tag's fields change meaning; older versions are still read. */
export const PART_TAG_VERSION = 1;

/** The figures a part states, from the context it is written from. */
export function partFigures(ctx: PlanContext, id: PlanPartId): PartFigures {
  const { summary } = ctx;
  switch (id) {
    case "coverage": {
      const c = summary.coverage;
      const ratio = (r: { standard: number; schools: number; rate: number | null } | undefined) =>
        r && r.rate !== null ? { standard: r.standard, schools: r.schools } : null;
      return { part: id, now: ratio(c?.total), projected: ratio(c?.projected) };
    }
    case "targets":
      return { part: id, count: ctx.planned.length };
    case "budget":
      return { part: id, amount: ctx.hasBudget && summary.budget ? summary.budget.total : null };
    case "renewals":
      return { part: id, count: summary.due.length };
    case "appendix":
      return { part: id, count: appendixSchools(ctx).length };
  }
}

/** The text of blocks as Word holds it, up to white space: runs in order, table cells row by row. */
export function partText(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case "documentHeader":
        out.push(block.issuingBody.map((r) => r.text).join(""), block.number, block.dateLine, block.title);
        break;
      case "heading":
        out.push(block.text);
        break;
      case "paragraph":
        out.push(block.runs.map((r) => r.text).join(""));
        break;
      case "bullet":
        out.push(`- ${block.runs.map((r) => r.text).join("")}`);
        break;
      case "table":
        for (const row of [...block.header, ...block.body, ...(block.total ? [block.total] : [])])
          out.push(row.join("\t"));
        break;
    }
  }
  return out.join("\r");
}

/**
 * A short fingerprint of a text, blind to white space and control characters: Word reports
 * paragraph, line and cell breaks its own way ("\r", "\v", "\t", cell marks), so only the visible
 * characters, in NFC, are compared. FNV-1a over UTF-16 units, 8 hex digits.
 */
export function fingerprint(text: string): string {
  const visible = text.normalize("NFC").replace(/[\p{Cc}\p{Cf}\p{Z}]/gu, "");
  let hash = 0x811c9dc5;
  for (let i = 0; i < visible.length; i++) {
    hash ^= visible.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** The blocks of a part. */
export function partBlocks(plan: PlanDocument, part: PlanPart): readonly Block[] {
  return plan.blocks.slice(part.start, part.end);
}

function ratioField(r: SchoolRatio | null): string {
  return r === null ? "-" : `${r.standard}/${r.schools}`;
}

function figuresField(f: PartFigures): string {
  switch (f.part) {
    case "coverage":
      return `${ratioField(f.now)},${ratioField(f.projected)}`;
    case "budget":
      return f.amount === null ? "-" : String(f.amount);
    default:
      return String(f.count);
  }
}

/** The tag of the content control holding a part's blocks. */
export function tagFor(
  planYear: number,
  id: PlanPartId,
  figures: PartFigures,
  blocks: readonly Block[],
): string {
  const hash = fingerprint(partText(blocks));
  return [PART_TAG_PREFIX, id, PART_TAG_VERSION, planYear, hash, figuresField(figures)].join(":");
}

/** The tag of a part of `plan`, computed again from its blocks (equal to `part.tag`). */
export function partTag(plan: PlanDocument, part: PlanPart): string {
  return tagFor(plan.planYear, part.id, part.figures, partBlocks(plan, part));
}

/** What a tag says. */
export interface PartTag {
  readonly part: PlanPartId;
  readonly version: number;
  readonly planYear: number;
  readonly fingerprint: string;
  readonly figures: PartFigures;
}

const WHOLE = /^\d{1,9}$/;

function parseCount(text: string): number | null {
  return WHOLE.test(text) ? Number(text) : null;
}

function parseRatio(text: string): SchoolRatio | null | undefined {
  if (text === "-") return null;
  const [a, b, extra] = text.split("/");
  const standard = parseCount(a ?? "");
  const schools = parseCount(b ?? "");
  if (extra !== undefined || standard === null || schools === null || standard > schools) return undefined;
  return { standard, schools };
}

function parseFigures(part: PlanPartId, text: string): PartFigures | null {
  switch (part) {
    case "coverage": {
      const [a, b, extra] = text.split(",");
      const now = parseRatio(a ?? "");
      const projected = parseRatio(b ?? "");
      if (extra !== undefined || now === undefined || projected === undefined) return null;
      return { part, now, projected };
    }
    case "budget": {
      if (text === "-") return { part, amount: null };
      const amount = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(text) ? Number(text) : NaN;
      return Number.isFinite(amount) ? { part, amount } : null;
    }
    default: {
      const count = parseCount(text);
      return count === null ? null : { part, count };
    }
  }
}

/** The tag read back; null for a tag that is not ours, is damaged, or is of a later version. */
export function parsePartTag(tag: string): PartTag | null {
  const fields = tag.split(":");
  if (fields.length !== 6) return null;
  const [prefix, id, version, year, hash, figures] = fields as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const part = PLAN_PARTS.find((p) => p === id);
  if (prefix !== PART_TAG_PREFIX || !part) return null;
  const v = parseCount(version);
  const planYear = parseCount(year);
  if (v === null || v < 1 || v > PART_TAG_VERSION || planYear === null) return null;
  if (!/^[0-9a-f]{8}$/.test(hash)) return null;
  const parsed = parseFigures(part, figures);
  return parsed ? { part, version: v, planYear, fingerprint: hash, figures: parsed } : null;
}

/** Is this tag one of ours, whatever its version (a later add-in's part is still not the user's)? */
export function isPartTag(tag: string): boolean {
  return tag.startsWith(`${PART_TAG_PREFIX}:`);
}

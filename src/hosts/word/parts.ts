/// <reference types="office-js" />
/**
 * The plan's parts in the open document: the content controls whose tag is ours (`kdcl:…`, see
 * core/plan/parts), read in one sync and refilled in two, whatever the document's size. Everything
 * outside them (the user's text, the plan's headings, other controls) is never touched.
 */
import { isPartTag } from "../../core/plan/parts";
import type { FoundControl } from "../../core/plan/refresh";
import { wordErrorFrom } from "./errors";

/** One control to refill with a part rendered as .docx (base64), and its new tag. */
export interface PartReplacement {
  readonly id: number;
  /** The tag it had when read: a control retagged or deleted since is left alone. */
  readonly expectTag: string;
  readonly base64: string;
  readonly tag: string;
}

export interface ReplaceOutcome {
  /** Ids of the controls refilled. */
  readonly replaced: readonly number[];
  /** Ids of the controls deleted or retagged since they were read. */
  readonly gone: readonly number[];
}

/** Our controls, in document order, with the text Word reports for each. One Word.run, one sync. */
export async function readPlanParts(): Promise<FoundControl[]> {
  try {
    return await Word.run(async (context) => {
      const controls = context.document.body.contentControls;
      controls.load("items/id,items/tag,items/text");
      await context.sync();
      return controls.items
        .filter((c) => isPartTag(c.tag ?? ""))
        .map((c) => ({ id: c.id, tag: c.tag, text: c.text }));
    });
  } catch (e) {
    throw wordErrorFrom(e);
  }
}

/**
 * Replaces the content of each control (its tag, title and place kept) and sets its new tag. One
 * Word.run, two syncs: the controls' ids and tags, then every replacement at once.
 */
export async function replacePlanParts(replacements: readonly PartReplacement[]): Promise<ReplaceOutcome> {
  if (replacements.length === 0) return { replaced: [], gone: [] };
  try {
    return await Word.run(async (context) => {
      const controls = context.document.body.contentControls;
      controls.load("items/id,items/tag");
      await context.sync();
      const byId = new Map(controls.items.map((c) => [c.id, c]));
      const replaced: number[] = [];
      const gone: number[] = [];
      for (const r of replacements) {
        const control = byId.get(r.id);
        if (!control || control.tag !== r.expectTag) {
          gone.push(r.id);
          continue;
        }
        control.insertFileFromBase64(r.base64, "Replace");
        control.tag = r.tag;
        replaced.push(r.id);
      }
      await context.sync();
      return { replaced, gone };
    });
  } catch (e) {
    throw wordErrorFrom(e);
  }
}

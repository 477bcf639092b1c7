/// <reference types="office-js" />
/**
 * The Word host: puts the plan into the open document at the cursor, and keeps the pane's settings in
 * the document. The plan arrives as the .docx the renderer makes (`renderPlanBase64`), so Word
 * receives real paragraphs with its built-in Heading 1–3 styles and real tables, exactly the document
 * the Excel pane downloads, in one `insertFileFromBase64`: one `Word.run`, one sync.
 *
 *   const host = await createWordHost();           // after Office.onReady, in Word
 *   await host.insertPlanAtCursor(await renderPlanBase64(plan));
 */
import type { WorkbookSettings } from "../host";
import type { FoundControl } from "../../core/plan/refresh";
import { WordHostError, wordErrorFrom } from "./errors";
import type { PartReplacement, ReplaceOutcome } from "./parts";
import { readPlanParts, replacePlanParts } from "./parts";
import { WordSettings } from "./settings";

/** `Range.insertFileFromBase64` is WordApi 1.1; nothing else here needs more. */
export const WORD_API_FLOOR = "1.1";

/**
 * Where the plan goes relative to the user's selection. "After": with a bare cursor (an empty
 * selection) the plan lands exactly at the cursor; with text selected, the plan follows it and the
 * selected text stays. "Replace" would silently delete a selection; "Start"/"Before" would put the
 * plan above the text the user pointed at. Knowing whether the selection is empty would need a load
 * and a second sync (and `Range.isEmpty` is WordApi 1.3): one location right for both cases is better.
 */
export const INSERT_LOCATION = "After" as const;

/**
 * Word takes at most 4 MB per inserted document, and Word on the web 5 MB per request: a base64 text
 * longer than 4 MB is refused before Word is asked. A plan is tens of kilobytes; its appendix grows
 * by about 100 bytes a school.
 */
export const MAX_BASE64_LENGTH = 4 * 1024 * 1024;

export interface WordHost {
  readonly kind: "word";
  /** False when Word lacks WordApi 1.1; `insertPlanAtCursor` then throws WordHostError("unsupported"). */
  readonly canInsert: boolean;
  /** The pane's settings, kept in the document. */
  readonly settings: WorkbookSettings;
  /** Inserts the .docx (base64) at the cursor, after any selected text. Throws WordHostError. */
  insertPlanAtCursor(base64: string): Promise<void>;
  /** The plan's tagged parts in the document (content controls), in order. Throws WordHostError. */
  readPlanParts(): Promise<FoundControl[]>;
  /** Refills tagged parts, keeping everything around them. Throws WordHostError. */
  replacePlanParts(replacements: readonly PartReplacement[]): Promise<ReplaceOutcome>;
}

/** Does this Word run WordApi 1.1 (Word 2016+, Microsoft 365, the web, Mac, iPad)? */
export function supportsInsert(): boolean {
  return typeof Word !== "undefined" && Office.context.requirements.isSetSupported("WordApi", WORD_API_FLOOR);
}

class OfficeWordHost implements WordHost {
  readonly kind = "word" as const;

  constructor(
    readonly settings: WorkbookSettings,
    readonly canInsert: boolean,
  ) {}

  async insertPlanAtCursor(base64: string): Promise<void> {
    if (!this.canInsert) throw new WordHostError("unsupported");
    if (base64.length > MAX_BASE64_LENGTH) throw new WordHostError("too-large");
    try {
      await Word.run(async (context) => {
        const selection = context.document.getSelection();
        selection.insertFileFromBase64(base64, INSERT_LOCATION);
        await context.sync();
      });
    } catch (e) {
      throw wordErrorFrom(e);
    }
  }

  readPlanParts(): Promise<FoundControl[]> {
    if (!this.canInsert) return Promise.reject(new WordHostError("unsupported"));
    return readPlanParts();
  }

  replacePlanParts(replacements: readonly PartReplacement[]): Promise<ReplaceOutcome> {
    if (!this.canInsert) return Promise.reject(new WordHostError("unsupported"));
    let size = 0;
    for (const r of replacements) size += r.base64.length;
    if (size > MAX_BASE64_LENGTH) return Promise.reject(new WordHostError("too-large"));
    return replacePlanParts(replacements);
  }
}

/**
 * The host over the open document. Throws WordHostError("no-document") when Office has no document;
 * a Word below the floor still gets a host (the pane explains, and keeps the settings working).
 */
export async function createWordHost(): Promise<WordHost> {
  const document = Office.context.document as Office.Document | null | undefined;
  if (!document) throw new WordHostError("no-document");
  const store = (document.settings as Office.Settings | undefined) ?? null;
  return new OfficeWordHost(new WordSettings(store), supportsInsert());
}

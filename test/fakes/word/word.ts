/**
 * The document and range proxies of the fake Word API (see context.ts for the semantics they share):
 * `context.document.getSelection()` queues an object path; `insertFileFromBase64` queues an action and
 * returns a proxy for the inserted range, bound when the action runs. It accepts only base64 of a
 * .docx package (a zip holding word/document.xml); anything else is `InvalidArgument`, as Word
 * answers. The content controls of the file become controls of the document (see controls.ts).
 */
import { FakeOfficeError, versionAtLeast } from "../office/proxy";
import type { FakeWordOptions, FakeWordStats, ResolvedWordOptions } from "./context";
import { WordContext, WordObj } from "./context";
import { FakeBody } from "./controls";
import type { FakeWordDocument, InsertLocationName } from "./model";
import { insertionIndex } from "./model";
import { ReceivedFile, topLevelNodes } from "./received";

export * from "./context";
export { decodeBase64 } from "./received";

const LOCATIONS: readonly InsertLocationName[] = ["Replace", "Start", "End", "Before", "After"];

/** A request context over `doc`, as `Word.run` makes one. */
export function newWordContext(
  doc: FakeWordDocument,
  options: ResolvedWordOptions,
  stats: FakeWordStats,
  takeFailure: (at: "run" | "insert") => FakeWordOptions["fail"] | null,
): WordContext {
  return new WordContext(doc, options, stats, takeFailure, (c) => new FakeDocumentProxy(c));
}

export class FakeDocumentProxy extends WordObj {
  _resolve(): void {}
  /** The main body. WordApi 1.1. */
  get body(): FakeBody {
    const body = new FakeBody(this.context);
    this.context._queue({ kind: "path", obj: body, name: "body" });
    return body;
  }

  /** The user's selection (a bare cursor is an empty range). WordApi 1.1. */
  getSelection(): FakeRange {
    const range = new FakeRange(this.context, () => ({ ...this.context.doc.selection }));
    this.context._queue({ kind: "path", obj: range, name: "getSelection" });
    return range;
  }
}

export class FakeRange extends WordObj {
  private bounds: { start: number; end: number } | null = null;

  constructor(
    context: WordContext,
    private readonly locate: () => { start: number; end: number },
  ) {
    super(context);
  }

  _resolve(): void {
    if (!this.bounds) this.bounds = this.locate();
  }

  private get span(): { start: number; end: number } {
    this._resolve();
    return this.bounds as { start: number; end: number };
  }

  get text(): string {
    return this._get<string>("text");
  }

  get isEmpty(): boolean {
    return this._get<boolean>("isEmpty");
  }

  protected override _read(name: string): unknown {
    const { start, end } = this.span;
    const nodes = this.context.doc.nodes.slice(start, end);
    switch (name) {
      case "text":
        return nodes.map((n) => (n.kind === "text" ? n.text : "")).join("\r");
      case "isEmpty":
        if (!this.context.options.apiVersion || !versionAtLeast(this.context.options.apiVersion, "1.3"))
          throw new FakeOfficeError("ApiNotFound", "Range.isEmpty needs WordApi 1.3");
        return start === end;
      default:
        return super._read(name);
    }
  }

  /**
   * Inserts a .docx given as base64 relative to this range and returns the range it fills.
   * WordApi 1.1; the document must be editable.
   */
  insertFileFromBase64(base64File: string, insertLocation: string): FakeRange {
    let inserted: { start: number; end: number } | null = null;
    const result = new FakeRange(this.context, () => {
      if (!inserted) throw new FakeOfficeError("InvalidObjectPath", "the insertion did not run");
      return inserted;
    });
    const file = new ReceivedFile(base64File);
    this._action(
      "insertFileFromBase64",
      [base64File, insertLocation],
      "1.1",
      () => {
        const location = LOCATIONS.find((l) => l.toLowerCase() === String(insertLocation).toLowerCase());
        if (!location)
          throw new FakeOfficeError("InvalidArgument", `Bad insert location ${insertLocation}`, "Range");
        const failure = this.context._failure("insert");
        if (failure) throw new FakeOfficeError(failure.code, failure.message ?? failure.code, "Range");
        const doc = this.context.doc;
        if (doc.protected)
          throw new FakeOfficeError(
            "AccessDenied",
            "The document is protected.",
            "Range.insertFileFromBase64",
          );
        const { bytes, items } = file.read("Range.insertFileFromBase64");
        const span = this.span;
        const index = insertionIndex(span, location);
        const removed = location === "Replace" ? span.end - span.start : 0;
        const nodes = topLevelNodes(doc, items, base64File, location);
        doc.nodes.splice(index, removed, ...nodes);
        // The selection keeps covering the nodes it covered; Replace leaves a cursor after the new content.
        const sel = doc.selection;
        const added = nodes.length;
        const shift = (pos: number): number =>
          pos > index || (pos === index && (location === "Start" || location === "Before"))
            ? pos + added
            : pos;
        doc.selection =
          location === "Replace" && sel.start === span.start && sel.end === span.end
            ? { start: index + added, end: index + added }
            : { start: shift(sel.start), end: shift(sel.end) };
        inserted = { start: index, end: index + added };
        this.context.stats.insertions.push({ base64: base64File, location, bytes, index });
        result._resolve();
      },
      () => file.prepare(),
    );
    return result;
  }
}

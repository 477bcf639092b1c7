/**
 * The document the fake Word edits: a flat run of content nodes (paragraph texts and inserted files)
 * with the user's selection over some of them. Enough to see where an insertion lands and whether the
 * selected text survives; the inserted files are kept as the base64 Word received.
 */

export type InsertLocationName = "Replace" | "Start" | "End" | "Before" | "After";

export type FakeNode =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "file"; readonly base64: string; readonly location: InsertLocationName };

export interface FakeWordDocument {
  nodes: FakeNode[];
  /** Nodes [start, end) are selected; start === end is a bare cursor before node `start`. */
  selection: { start: number; end: number };
  /** Restricted editing or a read-only document: every edit fails with AccessDenied. */
  protected: boolean;
}

export interface DocumentSpec {
  /** Paragraphs before the cursor (or before the selected ones). */
  readonly before?: readonly string[];
  /** Selected paragraphs; none is a bare cursor. */
  readonly selected?: readonly string[];
  readonly after?: readonly string[];
  readonly protected?: boolean;
}

export function wordDocument(spec: DocumentSpec = {}): FakeWordDocument {
  const text = (t: string): FakeNode => ({ kind: "text", text: t });
  const before = (spec.before ?? []).map(text);
  const selected = (spec.selected ?? []).map(text);
  return {
    nodes: [...before, ...selected, ...(spec.after ?? []).map(text)],
    selection: { start: before.length, end: before.length + selected.length },
    protected: spec.protected ?? false,
  };
}

/** The document as a line per node: text as is, an inserted file as "[file]". For assertions. */
export function outline(doc: FakeWordDocument): string[] {
  return doc.nodes.map((n) => (n.kind === "text" ? n.text : "[file]"));
}

/** Where a range's content lands for each insert location, in node indexes. */
export function insertionIndex(range: { start: number; end: number }, location: InsertLocationName): number {
  switch (location) {
    case "Replace":
    case "Start":
    case "Before":
      return range.start;
    case "End":
    case "After":
      return range.end;
  }
}

/**
 * The document the fake Word edits: a run of content nodes (paragraph texts, inserted files, content
 * controls) with the user's selection over some of them. Enough to see where an insertion lands and
 * whether the selected text survives; the inserted files are kept as the base64 Word received. A file
 * holding block-level content controls becomes, as in Word, its plain content ("[file]" nodes) with
 * the controls between; a control holds paragraphs (and controls) of its own.
 */

export type InsertLocationName = "Replace" | "Start" | "End" | "Before" | "After";

export type FakeNode =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "file"; readonly base64: string; readonly location: InsertLocationName }
  | FakeControl;

/** A block-level content control: Word's id, its tag and title, what it holds. */
export interface FakeControl {
  readonly kind: "control";
  readonly id: number;
  tag: string;
  title: string;
  /** Locked content: edits inside fail as Word refuses them. */
  cannotEdit: boolean;
  nodes: FakeNode[];
}

export interface FakeWordDocument {
  nodes: FakeNode[];
  /** The id Word gives the next content control. */
  nextControlId: number;
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
    nextControlId: 101,
    selection: { start: before.length, end: before.length + selected.length },
    protected: spec.protected ?? false,
  };
}

/** The document as a line per node: text as is, an inserted file as "[file]", a control as "[its title]". */
export function outline(doc: FakeWordDocument): string[] {
  return doc.nodes.map((n) => (n.kind === "text" ? n.text : n.kind === "file" ? "[file]" : `[${n.title}]`));
}

/** The text Word reports for nodes: paragraphs joined by "\r". */
export function nodesText(nodes: readonly FakeNode[]): string {
  const out: string[] = [];
  const walk = (list: readonly FakeNode[]): void => {
    for (const n of list) {
      if (n.kind === "text") out.push(n.text);
      else if (n.kind === "control") walk(n.nodes);
    }
  };
  walk(nodes);
  return out.join("\r");
}

/** Every content control of the document, nested ones after their parent, in document order. */
export function allControls(doc: FakeWordDocument): FakeControl[] {
  const out: FakeControl[] = [];
  const walk = (list: readonly FakeNode[]): void => {
    for (const n of list) {
      if (n.kind !== "control") continue;
      out.push(n);
      walk(n.nodes);
    }
  };
  walk(doc.nodes);
  return out;
}

/** The controls as a test reads them: tag, title and text. */
export function controlsOf(
  doc: FakeWordDocument,
): { id: number; tag: string; title: string; text: string }[] {
  return allControls(doc).map((c) => ({ id: c.id, tag: c.tag, title: c.title, text: nodesText(c.nodes) }));
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

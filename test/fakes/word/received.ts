/**
 * A .docx as Word receives it in `insertFileFromBase64`: checked (base64 of a zip holding
 * word/document.xml, else `InvalidArgument`) and read into what the document then holds.
 */
import { FakeOfficeError } from "../office/proxy";
import type { DocxItem } from "./docx";
import { docxItems } from "./docx";
import type { FakeNode, FakeWordDocument, InsertLocationName } from "./model";

/** Bytes of base64 text, or null when it is not base64. */
export function decodeBase64(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return null;
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

function contains(bytes: Uint8Array, needle: string): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}

/** A .docx is a zip ("PK\x03\x04") whose entries include word/document.xml. */
function isDocx(bytes: Uint8Array): boolean {
  return (
    bytes.length > 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    bytes[2] === 0x03 &&
    bytes[3] === 0x04 &&
    contains(bytes, "word/document.xml")
  );
}

/** One file of a request: read when the request arrives, its content taken when its action runs. */
export class ReceivedFile {
  private result: { bytes: Uint8Array; items: DocxItem[] } | null = null;

  constructor(private readonly base64: string) {}

  async prepare(): Promise<void> {
    const bytes = decodeBase64(this.base64);
    if (!bytes || !isDocx(bytes)) return;
    try {
      this.result = { bytes, items: await docxItems(bytes) };
    } catch {
      this.result = null;
    }
  }

  /** The file's bytes and content; `InvalidArgument` for anything but a .docx. */
  read(source: string): { bytes: Uint8Array; items: DocxItem[] } {
    if (!this.result) throw new FakeOfficeError("InvalidArgument", "InvalidArgument", source);
    return this.result;
  }
}

/** Paragraphs and controls of items, as they sit inside a content control. */
export function innerNodes(doc: FakeWordDocument, items: readonly DocxItem[]): FakeNode[] {
  const out: FakeNode[] = [];
  for (const item of items) {
    if (item.kind === "content") for (const text of item.paragraphs) out.push({ kind: "text", text });
    else out.push(controlNode(doc, item));
  }
  return out;
}

function controlNode(doc: FakeWordDocument, item: Extract<DocxItem, { kind: "control" }>): FakeNode {
  return {
    kind: "control",
    id: doc.nextControlId++,
    tag: item.tag,
    title: item.title,
    cannotEdit: false,
    nodes: innerNodes(doc, item.items),
  };
}

/**
 * What a file inserted in the body becomes: its plain content as "[file]" nodes, its block-level
 * controls as controls with new ids; a file without controls is one "[file]" node.
 */
export function topLevelNodes(
  doc: FakeWordDocument,
  items: readonly DocxItem[],
  base64: string,
  location: InsertLocationName,
): FakeNode[] {
  const out: FakeNode[] = [];
  for (const item of items) {
    if (item.kind === "content") out.push({ kind: "file", base64, location });
    else out.push(controlNode(doc, item));
  }
  return out.length > 0 ? out : [{ kind: "file", base64, location }];
}

/**
 * The refreshable parts of the plan (`PlanDocument.parts`) as Word content controls: a block-level
 * w:sdt around the part's paragraphs and tables, its tag the part's tag (see core/plan/parts) and its
 * title (w:alias) what Word shows the user ("Số liệu tự động: Tỷ lệ đạt chuẩn"). The control is not
 * locked: the user may edit or delete it; a refresh then warns, or reports the part missing.
 */
import { BuilderElement, FileChild, Paragraph, StringValueElement } from "docx";
import type { Block, PlanDocument } from "../../core/plan/model";

class ContentControl extends FileChild {
  constructor(tag: string, title: string, children: readonly FileChild[]) {
    super("w:sdt");
    this.root.push(
      new BuilderElement({
        name: "w:sdtPr",
        children: [new StringValueElement("w:alias", title), new StringValueElement("w:tag", tag)],
      }),
    );
    this.root.push(new BuilderElement({ name: "w:sdtContent", children }));
  }
}

/** The body of the document: each block rendered, the blocks of each part inside its control. */
export function withControls(
  plan: PlanDocument,
  render: (block: Block, index: number) => readonly FileChild[],
): FileChild[] {
  const out: FileChild[] = [];
  const add = (into: FileChild[], index: number): void => {
    const block = plan.blocks[index];
    if (block) for (const child of render(block, index)) into.push(child);
  };
  let i = 0;
  for (const part of plan.parts) {
    for (; i < part.start; i++) add(out, i);
    const inner: FileChild[] = [];
    for (; i < part.end; i++) add(inner, i);
    out.push(new ContentControl(part.tag, part.title, inner));
  }
  for (; i < plan.blocks.length; i++) add(out, i);
  // A document ending in a control leaves the user no paragraph to write after it.
  if (out[out.length - 1] instanceof ContentControl) out.push(new Paragraph({ children: [] }));
  return out;
}

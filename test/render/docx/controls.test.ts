/**
 * The .docx the CLI, the standalone page and the Word pane write holds each refreshable part in a
 * content control (w:sdt) tagged for "Cập nhật số liệu", so a downloaded plan can be refreshed in Word.
 */
import type { PlanDocument } from "../../../src/core/plan/model";
import { fingerprint, parsePartTag, partTag } from "../../../src/core/plan/parts";
import { renderPartBase64 } from "../../../src/render/docx/parts";
import { renderPlanDocx } from "../../../src/render/docx/render";
import { kontumPlan } from "../../core/plan/helpers";
import { attribute, docxParts, paragraphs, textOf, wellFormedProblem } from "./ooxml";

interface Control {
  readonly tag: string | null;
  readonly alias: string | null;
  /** Paragraph texts, as Word reports a control's text ("\r" between paragraphs). */
  readonly text: string;
  readonly xml: string;
}

function controls(document: string): Control[] {
  return [...document.matchAll(/<w:sdt>([\s\S]*?)<\/w:sdt>/g)].map((m) => {
    const xml = m[1] ?? "";
    const props = /<w:sdtPr>([\s\S]*?)<\/w:sdtPr>/.exec(xml)?.[1] ?? "";
    const content = /<w:sdtContent>([\s\S]*)<\/w:sdtContent>/.exec(xml)?.[1] ?? "";
    return {
      tag: attribute(props, "w:tag", "w:val"),
      alias: attribute(props, "w:alias", "w:val"),
      text: paragraphs(content)
        .map((p) => p.text)
        .join("\r"),
      xml,
    };
  });
}

describe("content controls in the plan's .docx", () => {
  let document: string;
  const plan: PlanDocument = kontumPlan();
  beforeAll(async () => {
    document = (await docxParts(await renderPlanDocx(plan))).document;
  });

  test("one per part, in order, tagged and titled as the model says", () => {
    expect(wellFormedProblem(document)).toBeNull();
    const found = controls(document);
    expect(found.map((c) => c.tag)).toEqual(plan.parts.map((p) => partTag(plan, p)));
    expect(found.map((c) => c.alias)).toEqual([
      "Số liệu tự động: Tỷ lệ đạt chuẩn",
      "Số liệu tự động: Chỉ tiêu công nhận",
      "Số liệu tự động: Kinh phí",
      "Số liệu tự động: Danh sách đến hạn công nhận lại",
      "Số liệu tự động: Phụ lục",
    ]);
    for (const c of found) expect(c.xml.indexOf("<w:sdtPr>")).toBeLessThan(c.xml.indexOf("<w:sdtContent>"));
  });

  test("hold the figures and the tables, and the text Word will report matches the tag's fingerprint", () => {
    const found = controls(document);
    expect(found[0]?.text).toContain("35/57 trường, tỉ lệ 61,40%");
    expect(found[2]?.text).toContain("Tổng kinh phí: 44.497 triệu đồng");
    expect(found[4]?.xml).toContain("<w:tbl>");
    expect(textOf(found[4]?.xml ?? "")).toContain("TH&THCS Thắng Lợi");
    for (const c of found) expect(fingerprint(c.text)).toBe(parsePartTag(c.tag ?? "")?.fingerprint);
  });

  test("the user's headings and the plan's fixed text stay outside the controls", () => {
    const outside = document.replace(/<w:sdt>[\s\S]*?<\/w:sdt>/g, "");
    const texts = paragraphs(outside).map((p) => p.text);
    expect(texts).toContain("I. MỤC TIÊU CỤ THỂ");
    expect(texts.some((t) => t.startsWith("Quyết định công nhận đạt kiểm định"))).toBe(true);
    expect(outside).not.toContain("61,40%");
  });

  test("a plan without some sections has the controls of the others only", async () => {
    const small = kontumPlan({ sections: ["renewals"] });
    const xml = (await docxParts(await renderPlanDocx(small))).document;
    expect(controls(xml).map((c) => parsePartTag(c.tag ?? "")?.part)).toEqual(["renewals"]);
    // The plan ends in that control: an empty paragraph follows it, for the user to write after it.
    const afterLast = xml.slice(xml.lastIndexOf("</w:sdt>") + "</w:sdt>".length);
    expect(afterLast).toMatch(/^<w:p(\s[^>]*)?\/?>/);
    expect(textOf(afterLast)).toBe("");
  });

  test("a part alone, for Word to put into its control, has no control of its own and the same text", async () => {
    const part = plan.parts[2];
    if (!part) throw new Error("no budget part");
    const bytes = Buffer.from(await renderPartBase64(plan, part), "base64");
    const xml = (await docxParts(bytes)).document;
    expect(xml).not.toContain("<w:sdt>");
    const text = paragraphs(xml)
      .map((p) => p.text)
      .join("\r");
    expect(fingerprint(text)).toBe(parsePartTag(partTag(plan, part))?.fingerprint);
  });
});

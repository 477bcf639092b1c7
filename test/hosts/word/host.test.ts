/**
 * The Word host on the fake Word: the plan goes in at the cursor in one Word.run and one sync, as the
 * .docx the renderer made (built-in Heading styles, real tables), after any selected text; Word's
 * refusals become messages in both languages.
 */
import { renderPlanBase64 } from "../../../src/render/docx/render";
import { createWordHost, INSERT_LOCATION, MAX_BASE64_LENGTH } from "../../../src/hosts/word/host";
import type { WordHost } from "../../../src/hosts/word/host";
import { WordHostError, wordErrorFrom } from "../../../src/hosts/word/errors";
import { kontumPlan } from "../../core/plan/helpers";
import { docxParts, paragraphs, rows, tables, textOf, withoutTables } from "../../render/docx/ooxml";
import type { InstalledFakeWord, InstallWordOptions } from "../../fakes/word";
import { installFakeWord, outline, wordDocument } from "../../fakes/word";
import type { DocumentSpec } from "../../fakes/word";

let word: InstalledFakeWord | null = null;

async function setup(spec: DocumentSpec = {}, options: InstallWordOptions = {}): Promise<WordHost> {
  word?.uninstall();
  word = installFakeWord(wordDocument(spec), options);
  return createWordHost();
}

function fake(): InstalledFakeWord {
  if (!word) throw new Error("setup first");
  return word;
}

afterEach(() => {
  word?.uninstall();
  word = null;
});

const LETTER = { before: ["Kính gửi: Các trường học trên địa bàn."], after: ["Nơi nhận:"] };

let full: string;
let targetsOnly: string;
beforeAll(async () => {
  full = await renderPlanBase64(kontumPlan());
  targetsOnly = await renderPlanBase64(kontumPlan({ sections: ["targets"] }));
});

describe("insertPlanAtCursor", () => {
  test("inserts the plan at a bare cursor in one Word.run and one sync", async () => {
    const host = await setup(LETTER);
    await host.insertPlanAtCursor(full);
    expect(fake().stats.runs).toBe(1);
    expect(fake().stats.syncs).toBe(1);
    expect(fake().stats.failures).toEqual([]);
    // Word keeps the plan's parts as content controls between its plain content.
    expect(outline(fake().document)).toEqual([
      "Kính gửi: Các trường học trên địa bàn.",
      "[file]",
      "[Số liệu tự động: Tỷ lệ đạt chuẩn]",
      "[file]",
      "[Số liệu tự động: Chỉ tiêu công nhận]",
      "[file]",
      "[Số liệu tự động: Kinh phí]",
      "[file]",
      "[Số liệu tự động: Danh sách đến hạn công nhận lại]",
      "[file]",
      "[Số liệu tự động: Phụ lục]",
      "[file]",
      "Nơi nhận:",
    ]);
    expect(fake().stats.insertions.map((i) => i.location)).toEqual([INSERT_LOCATION]);
    expect(INSERT_LOCATION).toBe("After");
  });

  test("what Word receives is the plan as a .docx: its text, built-in Heading styles and real tables", async () => {
    const host = await setup(LETTER);
    await host.insertPlanAtCursor(full);
    const inserted = fake().stats.insertions[0];
    expect(inserted?.base64).toBe(full);
    expect(full).toMatch(/^[A-Za-z0-9+/]+={0,2}$/); // plain base64: no data: prefix, no line breaks
    const docx = await docxParts(inserted?.bytes ?? new Uint8Array());
    const text = textOf(docx.document);
    expect(text).toContain("KẾ HOẠCH");
    expect(text).toContain("35/57 trường, tỉ lệ 61,40%");
    expect(text).toContain("Danh sách này gồm");

    const headings = paragraphs(withoutTables(docx.document)).filter((p) => p.style?.startsWith("Heading"));
    expect(headings.find((p) => p.text === "I. MỤC TIÊU CỤ THỂ")?.style).toBe("Heading1");
    expect(headings.find((p) => p.text === "1. Tỉ lệ trường đạt chuẩn quốc gia")?.style).toBe("Heading2");
    // The built-in style ids and names (Word matches names regardless of case), with outline levels.
    for (const level of [1, 2, 3]) {
      const style = new RegExp(`<w:style [^>]*w:styleId="Heading${level}"[^>]*>[\\s\\S]*?</w:style>`).exec(
        docx.styles,
      )?.[0];
      expect(style).toMatch(new RegExp(`<w:name w:val="heading ${level}"/>`, "i"));
      expect(style).toContain(`<w:outlineLvl w:val="${level - 1}"/>`);
    }

    const found = tables(docx.document);
    expect(found.length).toBeGreaterThanOrEqual(3); // header layout, targets by type, appendix list
    const appendix = found.map(rows).find((r) => r[0]?.[0] === "TT");
    expect(appendix?.length).toBeGreaterThan(2);
  });

  test("a selected text is kept: the plan follows it", async () => {
    const host = await setup({ ...LETTER, selected: ["Đoạn đang chọn"] });
    await host.insertPlanAtCursor(targetsOnly);
    expect(outline(fake().document)).toEqual([
      "Kính gửi: Các trường học trên địa bàn.",
      "Đoạn đang chọn",
      "[file]",
      "[Số liệu tự động: Tỷ lệ đạt chuẩn]",
      "[file]",
      "[Số liệu tự động: Chỉ tiêu công nhận]",
      "[file]",
      "Nơi nhận:",
    ]);
    expect(fake().stats.syncs).toBe(1);
  });

  test("each insertion is its own run with one sync; the sections asked for are the ones Word gets", async () => {
    const host = await setup();
    await host.insertPlanAtCursor(targetsOnly);
    await host.insertPlanAtCursor(full);
    expect(fake().stats.runs).toBe(2);
    expect(fake().stats.syncs).toBe(2);
    const [first, second] = await Promise.all(
      fake().stats.insertions.map(async (i) => textOf((await docxParts(i.bytes)).document)),
    );
    expect(first).toContain("MỤC TIÊU CỤ THỂ");
    expect(first).not.toContain("KINH PHÍ");
    expect(first).not.toContain("Danh sách này gồm");
    expect(second).toContain("KINH PHÍ");
  });
});

describe("errors", () => {
  test("a Word without WordApi 1.1 is told before anything is sent", async () => {
    const host = await setup(LETTER, { apiVersion: null });
    expect(host.canInsert).toBe(false);
    const error = await host.insertPlanAtCursor(full).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WordHostError);
    expect(error).toMatchObject({ kind: "unsupported" });
    expect((error as WordHostError).vi).toContain("WordApi 1.1");
    expect((error as WordHostError).en).toContain("WordApi 1.1");
    expect(fake().stats.runs).toBe(0);
    expect(outline(fake().document)).toEqual(["Kính gửi: Các trường học trên địa bàn.", "Nơi nhận:"]);
  });

  test("WordApi 1.1 is enough", async () => {
    const host = await setup(LETTER, { apiVersion: "1.1" });
    expect(host.canInsert).toBe(true);
    await host.insertPlanAtCursor(targetsOnly);
    expect(fake().stats.insertions).toHaveLength(1);
  });

  test("a protected document: the user learns how to allow editing; nothing changes", async () => {
    const host = await setup({ ...LETTER, protected: true });
    const error = (await host.insertPlanAtCursor(full).catch((e: unknown) => e)) as WordHostError;
    expect(error).toBeInstanceOf(WordHostError);
    expect(error.kind).toBe("protected");
    expect(error.vi).toContain("Hạn chế chỉnh sửa");
    expect(error.en).toContain("Restrict Editing");
    expect(error.detail).toBe("The document is protected.");
    expect(fake().stats.syncs).toBe(1);
    expect(fake().stats.failures).toEqual(["AccessDenied"]);
    expect(outline(fake().document)).toEqual(["Kính gửi: Các trường học trên địa bàn.", "Nơi nhận:"]);
  });

  test.each([
    ["InvalidArgument", "location"],
    ["NotAllowed", "protected"],
    ["ItemNotFound", "no-document"],
    ["GeneralException", "failed"],
  ])("Word's %s at the insertion becomes %s", async (code, kind) => {
    const host = await setup(LETTER);
    fake().failNext("insert", code, `${code} from Word`);
    const error = (await host.insertPlanAtCursor(targetsOnly).catch((e: unknown) => e)) as WordHostError;
    expect(error).toBeInstanceOf(WordHostError);
    expect(error.kind).toBe(kind);
    expect(error.detail).toBe(`${code} from Word`);
    expect(error.vi).not.toBe(error.en);
    expect(fake().stats.insertions).toEqual([]);
  });

  test("a Word.run that fails before the batch (no document open) is no-document", async () => {
    const host = await setup(LETTER);
    fake().failNext("run", "ItemNotFound");
    await expect(host.insertPlanAtCursor(targetsOnly)).rejects.toMatchObject({ kind: "no-document" });
  });

  test("no document at all: the host cannot be created, and says so in both languages", async () => {
    word = installFakeWord(wordDocument(), { noDocument: true });
    const error = (await createWordHost().catch((e: unknown) => e)) as WordHostError;
    expect(error.kind).toBe("no-document");
    expect(error.vi).toContain("tài liệu");
    expect(error.en).toContain("document");
  });

  test("a file above Word's limit is refused before Word is asked", async () => {
    const host = await setup(LETTER);
    const big = "A".repeat(MAX_BASE64_LENGTH + 4);
    await expect(host.insertPlanAtCursor(big)).rejects.toMatchObject({ kind: "too-large" });
    expect(fake().stats.runs).toBe(0);
  });

  test("Word on the web's request limit, should it bind first, is too-large as well", async () => {
    const host = await setup(LETTER, { maxRequestBytes: 10_000 });
    await expect(host.insertPlanAtCursor(full)).rejects.toMatchObject({ kind: "too-large" });
    expect(fake().stats.failures).toEqual(["RequestPayloadSizeLimitExceeded"]);
  });

  test("anything that is not an office-js error is a plain failure with its message", () => {
    expect(wordErrorFrom(new Error("boom\nstack"))).toMatchObject({ kind: "failed", detail: "boom" });
    expect(wordErrorFrom({ debugInfo: { code: "AccessDenied" } })).toMatchObject({ kind: "protected" });
    expect(wordErrorFrom(null)).toMatchObject({ kind: "failed", detail: null });
  });
});

describe("settings in the document", () => {
  test("are JSON text in Office.context.document.settings, saved to the document at every change", async () => {
    const host = await setup();
    await host.settings.set("plan:header", {
      issuingBody: "UBND huyện Cao Lộc",
      place: "",
      number: "",
      date: "",
    });
    await host.settings.set("planYear", 2024);
    expect(fake().settings.saved.get("planYear")).toBe("2024");
    expect(JSON.parse(String(fake().settings.saved.get("plan:header")))).toMatchObject({
      issuingBody: "UBND huyện Cao Lộc",
    });
    expect(fake().settings.saves).toBe(2);
    expect(host.settings.get("planYear")).toBe(2024);
    expect(host.settings.get("nothing")).toBeNull();
  });

  test("a document opened again starts from what was saved; null removes a setting", async () => {
    let host = await setup();
    await host.settings.set("plan:sections", ["targets", "appendix"]);
    await host.settings.set("lang", "en");
    await host.settings.set("lang", null);
    const saved = [...fake().settings.saved];
    host = await setup({}, { settings: saved });
    expect(host.settings.get("plan:sections")).toEqual(["targets", "appendix"]);
    expect(host.settings.get("lang")).toBeNull();
  });

  test("values are copies: changing what get returned does not change the setting", async () => {
    const host = await setup();
    await host.settings.set("plan:sections", ["targets"]);
    host.settings.get<string[]>("plan:sections")?.push("budget");
    expect(host.settings.get("plan:sections")).toEqual(["targets"]);
  });

  test("saves run one after the other, and a failed save is a settings error that keeps the value", async () => {
    const host = await setup();
    await Promise.all([host.settings.set("a", 1), host.settings.set("b", 2), host.settings.set("c", 3)]);
    expect(fake().settings.saves).toBe(3);
    expect(fake().settings.saved.get("c")).toBe("3");
    fake().settings.failSaves = true;
    await expect(host.settings.set("a", 9)).rejects.toMatchObject({ kind: "settings" });
    expect(host.settings.get("a")).toBe(9);
    expect(fake().settings.saved.get("a")).toBe("1");
    fake().settings.failSaves = false;
    await host.settings.set("b", 8);
    expect(fake().settings.saved.get("a")).toBe("9");
  });

  test("settings never need a Word.run", async () => {
    const host = await setup();
    await host.settings.set("planYear", 2025);
    expect(fake().stats.runs).toBe(0);
  });
});

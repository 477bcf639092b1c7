/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// exceljs (which builds the test's files) needs uuid's CommonJS build: see pane.test.tsx.
/**
 * Cập nhật số liệu in the Word pane on the fake Word: the plan inserted from one list is refreshed
 * from a later one; only the tagged parts change, the figures are told old → new, an edited part is
 * shown before anything is written, a deleted part is reported and not recreated.
 */
import { screen, waitFor } from "@testing-library/react";
import type ExcelJS from "exceljs";
import type { FakeControl } from "../../fakes/word";
import { controlsOf, outline } from "../../fakes/word";
import { kontumWorkbook } from "../../fixtures/kontum";
import { checkGrids } from "../../../src/app/check";
import { planOf } from "../../../src/app/plan";
import { renderPlanDocx } from "../../../src/render/docx/render";
import { kontumGrids, kontumLaterWorkbook } from "../../core/plan/kontum-variant";
import { TODAY } from "../../helpers/sheet";
import { installWord, LETTER, renderWordPane, uninstallWord } from "./helpers";

const FILE_LABEL = "Tệp danh sách trường (.xlsx, .xlsm, .xls, .ods hoặc .csv)";
const LIST_LINE = "Trang “Danh sách trường”: 57 trường, 0 lỗi.";

async function fileOf(wb: ExcelJS.Workbook, name: string): Promise<File> {
  const buffer = await wb.xlsx.writeBuffer();
  return new File([new Uint8Array(buffer as ArrayBuffer)], name);
}

let earlier: File;
let later: File;
beforeAll(async () => {
  earlier = await fileOf(kontumWorkbook(), "danh-sach-thang-01.xlsx");
  later = await fileOf(kontumLaterWorkbook(), "danh-sach-thang-03.xlsx");
});

afterEach(() => uninstallWord());

/** A deep copy of plain data (jsdom has no structuredClone). */
const copy = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The pane over a letter, the plan of the January list inserted, then the user's own paragraph. */
async function letterWithPlan() {
  const word = installWord({ settings: [["planYear", "2023"]] });
  const pane = await renderWordPane();
  await pane.user.upload(screen.getByLabelText(FILE_LABEL), earlier);
  await screen.findByText(LIST_LINE);
  await pane.user.type(screen.getByRole("textbox", { name: "Cơ quan ban hành" }), "UBND thành phố Kon Tum");
  const insert = screen.getByRole("button", { name: "Chèn kế hoạch" });
  await waitFor(() => expect(insert).toHaveProperty("disabled", false));
  await pane.user.click(insert);
  await screen.findByText(/^Đã chèn kế hoạch năm 2023/);
  const nodes = word.document.nodes;
  const budget = nodes.findIndex((n) => n.kind === "control" && n.title.endsWith("Kinh phí"));
  nodes.splice(budget + 1, 0, { kind: "text", text: "Đề nghị Phòng Tài chính - Kế hoạch thẩm định." });
  return { word, ...pane };
}

function control(nodes: readonly { kind: string }[], title: string): FakeControl {
  const found = nodes.find(
    (n): n is FakeControl => n.kind === "control" && (n as FakeControl).title.endsWith(title),
  );
  if (!found) throw new Error(`no control ${title}`);
  return found;
}

test("a later list: only the tagged parts change, the figures are told old → new, in three syncs", async () => {
  const { word, user } = await letterWithPlan();
  const userText = copy(word.document.nodes.filter((n) => n.kind !== "control"));
  const shape = outline(word.document);
  await user.upload(screen.getByLabelText(FILE_LABEL), later);
  await screen.findByText("danh-sach-thang-03.xlsx");
  word.stats.reset();
  await user.click(screen.getByRole("button", { name: "Cập nhật số liệu" }));
  expect(
    await screen.findByText(
      "Đã cập nhật số liệu kế hoạch năm 2023: Tỷ lệ đạt chuẩn, Chỉ tiêu công nhận, Kinh phí, Phụ lục.",
    ),
  ).toBeTruthy();
  const changes = screen.getAllByRole("listitem").map((li) => li.textContent);
  expect(changes).toEqual([
    "Tỷ lệ đạt chuẩn dự kiến cuối năm: 61,40% → 63,16%",
    "Số trường đề nghị công nhận: 6 → 7 trường",
    "Kinh phí: 44.497 → 45.100 triệu đồng",
    "Số trường trong Phụ lục: 6 → 7 trường",
  ]);
  expect(word.stats.runs).toBe(2);
  expect(word.stats.syncs).toBe(3);
  expect(word.document.nodes.filter((n) => n.kind !== "control")).toEqual(userText);
  expect(outline(word.document)).toEqual(shape);
  expect(shape).toContain("Đề nghị Phòng Tài chính - Kế hoạch thẩm định.");
  expect(shape.slice(0, 1)).toEqual(LETTER.before);
  expect(controlsOf(word.document)[2]?.text).toContain("Tổng kinh phí: 45.100 triệu đồng");
});

test("an edited part is shown before anything is written, and kept when the user says so", async () => {
  const { word, user } = await letterWithPlan();
  const budget = control(word.document.nodes, "Kinh phí");
  budget.nodes = [...budget.nodes, { kind: "text", text: "Trong đó xã hội hóa 1.200 triệu đồng." }];
  const kept = copy(budget);
  await user.upload(screen.getByLabelText(FILE_LABEL), later);
  await screen.findByText("danh-sach-thang-03.xlsx");
  word.stats.reset();
  await user.click(screen.getByRole("button", { name: "Cập nhật số liệu" }));
  expect(await screen.findByText("Có phần số liệu đã được sửa trong Word")).toBeTruthy();
  expect(screen.getByText(/cập nhật sẽ thay cả phần bạn đã sửa: Kinh phí\.$/)).toBeTruthy();
  expect(word.stats.syncs).toBe(1); // read only: nothing written before the user chooses
  expect(controlsOf(word.document)[0]?.text).toContain("61,40%");
  await user.click(screen.getByRole("button", { name: "Giữ phần đã sửa, cập nhật phần còn lại" }));
  expect(await screen.findByText("Giữ nguyên phần đã sửa: Kinh phí.")).toBeTruthy();
  expect(control(word.document.nodes, "Kinh phí")).toEqual(kept);
  expect(controlsOf(word.document)[0]?.text).toContain("63,16%");
  expect(screen.getAllByRole("listitem").map((li) => li.textContent)).not.toContain(
    "Kinh phí: 44.497 → 45.100 triệu đồng",
  );
  expect(word.stats.syncs).toBe(3);
});

test("a deleted part is reported, not recreated; a document without parts is told how to get them", async () => {
  const { word, user } = await letterWithPlan();
  word.document.nodes = word.document.nodes.filter(
    (n) => !(n.kind === "control" && n.title.endsWith("Phụ lục")),
  );
  await user.click(screen.getByRole("button", { name: "Cập nhật số liệu" }));
  expect(await screen.findByText("Không tìm thấy phần: Phụ lục.")).toBeTruthy();
  expect(screen.getByText(/^Số liệu kế hoạch năm 2023 trong tài liệu đã khớp với danh sách/)).toBeTruthy();
  expect(outline(word.document).filter((l) => l.endsWith("Phụ lục]"))).toEqual([]);

  word.document.nodes = [...LETTER.before, ...LETTER.after].map((text) => ({ kind: "text", text }));
  await user.click(screen.getByRole("button", { name: "Cập nhật số liệu" }));
  expect(await screen.findByText(/^Tài liệu chưa có phần số liệu tự động nào/)).toBeTruthy();
});

test("a plan downloaded as .docx (standalone page, kdcl plan) and opened in Word is refreshed the same way", async () => {
  // The file as the standalone page writes it, opened in Word: no settings of the pane in it.
  const check = checkGrids(kontumGrids(false), { planYear: 2023 }, { today: TODAY });
  const plan = planOf(check, {
    header: { issuingBody: "UBND thành phố Kon Tum", place: "Kon Tum", number: "", date: null },
    sections: ["targets", "budget", "renewals", "appendix"],
    lang: "vi",
  });
  const bytes = await renderPlanDocx(plan, [{ name: "KDCL.output", value: "plan" }]);
  const word = installWord();
  word.document.nodes = [];
  word.document.selection = { start: 0, end: 0 };
  await Word.run(async (context) => {
    context.document.getSelection().insertFileFromBase64(Buffer.from(bytes).toString("base64"), "Replace");
    await context.sync();
  });
  const { user } = await renderWordPane();
  await user.upload(screen.getByLabelText(FILE_LABEL), later);
  await screen.findByText(LIST_LINE);
  await user.click(screen.getByRole("button", { name: "Cập nhật số liệu" }));
  expect(
    await screen.findByText(
      "Đã cập nhật số liệu kế hoạch năm 2023: Tỷ lệ đạt chuẩn, Chỉ tiêu công nhận, Kinh phí, Phụ lục.",
    ),
  ).toBeTruthy();
  expect(screen.getByText("Kinh phí: 44.497 → 45.100 triệu đồng")).toBeTruthy();
  expect(controlsOf(word.document).map((c) => c.tag.split(":").slice(0, 4).join(":"))).toEqual([
    "kdcl:coverage:1:2023",
    "kdcl:targets:1:2023",
    "kdcl:budget:1:2023",
    "kdcl:renewals:1:2023",
    "kdcl:appendix:1:2023",
  ]);
});

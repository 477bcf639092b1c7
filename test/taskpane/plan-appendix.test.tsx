/** @jest-environment jsdom */
/**
 * The appendix as an attached Excel file, chosen in the plan page: the document names the file, the
 * workbook lists exactly the schools the document's table would, and it is offered by its own button.
 */
import { screen, waitFor } from "@testing-library/react";
import JSZip from "jszip";
import { TextDecoder, TextEncoder } from "util";
import type { PlanDocument } from "../../src/core/plan/model";
import { appendixOutcome } from "../../src/taskpane/lib/plan-appendix";
import { readBlob } from "./blob";
import { FakeHost } from "./fake-host";
import { cityList, PLAN_YEAR } from "./lists";
import { inPanel, renderPane } from "./render";

const SHEET = "DS trường";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

Object.assign(globalThis, { TextEncoder, TextDecoder });

async function partText(blob: Blob, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readBlob(blob));
  return (await zip.file(part)?.async("string")) ?? "";
}

/** The texts of a part's cells or paragraphs' runs, in order. */
const textsOf = (xml: string, tag: "t" | "w:t"): string[] =>
  [...xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`, "g"))].map((m) => m[1] ?? "");

let blobs: Blob[];
let clicked: { download: string; type: string }[];

beforeEach(() => {
  blobs = [];
  clicked = [];
  URL.createObjectURL = jest.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:${blobs.length}`;
  });
  URL.revokeObjectURL = jest.fn();
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    const n = Number((this.getAttribute("href") ?? "").replace("blob:", ""));
    clicked.push({ download: this.download, type: blobs[n - 1]?.type ?? "" });
  });
});

afterEach(() => jest.restoreAllMocks());

/** The plan page with the city list read; returns the download button as first drawn. */
async function planPage() {
  const host = new FakeHost({ [SHEET]: cityList() });
  host.settings.store.set("planYear", PLAN_YEAR);
  const rendered = renderPane(host);
  await rendered.user.click(screen.getByRole("tab", { name: /^Kế hoạch/ }));
  await rendered.user.type(
    inPanel().getByRole("textbox", { name: "Cơ quan ban hành" }),
    "UBND thành phố Kon Tum",
  );
  await rendered.user.click(inPanel().getByRole("button", { name: "Đọc danh sách" }));
  const download = inPanel().getByRole("button", { name: "Tải tệp Word (.docx)" });
  await waitFor(() => expect(download).toHaveProperty("disabled", false));
  return { ...rendered, download };
}

test("the appendix as an Excel file: the document names it, and the workbook lists the table's schools", async () => {
  const { user, download } = await planPage();

  // The table first, as the document gives it by default.
  await user.click(download);
  await inPanel().findByText("Đã tạo tệp ke-hoach-kdcl-2024.docx.");
  const tableDoc = textsOf(await partText(blobs[0] as Blob, "word/document.xml"), "w:t").join("|");
  expect(tableDoc).toContain("Danh sách này gồm");
  expect(inPanel().queryByRole("button", { name: "Tải tệp phụ lục (.xlsx)" })).toBeNull();

  await user.click(inPanel().getByRole("radio", { name: "Tệp Excel kèm theo (.xlsx)" }));
  // The button is drawn again after each download.
  await user.click(inPanel().getByRole("button", { name: "Tải tệp Word (.docx)" }));
  const attach = await inPanel().findByRole(
    "button",
    { name: "Tải tệp phụ lục (.xlsx)" },
    { timeout: 10_000 },
  );
  expect(
    inPanel().getByText(
      "Văn bản ke-hoach-kdcl-2024.docx ghi danh sách phụ lục được đính kèm dưới dạng tệp Excel “ke-hoach-kdcl-2024-phu-luc.xlsx”. Hãy tải tệp này và gửi kèm văn bản.",
    ),
  ).toBeTruthy();
  // One click, one download: the workbook waits for its own button.
  expect(clicked).toEqual([
    { download: "ke-hoach-kdcl-2024.docx", type: DOCX },
    { download: "ke-hoach-kdcl-2024.docx", type: DOCX },
  ]);
  const fileDoc = textsOf(await partText(blobs[1] as Blob, "word/document.xml"), "w:t").join("|");
  expect(fileDoc).toContain("dưới dạng tệp Excel “ke-hoach-kdcl-2024-phu-luc.xlsx”");
  expect(fileDoc).not.toContain("Danh sách này gồm");

  await user.click(attach);
  expect(clicked[2]).toEqual({ download: "ke-hoach-kdcl-2024-phu-luc.xlsx", type: XLSX });
  expect(await inPanel().findByText("Đã tải tệp ke-hoach-kdcl-2024-phu-luc.xlsx.")).toBeTruthy();
  const sheet = textsOf(await partText(blobs[2] as Blob, "xl/worksheets/sheet1.xml"), "t");
  // The schools of the plan year, in the table's order, and its closing count.
  const planned = ["THCS Số 1", "THCS Số 2", "THCS Số 3", "THCS Số 4"];
  expect(sheet.filter((t) => t.startsWith("THCS Số"))).toEqual(planned);
  for (const name of planned) expect(tableDoc).toContain(name);
  expect(sheet.at(-1)).toMatch(/^Danh sách này gồm: 04 đơn vị/);
  expect(tableDoc).toContain(sheet.at(-1));
  const workbook = await partText(blobs[2] as Blob, "xl/workbook.xml");
  expect(workbook).toContain('name="Phụ lục"');
});

test("with the appendix left out there is no file to attach, whatever the choice was", async () => {
  const { user, download } = await planPage();
  await user.click(inPanel().getByRole("radio", { name: "Tệp Excel kèm theo (.xlsx)" }));
  await user.click(inPanel().getByRole("checkbox", { name: "Phụ lục" }));
  expect(inPanel().queryByRole("radio", { name: "Tệp Excel kèm theo (.xlsx)" })).toBeNull();
  await user.click(download);
  await inPanel().findByText("Đã tạo tệp ke-hoach-kdcl-2024.docx.");
  expect(inPanel().queryByRole("button", { name: "Tải tệp phụ lục (.xlsx)" })).toBeNull();
  expect(clicked).toEqual([{ download: "ke-hoach-kdcl-2024.docx", type: DOCX }]);
});

describe("what the appendix adds", () => {
  const planListing = (schools: number | null): PlanDocument =>
    ({
      appendix:
        schools === null
          ? null
          : {
              title: "DANH SÁCH",
              attached: [],
              table: { kind: "table", header: [], body: Array.from({ length: schools }, () => []) },
              footer: "",
            },
    }) as unknown as PlanDocument;

  test("a table longer than 5,000 schools gets the advice to attach it; a shorter one none", async () => {
    expect((await appendixOutcome(planListing(5001), { kind: "table" }, "vi")).longTable).toBe(5001);
    expect((await appendixOutcome(planListing(5000), { kind: "table" }, "vi")).longTable).toBeNull();
  });

  test("a file asked for when the plan lists no school: none is made, and the pane says why", async () => {
    const outcome = await appendixOutcome(
      planListing(null),
      { kind: "file", fileName: "x-phu-luc.xlsx" },
      "vi",
    );
    expect(outcome).toEqual({ attachment: null, longTable: null, noList: true });
  });
});

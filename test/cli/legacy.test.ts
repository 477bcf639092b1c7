/**
 * The BUILT `kdcl` on an .xls and an .ods of the sample list: the same findings and the same summary
 * as its .xlsx, and `report` turns the .xls into an .xlsx copy with the summary sheets.
 */
import { mkdtempSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { read, write } from "@e965/xlsx";
import { buildSampleWorkbook, SAMPLE_PLAN_YEAR } from "../../src/hosts/file/sample";
import { expectBuilt, kdcl } from "./kdcl";

let dir: string;

beforeAll(async () => {
  expectBuilt();
  dir = mkdtempSync(join(tmpdir(), "kdcl-cli-legacy-"));
  const xlsx = new Uint8Array(await buildSampleWorkbook().xlsx.writeBuffer());
  writeFileSync(join(dir, "mau.xlsx"), xlsx);
  const book = read(xlsx, { type: "array", cellNF: true });
  for (const bookType of ["xls", "ods"] as const)
    writeFileSync(
      join(dir, `mau.${bookType}`),
      new Uint8Array(write(book, { type: "array", bookType }) as ArrayBuffer),
    );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = (file: string, command: string) => {
  const run = kdcl(dir, command, file, "--year", String(SAMPLE_PLAN_YEAR), "--json");
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout) as { files: { file: string; findings?: { rule: string; cell: string }[] }[] };
};

test.each(["xls", "ods"])("validate and summarize read the .%s as they read the .xlsx", (ext) => {
  const want = json("mau.xlsx", "validate").files[0]?.findings ?? [];
  const got = json(`mau.${ext}`, "validate").files[0]?.findings ?? [];
  // The .ods writer used here drops error cells; everything else is the same.
  const comparable = (list: { rule: string; cell: string }[]) =>
    list.filter((f) => ext === "xls" || f.rule !== "cell-error").map((f) => `${f.rule} ${f.cell}`);
  expect(want.length).toBeGreaterThan(5);
  expect(comparable(got)).toEqual(comparable(want));
  // The same summary, but for the file name it was read from.
  const summary = (file: string) => ({ ...json(file, "summarize").files[0], file: "" });
  if (ext === "xls") {
    expect(summary(`mau.${ext}`)).toEqual(summary("mau.xlsx"));
    return;
  }
  // The sample's #N/A recognition date leaves its school out of the rates; the .ods, whose writer
  // dropped that error, has an empty date there instead, and counts the school as its code says.
  const xlsx = summary("mau.xlsx") as Record<string, unknown>;
  const ods = summary("mau.ods") as Record<string, unknown>;
  const rest = (s: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(s).filter(([k]) => !["coverage", "coverageExcluded", "dueExcluded"].includes(k)),
    );
  expect(rest(ods)).toEqual(rest(xlsx));
  // The same cell is why the school is named rather than dated among the renewals due.
  for (const key of ["coverageExcluded", "dueExcluded"]) {
    expect(xlsx[key]).toEqual([expect.objectContaining({ cell: "G23", reason: "date" })]);
    expect(ods[key]).toBeUndefined();
  }
});

test("report copies an .xls into an .xlsx with the summary sheets", () => {
  const run = kdcl(dir, "report", "mau.xls", "--out", "bao-cao.xlsx", "--year", String(SAMPLE_PLAN_YEAR));
  expect(run.status).toBe(1); // the sample has errors
  expect(existsSync(join(dir, "bao-cao.xlsx"))).toBe(true);
  expect(run.stderr).toBe(
    "kdcl: lưu ý: bản sao không giữ được định dạng, công thức và hình vẽ của tệp .xls/.ods (bản sao .xlsx chỉ giữ giá trị và ô gộp) của tệp gốc; tệp gốc không bị thay đổi.\n" +
      // The sample's planted errors: how many, and how to see them.
      `kdcl: lưu ý: danh sách còn 5 lỗi; các số liệu bị lỗi không được tính. Xem từng lỗi: kdcl validate "mau.xls".\n`,
  );
});

/**
 * An error kdcl did not foresee (here: the terminal refuses what it prints) ends in one line that
 * says so, with the first line of what went wrong, and exit 2: never a stack, never a library's
 * many-line message squeezed into one line of escapes.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kdcl-unexpected-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("a failure with a many-line message: one line, its first, and exit 2", async () => {
  const list = join(dir, "danh-sach.csv");
  writeFileSync(list, "STT,Tên trường,Mức CQG,Năm công nhận\n1,TH Kim Đồng,MĐ1,2022\n", "utf8");
  const errors: string[] = [];
  const code = await main(["validate", list], {
    stdout: () => {
      throw new Error("EPIPE: broken pipe, write\n    at afterWriteDispatched (node:internal)\n    at …");
    },
    stderr: (text) => errors.push(text),
    today: new Date(2026, 11, 5),
  });
  expect(code).toBe(2);
  expect(errors).toEqual(["kdcl: lỗi không mong đợi (unexpected error): EPIPE: broken pipe, write\n"]);
});

import { ACTIONS, parseAction, type Action } from "../../../src/core/schools/actions";
import type { CellValue } from "../../../src/core/grid";

const nfd = (s: string): string => s.normalize("NFD");

test("ACTIONS lists the three actions in order", () => {
  expect(ACTIONS).toEqual(["new", "renewal", "upgrade"]);
});

describe("parseAction: spellings", () => {
  const cases: [string, Action][] = [
    // new
    ["CN lần đầu", "new"],
    ["CN Lần đầu", "new"],
    ["Công nhận lần đầu", "new"],
    ["Công nhận mới", "new"],
    ["CN mới", "new"],
    ["Mới", "new"],
    ["Lần đầu", "new"],
    ["Xây dựng mới", "new"],
    ["Đề nghị công nhận lần đầu năm 2025", "new"],
    ["mới.", "new"],
    ["CNM", "new"],
    ["CNLĐ", "new"],
    // renewal
    ["CN lại", "renewal"],
    ["Công nhận lại", "renewal"],
    ["Công nhận kết quả duy trì", "renewal"],
    ["Duy trì", "renewal"],
    ["Tái công nhận", "renewal"],
    ["Lại", "renewal"],
    ["CN lại (hết hạn 2024)", "renewal"],
    ["Đề nghị công nhận lại năm 2025", "renewal"],
    ["CN lại, trường mới sáp nhập", "renewal"],
    ["CNL", "renewal"],
    ["Đề nghị CNL", "renewal"],
    ["CNL lần 2", "renewal"],
    // upgrade
    ["Nâng mức", "upgrade"],
    ["Nâng mức độ", "upgrade"],
    ["Nâng lên mức độ 2", "upgrade"],
    ["Nâng từ mức độ 1 lên mức độ 2", "upgrade"],
    ["Nâng cấp độ", "upgrade"],
    ["Nâng lên cấp độ 3", "upgrade"],
    ["Nâng chuẩn", "upgrade"],
    ["Nâng lên CĐ3-MĐ2", "upgrade"],
  ];

  test.each(cases)("%j → %s", (text, action) => {
    expect(parseAction(text)).toMatchObject({ kind: "ok", action });
  });

  test.each(cases)("NFD %j → %s", (text, action) => {
    expect(parseAction(nfd(text))).toMatchObject({ kind: "ok", action });
  });

  test.each(cases)("upper case %j → %s", (text, action) => {
    expect(parseAction(text.toUpperCase())).toMatchObject({ kind: "ok", action });
  });

  test.each([
    ["CN Lần đầu", "new"],
    ["CN lại", "renewal"],
  ] as const)("Hương Trà appendix note %j → %s with no target", (text, action) => {
    expect(parseAction(text)).toEqual({ kind: "ok", action, target: null, year: null });
  });
});

describe("parseAction: upgrade targets", () => {
  test.each([
    ["Nâng lên mức độ 2", null, 2],
    ["Nâng từ mức độ 1 lên mức độ 2", null, 2],
    ["nâng lên cấp độ 3", 3, null],
    ["Nâng lên CĐ3-MĐ2", 3, 2],
    ["Nâng lên cấp độ 3 và mức độ 2", 3, 2],
    ["Nâng lên mức độ II", null, 2],
    ["Nâng lên cấp độ IV", 4, null],
    ["Nâng mức độ 2", null, 2],
    ["Nâng cấp độ 3", 3, null],
    ["Nâng lên CQG mức độ 2", null, 2],
    ["Nâng lên KĐCLGD mức 3", 3, null],
    ["Nâng lên mức độ 2 năm 2025", null, 2],
    ["Nâng lên mức độ 2 (hiện mức độ 1)", null, 2],
    ["Nâng lên cấp độ 3 (hiện cấp độ 2)", 3, null],
  ] as const)("%j → target (%p, %p)", (text, accreditation, standard) => {
    expect(parseAction(text)).toMatchObject({
      kind: "ok",
      action: "upgrade",
      target: { accreditation, standard },
    });
    expect(parseAction(nfd(text))).toMatchObject({
      kind: "ok",
      action: "upgrade",
      target: { accreditation, standard },
    });
  });

  test.each(["Nâng mức", "Nâng mức độ", "Nâng cấp độ", "Nâng chuẩn", "Nâng từ mức độ 1", "Nâng lên"])(
    "%j names no target",
    (text) => {
      expect(parseAction(text)).toEqual({ kind: "ok", action: "upgrade", target: null, year: null });
    },
  );

  test("a renewal carries no target", () => {
    expect(parseAction("CN lại mức độ 1")).toEqual({
      kind: "ok",
      action: "renewal",
      target: null,
      year: null,
    });
  });
});

describe("parseAction: the level a new recognition seeks", () => {
  // The plan's appendix prints the level a list states for a new recognition, and only that one.
  test.each([
    ["CN lần đầu mức độ 1", null, 1],
    ["Công nhận mới mức độ 2", null, 2],
    ["Công nhận mới CĐ2-MĐ1", 2, 1],
    ["Công nhận lần đầu KĐCLGD cấp độ 2, CQG mức độ 1", 2, 1],
    ["Xây dựng mới đạt chuẩn quốc gia mức độ 1 năm 2027", null, 1],
    ["Công nhận mới mức độ 2 (hiện cấp độ 1)", null, 2],
  ] as const)("%j → target (%p, %p)", (text, accreditation, standard) => {
    expect(parseAction(text)).toMatchObject({
      kind: "ok",
      action: "new",
      target: { accreditation, standard },
    });
    expect(parseAction(nfd(text))).toMatchObject({
      kind: "ok",
      action: "new",
      target: { accreditation, standard },
    });
  });

  test.each([
    "Công nhận mới",
    "CN lần đầu",
    "Mới",
    "Công nhận mới năm 2027",
    "Công nhận mới (hiện cấp độ 1)",
    "Công nhận mới, đã đạt cấp độ 2",
  ])("%j names no target", (text) => {
    expect(parseAction(text)).toMatchObject({ kind: "ok", action: "new", target: null });
  });
});

describe("parseAction: notes that plan, and notes that do not", () => {
  test.each([
    ["Công nhận lại năm 2027", "renewal", 2027],
    ["Đề nghị công nhận lại năm 2025", "renewal", 2025],
    ["nâng lên mức độ 2 vào năm 2028", "upgrade", 2028],
    ["Công nhận mới (đã tự đánh giá)", "new", null],
    ["CN lại (hết hạn 2024)", "renewal", null],
  ] as const)("%j plans %s, in %p", (text, action, year) => {
    expect(parseAction(nfd(text))).toMatchObject({ kind: "ok", action, year });
  });

  test.each([
    "Đã được công nhận lại năm 2023",
    "Hết hạn 06/2026, chưa đăng ký công nhận lại",
    "Không đề nghị công nhận lại",
    "Đã nâng lên mức độ 2 năm 2024",
  ])("%j tells what was or was not done: no plan, and nothing to correct", (text) => {
    expect(parseAction(text)).toEqual({ kind: "empty" });
  });
});

describe("parseAction: empty", () => {
  test.each([null, "", "   ", "-", "–", "—", "--"] as CellValue[])("%j is empty", (value) => {
    expect(parseAction(value)).toEqual({ kind: "empty" });
  });
});

describe("parseAction: invalid", () => {
  test.each([
    "CN mới hoặc CN lại",
    "Công nhận lần đầu, công nhận lại",
    "CN lại và nâng lên mức độ 2",
    "Xây dựng mới hoặc nâng mức",
  ])("two actions %j are invalid", (text) => {
    expect(parseAction(text)).toEqual({ kind: "invalid", text });
  });

  test.each([
    "x",
    "Công nhận",
    "CN",
    "Nâng cao chất lượng",
    "Nâng cấp cơ sở vật chất",
    "Trường mới sáp nhập",
    "Đánh giá ngoài",
    "Đã đạt",
    "Moi truong",
    "Lai Châu",
    "Thêm",
  ])("%j names no action → invalid", (text) => {
    expect(parseAction(text)).toEqual({ kind: "invalid", text });
  });

  test("the invalid text is the cleaned cell text", () => {
    expect(parseAction(nfd("  Không   rõ "))).toEqual({ kind: "invalid", text: "Không rõ" });
  });

  test.each([
    [2024, "2024"],
    [1, "1"],
    [true, "TRUE"],
    [{ error: "#N/A" }, "#N/A"],
    [new Date(Date.UTC(2025, 5, 1)), "01/06/2025"],
    [new Date(Number.NaN), "Invalid Date"],
  ] as const)("non-text %p is invalid with a display text", (value, text) => {
    expect(parseAction(value)).toEqual({ kind: "invalid", text });
  });

  test.each(["((((", "\u0300", "lên lên lên", "💥", "nâng ".repeat(100)])("%j does not throw", (text) => {
    expect(() => parseAction(text)).not.toThrow();
  });
});

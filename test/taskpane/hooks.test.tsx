/** @jest-environment jsdom */
import { act, renderHook, waitFor } from "@testing-library/react";
import { useCheck, type CheckSettings } from "../../src/taskpane/hooks/useCheck";
import { usePeriod } from "../../src/taskpane/hooks/usePeriod";
import { en } from "../../src/taskpane/i18n/en";
import { vi } from "../../src/taskpane/i18n/vi";
import { parseDayInput } from "../../src/taskpane/lib/day-input";
import { paneError } from "../../src/taskpane/lib/errors";
import { FakeHost, FakeSettings, gate } from "./fake-host";
import { districtList, SHEET } from "./lists";

describe("parseDayInput", () => {
  test.each([
    ["31/12/2024", { y: 2024, m: 12, d: 31 }],
    ["4/1/2024", { y: 2024, m: 1, d: 4 }],
    [" 04 / 01 / 2024 ", { y: 2024, m: 1, d: 4 }],
    ["29/02/2024", { y: 2024, m: 2, d: 29 }],
  ])("%s is a day, day first", (text, day) => expect(parseDayInput(text)).toEqual(day));

  test.each(["29/02/2023", "31/04/2024", "2024-01-04", "04/01/24", "13/13/2024", "", "31/12"])(
    "%s is not",
    (text) => expect(parseDayInput(text)).toBeNull(),
  );
});

test("paneError keeps only the first line of the cause, shortened", () => {
  expect(paneError("read", new Error("GeneralException\n    at x (y.js:1)"))).toEqual({
    kind: "read",
    detail: "GeneralException",
    said: null,
  });
  expect(paneError("read", new Error("x".repeat(500))).detail).toHaveLength(200);
  expect(paneError("ownSheet")).toEqual({ kind: "ownSheet", detail: null, said: null });
  expect(paneError("edit", { code: 5 })).toEqual({ kind: "edit", detail: null, said: null });
});

test("paneError keeps a host's own account of what was and was not done, in both languages", () => {
  const cause = Object.assign(new Error("Không sửa được"), {
    vi: "Không sửa được: Excel báo lỗi trước khi ghi; trang tính không thay đổi.",
    en: "Nothing was fixed: Excel failed before writing; the sheet is unchanged.",
  });
  expect(paneError("edit", cause).said).toEqual({ vi: cause.vi, en: cause.en });
  expect(paneError("edit", { vi: "", en: "x" }).said).toBeNull();
});

describe("usePeriod", () => {
  test("leaves both to the list until the user types; a valid typed year is saved, an empty one unsaved", async () => {
    const settings = new FakeSettings();
    const { result } = renderHook(() => usePeriod(settings));
    expect(result.current.options).toEqual({ planYear: null, referenceDate: null });
    act(() => result.current.setPlanYearText("20"));
    expect(result.current.planYearValid).toBe(false);
    expect(result.current.options).toBeNull();
    expect(settings.store.has("planYear")).toBe(false);
    await act(async () => result.current.setPlanYearText("2026"));
    expect(result.current.options).toEqual({ planYear: 2026, referenceDate: null });
    expect(settings.store.get("planYear")).toBe(2026);
    act(() => result.current.setReferenceText("30/06/2026"));
    expect(result.current.options?.referenceDate).toEqual({ y: 2026, m: 6, d: 30 });
    act(() => result.current.setReferenceText("30/06"));
    expect(result.current.referenceValid).toBe(false);
    expect(result.current.options).toBeNull();
    act(() => result.current.setReferenceText(""));
    await act(async () => result.current.setPlanYearText(""));
    expect(result.current.options).toEqual({ planYear: null, referenceDate: null });
    expect(settings.store.get("planYear")).toBeNull();
  });

  test("starts from the plan year kept in the workbook; ignores a stored value that is not a year", () => {
    const settings = new FakeSettings();
    settings.store.set("planYear", 2023);
    expect(renderHook(() => usePeriod(settings)).result.current.options?.planYear).toBe(2023);
    settings.store.set("planYear", "2023");
    expect(renderHook(() => usePeriod(settings)).result.current.options?.planYear).toBeNull();
  });
});

describe("useCheck", () => {
  const settings: CheckSettings = { planYear: 2024 };

  test("reads the active sheet, checks it, and re-checks without reading when the mapping changes", async () => {
    // "Năm CN" is no header the vocabulary knows: the column is read by its values.
    const host = new FakeHost({ [SHEET]: districtList("Năm CN") });
    const { result } = renderHook(() => useCheck(host, settings));
    expect(result.current.result).toBeNull();
    await act(() => result.current.run());
    expect(result.current.result?.findings).toHaveLength(8);
    expect(result.current.result?.tables[0]?.table.columns.decisionDate).toMatchObject({
      col: 7,
      how: "values",
    });
    await act(() => result.current.setFieldColumn("decisionDate", 0));
    expect(result.current.result?.findings).toHaveLength(6);
    expect(result.current.result?.tables[0]?.table.columns.decisionDate).toBeUndefined();
    expect(host.calls.readSheet).toEqual([null]);
    expect(host.settings.store.get(`mapping:${SHEET}`)).toEqual({ decisionDate: 0 });
    await act(() => result.current.setFieldColumn("decisionDate", 7));
    expect(result.current.result?.tables[0]?.table.columns.decisionDate).toMatchObject({
      col: 7,
      how: "user",
    });
    await act(() => result.current.setFieldColumn("decisionDate", null));
    expect(result.current.result?.findings).toHaveLength(8);
  });

  test("ignores a saved mapping that is not one", async () => {
    const host = new FakeHost({ [SHEET]: districtList() });
    host.settings.store.set(`mapping:${SHEET}`, { decisionDate: "G", nonsense: 3, budget: -1 });
    const { result } = renderHook(() => useCheck(host, settings));
    await act(() => result.current.run());
    expect(result.current.mapping).toEqual({});
    expect(result.current.result?.findings).toHaveLength(8);
  });

  test("cancel stops a read: the late grid is dropped", async () => {
    const host = new FakeHost({ [SHEET]: districtList() });
    host.readGate = gate();
    const { result } = renderHook(() => useCheck(host, settings));
    let running: Promise<void> = Promise.resolve();
    act(() => {
      running = result.current.run();
    });
    await waitFor(() =>
      expect(result.current.phase).toEqual({ kind: "reading", progress: { done: 0.5, label: SHEET } }),
    );
    act(() => result.current.cancel());
    expect(result.current.canceled).toBe(true);
    await act(async () => {
      host.readGate?.open();
      await running;
    });
    expect(result.current.phase).toEqual({ kind: "idle" });
    expect(result.current.grid).toBeNull();
    expect(result.current.error).toBeNull();
  });

  test("no result while the period is invalid", async () => {
    const host = new FakeHost({ [SHEET]: districtList() });
    const { result } = renderHook(() => useCheck(host, null));
    await act(() => result.current.run());
    expect(result.current.grid?.sheet).toBe(SHEET);
    expect(result.current.result).toBeNull();
  });
});

test("the catalogues format figures the Vietnamese and the English way", () => {
  expect(vi.summary.coverage(35, 57, 35 / 57)).toBe("35/57 trường, tỉ lệ 61,40%");
  expect(en.summary.coverage(35, 57, 35 / 57)).toBe("35/57 schools, 61.40%");
  expect(vi.summary.money(44497)).toBe("44.497 triệu đồng");
  expect(en.summary.money(31162.5)).toBe("31,162.5 million đồng");
  expect(vi.summary.targetCount(3)).toBe("03 trường");
  expect(vi.findings.summary(1234, 1000, 200, 34)).toBe(
    "1.234 phát hiện: 1.000 lỗi, 200 cảnh báo, 34 thông tin.",
  );
});

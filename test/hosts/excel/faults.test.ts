/**
 * Faults in the middle of an action, on the fake Office with a failure injected at every step (each
 * action or load Excel runs) of a fix, a highlight and a write of the result sheets: the workbook ends
 * exactly as it was, or, when the connection is lost for good, the error carries the exact undo of
 * what is left and says so in one line.
 */
import type { HighlightCell } from "../../../src/core/findings/cells";
import type { OutputSheet } from "../../../src/core/output/model";
import { checkGrids } from "../../../src/app/check";
import { outputSheetsOf } from "../../../src/app/output";
import { HostActionError } from "../../../src/hosts/excel/action-error";
import type { CellEdit } from "../../../src/hosts/host";
import type { ExcelHost } from "../../../src/hosts/excel/host";
import type { CellSpec, FakeWorkbook, InstalledFakeOffice } from "../../fakes/office";
import { snapshotWorkbook } from "../../fakes/office";
import { schoolList } from "../../fakes/office/school-list";
import { TODAY } from "../../helpers/sheet";
import { setup, teardown } from "./helpers";

// Every step of every action is replayed on a fresh workbook: the result sheets alone have dozens of
// steps (values, formats, print setup), which takes minutes when the machine is shared.
jest.setTimeout(300_000);

afterEach(teardown);

const LIST = "Danh sách";

/** A list of 12 schools whose codes and notes a tired official typed in every way. */
function list() {
  const base = schoolList(12);
  const rows: CellSpec[][] = (base.sheet.rows ?? []).map((r) => [...r]);
  const first = base.firstRow - 1;
  const at = (i: number): CellSpec[] => rows[first + i] as CellSpec[];
  at(1)[4] = "cấp độ 2";
  at(2)[4] = "Cấp Độ 3";
  at(3)[4] = { value: "=CĐ 2", numberFormat: "@" };
  at(5)[11] = "01/02";
  return { ...base.sheet, rows, name: LIST };
}

/** Fixes across two columns: plain text, text that looks like a formula, a date or a number, and a number. */
const EDITS: readonly CellEdit[] = [
  { sheet: LIST, cell: "E8", value: "CĐ2" },
  { sheet: LIST, cell: "E9", value: "CĐ3" },
  { sheet: LIST, cell: "E10", value: "CĐ2" },
  { sheet: LIST, cell: "L12", value: "=> bổ sung hồ sơ" },
  { sheet: LIST, cell: "L13", value: "15/07/2023" },
  { sheet: LIST, cell: "J14", value: 1250 },
];

const MARKS: readonly HighlightCell[] = [
  { sheet: LIST, cell: "E8", severity: "error" },
  { sheet: LIST, cell: "E9", severity: "error" },
  { sheet: LIST, cell: "E10", severity: "warning" },
  { sheet: LIST, cell: "B12", severity: "info" },
  { sheet: LIST, cell: "J14", severity: "warning" },
];

/**
 * The workbook as a user sees it; defined names in Name Manager's order (by name). `sameAs` drops
 * the fake's internal chart ids, to compare two workbooks that each wrote a chart.
 */
function seen(wb: FakeWorkbook, sameAs = false): unknown {
  const s = snapshotWorkbook(wb) as {
    names: { name: string }[];
    sheets: { name: string; visibility: string; charts: { id?: string }[] }[];
    tables: { sheet: string }[];
  };
  if (!sameAs) return { ...s, names: [...s.names].sort((a, b) => a.name.localeCompare(b.name)) };
  const hidden = new Set(s.sheets.filter((sh) => sh.visibility !== "Visible").map((sh) => sh.name));
  return {
    ...s,
    sheets: s.sheets
      .filter((sh) => !hidden.has(sh.name))
      .map((sh) => ({ ...sh, charts: sh.charts.map(({ id: _id, ...rest }) => rest) })),
    tables: s.tables.filter((t) => !hidden.has(t.sheet)),
    names: [...s.names].sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** Steps an action takes on a fresh workbook, with no fault. */
async function stepsOf(
  act: (host: ExcelHost, office: InstalledFakeOffice) => Promise<unknown>,
): Promise<number> {
  const { host, office } = await setup({ sheets: [list()], active: LIST });
  await prepare(host);
  office.stats.faults.count();
  await act(host, office);
  return office.stats.faults.steps;
}

async function outputOf(host: ExcelHost): Promise<OutputSheet[]> {
  const grid = await host.readSheet(LIST);
  return outputSheetsOf(checkGrids([grid], { planYear: 2024 }, { today: TODAY }), "vi");
}

/** For the output runs: an earlier export the second one replaces. */
let prepared: OutputSheet[] = [];
async function prepare(host: ExcelHost): Promise<void> {
  prepared = await outputOf(host);
  await host.writeOutputSheets(prepared);
}

/** The error an action failed with, or null when it succeeded. */
async function settled(p: Promise<unknown>): Promise<HostActionError | null> {
  const e: unknown = await p.then(
    () => null,
    (x: unknown) => x,
  );
  if (e !== null) expect(e).toBeInstanceOf(HostActionError);
  return e as HostActionError | null;
}

/** The workbook after the action ran on a fresh copy with no fault (charts compared without ids). */
async function cleanRun(act: Act): Promise<unknown> {
  const { host, office } = await setup({ sheets: [list()], active: LIST });
  await prepare(host);
  await act(host);
  return seen(office.workbook, true);
}

/** Every value, undefined and NaN included, so that equal text means the two are deeply equal. */
const exact = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v === undefined ? "\u0000undefined" : typeof v === "number" && !Number.isFinite(v) ? `\u0000${v}` : v,
  );

/**
 * The workbook after a step is the one expected. Compared as text first: a deep comparison of whole
 * workbooks at every step of every action was most of this suite's time; a difference still fails
 * with the deep comparison's report.
 */
function expectSameWorkbook(step: number, workbook: unknown, expected: unknown): void {
  if (exact(workbook) !== exact(expected)) expect({ step, workbook }).toEqual({ step, workbook: expected });
}

function oneLine(e: HostActionError): void {
  for (const text of [e.vi, e.en]) {
    expect(text).not.toMatch(/[\n\r]/);
    expect(text.length).toBeGreaterThan(20);
  }
}

type Act = (host: ExcelHost) => Promise<unknown>;
const ACTIONS: readonly (readonly [string, Act])[] = [
  ["a fix of six cells", (host) => host.applyEdits(EDITS)],
  ["a highlight", (host) => host.highlight(MARKS)],
  ["a write of the result sheets over earlier ones", (host) => host.writeOutputSheets(prepared)],
];

describe.each(ACTIONS)("%s", (_label, act) => {
  it("failing at any one step leaves the workbook exactly as it was, and says so", async () => {
    const total = await stepsOf(act);
    expect(total).toBeGreaterThan(5);
    const clean = await cleanRun(act);
    const outcomes = new Set<string>();
    for (let step = 1; step <= total; step++) {
      const { host, office } = await setup({ sheets: [list()], active: LIST });
      await prepare(host);
      const before = seen(office.workbook);
      office.stats.faults.failAt(step);
      const e = await settled(act(host));
      if (e === null) {
        // Only the dropping of the replaced result sheets, after the new ones are complete, may fail
        // unseen: the user has the new results, and the old ones (hidden) go with the next export.
        expectSameWorkbook(step, seen(office.workbook, true), clean);
        outcomes.add("done");
        continue;
      }
      expect({ step, restored: e.restored, left: e.left }).toEqual({ step, restored: true, left: null });
      expectSameWorkbook(step, seen(office.workbook), before);
      oneLine(e);
      expect(e.vi).toContain("GeneralException");
      outcomes.add(e.vi.includes("giữa chừng") ? "midway" : "before");
      // Nothing is left over for later: the same action then succeeds.
      office.stats.faults.count();
      await act(host);
    }
    // The steps covered both the looks before any write and the writes themselves.
    expect([...outcomes].filter((o) => o !== "done").sort()).toEqual(["before", "midway"]);
  });

  it("a connection lost for good at any step leaves an exact undo, which restores everything once back", async () => {
    const total = await stepsOf(act);
    const clean = await cleanRun(act);
    let leftUndo = 0;
    for (let step = 1; step <= total; step++) {
      const { host, office } = await setup({ sheets: [list()], active: LIST });
      await prepare(host);
      const before = seen(office.workbook);
      office.stats.faults.failAt(step, { andAfter: true });
      const e = await settled(act(host));
      office.stats.faults.count();
      if (e === null) {
        // As above: the new results are complete; the old ones are dropped by the next export.
        await host.writeOutputSheets(prepared);
        expectSameWorkbook(step, seen(office.workbook, true), clean);
        continue;
      }
      oneLine(e);
      if (e.left) {
        leftUndo += 1;
        expect(e.restored).toBe(false);
        await host.revert(e.left);
      } else if (!e.restored) {
        // The result sheets: the host puts them back before the next write.
        expect(e.sheets.length).toBeGreaterThan(0);
        await host.writeOutputSheets(prepared);
        expectSameWorkbook(step, seen(office.workbook, true), clean);
        expect(office.workbook.sheets.map((x) => x.name)).not.toContainEqual(
          expect.stringMatching(/^kdcl cũ/),
        );
        continue;
      }
      expectSameWorkbook(step, seen(office.workbook), before);
    }
    if (act !== ACTIONS[2]?.[1]) expect(leftUndo).toBeGreaterThan(0);
  });
});

describe.each([
  ["a fix", (host: ExcelHost) => host.applyEdits(EDITS)],
  ["a highlight", (host: ExcelHost) => host.highlight(MARKS)],
] as const)("the undo of %s", (_label, act) => {
  it("cut off at any step, can be run again and then restores everything exactly", async () => {
    const count = await setup({ sheets: [list()], active: LIST });
    const first = await act(count.host);
    count.office.stats.faults.count();
    await count.host.revert(first);
    const total = count.office.stats.faults.steps;
    expect(total).toBeGreaterThan(2);
    for (let step = 1; step <= total; step++) {
      const { host, office } = await setup({ sheets: [list()], active: LIST });
      const before = seen(office.workbook);
      const token = await act(host);
      office.stats.faults.failAt(step, { andAfter: true });
      const failed = await host.revert(token).then(
        () => false,
        () => true,
      );
      expect({ step, failed }).toEqual({ step, failed: true });
      office.stats.faults.count();
      await host.revert(token);
      expectSameWorkbook(step, seen(office.workbook), before);
    }
  });
});

/**
 * The live check on the fake Office: the user's edits reach the pane's session through `onChanged`,
 * the rows edited are read back and checked again in a constant number of syncs whatever the list's
 * size, highlights follow exactly, and rows inserted or deleted read the sheet again.
 */
import { checkGrids } from "../../../src/app/check";
import type { WorkbookCheck } from "../../../src/app/check";
import type { LiveStop, LiveUpdate } from "../../../src/app/live-session";
import { LiveSession } from "../../../src/app/live-session";
import { HIGHLIGHT_STYLE, highlightCells } from "../../../src/core/findings/cells";
import type { RevertToken, SheetWatch } from "../../../src/hosts/host";
import { handlerCount } from "../../fakes/office/events";
import { schoolList } from "../../fakes/office/school-list";
import { cellIn, fillIn, sheetOf, snapshotSheet } from "../../fakes/office";
import { setup, teardown } from "./helpers";

afterEach(teardown);

const SHEET = "Danh sách";
const CHOICES = { planYear: 2024 };
const ORIGIN = { today: new Date(2024, 0, 10) };

async function live(rows: number, options: { highlight?: boolean } = {}) {
  const list = schoolList(rows, SHEET);
  const { office, host } = await setup({ sheets: [list.sheet] });
  const grid = await host.readSheet(SHEET);
  const first: WorkbookCheck = checkGrids([grid], CHOICES, ORIGIN);
  let token: RevertToken | null = options.highlight
    ? await host.highlight(highlightCells(first.findings))
    : null;
  const updates: LiveUpdate[] = [];
  const stops: LiveStop[] = [];
  let painting: Promise<unknown> = Promise.resolve();
  const session = new LiveSession(
    first,
    SHEET,
    CHOICES,
    ORIGIN,
    {
      readRows: (top, bottom, left, right) => host.live.readRows(SHEET, top, bottom, left, right),
      readSheet: () => host.readSheet(SHEET),
    },
    {
      onUpdate: (u) => {
        updates.push(u);
        if (token)
          painting = host.live
            .updateHighlight(token, SHEET, highlightCells(u.check.findings))
            .then((t) => (token = t));
      },
      onStop: (reason) => stops.push(reason),
    },
  );
  const watch: SheetWatch = await host.live.watch(SHEET, (e) =>
    e.kind === "change" ? session.change(e.change) : session.end(e.reason),
  );
  /** Waits for the session and the highlight it asked for. */
  const settled = async () => {
    await session.settled();
    await painting;
  };
  return { office, host, list, first, updates, stops, session, watch, settled, token: () => token };
}

describe("live re-check on the fake Office", () => {
  it("an edit is re-checked in the same number of syncs for 1 000, 10 000 and 50 000 rows", async () => {
    const counts: number[] = [];
    for (const rows of [1_000, 10_000, 50_000]) {
      const s = await live(rows, { highlight: true });
      // A clean code cell becomes an impossible level; one row, midway down.
      const row = s.list.firstRow + Math.floor(rows / 2);
      s.office.stats.reset();
      await s.office.user.edit(SHEET, `E${row}`, [["CĐ9"]]);
      await s.settled();
      counts.push(s.office.stats.syncs);
      const last = s.updates[s.updates.length - 1];
      expect(last?.patched).toBe(true);
      expect(
        last?.check.findings.some((f) => f.cell === `E${row}` && f.rule === "accreditation-out-of-range"),
      ).toBe(true);
      expect(fillIn(s.office.workbook, SHEET, `E${row}`)).toBe(HIGHLIGHT_STYLE.error.fill);
      await s.watch.stop();
      teardown();
    }
    // One read of the row, one look at the sheets, one read of the new cell's format, one paint.
    expect(counts[0]).toBe(4);
    expect(new Set(counts).size).toBe(1);
  }, 120_000);

  it("a fixed cell loses its colour exactly, a broken one gets it, other marks stay", async () => {
    const s = await live(300, { highlight: true });
    const wb = s.office.workbook;
    // An #N/A from a VLOOKUP is an error finding; the user types the year over it.
    const broken = s.first.findings.find((f) => f.rule === "cell-error" && f.cell?.startsWith("G"));
    expect(broken).toBeDefined();
    const fixedCell = broken?.cell as string;
    expect(fillIn(wb, SHEET, fixedCell)).toBe(HIGHLIGHT_STYLE.error.fill);
    const clean = `B${s.list.firstRow + 1}`;
    expect(s.first.findings.some((f) => f.cell === clean)).toBe(false);
    const other = s.first.findings.find((f) => f.cell !== null && f.cell !== fixedCell)?.cell as string;
    const otherFill = fillIn(wb, SHEET, other);

    await s.office.user.edit(SHEET, fixedCell, [[2021]]);
    await s.settled();
    expect(fillIn(wb, SHEET, fixedCell)).toBeNull();
    expect(cellIn(wb, SHEET, fixedCell)?.value).toBe(2021);
    expect(fillIn(wb, SHEET, other)).toEqual(otherFill);

    // A school's name emptied: a missing value, marked in the severity's colour.
    await s.office.user.edit(SHEET, clean, [[""]]);
    await s.settled();
    const now = s.updates[s.updates.length - 1]?.check.findings.find((f) => f.cell === clean);
    expect(now).toBeDefined();
    expect(fillIn(wb, SHEET, clean)).toBe(HIGHLIGHT_STYLE[now!.severity].fill);

    // Undoing the highlight after live updates puts every format back as before the first mark.
    await s.host.revert(s.token() as RevertToken);
    expect(fillIn(wb, SHEET, clean)).toBeNull();
    expect(fillIn(wb, SHEET, fixedCell)).toBeNull();
    await s.watch.stop();
  });

  it("a user's own fill comes back exactly when the cell becomes clean", async () => {
    const s = await live(200);
    const wb = s.office.workbook;
    const sheet = sheetOf(wb, SHEET);
    const row = s.list.firstRow + 3;
    sheet.rows[row - 1]![4]!.fill = {
      color: "#FFFF00",
      pattern: "Solid",
      patternColor: null,
      tintAndShade: 0,
    };
    const before = snapshotSheet(sheet);
    let token = await s.host.highlight([]);
    token = await s.host.live.updateHighlight(token, SHEET, [
      { sheet: SHEET, cell: `E${row}`, severity: "error" },
    ]);
    expect(fillIn(wb, SHEET, `E${row}`)).toBe(HIGHLIGHT_STYLE.error.fill);
    token = await s.host.live.updateHighlight(token, SHEET, []);
    expect(snapshotSheet(sheet)).toEqual(before);
    expect(token.cells).toBe(0);
    await s.watch.stop();
  });

  it("rows inserted or deleted read the sheet again; a pasted block is patched", async () => {
    const s = await live(500);
    const at = s.list.firstRow + 10;
    await s.office.user.insertRows(SHEET, at, 2);
    await s.settled();
    expect(s.updates[0]?.patched).toBe(false);
    expect(s.updates[0]?.check.findings).toEqual(checkGrids([s.updates[0]!.grid], CHOICES, ORIGIN).findings);
    expect(s.updates[0]?.check.findings.some((f) => f.row !== null && f.row > at + 5)).toBe(true);

    await s.office.user.deleteRows(SHEET, at, 2);
    await s.settled();
    expect(s.updates[1]?.patched).toBe(false);
    expect(s.updates[1]?.check.findings).toEqual(s.first.findings);

    // Three rows pasted: codes in E..F.
    const top = s.list.firstRow + 40;
    await s.office.user.edit(SHEET, `E${top}`, [
      ["CĐ1", "MĐ2"],
      ["CĐ2", "MĐ1"],
      ["CĐ7", "MĐ1"],
    ]);
    await s.settled();
    const pasted = s.updates[2]!;
    expect(pasted.patched).toBe(true);
    expect(pasted.check.findings).toEqual(checkGrids([pasted.grid], CHOICES, ORIGIN).findings);
    await s.watch.stop();
  });

  it("stops when the sheet is renamed or deleted, and removes its handlers", async () => {
    const s = await live(100);
    expect(handlerCount(s.office.workbook, "changed")).toBe(1);
    await s.office.user.renameSheet(SHEET, "DS cũ");
    expect(s.stops).toEqual(["renamed"]);
    await s.watch.stop();
    expect(handlerCount(s.office.workbook, "changed")).toBe(0);
    expect(handlerCount(s.office.workbook, "deleted")).toBe(0);

    const t = await live(100);
    await t.office.user.edit(SHEET, "A1", [["UBND XÃ SƠN HÀ"]]);
    await t.settled();
    expect(t.updates[0]?.patched).toBe(false);
    await t.office.user.deleteSheet(SHEET);
    expect(t.stops).toEqual(["deleted"]);
    await t.watch.stop();
  });

  it("the header emptied: the sheet is no longer the list and the check stops", async () => {
    const s = await live(100);
    await s.office.user.edit(SHEET, "A5", [["", "", "", "", "", "", "", "", "", "", "", ""]]);
    await s.settled();
    expect(s.stops).toEqual(["no-list"]);
    await s.watch.stop();
  });
});

/** Cells merged down over the rows of a list: what they say of each row they cover. */
import type { Grid } from "../grid";

/**
 * The grid with each cell merged down over rows below `from` holding its value on every row: one
 * "Xã Ia Hrung" merged over three schools, or one "Công nhận mới" over the three planned, is said of
 * each of them. Only the merge's own column is filled; the grid is copied only where a merge is.
 */
export function filledDown(grid: Grid, from: number): Grid {
  const down = grid.merges.filter((m) => m.bottom > m.top && m.top >= from);
  if (down.length === 0) return grid;
  const cells = grid.cells.slice();
  for (const m of down) {
    const value = grid.cells[m.top - grid.top]?.[m.left - grid.left] ?? null;
    if (value === null) continue;
    // A merge may reach past the cells a sheet holds: it never makes rows of its own.
    for (let r = m.top + 1; r <= Math.min(m.bottom, grid.top + grid.cells.length - 1); r++) {
      const row = (cells[r - grid.top] ?? []).slice();
      while (row.length < m.left - grid.left) row.push(null);
      row[m.left - grid.left] = value;
      cells[r - grid.top] = row;
    }
  }
  return { ...grid, cells };
}

/** Whether a cell merged down over data rows below `from` fills rows it is not written on. */
export function mergesDown(grid: Grid, from: number): boolean {
  return grid.merges.some((m) => m.bottom > m.top && m.top >= from);
}

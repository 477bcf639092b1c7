/**
 * The numbers the Excel host plans with. Excel on the web refuses a request (or its response) above
 * 5 MB, and a single range read above 5 million cells; Office restarts an add-in that keeps the UI
 * thread busy for about 5 s. We plan each sync for 4 MB so estimation error and protocol overhead
 * (object paths, action ids) stay inside the limit.
 */

/** What one sync is planned to carry, request and response together. */
export const REQUEST_BUDGET_BYTES = 4_000_000;

/**
 * A sheet is read in this many batches (one sync each) whatever its size, up to
 * READ_BATCHES × CELLS_PER_BATCH cells (750 000: 62 500 rows of 12 columns); beyond that, one more
 * batch per CELLS_PER_BATCH cells. 250 000 cells fit the budget up to 16 bytes of JSON per cell; a
 * school list averages about 10.
 */
export const READ_BATCHES = 3;
export const CELLS_PER_BATCH = 250_000;
/** Cells per range proxy within a batch: the unit converted between yields and progress reports. */
export const BLOCK_CELLS = 50_000;

/** `getRanges` fails somewhere above 8 000 characters of address; we stay well below. */
export const AREAS_ADDRESS_CHARS = 4_000;

/** Rough JSON sizes used to pack scattered-cell work into syncs (measured on the fake's wire form). */
export const BYTES = {
  /** An object path plus an action or query: what each proxy costs before its data. */
  proxy: 160,
  /** One cell's previous fill and font colour, read back. */
  cellFormat: 200,
  /** One cell's formula, value, number format and value type, read back. */
  cellState: 80,
  /** One address in a multi-area address. */
  area: 12,
} as const;

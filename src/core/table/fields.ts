/** Canonical columns of a school list (SPEC §7). Header spellings live in `headers.ts`. */
export const FIELDS = [
  "seq",
  "name",
  "type",
  "province",
  "district",
  "commune",
  "combinedCode",
  "accreditation",
  "standard",
  "target",
  "action",
  "decisionDate",
  "decisionNumber",
  "previousDate",
  "expiry",
  "planYear",
  "budget",
  "fundingSource",
  "founded",
  "ownership",
] as const;

export type Field = (typeof FIELDS)[number];

/** Where a value came from: enough for a finding to point at it and for a fix to write it back. */
export interface SourceCell {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  /** A1 address, e.g. `C7`. */
  readonly address: string;
  /** Header text of the column as written in the sheet. */
  readonly header: string;
}

import type { Severity } from "../../findings/severity";
import type { FieldCell, SchoolRecord } from "../../records/record";
import type { RegimeChoice } from "../../schools/regimes";
import { displayValue, formatDateValue } from "../../text/format";
import type { DateValue } from "../../text/dates";
import type { Field } from "../../table/fields";
import type { Place } from "../rule";

/** Where a record's cell is. */
export function cellPlace(cell: FieldCell): Place {
  const s = cell.source;
  return { sheet: s.sheet, row: s.row, column: s.header, cell: s.address };
}

/** The record's cell for a field, falling back to its name cell, then to the bare row. */
export function placeOf(record: SchoolRecord, field: Field): Place {
  const cell = record.cells[field] ?? record.cells.name;
  if (cell) return cellPlace(cell);
  return { sheet: record.sheet, row: record.row, column: null, cell: null };
}

export function valueOf(record: SchoolRecord, field: Field): string | null {
  const cell = record.cells[field];
  return cell ? displayValue(cell.raw) : null;
}

/**
 * Errors that depend on an exact date become warnings when only a year is known or the regime is
 * uncertain; rules of an unconfirmed regime never raise errors (SPEC §5).
 */
export function softened(severity: Severity, regime: RegimeChoice, coarse = false): Severity {
  if (severity !== "error") return severity;
  if (!regime.regime.confirmed || regime.uncertain || coarse) return "warning";
  return severity;
}

export function showDate(date: DateValue): string {
  return formatDateValue(date);
}

/** The field that holds the record's latest recognition date. */
export function recognisedField(record: SchoolRecord): Field {
  const d = record.dates.decisionDate;
  return d && d.kind === "ok" ? "decisionDate" : "previousDate";
}

/** The cell a level was read from: its own column when present, else the combined code. */
export function levelField(record: SchoolRecord, kind: "accreditation" | "standard"): Field {
  const own = record.codes[kind];
  return own && own.kind === "ok" && own[kind] !== null ? kind : "combinedCode";
}

/** A fake of the Office/Excel JavaScript API over an in-memory workbook. See install.ts. */
export { installFakeOffice } from "./install";
export type { InstalledFakeOffice } from "./install";
export type { FakeOfficeOptions, RequestRecord } from "./proxy";
export { FakeOfficeError, FakeStats, utf8Length } from "./proxy";
export type {
  FakeCell,
  FakeChart,
  FakeFill,
  FakeName,
  FakePageLayout,
  FakeSheet,
  FakeTable,
  FakeWorkbook,
} from "./model";
export { emptyWorkbook, EXCEL_ERRORS, snapshotSheet, snapshotWorkbook } from "./model";
export type { CellSpec, SheetSpec, WorkbookSpec } from "./builder";
export {
  addSheetFromSpec,
  buildWorkbook,
  cellIn,
  fillIn,
  fontColorIn,
  formulaIn,
  nameIn,
  setCell,
  sheetOf,
  valuesIn,
} from "./builder";

/**
 * xl/workbook.xml (sheets in order, with their names, ids and relationship ids; the 1904 date
 * system) and the relationship parts, read as exceljs 4.4's WorkbookXform and RelationshipsXform
 * read them. Defined names and views play no part in the Grids, so they are not read.
 */
import { claimed, listItems, parseXml, unsupported, xmlDecode } from "./xml";

export interface SheetEntry {
  /** The name exceljs gives the worksheet (it decodes the already-decoded attribute once more). */
  readonly name: string;
  readonly id: number;
  readonly rId: string | undefined;
}

export interface WorkbookInfo {
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
}

const WORKBOOK_KEYS = new Set(["fileVersion", "workbookPr", "bookViews", "sheets", "definedNames", "calcPr"]);

export function readWorkbookXml(xml: string): WorkbookInfo {
  const root = parseXml(xml);
  if (root.name !== "workbook") unsupported("workbook root");
  let sheets: SheetEntry[] = [];
  let date1904 = false;
  claimed(root, WORKBOOK_KEYS, (el) => {
    if (el.name === "sheets") {
      sheets = listItems(el, "sheet").map((s) => {
        const name = s.attrs.name;
        if (name === undefined) unsupported("sheet without a name");
        return { name: xmlDecode(name), id: parseInt(s.attrs.sheetId ?? "", 10), rId: s.attrs["r:id"] };
      });
    } else if (el.name === "workbookPr") {
      date1904 = el.attrs.date1904 === "1";
    }
  });
  return { sheets, date1904 };
}

export interface Relationship {
  readonly type: string | undefined;
  readonly target: string | undefined;
}

/** Relationships by Id, in a map without a prototype (see `own`). */
export function readRels(xml: string): Readonly<Record<string, Relationship>> {
  const root = parseXml(xml);
  if (root.name !== "Relationships") unsupported("rels root");
  const rels = Object.create(null) as Record<string, Relationship>;
  for (const r of listItems(root, "Relationship")) {
    rels[String(r.attrs.Id)] = { type: r.attrs.Type, target: r.attrs.Target };
  }
  return rels;
}

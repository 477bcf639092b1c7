/** The name of the workbook that carries a plan's appendix list, and its type (no zip code here). */

/** `ke-hoach.docx` → `ke-hoach-phu-luc.xlsx`: the workbook beside a plan (a path stays a path). */
export function appendixPath(docxPath: string): string {
  return `${docxPath.replace(/\.docx$/i, "")}-phu-luc.xlsx`;
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

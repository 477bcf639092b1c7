import type { Grid } from "../core/grid";

/** The grids of the sheet asked for (names compared after Unicode normalisation), or what there is instead. */
export type SheetSelection =
  | { readonly kind: "ok"; readonly grids: readonly Grid[] }
  | { readonly kind: "missing"; readonly available: readonly string[] };

export function selectSheets(grids: readonly Grid[], sheet: string | null | undefined): SheetSelection {
  if (sheet === null || sheet === undefined) return { kind: "ok", grids };
  const wanted = sheet.normalize("NFC");
  const found = grids.filter((g) => g.sheet.normalize("NFC") === wanted);
  return found.length > 0
    ? { kind: "ok", grids: found }
    : { kind: "missing", available: grids.map((g) => g.sheet) };
}

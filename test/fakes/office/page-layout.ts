/**
 * `Worksheet.pageLayout` of the fake (ExcelApi 1.9): orientation, paper size, zoom, margins,
 * centring, print area and print title rows, with the checks Excel makes on what it is given:
 * the enumerations' values, a zoom set as one object (10–400 % or whole pages), margins that are not
 * negative, title rows that span whole rows. Below ExcelApi 1.9 every member fails at sync with
 * `ApiNotFound`, as on an Excel that lacks the set.
 */
import type { CellRange } from "../../../src/core/grid";
import { parseAddress, splitAreas } from "./address";
import type { FakePageLayout, FakeSheet } from "./model";
import { findSheet, MAX_COLS } from "./model";
import type { FakeContext } from "./proxy";
import { ClientObj, FakeOfficeError } from "./proxy";

const API = "1.9";

/** `Excel.PaperType` as the typings list it. */
const PAPER_TYPES: ReadonlySet<string> = new Set([
  "Letter",
  "LetterSmall",
  "Tabloid",
  "Ledger",
  "Legal",
  "Statement",
  "Executive",
  "A3",
  "A4",
  "A4Small",
  "A5",
  "B4",
  "B5",
  "Folio",
  "Quatro",
  "Paper10x14",
  "Paper11x17",
  "Note",
  "Envelope9",
  "Envelope10",
  "Envelope11",
  "Envelope12",
  "Envelope14",
  "Csheet",
  "Dsheet",
  "Esheet",
  "EnvelopeDL",
  "EnvelopeC5",
  "EnvelopeC3",
  "EnvelopeC4",
  "EnvelopeC6",
  "EnvelopeC65",
  "EnvelopeB4",
  "EnvelopeB5",
  "EnvelopeB6",
  "EnvelopeItaly",
  "EnvelopeMonarch",
  "EnvelopePersonal",
  "FanfoldUS",
  "FanfoldStdGerman",
  "FanfoldLegalGerman",
]);

/** Points per unit of `setPrintMargins`. */
const UNIT_POINTS: Readonly<Record<string, number>> = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 };

const MARGIN_KEYS = {
  left: "leftMargin",
  right: "rightMargin",
  top: "topMargin",
  bottom: "bottomMargin",
  header: "headerMargin",
  footer: "footerMargin",
} as const;

type MarginProperty = (typeof MARGIN_KEYS)[keyof typeof MARGIN_KEYS];

const invalid = (message: string): FakeOfficeError => new FakeOfficeError("InvalidArgument", message);

/** A range or range areas of the fake (anything that gives its rectangles). */
interface WithRects {
  _rects(): { readonly sheet: FakeSheet; readonly rects: readonly CellRange[] };
}

function hasRects(x: unknown): x is WithRects {
  return typeof x === "object" && x !== null && typeof (x as { _rects?: unknown })._rects === "function";
}

function checkMargin(value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0)
    throw invalid(`Not a margin: ${String(value)}`);
  return value;
}

function checkZoom(value: unknown): FakePageLayout["zoom"] {
  if (typeof value !== "object" || value === null) throw invalid("The zoom must be set as one object");
  const z = value as Record<string, unknown>;
  const pages = (v: unknown): number | undefined => {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > 32767)
      throw invalid(`Not a number of pages: ${String(v)}`);
    return v;
  };
  const wide = pages(z.horizontalFitToPages);
  const tall = pages(z.verticalFitToPages);
  if (wide !== undefined || tall !== undefined) {
    if (z.scale !== undefined && z.scale !== null)
      throw invalid("A zoom is either a scale or a number of pages, not both");
    return { horizontalFitToPages: wide ?? 0, verticalFitToPages: tall ?? 0 };
  }
  const scale = z.scale;
  if (typeof scale !== "number" || scale < 10 || scale > 400)
    throw invalid(`The print scale must be from 10 to 400: ${String(scale)}`);
  return { scale };
}

export class PageLayoutP extends ClientObj {
  constructor(context: FakeContext, parent: ClientObj, sheetOf: () => FakeSheet) {
    super(context, parent, sheetOf, false);
  }

  private layout(): FakePageLayout {
    return this._t<FakeSheet>().pageLayout;
  }

  private setProp<K extends keyof FakePageLayout>(name: K, value: unknown, check: () => FakePageLayout[K]) {
    this._set(
      name,
      value,
      () => {
        this.layout()[name] = check();
      },
      API,
    );
  }

  get orientation(): string {
    return this._get("orientation");
  }
  set orientation(v: string) {
    this.setProp("orientation", v, () => {
      if (v !== "Portrait" && v !== "Landscape") throw invalid(`Not an orientation: ${v}`);
      return v;
    });
  }
  get paperSize(): string {
    return this._get("paperSize");
  }
  set paperSize(v: string) {
    this.setProp("paperSize", v, () => {
      if (!PAPER_TYPES.has(v)) throw invalid(`Not a paper type: ${v}`);
      return v;
    });
  }
  get zoom(): FakePageLayout["zoom"] {
    return this._get("zoom");
  }
  set zoom(v: FakePageLayout["zoom"]) {
    this.setProp("zoom", v, () => checkZoom(v));
  }
  get centerHorizontally(): boolean {
    return this._get("centerHorizontally");
  }
  set centerHorizontally(v: boolean) {
    this.setProp("centerHorizontally", v, () => Boolean(v));
  }
  get centerVertically(): boolean {
    return this._get("centerVertically");
  }
  set centerVertically(v: boolean) {
    this.setProp("centerVertically", v, () => Boolean(v));
  }
  private margin(name: MarginProperty, v: number): void {
    this.setProp(name, v, () => checkMargin(v));
  }
  get leftMargin(): number {
    return this._get("leftMargin");
  }
  set leftMargin(v: number) {
    this.margin("leftMargin", v);
  }
  get rightMargin(): number {
    return this._get("rightMargin");
  }
  set rightMargin(v: number) {
    this.margin("rightMargin", v);
  }
  get topMargin(): number {
    return this._get("topMargin");
  }
  set topMargin(v: number) {
    this.margin("topMargin", v);
  }
  get bottomMargin(): number {
    return this._get("bottomMargin");
  }
  set bottomMargin(v: number) {
    this.margin("bottomMargin", v);
  }
  get headerMargin(): number {
    return this._get("headerMargin");
  }
  set headerMargin(v: number) {
    this.margin("headerMargin", v);
  }
  get footerMargin(): number {
    return this._get("footerMargin");
  }
  set footerMargin(v: number) {
    this.margin("footerMargin", v);
  }

  /** Margins not given stay as they are. */
  setPrintMargins(unit: string, options: Partial<Record<keyof typeof MARGIN_KEYS, number>>): void {
    this._call(
      "setPrintMargins",
      [unit, options],
      () => {
        const factor = UNIT_POINTS[unit];
        if (factor === undefined) throw invalid(`Not a margin unit: ${unit}`);
        const layout = this.layout();
        const next: Partial<Record<MarginProperty, number>> = {};
        for (const [key, prop] of Object.entries(MARGIN_KEYS) as [
          keyof typeof MARGIN_KEYS,
          MarginProperty,
        ][]) {
          const v = options[key];
          if (v !== undefined) next[prop] = checkMargin(v) * factor;
        }
        Object.assign(layout, next);
      },
      API,
    );
  }

  /** The rows repeated at the top of every page: whole rows of this sheet. */
  setPrintTitleRows(rows: WithRects | string): void {
    this._call(
      "setPrintTitleRows",
      [rows],
      () => {
        const [rect, ...more] = this.areasOf(rows);
        if (!rect || more.length > 0) throw invalid("Print title rows are one block of rows");
        if (rect.left !== 1 || rect.right !== MAX_COLS)
          throw invalid("The print title rows must span entire rows");
        this.layout().printTitleRows = { top: rect.top, bottom: rect.bottom };
      },
      API,
    );
  }

  setPrintArea(area: WithRects | string): void {
    this._call(
      "setPrintArea",
      [area],
      () => {
        this.layout().printArea = this.areasOf(area);
      },
      API,
    );
  }

  /** The rectangles of a range, range areas or address of this sheet. */
  private areasOf(x: WithRects | string): CellRange[] {
    const sheet = this._t<FakeSheet>();
    if (hasRects(x)) {
      const t = x._rects();
      if (t.sheet !== sheet) throw invalid("The range is not on this sheet");
      return [...t.rects];
    }
    if (typeof x !== "string") throw invalid("Not a range or an address");
    const areas = splitAreas(x);
    if (areas.length === 0) throw invalid(`Not an address: ${x}`);
    return areas.map((a) => {
      const p = parseAddress(a);
      if (!p) throw invalid(`Not an address: ${a}`);
      if (p.sheet !== null && findSheet(this.context.wb, p.sheet) !== sheet)
        throw invalid(`${a} is not on this sheet`);
      return p.rect;
    });
  }

  protected override _read(name: string): unknown {
    const layout = this.layout();
    if (!this.context._supports(API))
      throw new FakeOfficeError("ApiNotFound", `PageLayout needs ExcelApi ${API}`, "PageLayout");
    switch (name) {
      case "orientation":
      case "paperSize":
      case "centerHorizontally":
      case "centerVertically":
      case "leftMargin":
      case "rightMargin":
      case "topMargin":
      case "bottomMargin":
      case "headerMargin":
      case "footerMargin":
        return layout[name];
      case "zoom":
        return { ...layout.zoom };
    }
    return super._read(name);
  }
}

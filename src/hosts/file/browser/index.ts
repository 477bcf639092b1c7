/**
 * The standalone page's workbook sessions: the built-in sample or the user's own file, opened in the
 * browser (nothing is sent anywhere), with the host the task pane works on, the view the grid draws,
 * and the download of the finished workbook. Loaded on demand: exceljs and JSZip come with it.
 */
import ExcelJS from "exceljs";
import type { OutputSheet } from "../../../core/output/model";
import type { Lang } from "../../../core/text/format";
import { extensionOf } from "../buffer";
import { finishWorkbook } from "../chart";
import { partsExceljsLoses } from "../lost-parts";
import { LEGACY_NOT_COPIED, openBook } from "../open-book";
import { markerText, OUTPUT_PROPERTY } from "../package/marker";
import { buildSampleWorkbook, SAMPLE_FILE_NAME, SAMPLE_PLAN_YEAR } from "../sample";
import { Book } from "./book";
import { BrowserHost } from "./host";
import { customXmlWith, readCustomXml, settingsFromCustomXml } from "./properties";
import { BookSettings } from "./settings";
import { abortError, nextTask } from "./stepped-read";
import { BookView, type WorkbookView } from "./view";

export { InputError } from "../errors";
export type { BrowserHost } from "./host";
export type { BookSettings } from "./settings";
export type { ChartView, SheetLayout, SheetTab, ShownCell, WorkbookView } from "./view";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface Download {
  readonly bytes: Uint8Array;
  readonly fileName: string;
}

export interface StandaloneSession {
  readonly host: BrowserHost;
  readonly view: WorkbookView;
  readonly settings: BookSettings;
  readonly fileName: string;
  readonly sample: boolean;
  /** Parts of the user's file a download cannot carry (charts, pictures, macros…), in each language. */
  readonly notCopied: Readonly<Record<Lang, readonly string[]>>;
  /** The workbook as it is now, with the output sheets finished (charts) and the settings kept. */
  download(): Promise<Download>;
}

/** `danh-sach.xlsx` → `danh-sach-kdcl.xlsx`; a file downloaded before keeps its name. */
export function downloadName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "") || "danh-sach";
  return /-kdcl$/i.test(base) ? `${base}.xlsx` : `${base}-kdcl.xlsx`;
}

/**
 * The file opens on the sheet the user had open, with only that tab selected (no grouped sheets).
 * Set for the write only: returns how to put the workbook's own views back.
 */
function keepActiveSheet(wb: ExcelJS.Workbook, active: string): () => void {
  const index = wb.worksheets.findIndex((ws) => ws.name === active);
  if (index < 0) return () => undefined;
  const bookViews = wb.views;
  const sheetViews = wb.worksheets.map((ws) => ws.views);
  const restore = (): void => {
    wb.views = bookViews;
    wb.worksheets.forEach((ws, i) => {
      ws.views = sheetViews[i] as ExcelJS.WorksheetView[];
    });
  };
  const view = wb.views?.[0];
  wb.views = [
    {
      x: view?.x ?? 0,
      y: view?.y ?? 0,
      width: view?.width ?? 12000,
      height: view?.height ?? 24000,
      firstSheet: 0,
      activeTab: index,
      visibility: view?.visibility ?? "visible",
    },
  ];
  for (const ws of wb.worksheets) {
    // exceljs leaves `views` null on a sheet added without them.
    const views = ws.views && ws.views.length > 0 ? ws.views : [{}];
    ws.views = views.map((v, i) => (i === 0 ? { ...v, tabSelected: ws.name === active } : v));
  }
  return restore;
}

function session(book: Book, sample: boolean, notCopied: StandaloneSession["notCopied"]): StandaloneSession {
  const host = new BrowserHost(book);
  return {
    host,
    view: new BookView(book),
    settings: book.settings,
    fileName: book.fileName,
    sample,
    notCopied,
    async download() {
      // The whole file is built in memory and only then handed over: a failure at any step leaves
      // no half-built download, and the workbook on the page is never changed by a download.
      const restore = keepActiveSheet(book.workbook, book.active);
      let data: ArrayBuffer;
      try {
        data = (await book.workbook.xlsx.writeBuffer()) as ArrayBuffer;
      } finally {
        restore();
      }
      // Our sheets, as written by the pane, finished with their charts, their links and kdcl's mark.
      const targets = [...book.written.values()]
        .filter((w) => book.owned.get(w.sheet.id) === w.name && book.sheet(w.name))
        .map((w) => ({ sheetName: w.name, sheet: w.sheet }));
      const owned = new Map([...book.owned].filter(([, name]) => book.sheet(name)));
      // The download is the user's working copy ("book"): it records our sheets, and kdcl never
      // writes over it without --force. A workbook without sheets of ours carries no mark.
      const bytes = await finishWorkbook(new Uint8Array(data), targets, owned, (sheets) =>
        customXmlWith(
          book.customXml,
          book.settings.entries(),
          Object.keys(sheets).length > 0
            ? [{ name: OUTPUT_PROPERTY, text: markerText({ kind: "book", sheets }) }]
            : [],
        ),
      );
      return { bytes, fileName: downloadName(book.fileName) };
    },
  };
}

/** The built-in sample list, with the plan year its planted faults are written for. */
export function openSample(): StandaloneSession {
  const settings = new BookSettings({ planYear: SAMPLE_PLAN_YEAR });
  return session(new Book(buildSampleWorkbook(), SAMPLE_FILE_NAME, settings, null), true, { vi: [], en: [] });
}

/** The steps of opening a file, for the page to name while it waits. */
export type OpenStep = "unpack" | "prepare";

export interface OpenOptions {
  /** Aborting it stops the opening at the next step; the promise then rejects with an AbortError. */
  readonly signal?: AbortSignal;
  /** Called as each step starts, with the share of the work done before it (0..1). */
  readonly onStep?: (step: OpenStep, done: number) => void;
}

/**
 * The user's .xlsx, .xlsm, .xls, .ods or .csv; throws InputError (in both languages) when it cannot be
 * read.
 */
export async function openFile(
  data: ArrayBuffer | Uint8Array,
  fileName: string,
  options: OpenOptions = {},
): Promise<StandaloneSession> {
  const { signal, onStep } = options;
  const stop = async () => {
    // A turn of the event loop between steps, so that the page paints and a Cancel is heard.
    await nextTask();
    if (signal?.aborted) throw abortError();
  };
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  onStep?.("unpack", 0);
  await stop();
  const source = await openBook(bytes, fileName, "vi");
  onStep?.("prepare", 0.9);
  await stop();
  // Only an .xlsx package carries our settings; a CSV, .xls or .ods starts with the defaults.
  const customXml = extensionOf(fileName) === "csv" || source.legacy ? null : await readCustomXml(bytes);
  const settings = new BookSettings(settingsFromCustomXml(customXml));
  const en =
    source.notCopied.length === 0
      ? []
      : source.legacy
        ? [LEGACY_NOT_COPIED.en]
        : await partsExceljsLoses(bytes, [...source.owned.values()], "en");
  await stop();
  const book = new Book(source.workbook, fileName, settings, customXml, new Map(source.owned));
  return session(book, false, { vi: source.notCopied, en });
}

/**
 * A new workbook holding only the given output sheets (a province's roll-up summary), offered as a
 * download: no list of the user's is opened or changed for it.
 */
export async function outputWorkbook(sheets: readonly OutputSheet[], fileName: string): Promise<Download> {
  const book = new Book(new ExcelJS.Workbook(), fileName, new BookSettings(), null);
  const s = session(book, false, { vi: [], en: [] });
  await s.host.writeOutputSheets(sheets);
  return s.download();
}

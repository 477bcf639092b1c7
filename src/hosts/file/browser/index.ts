/**
 * The standalone page's workbook sessions: the built-in sample or the user's own file, opened in the
 * browser (nothing is sent anywhere), with the host the task pane works on, the view the grid draws,
 * and the download of the finished workbook. Loaded on demand: exceljs and JSZip come with it.
 */
import type ExcelJS from "exceljs";
import type { Lang } from "../../../core/text/format";
import { extensionOf, isLegacyExtension } from "../buffer";
import { workbookWithSummary } from "../chart";
import { packageFacts } from "../owned";
import { LEGACY_NOT_COPIED, openWorkbook } from "../report";
import { buildSampleWorkbook, SAMPLE_FILE_NAME, SAMPLE_PLAN_YEAR } from "../sample";
import { Book } from "./book";
import { BrowserHost } from "./host";
import { customXmlWith, readCustomXml, settingsFromCustomXml, withCustomXml } from "./properties";
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

/** The file opens on the sheet the user had open, with only that tab selected (no grouped sheets). */
function keepActiveSheet(wb: ExcelJS.Workbook, active: string): void {
  const index = wb.worksheets.findIndex((ws) => ws.name === active);
  if (index < 0) return;
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
      keepActiveSheet(book.workbook, book.active);
      // Our sheets are written again from their models, then finished with their charts.
      const bytes = await workbookWithSummary(
        book.workbook,
        [...book.written.values()].map((w) => w.sheet),
      );
      book.changed();
      const xml = customXmlWith(book.customXml, book.settings.entries());
      return { bytes: await withCustomXml(bytes, xml), fileName: downloadName(book.fileName) };
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
 * read. Its sheets are read later, one at a time, when the user checks them.
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
  const source = await openWorkbook(bytes, fileName, "vi");
  onStep?.("prepare", 0.9);
  await stop();
  const ext = extensionOf(fileName);
  const legacy = isLegacyExtension(ext);
  // Only an .xlsx package carries our settings; a CSV, .xls or .ods starts with the defaults.
  const customXml = ext === "csv" || legacy ? null : await readCustomXml(bytes);
  const settings = new BookSettings(settingsFromCustomXml(customXml));
  const en =
    source.notCopied.length === 0
      ? []
      : legacy
        ? [LEGACY_NOT_COPIED.en]
        : (await packageFacts(bytes, "en")).notCopied;
  await stop();
  return session(new Book(source.workbook, fileName, settings, customXml), false, {
    vi: source.notCopied,
    en,
  });
}

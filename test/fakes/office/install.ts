/**
 * Installs the fake as the `Office` and `Excel` globals that office.js would define, over an
 * in-memory workbook. The same fake serves the jest tests of the Excel host and, bundled, the
 * browser tests of the task pane; it uses no Node API.
 *
 *   const office = installFakeOffice(buildWorkbook({ sheets: [...] }), { apiVersion: "1.9" });
 *   await host.readSheet(null);
 *   expect(office.stats.syncs).toBe(4);
 *   office.uninstall();
 */
import { ExcelContext } from "./excel";
import type { FakeWorkbook } from "./model";
import type { FakeOfficeOptions, ResolvedOptions } from "./proxy";
import { FakeStats, resolveOptions, versionAtLeast } from "./proxy";
import { FakeUser } from "./user";

export interface InstalledFakeOffice {
  readonly workbook: FakeWorkbook;
  readonly stats: FakeStats;
  readonly options: ResolvedOptions;
  /** The user at the keyboard: edits, row insertions and deletions, with the events Excel raises. */
  readonly user: FakeUser;
  /** Changes the supported ExcelApi version from now on. */
  setApiVersion(version: string): void;
  /** Removes the globals (restoring what was there before). */
  uninstall(): void;
}

interface Globals {
  Office?: unknown;
  Excel?: unknown;
}

export function installFakeOffice(
  workbook: FakeWorkbook,
  options: FakeOfficeOptions = {},
): InstalledFakeOffice {
  let opts = resolveOptions(options);
  const stats = new FakeStats();
  const g = globalThis as unknown as Globals;
  const before = { Office: g.Office, Excel: g.Excel };

  const HostType = { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" };
  const PlatformType = { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android" };
  const office = {
    HostType,
    PlatformType,
    context: {
      host: HostType.Excel,
      get platform(): string {
        return opts.platform;
      },
      diagnostics: { host: "Excel", platform: opts.platform, version: "16.0.fake" },
      requirements: {
        isSetSupported(name: string, version?: string): boolean {
          if (name !== "ExcelApi") return false;
          return versionAtLeast(opts.apiVersion, version ?? "1.1");
        },
      },
    },
    onReady(
      callback?: (info: { host: string; platform: string }) => void,
    ): Promise<{ host: string; platform: string }> {
      const info = { host: HostType.Excel, platform: opts.platform };
      return new Promise((resolve) => {
        setTimeout(() => {
          callback?.(info);
          resolve(info);
        }, 0);
      });
    },
  };

  const excel = {
    /** `Excel.run(batch)`, or `Excel.run(context, batch)` to go on in a context (to remove a handler). */
    async run<T>(
      first: ((context: ExcelContext) => Promise<T>) | { context?: ExcelContext } | ExcelContext,
      second?: (context: ExcelContext) => Promise<T>,
    ): Promise<T> {
      stats.runs += 1;
      const given =
        typeof first === "function" ? null : first instanceof ExcelContext ? first : (first.context ?? null);
      const batch = typeof first === "function" ? first : second;
      if (!batch) throw new Error("Excel.run needs a batch function");
      const context = given ?? new ExcelContext(workbook, opts, stats);
      const result = await batch(context);
      // Excel.run sends what the batch left queued.
      if (context._pending > 0) await context.sync();
      return result;
    },
    ErrorCodes: {
      apiNotFound: "ApiNotFound",
      invalidArgument: "InvalidArgument",
      itemNotFound: "ItemNotFound",
      itemAlreadyExists: "ItemAlreadyExists",
      invalidOperation: "InvalidOperation",
      requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
      responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
      rangeExceedsLimit: "RangeExceedsLimit",
    },
  };

  g.Office = office;
  g.Excel = excel;
  return {
    workbook,
    stats,
    user: new FakeUser(workbook),
    get options() {
      return opts;
    },
    setApiVersion(version: string) {
      opts = { ...opts, apiVersion: version };
    },
    uninstall() {
      g.Office = before.Office;
      g.Excel = before.Excel;
    },
  };
}

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

export interface InstalledFakeOffice {
  readonly workbook: FakeWorkbook;
  readonly stats: FakeStats;
  readonly options: ResolvedOptions;
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
    async run<T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> {
      stats.runs += 1;
      const context = new ExcelContext(workbook, opts, stats);
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

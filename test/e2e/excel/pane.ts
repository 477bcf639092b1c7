/**
 * The task pane in Chromium over the fake Office: builds the fake's browser bundle, serves dist/web,
 * routes office.js to the fake, and watches what the page logs and where it connects.
 */
import { copyFileSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { BrowserContext, Page, Request } from "playwright-core";
import webpack from "webpack";
import type { FakeInspector } from "../../fakes/office/browser";
import type { WorkbookSpec } from "../../fakes/office";
import { ARTIFACTS } from "../chromium";

const ROOT = resolve(__dirname, "..", "..", "..");
export const WEB_DIST = join(ROOT, "dist", "web");
export const FAKE_OFFICE_JS = join(ROOT, "dist", "e2e", "fake-office.js");
export const DOCS_SCREENSHOTS = join(ROOT, "docs", "screenshots");

/** Where taskpane.html loads office.js from (webpack.config.js); the tests answer it with the fake. */
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The size of Excel's task pane at its default width. */
export const PANE = { width: 350, height: 900 } as const;

/**
 * Builds dist/e2e/fake-office.js with webpack.e2e.config.js (filesystem cache: ~2 s cold, under 1 s
 * warm). One test file builds it: two workers building into the same file at once would race.
 */
export async function buildFakeOffice(): Promise<string> {
  const configPath: string = join(ROOT, "webpack.e2e.config.js");
  // A CommonJS module, which `import()` hands over as the default export.
  const loaded = (await import(configPath)) as { default?: webpack.Configuration };
  const config = loaded.default ?? (loaded as webpack.Configuration);
  const compiler = webpack(config);
  const stats = await new Promise<webpack.Stats>((ok, fail) =>
    compiler.run((err, result) => (err || !result ? fail(err ?? new Error("no stats")) : ok(result))),
  );
  await new Promise<void>((ok, fail) => compiler.close((err) => (err ? fail(err) : ok())));
  if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
  return FAKE_OFFICE_JS;
}

export interface Traffic {
  /** Console errors and uncaught exceptions of the page. */
  readonly errors: string[];
  /** Requests that tried to leave 127.0.0.1 (besides office.js, answered by the fake). */
  readonly offsite: string[];
  /** Times office.js was answered with the fake. */
  officeJs: number;
}

const LOCAL_SCHEMES = new Set(["blob:", "data:", "about:"]);

function isLocal(request: Request): boolean {
  const url = new URL(request.url());
  return LOCAL_SCHEMES.has(url.protocol) || url.hostname === "127.0.0.1";
}

/** Answers office.js with the fake and refuses (and records) anything not on 127.0.0.1. */
export async function routeOffice(context: BrowserContext, fakeOfficeJs: string): Promise<Traffic> {
  const traffic: Traffic = { errors: [], offsite: [], officeJs: 0 };
  await context.route("**/*", async (route) => {
    const request = route.request();
    if (request.url() === OFFICE_JS) {
      traffic.officeJs += 1;
      await route.fulfill({ path: fakeOfficeJs, contentType: "text/javascript; charset=utf-8" });
    } else if (isLocal(request)) {
      await route.continue();
    } else {
      traffic.offsite.push(request.url());
      await route.abort("blockedbyclient");
    }
  });
  // Requests the router never sees (service workers, beacons…) still show up here.
  context.on("request", (request) => {
    if (!isLocal(request) && request.url() !== OFFICE_JS && !traffic.offsite.includes(request.url()))
      traffic.offsite.push(request.url());
  });
  return traffic;
}

/** Opens the task pane over a fake workbook; resolves once the pane shows its tabs. */
export async function openPane(
  context: BrowserContext,
  baseUrl: string,
  spec: WorkbookSpec,
  traffic: Traffic,
): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(PANE);
  // Every step of the pane takes well under a second here: fail fast rather than at jest's timeout.
  page.setDefaultTimeout(10_000);
  page.on("console", (msg) => {
    if (msg.type() === "error") traffic.errors.push(`console: ${msg.text()}`);
  });
  page.on("pageerror", (e) => traffic.errors.push(`page: ${e.message}`));
  await page.addInitScript((workbook) => {
    window.__kdclFakeWorkbook = workbook;
  }, spec);
  await page.goto(`${baseUrl}/taskpane.html`);
  await page.getByRole("tablist").waitFor();
  return page;
}

/** The fake's inspector, called in the page. */
export function fake<K extends keyof FakeInspector>(
  page: Page,
  method: K,
  ...args: Parameters<FakeInspector[K]>
): Promise<ReturnType<FakeInspector[K]>> {
  return page.evaluate(
    ([m, a]) => {
      const inspector = window.__kdclFake;
      if (!inspector) throw new Error("the fake Office is not installed");
      return (inspector[m] as (...x: unknown[]) => unknown)(...a);
    },
    [method, args] as const,
  ) as Promise<ReturnType<FakeInspector[K]>>;
}

/**
 * A screenshot into test-artifacts/e2e/excel-<name>.png; with `docs`, also copied to
 * docs/screenshots/excel-<docs>.png for the README (overwritten on every run so they stay current).
 */
export async function shot(page: Page, name: string, options: { docs?: string; full?: boolean } = {}) {
  const path = join(ARTIFACTS, `excel-${name}.png`);
  // No hover effect under a pointer left on the last button clicked: the same picture on every run.
  const size = page.viewportSize() ?? PANE;
  await page.mouse.move(size.width - 1, size.height - 1);
  await page.screenshot({ path, fullPage: options.full ?? false, animations: "disabled", caret: "hide" });
  if (options.docs) {
    mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    copyFileSync(path, join(DOCS_SCREENSHOTS, `excel-${options.docs}.png`));
  }
  return path;
}

/**
 * The standalone page in headless Chromium (test/e2e/chromium.ts) over the built dist/web
 * (test/e2e/static-server.ts), watched for what must never happen: a console error, a CSP violation,
 * an uncaught exception, a request to anywhere but the page's own server.
 */
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Download, Locator, Page } from "playwright-core";
import { ARTIFACTS, launch, type Session } from "../chromium";
import { serve, type Served } from "../static-server";

export const DIST = join(__dirname, "..", "..", "..", "dist", "web");
export const DOCS = join(__dirname, "..", "..", "..", "docs", "screenshots");

export interface StandalonePage {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly url: string;
  /** Console errors, page errors and CSP violations, as they happened. */
  readonly errors: string[];
  /** Requests to anything but the page's own origin (blob: and data: URLs are the page's own). */
  readonly external: string[];
  close(): Promise<void>;
}

export async function openStandalone(viewport = { width: 1280, height: 800 }): Promise<StandalonePage> {
  const served: Served = await serve(DIST);
  let session: Session | null = null;
  try {
    session = await launch();
    // Reduced motion: Fluent's tab indicator then moves at once, and screenshots show where it ends.
    const context = await session.browser.newContext({
      viewport,
      acceptDownloads: true,
      locale: "vi-VN",
      reducedMotion: "reduce",
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const errors: string[] = [];
    const external: string[] = [];
    const origin = new URL(served.url).origin;
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => errors.push(`page: ${e.message}`));
    context.on("request", (r) => {
      const u = new URL(r.url());
      if (u.protocol === "blob:" || u.protocol === "data:") return;
      if (u.origin !== origin) external.push(r.url());
    });
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await page.goto(`${served.url}/index.html`);
    const s = session;
    return {
      page,
      context,
      url: served.url,
      errors,
      external,
      async close() {
        await s.close();
        await served.close();
      },
    };
  } catch (e) {
    await session?.close();
    await served.close();
    throw e;
  }
}

/** A screenshot kept in test-artifacts/e2e, and also in docs/screenshots when `docs` is set. */
export async function shot(page: Page, name: string, docs = false): Promise<void> {
  const file = join(ARTIFACTS, `standalone-${name}.png`);
  await page.screenshot({ path: file });
  if (docs) {
    mkdirSync(DOCS, { recursive: true });
    copyFileSync(file, join(DOCS, `standalone-${name}.png`));
  }
}

/** The grid's cell at an A1 address (it must be drawn: on screen or selected). */
export function cell(page: Page, address: string): Locator {
  return page.locator(`[role=grid] [role=gridcell][data-cell="${address}"]`);
}

export function selectedCell(page: Page): Locator {
  return page.locator(`[role=grid] [role=gridcell][aria-selected="true"]`);
}

/** The pane (the task pane App) and the page's top bar. */
export function pane(page: Page): Locator {
  return page.locator("aside");
}

export async function saved(download: Download, name: string): Promise<Buffer> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, name);
  await download.saveAs(file);
  return readFileSync(file);
}

/** Whether a cell's box lies inside the grid's visible area, below and right of the sticky headers. */
export async function inView(page: Page, address: string): Promise<boolean> {
  return page.evaluate((a) => {
    const grid = document.querySelector("[role=grid]");
    const c = grid?.querySelector(`[role=gridcell][data-cell="${a}"]`);
    const header = grid?.querySelector("[role=columnheader]");
    const rowHeader = grid?.querySelector("[role=rowheader]");
    if (!grid || !c || !header || !rowHeader) return false;
    const g = grid.getBoundingClientRect();
    const r = c.getBoundingClientRect();
    const top = g.top + header.getBoundingClientRect().height;
    const left = g.left + rowHeader.getBoundingClientRect().width;
    return (
      r.top >= top - 1 &&
      r.bottom <= g.top + grid.clientHeight + 1 &&
      r.left >= left - 1 &&
      r.right <= g.left + grid.clientWidth + 1
    );
  }, address);
}

/** Resolves once `probe` gives true, checking every 100 ms; false after `ms`. */
export async function until(probe: () => Promise<boolean>, ms = 5_000): Promise<boolean> {
  const end = Date.now() + ms;
  for (;;) {
    if (await probe()) return true;
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
}

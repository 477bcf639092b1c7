/**
 * taskpane.html opened in a plain browser, as someone given its address would: once with office.js
 * unreachable (an office network without Microsoft's CDN), once with office.js loaded outside an
 * Office app (it then reports no host). Both times the page says, in Vietnamese and in English, that
 * it runs inside Excel or Word, and links to the standalone page, which opens and works.
 *
 * Needs `npm run build:web` (npm test does it).
 */
import type { BrowserContext, Page, Route } from "playwright-core";
import { ARTIFACTS, launch, type Session } from "../chromium";
import { serve, type Served } from "../static-server";
import { OFFICE_JS, WEB_DIST } from "./pane";
import { join } from "node:path";

/** What office.js does outside Office: defines `Office`, and `onReady` resolves with no host. */
const OFFICE_JS_WITHOUT_HOST = `
window.Office = {
  HostType: { Excel: "Excel", Word: "Word" },
  context: {},
  onReady: function (cb) {
    var info = { host: null, platform: null };
    if (cb) cb(info);
    return Promise.resolve(info);
  },
};`;

let session: Session;
let served: Served;

beforeAll(async () => {
  served = await serve(WEB_DIST);
  session = await launch();
}, 60_000);

afterAll(async () => {
  await session?.close();
  await served?.close();
});

async function openWith(answer: (route: Route) => Promise<void>): Promise<{ page: Page; errors: string[] }> {
  const context: BrowserContext = await session.browser.newContext({
    viewport: { width: 360, height: 640 },
    locale: "vi-VN",
  });
  await context.route(OFFICE_JS, answer);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${served.url}/taskpane.html`);
  return { page, errors };
}

async function expectNotice(page: Page, name: string): Promise<void> {
  const vi = page.getByText("Trang này chạy bên trong Excel hoặc Word");
  const en = page.getByText("This page runs inside Excel or Word");
  await vi.waitFor();
  await en.waitFor();
  expect(await vi.evaluate((e) => e.closest("[lang]")?.getAttribute("lang"))).toBe("vi");
  expect(await en.evaluate((e) => e.closest("[lang]")?.getAttribute("lang"))).toBe("en");
  const viBox = await vi.boundingBox();
  const enBox = await en.boundingBox();
  expect(viBox && enBox && viBox.y < enBox.y).toBe(true);
  // Nothing else of the pane started: no tabs, no spinner left turning.
  expect(await page.getByRole("tablist").count()).toBe(0);
  expect(await page.getByRole("progressbar").count()).toBe(0);
  await page.screenshot({ path: join(ARTIFACTS, `taskpane-outside-office-${name}.png`) });
}

describe("taskpane.html outside Office", () => {
  it("with office.js unreachable: says where it runs, in both languages, and leads to the standalone page", async () => {
    const { page, errors } = await openWith((route) => route.abort("internetdisconnected"));
    await expectNotice(page, "offline");
    expect(errors).toEqual([]);
    await page.getByRole("link", { name: "Mở trang chạy trong trình duyệt" }).click();
    await page.waitForURL(`${served.url}/index.html`);
    // The standalone page works from there: its sample list opens.
    await page.getByRole("toolbar").getByRole("button", { name: "Mở tệp" }).waitFor();
    await page.locator('[role=grid][data-sheet="Danh sách"]').waitFor();
    await page.context().close();
  });

  it("with office.js loaded in a plain browser (no Office app): the same notice and link", async () => {
    const { page, errors } = await openWith((route) =>
      route.fulfill({ body: OFFICE_JS_WITHOUT_HOST, contentType: "text/javascript; charset=utf-8" }),
    );
    await expectNotice(page, "no-host");
    expect(errors).toEqual([]);
    const link = page.getByRole("link", { name: "Open the page that runs in the browser" });
    expect(await link.getAttribute("href")).toBe("index.html");
    await page.context().close();
  });
});

/**
 * The standalone page on a phone (360 px) and a small tablet (768 px): the pane stacks under the
 * grid, the page scrolls vertically and never sideways, and checking, selecting a finding's cell and
 * fixing work as on a wide screen. Screenshots go to test-artifacts/e2e/standalone-narrow-*.png.
 *
 * Needs `npm run build:web` (npm test does it).
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { ARTIFACTS } from "../chromium";
import { cell, openStandalone, pane, selectedCell, shot, type StandalonePage } from "./page";

jest.setTimeout(60_000);

/** The tops of the pane's tabs: one value when they sit on one line. */
async function tabRows(page: Page): Promise<number[]> {
  const tops = await pane(page)
    .getByRole("tab")
    .evaluateAll((tabs) => tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
  return [...new Set(tops)];
}

/** How far the page itself scrolls sideways (0 when it does not). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describe.each([360, 768])("the standalone page %i px wide", (width) => {
  let sp: StandalonePage;

  beforeAll(async () => {
    sp = await openStandalone({ width, height: 760 });
  });

  afterAll(async () => {
    await sp?.close();
  });

  test("stacks the pane under the grid, with no sideways scrolling of the page", async () => {
    const { page } = sp;
    await page.locator('[role=grid][data-sheet="Danh sách"]').waitFor();
    await pane(page).getByRole("tab", { name: "Kiểm tra" }).waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    const grid = await page.locator("main > section").boundingBox();
    const aside = await pane(page).boundingBox();
    expect(grid && aside).toBeTruthy();
    if (!grid || !aside) return;
    // One above the other, each as wide as the page.
    expect(aside.y).toBeGreaterThanOrEqual(grid.y + grid.height - 1);
    expect(Math.round(aside.width)).toBe(width);
    expect(Math.round(grid.width)).toBe(width);
    // The grid keeps a usable height of its own; the page, not the pane, scrolls to the pane.
    expect(grid.height).toBeGreaterThanOrEqual(280);
    expect(await tabRows(page)).toHaveLength(1);
    await shot(page, `narrow-${width}-start`);
  });

  test("checks, selects a finding's cell and fixes, still without sideways scrolling", async () => {
    const { page } = sp;
    await pane(page).getByRole("button", { name: "Kiểm tra", exact: true }).click();
    const finding = pane(page).getByRole("button", { name: /^Ô I37(?!\d)/ });
    await finding.waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: shotPath(`narrow-${width}-findings-full`), fullPage: true });

    await finding.click();
    await expect(selectedCell(page).getAttribute("data-cell")).resolves.toBe("I37");
    await expect(cell(page, "I37").isVisible()).resolves.toBe(true);

    await pane(page)
      .getByRole("button", { name: /^Sửa ô / })
      .first()
      .click();
    await page.getByRole("dialog").getByRole("button", { name: "Áp dụng" }).click();
    const status = pane(page).getByRole("region", { name: "Kết quả thao tác vừa làm" });
    await status.getByText(/^Đã sửa \d+ ô và kiểm tra lại\.$/).waitFor();
    // The confirmation and Hoàn tác are in view where the user is.
    const box = await status.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 760 + 1).toBe(true);
    await status.getByRole("button", { name: "Hoàn tác" }).waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, `narrow-${width}-fixed`);
    expect(sp.errors).toEqual([]);
    expect(sp.external).toEqual([]);
  });
});

function shotPath(name: string): string {
  return join(ARTIFACTS, `standalone-${name}.png`);
}

describe("the standalone page 1280 px wide", () => {
  test("keeps the pane beside the grid, its tabs on one line, nothing sideways", async () => {
    const sp = await openStandalone({ width: 1280, height: 800 });
    try {
      const { page } = sp;
      await page.locator('[role=grid][data-sheet="Danh sách"]').waitFor();
      await pane(page).getByRole("tab", { name: "Cài đặt" }).waitFor();
      const grid = await page.locator("main > section").boundingBox();
      const aside = await pane(page).boundingBox();
      expect(grid && aside && Math.abs(grid.y - aside.y) < 1 && aside.x >= grid.x + grid.width - 1).toBe(
        true,
      );
      expect(await tabRows(page)).toHaveLength(1);
      // The pane itself does not scroll sideways either.
      expect(await pane(page).evaluate((a) => a.scrollWidth - a.clientWidth)).toBeLessThanOrEqual(0);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    } finally {
      await sp.close();
    }
  });
});

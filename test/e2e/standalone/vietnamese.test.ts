/**
 * The standalone page in Vietnamese has no English for an eye or a screen reader: its top bar, grid
 * and messages, and every page of the pane, menus and dialogs open (test/e2e/vietnamese.ts).
 *
 * Needs `npm run build:web` (npm test does it).
 */
import { englishInPane } from "../vietnamese";
import { openStandalone, type StandalonePage } from "./page";

jest.setTimeout(90_000);

let sp: StandalonePage;

beforeAll(async () => {
  sp = await openStandalone();
  await sp.page.locator('[role=grid][data-sheet="Danh sách"]').waitFor();
});

afterAll(async () => {
  await sp?.close();
});

test("no English anywhere on the Vietnamese page, screen-reader labels included", async () => {
  expect(await englishInPane(sp.page, "aside")).toEqual([]);
  expect(sp.errors).toEqual([]);
});

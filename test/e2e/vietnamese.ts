/**
 * English left in the Vietnamese interface, as a screen reader or an eye meets it: the accessibility
 * tree Chromium computes (names of buttons, fields, regions), every aria-label, title, alt and
 * placeholder (hidden elements too: a closed menu's labels are read once it opens), and the text of
 * the page. Words come from Fluent UI's built-in labels ("Increment value", "Clear selection",
 * "close", "Dismiss") and from the usual vocabulary of an English interface. Text marked with another
 * language (`lang="en"` on "English" in Cài đặt) is that language's by right and is skipped.
 */
import type { Page } from "playwright-core";

/** Whole words, compared without regard to case. None is a Vietnamese word written without marks. */
export const ENGLISH_WORDS: readonly string[] = [
  // Fluent UI v9's own labels.
  "increment value",
  "decrement value",
  "clear selection",
  "close",
  "dismiss",
  "overflow",
  "resize column",
  // An interface's everyday words.
  "cancel",
  "ok",
  "yes",
  "open",
  "save",
  "download",
  "upload",
  "loading",
  "search",
  "select",
  "selected",
  "next",
  "previous",
  "back",
  "home",
  "error",
  "errors",
  "warning",
  "warnings",
  "information",
  "submit",
  "apply",
  "delete",
  "remove",
  "edit",
  "settings",
  "help",
  "more",
  "show",
  "hide",
  "menu",
  "expand",
  "collapse",
  "toggle",
  "options",
  "required",
  "sheet",
  "cell",
  "row",
  "column",
  "value",
  "file",
  "check",
  "summary",
  "plan",
  "undo",
  "retry",
  "details",
  "the",
  "and",
];

const PATTERN = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${ENGLISH_WORDS.join("|")})(?=$|[^\\p{L}\\p{N}])`, "iu");

/** The English words in a text, with the text they were found in. */
export function englishIn(text: string): string | null {
  const m = PATTERN.exec(text);
  return m ? `“${m[1]}” in “${text.trim().slice(0, 120)}”` : null;
}

/**
 * Texts of the page (or of `root`) in the page's language: attributes that name or describe, and
 * text nodes; each once, with where it came from.
 */
export async function pageTexts(page: Page, root = "body"): Promise<string[]> {
  return page.evaluate((selector) => {
    const top = document.querySelector(selector);
    if (!top) return [];
    const own = (el: Element): boolean => {
      const lang = el.closest("[lang]")?.getAttribute("lang") ?? "vi";
      return lang === "" || lang.toLowerCase().startsWith("vi");
    };
    const out = new Set<string>();
    const ATTRS = ["aria-label", "title", "alt", "placeholder", "aria-placeholder", "aria-roledescription"];
    for (const el of [top, ...top.querySelectorAll("*")]) {
      if (el.closest("script, style, noscript") || !own(el)) continue;
      for (const a of ATTRS) {
        const v = el.getAttribute(a);
        if (v) out.add(`${el.tagName.toLowerCase()}[${a}]: ${v}`);
      }
    }
    const walker = document.createTreeWalker(top, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      const text = n.textContent?.trim() ?? "";
      if (!parent || text === "" || parent.closest("script, style, noscript") || !own(parent)) continue;
      out.add(`text: ${text}`);
    }
    return [...out];
  }, root);
}

/**
 * The names and texts of the accessibility tree, from Playwright's aria snapshot: its lines read
 * `- role "name" [state]: text`; roles and states ("row", "[selected]") are the tree's words, not
 * the page's, and are left out.
 */
function treeTexts(snapshot: string): string[] {
  const out: string[] = [];
  for (const line of snapshot.split("\n")) {
    const item = line.replace(/^\s*-\s*/, "");
    if (item.startsWith("/")) continue; // a property such as /url
    const m = /^[a-z]+(?:\s+"((?:[^"\\]|\\.)*)")?(?:\s+\[[^\]]*\])*\s*:?\s*(.*)$/.exec(item);
    if (!m) continue;
    if (m[1]) out.push(m[1]);
    if (m[2]) out.push(m[2].replace(/^"(.*)"$/, "$1"));
  }
  return out;
}

/** Every English word a Vietnamese user of the page (or of `root`) would meet, or hear, now. */
export async function englishOnPage(page: Page, root = "body"): Promise<string[]> {
  const found = new Set<string>();
  for (const text of treeTexts(await page.locator(root).ariaSnapshot())) {
    const hit = englishIn(text);
    if (hit) found.add(`tree: ${hit}`);
  }
  for (const text of await pageTexts(page, root)) {
    const hit = englishIn(text.replace(/^[^:]*: /, ""));
    if (hit) found.add(`${text.split(":")[0]}: ${hit}`);
  }
  return [...found];
}

/**
 * Walks every page of the task pane in Vietnamese as a user would (Kiểm tra with its filters, the
 * column choices, a fix preview, the legal basis; Tổng hợp; Kế hoạch; Quy tắc with a search; Cài đặt
 * with its lists open)
 * and returns the English met on the way, each with the step it was met at. `pane` scopes the pane's
 * own controls (the standalone page has a grid beside it); the scan covers the whole page, menus and
 * dialogs included (Fluent renders them outside the pane).
 */
export async function englishInPane(page: Page, pane = "body"): Promise<string[]> {
  const found: string[] = [];
  const scan = async (step: string) => {
    for (const hit of await englishOnPage(page)) found.push(`${step} — ${hit}`);
  };
  const within = page.locator(pane);
  const panel = within.locator('[role="tabpanel"]:not([hidden])');
  const tab = (name: string) => within.getByRole("tab", { name, exact: true }).click();

  await tab("Kiểm tra");
  await scan("Kiểm tra, before checking");
  await panel.getByRole("button", { name: /^Kiểm tra( lại)?$/ }).click();
  await panel.getByRole("heading", { name: "Kết quả kiểm tra" }).waitFor();
  await panel
    .getByRole("status")
    .filter({ hasText: /phát hiện/ })
    .waitFor();
  await scan("Kiểm tra, findings");

  await panel.getByRole("combobox", { name: "Lọc theo quy tắc" }).click();
  await page.getByRole("listbox").waitFor();
  await scan("Kiểm tra, rule filter open");
  await page.keyboard.press("Escape");

  await panel.getByRole("button", { name: /^Cột đã nhận/ }).click();
  const mapping = panel.getByRole("combobox", { name: /^Cột của/ }).first();
  await mapping.click();
  await page.getByRole("listbox").waitFor();
  await scan("Kiểm tra, a column's choices open");
  await page.keyboard.press("Escape");
  await panel.getByRole("button", { name: /^Cột đã nhận/ }).click();

  const basis = panel.locator("details summary").first();
  if ((await basis.count()) > 0) await basis.click();
  const fix = panel.getByRole("button", { name: /^Sửa ô / }).first();
  await fix.click();
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  await scan("Kiểm tra, fix preview");
  await dialog.getByRole("button", { name: "Áp dụng" }).click();
  await dialog.waitFor({ state: "detached" });
  await panel.getByRole("region", { name: "Kết quả thao tác vừa làm" }).waitFor();
  await scan("Kiểm tra, after a fix");
  await panel.getByRole("button", { name: "Đánh dấu", exact: true }).click();
  await panel.getByText(/^Đã tô màu/).waitFor();
  await scan("Kiểm tra, after highlighting");

  await tab("Tổng hợp");
  await panel.getByRole("spinbutton", { name: "Năm kế hoạch" }).waitFor();
  await scan("Tổng hợp");

  await tab("Kế hoạch");
  await scan("Kế hoạch");

  await tab("Quy tắc");
  await panel.getByRole("searchbox").fill("hết hạn");
  await scan("Quy tắc, searching");
  await panel.getByRole("searchbox").fill("");

  await tab("Cài đặt");
  for (const name of ["Quy định áp dụng", "Đơn vị kinh phí"]) {
    await panel.getByRole("combobox", { name }).click();
    await page.getByRole("listbox").waitFor();
    await scan(`Cài đặt, ${name} open`);
    await page.keyboard.press("Escape");
  }
  await tab("Kiểm tra");
  return found;
}

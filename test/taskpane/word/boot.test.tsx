/** @jest-environment jsdom */
import { act, screen } from "@testing-library/react";
import type { Root } from "react-dom/client";
import { boot } from "../../../src/taskpane/boot";
import { installFakeWord, wordDocument } from "../../fakes/word";
import type { InstalledFakeWord } from "../../fakes/word";

const createExcelHost = jest.fn();
jest.mock("../../../src/hosts/excel/host", () => ({ createExcelHost: () => createExcelHost() }));

let roots: Root[] = [];
let word: InstalledFakeWord | null = null;

async function start(): Promise<void> {
  document.body.innerHTML = '<div id="root"></div>';
  await act(async () => {
    roots.push(await boot(document.getElementById("root") as HTMLElement));
  });
}

afterEach(() => {
  act(() => roots.forEach((r) => r.unmount()));
  roots = [];
  word?.uninstall();
  word = null;
});

test("in Word the boot shows the Word pane, Chèn kế hoạch, and never the Excel host", async () => {
  word = installFakeWord(wordDocument());
  await start();
  expect(await screen.findByRole("heading", { name: "Chèn kế hoạch" })).toBeTruthy();
  expect(screen.getByRole("button", { name: "Chèn kế hoạch" })).toBeTruthy();
  expect(screen.queryByRole("tab")).toBeNull();
  expect(createExcelHost).not.toHaveBeenCalled();
});

test("the language saved in the document wins over Office's", async () => {
  word = installFakeWord(wordDocument(), { displayLanguage: "vi-VN", settings: [["lang", '"en"']] });
  await start();
  expect(await screen.findByRole("heading", { name: "Insert plan" })).toBeTruthy();
});

test("Word without a document: the pane says why it cannot start, in Office's language", async () => {
  word = installFakeWord(wordDocument(), { noDocument: true, displayLanguage: "en-US" });
  await start();
  expect(await screen.findByText("The add-in could not start in Word")).toBeTruthy();
  expect(screen.getByText(/No open document or cursor position was found/)).toBeTruthy();
});

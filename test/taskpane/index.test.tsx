/** @jest-environment jsdom */
import { act, screen } from "@testing-library/react";
import type { Root } from "react-dom/client";
import { boot } from "../../src/taskpane/boot";
import { FakeHost } from "./fake-host";
import { districtList, SHEET } from "./lists";

const createExcelHost = jest.fn();
jest.mock("../../src/hosts/excel/host", () => ({ createExcelHost: () => createExcelHost() }));

function office(host: string | null, displayLanguage = "vi-VN"): void {
  Object.assign(globalThis, {
    Office: {
      onReady: async () => ({ host, platform: "PC" }),
      HostType: { Excel: "Excel", Word: "Word" },
      context: { displayLanguage },
    },
  });
}

let roots: Root[] = [];

async function start(): Promise<void> {
  document.body.innerHTML = '<div id="root"></div>';
  await act(async () => {
    roots.push(await boot(document.getElementById("root") as HTMLElement));
  });
}

afterEach(() => {
  act(() => roots.forEach((r) => r.unmount()));
  roots = [];
  delete (globalThis as { Office?: unknown }).Office;
  createExcelHost.mockReset();
});

test("in Excel the boot waits for Office, creates the Excel host and shows the five pages", async () => {
  office("Excel");
  createExcelHost.mockResolvedValue(new FakeHost({ [SHEET]: districtList() }));
  await start();
  const tabs = await screen.findAllByRole("tab");
  expect(tabs.map((t) => t.getAttribute("value"))).toEqual(["check", "summary", "plan", "help", "settings"]);
  expect(createExcelHost).toHaveBeenCalledTimes(1);
});

test("a host that cannot start is explained, not thrown", async () => {
  office("Excel", "en-US");
  createExcelHost.mockRejectedValue(new Error("This add-in needs Excel with ExcelApi 1.7."));
  await start();
  expect(await screen.findByText("The add-in could not start")).toBeTruthy();
  expect(screen.getByText("Details: This add-in needs Excel with ExcelApi 1.7.")).toBeTruthy();
});

// Word has its own pane (test/taskpane/word/boot.test.tsx); other Office apps are not supported.
test("in another Office app, or outside Office, the pane says where it runs", async () => {
  office("PowerPoint");
  await start();
  expect(await screen.findByText("Chưa hỗ trợ ứng dụng này")).toBeTruthy();
  expect(createExcelHost).not.toHaveBeenCalled();

  delete (globalThis as { Office?: unknown }).Office;
  await start();
  await expectOutsideOffice();
});

/** The bilingual notice of taskpane.html in a plain browser, with its way to the standalone page. */
async function expectOutsideOffice(): Promise<void> {
  const vi = await screen.findByText("Trang này chạy bên trong Excel hoặc Word");
  const en = screen.getByText("This page runs inside Excel or Word");
  expect(vi.closest("[lang]")?.getAttribute("lang")).toBe("vi");
  expect(en.closest("[lang]")?.getAttribute("lang")).toBe("en");
  // Vietnamese first.
  expect(vi.compareDocumentPosition(en) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  for (const name of ["Mở trang chạy trong trình duyệt", "Open the page that runs in the browser"])
    expect(screen.getByRole("link", { name }).getAttribute("href")).toBe("index.html");
  expect(createExcelHost).not.toHaveBeenCalled();
}

test("office.js in a plain browser (no Office app) shows the same notice", async () => {
  office(null);
  await start();
  await expectOutsideOffice();
});

test("when the Excel pages cannot be fetched (the server went away), the pane says so in one line", async () => {
  office("Excel", "en-US");
  // The pane's chunk is required when the host is known: a mock made now stands in for the fetch.
  jest.doMock("../../src/taskpane/excel-start", () => {
    throw new Error("Loading chunk excel-pane failed.");
  });
  await start();
  expect(await screen.findByText("The add-in could not start")).toBeTruthy();
  expect(screen.getByText("Details: Loading chunk excel-pane failed.")).toBeTruthy();
  expect(createExcelHost).not.toHaveBeenCalled();
  jest.dontMock("../../src/taskpane/excel-start");
});

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
  expect(await screen.findByText("Cần mở trong Excel")).toBeTruthy();
});

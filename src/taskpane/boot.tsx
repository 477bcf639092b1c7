/// <reference types="office-js" />
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import type { Lang } from "../core/text/format";
import { App } from "./App";
import { paneError } from "./lib/errors";
import { Startup } from "./Startup";
import { startWord } from "./word/start";

/** Vietnamese unless Office runs in English. Only for the messages shown before settings are read. */
function officeLang(): Lang {
  const display = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  return display?.toLowerCase().startsWith("en") ? "en" : "vi";
}

/**
 * Waits for Office, picks the host and renders the app into `container`: the four pages over the
 * workbook in Excel, the Word pane (Chèn kế hoạch) in Word. The Excel host is loaded on demand so the
 * pane's first paint does not wait for it.
 */
export async function boot(container: HTMLElement): Promise<Root> {
  const root = createRoot(container);
  const render = (node: ReactNode) =>
    root.render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

  render(<Startup state="starting" lang="vi" />);
  if (typeof Office === "undefined") {
    render(<Startup state="standalone" lang="vi" />);
    return root;
  }
  const info = await Office.onReady();
  if (info.host === Office.HostType.Word) {
    // Bundled, not a chunk of its own: a lazy Word chunk would share ~140 modules with this bundle,
    // which stops webpack concatenating them and costs every Excel user ~50 KB; bundled it adds ~13 KB.
    // What is large (the file reader, the plan builder, docx) is still loaded on first use.
    render(await startWord(officeLang()));
    return root;
  }
  if (info.host !== Office.HostType.Excel) {
    render(<Startup state={info.host ? "unsupported" : "standalone"} lang={officeLang()} />);
    return root;
  }
  try {
    const { createExcelHost } = await import(/* webpackChunkName: "excel-host" */ "../hosts/excel/host");
    render(<App host={await createExcelHost()} />);
  } catch (e) {
    render(<Startup state="failed" lang={officeLang()} error={paneError("read", e)} />);
  }
  return root;
}

/// <reference types="office-js" />
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import type { Lang } from "../core/text/format";
import { paneError } from "./lib/errors";
import { Startup } from "./Startup";

/** Vietnamese unless Office runs in English. Only for the messages shown before settings are read. */
function officeLang(): Lang {
  const display = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  return display?.toLowerCase().startsWith("en") ? "en" : "vi";
}

/**
 * Waits for Office, picks the host and renders its pane into `container`: the five pages over the
 * workbook in Excel, the Word pane (Chèn kế hoạch) in Word. Each comes as a chunk of its own, loaded
 * once the host is known: the first paint ("Đang khởi động…") waits for neither, and an Excel user
 * never downloads the Word pane, nor a Word user the Excel pages.
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
  const lang = officeLang();
  if (info.host !== Office.HostType.Word && info.host !== Office.HostType.Excel) {
    render(<Startup state={info.host ? "unsupported" : "standalone"} lang={lang} />);
    return root;
  }
  try {
    if (info.host === Office.HostType.Word) {
      const { startWord } = await import(/* webpackChunkName: "word-pane" */ "./word/start");
      render(await startWord(lang));
    } else {
      // Prefetched (a <link rel="prefetch"> once this script runs): Excel is where most panes open,
      // so its pages download while Office starts.
      const { startExcel } = await import(
        /* webpackChunkName: "excel-pane", webpackPrefetch: true */ "./excel-start"
      );
      render(await startExcel(lang));
    }
  } catch (e) {
    // The chunk itself could not be fetched (the server went away, a proxy refused it).
    render(<Startup state="failed" lang={lang} error={paneError("read", e)} />);
  }
  return root;
}

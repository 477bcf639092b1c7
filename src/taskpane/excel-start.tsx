import type { ReactNode } from "react";
import type { Lang } from "../core/text/format";
import { createExcelHost } from "../hosts/excel/host";
import { App } from "./App";
import { paneError } from "./lib/errors";
import { Startup } from "./Startup";

/**
 * What the pane shows in Excel, once Office is ready: the five pages over the open workbook, or why
 * they cannot start. Never throws.
 */
export async function startExcel(lang: Lang): Promise<ReactNode> {
  try {
    return <App host={await createExcelHost()} />;
  } catch (e) {
    return <Startup state="failed" lang={lang} error={paneError("read", e)} />;
  }
}

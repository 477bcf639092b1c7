/**
 * Shared set-up of the Word pane's tests: the fake Word installed over a letter with the cursor in
 * it, the pane rendered as the boot renders it in Word, and list files built with exceljs as an
 * office would save them.
 */
import {
  createDOMRenderer,
  FluentProvider,
  RendererProvider,
  webLightTheme,
} from "@fluentui/react-components";
import { configure, render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ExcelJS from "exceljs";
import { TextDecoder, TextEncoder } from "util";
import type { CellValue } from "../../../src/core/grid";
import { createWordHost } from "../../../src/hosts/word/host";
import type { WordHost } from "../../../src/hosts/word/host";
import { WordApp } from "../../../src/taskpane/word/WordApp";
import type { InstalledFakeWord, InstallWordOptions } from "../../fakes/word";
import { docxParts, textOf } from "../../render/docx/ooxml";
import { installFakeWord, wordDocument } from "../../fakes/word";

// jsdom lacks the encoders every browser has; the .xlsx reader and the docx writer need them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// Fluent renders slowly in jsdom when the suites run in parallel: wait longer than the default 1 s.
configure({ asyncUtilTimeout: 10000 });

const styleSink = document.implementation.createHTMLDocument("styles");

export const LETTER = { before: ["Kính gửi: Các trường học trên địa bàn."], after: ["Nơi nhận:"] };

let installed: InstalledFakeWord | null = null;

export function installWord(options: InstallWordOptions = {}): InstalledFakeWord {
  installed?.uninstall();
  installed = installFakeWord(wordDocument(LETTER), options);
  return installed;
}

export function uninstallWord(): void {
  installed?.uninstall();
  installed = null;
}

/** The pane over the installed fake, as `boot` renders it in Word. */
export async function renderWordPane(): Promise<
  ReturnType<typeof render> & { user: ReturnType<typeof userEvent.setup>; host: WordHost }
> {
  const host = await createWordHost();
  const user = userEvent.setup();
  const view = render(
    <RendererProvider renderer={createDOMRenderer(styleSink)} targetDocument={document}>
      <FluentProvider theme={webLightTheme}>
        <WordApp host={host} />
      </FluentProvider>
    </RendererProvider>,
  );
  return { user, host, ...view };
}

/** A list saved by Excel: one sheet of rows (null is an empty cell). */
export async function xlsxFile(
  sheet: string,
  rows: readonly (readonly CellValue[])[],
  name: string,
): Promise<File> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const row of rows) {
    ws.addRow(row.map((v) => (v === null || typeof v === "object" ? null : v)));
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new File([new Uint8Array(buffer as ArrayBuffer)], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}

/** The text of the .docx Word received in insertion `index`. */
export async function insertedText(word: InstalledFakeWord, index: number): Promise<string> {
  const insertion = word.stats.insertions[index];
  if (!insertion) throw new Error(`no insertion ${index}`);
  return textOf((await docxParts(insertion.bytes)).document);
}

import { planOf } from "../../app/plan";
import { suggestedIssuingBody } from "../../app/plan-header";
import { APPENDIX_TABLE_LIMIT, PLAN_SECTIONS } from "../../app/vocabulary";
import { placeFromBody } from "../../app/vocabulary";
import { basename } from "node:path";
import { formatNumber } from "../../app/format";
import { markerText, OUTPUT_PROPERTY } from "../../hosts/file/package/marker";
import type { ByteSink } from "../../hosts/file/package/zip-writer";
import { ZipWriter } from "../../hosts/file/package/zip-writer";
import { planParts } from "../../render/docx/render";
import { appendixPath, appendixWorkbookParts } from "../../hosts/file/appendix/workbook";
import type { CliArgs } from "../args";
import type { Io } from "../context";
import { checkFiles, EXIT, exitCode, noteErrors } from "../context";
import type { OutputRequest } from "../output";
import { checkOutput, writeOutput } from "../output";
import { CLI_TEXT } from "../strings";
import { terminalLine } from "../terminal";

/** A zip written as it is produced: a list of 50,000 schools never sits whole in memory. */
const zipped =
  (fill: (zip: ZipWriter) => Promise<void>) =>
  async (sink: ByteSink): Promise<void> => {
    const zip = new ZipWriter(sink);
    await fill(zip);
    await zip.finish();
  };

/**
 * `kdcl plan`: the plan's generated sections as a Word document; with `--appendix xlsx`, the appendix
 * list as a workbook `<out>-phu-luc.xlsx` beside it, which the document names instead of the table.
 */
export async function runPlan(args: CliArgs, io: Io): Promise<number> {
  if (args.out === null) return EXIT.input;
  const t = CLI_TEXT[args.lang];
  // Where the plan goes is settled first: never over the list, never over a file kdcl did not write.
  const request: Omit<OutputRequest, "out" | "extension" | "reason"> = {
    inputs: args.files,
    force: args.force,
    lang: args.lang,
  };
  const check = await checkOutput({ ...request, out: args.out, extension: "docx", reason: "word" });
  if (!check.ok) {
    io.stderr(`kdcl: ${check.message}\n`);
    return EXIT.input;
  }
  const attached =
    args.appendix === "xlsx"
      ? await checkOutput({ ...request, out: appendixPath(args.out), extension: "xlsx", reason: "plain" })
      : null;
  if (attached !== null && !attached.ok) {
    io.stderr(`kdcl: ${attached.message}\n`);
    return EXIT.input;
  }
  const { checked, failures } = await checkFiles(args, io);
  const first = checked[0];
  if (!first) return EXIT.input;
  // A plan of no schools would state, with confidence, that nothing is due and nothing planned.
  if (first.check.summary.coverageGap === "no-schools") {
    io.stderr(`kdcl: ${terminalLine(t.noSchoolsToPlan(first.file))}\n`);
    return EXIT.input;
  }
  const body = args.body ?? suggestedIssuingBody(first.check, null, io.today) ?? t.defaultBody;
  const plan = planOf(first.check, {
    header: {
      issuingBody: body,
      place: args.place ?? placeFromBody(body),
      number: args.number ?? "",
      date: null,
    },
    sections: args.sections ?? PLAN_SECTIONS,
    lang: args.lang,
    appendix:
      attached === null ? { kind: "table" } : { kind: "file", fileName: basename(appendixPath(args.out)) },
  });
  const written: string[] = [];
  // The workbook first: the document never names an attachment that failed to be written.
  if (attached !== null && plan.appendix !== null) {
    const list = plan.appendix;
    const failure = await writeOutput(
      attached.target,
      zipped(async (zip) => {
        for (const part of appendixWorkbookParts(list, args.lang)) {
          if (typeof part.content === "string") await zip.add(part.name, part.content);
          else await zip.addStream(part.name, part.content);
        }
      }),
      args.lang,
    );
    if (failure !== null) {
      io.stderr(`kdcl: ${failure}\n`);
      return EXIT.input;
    }
    written.push(attached.target.shown);
  }
  const parts = await planParts(plan, [{ name: OUTPUT_PROPERTY, value: markerText({ kind: "plan" }) }]);
  const failure = await writeOutput(
    check.target,
    zipped(async (zip) => {
      for (const part of parts) {
        if (part.content instanceof Uint8Array) await zip.add(part.name, part.content);
        else await zip.addStream(part.name, part.content);
      }
    }),
    args.lang,
  );
  if (failure !== null) {
    io.stderr(`kdcl: ${failure}\n`);
    return EXIT.input;
  }
  written.unshift(args.out);
  for (const path of written) io.stdout(`${terminalLine(t.written(path))}\n`);
  // What the document could not say (a section left out, figures left out of a total), one line each.
  for (const note of plan.notes) io.stderr(`kdcl: ${note}\n`);
  const listed = plan.appendix?.table.body.length ?? 0;
  if (attached === null && listed > APPENDIX_TABLE_LIMIT) {
    io.stderr(
      `kdcl: ${t.appendixLong(formatNumber(listed, args.lang), formatNumber(APPENDIX_TABLE_LIMIT, args.lang))}\n`,
    );
  }
  if (attached !== null && plan.appendix === null) io.stderr(`kdcl: ${t.noAppendixList}\n`);
  noteErrors(first.check, first.file, args, io);
  // The document is written either way; the exit code still says whether the list has errors.
  return exitCode(checked, failures);
}

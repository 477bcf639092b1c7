import { planOf } from "../../app/plan";
import { suggestedIssuingBody } from "../../app/plan-header";
import { PLAN_SECTIONS } from "../../app/vocabulary";
import { placeFromBody } from "../../app/vocabulary";
import { markerText, OUTPUT_PROPERTY } from "../../hosts/file/package/marker";
import { ZipWriter } from "../../hosts/file/package/zip-writer";
import { planParts } from "../../render/docx/render";
import type { CliArgs } from "../args";
import type { Io } from "../context";
import { checkFiles, EXIT, exitCode, noteErrors } from "../context";
import { checkOutput, writeOutput } from "../output";
import { CLI_TEXT } from "../strings";
import { terminalLine } from "../terminal";

/** `kdcl plan`: the plan's generated sections as a Word document. */
export async function runPlan(args: CliArgs, io: Io): Promise<number> {
  if (args.out === null) return EXIT.input;
  // Where the plan goes is settled first: never over the list, never over a file kdcl did not write.
  const check = await checkOutput({
    out: args.out,
    inputs: args.files,
    extension: "docx",
    reason: "word",
    force: args.force,
    lang: args.lang,
  });
  if (!check.ok) {
    io.stderr(`kdcl: ${check.message}\n`);
    return EXIT.input;
  }
  const { checked, failures } = await checkFiles(args, io);
  const first = checked[0];
  if (!first) return EXIT.input;
  const body =
    args.body ?? suggestedIssuingBody(first.check, null, io.today) ?? CLI_TEXT[args.lang].defaultBody;
  const plan = planOf(first.check, {
    header: {
      issuingBody: body,
      place: args.place ?? placeFromBody(body),
      number: args.number ?? "",
      date: null,
    },
    sections: args.sections ?? PLAN_SECTIONS,
    lang: args.lang,
  });
  const parts = await planParts(plan, [{ name: OUTPUT_PROPERTY, value: markerText({ kind: "plan" }) }]);
  // Zipped as it is produced: a list of 50,000 schools never sits whole in memory as one document.
  const failure = await writeOutput(
    check.target,
    async (sink) => {
      const zip = new ZipWriter(sink);
      for (const part of parts) {
        if (part.content instanceof Uint8Array) await zip.add(part.name, part.content);
        else await zip.addStream(part.name, part.content);
      }
      await zip.finish();
    },
    args.lang,
  );
  if (failure !== null) {
    io.stderr(`kdcl: ${failure}\n`);
    return EXIT.input;
  }
  io.stdout(`${terminalLine(CLI_TEXT[args.lang].written(args.out))}\n`);
  // What the document could not say (a section left out, figures left out of a total), one line each.
  for (const note of plan.notes) io.stderr(`kdcl: ${note}\n`);
  noteErrors(first.check, first.file, args, io);
  // The document is written either way; the exit code still says whether the list has errors.
  return exitCode(checked, failures);
}

import { writeFile } from "node:fs/promises";
import { planOf } from "../../app/plan";
import { suggestedIssuingBody } from "../../app/plan-header";
import { PLAN_SECTIONS } from "../../app/vocabulary";
import { placeFromBody } from "../../app/vocabulary";
import { renderPlanDocx } from "../../render/docx/render";
import type { CliArgs } from "../args";
import type { Io } from "../context";
import { checkFiles, EXIT, exitCode, noteErrors } from "../context";
import { CLI_TEXT } from "../strings";
import { writeFailure } from "./write-failure";

/** `kdcl plan`: the plan's generated sections as a Word document. */
export async function runPlan(args: CliArgs, io: Io): Promise<number> {
  const { checked, failures } = await checkFiles(args, io);
  const first = checked[0];
  if (!first || args.out === null) return EXIT.input;
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
  try {
    await writeFile(args.out, await renderPlanDocx(plan));
  } catch (err) {
    io.stderr(`kdcl: ${writeFailure(args.out, err, args.lang)}\n`);
    return EXIT.input;
  }
  io.stdout(`${CLI_TEXT[args.lang].written(args.out)}\n`);
  // What the document could not say (a section left out, figures left out of a total), one line each.
  for (const note of plan.notes) io.stderr(`kdcl: ${note}\n`);
  noteErrors(first.check, first.file, args, io);
  // The document is written either way; the exit code still says whether the list has errors.
  return exitCode(checked, failures);
}

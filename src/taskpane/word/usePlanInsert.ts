import { useCallback, useState } from "react";
import type { WorkbookCheck } from "../../app/check";
import type { PlanRequest } from "../../app/plan";
import type { PlanSectionId } from "../../core/plan/model";
import type { WordHost } from "../../hosts/word/host";
import { appendixOutcome, type AppendixOutcome } from "../lib/plan-appendix";
import { problemOf, type Problem } from "./problem";

/** The plan builder and the .docx renderer, loaded on the first insertion (the same chunks as the download). */
async function renderBase64(
  check: WorkbookCheck,
  request: PlanRequest,
): Promise<{ base64: string; appendix: AppendixOutcome }> {
  const [{ planOf }, { renderPlanBase64 }] = await Promise.all([
    import(/* webpackChunkName: "plan" */ "../../app/plan"),
    import(/* webpackChunkName: "docx" */ "../../render/docx"),
  ]);
  const plan = planOf(check, request);
  // The attached workbook is made first: the document never names a file that failed.
  const appendix = await appendixOutcome(plan, request.appendix ?? { kind: "table" }, request.lang);
  return { base64: await renderPlanBase64(plan), appendix };
}

export type InsertPhase = "idle" | "building" | "inserting";

export interface InsertProblem extends Problem {
  /** Writing the plan failed (our side), or Word refused it. */
  readonly stage: "build" | "insert";
}

export interface PlanInsert {
  readonly phase: InsertPhase;
  /** The last plan inserted. */
  readonly done: {
    readonly planYear: number;
    readonly sections: readonly PlanSectionId[];
    readonly appendix: AppendixOutcome;
  } | null;
  readonly problem: InsertProblem | null;
  readonly insert: (check: WorkbookCheck, request: PlanRequest) => Promise<void>;
}

/** The check is the caller's; here: the plan → renderPlanBase64 → the host's insertion. */
export function usePlanInsert(host: WordHost): PlanInsert {
  const [phase, setPhase] = useState<InsertPhase>("idle");
  const [done, setDone] = useState<PlanInsert["done"]>(null);
  const [problem, setProblem] = useState<InsertProblem | null>(null);

  const insert = useCallback(
    async (check: WorkbookCheck, request: PlanRequest) => {
      setPhase("building");
      setProblem(null);
      setDone(null);
      let stage: InsertProblem["stage"] = "build";
      try {
        const { base64, appendix } = await renderBase64(check, request);
        stage = "insert";
        setPhase("inserting");
        await host.insertPlanAtCursor(base64);
        setDone({ planYear: check.period.planYear, sections: request.sections, appendix });
      } catch (e) {
        setProblem({ stage, ...problemOf(e) });
      } finally {
        setPhase("idle");
      }
    },
    [host],
  );

  return { phase, done, problem, insert };
}

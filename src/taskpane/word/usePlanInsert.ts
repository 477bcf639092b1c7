import { useCallback, useState } from "react";
import type { PlanInput } from "../../core/plan";
import type { PlanSectionId } from "../../core/plan/model";
import type { WordHost } from "../../hosts/word/host";
import { problemOf, type Problem } from "./problem";

/** The plan builder and the .docx renderer, loaded on the first insertion (the same chunks as the download). */
async function renderBase64(input: PlanInput): Promise<string> {
  const [{ buildPlan }, { renderPlanBase64 }] = await Promise.all([
    import(/* webpackChunkName: "plan" */ "../../core/plan"),
    import(/* webpackChunkName: "docx" */ "../../render/docx"),
  ]);
  return renderPlanBase64(buildPlan(input));
}

export type InsertPhase = "idle" | "building" | "inserting";

export interface InsertProblem extends Problem {
  /** Writing the plan failed (our side), or Word refused it. */
  readonly stage: "build" | "insert";
}

export interface PlanInsert {
  readonly phase: InsertPhase;
  /** The last plan inserted. */
  readonly done: { readonly planYear: number; readonly sections: readonly PlanSectionId[] } | null;
  readonly problem: InsertProblem | null;
  readonly insert: (input: PlanInput) => Promise<void>;
}

/** validate/summarize are the caller's; here: buildPlan → renderPlanBase64 → the host's insertion. */
export function usePlanInsert(host: WordHost): PlanInsert {
  const [phase, setPhase] = useState<InsertPhase>("idle");
  const [done, setDone] = useState<PlanInsert["done"]>(null);
  const [problem, setProblem] = useState<InsertProblem | null>(null);

  const insert = useCallback(
    async (input: PlanInput) => {
      setPhase("building");
      setProblem(null);
      setDone(null);
      let stage: InsertProblem["stage"] = "build";
      try {
        const base64 = await renderBase64(input);
        stage = "insert";
        setPhase("inserting");
        await host.insertPlanAtCursor(base64);
        setDone({ planYear: input.header.planYear, sections: input.sections });
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

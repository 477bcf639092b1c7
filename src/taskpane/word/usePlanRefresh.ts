import { useCallback, useRef, useState } from "react";
import type { WorkbookCheck } from "../../app/check";
import type { PlanRefresh, PlanRequest } from "../../app/plan";
import type { FigureChange } from "../../core/plan/changes";
import type { AppendixForm, PlanPartId } from "../../core/plan/model";
import type { PartUpdate } from "../../core/plan/refresh";
import type { WordHost } from "../../hosts/word/host";
import type { PartReplacement } from "../../hosts/word/parts";
import { appendixOutcome, type AppendixOutcome } from "../lib/plan-appendix";
import { problemOf } from "./problem";
import type { InsertProblem } from "./usePlanInsert";

export type RefreshPhase = "idle" | "reading" | "confirm" | "writing";

/** What a refresh did, for the pane to say. */
export interface RefreshReport {
  readonly planYear: number;
  /** No part of ours in the document at all. */
  readonly none: boolean;
  /** Parts written, in document order (a part found twice once). */
  readonly updated: readonly PlanPartId[];
  readonly keptEdited: readonly PlanPartId[];
  readonly changes: readonly FigureChange[];
  readonly missing: readonly PlanPartId[];
  readonly dropped: readonly PlanPartId[];
  readonly otherYears: readonly number[];
  readonly unreadable: number;
  /** Controls deleted or retagged between the read and the write. */
  readonly gone: number;
  /** The workbook a rewritten appendix names, or the advice for a long table; null when untouched. */
  readonly appendix: AppendixOutcome | null;
}

export interface PlanRefreshState {
  readonly phase: RefreshPhase;
  /** While confirming: the parts whose text the user edited since we wrote it. */
  readonly edited: readonly PlanPartId[];
  readonly report: RefreshReport | null;
  readonly cancelled: boolean;
  readonly problem: InsertProblem | null;
  readonly start: (check: WorkbookCheck, request: PlanRequest) => Promise<void>;
  /** After a warning: write every part, or leave the edited ones as they are. */
  readonly confirm: (edited: "replace" | "keep") => Promise<void>;
  readonly cancel: () => void;
}

async function modules() {
  const [app, docx] = await Promise.all([
    import(/* webpackChunkName: "plan" */ "../../app/plan"),
    import(/* webpackChunkName: "docx" */ "../../render/docx"),
  ]);
  return { refreshOf: app.refreshOf, renderPartBase64: docx.renderPartBase64 };
}

function distinct(ids: readonly PlanPartId[]): PlanPartId[] {
  return [...new Set(ids)];
}

/**
 * Cập nhật số liệu: the document's tagged parts are read, the plan rebuilt from the checked list and
 * matched with them; parts the user edited are shown first, and nothing is written before the user
 * chooses. Then every part that changed is rendered once and written in one go.
 */
export function usePlanRefresh(host: WordHost): PlanRefreshState {
  const [phase, setPhase] = useState<RefreshPhase>("idle");
  const [edited, setEdited] = useState<readonly PlanPartId[]>([]);
  const [report, setReport] = useState<RefreshReport | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [problem, setProblem] = useState<InsertProblem | null>(null);
  const pending = useRef<PlanRefresh | null>(null);
  const form = useRef<AppendixForm>({ kind: "table" });

  const write = useCallback(
    async (found: PlanRefresh, keepEdited: boolean) => {
      setPhase("writing");
      let stage: InsertProblem["stage"] = "build";
      try {
        const { renderPartBase64 } = await modules();
        const { plan, refresh } = found;
        const toWrite = refresh.updates.filter((u) => !u.unchanged && !(keepEdited && u.edited));
        const rendered = new Map<PlanPartId, string>();
        const replacements: PartReplacement[] = [];
        for (const u of toWrite) {
          let base64 = rendered.get(u.part.id);
          if (base64 === undefined) {
            base64 = await renderPartBase64(plan, u.part);
            rendered.set(u.part.id, base64);
          }
          replacements.push({ id: u.id, expectTag: u.oldTag, base64, tag: u.newTag });
        }
        // A rewritten appendix that names a workbook: the workbook is made before the document says so.
        const appendix = toWrite.some((u) => u.part.id === "appendix")
          ? await appendixOutcome(plan, form.current, plan.lang)
          : null;
        stage = "insert";
        const outcome = await host.replacePlanParts(replacements);
        const done = new Set(outcome.replaced);
        const kept = keepEdited ? refresh.updates.filter((u) => u.edited && !u.unchanged) : [];
        const partsOf = (list: readonly PartUpdate[]) => distinct(list.map((u) => u.part.id));
        setReport({
          planYear: plan.planYear,
          none: false,
          updated: partsOf(toWrite.filter((u) => done.has(u.id))),
          keptEdited: partsOf(kept),
          // A kept part's figures are not the document's new ones: leave them out of what changed.
          changes: refresh.changes.filter((c) => !kept.some((u) => u.part.id === c.part)),
          missing: refresh.missing,
          dropped: refresh.dropped,
          otherYears: refresh.otherYears,
          unreadable: refresh.unreadable,
          gone: outcome.gone.length,
          appendix,
        });
      } catch (e) {
        setProblem({ stage, ...problemOf(e) });
      } finally {
        pending.current = null;
        setEdited([]);
        setPhase("idle");
      }
    },
    [host],
  );

  const start = useCallback(
    async (check: WorkbookCheck, request: PlanRequest) => {
      setPhase("reading");
      setProblem(null);
      setReport(null);
      setCancelled(false);
      form.current = request.appendix ?? { kind: "table" };
      let found: PlanRefresh;
      try {
        const controls = await host.readPlanParts();
        const { refreshOf } = await modules();
        found = refreshOf(check, request, controls);
        if (controls.length === 0) {
          setReport({
            planYear: check.period.planYear,
            none: true,
            updated: [],
            keptEdited: [],
            changes: [],
            missing: [],
            dropped: [],
            otherYears: [],
            unreadable: 0,
            gone: 0,
            appendix: null,
          });
          setPhase("idle");
          return;
        }
      } catch (e) {
        setProblem({ stage: "insert", ...problemOf(e) });
        setPhase("idle");
        return;
      }
      const editedParts = distinct(found.refresh.updates.filter((u) => u.edited).map((u) => u.part.id));
      if (editedParts.length > 0) {
        pending.current = found;
        setEdited(editedParts);
        setPhase("confirm");
        return;
      }
      await write(found, false);
    },
    [host, write],
  );

  const confirm = useCallback(
    async (choice: "replace" | "keep") => {
      const found = pending.current;
      if (!found) return;
      await write(found, choice === "keep");
    },
    [write],
  );

  const cancel = useCallback(() => {
    pending.current = null;
    setEdited([]);
    setCancelled(true);
    setPhase("idle");
  }, []);

  return { phase, edited, report, cancelled, problem, start, confirm, cancel };
}

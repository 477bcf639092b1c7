import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { WorkbookCheck } from "../../app/check";
import type { LiveUpdate } from "../../app/live-session";
import { checkGrids } from "../../app/check";
import type { Choices } from "../../app/choices";
import type { SavedMapping } from "../../app/settings";
import { isSavedMapping, mappingKey } from "../../app/settings";
import type { Grid } from "../../core/grid";
import type { Field } from "../../core/table/fields";
import type { Progress, WorkbookHost } from "../../hosts/host";
import { paneError, type PaneError } from "../lib/errors";

export type CheckPhase =
  { readonly kind: "idle" } | { readonly kind: "reading"; readonly progress: Progress | null };

/** The user's choices for a check, besides the sheet and its column mapping (kept here). */
export type CheckSettings = Omit<Choices, "mappings" | "sheet">;

export interface CheckState {
  readonly phase: CheckPhase;
  /** The sheet last read, kept while the user changes the mapping or the plan year. */
  readonly grid: Grid | null;
  /** Null until a sheet is read, or while the settings are invalid. Live updates included. */
  readonly result: WorkbookCheck | null;
  /** The check of the sheet as read (before live updates): a new one starts a new live check. */
  readonly checked: WorkbookCheck | null;
  /** The choices the check was made with, for live re-checks. */
  readonly choices: Choices | null;
  /** Takes a live re-check of the sheet after an edit. */
  readonly applyLive: (update: LiveUpdate) => void;
  readonly mapping: SavedMapping;
  readonly error: PaneError | null;
  /** True after the user cancelled a read, until the next one. */
  readonly canceled: boolean;
  /** Reads the sheet (the active one by default) and checks it. */
  readonly run: (sheet?: string | null) => Promise<void>;
  readonly cancel: () => void;
  /** Sets the column of a field (null: back to automatic) and saves it for the sheet. */
  readonly setFieldColumn: (field: Field, col: number | null) => Promise<void>;
  readonly resetMapping: () => Promise<void>;
  readonly clearError: () => void;
}

/**
 * Reading a sheet from the host and checking it. Reading is the slow, cancellable part; the check
 * itself is pure and re-runs on the kept grid whenever the mapping or the settings change.
 */
export function useCheck(host: WorkbookHost, settings: CheckSettings | null): CheckState {
  const [phase, setPhase] = useState<CheckPhase>({ kind: "idle" });
  const [grid, setGrid] = useState<Grid | null>(null);
  const [mapping, setMapping] = useState<SavedMapping>({});
  const [error, setError] = useState<PaneError | null>(null);
  const [canceled, setCanceled] = useState(false);
  const reading = useRef<AbortController | null>(null);
  const [live, setLive] = useState<{ readonly base: WorkbookCheck; readonly update: LiveUpdate } | null>(
    null,
  );
  // The sheet as the live check keeps it: a change of mapping or settings checks it, not the first read.
  const liveGrid = useRef<Grid | null>(null);

  useEffect(() => () => reading.current?.abort(), []);

  const run = useCallback(
    async (sheet: string | null = null) => {
      reading.current?.abort();
      const controller = new AbortController();
      reading.current = controller;
      const current = () => reading.current === controller && !controller.signal.aborted;
      setPhase({ kind: "reading", progress: null });
      setError(null);
      setCanceled(false);
      try {
        if (sheet === null) {
          const active = (await host.listSheets()).find((s) => s.active);
          if (!current()) return;
          if (active?.ours) {
            setError(paneError("ownSheet"));
            setPhase({ kind: "idle" });
            return;
          }
        }
        const read = await host.readSheet(sheet, {
          signal: controller.signal,
          onProgress: (progress) => {
            if (current()) setPhase({ kind: "reading", progress });
          },
        });
        if (!current()) return;
        const saved = host.settings.get<unknown>(mappingKey(read.sheet));
        setMapping(isSavedMapping(saved) ? saved : {});
        liveGrid.current = null;
        setGrid(read);
        setPhase({ kind: "idle" });
      } catch (e) {
        if (!current()) return; // cancelled: `cancel` has set the state
        setError(paneError("read", e));
        setPhase({ kind: "idle" });
      } finally {
        if (reading.current === controller) reading.current = null;
      }
    },
    [host],
  );

  const cancel = useCallback(() => {
    const controller = reading.current;
    if (!controller) return;
    reading.current = null;
    controller.abort();
    setCanceled(true);
    setPhase({ kind: "idle" });
  }, []);

  const validation = useMemo((): {
    result: WorkbookCheck | null;
    choices: Choices | null;
    error: PaneError | null;
  } => {
    const sheet = liveGrid.current ?? grid;
    if (!sheet || !settings) return { result: null, choices: null, error: null };
    const choices: Choices = { ...settings, mappings: { [sheet.sheet]: mapping } };
    try {
      return { result: checkGrids([sheet], choices, { today: new Date() }), choices, error: null };
    } catch (e) {
      return { result: null, choices: null, error: paneError("validate", e) };
    }
  }, [grid, settings, mapping]);

  const base = validation.result;
  const applyLive = useCallback(
    (update: LiveUpdate) => {
      if (!base) return;
      liveGrid.current = update.grid;
      setLive({ base, update });
    },
    [base],
  );
  const result = live && live.base === base ? live.update.check : base;

  const saveMapping = useCallback(
    async (next: SavedMapping) => {
      if (!grid) return;
      setMapping(next);
      try {
        await host.settings.set(mappingKey(grid.sheet), next);
      } catch (e) {
        setError(paneError("settings", e));
      }
    },
    [host, grid],
  );

  const setFieldColumn = useCallback(
    async (field: Field, col: number | null) => {
      const next: Partial<Record<Field, number>> = { ...mapping };
      if (col === null) delete next[field];
      else next[field] = col;
      await saveMapping(next);
    },
    [mapping, saveMapping],
  );

  const resetMapping = useCallback(() => saveMapping({}), [saveMapping]);
  const clearError = useCallback(() => setError(null), []);

  return {
    phase,
    grid: live && live.base === base ? live.update.grid : grid,
    result,
    checked: base,
    choices: validation.choices,
    applyLive,
    mapping,
    error: error ?? validation.error,
    canceled,
    run,
    cancel,
    setFieldColumn,
    resetMapping,
    clearError,
  };
}

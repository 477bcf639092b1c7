import { useCallback, useState } from "react";
import type { WorkbookCheck } from "../../app/check";
import { codeLists, templateSheet } from "../../app/code-lists";
import type { SavedList } from "../../app/settings";
import { isSavedLists, SETTING } from "../../app/settings";
import type { RegimeId } from "../../core/schools/regimes";
import type { ListKind } from "../../core/schools/dropdowns";
import type { Lang } from "../../core/text/format";
import type { WorkbookHost } from "../../hosts/host";
import { paneError, type PaneError } from "../lib/errors";

export type ListsNotice =
  | { readonly kind: "applied"; readonly columns: number; readonly kept: number }
  | { readonly kind: "removed"; readonly ranges: number; readonly left: number }
  | { readonly kind: "sheet"; readonly name: string };

export interface CodeLists {
  /** Whether the host can put drop-downs on cells. */
  readonly available: boolean;
  /** Drop-downs the add-in set and may remove. */
  readonly saved: readonly SavedList[];
  readonly apply: () => Promise<void>;
  readonly remove: () => Promise<void>;
  readonly newSheet: (kind: ListKind) => Promise<void>;
  readonly busy: boolean;
  readonly notice: ListsNotice | null;
  readonly error: PaneError | null;
}

/** "Áp dụng danh mục", "Gỡ danh mục", "Tạo danh sách mới"; what was set is remembered in the workbook. */
export function useCodeLists(
  host: WorkbookHost,
  check: WorkbookCheck | null,
  regime: RegimeId | null,
  lang: Lang,
): CodeLists {
  const lists = host.lists;
  const [saved, setSaved] = useState<readonly SavedList[]>(() => {
    const v = host.settings.get<unknown>(SETTING.codeLists);
    return isSavedLists(v) ? v : [];
  });
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<ListsNotice | null>(null);
  const [error, setError] = useState<PaneError | null>(null);

  const remember = useCallback(
    async (next: readonly SavedList[]) => {
      setSaved(next);
      await host.settings.set(SETTING.codeLists, next.length > 0 ? next : null);
    },
    [host],
  );

  const run = useCallback(async (work: () => Promise<void>, kind: "edit" | "write") => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await work();
    } catch (e) {
      setError(paneError(kind, e));
    } finally {
      setBusy(false);
    }
  }, []);

  const apply = useCallback(async () => {
    const plan = check ? codeLists(check, regime, lang) : null;
    if (!lists || !plan) return;
    await run(async () => {
      const done = await lists.apply(plan.sheet, plan.top, plan.bottom, plan.lists);
      await remember([...saved, ...done.applied]);
      setNotice({ kind: "applied", columns: done.applied.length, kept: done.kept.length });
    }, "edit");
  }, [lists, check, regime, lang, run, remember, saved]);

  const remove = useCallback(async () => {
    if (!lists || saved.length === 0) return;
    await run(async () => {
      const done = await lists.remove(saved);
      // Ranges the user changed since are theirs now: forgotten, never removed.
      await remember([]);
      setNotice({ kind: "removed", ranges: done.removed.length, left: done.left.length });
    }, "edit");
  }, [lists, saved, run, remember]);

  const newSheet = useCallback(
    async (kind: ListKind) => {
      if (!lists) return;
      await run(async () => {
        const name = await lists.addSheet(templateSheet(kind, regime, lang, new Date()));
        setNotice({ kind: "sheet", name });
      }, "write");
    },
    [lists, regime, lang, run],
  );

  return { available: lists !== undefined, saved, apply, remove, newSheet, busy, notice, error };
}

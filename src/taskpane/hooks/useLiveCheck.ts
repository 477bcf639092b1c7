import { useEffect, useRef, useState } from "react";
import type { LiveStop, LiveUpdate } from "../../app/live-session";
import { LiveSession } from "../../app/live-session";
import type { WorkbookHost } from "../../hosts/host";
import type { CheckState } from "./useCheck";

export type LiveStatus =
  | { readonly kind: "off" }
  | { readonly kind: "on"; readonly sheet: string }
  | { readonly kind: "stopped"; readonly sheet: string; readonly reason: LiveStop };

/**
 * The live check of the sheet last checked: on while `enabled`, the host can watch the workbook and a
 * list was found; each edit is re-checked (only the rows edited when it can be) and handed to the
 * check state and, through `onUpdate`, to the highlight. Turning it off, a new check, or closing the
 * pane removes the host's handlers.
 */
export function useLiveCheck(
  host: WorkbookHost,
  check: CheckState,
  enabled: boolean,
  onUpdate: (sheet: string, update: LiveUpdate) => void,
): LiveStatus {
  const { checked, choices, applyLive } = check;
  const sheet = check.grid?.sheet ?? null;
  const [stopped, setStopped] = useState<{ base: unknown; sheet: string; reason: LiveStop } | null>(null);
  // The latest callbacks, so that a new render does not restart the session.
  const latest = useRef({ applyLive, onUpdate });
  latest.current = { applyLive, onUpdate };
  const live = host.live;
  const hasList = checked?.tables.some((t) => t.table.sheet === sheet) ?? false;
  // A session that stopped by itself stays stopped (its handlers removed) until the next check.
  const halted = stopped !== null && stopped.base === checked;
  const active =
    enabled &&
    live !== undefined &&
    checked !== null &&
    choices !== null &&
    sheet !== null &&
    hasList &&
    !halted;

  // The session follows each check; the handlers in Excel stay on while the same sheet is watched,
  // so a re-check (after a fix, say) costs no extra round trips to register them again.
  const session = useRef<LiveSession | null>(null);
  useEffect(() => {
    if (!active || !live || !checked || !choices || sheet === null) return;
    let disposed = false;
    const current = new LiveSession(
      checked,
      sheet,
      choices,
      { today: new Date() },
      {
        readRows: (top, bottom, left, right) => live.readRows(sheet, top, bottom, left, right),
        readSheet: () => host.readSheet(sheet),
      },
      {
        onUpdate: (update) => {
          if (disposed) return;
          latest.current.applyLive(update);
          latest.current.onUpdate(sheet, update);
        },
        onStop: (reason) => {
          if (!disposed) setStopped({ base: checked, sheet, reason });
        },
      },
    );
    session.current = current;
    return () => {
      disposed = true;
      current.dispose();
      if (session.current === current) session.current = null;
    };
  }, [active, live, host, checked, choices, sheet]);

  useEffect(() => {
    if (!active || !live || sheet === null) return;
    const watching = live
      .watch(sheet, (event) => {
        const current = session.current;
        if (!current) return;
        if (event.kind === "change") current.change(event.change);
        else current.end(event.reason);
      })
      .catch(() => {
        session.current?.end("failed");
        return null;
      });
    return () => {
      void watching.then((w) => w?.stop()).catch(() => undefined);
    };
  }, [active, live, sheet]);

  if (halted && enabled) return { kind: "stopped", sheet: stopped.sheet, reason: stopped.reason };
  if (!active || sheet === null) return { kind: "off" };
  return { kind: "on", sheet };
}

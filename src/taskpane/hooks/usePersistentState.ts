import { useCallback, useState } from "react";
import type { WorkbookSettings } from "../../hosts/host";
import { paneError, type PaneError } from "../lib/errors";

/**
 * A value kept in the workbook's settings: read once, validated (settings are whatever a workbook
 * holds), written on every change. A failed save keeps the value for the session and says so.
 */
export function usePersistentState<T>(
  settings: WorkbookSettings,
  key: string,
  fallback: T,
  valid: (value: unknown) => value is T,
): { value: T; set: (value: T) => Promise<void>; error: PaneError | null } {
  const [value, setValue] = useState<T>(() => {
    const stored = settings.get<unknown>(key);
    return valid(stored) ? stored : fallback;
  });
  const [error, setError] = useState<PaneError | null>(null);
  const set = useCallback(
    async (next: T) => {
      setValue(next);
      try {
        await settings.set(key, next);
        setError(null);
      } catch (e) {
        setError(paneError("settings", e));
      }
    },
    [settings, key],
  );
  return { value, set, error };
}

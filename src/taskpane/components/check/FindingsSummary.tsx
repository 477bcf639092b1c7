import { useText } from "../../i18n";
import type { SeverityCounts } from "../../hooks/useFindingFilter";

/** The counts, announced to screen readers whenever a check or a filter changes them. */
export function FindingsSummary({ counts, visible }: { counts: SeverityCounts; visible: number }) {
  const { t } = useText();
  const total = counts.error + counts.warning + counts.info;
  return (
    <p role="status" aria-live="polite" aria-atomic="true">
      {t.findings.summary(total, counts.error, counts.warning, counts.info)}
      {visible !== total && ` ${t.findings.shown(visible, total)}`}
    </p>
  );
}

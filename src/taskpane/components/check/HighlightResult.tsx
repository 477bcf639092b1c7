import { useText } from "../../i18n";
import type { Highlight } from "../../hooks/useHighlight";
import { NoticeBar } from "../common/NoticeBar";

/** Says how many cells were coloured (and which were not, and why), or that the previous formatting is back. */
export function HighlightResult({ highlight }: { highlight: Highlight }) {
  const { t } = useText();
  const skipped = highlight.skipped;
  if (highlight.last === "marked" && (highlight.marked > 0 || skipped)) {
    return (
      <NoticeBar intent={skipped ? "info" : "success"}>
        {highlight.marked > 0 && t.highlight.marked(highlight.marked)}
        {skipped && ` ${t.highlight.skipped(skipped)}`}
      </NoticeBar>
    );
  }
  if (highlight.last === "unmarked") return <NoticeBar intent="info">{t.highlight.unmarked}</NoticeBar>;
  return null;
}

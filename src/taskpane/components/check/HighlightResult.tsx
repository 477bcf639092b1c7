import { useText } from "../../i18n";
import type { Highlight } from "../../hooks/useHighlight";
import { NoticeBar } from "../common/NoticeBar";

/** Says how many cells were coloured, or that the previous formatting is back. */
export function HighlightResult({ highlight }: { highlight: Highlight }) {
  const { t } = useText();
  if (highlight.last === "marked" && highlight.marked > 0) {
    return <NoticeBar intent="success">{t.highlight.marked(highlight.marked)}</NoticeBar>;
  }
  if (highlight.last === "unmarked") return <NoticeBar intent="info">{t.highlight.unmarked}</NoticeBar>;
  return null;
}

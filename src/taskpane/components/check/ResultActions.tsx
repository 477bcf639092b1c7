import { Button } from "@fluentui/react-components";
import { ArrowExportRegular, HighlightRegular, EraserRegular } from "@fluentui/react-icons";
import { useText } from "../../i18n";
import { useLayout } from "../common/styles";

/** Highlight the finding cells, remove the highlight, write the findings sheet. */
export function ResultActions({
  canMark,
  marked,
  busy,
  onMark,
  onUnmark,
  onExport,
}: {
  canMark: boolean;
  marked: boolean;
  busy: boolean;
  onMark: () => void;
  onUnmark: () => void;
  onExport: () => void;
}) {
  const { t } = useText();
  const css = useLayout();
  return (
    <div role="group" aria-label={t.highlight.actionsLabel} className={css.row}>
      <Button icon={<HighlightRegular />} disabled={busy || !canMark} onClick={onMark}>
        {t.highlight.mark}
      </Button>
      <Button icon={<EraserRegular />} disabled={busy || !marked} onClick={onUnmark}>
        {t.highlight.unmark}
      </Button>
      <Button icon={<ArrowExportRegular />} disabled={busy} onClick={onExport}>
        {t.highlight.export}
      </Button>
    </div>
  );
}

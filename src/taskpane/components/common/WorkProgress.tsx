import { Button, Field, ProgressBar } from "@fluentui/react-components";
import type { Progress } from "../../../hosts/host";
import { useText } from "../../i18n";
import { useLayout } from "./styles";

/** Long work: a progress bar (indeterminate until the host reports) and, when it can stop, Cancel. */
export function WorkProgress({
  label,
  progress,
  onCancel,
}: {
  label: string;
  progress: Progress | null;
  onCancel?: () => void;
}) {
  const { t } = useText();
  const css = useLayout();
  return (
    <div className={css.row}>
      <Field label={label} hint={progress?.label ?? ""} className={css.grow}>
        {progress ? <ProgressBar value={Math.min(1, Math.max(0, progress.done))} /> : <ProgressBar />}
      </Field>
      {onCancel && <Button onClick={onCancel}>{t.common.cancel}</Button>}
    </div>
  );
}

import { Button } from "@fluentui/react-components";
import { useText } from "../../i18n";
import { NoticeBar } from "./NoticeBar";

/** Which output sheets were written, with a button to open the first. */
export function WrittenSheets({
  names,
  message,
  onOpen,
}: {
  names: readonly string[];
  message: (sheets: string) => string;
  onOpen: (sheet: string) => void;
}) {
  const { t } = useText();
  const first = names[0];
  return (
    <NoticeBar
      intent="success"
      {...(first !== undefined
        ? {
            actions: (
              <Button size="small" onClick={() => onOpen(first)}>
                {t.common.openSheet(first)}
              </Button>
            ),
          }
        : {})}
    >
      {message(t.common.sheetNames(names))}
    </NoticeBar>
  );
}

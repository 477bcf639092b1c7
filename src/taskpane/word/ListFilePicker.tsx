import { Button, makeStyles } from "@fluentui/react-components";
import { DocumentTableRegular } from "@fluentui/react-icons";
import { useRef } from "react";
import { useLayout } from "../components/common/styles";
import { WorkProgress } from "../components/common/WorkProgress";
import { useText } from "../i18n";
import type { ListFileState } from "./useListFile";

/** Extensions the file host reads; the browser's dialog shows only these (the reader checks anyway). */
const ACCEPT = ".xlsx,.xlsm,.xls,.ods,.csv";

const useStyles = makeStyles({
  // The native input stays in the page (for keyboard, screen readers and tests) but out of sight.
  input: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
  name: { overflowWrap: "anywhere" },
});

/** "Chọn tệp…": the list file, read on this computer. */
export function ListFilePicker({ list }: { list: ListFileState }) {
  const { t } = useText();
  const css = useLayout();
  const own = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const shown = list.reading ?? list.file?.name ?? null;
  return (
    <fieldset className={css.fieldset}>
      <legend className={css.legend}>{t.word.fileLegend}</legend>
      <input
        ref={input}
        className={own.input}
        type="file"
        accept={ACCEPT}
        aria-label={t.word.fileLabel}
        tabIndex={-1}
        onChange={(e) => {
          const picked = e.currentTarget.files?.[0];
          // Cleared so that picking the same file again (after fixing it in Excel) reads it again.
          e.currentTarget.value = "";
          if (picked) void list.pick(picked);
        }}
      />
      <div className={css.row}>
        <Button
          icon={<DocumentTableRegular />}
          disabled={list.reading !== null}
          onClick={() => input.current?.click()}
        >
          {list.file ? t.word.chooseAnother : t.word.choose}
        </Button>
        <span className={own.name}>{shown ?? t.word.noFile}</span>
      </div>
      <p className={css.muted}>{t.word.fileHint}</p>
      {list.reading !== null && <WorkProgress label={t.word.reading(list.reading)} progress={null} />}
    </fieldset>
  );
}

import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { titleOfRule } from "../../../app/describe";
import { formatNumber } from "../../../app/format";
import { useText } from "../../i18n";
import type { FixPreview } from "../../hooks/useFixes";

const useStyles = makeStyles({
  scroll: { maxHeight: "40vh", overflowY: "auto", marginTop: tokens.spacingVerticalS },
  next: { fontWeight: tokens.fontWeightSemibold },
});

/** Shows every change a fix would write (cell, value now → new value) before anything is written. */
export function FixDialog({
  preview,
  busy,
  onApply,
  onClose,
}: {
  preview: FixPreview | null;
  busy: boolean;
  onApply: () => void;
  onClose: () => void;
}) {
  const { t, lang } = useText();
  const css = useStyles();
  const show = (v: string | number | null) =>
    v === null ? t.findings.empty : typeof v === "number" ? formatNumber(v, lang, 20) : v;
  const changes = preview?.changes ?? [];
  const title =
    preview?.scope === "one" && changes[0]
      ? t.fix.titleOne(changes[0].cell)
      : t.fix.titleRule(changes.length, preview ? titleOfRule(preview.rule, lang) : "");
  return (
    <Dialog
      open={preview !== null}
      modalType="modal"
      onOpenChange={(_, data) => {
        if (!data.open && !busy) onClose();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>
            <p>{t.fix.intro}</p>
            <div className={css.scroll}>
              <Table size="small" aria-label={t.fix.tableLabel}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t.fix.cell}</TableHeaderCell>
                    <TableHeaderCell>{t.fix.current}</TableHeaderCell>
                    <TableHeaderCell>{t.fix.next}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {changes.map((c) => (
                    <TableRow key={`${c.sheet}!${c.cell}`}>
                      <TableCell>{c.cell}</TableCell>
                      <TableCell>{show(c.current)}</TableCell>
                      <TableCell className={css.next}>{show(c.next)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose} disabled={busy}>
              {t.common.cancel}
            </Button>
            <Button appearance="primary" onClick={onApply} disabled={busy || changes.length === 0}>
              {busy ? t.fix.applying : t.fix.apply}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/**
 * The standalone page: the task pane (the same App as in Excel, on the in-browser workbook host) to
 * the right of a grid view of the workbook (under it on a narrow screen), under a top bar to open a
 * file, go back to the sample and download the workbook. Everything happens in this browser tab: the file is read with
 * FileReader APIs, checked and written here, and offered back as a download.
 *
 * exceljs and the host load on demand (the `browser-host` chunk) so the page paints at once.
 */
import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Toolbar,
  ToolbarButton,
  tokens,
  Tooltip,
} from "@fluentui/react-components";
import {
  ArrowDownloadRegular,
  DismissRegular,
  DocumentTableRegular,
  FolderOpenRegular,
  ShieldCheckmarkRegular,
  TableStackBelowRegular,
  FolderMultipleRegular,
} from "@fluentui/react-icons";
import type { ChangeEvent, DragEvent, ReactNode } from "react";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { Lang } from "../core/text/format";
import type { BookSettings, OpenStep, StandaloneSession } from "../hosts/file/browser";
import { formatNumber } from "../app/format";
import { App } from "../taskpane/App";
import { downloadBytes } from "../taskpane/lib/download";
import { EMPTY_PLAN_HEADER, SETTING, planHeaderOf } from "../app/settings";
import type { PlanHeader } from "../core/plan/model";
import { GridView } from "./GridView";
import type { Finding } from "../core/findings/finding";
import { rollupSheetsOf } from "../app/output";
import { PLAN_SECTIONS } from "../app/vocabulary";
import { DOCX_MIME } from "../taskpane/lib/download";
import { RollupView } from "./RollupView";
import { renderRollupPlan } from "../taskpane/hooks/useRollup";
import type { OpenedRollup } from "./rollup-open";
import { openMany, rollUpSheets } from "./rollup-open";
import { STRINGS, type Strings } from "./strings";

type BrowserModule = typeof import("../hosts/file/browser");

let loading: Promise<BrowserModule> | null = null;
/** The workbook host and exceljs, fetched once, on first need. */
export function loadBrowserHost(): Promise<BrowserModule> {
  loading ??= import(/* webpackChunkName: "browser-host" */ "../hosts/file/browser");
  return loading;
}

const ACCEPT = [
  ".xlsx",
  ".xlsm",
  ".xls",
  ".ods",
  ".csv",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.ms-excel",
  "application/vnd.oasis.opendocument.spreadsheet",
  "text/csv",
].join(",");

/**
 * Below this width the pane no longer fits beside a useful grid (a 360 px pane and ~540 px of sheet):
 * the grid goes on top at part of the screen's height, the pane under it, and the page scrolls
 * vertically, never sideways.
 */
const NARROW = "@media (max-width: 899px)";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    [NARROW]: { height: "auto", minHeight: "100vh" },
  },
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: "4px 12px",
    padding: "4px 12px",
    minHeight: "44px",
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    flexShrink: 0,
  },
  toolbar: { flexWrap: "wrap", "& button": { whiteSpace: "nowrap" } },
  brand: { display: "flex", flexDirection: "column", lineHeight: "1.2", flexShrink: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  subtitle: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  file: {
    minWidth: 0,
    flexShrink: 1,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  privacy: {
    marginLeft: "auto",
    display: "flex",
    alignItems: "center",
    gap: "4px",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    flexShrink: 1,
    minWidth: 0,
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    [NARROW]: { marginLeft: 0, whiteSpace: "normal" },
  },
  messages: {
    display: "flex",
    flexDirection: "column",
    gap: "4px",
    padding: "4px 12px",
    flexShrink: 0,
    ":empty": { display: "none" },
  },
  body: { display: "flex", flexGrow: 1, minHeight: 0, [NARROW]: { flexDirection: "column" } },
  sheet: {
    flexGrow: 1,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    // The grid scrolls inside its own box, so it needs a height of its own once stacked.
    [NARROW]: {
      flexGrow: 0,
      height: "55vh",
      minHeight: "280px",
      borderRight: "none",
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    },
  },
  pane: {
    width: "360px",
    flexShrink: 0,
    overflowY: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
    [NARROW]: { width: "auto", overflowY: "visible" },
  },
  opening: { display: "flex", alignItems: "flex-end", gap: "8px" },
  grow: { flexGrow: 1, minWidth: 0 },
  centre: { margin: "auto" },
  hidden: { display: "none" },
});

interface Open {
  readonly session: StandaloneSession;
  /** Remounts the pane for each workbook: its state belongs to the workbook it read. */
  readonly id: number;
}

interface Opening {
  readonly kind: "opening";
  /** Empty for the sample, which opens at once. */
  readonly name: string;
  readonly size: number;
  readonly step: OpenStep | null;
  readonly done: number;
}

/** Opening several files for a roll-up: which one, of how many. */
interface OpeningMany {
  readonly kind: "openingMany";
  readonly name: string;
  readonly done: number;
  readonly total: number;
}

type Busy = Opening | OpeningMany | { readonly kind: "downloading" } | null;

/** A roll-up on the page: the units, and the one whose grid is shown. */
interface Rolled {
  readonly opened: OpenedRollup;
  readonly active: string;
  readonly id: number;
}

/** A plan headed with blanks to fill in. */
const NO_HEADER = planHeaderOf(EMPTY_PLAN_HEADER, null);

const openingSample: Opening = { kind: "opening", name: "", size: 0, step: null, done: 0 };

/** A message in the language of the moment. */
interface Note {
  readonly id: number;
  readonly intent: "error" | "warning" | "success" | "info";
  readonly render: (t: Strings, lang: Lang) => { title?: string; body: ReactNode };
}

function isInputError(e: unknown): e is { vi: string; en: string } {
  return (
    typeof e === "object" &&
    e !== null &&
    (e as { name?: unknown }).name === "InputError" &&
    typeof (e as { vi?: unknown }).vi === "string" &&
    typeof (e as { en?: unknown }).en === "string"
  );
}

const detailOf = (e: unknown): string | null => {
  const m = e instanceof Error ? e.message : typeof e === "string" ? e : "";
  const line = (m.split("\n")[0] ?? "").trim();
  return line === "" ? null : line.slice(0, 200);
};

/** The pane's language (kept in the workbook's settings), which the page follows. */
function useLang(settings: BookSettings | null): Lang {
  const subscribe = useCallback(
    (listener: () => void) => (settings ? settings.subscribe(() => listener()) : () => undefined),
    [settings],
  );
  return useSyncExternalStore(subscribe, () => (settings?.get<unknown>(SETTING.lang) === "en" ? "en" : "vi"));
}

export function Standalone() {
  const css = useStyles();
  const [open, setOpen] = useState<Open | null>(null);
  const [rolled, setRolled] = useState<Rolled | null>(null);
  const [busy, setBusy] = useState<Busy>(openingSample);
  const [notes, setNotes] = useState<readonly Note[]>([]);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const counter = useRef(0);
  const input = useRef<HTMLInputElement>(null);
  const inputMany = useRef<HTMLInputElement>(null);
  /** The opening of the user's file under way, which Hủy stops. */
  const opening = useRef<AbortController | null>(null);
  const place = rolled ? (rolled.opened.places.get(rolled.active) ?? null) : null;
  const lang = useLang(open?.session.settings ?? place?.session.settings ?? null);
  const t = STRINGS[lang];

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t.title} — ${t.subtitle}`;
  }, [lang, t]);

  const note = useCallback((intent: Note["intent"], render: Note["render"]) => {
    counter.current += 1;
    const id = counter.current;
    setNotes((list) => [
      ...list.filter((n) => n.intent !== intent || intent === "error"),
      { id, intent, render },
    ]);
  }, []);
  const dismiss = (id: number) => setNotes((list) => list.filter((n) => n.id !== id));

  const show = useCallback((session: StandaloneSession) => {
    counter.current += 1;
    setOpen({ session, id: counter.current });
    setRolled(null);
    setHidden(new Set());
    setNotes([]);
  }, []);

  const openSample = useCallback(async () => {
    setBusy(openingSample);
    try {
      const browser = await loadBrowserHost();
      show(browser.openSample());
    } catch (e) {
      note("error", (tx) => ({ title: tx.startFailed, body: detailOf(e) ?? tx.unexpected }));
    } finally {
      setBusy(null);
    }
  }, [note, show]);

  useEffect(() => {
    void openSample();
  }, [openSample]);

  const openFile = async (file: File) => {
    opening.current?.abort();
    const controller = new AbortController();
    opening.current = controller;
    const live = () => opening.current === controller && !controller.signal.aborted;
    const start: Opening = { kind: "opening", name: file.name, size: file.size, step: null, done: 0 };
    setBusy(start);
    try {
      const [browser, bytes] = await Promise.all([loadBrowserHost(), file.arrayBuffer()]);
      if (!live()) return;
      const next = await browser.openFile(bytes, file.name, {
        signal: controller.signal,
        onStep: (step, done) => {
          if (live()) setBusy({ ...start, step, done });
        },
      });
      if (live()) show(next);
    } catch (e) {
      if (!live()) return; // stopped: `stopOpening` has said so
      note("error", (tx, l) => ({
        title: tx.openFailed,
        body: isInputError(e) ? e[l] : `${tx.unexpected} ${detailOf(e) ? tx.detail(detailOf(e) ?? "") : ""}`,
      }));
    } finally {
      if (opening.current === controller) {
        opening.current = null;
        setBusy(null);
      }
    }
  };

  const showRollup = (opened: OpenedRollup) => {
    counter.current += 1;
    const first = opened.result.units.find((u) => opened.places.has(u.unit.source));
    setRolled({ opened, active: first?.unit.source ?? "", id: counter.current });
    setNotes([]);
  };

  /** Opens every file as one unit of a roll-up: a province's commune lists. */
  const openFiles = async (files: readonly File[]) => {
    opening.current?.abort();
    const controller = new AbortController();
    opening.current = controller;
    const live = () => opening.current === controller && !controller.signal.aborted;
    setBusy({ kind: "openingMany", name: files[0]?.name ?? "", done: 0, total: files.length });
    try {
      const browser = await loadBrowserHost();
      const opened = await openMany(browser, files, new Date(), {
        signal: controller.signal,
        onFile: (i, name) => {
          if (live()) setBusy({ kind: "openingMany", name, done: i + 1, total: files.length });
        },
      });
      if (live()) showRollup(opened);
    } catch (e) {
      if (!live()) return;
      note("error", (tx) => ({
        title: tx.openFailed,
        body: `${tx.unexpected} ${tx.detail(detailOf(e) ?? "")}`,
      }));
    } finally {
      if (opening.current === controller) {
        opening.current = null;
        setBusy(null);
      }
    }
  };

  const sumSheets = async () => {
    const session = open?.session;
    if (!session) return;
    setBusy({ kind: "downloading" });
    try {
      const opened = await rollUpSheets(session, new Date());
      if (opened.result.units.length >= 2) showRollup(opened);
      else note("info", (tx) => ({ body: tx.rollup.fewSheets(session.fileName) }));
    } catch (e) {
      note("error", (tx) => ({ title: tx.startFailed, body: detailOf(e) ?? tx.unexpected }));
    } finally {
      setBusy(null);
    }
  };

  const showUnit = (source: string, finding?: Finding) => {
    const at = rolled?.opened.places.get(source);
    if (!rolled || !at) return;
    setRolled({ ...rolled, active: source });
    const sheet = finding?.sheet ?? at.sheet;
    const cell = finding
      ? (finding.cell ?? (finding.row !== null ? `A${finding.row}` : null))
      : at.sheet
        ? "A1"
        : null;
    if (sheet && cell) void at.session.host.select(sheet, cell);
  };

  const downloadRollup = async (what: "sheet" | "plan", header: Omit<PlanHeader, "planYear"> = NO_HEADER) => {
    if (!rolled) return;
    setBusy({ kind: "downloading" });
    const { result } = rolled.opened;
    try {
      if (what === "sheet") {
        const browser = await loadBrowserHost();
        const file = await browser.outputWorkbook(
          rollupSheetsOf(result, lang, { findings: false }),
          `${STRINGS[lang].rollup.fileName}.xlsx`,
        );
        downloadBytes(file.bytes, file.fileName, browser.XLSX_MIME);
        note("success", (tx) => ({ body: tx.rollup.downloaded(file.fileName) }));
      } else {
        const bytes = await renderRollupPlan(result, {
          header,
          sections: PLAN_SECTIONS,
          lang,
        });
        const name = STRINGS[lang].rollup.planFile;
        downloadBytes(bytes, name, DOCX_MIME);
        note("success", (tx) => ({ body: tx.rollup.downloaded(name) }));
      }
    } catch (e) {
      note("error", (tx) => ({ title: tx.downloadFailed, body: detailOf(e) ?? tx.unexpected }));
    } finally {
      setBusy(null);
    }
  };

  /**
   * Stops opening the user's file: the page goes back to the list that was open at once. exceljs
   * cannot be interrupted inside its unpacking, so what it still reads is dropped when it ends.
   */
  const stopOpening = (name: string | null) => {
    const controller = opening.current;
    if (!controller) return;
    opening.current = null;
    controller.abort();
    setBusy(null);
    note("info", (tx) => ({ body: name === null ? tx.openManyStopped : tx.openStopped(name) }));
  };

  const onPick = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Cleared so that choosing the same file again opens it again.
    e.target.value = "";
    if (file) void openFile(file);
  };

  const onPickMany = (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])];
    e.target.value = "";
    if (files.length === 1 && files[0]) void openFile(files[0]);
    else if (files.length > 1) void openFiles(files);
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    const files = [...e.dataTransfer.files];
    const file = files[0];
    if (!file) return;
    e.preventDefault();
    // Several files dropped at once are a roll-up, one unit each.
    if (files.length > 1) void openFiles(files);
    else void openFile(file);
  };

  const download = async () => {
    if (!open) return;
    setBusy({ kind: "downloading" });
    try {
      const browser = await loadBrowserHost();
      const file = await open.session.download();
      downloadBytes(file.bytes, file.fileName, browser.XLSX_MIME);
      note("success", (tx) => ({ body: tx.downloaded(file.fileName) }));
    } catch (e) {
      note("error", (tx) => ({ title: tx.downloadFailed, body: detailOf(e) ?? tx.unexpected }));
    } finally {
      setBusy(null);
    }
  };

  const session = place?.session ?? open?.session ?? null;
  const notCopied = session?.notCopied[lang] ?? [];
  const standing: { key: string; intent: Note["intent"]; body: string }[] = [];
  if (session?.sample) standing.push({ key: "sample", intent: "info", body: t.sampleNote });
  if (notCopied.length > 0)
    standing.push({ key: "lost", intent: "warning", body: t.notCopied(notCopied.join(", ")) });

  const dismissButton = (onClick: () => void) => (
    <Button
      appearance="transparent"
      size="small"
      icon={<DismissRegular />}
      aria-label={t.dismiss}
      onClick={onClick}
    />
  );

  return (
    <div className={css.root} lang={lang} onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <header className={css.bar}>
        <div className={css.brand}>
          <h1 className={css.title}>{t.title}</h1>
          <span className={css.subtitle}>{t.subtitle}</span>
        </div>
        <Toolbar aria-label={t.toolbar} size="small" className={css.toolbar}>
          <Tooltip content={t.openHint} relationship="description">
            <ToolbarButton
              appearance="primary"
              icon={<FolderOpenRegular />}
              disabled={busy !== null}
              onClick={() => input.current?.click()}
            >
              {t.open}
            </ToolbarButton>
          </Tooltip>
          <Tooltip content={t.openManyHint} relationship="description">
            <ToolbarButton
              icon={<FolderMultipleRegular />}
              disabled={busy !== null}
              onClick={() => inputMany.current?.click()}
            >
              {t.openMany}
            </ToolbarButton>
          </Tooltip>
          <Tooltip content={t.allSheetsHint} relationship="description">
            <ToolbarButton
              icon={<TableStackBelowRegular />}
              disabled={busy !== null || !open || rolled !== null}
              onClick={() => void sumSheets()}
            >
              {t.allSheets}
            </ToolbarButton>
          </Tooltip>
          <Tooltip content={t.sampleHint} relationship="description">
            <ToolbarButton
              icon={<DocumentTableRegular />}
              disabled={busy !== null}
              onClick={() => void openSample()}
            >
              {t.sample}
            </ToolbarButton>
          </Tooltip>
          <Tooltip content={t.downloadHint} relationship="description">
            <ToolbarButton
              icon={<ArrowDownloadRegular />}
              disabled={busy !== null || !session}
              onClick={() => void download()}
            >
              {t.download}
            </ToolbarButton>
          </Tooltip>
        </Toolbar>
        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          className={css.hidden}
          tabIndex={-1}
          aria-label={t.openHint}
          data-testid="open-file"
          onChange={onPick}
        />
        <input
          ref={inputMany}
          type="file"
          multiple
          accept={ACCEPT}
          className={css.hidden}
          tabIndex={-1}
          aria-label={t.openManyHint}
          data-testid="open-files"
          onChange={onPickMany}
        />
        {session && (
          <span className={css.file} title={session.fileName}>
            {rolled && place
              ? t.rollup.showing(
                  rolled.opened.result.units.find((u) => u.unit.source === rolled.active)?.unit.name ??
                    session.fileName,
                )
              : t.file(session.fileName)}
          </span>
        )}
        <span className={css.privacy}>
          <ShieldCheckmarkRegular aria-hidden />
          {t.privacy}
        </span>
      </header>
      <div className={css.messages} aria-live="polite">
        {busy?.kind === "openingMany" && (
          <div className={css.opening} data-testid="opening-many">
            <Field className={css.grow} label={t.openingMany(busy.done, busy.total, busy.name)}>
              <ProgressBar value={busy.total === 0 ? 0 : busy.done / busy.total} />
            </Field>
            <Button onClick={() => stopOpening(null)}>{t.stopOpeningMany}</Button>
          </div>
        )}
        {busy && busy.kind === "downloading" && (
          <Spinner size="tiny" label={t.downloading} labelPosition="after" />
        )}
        {busy?.kind === "opening" && busy.name !== "" && (
          <div className={css.opening} data-testid="opening">
            <Field
              className={css.grow}
              label={
                busy.step === "prepare"
                  ? t.openSteps.prepare(busy.name)
                  : t.openSteps.unpack(busy.name, `${formatNumber(busy.size / 1e6, lang, 1)} MB`)
              }
            >
              {/* Unpacking gives no measure of its own: the bar moves until it ends. */}
              {busy.step === "prepare" ? <ProgressBar value={busy.done} /> : <ProgressBar />}
            </Field>
            <Button aria-label={t.stopOpeningHint(busy.name)} onClick={() => stopOpening(busy.name)}>
              {t.stopOpening}
            </Button>
          </div>
        )}
        {standing
          .filter((s) => !hidden.has(s.key))
          .map((s) => (
            <MessageBar key={s.key} intent={s.intent}>
              <MessageBarBody>{s.body}</MessageBarBody>
              <MessageBarActions
                containerAction={dismissButton(() => setHidden((h) => new Set([...h, s.key])))}
              />
            </MessageBar>
          ))}
        {notes.map((n) => {
          const { title, body } = n.render(t, lang);
          return (
            <MessageBar key={n.id} intent={n.intent} layout="multiline" data-testid={`note-${n.intent}`}>
              <MessageBarBody>
                {title && <MessageBarTitle>{title}</MessageBarTitle>} {body}
              </MessageBarBody>
              <MessageBarActions containerAction={dismissButton(() => dismiss(n.id))} />
            </MessageBar>
          );
        })}
      </div>
      <main className={css.body}>
        <section className={css.sheet} aria-label={t.sheetArea}>
          {session ? (
            <GridView
              key={rolled ? `${rolled.id}:${rolled.active}` : open?.id}
              view={session.view}
              lang={lang}
              text={t}
            />
          ) : (
            <Spinner className={css.centre} label={t.starting} />
          )}
        </section>
        <aside className={css.pane} aria-label={t.pane}>
          {rolled ? (
            <RollupView
              key={rolled.id}
              opened={rolled.opened}
              lang={lang}
              t={t}
              active={rolled.active}
              busy={busy !== null}
              onShow={(source) => showUnit(source)}
              onFinding={(source, f) => showUnit(source, f)}
              onDownloadSheet={() => void downloadRollup("sheet")}
              onDownloadPlan={(header) => void downloadRollup("plan", header)}
            />
          ) : session ? (
            <App key={open?.id} host={session.host} />
          ) : (
            <Spinner className={css.centre} label={t.starting} />
          )}
        </aside>
      </main>
    </div>
  );
}

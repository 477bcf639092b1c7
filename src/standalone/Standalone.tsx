/**
 * The standalone page: the task pane (the same App as in Excel, on the in-browser workbook host) to
 * the right of a grid view of the workbook, under a top bar to open a file, go back to the sample
 * and download the workbook. Everything happens in this browser tab: the file is read with
 * FileReader APIs, checked and written here, and offered back as a download.
 *
 * exceljs and the host load on demand (the `browser-host` chunk) so the page paints at once.
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
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
} from "@fluentui/react-icons";
import type { ChangeEvent, DragEvent, ReactNode } from "react";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { Lang } from "../core/text/format";
import type { BookSettings, StandaloneSession } from "../hosts/file/browser";
import { App } from "../taskpane/App";
import { downloadBytes } from "../taskpane/lib/download";
import { SETTING } from "../app/settings";
import { GridView } from "./GridView";
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

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    minWidth: "960px",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  bar: {
    display: "flex",
    alignItems: "center",
    gap: "12px",
    padding: "4px 12px",
    minHeight: "44px",
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    flexShrink: 0,
  },
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
  },
  messages: {
    display: "flex",
    flexDirection: "column",
    gap: "4px",
    padding: "4px 12px",
    flexShrink: 0,
    ":empty": { display: "none" },
  },
  body: { display: "flex", flexGrow: 1, minHeight: 0 },
  sheet: {
    flexGrow: 1,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  pane: {
    width: "360px",
    flexShrink: 0,
    overflowY: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  centre: { margin: "auto" },
  hidden: { display: "none" },
});

interface Open {
  readonly session: StandaloneSession;
  /** Remounts the pane for each workbook: its state belongs to the workbook it read. */
  readonly id: number;
}

type Busy = { readonly kind: "opening"; readonly name: string } | { readonly kind: "downloading" } | null;

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
  const [busy, setBusy] = useState<Busy>({ kind: "opening", name: "" });
  const [notes, setNotes] = useState<readonly Note[]>([]);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const counter = useRef(0);
  const input = useRef<HTMLInputElement>(null);
  const lang = useLang(open?.session.settings ?? null);
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
    setHidden(new Set());
    setNotes([]);
  }, []);

  const openSample = useCallback(async () => {
    setBusy({ kind: "opening", name: "" });
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
    setBusy({ kind: "opening", name: file.name });
    try {
      const [browser, bytes] = await Promise.all([loadBrowserHost(), file.arrayBuffer()]);
      show(await browser.openFile(bytes, file.name));
    } catch (e) {
      note("error", (tx, l) => ({
        title: tx.openFailed,
        body: isInputError(e) ? e[l] : `${tx.unexpected} ${detailOf(e) ? tx.detail(detailOf(e) ?? "") : ""}`,
      }));
    } finally {
      setBusy(null);
    }
  };

  const onPick = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Cleared so that choosing the same file again opens it again.
    e.target.value = "";
    if (file) void openFile(file);
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    const file = e.dataTransfer.files[0];
    if (!file) return;
    e.preventDefault();
    void openFile(file);
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

  const session = open?.session ?? null;
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
        <Toolbar aria-label={t.toolbar} size="small">
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
        {session && (
          <span className={css.file} title={session.fileName}>
            {t.file(session.fileName)}
          </span>
        )}
        <span className={css.privacy}>
          <ShieldCheckmarkRegular aria-hidden />
          {t.privacy}
        </span>
      </header>
      <div className={css.messages} aria-live="polite">
        {busy && busy.kind !== "opening" && (
          <Spinner size="tiny" label={t.downloading} labelPosition="after" />
        )}
        {busy?.kind === "opening" && busy.name !== "" && (
          <Spinner size="tiny" label={t.opening(busy.name)} labelPosition="after" />
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
            <GridView key={open?.id} view={session.view} lang={lang} text={t} />
          ) : (
            <Spinner className={css.centre} label={t.starting} />
          )}
        </section>
        <aside className={css.pane} aria-label={t.pane}>
          {session ? (
            <App key={open?.id} host={session.host} />
          ) : (
            <Spinner className={css.centre} label={t.starting} />
          )}
        </aside>
      </main>
    </div>
  );
}

import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import type { Lang } from "../core/text/format";
import { CATALOGUES } from "./i18n";
import type { PaneError } from "./lib/errors";
import { OutsideOffice } from "./OutsideOffice";

export type StartupState = "starting" | "standalone" | "unsupported" | "failed";

/** What the pane shows before a workbook host is ready, or instead of it. */
export function Startup({ state, lang, error }: { state: StartupState; lang: Lang; error?: PaneError }) {
  const { app, common } = CATALOGUES[lang];
  if (state === "starting") return <Spinner label={app.starting} style={{ marginTop: 48 }} />;
  if (state === "standalone") return <OutsideOffice />;
  const [title, body] =
    state === "failed" ? [app.failedTitle, app.failedBody] : [app.unsupportedTitle, app.unsupportedBody];
  return (
    <div lang={lang} style={{ padding: 12 }}>
      <MessageBar intent={state === "failed" ? "error" : "info"} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle> {body}
          {error?.detail && <div>{common.detail(error.detail)}</div>}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}

import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Lang } from "../../core/text/format";
import { CATALOGUES } from "../i18n";
import { problemOf } from "./problem";

/**
 * The Word pane could not start (no document): the host's message when it gave one, else what to do,
 * in Office's language (the document's settings are not read yet).
 */
export function WordStartFailure({ lang, error }: { lang: Lang; error: unknown }) {
  const { word, common } = CATALOGUES[lang];
  const problem = problemOf(error);
  return (
    <div lang={lang} style={{ padding: 12 }}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{word.startFailedTitle}</MessageBarTitle>{" "}
          {problem.message ? problem.message[lang] : word.startFailedBody}
          {problem.detail !== null && <div>{common.detail(problem.detail)}</div>}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}

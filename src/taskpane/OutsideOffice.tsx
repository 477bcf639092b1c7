import {
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../core/text/format";
import { CATALOGUES, LANGS } from "./i18n";

/** The standalone page, built next to taskpane.html (webpack.config.js names it index.html). */
export const STANDALONE_PAGE = "index.html";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, padding: "12px" },
});

/**
 * taskpane.html opened in a plain browser (no Office, or office.js outside an Office app): where the
 * page runs, and the way to the standalone page, which needs no Office. Office's language is unknown
 * here, so both languages show, Vietnamese first.
 */
export function OutsideOffice() {
  const css = useStyles();
  return (
    <div className={css.root}>
      {LANGS.map((lang: Lang) => {
        const { app } = CATALOGUES[lang];
        return (
          <MessageBar key={lang} lang={lang} intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{app.standaloneTitle}</MessageBarTitle> {app.standaloneBody}{" "}
              <Link href={STANDALONE_PAGE}>{app.standaloneLink}</Link>
            </MessageBarBody>
          </MessageBar>
        );
      })}
    </div>
  );
}

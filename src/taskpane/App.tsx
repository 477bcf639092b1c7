import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { useId, useMemo, useState, type ReactNode } from "react";
import type { WorkbookHost } from "../hosts/host";
import { HostProvider } from "./HostContext";
import { useCheck, type CheckSettings } from "./hooks/useCheck";
import { usePeriod } from "./hooks/usePeriod";
import { usePreferences, type Preferences } from "./hooks/usePreferences";
import { LanguageProvider, useText } from "./i18n";
import { CheckPage } from "./pages/CheckPage";
import { HelpPage } from "./pages/HelpPage";
import { PlanPage } from "./pages/PlanPage";
import { SettingsPage } from "./pages/SettingsPage";
import { SummaryPage } from "./pages/SummaryPage";

export type PageId = "check" | "summary" | "plan" | "help" | "settings";

const PAGES: readonly PageId[] = ["check", "summary", "plan", "help", "settings"];

const useStyles = makeStyles({
  tabs: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    // In a pane narrower than the tabs, they go on two lines rather than past the edge.
    flexWrap: "wrap",
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // The five tabs fit a 320–360 px pane (Excel's task pane, the standalone page's, a phone, with
    // its scrollbar) on one line: less padding than Fluent's default and captions at 12 px. Both
    // the label and the hidden bold copy Fluent uses to reserve the selected width are sized.
    "& .fui-Tab": {
      paddingLeft: tokens.spacingHorizontalXXS,
      paddingRight: tokens.spacingHorizontalXXS,
    },
    "& .fui-Tab__content, & .fui-Tab__content--reserved-space": {
      fontSize: tokens.fontSizeBase200,
      lineHeight: tokens.lineHeightBase200,
    },
  },
});

/** The task pane: five pages over one workbook host. */
export function App({ host }: { host: WorkbookHost }) {
  const prefs = usePreferences(host.settings);
  return (
    <HostProvider host={host}>
      <LanguageProvider lang={prefs.lang}>
        <Pages host={host} prefs={prefs} />
      </LanguageProvider>
    </HostProvider>
  );
}

function Pages({ host, prefs }: { host: WorkbookHost; prefs: Preferences }) {
  const { t, lang } = useText();
  const css = useStyles();
  const id = useId();
  const [page, setPage] = useState<PageId>("check");
  const period = usePeriod(host.settings);
  const { budgetUnitValue, regime } = prefs;
  const settings = useMemo((): CheckSettings | null => {
    if (!period.options) return null;
    return { ...period.options, regime, ...(budgetUnitValue ? { budgetUnit: budgetUnitValue } : {}) };
  }, [period.options, regime, budgetUnitValue]);
  const check = useCheck(host, settings);
  const summary = check.result && check.result.tables.length > 0 ? check.result.summary : null;

  const tabId = (p: PageId) => `${id}-tab-${p}`;
  const panelId = (p: PageId) => `${id}-panel-${p}`;
  // Every page stays mounted so a pending undo or highlight survives a change of page.
  const content: Record<PageId, ReactNode> = {
    check: <CheckPage check={check} period={period} prefs={prefs} />,
    summary: <SummaryPage check={check} period={period} summary={summary} />,
    plan: <PlanPage check={check} period={period} summary={summary} />,
    help: <HelpPage />,
    settings: <SettingsPage prefs={prefs} live={host.live !== undefined} />,
  };
  return (
    <div lang={lang}>
      <TabList
        className={css.tabs}
        aria-label={t.app.tabsLabel}
        selectedValue={page}
        onTabSelect={(_, data) => setPage(data.value as PageId)}
      >
        {PAGES.map((p) => (
          <Tab key={p} value={p} id={tabId(p)} aria-controls={panelId(p)}>
            {t.app.tabs[p]}
          </Tab>
        ))}
      </TabList>
      {PAGES.map((p) => (
        <div key={p} role="tabpanel" id={panelId(p)} aria-labelledby={tabId(p)} hidden={p !== page}>
          {content[p]}
        </div>
      ))}
    </div>
  );
}

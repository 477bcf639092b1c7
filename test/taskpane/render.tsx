import {
  createDOMRenderer,
  FluentProvider,
  RendererProvider,
  webLightTheme,
} from "@fluentui/react-components";
import { configure, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { WorkbookHost } from "../../src/hosts/host";

// Fluent renders slowly in jsdom when the suites run in parallel: wait longer than the default 1 s.
configure({ asyncUtilTimeout: 5000 });

/**
 * Fluent's styles go to a detached document: jsdom's getComputedStyle, which Testing Library calls for
 * every role query and click, would otherwise match thousands of atomic CSS rules each time.
 */
const styleSink = document.implementation.createHTMLDocument("styles");

/** Renders the pane on a fake host, as index.tsx does inside Office. */
export function renderPane(host: WorkbookHost) {
  const user = userEvent.setup();
  const view = render(
    <RendererProvider renderer={createDOMRenderer(styleSink)} targetDocument={document}>
      <FluentProvider theme={webLightTheme}>
        <App host={host} />
      </FluentProvider>
    </RendererProvider>,
  );
  return { user, ...view };
}

/** The visible page (the others stay mounted but hidden). */
export function panel(): HTMLElement {
  return screen.getByRole("tabpanel");
}

export function inPanel() {
  return within(panel());
}

/** Entry of the standalone page (webpack `standalone`, served as index.html): no Office, no network. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { Standalone } from "./Standalone";

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Standalone />
    </FluentProvider>,
  );
}

/* Ribbon commands: run in the add-in's function file, with no pane open. */
import { createExcelHost } from "../hosts/excel/host";
import { COMMAND_TEXT } from "./messages";
import { validateActiveSheet } from "./validate-command";

/** Shows the outcome in a small dialog; the ribbon has no other place to say it. */
function notify(title: string, message: string, close: string): Promise<void> {
  const url = new URL("notice.html", window.location.href);
  url.searchParams.set("title", title);
  url.searchParams.set("message", message);
  url.searchParams.set("close", close);
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(
      url.toString(),
      { height: 28, width: 30, displayInIframe: true },
      (res) => {
        if (res.status !== Office.AsyncResultStatus.Succeeded) return resolve();
        const dialog = res.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
          dialog.close();
          resolve();
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      },
    );
  });
}

async function validateCommand(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const host = await createExcelHost();
    const outcome = await validateActiveSheet(host, new Date());
    const t = COMMAND_TEXT[outcome.lang];
    await notify(t.title, outcome.message, t.close);
  } catch (err) {
    const t = COMMAND_TEXT.vi;
    const detail = err instanceof Error ? err.message : String(err);
    await notify(t.title, t.failed(detail), t.close);
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("validateActiveSheet", validateCommand);
});

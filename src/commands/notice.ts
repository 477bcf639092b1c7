/* The notice dialog of the ribbon command: shows the text it was opened with. */
const params = new URLSearchParams(window.location.search);
const titleEl = document.getElementById("title");
const messageEl = document.getElementById("message");
const closeEl = document.getElementById("close");
if (titleEl) titleEl.textContent = params.get("title") ?? "";
if (messageEl) messageEl.textContent = params.get("message") ?? "";
if (closeEl) {
  closeEl.textContent = params.get("close") ?? "Đóng";
  closeEl.focus();
}
Office.onReady(() => {
  closeEl?.addEventListener("click", () => Office.context.ui.messageParent("close"));
});

export {};

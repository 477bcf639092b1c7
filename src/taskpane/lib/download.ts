export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Offers bytes as a file download through a Blob URL and an `<a download>`. */
export function downloadBytes(bytes: Uint8Array, fileName: string, type: string): void {
  const blob = new Blob([new Uint8Array(bytes)], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Some browsers start the download after the click returns: free the URL a moment later.
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }
}

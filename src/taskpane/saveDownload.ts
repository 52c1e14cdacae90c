/**
 * Hands bytes made in the page to the browser as a download (a blob link clicked once), so a file
 * the pane or the workbench makes — the summary workbook, the report — is saved like any other
 * download and nothing leaves the machine. In a task pane this works on the web and on Windows;
 * Excel for Mac's pane cannot download (reportDownloads in environment.ts says where).
 */

/**
 * Starts the download of a file made in the page.
 *
 * @param bytes the file's content
 * @param name the file name offered
 * @param type its MIME type
 */
export function saveDownload(bytes: Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

/**
 * The browser's deflater for the parts a written package adds (the summary sheet, its charts):
 * CompressionStream("deflate-raw"), where the browser has it (Chromium 103, Firefox 113, Safari
 * 16.4 and later). Without it the writer stores those parts uncompressed, which any zip reader
 * and Excel open as well; the user's own parts are copied compressed either way.
 */
import type { RawDeflater } from "./zipWriter";

/**
 * The browser's raw deflater, or undefined where there is none.
 *
 * @returns a deflater, or undefined
 * @example await streamDeflateRaw()?.(new TextEncoder().encode("<sheetData/>"))
 */
export function streamDeflateRaw(): RawDeflater | undefined {
  if (typeof CompressionStream !== "function" || typeof Blob !== "function" || typeof Response !== "function") return undefined;
  return async (data) => {
    const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream("deflate-raw"));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  };
}

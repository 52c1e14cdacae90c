/**
 * One county return read for consolidation, in Node or the browser: the package opened within the
 * limits (hostile files refused), its sheets streamed into the reader's grid, and the reader's model.
 */
import type { CountyReturn } from "../core/consolidate/types";
import { readWorkbook } from "../core/reader/readWorkbook";
import { workbookToSnapshot } from "./snapshot";
import type { XlsxLimits } from "./package/limits";
import type { PackageTools, RawInflater } from "./package/openPackage";
import { openWorkbookFile } from "./openWorkbookFile";
import { streamWorkbook } from "./stream/streamWorkbook";
import { assertNotOwnOutput } from "./ownOutput";

/**
 * Reads a county return from its bytes.
 *
 * @param bytes the file
 * @param fileName its name (it may name the county)
 * @param options when it was last changed, the reading limits, and a faster inflater and CRC-32 where the host has them
 * @returns the return; rejects with a bilingual message when the file cannot be read or is refused, and
 *   with an OwnOutputSkipped when every sheet in it is one we wrote (an earlier consolidation: its tables are the prefecture's)
 * @example await readCountyReturn(bytes, "楚雄市.xlsx")
 */
export async function readCountyReturn(
  bytes: Uint8Array,
  fileName: string,
  options: { modified?: number; limits?: Partial<XlsxLimits>; tools?: RawInflater | PackageTools } = {},
): Promise<CountyReturn> {
  const { pkg } = await openWorkbookFile(bytes, fileName, options.limits, options.tools);
  // Values only: the reader never looks at formulas.
  const data = await streamWorkbook(pkg, fileName, { withFormulas: false });
  assertNotOwnOutput(data, fileName, { asReturn: true });
  const snapshot = workbookToSnapshot(data);
  return { fileName, ...(options.modified !== undefined ? { modified: options.modified } : {}), snapshot, model: readWorkbook(snapshot) };
}

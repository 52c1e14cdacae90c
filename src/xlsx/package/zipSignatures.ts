/**
 * The signatures that open each record of a zip file (PKWARE APPNOTE 4.3), shared by the reader of
 * the central directory (zipDirectory.ts) and the writer (zipWriter.ts), so both name them once.
 */

/** A local file header, before each entry's data. */
export const LOCAL_HEADER = 0x04034b50;
/** The optional data descriptor after an entry's data (general-purpose flag bit 3). */
export const DATA_DESCRIPTOR = 0x08074b50;
/** A central directory record, one per entry. */
export const CENTRAL_RECORD = 0x02014b50;
/** The end of the central directory. */
export const END_OF_DIRECTORY = 0x06054b50;
/** The zip64 end-of-directory locator. */
export const ZIP64_LOCATOR = 0x07064b50;
/** The zip64 end of the central directory. */
export const ZIP64_END = 0x06064b50;

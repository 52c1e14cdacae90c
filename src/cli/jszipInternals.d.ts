// The parts of JSZip 3.10's own modules that src/cli/zipLoad.ts runs (they ship without typings).
declare module "jszip/lib/zipEntries" {
  /** One entry as JSZip's directory reader leaves it (lib/zipEntry.js). */
  export interface LoadedEntry {
    readonly fileNameStr: string;
    readonly fileCommentStr: string;
    readonly decompressed: unknown;
    readonly date: Date;
    readonly dir: boolean;
    readonly unixPermissions: number | null;
    readonly dosPermissions: number | null;
  }
  /** JSZip's reader of a zip's end record, central directory and local headers (lib/zipEntries.js). */
  export default class ZipEntries {
    constructor(loadOptions: object);
    readonly files: LoadedEntry[];
    readonly zipComment: string;
    reader: unknown;
    prepareReader(data: Uint8Array): void;
    load(data: Uint8Array): void;
  }
}
declare module "jszip/lib/reader/Uint8ArrayReader" {
  const Uint8ArrayReader: { readonly prototype: object };
  export default Uint8ArrayReader;
}
declare module "jszip/lib/utils" {
  export function resolve(path: string): string;
}
declare module "jszip/lib/utf8" {
  export function utf8decode(bytes: Uint8Array): string;
}

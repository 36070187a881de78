/**
 * Where a Distributed Map reads its items (the ItemReader): an S3 listing, a JSON, JSON Lines or
 * CSV object, or an S3 inventory manifest. A source is plain data; the compiler reads it from the
 * call, the local run reads it from the local S3 given to the run.
 */

/** An S3 location whose parts are strings from the workflow (literals or values from the state). */
export interface S3ObjectLocation {
  Bucket: string;
  Key: string;
}

export interface S3PrefixLocation {
  Bucket: string;
  Prefix?: string;
}

/** Options every reader takes: `maxItems` reads at most that many items (ReaderConfig.MaxItems). */
export interface ReaderOptions {
  maxItems?: number;
}

export type CsvDelimiter = "COMMA" | "PIPE" | "SEMICOLON" | "SPACE" | "TAB";

export interface CsvOptions extends ReaderOptions {
  /** `"firstRow"`: the first line names the columns; a list: the columns, every line is an item. */
  header: "firstRow" | readonly string[];
  /** The field separator (CSVDelimiter), COMMA by default. */
  delimiter?: CsvDelimiter;
}

/** An item of an S3 listing, as the ItemReader of `s3:listObjectsV2` gives it. */
export interface S3ObjectItem {
  Etag: string;
  Key: string;
  /** Seconds since the epoch. */
  LastModified: number;
  Size: number;
  StorageClass: string;
}

/** An item of an S3 inventory: a row of its CSV files, keyed by the manifest's fileSchema. */
export interface S3InventoryItem {
  Bucket: string;
  Key: string;
  [field: string]: string;
}

export type ReaderKind = "objects" | "json" | "jsonl" | "csv" | "manifest";

/** A Distributed Map's item source; `T` is the type of one item. */
export interface ItemSource<T> {
  readonly kind: "s3Source";
  readonly reader: ReaderKind;
  readonly location: S3ObjectLocation | S3PrefixLocation;
  readonly options: ReaderOptions & Partial<Pick<CsvOptions, "header" | "delimiter">>;
  /** Only carries the item type. */
  readonly item?: T;
}

function source<T>(reader: ReaderKind, location: S3ObjectLocation | S3PrefixLocation, options: ItemSource<T>["options"] = {}): ItemSource<T> {
  return { kind: "s3Source", reader, location: { ...location }, options: { ...options } };
}

/**
 * The ItemReader sources of `distributedMap`. Each item's type is given (`s3.json<Order>(…)`) or
 * fixed by the format (a listing's `S3ObjectItem`, an inventory's `S3InventoryItem`).
 */
export const s3 = {
  /**
   * Every object under `Prefix` (s3:listObjectsV2), one item per object.
   * @stepscript s3Reader objects
   */
  objects(location: S3PrefixLocation, options?: ReaderOptions): ItemSource<S3ObjectItem> {
    return source("objects", location, options);
  },
  /**
   * A JSON array in one object (s3:getObject, InputType JSON), one item per element.
   * @stepscript s3Reader json
   */
  json<T>(location: S3ObjectLocation, options?: ReaderOptions): ItemSource<T> {
    return source("json", location, options);
  },
  /**
   * JSON Lines (InputType JSONL): one item per non-empty line.
   * @stepscript s3Reader jsonl
   */
  jsonl<T>(location: S3ObjectLocation, options?: ReaderOptions): ItemSource<T> {
    return source("jsonl", location, options);
  },
  /**
   * CSV (InputType CSV): one item per row, an object of the columns' names to their text. Every
   * value is a string, as AWS reads it; `T` should say so.
   * @stepscript s3Reader csv
   */
  csv<T extends Record<keyof T, string>>(location: S3ObjectLocation, options: CsvOptions): ItemSource<T> {
    return source("csv", location, options);
  },
  /**
   * An S3 inventory (InputType MANIFEST): `Key` is its manifest.json; one item per listed object.
   * @stepscript s3Reader manifest
   */
  manifest(location: S3ObjectLocation, options?: ReaderOptions): ItemSource<S3InventoryItem> {
    return source("manifest", location, options);
  },
};

import { gunzipSync } from "node:zlib";
import { WorkflowError } from "../errors.js";
import type { Json } from "../json.js";
import type { LocalS3 } from "./localS3.js";
import type { CsvDelimiter, ReaderKind } from "./sources.js";

/** An ItemReader with every value resolved: what both the local run and the engine read from. */
export interface ResolvedReader {
  reader: ReaderKind;
  bucket: string;
  /** The object's key, or the listing's prefix for `objects`. */
  key: string;
  maxItems?: number;
  header?: "firstRow" | readonly string[];
  delimiter?: CsvDelimiter;
}

export const ITEM_READER_FAILED = "States.ItemReaderFailed";

const DELIMITERS: Record<CsvDelimiter, string> = { COMMA: ",", PIPE: "|", SEMICOLON: ";", SPACE: " ", TAB: "\t" };

/** The items the reader yields, at most `maxItems`; any failure is States.ItemReaderFailed. */
export async function readItems(reader: ResolvedReader, s3: LocalS3 | undefined): Promise<Json[]> {
  if (!s3) throw new WorkflowError(ITEM_READER_FAILED, "no local S3 was given to the run (the `s3` run option)");
  let items: Json[];
  try {
    items = await readAll(reader, s3);
  } catch (thrown) {
    if (thrown instanceof WorkflowError) throw thrown;
    const message = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
    throw new WorkflowError(ITEM_READER_FAILED, `reading s3://${reader.bucket}/${reader.key} failed: ${message}`);
  }
  return reader.maxItems !== undefined ? items.slice(0, reader.maxItems) : items;
}

async function readAll(reader: ResolvedReader, s3: LocalS3): Promise<Json[]> {
  const text = async (key: string): Promise<string> => {
    const body = await s3.get(reader.bucket, key);
    return new TextDecoder().decode(key.endsWith(".gz") ? gunzipSync(body) : body);
  };
  switch (reader.reader) {
    case "objects":
      return (await s3.list(reader.bucket, reader.key)).map((object) => ({
        Etag: object.etag,
        Key: object.key,
        LastModified: object.lastModified,
        Size: object.size,
        StorageClass: "STANDARD",
      }));
    case "json": {
      const value = JSON.parse(await text(reader.key)) as Json;
      if (!Array.isArray(value)) throw readerFailure(reader, "the object is not a JSON array");
      return value;
    }
    case "jsonl":
      return (await text(reader.key))
        .split(/\r?\n/)
        .filter((line) => line.trim() !== "")
        .map((line) => JSON.parse(line) as Json);
    case "csv":
      return csvItems(await text(reader.key), reader.header ?? "firstRow", DELIMITERS[reader.delimiter ?? "COMMA"], reader);
    case "manifest":
      return manifestItems(JSON.parse(await text(reader.key)) as Json, text, reader);
  }
}

function readerFailure(reader: ResolvedReader, why: string): WorkflowError {
  return new WorkflowError(ITEM_READER_FAILED, `reading s3://${reader.bucket}/${reader.key} failed: ${why}`);
}

/** Rows as objects of the columns' names to their text; a row with another number of fields than the header fails the read. */
function csvItems(text: string, header: "firstRow" | readonly string[], delimiter: string, reader: ResolvedReader): Json[] {
  const rows = parseCsv(text, delimiter);
  const columns = header === "firstRow" ? rows.shift() : [...header];
  if (!columns) return [];
  return rows.map((row, index) => {
    if (row.length !== columns.length) {
      throw readerFailure(reader, `row ${index + 1} has ${row.length} fields, the header ${columns.length}`);
    }
    return Object.fromEntries(columns.map((column, i) => [column, row[i]]));
  });
}

/** RFC 4180 fields: quotes around a field allow the delimiter, line breaks and doubled quotes in it. Blank lines are skipped. */
export function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let fieldStarted = false;
  const endRow = () => {
    if (fieldStarted || row.length > 0) rows.push([...row, field]);
    row = [];
    field = "";
    fieldStarted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') {
      quoted = true;
      fieldStarted = true;
    } else if (c === delimiter) {
      row.push(field);
      field = "";
      fieldStarted = true;
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRow();
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  endRow();
  return rows;
}

/** An S3 inventory: manifest.json names CSV files (gzipped or not) whose columns its fileSchema names. */
async function manifestItems(manifest: Json, text: (key: string) => Promise<string>, reader: ResolvedReader): Promise<Json[]> {
  const m = manifest as { fileFormat?: unknown; fileSchema?: unknown; files?: unknown };
  if (m === null || typeof m !== "object" || m.fileFormat !== "CSV" || typeof m.fileSchema !== "string" || !Array.isArray(m.files)) {
    throw readerFailure(reader, "the manifest is not an S3 inventory manifest of CSV files");
  }
  const columns = m.fileSchema.split(",").map((name) => name.trim());
  const items: Json[] = [];
  for (const file of m.files as { key?: unknown }[]) {
    if (typeof file?.key !== "string") throw readerFailure(reader, "a file of the manifest has no key");
    items.push(...csvItems(await text(file.key), columns, ",", reader));
  }
  return items;
}

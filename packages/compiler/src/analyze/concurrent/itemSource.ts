import { Node, type CallExpression } from "ts-morph";
import { dslRoleOf, dslTagArgument } from "../../discover/dslSymbols.js";
import { unwrap } from "../../discover/workflows.js";
import { fail, locationOf } from "../../diagnostics/report.js";
import type { AnalysisContext, Hoisted } from "../context.js";
import { analyzeExpression } from "../expressions/index.js";
import type { Expr, ItemSourceIR, ReaderKind } from "../../ir/types.js";
import { readLiteralOptions } from "../options.js";
import { itemsPath } from "./map.js";

const READERS: readonly ReaderKind[] = ["objects", "json", "jsonl", "csv", "manifest"];
const DELIMITERS = ["COMMA", "PIPE", "SEMICOLON", "SPACE", "TAB"];

/** The items of a distributedMap: an `s3.*` reader written in place (ItemReader), else an array from the state (ItemsPath). */
export function analyzeItemSource(node: Node, context: AnalysisContext, hoisted: Hoisted): ItemSourceIR {
  const inner = unwrap(node);
  if (inner && Node.isCallExpression(inner) && dslRoleOf(inner.getExpression()) === "s3Reader") {
    return analyzeReader(inner, context, hoisted);
  }
  return { kind: "items", items: itemsPath(analyzeExpression(node, context, hoisted), node, context, hoisted) };
}

function analyzeReader(call: CallExpression, context: AnalysisContext, hoisted: Hoisted): ItemSourceIR {
  const reader = dslTagArgument(call.getExpression()) as ReaderKind;
  if (!READERS.includes(reader)) fail(call, "invalidItemSource", { what: `\`${call.getExpression().getText()}\` is not a known reader` });
  const [locationNode, optionsNode] = call.getArguments();
  if (!locationNode) fail(call, "invalidItemSource", { what: `s3.${reader} needs the object's location` });
  const location = readLocation(locationNode, reader === "objects" ? ["Bucket", "Prefix"] : ["Bucket", "Key"], context, hoisted);
  const allowed = reader === "csv" ? ["maxItems", "header", "delimiter"] : ["maxItems"];
  const { values } = readLiteralOptions(optionsNode, `the options of s3.${reader}`, allowed);
  const maxItems = values.maxItems;
  if (maxItems !== undefined && (typeof maxItems !== "number" || !Number.isInteger(maxItems) || maxItems < 1)) {
    fail(optionsNode!, "invalidItemSource", { what: `maxItems must be a whole number of at least 1, not ${JSON.stringify(maxItems)}` });
  }
  const source: ItemSourceIR = { kind: "reader", reader, location, at: locationOf(call), ...(maxItems !== undefined ? { maxItems: maxItems as number } : {}) };
  if (reader === "csv") {
    const header = values.header;
    const isColumns = Array.isArray(header) && header.length > 0 && header.every((h) => typeof h === "string");
    if (header !== "firstRow" && !isColumns) {
      fail(optionsNode ?? call, "invalidItemSource", { what: 's3.csv needs `header: "firstRow"` or the list of column names' });
    }
    const delimiter = values.delimiter;
    if (delimiter !== undefined && (typeof delimiter !== "string" || !DELIMITERS.includes(delimiter))) {
      fail(optionsNode!, "invalidItemSource", { what: `the delimiter must be one of ${DELIMITERS.join(", ")}` });
    }
    return { ...source, header: header as "firstRow" | string[], ...(delimiter !== undefined ? { delimiter: delimiter as string } : {}) };
  }
  return source;
}

/** `{ Bucket, Key }` / `{ Bucket, Prefix }` as an object of strings, literals or reads, that the reader's Parameters take. */
function readLocation(node: Node, keys: readonly string[], context: AnalysisContext, hoisted: Hoisted): Expr {
  const location = analyzeExpression(node, context, hoisted);
  const entries: { key: string; value: Expr }[] =
    location.kind === "object"
      ? [...location.entries]
      : location.kind === "literal" && location.value !== null && typeof location.value === "object" && !Array.isArray(location.value)
        ? Object.entries(location.value).map(([key, value]) => ({ key, value: { kind: "literal", value, kinds: [] } as Expr }))
        : fail(node, "invalidItemSource", { what: `the location must be written in place as { ${keys.join(", ")} }` });
  for (const entry of entries) {
    if (!keys.includes(entry.key)) fail(node, "invalidItemSource", { what: `"${entry.key}" is not one of ${keys.join(", ")}` });
    const plain = (entry.value.kind === "literal" && typeof entry.value.value === "string") || entry.value.kind === "read" || entry.value.kind === "format";
    if (!plain) fail(node, "invalidItemSource", { what: `${entry.key} must be a string (a literal, a value from the state or a template)` });
  }
  if (!entries.some((e) => e.key === "Bucket")) fail(node, "invalidItemSource", { what: "the location needs a Bucket" });
  if (keys.includes("Key") && !entries.some((e) => e.key === "Key")) fail(node, "invalidItemSource", { what: "the location needs a Key" });
  return { kind: "object", entries, kinds: ["object"] };
}

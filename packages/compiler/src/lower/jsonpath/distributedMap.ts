import type { DistributedMapStmt, Expr, ItemSourceIR } from "../../ir/types.js";
import { readsInput } from "../../ir/walk.js";
import { subGraph, type AslState, type Flow, type Graph } from "./builder.js";
import { addConcurrentState, lowerBody, outerReads } from "./concurrency.js";
import { renderPath, variablePath } from "./layout.js";
import { field, toTemplate, type PathResolver } from "./template.js";

const READER_RESOURCES = {
  objects: "arn:aws:states:::s3:listObjectsV2",
  json: "arn:aws:states:::s3:getObject",
  jsonl: "arn:aws:states:::s3:getObject",
  csv: "arn:aws:states:::s3:getObject",
  manifest: "arn:aws:states:::s3:getObject",
} as const;
const INPUT_TYPES = { json: "JSON", jsonl: "JSONL", csv: "CSV", manifest: "MANIFEST" } as const;
export const RESULT_WRITER_RESOURCE = "arn:aws:states:::s3:putObject";

/**
 * `distributedMap(source, fn, options)`: a Map in DISTRIBUTED mode. A child that reads nothing
 * from outside gets the item (or, batched, `{ Items, BatchInput }`) as its input, as AWS builds
 * it, and reads it from its own `$$.Execution.Input`: no ItemSelector, no state added. Otherwise
 * (unbatched only: a batched child cannot see outside) ItemSelector gives each child the object
 * of variables an inline Map iteration gets (the item, the outer variables it reads) plus the
 * workflow's input when it reads that (a child's own `$$.Execution.Input` is its item).
 */
export function lowerDistributedMap(graph: Graph, stmt: DistributedMapStmt, flow: Flow): Flow {
  const state: AslState = { Type: "Map" };
  if (stmt.comment) state.Comment = stmt.comment;
  Object.assign(state, sourceFields(graph, stmt.source));
  const direct = readsItemOnly(stmt);
  const child = childGraph(graph, stmt, direct);
  if (!direct) state.ItemSelector = childSelector(graph, stmt);
  if (stmt.batch) {
    const batcher: AslState = {};
    if (stmt.batch.maxItems !== undefined) batcher.MaxItemsPerBatch = stmt.batch.maxItems;
    if (stmt.batch.maxBytes !== undefined) batcher.MaxInputBytesPerBatch = stmt.batch.maxBytes;
    if (stmt.batch.input) Object.assign(batcher, field("BatchInput", toTemplate(stmt.batch.input, graph.resolve)));
    state.ItemBatcher = batcher;
  }
  const processor = lowerBody(graph, stmt.body, !direct, child);
  state.ItemProcessor = { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: stmt.executionType }, ...processor };
  if (stmt.maxConcurrency) state.MaxConcurrency = stmt.maxConcurrency;
  if (stmt.mapRunLabel !== undefined) state.Label = stmt.mapRunLabel;
  tolerance(state, "ToleratedFailurePercentage", stmt.toleratedFailurePercentage, graph.resolve);
  tolerance(state, "ToleratedFailureCount", stmt.toleratedFailureCount, graph.resolve);
  if (stmt.resultWriter) {
    state.ResultWriter = { Resource: RESULT_WRITER_RESOURCE, ...field("Parameters", toTemplate(stmt.resultWriter, graph.resolve)) };
  }
  return addConcurrentState(graph, stmt, flow, state, stmt.mapRunLabel ?? "DistributedMap");
}

function sourceFields(graph: Graph, source: ItemSourceIR): AslState {
  if (source.kind === "items") {
    if (source.items.kind !== "read") throw new Error("a Distributed Map's items are always a read");
    return { ItemsPath: graph.resolve(source.items.root, source.items.path) };
  }
  const config: AslState = {};
  if (source.reader !== "objects") config.InputType = INPUT_TYPES[source.reader];
  if (source.reader === "csv") {
    config.CSVHeaderLocation = source.header === "firstRow" ? "FIRST_ROW" : "GIVEN";
    if (source.header !== "firstRow") config.CSVHeaders = [...source.header!];
    if (source.delimiter !== undefined) config.CSVDelimiter = source.delimiter;
  }
  if (source.maxItems !== undefined) config.MaxItems = source.maxItems;
  const reader: AslState = { Resource: READER_RESOURCES[source.reader] };
  if (Object.keys(config).length > 0) reader.ReaderConfig = config;
  Object.assign(reader, field("Parameters", toTemplate(source.location, graph.resolve)));
  return { ItemReader: reader };
}

/** Whether the child reads only its item (or batch): batched children always do (outer reads are refused). */
function readsItemOnly(stmt: DistributedMapStmt): boolean {
  return stmt.batch !== undefined || (outerReads(stmt.body, [stmt.item, stmt.inputVariable]).length === 0 && !readsInput(stmt.body));
}

/** The child's graph: the item read from the child's own input (direct), or the workflow's input in its own slot. */
function childGraph(graph: Graph, stmt: DistributedMapStmt, direct: boolean): Graph {
  // Inside an enclosing child, what it reads from its own input reaches this child as a variable.
  const enclosing = graph.child?.fromExecutionInput;
  const parent: PathResolver = enclosing
    ? (root, path) => (root.kind === "variable" && enclosing.has(root.id) ? variablePath(graph.layout, root.id, path) : graph.resolve(root, path))
    : graph.resolve;
  const inputSlot = graph.layout.slot(stmt.inputVariable);
  const resolve: PathResolver = direct
    ? (root, path) => (root.kind === "variable" && root.id === stmt.item ? renderPath("$$.Execution.Input", path) : parent(root, path))
    : (root, path) => (root.kind === "input" ? renderPath("$", [inputSlot, ...path]) : parent(root, path));
  const base = subGraph(graph, resolve);
  return {
    ...base,
    child: direct ? { fromExecutionInput: new Set([stmt.item]) } : { inputSlot, fromExecutionInput: new Set() },
  };
}

function childSelector(graph: Graph, stmt: DistributedMapStmt): AslState {
  const { layout } = graph;
  const selector: AslState = {};
  if (layout.isRead(stmt.item)) selector[`${layout.slot(stmt.item)}.$`] = "$$.Map.Item.Value";
  // The outer variables the child reads, from where the parent keeps them (an enclosing child's own input included).
  for (const variable of outerReads(stmt.body, [stmt.item, stmt.inputVariable])) {
    selector[`${layout.slot(variable)}.$`] = graph.child?.fromExecutionInput.has(variable) ? graph.resolve({ kind: "variable", id: variable }, []) : `$.${layout.slot(variable)}`;
  }
  if (readsInput(stmt.body)) selector[`${layout.slot(stmt.inputVariable)}.$`] = graph.resolve({ kind: "input" }, []);
  return selector;
}

/** A literal number, or the `…Path` form for a value from the state. */
function tolerance(state: AslState, key: string, value: Expr | undefined, resolve: PathResolver): void {
  if (!value) return;
  if (value.kind === "literal") state[key] = value.value;
  else if (value.kind === "read") state[`${key}Path`] = resolve(value.root, value.path);
}

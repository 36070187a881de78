import { Node, type CallExpression } from "ts-morph";
import { diagnosticAt, fail, locationOf } from "../../diagnostics/report.js";
import { newVariable, type AnalysisContext, type Hoisted } from "../context.js";
import { analyzeExpression } from "../expressions/index.js";
import type { DistributedMapStmt, Expr, Json, Stmt } from "../../ir/types.js";
import { forEachStmt, readsOf } from "../../ir/walk.js";
import { kindsOfNode } from "../kinds.js";
import { foldConstant, propertyKey } from "../constants.js";
import { labelOf } from "../statements/index.js";
import { analyzeCallbackBody, requireCallback } from "./callback.js";
import { analyzeItemSource } from "./itemSource.js";
import { readConcurrentOptions } from "./options.js";

const OPTIONS = ["maxConcurrency", "batch", "toleratedFailurePercentage", "toleratedFailureCount", "executionType", "resultWriter", "label"];
const DYNAMIC = ["batch", "toleratedFailurePercentage", "toleratedFailureCount", "resultWriter"];
/** Step Functions runs at most 10,000 child executions of a map run at once. */
const MAX_CONCURRENCY = 10000;
const MAX_BATCH_BYTES = 262144;
const LABEL = /^[^\s<>{}[\]?*"#%\\^|~`$&,;:/\u0000-\u001f\u007f-\u009f]{1,40}$/u;

/** `distributedMap(source, fn, options?)`: a Map in DISTRIBUTED mode whose callback is the child state machine. */
export function analyzeDistributedMap(call: CallExpression, context: AnalysisContext, hoisted: Hoisted, variable: string | undefined): Stmt {
  const [sourceNode, fnNode, optionsNode] = call.getArguments();
  if (!sourceNode) fail(call, "invalidItemSource", { what: "distributedMap needs the items and a callback" });
  const { options, values, nodes } = readConcurrentOptions(optionsNode, "the distributedMap options", OPTIONS, DYNAMIC);
  const at = (key: string): Node => optionNode(optionsNode, key) ?? optionsNode ?? call;
  const settings = {
    maxConcurrency: readWhole(values.maxConcurrency, 0, MAX_CONCURRENCY, "maxConcurrency", at("maxConcurrency")),
    executionType: readExecutionType(values.executionType, at("executionType")),
    mapRunLabel: readLabel(values.label, at("label")),
    batch: readBatch(values.batch, nodes.batch, at("batch"), context, hoisted),
    toleratedFailurePercentage: readTolerance(values, nodes, "toleratedFailurePercentage", 100, at, context, hoisted),
    toleratedFailureCount: readTolerance(values, nodes, "toleratedFailureCount", undefined, at, context, hoisted),
    resultWriter: readResultWriter(values.resultWriter, nodes.resultWriter, at("resultWriter"), context, hoisted),
  };
  for (const key of ["toleratedFailurePercentage", "toleratedFailureCount"] as const) {
    if (settings[key] && !settings.resultWriter) context.diagnostics.push(diagnosticAt(locationOf(at(key)), "toleranceWithoutResultWriter", { what: key }));
  }
  const source = analyzeItemSource(sourceNode, context, hoisted);

  const fn = requireCallback(fnNode, call, "the callback of distributedMap");
  const [parameter, ...extra] = fn.getParameters();
  if (extra.length > 0) fail(extra[0], "invalidConcurrentCallback", { what: "the callback of distributedMap takes the item (or the batch) only" });
  const outer = new Set(context.variables.keys());
  const item = parameter ? bindParameter(parameter, context) : newVariable(context, "item", []);
  const inputVariable = newVariable(context, "input", ["object"]);
  const body = analyzeCallbackBody(fn, context, "the callback of distributedMap");
  context.diagnostics.push(...childReadProblems(body, outer, settings.batch !== undefined));

  const stmt: DistributedMapStmt = {
    kind: "distributedMap",
    variable,
    source,
    item,
    inputVariable,
    body,
    ...options,
    ...definedOnly(settings),
    executionType: settings.executionType,
    label: labelOf(sourceNode),
    at: locationOf(call),
  };
  return stmt;
}

function bindParameter(parameter: Node, context: AnalysisContext): string {
  const name = Node.isParameterDeclaration(parameter) ? parameter.getNameNode() : parameter;
  if (!Node.isIdentifier(name)) fail(parameter, "invalidConcurrentCallback", { what: "the callback's parameter must be a name (destructure it in the body)" });
  if (context.reassigned.has(parameter.compilerNode)) fail(parameter, "invalidConcurrentCallback", { what: `the parameter \`${name.getText()}\` is reassigned; declare a variable of its own` });
  const id = newVariable(context, name.getText(), kindsOfNode(name) ?? []);
  context.bindings.set(parameter.compilerNode, { kind: "variable", id, mutable: false });
  return id;
}

/**
 * A child is an execution of its own: its context object is its own, and a batched child gets
 * only `{ Items, BatchInput }`, so it cannot see outer variables or the workflow's input.
 */
function childReadProblems(body: readonly Stmt[], outer: ReadonlySet<string>, batched: boolean) {
  const problems: ReturnType<typeof diagnosticAt>[] = [];
  forEachStmt(body, (stmt) => {
    for (const read of readsOf(stmt)) {
      const root = read.root;
      if (root.kind === "context" && !(root.path[0] === "Task" && root.path[1] === "Token")) {
        problems.push(diagnosticAt(stmt.at, "distributedChildRead", { what: "the context object inside a distributedMap callback is the child execution's, not the workflow's" }));
      } else if (batched && (root.kind === "input" || (root.kind === "variable" && outer.has(root.id)))) {
        problems.push(diagnosticAt(stmt.at, "distributedChildRead", { what: "a batched child gets only `{ Items, BatchInput }`: it cannot read the workflow's input or outer variables" }));
      }
    }
  });
  return problems;
}

function optionNode(options: Node | undefined, key: string): Node | undefined {
  if (!options || !Node.isObjectLiteralExpression(options)) return undefined;
  for (const property of options.getProperties()) {
    if (Node.isPropertyAssignment(property) && propertyKey(property.getNameNode()) === key) return property.getInitializerOrThrow();
    if (Node.isShorthandPropertyAssignment(property) && property.getName() === key) return property.getNameNode();
  }
  return undefined;
}

function readWhole(value: Json | undefined, min: number, max: number | undefined, what: string, at: Node): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || (max !== undefined && value > max)) {
    const range = max === undefined ? `of at least ${min}` : `from ${min} to ${max}`;
    fail(at, "invalidDistributedMapOption", { what: `${what} must be a whole number ${range}, not ${JSON.stringify(value)}` });
  }
  return value;
}

function readExecutionType(value: Json | undefined, at: Node): "STANDARD" | "EXPRESS" {
  if (value === undefined) return "STANDARD";
  if (value !== "STANDARD" && value !== "EXPRESS") fail(at, "invalidDistributedMapOption", { what: `executionType must be "STANDARD" or "EXPRESS", not ${JSON.stringify(value)}` });
  return value;
}

function readLabel(value: Json | undefined, at: Node): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !LABEL.test(value)) fail(at, "invalidMapRunLabel", { what: JSON.stringify(value) });
  return value;
}

function readBatch(value: Json | undefined, node: Node | undefined, at: Node, context: AnalysisContext, hoisted: Hoisted): DistributedMapStmt["batch"] {
  if (value === undefined && node === undefined) return undefined;
  const fields: Record<string, { value?: Json; node?: Node }> = {};
  if (value !== undefined) {
    if (value === null || typeof value !== "object" || Array.isArray(value)) fail(at, "invalidDistributedMapOption", { what: "batch must be an object { maxItems?, maxBytes?, input? }" });
    for (const [key, v] of Object.entries(value)) fields[key] = { value: v };
  } else {
    if (!Node.isObjectLiteralExpression(node!)) fail(node!, "invalidDistributedMapOption", { what: "batch must be written in place as { maxItems?, maxBytes?, input? }" });
    for (const key of ["maxItems", "maxBytes", "input"]) {
      const found = optionNode(node, key);
      if (found) fields[key] = { node: found };
    }
  }
  for (const key of Object.keys(fields)) {
    if (!["maxItems", "maxBytes", "input"].includes(key)) fail(at, "invalidDistributedMapOption", { what: `batch.${key} is not one of maxItems, maxBytes, input` });
  }
  const literal = (key: "maxItems" | "maxBytes", max: number | undefined): number | undefined => {
    const field = fields[key];
    if (!field) return undefined;
    const where = field.node ?? optionNode(at, key) ?? at;
    const v = field.value ?? (field.node ? foldConstant(field.node)?.value : undefined);
    if (v === undefined) fail(where, "notLiteralOption", { what: `batch.${key}` });
    return readWhole(v, 1, max, `batch.${key}`, where);
  };
  const maxItems = literal("maxItems", undefined);
  const maxBytes = literal("maxBytes", MAX_BATCH_BYTES);
  if (maxItems === undefined && maxBytes === undefined) fail(at, "invalidDistributedMapOption", { what: "batch needs maxItems or maxBytes (Step Functions batches by at least one of them)" });
  const inputField = fields.input;
  const input: Expr | undefined = inputField
    ? inputField.node
      ? analyzeExpression(inputField.node, context, hoisted)
      : { kind: "literal", value: inputField.value!, kinds: [] }
    : undefined;
  return definedOnly({ maxItems, maxBytes, input });
}

function readTolerance(
  values: Record<string, Json>,
  nodes: Record<string, Node>,
  key: "toleratedFailurePercentage" | "toleratedFailureCount",
  max: number | undefined,
  at: (key: string) => Node,
  context: AnalysisContext,
  hoisted: Hoisted,
): Expr | undefined {
  if (values[key] !== undefined) {
    return { kind: "literal", value: readWhole(values[key], 0, max, key, at(key))!, kinds: ["number"] };
  }
  const node = nodes[key];
  if (!node) return undefined;
  const value = analyzeExpression(node, context, hoisted);
  if (value.kind !== "read" || value.kinds.some((kind) => kind !== "number")) {
    fail(node, "invalidDistributedMapOption", { what: `${key} must be a literal or a number read from the state` });
  }
  return value;
}

function readResultWriter(value: Json | undefined, node: Node | undefined, at: Node, context: AnalysisContext, hoisted: Hoisted): Expr | undefined {
  if (value === undefined && node === undefined) return undefined;
  const expr: Expr = node ? analyzeExpression(node, context, hoisted) : { kind: "literal", value: value!, kinds: ["object"] };
  const keys = expr.kind === "object" ? expr.entries.map((e) => e.key) : expr.kind === "literal" && expr.value && typeof expr.value === "object" ? Object.keys(expr.value) : undefined;
  if (!keys || !keys.includes("Bucket") || keys.some((key) => key !== "Bucket" && key !== "Prefix")) {
    fail(at, "invalidDistributedMapOption", { what: "resultWriter must be written in place as { Bucket, Prefix }" });
  }
  return expr;
}

function definedOnly<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

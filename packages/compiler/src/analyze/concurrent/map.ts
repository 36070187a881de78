import { Node, type CallExpression } from "ts-morph";
import { fail, locationOf } from "../../diagnostics/report.js";
import { newVariable, type AnalysisContext, type Hoisted } from "../context.js";
import { analyzeExpression } from "../expressions/index.js";
import { requirePresent } from "../expressions/presence.js";
import type { ConcurrentOptions, Expr, Stmt } from "../../ir/types.js";
import { kindsOfNode } from "../kinds.js";
import { labelOf } from "../statements/index.js";
import { analyzeCallbackBody, requireCallback } from "./callback.js";
import { readConcurrentOptions, readMaxConcurrency } from "./options.js";

/** `map(items, fn, options?)`: an inline Map state over `items`. */
export function analyzeMap(call: CallExpression, context: AnalysisContext, hoisted: Hoisted, variable: string | undefined): Stmt {
  const [itemsNode, fnNode, optionsNode] = call.getArguments();
  if (!itemsNode) fail(call, "invalidConcurrentCallback", { what: "map needs the items and a callback" });
  const { options, values } = readConcurrentOptions(optionsNode, "the map options", ["maxConcurrency"]);
  const maxConcurrency = readMaxConcurrency(values, optionsNode);
  return mapStatement(call, itemsNode, fnNode, context, hoisted, variable, { ...options, maxConcurrency });
}

/** The Map statement of `items` and a callback `(item, index?) => …`, shared with `Promise.all(items.map(fn))`. */
export function mapStatement(
  call: CallExpression,
  itemsNode: Node,
  fnNode: Node | undefined,
  context: AnalysisContext,
  hoisted: Hoisted,
  variable: string | undefined,
  options: ConcurrentOptions & { maxConcurrency?: number },
): Stmt {
  const items = itemsPath(analyzeExpression(itemsNode, context, hoisted), itemsNode, context, hoisted);
  const fn = requireCallback(fnNode, call, "the callback of map");
  const [itemParameter, indexParameter, ...extra] = fn.getParameters();
  if (extra.length > 0) fail(extra[0], "invalidConcurrentCallback", { what: "the callback of map takes the item and its index only" });
  const bindParameter = (parameter: Node, fallback: string): string => {
    const name = Node.isParameterDeclaration(parameter) ? parameter.getNameNode() : parameter;
    if (!Node.isIdentifier(name)) fail(parameter, "invalidConcurrentCallback", { what: "the callback's parameter must be a name (destructure the item in the body)" });
    if (context.reassigned.has(parameter.compilerNode)) fail(parameter, "invalidConcurrentCallback", { what: `the parameter \`${name.getText()}\` is reassigned; declare a variable of its own` });
    const id = newVariable(context, name.getText() || fallback, kindsOfNode(name) ?? []);
    context.bindings.set(parameter.compilerNode, { kind: "variable", id, mutable: false });
    return id;
  };
  // The callback's variables are per iteration: even without a parameter the item needs a slot name.
  const item = itemParameter ? bindParameter(itemParameter, "item") : newVariable(context, "item", []);
  const index = indexParameter ? bindParameter(indexParameter, "index") : undefined;
  const body = analyzeCallbackBody(fn, context, "the callback of map");
  return {
    kind: "map",
    variable,
    items,
    item,
    index,
    body,
    ...options,
    label: labelOf(itemsNode),
    at: locationOf(call),
  };
}

/** ItemsPath needs a path: a computed array (a literal, an intrinsic) is stored first. */
export function itemsPath(items: Expr, node: Node, context: AnalysisContext, hoisted: Hoisted): Expr {
  requirePresent(items, node, "the items");
  if (items.kind === "read") return items;
  const id = newVariable(context, "items", items.kinds);
  hoisted.push({ kind: "assign", variable: id, value: items, label: labelOf(node), at: locationOf(node) });
  return { kind: "read", root: { kind: "variable", id }, path: [], kinds: items.kinds };
}

import { parseFormatTemplate } from "@stepscript/runtime-types";
import { Node, type CallExpression } from "ts-morph";
import { dslRoleOf, dslTagArgument, resolveSymbol } from "../../discover/dslSymbols.js";
import { fail, locationOf } from "../../diagnostics/report.js";
import { newVariable, type AnalysisContext, type Hoisted } from "../context.js";
import { foldConstant } from "../constants.js";
import type { Expr, Json, Kind, Kinds } from "../../ir/types.js";
import { kindsOfNode } from "../kinds.js";
import { analyzeExpression } from "./index.js";
import { requirePresent } from "./presence.js";

/** Step Functions evaluates at most 10 intrinsic functions nested in one another. */
export const MAX_INTRINSIC_DEPTH = 10;

/** Intrinsics that give a new value on every evaluation: a const holding one must be stored once. */
export const IMPURE_INTRINSICS: ReadonlySet<string> = new Set(["States.UUID", "States.MathRandom"]);

const HASH_ALGORITHMS = ["MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512"];

/**
 * A call whose value an intrinsic function computes: `States.*` of @stepscript/dsl,
 * `xs.includes(v)`, `JSON.stringify(v)`, `JSON.parse(s)`. Undefined when the call is none of these.
 */
export function analyzeIntrinsicCall(node: CallExpression, context: AnalysisContext, hoisted: Hoisted): Expr | undefined {
  const callee = node.getExpression();
  if (dslRoleOf(callee) === "intrinsic") return analyzeStatesCall(node, dslTagArgument(callee)!, context, hoisted);
  if (!Node.isPropertyAccessExpression(callee)) return undefined;
  if (isGlobal(callee.getExpression(), "JSON")) return analyzeJsonCall(node, callee.getName(), context, hoisted);
  if (callee.getName() === "includes") {
    const base = analyzeExpression(callee.getExpression(), context, hoisted);
    if (!onlyKinds(base.kinds, ["array"])) return undefined;
    requirePresent(base, callee.getExpression(), "the array");
    const [valueNode, ...rest] = node.getArguments();
    if (!valueNode || rest.length > 0) fail(node, "invalidIntrinsicArgument", { what: "`includes` compiles to States.ArrayContains, which takes exactly one value (no start index)" });
    const value = analyzeExpression(valueNode, context, hoisted);
    requirePresent(value, valueNode, "the value looked for");
    if (value.kinds.length === 0 || value.kinds.some((k) => k === "object" || k === "array" || k === "undefined")) {
      fail(valueNode, "invalidIntrinsicArgument", {
        what: "`includes` compares objects and arrays by reference in JavaScript but by value in States.ArrayContains; look for a string, number, boolean or null",
      });
    }
    return intrinsic("States.ArrayContains", [base, value], ["boolean"], node, context, hoisted);
  }
  return undefined;
}

function isGlobal(node: Node, name: string): boolean {
  if (!Node.isIdentifier(node) || node.getText() !== name) return false;
  const declarations = resolveSymbol(node)?.getDeclarations() ?? [];
  return declarations.length > 0 && declarations.every((d) => d.getSourceFile().isDeclarationFile());
}

function analyzeJsonCall(node: CallExpression, method: string, context: AnalysisContext, hoisted: Hoisted): Expr {
  const args = node.getArguments();
  if (method === "stringify") {
    if (args.length !== 1) fail(node, "invalidIntrinsicArgument", { what: "`JSON.stringify` compiles to States.JsonToString, which takes no replacer and no indentation" });
    const value = analyzeExpression(args[0], context, hoisted);
    requirePresent(value, args[0], "the value to stringify");
    // States.JsonToString returns "a JSON text representing the data identified by the Path" (ASL
    // specification), whatever JSON that data is: any JSON type compiles, `Json` included. Only
    // a value of no known type is refused (JSON.stringify of undefined is no string at all).
    if (value.kinds.length === 0) {
      fail(args[0], "invalidIntrinsicArgument", { what: "`JSON.stringify` needs a value of a JSON type; this one has no type the compiler knows" });
    }
    return intrinsic("States.JsonToString", [value], ["string"], node, context, hoisted);
  }
  if (method === "parse") {
    if (args.length !== 1) fail(node, "invalidIntrinsicArgument", { what: "`JSON.parse` compiles to States.StringToJson, which takes no reviver" });
    const value = analyzeExpression(args[0], context, hoisted);
    requirePresent(value, args[0], "the text to parse");
    if (!onlyKinds(value.kinds, ["string"])) fail(args[0], "invalidIntrinsicArgument", { what: "`JSON.parse` takes a string" });
    return intrinsic("States.StringToJson", [value], kindsOfNode(node) ?? [], node, context, hoisted);
  }
  return fail(node, "unsupportedGlobal", { what: `\`JSON.${method}\``, alternative: "JSON.stringify and JSON.parse are supported; compute anything else in a task" });
}

/** `States.hash(…)` and the rest of the DSL's States namespace. */
function analyzeStatesCall(node: CallExpression, name: string, context: AnalysisContext, hoisted: Hoisted): Expr {
  const argNodes = node.getArguments();
  const kinds = kindsOfNode(node) ?? [];
  if (name === "States.Format") return analyzeFormat(node, context, hoisted);
  const args = argNodes.map((argument, index) => {
    const value = analyzeExpression(argument, context, hoisted);
    requirePresent(value, argument, `argument ${index + 1} of ${name}`);
    return value;
  });
  if (name === "States.Hash") {
    const algorithm = foldConstant(argNodes[1]);
    if (algorithm && !HASH_ALGORITHMS.includes(algorithm.value as string)) {
      fail(argNodes[1], "invalidIntrinsicArgument", { what: `States.Hash takes one of ${HASH_ALGORITHMS.join(", ")}` });
    }
  }
  if (name === "States.ArrayRange") {
    const step = foldConstant(argNodes[2]);
    if (step && step.value === 0) fail(argNodes[2], "invalidIntrinsicArgument", { what: "the step of States.ArrayRange must not be 0" });
  }
  if (name === "States.MathRandom" || name === "States.ArrayRange" || name === "States.ArrayPartition") {
    argNodes.forEach((argument) => {
      const folded = foldConstant(argument);
      if (folded && (typeof folded.value !== "number" || !Number.isInteger(folded.value))) {
        fail(argument, "invalidIntrinsicArgument", { what: `${name} takes integers` });
      }
    });
  }
  return intrinsic(name, args, kinds, node, context, hoisted);
}

/** `States.format("a {} b", x)`: the template must be a literal so its placeholders are known. */
function analyzeFormat(node: CallExpression, context: AnalysisContext, hoisted: Hoisted): Expr {
  const [templateNode, ...valueNodes] = node.getArguments();
  const template = templateNode && foldConstant(templateNode);
  if (!template || typeof template.value !== "string") {
    return fail(templateNode ?? node, "invalidIntrinsicArgument", { what: "the template of States.format must be a string literal or a module-level const" });
  }
  const parts = parseFormatTemplate(template.value);
  if (parts.length - 1 !== valueNodes.length) {
    fail(node, "invalidIntrinsicArgument", { what: `the template has ${parts.length - 1} placeholder(s) but ${valueNodes.length} value(s) are given` });
  }
  const values = valueNodes.map((valueNode) => {
    const value = analyzeExpression(valueNode, context, hoisted);
    requirePresent(value, valueNode, "the formatted value");
    if (value.kinds.length === 0 || value.kinds.some((k) => k === "object" || k === "array" || k === "undefined")) {
      fail(valueNode, "invalidIntrinsicArgument", { what: "States.format renders strings, numbers, booleans and null only" });
    }
    return value;
  });
  return limitNesting({ kind: "format", parts, values: values.map((v) => asArgument(v, valueNodes[0], context, hoisted)), kinds: ["string"] }, node, context, hoisted);
}


/** An intrinsic call whose arguments can all be written inside it, split when it would nest too deep. */
export function intrinsic(name: string, args: readonly Expr[], kinds: Kinds, node: Node, context: AnalysisContext, hoisted: Hoisted): Expr {
  const expr: Expr = { kind: "intrinsic", name, args: args.map((arg) => asArgument(arg, node, context, hoisted)), kinds };
  return limitNesting(expr, node, context, hoisted);
}

/**
 * An intrinsic's arguments are literals, paths or intrinsics: an object with varying fields has
 * no such form, so it is built first (Parameters of a state) and read back.
 */
export function asArgument(expr: Expr, node: Node, context: AnalysisContext, hoisted: Hoisted): Expr {
  switch (expr.kind) {
    case "object": {
      const literal = literalValue(expr);
      return literal !== undefined ? { kind: "literal", value: literal, kinds: expr.kinds } : store(expr, node, context, hoisted);
    }
    case "array":
      return { ...expr, items: expr.items.map((item) => asArgument(item, node, context, hoisted)) };
    default:
      return expr;
  }
}

function literalValue(expr: Expr): Json | undefined {
  if (expr.kind === "literal") return expr.value;
  if (expr.kind === "object") {
    const result: { [key: string]: Json } = {};
    for (const entry of expr.entries) {
      const value = literalValue(entry.value);
      if (value === undefined) return undefined;
      result[entry.key] = value;
    }
    return result;
  }
  if (expr.kind === "array") {
    const items = expr.items.map(literalValue);
    return items.every((item) => item !== undefined) ? (items as Json[]) : undefined;
  }
  return undefined;
}

/** How many intrinsic functions an argument nests, as the lowering writes it. */
export function intrinsicDepth(expr: Expr): number {
  const max = (items: readonly Expr[]) => items.reduce((deepest, item) => Math.max(deepest, intrinsicDepth(item)), 0);
  switch (expr.kind) {
    case "read":
      return 0;
    case "literal":
      return literalDepth(expr.value);
    case "object":
      return 0;
    case "array":
      return expr.items.every((item) => item.kind === "literal") ? literalDepth(expr.items.map((item) => (item as { value: Json }).value)) : 1 + max(expr.items);
    case "format":
      return 1 + max(expr.values);
    case "intrinsic":
      return 1 + max(expr.args);
  }
}

function literalDepth(value: Json): number {
  if (value === null || typeof value !== "object") return 0;
  if (Array.isArray(value)) return 1 + value.reduce<number>((deepest, item) => Math.max(deepest, literalDepth(item)), 0);
  return 1;
}

/** Keeps an intrinsic within Step Functions' nesting limit by storing its deepest argument first. */
export function limitNesting(expr: Expr, node: Node, context: AnalysisContext, hoisted: Hoisted): Expr {
  if (intrinsicDepth(expr) <= MAX_INTRINSIC_DEPTH) return expr;
  const args = expr.kind === "intrinsic" ? expr.args : expr.kind === "format" ? expr.values : expr.kind === "array" ? expr.items : [];
  const deepest = args.reduce((a, b) => (intrinsicDepth(b) > intrinsicDepth(a) ? b : a));
  const stored = store(deepest, node, context, hoisted);
  const replace = (items: readonly Expr[]) => items.map((item) => (item === deepest ? stored : item));
  const next: Expr =
    expr.kind === "intrinsic" ? { ...expr, args: replace(expr.args) }
      : expr.kind === "format" ? { ...expr, values: replace(expr.values) }
        : expr.kind === "array" ? { ...expr, items: replace(expr.items) }
          : expr;
  return limitNesting(next, node, context, hoisted);
}

/** Computes a value in a state of its own, into a fresh variable, and reads it. */
export function store(value: Expr, node: Node, context: AnalysisContext, hoisted: Hoisted): Expr {
  const variable = newVariable(context, "computed", value.kinds);
  hoisted.push({ kind: "assign", variable, value, label: node.getText().replace(/\s+/g, " ").slice(0, 60), at: locationOf(node) });
  return { kind: "read", root: { kind: "variable", id: variable }, path: [], kinds: value.kinds };
}

export function onlyKinds(kinds: Kinds, allowed: readonly Kind[]): boolean {
  return kinds.length > 0 && kinds.every((k) => allowed.includes(k));
}

import { Node, VariableDeclarationKind, type ForOfStatement } from "ts-morph";
import { fail, locationOf } from "../../diagnostics/report.js";
import { newVariable, type AnalysisContext, type Hoisted } from "../context.js";
import { analyzeExpression } from "../expressions/index.js";
import { requirePresent } from "../expressions/presence.js";
import type { Cond, Expr, Stmt } from "../../ir/types.js";
import { kindsOfNode } from "../kinds.js";
import { forEachStmt, readsOf } from "../../ir/walk.js";
import { labelOf } from "./index.js";
import { analyzeLoop, writtenIn } from "./loops.js";
import { bindPattern } from "./VariableStatement.js";

const NUMBER = ["number"] as const;

/**
 * `for (const x of xs)`. One variable holds the loop's state: `{ i, n, item }`, the index of the
 * next item, the length (computed once) and the current item. Each iteration costs the Choice
 * and one Pass that reads the item and advances the index together; `x` reads `item` in place.
 * The array is read where it is, unless the body reassigns it (JavaScript iterates the array it
 * started with) or it is computed: then the loop keeps its own copy as `items`.
 */
export function analyzeForOfStatement(statement: ForOfStatement, context: AnalysisContext): Stmt[] {
  if (statement.isAwaited()) fail(statement, "unsupportedStatement", { what: "`for await … of`" });
  const initializer = statement.getInitializer();
  if (!Node.isVariableDeclarationList(initializer)) {
    return fail(initializer, "unsupportedStatement", { what: "a `for … of` loop that assigns a variable declared outside it" });
  }
  const [declaration] = initializer.getDeclarations();
  const hoisted: Hoisted = [];
  const arrayNode = statement.getExpression();
  const array = analyzeExpression(arrayNode, context, hoisted);
  requirePresent(array, arrayNode, "the array");
  if (array.kinds.length !== 1 || array.kinds[0] !== "array") {
    fail(arrayNode, "unsupportedStatement", { what: "`for … of` over something that is not always an array" });
  }

  const nameNode = declaration.getNameNode();
  const name = Node.isIdentifier(nameNode) ? nameNode.getText() : "item";
  const loopVariable = newVariable(context, `${name}Loop`, ["object"]);
  const field = (key: string, kinds: Expr["kinds"]): Expr => ({ kind: "read", root: { kind: "variable", id: loopVariable }, path: [key], kinds });
  const item = field("item", kindsOfNode(nameNode) ?? []);

  const bodyPrefix: Stmt[] = [];
  const mutable = initializer.getDeclarationKind() !== VariableDeclarationKind.Const && context.reassigned.has(declaration.compilerNode);
  if (Node.isIdentifier(nameNode) && mutable) {
    const id = newVariable(context, name, item.kinds);
    context.bindings.set(declaration.compilerNode, { kind: "variable", id, mutable: true });
    context.mutableVariables.add(id);
    bodyPrefix.push({ kind: "assign", variable: id, value: item, label: name, at: locationOf(declaration) });
  } else if (Node.isIdentifier(nameNode)) {
    context.bindings.set(declaration.compilerNode, { kind: "alias", value: item });
  } else {
    bindPattern(nameNode, item, mutable, context, bodyPrefix);
  }

  const label = `For ${labelOf(declaration)} of ${labelOf(arrayNode)}`;
  const cond: Cond = { kind: "compare", op: "<", left: field("i", NUMBER), right: field("n", NUMBER) };
  const [loop] = analyzeLoop({ node: statement, body: statement.getStatement(), testFirst: true, construct: "for…of", label, bodyPrefix }, context);
  if (!loop || loop.kind !== "loop") throw new Error("a for … of loop always has a loop");

  const body = loop.body.slice(bodyPrefix.length);
  const readsItem = readsField([...bodyPrefix, ...body], loopVariable, "item");
  const copied = array.kind !== "read" || (array.root.kind === "variable" && writtenIn(body).has(array.root.id));
  const source = copied ? field("items", ["array"]) : array;
  const start: Expr = object([
    ["i", { kind: "literal", value: 0, kinds: NUMBER }],
    ["n", lengthOf(array)],
    ...(copied ? [["items", array] as const] : []),
  ]);
  const next: Expr = object([
    ["i", { kind: "intrinsic", name: "States.MathAdd", args: [field("i", NUMBER), { kind: "literal", value: 1, kinds: NUMBER }], kinds: NUMBER }],
    ["n", field("n", NUMBER)],
    ...(readsItem ? [["item", { kind: "intrinsic", name: "States.ArrayGetItem", args: [source, field("i", NUMBER)], kinds: item.kinds }] as const] : []),
    ...(copied ? [["items", field("items", ["array"])] as const] : []),
  ]);
  const at = locationOf(statement);
  return [
    ...hoisted,
    { kind: "assign", variable: loopVariable, value: start, label, at, stateName: `Loop over ${labelOf(arrayNode)}`, construct: "for…of" },
    {
      ...loop,
      cond,
      body: [{ kind: "assign", variable: loopVariable, value: next, label, at, stateName: `Next ${name}`, construct: "for…of" }, ...bodyPrefix, ...body],
    },
  ];
}

function object(entries: readonly (readonly [string, Expr])[]): Expr {
  return { kind: "object", entries: entries.map(([key, value]) => ({ key, value })), kinds: ["object"] };
}

/** The length, known at compile time for an array written in place. */
function lengthOf(array: Expr): Expr {
  if (array.kind === "literal" && Array.isArray(array.value)) return { kind: "literal", value: array.value.length, kinds: NUMBER };
  if (array.kind === "array") return { kind: "literal", value: array.items.length, kinds: NUMBER };
  return { kind: "intrinsic", name: "States.ArrayLength", args: [array], kinds: NUMBER };
}

function readsField(stmts: readonly Stmt[], variable: string, key: string): boolean {
  let found = false;
  forEachStmt(stmts, (stmt) => {
    if (readsOf(stmt).some((read) => read.root.kind === "variable" && read.root.id === variable && read.path[0] === key)) found = true;
  });
  return found;
}

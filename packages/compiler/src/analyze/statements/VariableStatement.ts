import { Node, VariableDeclarationKind, type BindingName, type VariableDeclaration, type VariableStatement } from "ts-morph";
import { unwrap } from "../../discover/workflows.js";
import { fail, locationOf } from "../../diagnostics/report.js";
import { newVariable, type AnalysisContext, type Hoisted } from "../context.js";
import { propertyKey } from "../constants.js";
import { analyzeExpression } from "../expressions/index.js";
import { analyzeTaskCall } from "../expressions/TaskCall.js";
import type { Expr, Stmt } from "../../ir/types.js";
import { nonJsonPart } from "../json.js";
import { kindsOfNode } from "../kinds.js";
import { classifyCallee } from "../tasks.js";
import { isImmutable } from "./immutability.js";
import { analyzeConcurrentCall, awaitedConcurrentCall } from "../concurrent/index.js";
import { isBranchingValue, valueInto } from "../expressions/ConditionalExpression.js";
import { labelOf } from "./index.js";

/** `const x = …` / `let x = …`: a stored variable, or an alias when no state is needed to hold it. */
export function analyzeVariableStatement(statement: Pick<VariableStatement, "getDeclarationKind" | "getDeclarations">, context: AnalysisContext): Stmt[] {
  const isConst = statement.getDeclarationKind() === VariableDeclarationKind.Const;
  const result: Stmt[] = [];
  for (const declaration of statement.getDeclarations()) {
    result.push(...analyzeDeclaration(declaration, isConst, context));
  }
  return result;
}

function analyzeDeclaration(declaration: VariableDeclaration, isConst: boolean, context: AnalysisContext): Stmt[] {
  const nameNode = declaration.getNameNode();
  // A destructuring pattern has no type of its own (it reads as `any`): its value's type is checked.
  const declaredType = Node.isIdentifier(declaration.getNameNode()) ? declaration.getType() : (declaration.getInitializer()?.getType() ?? declaration.getType());
  const problem = nonJsonPart(declaredType, declaration.getName().replace(/\s+/g, " "));
  if (problem) fail(nameNode, "notJson", { what: "a workflow variable", part: problem });
  const mutable = !isConst && context.reassigned.has(declaration.compilerNode);
  const initializer = declaration.getInitializer();
  const hoisted: Hoisted = [];
  const at = locationOf(declaration);

  if (Node.isIdentifier(nameNode)) {
    if (!initializer) {
      const id = newVariable(context, nameNode.getText(), kindsOfNode(nameNode) ?? []);
      context.bindings.set(declaration.compilerNode, { kind: "variable", id, mutable: true });
      context.mutableVariables.add(id);
      return [];
    }
    const awaitedTask = awaitedTaskCall(initializer);
    if (awaitedTask) {
      const call = analyzeTaskCall(awaitedTask.call, awaitedTask.task, context, hoisted);
      const id = declareVariable(context, declaration, nameNode.getText(), mutable);
      return [...hoisted, { kind: "call", variable: id, call, at }];
    }
    const concurrent = awaitedConcurrentCall(initializer);
    if (concurrent) {
      const id = declareVariable(context, declaration, nameNode.getText(), mutable);
      const stmt = analyzeConcurrentCall(concurrent, context, hoisted, id);
      return [...hoisted, stmt];
    }
    if (isBranchingValue(initializer)) {
      // Each branch writes the variable itself: no temporary to copy from.
      return valueInto(initializer, declareVariable(context, declaration, nameNode.getText(), mutable), context);
    }
    const value = analyzeExpression(initializer, context, hoisted);
    if (!mutable && isImmutable(value, context)) {
      context.bindings.set(declaration.compilerNode, { kind: "alias", value });
      return hoisted;
    }
    const id = declareVariable(context, declaration, nameNode.getText(), mutable);
    return [...hoisted, { kind: "assign", variable: id, value, label: labelOf(declaration), at }];
  }

  // Destructuring: the whole value is held once; each name reads a path of it.
  if (!initializer) fail(declaration, "unsupportedStatement", { what: "destructuring without an initializer" });
  let whole = analyzeExpression(initializer, context, hoisted);
  const stmts: Stmt[] = [...hoisted];
  if (whole.kind !== "read" || !isImmutable(whole, context)) {
    const id = newVariable(context, "destructured", whole.kinds);
    stmts.push({ kind: "assign", variable: id, value: whole, label: labelOf(declaration), at });
    whole = { kind: "read", root: { kind: "variable", id }, path: [], kinds: whole.kinds };
  }
  bindPattern(nameNode, whole, mutable, context, stmts);
  return stmts;
}

export function bindPattern(pattern: BindingName, whole: Expr, mutable: boolean, context: AnalysisContext, stmts: Stmt[]): void {
  if (whole.kind !== "read") throw new Error("a destructured value is always a read");
  const elements = Node.isObjectBindingPattern(pattern) || Node.isArrayBindingPattern(pattern) ? pattern.getElements() : [];
  elements.forEach((element, index) => {
    if (Node.isOmittedExpression(element)) return;
    if (element.getDotDotDotToken() || element.getInitializer()) {
      fail(element, "unsupportedStatement", { what: "rest elements and defaults in destructuring" });
    }
    const propertyNode = element.getPropertyNameNode();
    const key = Node.isArrayBindingPattern(pattern)
      ? index
      : propertyNode
        ? propertyKey(propertyNode)
        : element.getName();
    if (key === undefined) fail(element, "unsupportedStatement", { what: "a computed key in destructuring" });
    const value: Expr = { kind: "read", root: whole.root, path: [...whole.path, key], kinds: kindsOfNode(element.getNameNode()) ?? [] };
    const name = element.getNameNode();
    if (!Node.isIdentifier(name)) return bindPattern(name, value, mutable, context, stmts);
    if (!mutable) {
      context.bindings.set(element.compilerNode, { kind: "alias", value });
      return;
    }
    const id = newVariable(context, name.getText(), value.kinds);
    context.bindings.set(element.compilerNode, { kind: "variable", id, mutable: true });
    context.mutableVariables.add(id);
    stmts.push({ kind: "assign", variable: id, value, label: labelOf(element), at: locationOf(element) });
  });
}

function declareVariable(context: AnalysisContext, declaration: VariableDeclaration, name: string, mutable: boolean): string {
  const id = newVariable(context, name, kindsOfNode(declaration.getNameNode()) ?? []);
  context.bindings.set(declaration.compilerNode, { kind: "variable", id, mutable });
  if (mutable) context.mutableVariables.add(id);
  return id;
}

/** `await task(…)` as a whole initializer or right-hand side: its result goes straight to the variable. */
export function awaitedTaskCall(node: Node) {
  const inner = unwrap(node);
  if (!inner || !Node.isAwaitExpression(inner)) return undefined;
  const call = unwrap(inner.getExpression());
  if (!call || !Node.isCallExpression(call)) return undefined;
  const callee = classifyCallee(call);
  return callee.kind === "task" ? { call, task: callee.task } : undefined;
}

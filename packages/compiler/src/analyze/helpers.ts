/**
 * Helpers: module-level `async function`s and `const` arrows that a workflow awaits. A helper
 * has no state machine of its own, so each call is inlined: its statements are analyzed again at
 * the call with its parameters bound to the arguments, and a `return` inside it gives the call's
 * value and leaves the inlined block (a switch the `return` breaks out of). Identical tails of
 * several copies (a throw after each call…) are shared by the optimizer's merge of equal states.
 */
import { Node, SyntaxKind, type ArrowFunction, type CallExpression, type FunctionDeclaration, type FunctionExpression } from "ts-morph";
import { dslRoleOf, resolveSymbol } from "../discover/dslSymbols.js";
import { unwrap } from "../discover/workflows.js";
import { fail, locationOf } from "../diagnostics/report.js";
import { newVariable, type AnalysisContext, type Hoisted } from "./context.js";
import { isModuleLevelConst } from "./constants.js";
import { kindsOfNode } from "./kinds.js";
import type { Expr, Stmt } from "../ir/types.js";
import { analyzeExpression } from "./expressions/index.js";
import { isImmutable } from "./statements/immutability.js";
import { analyzeStatements, labelOf } from "./statements/index.js";
import { bindPattern } from "./statements/VariableStatement.js";
import { findReassigned } from "./workflow.js";
import { isBranchingValue } from "./expressions/ConditionalExpression.js";

export type HelperFunction = FunctionDeclaration | ArrowFunction | FunctionExpression;

/** The helper a name refers to: a module-level async function, or a module-level const of an async arrow or function. */
export function helperOf(callee: Node): HelperFunction | undefined {
  const name = unwrap(callee);
  if (!name || !Node.isIdentifier(name) || dslRoleOf(name)) return undefined;
  const declaration = resolveSymbol(name)?.getDeclarations()[0];
  if (!declaration) return undefined;
  if (Node.isFunctionDeclaration(declaration)) {
    return Node.isSourceFile(declaration.getParent()) && declaration.isAsync() && declaration.hasBody() ? declaration : undefined;
  }
  if (!Node.isVariableDeclaration(declaration) || !isModuleLevelConst(declaration)) return undefined;
  const initializer = unwrap(declaration.getInitializer());
  if (!initializer || !(Node.isArrowFunction(initializer) || Node.isFunctionExpression(initializer)) || !initializer.isAsync()) return undefined;
  return initializer;
}

/** `await helper(args)`: its statements, inlined; the value it returns goes to `variable`, when given. */
export function inlineHelper(call: CallExpression, helper: HelperFunction, context: AnalysisContext, variable: string | undefined): Stmt[] {
  const inlining = context.inlining ?? [];
  if (inlining.includes(helper)) {
    fail(call, "recursiveHelper", { name: helperName(helper, call) });
  }
  const stmts: Stmt[] = [];
  for (const reassigned of findReassigned(helper)) context.reassigned.add(reassigned);
  bindParameters(call, helper, context, stmts);
  const at = locationOf(call);
  const id = `helper ${at.line}:${at.column}`;
  const inner: AnalysisContext = {
    ...context,
    breakTarget: undefined,
    returnTarget: { variable, target: id },
    inlining: [...inlining, helper],
  };
  const body = helper.getBody();
  const inlined: Stmt[] =
    body && Node.isBlock(body)
      ? analyzeStatements(body.getStatements(), inner)
      : body
        ? valueOfBody(body, inner, variable)
        : [];
  return [...stmts, { kind: "switch", id, clauses: [{ body: inlined }], label: helperName(helper, call), at }];
}

/** An arrow's expression body: its value, as a `return` of it would give. */
function valueOfBody(body: Node, context: AnalysisContext, variable: string | undefined): Stmt[] {
  const hoisted: Hoisted = [];
  const value = analyzeExpression(body, context, hoisted);
  if (!variable) return hoisted;
  return [...hoisted, { kind: "assign", variable, value, label: labelOf(body), at: locationOf(body) }];
}

/** Each parameter reads its argument: an alias when the value cannot change, else a variable of its own. */
function bindParameters(call: CallExpression, helper: HelperFunction, context: AnalysisContext, stmts: Stmt[]): void {
  const args = call.getArguments();
  helper.getParameters().forEach((parameter, index) => {
    if (parameter.isRestParameter() || parameter.hasInitializer()) {
      fail(parameter, "unsupportedStatement", { what: "a helper parameter with a default or `...rest`" });
    }
    const argument = args[index];
    if (!argument) fail(call, "unsupportedStatement", { what: `a helper call without an argument for \`${parameter.getName()}\`` });
    const hoisted: Hoisted = [];
    const value = analyzeExpression(argument, context, hoisted);
    stmts.push(...hoisted);
    const name = parameter.getNameNode();
    const reassigned = context.reassigned.has(parameter.compilerNode);
    if (Node.isIdentifier(name)) {
      if (!reassigned && isImmutable(value, context)) {
        context.bindings.set(parameter.compilerNode, { kind: "alias", value });
        return;
      }
      const id = newVariable(context, name.getText(), kindsOfNode(name) ?? value.kinds);
      context.bindings.set(parameter.compilerNode, { kind: "variable", id, mutable: reassigned });
      if (reassigned) context.mutableVariables.add(id);
      stmts.push({ kind: "assign", variable: id, value, label: `${name.getText()} = ${labelOf(argument)}`, at: locationOf(argument) });
      return;
    }
    let whole: Expr = value;
    if (whole.kind !== "read" || !isImmutable(whole, context)) {
      const id = newVariable(context, "argument", value.kinds);
      stmts.push({ kind: "assign", variable: id, value, label: labelOf(argument), at: locationOf(argument) });
      whole = { kind: "read", root: { kind: "variable", id }, path: [], kinds: value.kinds };
    }
    bindPattern(name, whole, false, context, stmts);
  });
}

/** The value of a block body's last statement when it is `return v` and no other statement returns. */
function tailReturn(helper: HelperFunction): Node | undefined {
  const body = helper.getBody();
  if (!body || !Node.isBlock(body)) return undefined;
  const last = body.getStatements().at(-1);
  if (!last || !Node.isReturnStatement(last) || !last.getExpression()) return undefined;
  const returns = body.getDescendantsOfKind(SyntaxKind.ReturnStatement).filter((r) => r.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a)) === helper);
  if (returns.length !== 1) return undefined;
  // A branching value (`c ? a : b`, `x ?? y`) is written into a variable by its branches.
  return isBranchingValue(last.getExpression()!) ? undefined : last.getExpression();
}

function helperName(helper: HelperFunction, call: CallExpression): string {
  return Node.isFunctionDeclaration(helper) ? (helper.getName() ?? call.getExpression().getText()) : call.getExpression().getText();
}

/** A helper used as a value (passed, stored) has no state machine to run in. */
export function refuseHelperValue(node: Node): void {
  if (helperOf(node)) fail(node, "helperAsValue", { name: node.getText() });
}

/**
 * The result of `await helper(…)` inside an expression: inlined before it, read from a variable of
 * its own. A helper whose only `return` is its last statement needs no such variable when the
 * value cannot change: the call reads it where the helper computed it.
 */
export function hoistHelperCall(call: CallExpression, helper: HelperFunction, resultNode: Node, context: AnalysisContext, hoisted: Hoisted): Expr {
  const tail = tailReturn(helper);
  if (tail) {
    const stmts: Stmt[] = [];
    for (const reassigned of findReassigned(helper)) context.reassigned.add(reassigned);
    const inner: AnalysisContext = { ...context, breakTarget: undefined, inlining: [...(context.inlining ?? []), helper] };
    if ((context.inlining ?? []).includes(helper)) fail(call, "recursiveHelper", { name: helperName(helper, call) });
    bindParameters(call, helper, context, stmts);
    const body = helper.getBody() as import("ts-morph").Block;
    stmts.push(...analyzeStatements(body.getStatements().slice(0, -1), inner));
    const valueHoisted: Hoisted = [];
    const value = analyzeExpression(tail, inner, valueHoisted);
    if (isImmutable(value, context)) {
      hoisted.push(...stmts, ...valueHoisted);
      return value;
    }
    const kinds = kindsOfNode(resultNode) ?? [];
    const variable = newVariable(context, `${call.getExpression().getText()}Result`, kinds);
    hoisted.push(...stmts, ...valueHoisted, { kind: "assign", variable, value, label: labelOf(tail), at: locationOf(tail) });
    return { kind: "read", root: { kind: "variable", id: variable }, path: [], kinds };
  }
  const kinds = kindsOfNode(resultNode) ?? [];
  const variable = newVariable(context, `${call.getExpression().getText()}Result`, kinds);
  hoisted.push(...inlineHelper(call, helper, context, variable));
  return { kind: "read", root: { kind: "variable", id: variable }, path: [], kinds };
}

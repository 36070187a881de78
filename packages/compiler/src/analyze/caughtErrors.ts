/**
 * Caught errors in the analysis: `catch (e)` binds a variable holding Step Functions' error
 * output `{ Error, Cause }`, read through `e.error` / `e.cause` and tested with `isError`.
 */
import { Node, SyntaxKind, type CallExpression, type PropertyAccessExpression } from "ts-morph";
import { dslRoleOf, resolveSymbol } from "../discover/dslSymbols.js";
import { unwrap } from "../discover/workflows.js";
import { fail } from "../diagnostics/report.js";
import { bindingOf, type AnalysisContext } from "./context.js";
import { foldConstant } from "./constants.js";
import type { Cond, Expr } from "../ir/types.js";
import { kindsOfNode } from "./kinds.js";

/** The fields of a WorkflowError and where Step Functions' error output keeps them. */
const ERROR_FIELDS: Record<string, { path: string; kinds: Expr["kinds"] }> = {
  error: { path: "Error", kinds: ["string"] },
  name: { path: "Error", kinds: ["string"] },
  cause: { path: "Cause", kinds: ["string", "undefined"] },
};

/** The variable of a caught error when `node` names one. */
export function caughtErrorOf(node: Node | undefined, context: AnalysisContext): string | undefined {
  const inner = unwrap(node);
  if (!inner || !Node.isIdentifier(inner)) return undefined;
  const declaration = resolveSymbol(inner)?.getDeclarations()[0];
  const binding = declaration && bindingOf(context, declaration);
  return binding?.kind === "variable" && context.caughtErrors?.has(binding.id) ? binding.id : undefined;
}

/** `e.error`, `e.cause` of a caught error; undefined when the base is not a caught error. */
export function caughtErrorField(node: PropertyAccessExpression, context: AnalysisContext): Expr | undefined {
  const variable = caughtErrorOf(node.getExpression(), context);
  if (!variable) return undefined;
  const field = ERROR_FIELDS[node.getName()];
  if (!field) fail(node, "caughtErrorProperty", { what: node.getText() });
  // The checker knows more where the source narrowed it (`if (e.cause !== undefined)`).
  const narrowed = kindsOfNode(node);
  const kinds = narrowed && narrowed.length > 0 && narrowed.every((k) => field.kinds.includes(k)) ? narrowed : field.kinds;
  return { kind: "read", root: { kind: "variable", id: variable }, path: [field.path], kinds };
}

/** `isError(e, "A", "B")` as the caught error's variable and the literal names. */
export function isErrorTest(call: CallExpression, context: AnalysisContext): { variable: string; names: string[] } {
  const [errorNode, ...nameNodes] = call.getArguments();
  const variable = caughtErrorOf(errorNode, context);
  if (!variable) fail(errorNode ?? call, "invalidIsError", { what: "isError's first argument must be the error bound by `catch (e)`" });
  const names = nameNodes.map((node) => {
    const folded = foldConstant(node);
    if (!folded || typeof folded.value !== "string") fail(node, "invalidIsError", { what: "an error name given to isError must be a literal string" });
    return folded.value;
  });
  return { variable, names };
}

/**
 * `e instanceof WorkflowError` of a caught error: always true, as every error a workflow catches
 * is a WorkflowError (locally too: the task bindings turn whatever an implementation throws into
 * one). Undefined when `node` is no such test.
 */
export function instanceOfWorkflowError(node: Node, context: AnalysisContext): { variable: string } | undefined {
  if (!Node.isBinaryExpression(node) || node.getOperatorToken().getKind() !== SyntaxKind.InstanceOfKeyword) return undefined;
  if (dslRoleOf(unwrap(node.getRight())!) !== "WorkflowError") return undefined;
  const variable = caughtErrorOf(node.getLeft(), context);
  if (!variable) fail(node.getLeft(), "invalidIsError", { what: "`instanceof WorkflowError` tests the error bound by `catch (e)`; other values are never WorkflowErrors" });
  return { variable };
}

/** `e.error === "X"` (or `"X" === e.error`, `e.name`) of a caught error: the literal name, else undefined. */
export function errorNameComparison(node: Node, context: AnalysisContext): { variable: string; name: string } | undefined {
  if (!Node.isBinaryExpression(node) || node.getOperatorToken().getKind() !== SyntaxKind.EqualsEqualsEqualsToken) return undefined;
  for (const [field, literal] of [[node.getLeft(), node.getRight()], [node.getRight(), node.getLeft()]] as const) {
    const access = unwrap(field);
    if (!access || !Node.isPropertyAccessExpression(access) || ERROR_FIELDS[access.getName()]?.path !== "Error") continue;
    const variable = caughtErrorOf(access.getExpression(), context);
    const name = foldConstant(literal);
    if (variable && name && typeof name.value === "string") return { variable, name: name.value };
  }
  return undefined;
}

export function isIsErrorCall(node: Node): node is CallExpression {
  return Node.isCallExpression(node) && dslRoleOf(node.getExpression()) === "isError";
}

/**
 * `isError(e, …)` as a Choice condition on the stored Error, with ErrorEquals' meaning:
 * `States.ALL` matches all but `States.Runtime`, `States.TaskFailed` all but those and `States.Timeout`.
 * With no names it only says that `e` is a WorkflowError, which every caught error is.
 */
export function isErrorCondition(call: CallExpression, context: AnalysisContext): Cond {
  const { variable, names } = isErrorTest(call, context);
  if (names.length === 0) return { kind: "constant", value: true };
  const name: Expr = { kind: "read", root: { kind: "variable", id: variable }, path: ["Error"], kinds: ["string"] };
  const equals = (value: string): Cond => ({ kind: "compare", op: "===", left: name, right: { kind: "literal", value, kinds: ["string"] } });
  const not = (item: Cond): Cond => ({ kind: "not", item });
  const items = names.map((n): Cond => {
    if (n === "States.ALL") return not(equals("States.Runtime"));
    if (n === "States.TaskFailed") return { kind: "and", items: [not(equals("States.Timeout")), not(equals("States.Runtime"))] };
    return equals(n);
  });
  return items.length === 1 ? items[0] : { kind: "or", items };
}

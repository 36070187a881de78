import { Node, SyntaxKind, type BinaryExpression, type CallExpression } from "ts-morph";
import { resolveSymbol } from "../../discover/dslSymbols.js";
import { unwrap } from "../../discover/workflows.js";
import { fail } from "../../diagnostics/report.js";
import { has, kindsOfNode } from "../kinds.js";

/**
 * Constructs with no exact JSONPath equivalent, each refused with a diagnostic that names the
 * construct and the alternative. Each function returns when the node is none of its cases.
 */

const OPERATORS: Partial<Record<SyntaxKind, string>> = {
  [SyntaxKind.AsteriskToken]: "*",
  [SyntaxKind.SlashToken]: "/",
  [SyntaxKind.PercentToken]: "%",
  [SyntaxKind.AsteriskAsteriskToken]: "**",
  [SyntaxKind.AsteriskEqualsToken]: "*=",
  [SyntaxKind.SlashEqualsToken]: "/=",
  [SyntaxKind.PercentEqualsToken]: "%=",
  [SyntaxKind.AsteriskAsteriskEqualsToken]: "**=",
  [SyntaxKind.AmpersandToken]: "&",
  [SyntaxKind.BarToken]: "|",
  [SyntaxKind.CaretToken]: "^",
  [SyntaxKind.LessThanLessThanToken]: "<<",
  [SyntaxKind.GreaterThanGreaterThanToken]: ">>",
  [SyntaxKind.GreaterThanGreaterThanGreaterThanToken]: ">>>",
  [SyntaxKind.InstanceOfKeyword]: "instanceof",
  [SyntaxKind.InKeyword]: "in",
};

export function refuseOperator(node: BinaryExpression): void {
  const operator = OPERATORS[node.getOperatorToken().getKind()];
  if (operator) fail(node.getOperatorToken(), "unsupportedOperator", { operator });
}

const GLOBAL_ALTERNATIVES: Record<string, string> = {
  Math: "Compute it in a task; for random integers use States.mathRandom(start, end)",
  Date: "Read the time from the context (context.execution.startTime, context.state.enteredTime) or compute it in a task",
  Number: "Compute it in a task; JSON.parse(s) (States.StringToJson) reads a number written as JSON, and `${n}` writes one as a string",
  String: "Use a template string (`${x}`) or States.format, or compute it in a task",
  Object: "Build a new object with a literal or spread (`{ ...a, k: v }`), or compute it in a task",
  Array: "Use States.arrayRange, States.arrayPartition or States.arrayUnique, or compute it in a task",
  crypto: "Use States.uuid() or States.hash(data, algorithm)",
  Buffer: "Use States.base64Encode / States.base64Decode",
  btoa: "Use States.base64Encode",
  atob: "Use States.base64Decode",
  parseInt: "Compute it in a task; JSON.parse (States.StringToJson) reads a number written as JSON",
  parseFloat: "Compute it in a task; JSON.parse (States.StringToJson) reads a number written as JSON",
  structuredClone: "Values are copied between states already: use the value itself",
};

/** `new X(…)` and regular expressions, which have no value in a state machine. */
export function refuseSyntax(node: Node): void {
  if (Node.isNewExpression(node)) fail(node, "unsupportedNew", { what: `${node.getExpression().getText()}(…)` });
  if (Node.isRegularExpressionLiteral(node)) fail(node, "regularExpression", { what: node.getText() });
}

/** A call that is not a task: a JavaScript built-in, a string or array method, or a regular expression. */
export function refuseCall(node: CallExpression): void {
  const callee = unwrap(node.getExpression())!;
  for (const argument of node.getArguments()) refuseSyntax(unwrap(argument)!);
  if (Node.isIdentifier(callee) && isGlobal(callee) && GLOBAL_ALTERNATIVES[callee.getText()]) {
    fail(node, "unsupportedGlobal", { what: `\`${callee.getText()}(…)\``, alternative: GLOBAL_ALTERNATIVES[callee.getText()] });
  }
  if (!Node.isPropertyAccessExpression(callee)) return;
  const base = unwrap(callee.getExpression())!;
  refuseSyntax(base);
  if (Node.isIdentifier(base) && isGlobal(base) && GLOBAL_ALTERNATIVES[base.getText()]) {
    fail(node, "unsupportedGlobal", { what: `\`${callee.getText()}\``, alternative: GLOBAL_ALTERNATIVES[base.getText()] });
  }
  const kinds = kindsOfNode(base) ?? [];
  if (has(kinds, "string") || has(kinds, "array") || has(kinds, "number")) {
    fail(callee.getNameNode(), "unsupportedMethod", { method: `.${callee.getName()}(…)` });
  }
}

function isGlobal(node: Node): boolean {
  const declarations = resolveSymbol(node)?.getDeclarations() ?? [];
  return declarations.length > 0 && declarations.every((d) => d.getSourceFile().isDeclarationFile() && !d.getSourceFile().getFilePath().includes("/@stepscript/"));
}

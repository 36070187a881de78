import { Node, type ArrowFunction, type FunctionExpression, type ObjectLiteralExpression, type SourceFile } from "ts-morph";
import { dslRoleOf } from "./dslSymbols.js";

/** A `workflow(...)` export found in a source file, before analysis. */
export interface WorkflowDeclaration {
  exportName: string;
  /** The exported const's declaration. */
  declaration: Node;
  /** The `workflow(...)` call. */
  call: Node;
  options: ObjectLiteralExpression | undefined;
  /** The body function, or undefined when the call's arguments are not understood. */
  body: ArrowFunction | FunctionExpression | undefined;
}

/** Every exported const whose initializer is a call of the DSL's `workflow`. */
export function findWorkflows(file: SourceFile): WorkflowDeclaration[] {
  const found: WorkflowDeclaration[] = [];
  for (const statement of file.getVariableStatements()) {
    if (!statement.isExported()) continue;
    for (const declaration of statement.getDeclarations()) {
      const call = unwrap(declaration.getInitializer());
      if (!call || !Node.isCallExpression(call) || dslRoleOf(call.getExpression()) !== "workflow") continue;
      const [first, second] = call.getArguments().map(unwrap);
      const options = first && Node.isObjectLiteralExpression(first) ? first : undefined;
      const bodyNode = options ? second : first;
      const body = bodyNode && (Node.isArrowFunction(bodyNode) || Node.isFunctionExpression(bodyNode)) ? bodyNode : undefined;
      found.push({ exportName: declaration.getName(), declaration, call, options, body });
    }
  }
  return found;
}

/** Sees through parentheses, `as`, `satisfies` and `!`, which change types, not values. */
export function unwrap(node: Node | undefined): Node | undefined {
  let current = node;
  while (
    current &&
    (Node.isParenthesizedExpression(current) ||
      Node.isAsExpression(current) ||
      Node.isSatisfiesExpression(current) ||
      Node.isNonNullExpression(current) ||
      Node.isTypeAssertion(current))
  ) {
    current = current.getExpression();
  }
  return current;
}

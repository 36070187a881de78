import { Node, SyntaxKind, VariableDeclarationKind, type ArrowFunction, type CallExpression, type FunctionExpression, type ObjectLiteralExpression, type SourceFile } from "ts-morph";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { diagnosticAt, locationOf } from "../diagnostics/report.js";
import { dslRoleOf } from "./dslSymbols.js";

/** A `workflow(...)` export found in a source file, before analysis. */
export interface WorkflowDeclaration {
  /** The name it is exported under (`default` for a default export). */
  exportName: string;
  /** The state machine's name when its options give none: the const's name, or for `export default workflow(…)` the file's. */
  defaultName: string;
  /** The exported const's declaration, or the `export default` statement. */
  declaration: Node;
  /** The `workflow(...)` call. */
  call: Node;
  options: ObjectLiteralExpression | undefined;
  /** The body function, or undefined when the call's arguments are not understood. */
  body: ArrowFunction | FunctionExpression | undefined;
}

export interface Discovery {
  declarations: WorkflowDeclaration[];
  /** Workflows that are declared but not built: `export let`, or not exported at all. */
  diagnostics: Diagnostic[];
}

/**
 * Every workflow the file exports: an exported const (also through `export { w }` or
 * `export default w`) or `export default workflow(…)`, which is named after the file. A workflow
 * that is not exported is never built, so it is reported (a warning) instead of skipped in silence.
 */
export function findWorkflows(file: SourceFile): Discovery {
  const declarations: WorkflowDeclaration[] = [];
  const diagnostics: Diagnostic[] = [];
  const exported = new Set<Node>();
  for (const [exportName, nodes] of file.getExportedDeclarations()) {
    for (const node of nodes) {
      // A re-export (`export { w } from "./other"`) is built from the file that declares it.
      if (node.getSourceFile() !== file) continue;
      const found = workflowDeclaration(exportName, node, file);
      if (!found) continue;
      exported.add(node);
      const statement = Node.isVariableDeclaration(node) ? node.getVariableStatement() : undefined;
      if (statement && statement.getDeclarationKind() !== VariableDeclarationKind.Const) {
        diagnostics.push(diagnosticAt(locationOf(statement.getDeclarationKindKeywords()[0] ?? statement), "invalidWorkflow", {
          what: `the workflow ${found.defaultName} is declared with \`${statement.getDeclarationKind()}\`; a workflow is an exported const, so that what is deployed is what was compiled`,
        }));
      } else declarations.push(found);
    }
  }
  for (const statement of file.getVariableStatements()) {
    for (const declaration of statement.getDeclarations()) {
      if (exported.has(declaration) || !workflowCallOf(declaration.getInitializer())) continue;
      diagnostics.push(diagnosticAt(locationOf(declaration.getNameNode()), "workflowNotExported", { name: declaration.getName() }));
    }
  }
  return { declarations, diagnostics };
}

function workflowDeclaration(exportName: string, node: Node, file: SourceFile): WorkflowDeclaration | undefined {
  const isConst = Node.isVariableDeclaration(node);
  const call = workflowCallOf(isConst ? node.getInitializer() : node);
  if (!call) return undefined;
  const [first, second] = call.getArguments().map(unwrap);
  const options = first && Node.isObjectLiteralExpression(first) ? first : undefined;
  const bodyNode = options ? second : first;
  const body = bodyNode && (Node.isArrowFunction(bodyNode) || Node.isFunctionExpression(bodyNode)) ? bodyNode : undefined;
  // `export default workflow(…)` has no name of its own: the file gives it one.
  const defaultName = isConst ? node.getName() : file.getBaseNameWithoutExtension();
  const declaration = isConst ? node : (node.getFirstAncestorByKind(SyntaxKind.ExportAssignment) ?? node);
  return { exportName, defaultName, declaration, call, options, body };
}

function workflowCallOf(initializer: Node | undefined): CallExpression | undefined {
  const call = unwrap(initializer);
  return call && Node.isCallExpression(call) && dslRoleOf(call.getExpression()) === "workflow" ? call : undefined;
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

import { Node, SyntaxKind, type ParameterDeclaration } from "ts-morph";
import { resolveSymbol } from "../discover/dslSymbols.js";
import type { WorkflowDeclaration } from "../discover/workflows.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { CompileError, reportCaught, fail, locationOf, diagnosticAt } from "../diagnostics/report.js";
import { newVariable, type AnalysisContext, type Hoisted } from "./context.js";
import { analyzeExpression } from "./expressions/index.js";
import { isBranchingValue, valueInto } from "./expressions/ConditionalExpression.js";
import type { Stmt, WorkflowIR } from "../ir/types.js";
import { nonJsonPart } from "./json.js";
import { kindsOfNode } from "./kinds.js";
import { readLiteralOptions } from "./options.js";
import { analyzeStatements, labelOf } from "./statements/index.js";

const WORKFLOW_OPTIONS = ["name", "type", "comment", "timeoutSeconds", "queryLanguage", "arn"];

/** A workflow declaration as IR, or undefined when it has errors (each reported in `diagnostics`). */
export function analyzeWorkflow(declaration: WorkflowDeclaration, diagnostics: Diagnostic[]): WorkflowIR | undefined {
  const before = diagnostics.length;
  try {
    const ir = analyze(declaration, diagnostics);
    return diagnostics.length === before ? ir : undefined;
  } catch (error) {
    if (!(error instanceof CompileError)) throw error;
    reportCaught(diagnostics, error);
    return undefined;
  }
}

function analyze(declaration: WorkflowDeclaration, diagnostics: Diagnostic[]): WorkflowIR {
  const { values } = readLiteralOptions(declaration.options, "the workflow options", WORKFLOW_OPTIONS);
  const body = declaration.body;
  if (!body) fail(declaration.call, "invalidWorkflow", { what: "the workflow's body must be an async function written in place" });
  if (!body.isAsync()) fail(body, "invalidWorkflow", { what: "the workflow's body must be an async function" });
  if (values.queryLanguage === "JSONata") {
    fail(declaration.options!, "invalidWorkflow", { what: 'queryLanguage "JSONata" is not supported yet; use "JSONPath"' });
  }
  if (values.type !== undefined && values.type !== "STANDARD" && values.type !== "EXPRESS") {
    fail(declaration.options!, "invalidWorkflow", { what: 'type must be "STANDARD" or "EXPRESS"' });
  }
  const name = typeof values.name === "string" ? values.name : declaration.defaultName;
  if (!/^[A-Za-z0-9_-]{1,80}$/.test(name)) {
    const fromFile = values.name === undefined && declaration.exportName === "default" ? " (a default export is named after its file; give it options.name)" : "";
    fail(declaration.options ?? declaration.declaration, "invalidName", {
      what: `the state machine name "${name}" must be 1–80 characters of A-Z, a-z, 0-9, - and _${fromFile}`,
    });
  }

  const context: AnalysisContext = {
    diagnostics,
    variables: new Map(),
    bindings: new Map(),
    reassigned: findReassigned(body),
    mutableVariables: new Set(),
    caughtErrors: new Set(),
  };
  const [inputParameter, contextParameter, ...extra] = body.getParameters();
  if (extra.length > 0) fail(extra[0], "invalidWorkflow", { what: "a workflow takes its input and, optionally, the context" });
  const prologue = inputParameter ? bindInput(inputParameter, context) : [];
  if (contextParameter) {
    if (!Node.isIdentifier(contextParameter.getNameNode())) fail(contextParameter, "invalidWorkflow", { what: "the context parameter must be a name" });
    context.bindings.set(contextParameter.compilerNode, { kind: "context" });
  }
  checkOutputType(body, diagnostics);

  const bodyNode = body.getBody();
  let statements: Stmt[];
  if (Node.isBlock(bodyNode)) {
    statements = analyzeStatements(bodyNode.getStatements(), context);
  } else if (isBranchingValue(bodyNode)) {
    statements = valueInto(bodyNode, { return: true }, context, true);
  } else {
    const hoisted: Hoisted = [];
    const value = analyzeExpression(bodyNode, context, hoisted);
    statements = [...hoisted, { kind: "return", value, label: labelOf(bodyNode), at: locationOf(bodyNode) }];
  }

  return {
    name,
    exportName: declaration.exportName,
    file: declaration.declaration.getSourceFile().getFilePath(),
    at: locationOf(declaration.declaration),
    type: values.type === "EXPRESS" ? "EXPRESS" : "STANDARD",
    comment: typeof values.comment === "string" ? values.comment : undefined,
    timeoutSeconds: typeof values.timeoutSeconds === "number" ? values.timeoutSeconds : undefined,
    queryLanguage: "JSONPath",
    variables: context.variables,
    body: [...prologue, ...statements],
  };
}

/** The input is read where Step Functions keeps it; only a reassigned input needs a variable. */
function bindInput(parameter: ParameterDeclaration, context: AnalysisContext): Stmt[] {
  const nameNode = parameter.getNameNode();
  // A wrong type is reported and the body still analyzed, so one build shows every problem.
  const problem = nonJsonPart(parameter.getType(), "input");
  if (problem) context.diagnostics.push(diagnosticAt(locationOf(parameter), "notJson", { what: "the workflow's input", part: problem }));
  if (!Node.isIdentifier(nameNode)) fail(parameter, "invalidWorkflow", { what: "the input parameter must be a name (destructure it in the body)" });
  if (!context.reassigned.has(parameter.compilerNode)) {
    context.bindings.set(parameter.compilerNode, { kind: "input" });
    return [];
  }
  const kinds = kindsOfNode(nameNode) ?? [];
  const id = newVariable(context, nameNode.getText(), kinds);
  context.bindings.set(parameter.compilerNode, { kind: "variable", id, mutable: true });
  context.mutableVariables.add(id);
  return [{
    kind: "assign",
    variable: id,
    value: { kind: "read", root: { kind: "input" }, path: [], kinds },
    label: nameNode.getText(),
    at: locationOf(parameter),
  }];
}

function checkOutputType(body: NonNullable<WorkflowDeclaration["body"]>, diagnostics: Diagnostic[]): void {
  const returnType = body.getReturnType();
  const output = returnType.getTypeArguments()[0] ?? returnType;
  const problem = nonJsonPart(output, "output");
  if (problem) diagnostics.push(diagnosticAt(locationOf(body.getReturnTypeNode() ?? body), "notJson", { what: "the workflow's output", part: problem }));
}

const ASSIGNMENTS = new Set([
  SyntaxKind.EqualsToken, SyntaxKind.PlusEqualsToken, SyntaxKind.MinusEqualsToken, SyntaxKind.AsteriskEqualsToken,
  SyntaxKind.SlashEqualsToken, SyntaxKind.PercentEqualsToken, SyntaxKind.QuestionQuestionEqualsToken,
  SyntaxKind.BarBarEqualsToken, SyntaxKind.AmpersandAmpersandEqualsToken,
]);

/** Declarations assigned after they are declared: they need a stored variable, not an alias. */
export function findReassigned(body: Node): Set<import("ts-morph").ts.Node> {
  const reassigned = new Set<import("ts-morph").ts.Node>();
  const mark = (target: Node) => {
    if (!Node.isIdentifier(target)) return;
    const declaration = resolveSymbol(target)?.getDeclarations()[0];
    if (declaration) reassigned.add(declaration.compilerNode);
  };
  body.forEachDescendant((node) => {
    if (Node.isBinaryExpression(node) && ASSIGNMENTS.has(node.getOperatorToken().getKind())) mark(node.getLeft());
    if ((Node.isPrefixUnaryExpression(node) || Node.isPostfixUnaryExpression(node)) &&
        [SyntaxKind.PlusPlusToken, SyntaxKind.MinusMinusToken].includes(node.getOperatorToken())) mark(node.getOperand());
  });
  return reassigned;
}

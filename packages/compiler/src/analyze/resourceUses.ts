import type { IntegrationRow } from "@stepscript/runtime-types";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { diagnosticAt, type SourceLocation } from "../diagnostics/report.js";
import type { DistributedMapStmt, Expr, TaskCall, WorkflowIR } from "../ir/types.js";
import { forEachStmt } from "../ir/walk.js";
import type { FieldValue, IntegrationPatternName, Placeholder, ResourceUse, S3Location } from "../types.js";

const LAMBDA_INVOKE = "arn:aws:states:::lambda:invoke";
const START_EXECUTION = "arn:aws:states:::states:startExecution";
const READER_RESOURCES = { objects: "arn:aws:states:::s3:listObjectsV2", json: "arn:aws:states:::s3:getObject", jsonl: "arn:aws:states:::s3:getObject", csv: "arn:aws:states:::s3:getObject", manifest: "arn:aws:states:::s3:getObject" } as const;

/** `${Name}` exactly: a DefinitionSubstitutions placeholder with a name CloudFormation and the CDK accept. */
const PLACEHOLDER = /^\$\{([A-Za-z0-9]+)\}$/;
const ANY_PLACEHOLDER = /\$\{[^}]*\}/;

/**
 * The placeholder of a child workflow's ARN: `child-flow` gives `childFlowArn`, since `-` and `_`
 * are not allowed in a CloudFormation parameter name.
 */
export function childPlaceholderName(workflowName: string): string {
  const [first = "", ...rest] = workflowName.split(/[-_]+/).filter((part) => part.length > 0);
  return first + rest.map((part) => part[0].toUpperCase() + part.slice(1)).join("") + "Arn";
}

/**
 * What the workflow's execution role acts on: every task call (the Task's Resource without its
 * pattern suffix, the pattern, and each request field as a literal, a placeholder or a value
 * chosen at run time) and every Distributed Map (its reader, its result writer, its children).
 * Child executions of a Distributed Map run with the parent's role, so their calls count too.
 */
export function resourceUsesOf(ir: WorkflowIR): ResourceUse[] {
  const uses: ResourceUse[] = [];
  forEachStmt(ir.body, (stmt) => {
    if (stmt.kind === "call") uses.push(taskUse(stmt.call, stmt.at));
    if (stmt.kind === "distributedMap") uses.push(distributedMapUse(stmt));
  });
  return uses;
}

function taskUse(call: TaskCall, at: SourceLocation): ResourceUse {
  const where = call.callAt ?? at;
  const base = { kind: "task" as const, taskName: call.taskName, at: where };
  const callback = call.waitForTaskToken === true;
  if (call.target.kind === "lambda") {
    const fields = { ...fieldsOf(call.input, "Payload."), FunctionName: stringField(call.target.functionArn) };
    return { ...base, resource: LAMBDA_INVOKE, pattern: callback ? "waitForTaskToken" : "requestResponse", fields };
  }
  if (call.target.kind === "workflow") {
    return { ...base, resource: START_EXECUTION, pattern: "sync:2", fields: { StateMachineArn: stringField(call.target.stateMachineArn) }, child: call.taskName };
  }
  const suffix = /\.(sync:2|sync|waitForTaskToken)$/.exec(call.target.resource);
  const resource = suffix ? call.target.resource.slice(0, suffix.index) : call.target.resource;
  const pattern: IntegrationPatternName = callback ? "waitForTaskToken" : ((suffix?.[1] as IntegrationPatternName | undefined) ?? "requestResponse");
  return { ...base, resource, pattern, fields: fieldsOf(call.input, "") };
}

function distributedMapUse(stmt: DistributedMapStmt): ResourceUse {
  const use: Extract<ResourceUse, { kind: "distributedMap" }> = { kind: "distributedMap", at: stmt.source.kind === "reader" ? stmt.source.at : stmt.at, executionType: stmt.executionType, ...(stmt.mapRunLabel ? { label: stmt.mapRunLabel } : {}) };
  if (stmt.source.kind === "reader") {
    use.reader = { resource: READER_RESOURCES[stmt.source.reader], listing: stmt.source.reader === "objects", location: s3Location(stmt.source.location) };
  }
  if (stmt.resultWriter) use.resultWriter = s3Location(stmt.resultWriter);
  return use;
}

function s3Location(expr: Expr): S3Location {
  const fields = fieldsOf(expr, "");
  return { bucket: fields.Bucket ?? { kind: "runtime" }, ...(fields.Key ? { key: fields.Key } : {}), ...(fields.Prefix ? { prefix: fields.Prefix } : { }) };
}

/** The request's fields by dotted path; a request read whole at run time is the one field "" chosen at run time. */
function fieldsOf(expr: Expr, prefix: string): Record<string, FieldValue> {
  const fields: Record<string, FieldValue> = {};
  const visit = (value: Expr, path: string): void => {
    if (value.kind === "object") for (const entry of value.entries) visit(entry.value, path ? `${path}.${entry.key}` : entry.key);
    else if (value.kind === "literal") visitLiteral(value.value, path);
    else if (value.kind !== "array") fields[path] = { kind: "runtime" };
  };
  const visitLiteral = (value: unknown, path: string): void => {
    if (typeof value === "string") fields[path] = stringField(value);
    else if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const [key, inner] of Object.entries(value)) visitLiteral(inner, path ? `${path}.${key}` : key);
    }
  };
  visit(expr, prefix.replace(/\.$/, ""));
  return fields;
}

function stringField(value: string): FieldValue {
  const placeholder = PLACEHOLDER.exec(value);
  return placeholder ? { kind: "placeholder", name: placeholder[1] } : ANY_PLACEHOLDER.test(value) ? { kind: "malformed", value } : { kind: "literal", value };
}

type TaskUse = Extract<ResourceUse, { kind: "task" }>;

/** What a request field names, if it names a resource a placeholder may stand for (the integration table's resource fields). */
function resourceKindOf(use: TaskUse, field: string, rows: readonly IntegrationRow[]): Pick<Placeholder, "kind" | "service"> | undefined {
  if (use.resource === LAMBDA_INVOKE) return field === "FunctionName" ? { kind: "lambdaFunction" } : undefined;
  if (use.resource === START_EXECUTION && use.child) return field === "StateMachineArn" ? { kind: "childWorkflow" } : undefined;
  const row = rows.find((r) => r.resource === use.resource && Object.values(r.iam).some((grants) => grants?.some((g) => g.resources.some((res) => res.kind === "field" && res.field === field))));
  return row ? { kind: "serviceResource", service: row.service } : undefined;
}

/**
 * The placeholders of a workflow with what each stands for, sorted by name. A `${…}` string that
 * is not a whole alphanumeric placeholder, or that stands where no resource is named, is an
 * error: DefinitionSubstitutions would replace it at deployment, so the deployed workflow would
 * not do what the code says (the local run sees the text as written).
 */
export function placeholdersOf(uses: readonly ResourceUse[], rows: readonly IntegrationRow[]): { placeholders: Placeholder[]; diagnostics: Diagnostic[] } {
  const byName = new Map<string, Placeholder>();
  const diagnostics: Diagnostic[] = [];
  for (const use of uses) {
    if (use.kind !== "task") continue;
    for (const [field, value] of Object.entries(use.fields)) {
      if (value.kind === "malformed") {
        diagnostics.push(diagnosticAt(use.at, "invalidPlaceholder", { what: `${JSON.stringify(value.value)} in ${field || "the request"} of ${use.taskName}` }));
        continue;
      }
      if (value.kind !== "placeholder") continue;
      const resource = resourceKindOf(use, field, rows);
      if (!resource) {
        diagnostics.push(diagnosticAt(use.at, "placeholderNotAResource", { name: value.name, field, task: use.taskName }));
        continue;
      }
      const { kind } = resource;
      const placeholder: Placeholder = { name: value.name, kind, integration: use.resource, field, task: use.taskName, ...(use.child ? { workflow: use.child } : {}), ...(resource.service ? { service: resource.service } : {}) };
      const known = byName.get(value.name);
      if (known && (known.kind !== kind || known.service !== placeholder.service)) {
        diagnostics.push(diagnosticAt(use.at, "placeholderKindClash", { name: value.name, kind: placeholder.service ?? kind, other: known.service ?? known.kind }));
        continue;
      }
      if (!known) byName.set(value.name, placeholder);
    }
  }
  return { placeholders: [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)), diagnostics };
}

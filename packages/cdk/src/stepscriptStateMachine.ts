import { Annotations, Token } from "aws-cdk-lib";
import { DefinitionBody, StateMachine, StateMachineType, type StateMachineProps } from "aws-cdk-lib/aws-stepfunctions";
import type { Construct } from "constructs";
import { buildEntry, type BuiltWorkflow } from "./build.js";
import { checkSubstitutions } from "./substitutions.js";
import { resolvedStatements } from "./statements.js";

export interface StepscriptStateMachineProps
  extends Omit<StateMachineProps, "definition" | "definitionBody" | "definitionSubstitutions" | "stateMachineType" | "queryLanguage"> {
  /** The workflow file. */
  readonly entry: string;
  /** The workflow's name (`options.name`, else its export's name); default: the file's only workflow. */
  readonly workflow?: string;
  /** The tsconfig.json to compile with; default: the one nearest to `entry`. */
  readonly project?: string;
  /** A value for every placeholder of the workflow (see its manifest), and nothing else. */
  readonly substitutions?: Readonly<Record<string, string>>;
}

/**
 * A Step Functions state machine compiled from a Stepscript workflow at synth time: its
 * definition inlined in the template (no asset), its placeholders filled from `substitutions`,
 * and its role given exactly the statements of the workflow's generated policy. It is an
 * `aws_stepfunctions.StateMachine`, so grants, metrics and every other prop work as there.
 */
export class StepscriptStateMachine extends StateMachine {
  /** The workflow as built: its manifest (placeholders, children) and definition. */
  readonly workflow: BuiltWorkflow;

  constructor(scope: Construct, id: string, props: StepscriptStateMachineProps) {
    const { entry, workflow: wanted, project, substitutions = {}, ...rest } = props;
    const build = buildEntry(entry, project);
    const workflow = pick(build.workflows, wanted, entry);
    checkSubstitutions(workflow.manifest, substitutions);
    const self = rest.stateMachineName ?? workflow.manifest.stateMachineName;
    super(scope, id, {
      ...rest,
      ...(self !== undefined ? { stateMachineName: self } : {}),
      stateMachineType: workflow.manifest.type === "EXPRESS" ? StateMachineType.EXPRESS : StateMachineType.STANDARD,
      definitionBody: DefinitionBody.fromString(JSON.stringify(workflow.definition)),
      ...(Object.keys(substitutions).length > 0 ? { definitionSubstitutions: { ...substitutions } } : {}),
    });
    this.workflow = workflow;
    const name = self ?? (Token.isUnresolved(this.stateMachineName) ? workflow.manifest.name : this.stateMachineName);
    for (const statement of resolvedStatements(workflow.policy, workflow.manifest, substitutions, name)) this.addToRolePolicy(statement);
    if (build.warnings) Annotations.of(this).addWarningV2("@stepscript/cdk:buildWarnings", build.warnings);
  }
}

function pick(workflows: readonly BuiltWorkflow[], wanted: string | undefined, entry: string): BuiltWorkflow {
  const names = workflows.map((w) => w.manifest.name);
  if (wanted === undefined) {
    if (workflows.length === 1) return workflows[0];
    throw new Error(`stepscript: ${entry} declares ${workflows.length} workflows (${names.join(", ") || "none"}); say which with \`workflow\``);
  }
  const found = workflows.find((w) => w.manifest.name === wanted);
  if (!found) throw new Error(`stepscript: ${entry} has no workflow named ${wanted} (it has ${names.join(", ") || "none"})`);
  return found;
}

import { Token } from "aws-cdk-lib";
import type { Manifest } from "@stepscript/compiler";

const KINDS = new Set(["lambdaFunction", "childWorkflow", "serviceResource"]);
const ARN = /^arn:[\w-]+:[\w-]+:[a-z0-9-]*:(\d{12})?:.+$/;
const STATE_MACHINE_ARN = /^arn:[\w-]+:states:[a-z0-9-]+:\d{12}:stateMachine:[A-Za-z0-9_-]{1,80}$/;
const LAMBDA = /^(arn:[\w-]+:lambda:[a-z0-9-]+:\d{12}:function:)?[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9$_-]+)?$/;

/**
 * The substitutions must fill exactly the workflow's placeholders, each with a value of its kind:
 * a missing one would deploy a definition with `${…}` in it, an unused one is most likely a typo.
 * Tokens (another construct's ARN) are checked at deployment by CloudFormation; literal values here.
 */
export function checkSubstitutions(manifest: Manifest, substitutions: Readonly<Record<string, string>>): void {
  const problems: string[] = [];
  const expected = new Set(manifest.placeholders.map((p) => p.name));
  for (const placeholder of manifest.placeholders) {
    if (!KINDS.has(placeholder.kind)) problems.push(`the placeholder ${placeholder.name} is of a kind this version does not know (${placeholder.kind}); update @stepscript/cdk`);
    const value = substitutions[placeholder.name];
    if (value === undefined) {
      problems.push(`no value for the placeholder ${placeholder.name} (${describe(placeholder)})`);
      continue;
    }
    if (Token.isUnresolved(value)) continue;
    const problem = valueProblem(placeholder, value);
    if (problem) problems.push(`the value of ${placeholder.name} ${problem}: ${JSON.stringify(value)}`);
  }
  for (const name of Object.keys(substitutions)) {
    if (!expected.has(name)) problems.push(`${name} is not a placeholder of ${manifest.name} (its placeholders: ${[...expected].join(", ") || "none"})`);
  }
  if (problems.length > 0) throw new Error(`stepscript: the substitutions of ${manifest.name} do not match its placeholders:\n  ${problems.join("\n  ")}`);
}

function describe(placeholder: Manifest["placeholders"][number]): string {
  if (placeholder.kind === "childWorkflow") return `the ARN of the child workflow ${placeholder.workflow}`;
  if (placeholder.kind === "lambdaFunction") return `the Lambda function of ${placeholder.task}`;
  return `${placeholder.field} of ${placeholder.task}`;
}

function valueProblem(placeholder: Manifest["placeholders"][number], value: string): string | undefined {
  if (placeholder.kind === "childWorkflow") return STATE_MACHINE_ARN.test(value) ? undefined : "is not a state machine ARN";
  if (placeholder.kind === "lambdaFunction") return LAMBDA.test(value) ? undefined : "is not a Lambda function ARN or name";
  if (placeholder.field.endsWith("Arn")) return ARN.test(value) ? undefined : "is not an ARN";
  return undefined;
}

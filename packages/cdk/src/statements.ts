import { Aws, Fn, Token } from "aws-cdk-lib";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import type { Manifest, PolicyDocument } from "@stepscript/compiler";

const PSEUDO = { "AWS::Partition": Aws.PARTITION, "AWS::Region": Aws.REGION, "AWS::AccountId": Aws.ACCOUNT_ID } as const;

/**
 * The generated statements with every `${…}` filled: placeholders by the values given, values
 * derived from them (a child's name from its ARN) computed from those, pseudo parameters by the
 * stack's own. `self` replaces the state machine's own name where the policy names it.
 */
export function resolvedStatements(policy: PolicyDocument, manifest: Manifest, values: Readonly<Record<string, string>>, self: string): PolicyStatement[] {
  const all: Record<string, string> = { ...PSEUDO, ...values };
  for (const derived of manifest.derivedPlaceholders) all[derived.name] = derive(derived.part, values[derived.from]);
  return policy.Statement.map(
    (statement) =>
      new PolicyStatement({
        actions: statement.Action,
        resources: statement.Resource.map((resource) => fill(renamed(resource, manifest, self), all)),
        ...(statement.Condition ? { conditions: statement.Condition } : {}),
      }),
  );
}

function renamed(resource: string, manifest: Manifest, self: string): string {
  if (!manifest.stateMachineName || self === manifest.stateMachineName) return resource;
  const name = manifest.stateMachineName;
  return resource.replace(`:stateMachine:${name}`, `:stateMachine:${self}`).replace(`:execution:${name}/`, `:execution:${self}/`);
}

function fill(resource: string, values: Readonly<Record<string, string>>): string {
  const filled = resource.split(/(\$\{[A-Za-z0-9:]+\})/).map((part) => {
    const name = /^\$\{([A-Za-z0-9:]+)\}$/.exec(part)?.[1];
    return name === undefined ? part : values[name] ?? part;
  });
  const parts = filled.filter((part) => part !== "");
  if (parts.length === 1) return parts[0];
  return parts.some((part) => Token.isUnresolved(part)) ? Fn.join("", parts) : parts.join("");
}

function derive(part: string, from: string | undefined): string {
  if (from === undefined) throw new Error(`stepscript: a derived value has no placeholder to come from`);
  if (part === "stateMachineName") return Token.isUnresolved(from) ? Fn.select(6, Fn.split(":", from)) : from.split(":")[6];
  if (part === "sqsQueueArn") {
    if (!Token.isUnresolved(from)) {
      const [, , host, account, name] = from.split("/");
      return `arn:${Aws.PARTITION}:sqs:${host.split(".")[1]}:${account}:${name}`;
    }
    const segment = (i: number) => Fn.select(i, Fn.split("/", from));
    return Fn.join("", ["arn:", Aws.PARTITION, ":sqs:", Fn.select(1, Fn.split(".", segment(2))), ":", segment(3), ":", segment(4)]);
  }
  throw new Error(`stepscript: unknown derived value ${part}`);
}

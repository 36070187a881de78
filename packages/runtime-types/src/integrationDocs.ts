import type { IamGrant, IamResource, IntegrationPattern, IntegrationRow } from "./integrationTable.js";
import { integrationRows, resourceFor, stateMachineGrants } from "./integrationRows.js";

// docs/integrations.md, written from the rows by scripts/gen-integrations-docs.mjs; a test fails
// when the committed page differs from what the rows say. Not exported from the package.

const PATTERN_NAMES: Record<IntegrationPattern, string> = {
  requestResponse: "request-response",
  sync: "`.sync`",
  "sync:2": "`.sync:2`",
  waitForTaskToken: "`.waitForTaskToken`",
};

/** How a workflow reaches a row with each pattern. */
function callOf(row: IntegrationRow, pattern: IntegrationPattern): string {
  if (pattern === "waitForTaskToken") return `\`waitForTaskToken<R>((token) => ${row.key}({ … }))\``;
  if (pattern === row.defaultPattern) return `\`${row.key}(…)\``;
  return pattern === "sync:2" ? `\`${row.key}["sync:2"](…)\`` : `\`${row.key}.${pattern}(…)\``;
}

function resourceText(resource: IamResource): string {
  if (resource.kind === "arn") return `\`${resource.arn}\``;
  return `\`${resource.field}\` (${resource.form}; else \`${resource.pattern}\`)`;
}

function grantsText(grants: readonly IamGrant[]): string {
  return grants.map((grant) => `${grant.actions.map((action) => `\`${action}\``).join(", ")} on ${grant.resources.map(resourceText).join(", ")}`).join("<br>");
}

function serviceSection(service: string, rows: readonly IntegrationRow[]): string[] {
  const lines = [`## ${service}`, ""];
  for (const row of rows) {
    lines.push(`### \`${row.key}\``, "", row.summary, "");
    if (row.parameters) {
      lines.push(`Always sends ${Object.entries(row.parameters).map(([key, value]) => `\`${key}: ${JSON.stringify(value)}\``).join(", ")}.`, "");
    }
    lines.push("| pattern | call | Resource | IAM (execution role) |", "| --- | --- | --- | --- |");
    for (const pattern of row.patterns) {
      const name = pattern === row.defaultPattern ? `${PATTERN_NAMES[pattern]} (default)` : PATTERN_NAMES[pattern];
      lines.push(`| ${name} | ${callOf(row, pattern)} | \`${resourceFor(row, pattern)}\` | ${grantsText(row.iam[pattern] ?? [])} |`);
    }
    lines.push("");
  }
  return lines;
}

export function renderIntegrationsDocs(): string {
  const services = [...new Set(integrationRows.map((row) => row.service))];
  const lines = [
    "# Service integrations",
    "",
    "<!-- Generated from packages/runtime-types/src/integrationRows.ts by `node scripts/gen-integrations-docs.mjs`; do not edit. -->",
    "",
    "Every integration of `@stepscript/dsl` is a row of one table (`integrationRows` in",
    "`@stepscript/runtime-types`): its Task Resource, the integration patterns AWS documents for it,",
    "the pattern a plain call uses, and what the state machine's execution role needs for each pattern.",
    "The typed declarations, the compiler, the IAM policy and this page all read the rows.",
    "",
    "- A plain call uses the default pattern: `.sync` for job-style services (the call returns the",
    "  finished job, and a job that fails fails the task, so catch its error by name rather than testing",
    "  its status afterwards), `.sync:2` for `states.startExecution`, request-response otherwise.",
    "- Another pattern whose result is the service's is a property of the call: `glue.startJobRun.requestResponse(…)`",
    "  only starts the job; `states.startExecution.sync(…)` returns the child's output as a JSON string.",
    "- The callback pattern is `waitForTaskToken<R>((token) => integration({ …, token }))`: the result is",
    "  what the external system sends back with SendTaskSuccess, typed `R` (SS1451 without it), never the",
    "  service's response. Over a job-style service the callback form replaces `.sync`.",
    "- A pattern AWS does not support for the service (a callback over DynamoDB, `.sync` on an AWS SDK",
    "  integration) is the compile error SS1450 at the call or the resource.",
    "- EXPRESS workflows run only request-response (SS1303).",
    "",
    "In the IAM column, a resource named by a request field (`TableName (dynamodbTable; else …)`) is the",
    "ARN the field's value gives, in the form named; where the request gives no literal or placeholder",
    "value there, the policy uses the pattern after \"else\".",
    "",
    ...services.flatMap((service) => serviceSection(service, integrationRows.filter((row) => row.service === service))),
    "## The state machine itself",
    "",
    "Not Tasks, but features of the state machine that need the execution role too:",
    "",
    `- CloudWatch Logs (execution logging): ${grantsText(stateMachineGrants.logging)}`,
    `- X-Ray (tracing): ${grantsText(stateMachineGrants.tracing)}`,
    "",
  ];
  return lines.join("\n");
}

// Item 5 of issue 15: every option out of the range the ASL specification gives is a coded error
// at the option (never SS9001, "a bug in Stepscript"); values at the edges of each range compile.
import { describe, expect, it } from "vitest";
import { compile } from "../../src/index.js";
import { selectWritable } from "../../src/emit/select.js";
import { validateDefinition } from "../../src/emit/validate.js";
import { markersOf } from "../harness/markers.js";
import { DSL, useSources, where } from "./helpers.js";

const source = useSources("options");
const TASK = `const charge = lambda<{ n: number }, { id: string }>("arn:aws:lambda:us-east-1:123456789012:function:Charge");\n`;
const SLOW = `const slow = lambda<{ n: number }, { id: string }>("arn:aws:lambda:us-east-1:123456789012:function:Slow", { timeoutSeconds: 5 });\n`;

/** Bodies with one bad option each; `/*@SSnnnn*\/` marks where the error must be reported. */
const REFUSED: [string, string][] = [
  ["timeout 0", `return await charge({ n: 1 }, { timeoutSeconds: /*@SS1503*/0 });`],
  ["timeout fractional", `return await charge({ n: 1 }, { timeoutSeconds: /*@SS1503*/1.5 });`],
  ["timeout too long", `return await charge({ n: 1 }, { timeoutSeconds: /*@SS1503*/100000000 });`],
  ["heartbeat -1", `return await charge({ n: 1 }, { heartbeatSeconds: /*@SS1503*/-1 });`],
  ["heartbeat above timeout", `return await charge({ n: 1 }, { timeoutSeconds: 5, heartbeatSeconds: /*@SS1503*/6 });`],
  ["heartbeat at the task's default timeout", `return await slow({ n: 1 }, { heartbeatSeconds: /*@SS1503*/5 });`],
  ["maxAttempts -1", `return await charge({ n: 1 }, { retry: { maxAttempts: /*@SS1503*/-1 } });`],
  ["maxAttempts fractional", `return await charge({ n: 1 }, { retry: { maxAttempts: /*@SS1503*/2.5 } });`],
  ["intervalSeconds 0", `return await charge({ n: 1 }, { retry: { intervalSeconds: /*@SS1503*/0 } });`],
  ["backoffRate 0.5", `return await charge({ n: 1 }, { retry: [{ errors: ["X"] }, { backoffRate: /*@SS1503*/0.5 }] });`],
  ["maxDelaySeconds 0", `return await charge({ n: 1 }, { retry: { maxDelaySeconds: /*@SS1503*/0 } });`],
  ["maxDelaySeconds over a year", `return await charge({ n: 1 }, { retry: { maxDelaySeconds: /*@SS1503*/31622401 } });`],
  ["no errors", `return await charge({ n: 1 }, { retry: { errors: /*@SS1504*/[] } });`],
  ["States.ALL with another", `return await charge({ n: 1 }, { retry: { errors: /*@SS1504*/["States.ALL", "X"] } });`],
  ["States.ALL not last", `return await charge({ n: 1 }, { retry: [{ errors: /*@SS1504*/["States.ALL"] }, { errors: ["X"] }] });`],
  ["default retry first", `return await charge({ n: 1 }, { retry: [/*@SS1504*/{ maxAttempts: 1 }, { errors: ["X"] }] });`],
  ["wait -1", `await wait({ seconds: /*@SS1503*/-1 }); return {};`],
  ["wait fractional", `await wait({ seconds: /*@SS1503*/0.5 }); return {};`],
  ["maxConcurrency -1", `return await map(input.xs, (x) => charge({ n: x }), { maxConcurrency: /*@SS1253*/-1 });`],
  ["intervalSeconds too long", `return await charge({ n: 1 }, { retry: { intervalSeconds: /*@SS1503*/100000000 } });`],
  ["wait too long", `await wait({ seconds: /*@SS1503*/100000000 }); return {};`],
  ["maxConcurrency fractional", `return await map(input.xs, (x) => charge({ n: x }), { maxConcurrency: /*@SS1253*/1.5 });`],
  ["distributed maxConcurrency over 10,000", `return await distributedMap(input.xs, (x) => charge({ n: x }), { maxConcurrency: /*@SS1752*/10001 });`],
  ["toleratedFailurePercentage over 100", `return await distributedMap(input.xs, (x) => charge({ n: x }), { toleratedFailurePercentage: /*@SS1752*/101 });`],
  ["toleratedFailureCount -1", `return await distributedMap(input.xs, (x) => charge({ n: x }), { toleratedFailureCount: /*@SS1752*/-1 });`],
  ["batch.maxItems 0", `return await distributedMap(input.xs, (b) => charge({ n: 1 }), { batch: { maxItems: /*@SS1752*/0 } });`],
  ["waitForTaskToken heartbeat", `return await waitForTaskToken((token) => ask({ token }), { timeoutSeconds: 60, heartbeatSeconds: /*@SS1503*/60 });`],
];

const ACCEPTED: [string, string][] = [
  ["timeout 1 and the largest", `await charge({ n: 1 }, { timeoutSeconds: 1 }); return await charge({ n: 1 }, { timeoutSeconds: 99999999 });`],
  ["heartbeat just below timeout", `return await charge({ n: 1 }, { timeoutSeconds: 5, heartbeatSeconds: 4 });`],
  ["maxAttempts 0, interval 1, backoff 1, max delay a year", `return await charge({ n: 1 }, { retry: { maxAttempts: 0, intervalSeconds: 1, backoffRate: 1, maxDelaySeconds: 31622400 } });`],
  ["particular errors, then States.ALL last", `return await charge({ n: 1 }, { retry: [{ errors: ["X"] }, { errors: ["States.ALL"] }] });`],
  ["wait 0", `await wait({ seconds: 0 }); return {};`],
  ["maxConcurrency 0", `return await map(input.xs, (x) => charge({ n: x }), { maxConcurrency: 0 });`],
];

const HEADER = `${DSL}import { distributedMap, waitForTaskToken } from "@stepscript/dsl";\n${TASK}${SLOW}const ask = lambda<{ token: string }, { ok: boolean }>("arn:aws:lambda:us-east-1:123456789012:function:Ask");\n\n`;

function program(body: string): string {
  return `${HEADER}export const flow = workflow(async (input: { xs: number[] }) => {\n  ${body}\n});\n`;
}

describe("options out of range", () => {
  for (const [what, body] of REFUSED) {
    it(`are refused at the option: ${what}`, async () => {
      const text = program(body);
      const file = await source(`${what.replace(/\W+/g, "-")}.ts`, text);
      const { workflows, diagnostics } = compile({ files: [file] });
      expect(workflows).toEqual([]);
      expect(diagnostics.map(where)).toEqual(markersOf(file, text).map(where));
    });
  }
});

describe("options at the edges of their ranges", () => {
  for (const [what, body] of ACCEPTED) {
    it(`compile into definitions both validators accept: ${what}`, async () => {
      const file = await source(`ok-${what.replace(/\W+/g, "-")}.ts`, program(body));
      const result = compile({ files: [file] });
      expect(result.diagnostics).toEqual([]);
      const { writable, diagnostics } = await selectWritable(result, validateDefinition);
      expect(diagnostics).toEqual([]);
      expect(writable).toHaveLength(1);
    });
  }
});

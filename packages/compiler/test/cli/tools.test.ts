// `stepscript run` and `stepscript graph`: the bundled executable on the examples' real files.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const execute = promisify(execFile);
const repoRoot = resolve(import.meta.dirname, "../../../..");
const cli = join(repoRoot, "packages/compiler/dist/cli.js");
const ORDERS = "examples/order-processing/workflow.ts";
const ORDER_TASKS = "examples/order-processing/tasks.ts";
const PROJECT = ["--project", "examples/tsconfig.json"];
/** Each command starts the compiler in a fresh process: slow on a busy machine, so the tests wait long. */
const COMMANDS_MS = 300_000;

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function stepscript(...args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await execute(process.execPath, [cli, ...args], { cwd: repoRoot, env: { ...process.env, NO_COLOR: "1" } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const order = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({ orderId: "o-1", amount: 1200, customer: { email: "a@example.com", tier: "gold" }, ...overrides });

let scratch: string;
beforeAll(async () => {
  await execute("npm", ["run", "build"], { cwd: repoRoot });
  scratch = await mkdtemp(join(repoRoot, "examples", ".tools-test-"));
}, COMMANDS_MS);
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("stepscript run", () => {
  it("runs the compiled machine and prints the history with the TypeScript position of each state", async () => {
    const { code, stdout } = await stepscript("run", ORDERS, ...PROJECT, "--input", order(), "--tasks", ORDER_TASKS);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toMatch(/^ID +TYPE +STATE +ELAPSED +SOURCE$/);
    expect(lines[1]).toMatch(/^ 1 {2}ExecutionStarted +\d+ ms$/);
    expect(stdout).toMatch(/\n 2 {2}TaskStateEntered +validateOrder +\d+ ms {2}examples\/order-processing\/workflow\.ts:26:9\n/);
    expect(stdout).toMatch(/ChoiceStateEntered +If payment\.status === pending +\d+ ms {2}examples\/order-processing\/workflow\.ts:37:3\n/);
    // 1200 is over the stub's 500: the charge is pending, so the workflow waits (the wait is skipped locally).
    expect(stdout).toMatch(/WaitStateEntered +Wait 30s/);
    expect(stdout).toMatch(/ExecutionSucceeded +\d+ ms\n\noutput: \{"orderId":"o-1","chargeId":"ch-o-1","status":"pending"\}\n$/);
  }, COMMANDS_MS);

  it("prints a failure with its error, its cause and the code frame of the line that failed, and exits 1", async () => {
    const { code, stdout } = await stepscript("run", ORDERS, ...PROJECT, "--input", order({ orderId: " " }), "--tasks", ORDER_TASKS);
    expect(code).toBe(1);
    expect(stdout).toContain("FailStateEntered    Fail InvalidOrder");
    expect(stdout).toContain(
      [
        "failed: InvalidOrder",
        "cause: the order failed validation",
        'in state "Fail InvalidOrder" at examples/order-processing/workflow.ts:28:5',
        "  26 |   const check = await validateOrder(order);",
        "  27 |   if (!check.valid) {",
        '> 28 |     throw new WorkflowError("InvalidOrder", "the order failed validation");',
      ].join("\n"),
    );
  }, COMMANDS_MS);

  it("prints the history as get-execution-history does with --json", async () => {
    const { code, stdout } = await stepscript("run", ORDERS, ...PROJECT, "--input", order({ amount: 20 }), "--tasks", ORDER_TASKS, "--json");
    expect(code).toBe(0);
    const { events } = JSON.parse(stdout) as { events: Record<string, any>[] };
    expect(events.map((e) => e.id)).toEqual(events.map((_, i) => i + 1));
    expect(events[0]).toMatchObject({ type: "ExecutionStarted", previousEventId: 0, executionStartedEventDetails: { input: order({ amount: 20 }) } });
    expect(events.map((e) => e.type)).toEqual([
      "ExecutionStarted",
      "TaskStateEntered",
      "TaskScheduled",
      "TaskStarted",
      "TaskSucceeded",
      "TaskStateExited",
      "ChoiceStateEntered",
      "ChoiceStateExited",
      "TaskStateEntered",
      "TaskScheduled",
      "TaskStarted",
      "TaskSucceeded",
      "TaskStateExited",
      "ChoiceStateEntered",
      "ChoiceStateExited",
      "PassStateEntered",
      "PassStateExited",
      "ExecutionSucceeded",
    ]);
    expect(events[2]).toMatchObject({ taskScheduledEventDetails: { resourceType: "lambda", resource: "invoke" } });
    expect(events[1].stateEnteredEventDetails.name).toBe("validateOrder");
    expect(JSON.parse(events.at(-1)!.executionSucceededEventDetails.output)).toEqual({ orderId: "o-1", chargeId: "ch-o-1", status: "settled" });
    expect(Number.isNaN(Date.parse(events[0].timestamp))).toBe(false);
  }, COMMANDS_MS);

  it("runs child workflows of the project as nested executions", async () => {
    const input = JSON.stringify({ orderId: "x-1", address: "1 Main St", weightKg: 3 });
    const failed = await stepscript("run", "examples/parent-child/workflow.ts", ...PROJECT, "--input", input, "--tasks", "examples/parent-child/tasks.ts");
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('failed: States.TaskFailed\ncause: {"Status":"FAILED","Error":"OutOfStock","Cause":"order x-1 cannot be reserved"}');
    expect(failed.stdout).toContain('in state "reserve" at examples/parent-child/workflow.ts:10:9');
    const shipped = await stepscript("run", "examples/parent-child/workflow.ts", ...PROJECT, "--input", input.replace("x-1", "o-1"), "--tasks", "examples/parent-child/tasks.ts");
    expect(shipped.code).toBe(0);
    expect(shipped.stdout).toContain('output: {"orderId":"o-1","trackingId":"parcel-o-1","cost":6}');
  }, COMMANDS_MS);

  it("names a task the run reached without an implementation", async () => {
    const partial = join(scratch, "partial-tasks.mjs");
    await writeFile(partial, "export default { validateOrder: () => ({ valid: true }) };\n");
    const { code, stderr } = await stepscript("run", ORDERS, ...PROJECT, "--input", order(), "--tasks", partial);
    expect(code).toBe(1);
    expect(stderr).toBe(`error: no implementation for the task charge: add it to the default export of ${partial}\n`);
  }, COMMANDS_MS);

  it("reads the input from a file, and refuses input that is not JSON", async () => {
    const file = join(scratch, "input.json");
    await writeFile(file, order({ amount: 5 }));
    const fromFile = await stepscript("run", ORDERS, ...PROJECT, "--input", `@${file}`, "--tasks", ORDER_TASKS);
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout).toContain('"status":"settled"');
    const bad = await stepscript("run", ORDERS, ...PROJECT, "--input", "{orderId:", "--tasks", ORDER_TASKS);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: --input is not JSON: /);
  }, COMMANDS_MS);
});

describe("stepscript graph", () => {
  it("prints Mermaid by default and writes dot to --out", async () => {
    const mermaid = await stepscript("graph", ORDERS, ...PROJECT);
    expect(mermaid.code).toBe(0);
    expect(mermaid.stdout).toMatch(/^stateDiagram-v2\n {2}\[\*\] --> s0\n/);
    expect(mermaid.stdout).toContain("s1 --> s2 : !check.valid\n");
    const out = join(scratch, "orders.dot");
    const dot = await stepscript("graph", ORDERS, ...PROJECT, "--format", "dot", "--out", out);
    expect(dot.code).toBe(0);
    expect(dot.stdout).toMatch(/^wrote .*orders\.dot \(processOrder, dot\)\n$/);
    expect(await readFile(out, "utf8")).toMatch(/^digraph stateMachine \{\n/);
  }, COMMANDS_MS);

  it("asks which workflow when the file has several, and refuses an unknown one", async () => {
    const several = await stepscript("graph", "examples/parent-child/children.ts", ...PROJECT);
    expect(several.code).toBe(2);
    expect(several.stderr).toMatch(/has 2 workflows \(reserve, ship-order\): say which with --workflow NAME\n$/);
    const chosen = await stepscript("graph", "examples/parent-child/children.ts", ...PROJECT, "--workflow", "ship");
    expect(chosen.code).toBe(0);
    expect(chosen.stdout).toContain('state "quoteCarrier"');
    const unknown = await stepscript("graph", "examples/parent-child/children.ts", ...PROJECT, "--workflow", "nope");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no workflow named nope .*\(it has: reserve, ship-order\)\n$/);
  }, COMMANDS_MS);
});

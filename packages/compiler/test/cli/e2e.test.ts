// End-to-end: the bundled `stepscript` executable (dist/cli.js) on real workflow files, with the
// real compiler and validators. The project lives in a temporary folder inside the repo so that
// `@stepscript/dsl` resolves from the workspace's node_modules.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const compilerDir = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const repoRoot = resolve(compilerDir, "../..");
const cli = join(compilerDir, "dist", "cli.js");

const ORDER = `import { lambda, wait, workflow, WorkflowError } from "@stepscript/dsl";

interface Order { orderId: string; amount: number }
interface Check { valid: boolean; reason?: string }

const validateOrder = lambda<Order, Check>("arn:aws:lambda:us-east-1:123456789012:function:ValidateOrder");
const charge = lambda<{ orderId: string; amount: number }, { chargeId: string }>(
  "arn:aws:lambda:us-east-1:123456789012:function:Charge",
);

export const processOrder = workflow(async (order: Order) => {
  const check = await validateOrder(order);
  if (!check.valid) {
    throw new WorkflowError("InvalidOrder", "the order failed validation");
  }
  const payment = await charge({ orderId: order.orderId, amount: order.amount });
  await wait({ seconds: 3 });
  return { orderId: order.orderId, chargeId: payment.chargeId };
});
`;

// Line 7, column 3: an in-place mutation (SS1005).
const MUTATION = `import { lambda, workflow } from "@stepscript/dsl";

const charge = lambda<{ amount: number }, { chargeId: string }>("arn:aws:lambda:us-east-1:123456789012:function:Charge");

export const refund = workflow(async (order: { amount: number }) => {
  const copy = { amount: order.amount };
  copy.amount = 0;
  return await charge(copy);
});
`;

// Line 4, column 9: a TypeScript error (TS2322) in a workflow file.
const TYPE_ERROR = `import { workflow } from "@stepscript/dsl";

export const typo = workflow(async (input: { n: number }) => {
  const text: string = input.n;
  return { text };
});
`;

const NESTED = `import { workflow } from "@stepscript/dsl";

export const child = workflow(async (input: { id: string }) => {
  return { id: input.id };
});

export const parent = workflow(async (input: { id: string }) => {
  const result = await child(input);
  return { child: result.id };
});
`;

// Two errors: line 6, column 32 (SS1350, at the operator) and line 7, column 3 (SS1005).
const TWO_ERRORS = `import { lambda, workflow } from "@stepscript/dsl";

const charge = lambda<{ amount: number }, { chargeId: string }>("arn:aws:lambda:us-east-1:123456789012:function:Charge");

export const refund = workflow(async (order: { amount: number; items: string[] }) => {
  const doubled = order.amount * 2;
  order.items.push("refund");
  return await charge({ amount: doubled });
});
`;

const TSCONFIG = JSON.stringify({ extends: "../../tsconfig.base.json", include: ["src/**/*.ts"] }, null, 2);

let project: string;

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function stepscript(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], {
      cwd: project,
      env: { ...process.env, NO_COLOR: "1", STEPSCRIPT_DEBUG: "", ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout: string; stderr: string };
    if (typeof failed.code !== "number") throw error;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** A fresh project folder with the given files under src/. */
async function useProject(files: Record<string, string>): Promise<void> {
  await rm(join(project, "src"), { recursive: true, force: true });
  await rm(join(project, "dist"), { recursive: true, force: true });
  await mkdir(join(project, "src"), { recursive: true });
  await Promise.all(Object.entries(files).map(([name, text]) => writeFile(join(project, "src", name), text)));
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

beforeAll(async () => {
  await run(process.execPath, [join(compilerDir, "build.mjs")], { cwd: repoRoot });
  await mkdir(join(repoRoot, ".vitest-tmp"), { recursive: true });
  project = await mkdtemp(join(repoRoot, ".vitest-tmp", "cli-e2e-"));
  await writeFile(join(project, "tsconfig.json"), TSCONFIG);
}, 120_000);

afterAll(async () => {
  if (project) await rm(project, { recursive: true, force: true });
});

describe("the bundle", () => {
  it("is an executable ESM file with a node shebang that keeps third-party packages external", async () => {
    const text = await readFile(cli, "utf8");
    expect(text.startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect((await stat(cli)).mode & 0o111).not.toBe(0);
    expect(text).toMatch(/from "ts-morph"|import\("ts-morph"\)/);
    expect(text).not.toContain("class Project"); // ts-morph itself is not bundled
  });
});

describe("stepscript build", () => {
  it("writes dist/asl/<name>.asl.json, prints one line, exits 0, and is byte-identical from run to run", async () => {
    await useProject({ "order.ts": ORDER });
    const first = await stepscript(["build"]);
    expect(first).toMatchObject({ code: 0, stderr: "" });
    expect(first.stdout).toMatch(/^wrote dist\/asl\/processOrder\.asl\.json \(\d+ states?\)\nwrote dist\/asl\/processOrder\.policy\.json \(\d+ statements?\)\nwrote dist\/asl\/processOrder\.manifest\.json \(0 placeholders\)\n$/);
    const path = join(project, "dist", "asl", "processOrder.asl.json");
    const text = await readFile(path);
    const definition = JSON.parse(text.toString("utf8"));
    expect(definition.States[definition.StartAt]).toBeDefined();
    expect(text.toString("utf8").endsWith("}\n")).toBe(true);

    expect((await stepscript(["build"])).code).toBe(0);
    expect((await readFile(path)).equals(text)).toBe(true);
  });

  it("honours --out and named files", async () => {
    await useProject({ "order.ts": ORDER });
    const outcome = await stepscript(["build", "src/order.ts", "--out", "out"]);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toMatch(/^wrote out\/processOrder\.asl\.json \(\d+ states?\)\nwrote out\/processOrder\.policy\.json \(\d+ statements?\)\nwrote out\/processOrder\.manifest\.json \(0 placeholders\)\n$/);
    expect((await readdir(join(project, "out"))).sort()).toEqual(["processOrder.asl.json", "processOrder.manifest.json", "processOrder.map.json", "processOrder.policy.json"]);
    await rm(join(project, "out"), { recursive: true });
  });

  it("writes <name>.manifest.json naming the placeholder of a child workflow", async () => {
    await useProject({ "nested.ts": NESTED });
    const outcome = await stepscript(["build"]);
    expect(outcome.code).toBe(0);
    const manifest = JSON.parse(await readFile(join(project, "dist", "asl", "parent.manifest.json"), "utf8"));
    expect(manifest).toMatchObject({ name: "parent", type: "STANDARD", definition: "parent.asl.json", source: "../../src/nested.ts" });
    expect(manifest.placeholders).toEqual([
      { name: "childArn", kind: "childWorkflow", integration: "arn:aws:states:::states:startExecution", field: "StateMachineArn", task: "child", workflow: "child" },
    ]);
    expect(manifest.children).toEqual([{ name: "child", placeholder: "childArn" }]);
    const child = JSON.parse(await readFile(join(project, "dist", "asl", "child.manifest.json"), "utf8"));
    expect(child.placeholders).toEqual([]);
    expect(await exists(join(project, "dist", "asl", "parent.substitutions.json"))).toBe(false);
  });

  it("reports every error with its position and frame, writes the clean workflows only, and exits 1", async () => {
    await useProject({ "order.ts": ORDER, "refund.ts": MUTATION, "typo.ts": TYPE_ERROR });
    await mkdir(join(project, "dist", "asl"), { recursive: true });
    await writeFile(join(project, "dist", "asl", "refund.asl.json"), "previous build\n");

    const outcome = await stepscript(["build"]);

    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toMatch(/^wrote dist\/asl\/processOrder\.asl\.json/);
    expect(outcome.stdout).toContain("src/refund.ts:7:3 - error SS1005: ");
    expect(outcome.stdout).toContain("> 7 |   copy.amount = 0;\n");
    expect(outcome.stdout).toContain("src/typo.ts:4:9 - error TS2322: ");
    expect(outcome.stdout).toMatch(/Found \d+ errors in 2 files\.\n$/);
    expect(await readFile(join(project, "dist", "asl", "refund.asl.json"), "utf8")).toBe("previous build\n");
    expect((await readdir(join(project, "dist", "asl"))).sort()).toEqual(["processOrder.asl.json", "processOrder.manifest.json", "processOrder.map.json", "processOrder.policy.json", "refund.asl.json"]);
  });
});

describe("stepscript check", () => {
  it("exits 0 and writes nothing for clean workflows", async () => {
    await useProject({ "order.ts": ORDER });
    expect(await stepscript(["check"])).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(await exists(join(project, "dist"))).toBe(false);
  });

  it("prints diagnostics as JSON with --format json and exits 1", async () => {
    await useProject({ "refund.ts": MUTATION });
    const outcome = await stepscript(["check", "--format", "json"]);
    expect(outcome.code).toBe(1);
    const diagnostics = JSON.parse(outcome.stdout);
    expect(diagnostics).toContainEqual(expect.objectContaining({ file: "src/refund.ts", line: 7, column: 3, code: "SS1005" }));
    expect(await exists(join(project, "dist"))).toBe(false);
  });
});

describe("stepscript check --format json", () => {
  it("prints every diagnostic of a file as a sorted JSON array for tools, and nothing else", async () => {
    await useProject({ "refund.ts": TWO_ERRORS });
    const outcome = await stepscript(["check", "--format", "json"]);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toBe("");
    expect(JSON.parse(outcome.stdout)).toEqual([
      {
        file: "src/refund.ts",
        line: 6,
        column: 32,
        length: 1,
        code: "SS1350",
        severity: "error",
        message: "the operator `*` has no exact equivalent in the JSONPath query language",
        hint: "Compute it in a task; + and - of integers compile to States.MathAdd",
      },
      {
        file: "src/refund.ts",
        line: 7,
        column: 3,
        length: "order.items.push(\"refund\")".length,
        code: "SS1005",
        severity: "error",
        message: "`order.items.push(…)` changes a value in place, but values are copied between states",
        hint: "Build a new value instead, e.g. `x = { ...x, field: v }` or `xs = [...xs, v]`",
      },
    ]);
    expect(await exists(join(project, "dist"))).toBe(false);
  });

  it("prints [] for a clean project", async () => {
    await useProject({ "order.ts": ORDER });
    expect(await stepscript(["check", "--format", "json"])).toEqual({ code: 0, stdout: "[]\n", stderr: "" });
  });
});

describe("bad usage", () => {
  it("exits 2 with a one-line message for an unknown option, a missing tsconfig, a missing path", async () => {
    await useProject({ "order.ts": ORDER });
    const unknown = await stepscript(["build", "--frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^error: unknown option '--frobnicate'/);
    const tsconfig = await stepscript(["check", "--project", "nope.json"]);
    expect(tsconfig).toEqual({ code: 2, stdout: "", stderr: "error: tsconfig not found: nope.json\n" });
    const path = await stepscript(["build", "src/missing.ts"]);
    expect(path).toEqual({ code: 2, stdout: "", stderr: "error: no such file or folder: src/missing.ts\n" });
  });
});

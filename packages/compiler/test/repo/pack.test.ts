// The packages as users get them: `npm pack` of each workspace package, the tarballs installed
// with `typescript` into an empty folder outside this repository (no workspace, no path mapping),
// then `npx stepscript build` on a workflow that imports `@stepscript/dsl`.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTsserver } from "../../../ts-plugin/test/tsserver.js";

const exec = promisify(execFile);
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
const rootManifest = JSON.parse(await readFile(join(repoRoot, "package.json"), "utf8"));
const PACKAGES = ["@stepscript/runtime-types", "@stepscript/dsl", "@stepscript/compiler", "@stepscript/testing", "@stepscript/cdk", "@stepscript/ts-plugin"];
/** What each package's consumers load: its built module and declarations (the editor plugin: tsserver's CommonJS entry and its bundle). */
const SHIPPED: Record<string, string[]> = { "@stepscript/ts-plugin": ["index.cjs", "dist/plugin.mjs"] };
const cdkPackage = JSON.parse(await readFile(join(repoRoot, "packages", "cdk", "package.json"), "utf8"));
/** Each step starts TypeScript on a whole program in a fresh process: slow on a busy machine. */
const STEP_MS = 300_000;

const WORKFLOW = `import { lambda, workflow, WorkflowError, type Integer } from "@stepscript/dsl";

// \`Integer\` is found by its brand in the published declarations: \`items + 1\` is States.MathAdd.
interface Order { orderId: string; amount: number; items: Integer }

const validateOrder = lambda<Order, { valid: boolean }>("arn:aws:lambda:us-east-1:123456789012:function:ValidateOrder");

export const processOrder = workflow(async (order: Order) => {
  const check = await validateOrder(order);
  if (!check.valid) throw new WorkflowError("InvalidOrder", "the order failed validation");
  return { orderId: order.orderId, slots: order.items + 1 };
});
`;

const TASKS = `import { WorkflowError } from "@stepscript/dsl";
export default {
  validateOrder: (order: { orderId: string }) => {
    if (order.orderId === "boom") throw new WorkflowError("Validator.Down", "try later");
    return { valid: order.orderId !== "" };
  },
};
`;

const TSCONFIG = {
  compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, skipLibCheck: false, noEmit: true },
  include: ["workflows/**/*.ts"],
};

let project: string;
let tarballs: string[];

async function npm(args: string[], cwd: string): Promise<string> {
  const { stdout } = await exec("npm", args, { cwd, env: { ...process.env, npm_config_audit: "false", npm_config_fund: "false" }, maxBuffer: 64 << 20 });
  return stdout;
}

beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), "stepscript-pack-"));
  const packed = join(project, "tarballs");
  await mkdir(packed);
  const workspaces = PACKAGES.flatMap((name) => ["-w", name]);
  // prepack builds each package's dist/ first.
  const report = JSON.parse(await npm(["pack", ...workspaces, "--pack-destination", packed, "--json"], repoRoot)) as { filename: string; files: { path: string }[] }[];
  tarballs = report.map((entry) => join(packed, entry.filename));
  const app = join(project, "app");
  await mkdir(join(app, "workflows"), { recursive: true });
  await writeFile(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
  await writeFile(join(app, "tsconfig.json"), JSON.stringify(TSCONFIG));
  await writeFile(join(app, "workflows", "order.ts"), WORKFLOW);
  await writeFile(join(app, "workflows", "tasks.ts"), TASKS);
  await npm(["install", "--prefer-offline", "--no-audit", "--no-fund", ...tarballs, `typescript@${rootManifest.devDependencies.typescript}`, `aws-cdk-lib@${cdkPackage.devDependencies["aws-cdk-lib"]}`, `constructs@${cdkPackage.devDependencies.constructs}`], app);
}, 900_000);

afterAll(async () => {
  if (project) await rm(project, { recursive: true, force: true });
});

describe("the packed packages installed into an empty project", () => {
  it("ship their built JavaScript and declarations, not their sources", async () => {
    const listing = JSON.parse(await npm(["pack", "--dry-run", "--json", "--ignore-scripts", ...PACKAGES.flatMap((n) => ["-w", n])], repoRoot)) as { name: string; files: { path: string }[] }[];
    for (const entry of listing) {
      const paths = entry.files.map((f) => f.path);
      for (const shipped of SHIPPED[entry.name] ?? ["dist/index.js", "dist/index.d.ts"]) expect(paths, entry.name).toContain(shipped);
      expect(paths.filter((p) => p.startsWith("src/") || p.startsWith("test/")), entry.name).toEqual([]);
    }
  }, STEP_MS);

  it("npx stepscript build compiles a workflow that imports @stepscript/dsl", async () => {
    const app = join(project, "app");
    const { stdout } = await exec("npx", ["--no-install", "stepscript", "build", "workflows"], { cwd: app });
    expect(stdout).toContain("wrote dist/asl/processOrder.asl.json");
    const definition = JSON.parse(await readFile(join(app, "dist", "asl", "processOrder.asl.json"), "utf8"));
    const tasks = Object.values(definition.States as Record<string, { Type: string; Resource?: string; Parameters?: Record<string, unknown> }>).filter((s) => s.Type === "Task");
    expect(tasks.map((t) => [t.Resource, t.Parameters?.FunctionName])).toEqual([
      ["arn:aws:states:::lambda:invoke", "arn:aws:lambda:us-east-1:123456789012:function:ValidateOrder"],
    ]);
    expect(JSON.stringify(definition)).toContain('"Error":"InvalidOrder"');
    expect(JSON.stringify(definition)).toContain("States.MathAdd($$.Execution.Input.items, 1)");
    expect((await readdir(join(app, "dist", "asl"))).sort()).toContain("processOrder.asl.json");
  }, STEP_MS);

  it("npx stepscript run and graph work on the installed packages (a TypeScript tasks module, a thrown WorkflowError)", async () => {
    const app = join(project, "app");
    const run = (input: string) =>
      exec("npx", ["--no-install", "stepscript", "run", "workflows/order.ts", "--input", input, "--tasks", "workflows/tasks.ts"], { cwd: app }).then(
        (r) => ({ code: 0, stdout: r.stdout }),
        (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
      );
    const ok = await run('{"orderId":"o-1","amount":5,"items":2}');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/TaskStateEntered +validateOrder +\d+ ms {2}workflows\/order\.ts:9:9\n/);
    expect(ok.stdout).toContain('output: {"orderId":"o-1","slots":3}');
    const failed = await run('{"orderId":"boom","amount":5,"items":2}');
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain("failed: Validator.Down\ncause: try later");
    const { stdout } = await exec("npx", ["--no-install", "stepscript", "graph", "workflows/order.ts"], { cwd: app });
    expect(stdout).toContain("s1 --> s2 : !check.valid");
    expect((await readdir(join(app, "workflows"))).filter((f) => f.includes(".stepscript-"))).toEqual([]);
  }, STEP_MS);

  it("stepscript explain reads a run's history back through the source map the build wrote", async () => {
    const app = join(project, "app");
    const history = await exec("npx", ["--no-install", "stepscript", "run", "workflows/order.ts", "--input", '{"orderId":"","amount":5,"items":2}', "--tasks", "workflows/tasks.ts", "--json"], { cwd: app }).catch((e: { stdout: string }) => e);
    await writeFile(join(app, "history.json"), history.stdout);
    await exec("npx", ["--no-install", "stepscript", "build", "workflows"], { cwd: app });
    const explained = await exec("npx", ["--no-install", "stepscript", "explain", "history.json"], { cwd: app }).catch((e: { code: number; stdout: string }) => e);
    expect((explained as { code?: number }).code).toBe(1);
    expect(explained.stdout).toContain("failed: InvalidOrder");
    expect(explained.stdout).toMatch(/Fail InvalidOrder +workflows\/order\.ts:10:\d+ +if \(!check\.valid\) throw new WorkflowError/);
  }, STEP_MS);

  it("@stepscript/ts-plugin gives tsserver the SS diagnostics of a workflow file", async () => {
    const app = join(project, "app");
    const editor = join(app, "editor");
    await mkdir(editor, { recursive: true });
    await writeFile(join(editor, "tsconfig.json"), JSON.stringify({ compilerOptions: { ...TSCONFIG.compilerOptions, plugins: [{ name: "@stepscript/ts-plugin" }] }, include: ["*.ts"] }));
    const file = join(editor, "mutation.ts");
    const text = WORKFLOW.replace("  const check = await validateOrder(order);", "  const copy = { ...order };\n  copy.amount = 0;\n  const check = await validateOrder(copy);");
    await writeFile(file, text);
    const server = startTsserver(join(app, "node_modules", "typescript", "lib", "tsserver.js"), editor);
    try {
      server.notify("open", { file, fileContent: text, projectRootPath: editor });
      const diagnostics = await server.request("semanticDiagnosticsSync", { file, includeLinePosition: true });
      expect(diagnostics.map((d: { code: number; startLocation: { line: number } }) => [d.code, d.startLocation.line])).toEqual([[1005, 10]]);
      expect(diagnostics[0].message).toMatch(/^SS1005: /);
    } finally {
      server.stop();
    }
  }, STEP_MS);

  it("the workflow type-checks with tsc against the published declarations", async () => {
    await exec("npx", ["--no-install", "tsc", "-p", "tsconfig.json"], { cwd: join(project, "app") });
  }, STEP_MS);

  it("the packages load in plain Node: the DSL runs the workflow locally, the compiler is a library, the testing package loads", async () => {
    const script = `
      const dsl = await import("@stepscript/dsl");
      const { compile } = await import("@stepscript/compiler");
      const { runOnEngine } = await import("@stepscript/testing");
      const ok = dsl.workflow(async (input) => ({ doubled: input.n + input.n }));
      const result = compile({ project: "tsconfig.json" });
      console.log(JSON.stringify({ local: await ok.run({ n: 2 }), workflows: result.workflows.map((w) => w.name), diagnostics: result.diagnostics.length, testing: typeof runOnEngine }));
    `;
    const { stdout } = await exec(process.execPath, ["--input-type=module", "-e", script], { cwd: join(project, "app") });
    expect(JSON.parse(stdout)).toEqual({ local: { doubled: 4 }, workflows: ["processOrder"], diagnostics: 0, testing: "function" });
  }, STEP_MS);

  it("@stepscript/cdk synthesizes the workflow into a stack, compiling it with the installed command", async () => {
    const script = `
      const { App, Stack } = await import("aws-cdk-lib");
      const { Template } = await import("aws-cdk-lib/assertions");
      const { StepscriptStateMachine } = await import("@stepscript/cdk");
      const stack = new Stack(new App(), "App");
      new StepscriptStateMachine(stack, "Order", { entry: "workflows/order.ts" });
      const template = Template.fromStack(stack).toJSON();
      const policies = Object.values(template.Resources).filter((r) => r.Type === "AWS::IAM::Policy");
      console.log(JSON.stringify({ machines: Object.values(template.Resources).filter((r) => r.Type === "AWS::StepFunctions::StateMachine").length, actions: policies.flatMap((p) => p.Properties.PolicyDocument.Statement.map((s) => s.Action)) }));
    `;
    const { stdout } = await exec(process.execPath, ["--input-type=module", "-e", script], { cwd: join(project, "app") });
    expect(JSON.parse(stdout)).toEqual({ machines: 1, actions: ["lambda:InvokeFunction"] });
  }, STEP_MS);
});

// Item 9 of issue 15: workflows that used to be skipped in silence, and builds that found nothing.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/program.js";
import { loadDeps } from "../../src/cli/io.js";
import { compile } from "../../src/index.js";
import { captureIo } from "../cli/fakes.js";
import { DSL, useSources, where } from "./helpers.js";

const source = useSources("discovery");

describe("which workflows a file declares", () => {
  it("names `export default workflow(…)` after its file", async () => {
    const file = await source("nightly-report.ts", `${DSL}export default workflow(async () => ({ ok: true }));\n`);
    const { workflows, diagnostics } = compile({ files: [file] });
    expect(diagnostics).toEqual([]);
    expect(workflows.map((w) => [w.name, w.exportName])).toEqual([["nightly-report", "default"]]);
  });

  it("names a default export by its options when they give a name", async () => {
    const file = await source("any.name.ts", `${DSL}export default workflow({ name: "Given" }, async () => ({ ok: true }));\n`);
    expect(compile({ files: [file] }).workflows.map((w) => w.name)).toEqual(["Given"]);
  });

  it("refuses a default export whose file name is not a state machine name, at the export", async () => {
    const file = await source("order.flow.ts", `${DSL}\nexport default workflow(async () => ({ ok: true }));\n`);
    const { workflows, diagnostics } = compile({ files: [file] });
    expect(workflows).toEqual([]);
    expect(diagnostics.map(where)).toEqual(["order.flow.ts:3:1 SS2001"]);
    expect(diagnostics[0].message).toContain('"order.flow"');
    expect(diagnostics[0].message).toContain("give it options.name");
  });

  it("names a const exported as default (or under another name) by the name it is exported under", async () => {
    const file = await source("reexports.ts", `${DSL}const a = workflow(async () => ({ a: 1 }));\nconst b = workflow(async () => ({ b: 1 }));\nexport default a;\nexport { b as renamed };\n`);
    const { workflows, diagnostics } = compile({ files: [file] });
    expect(diagnostics).toEqual([]);
    expect(workflows.map((w) => [w.name, w.exportName]).sort()).toEqual([["a", "default"], ["b", "renamed"]]);
  });

  it("builds a workflow once, from the file that declares it, when another file re-exports it", async () => {
    const declares = await source("re/declares.ts", `${DSL}export const one = workflow(async () => ({ one: 1 }));\n`);
    const reexports = await source("re/index.ts", `export { one } from "./declares.js";\n`);
    const { workflows, diagnostics } = compile({ files: [declares, reexports] });
    expect(diagnostics).toEqual([]);
    expect(workflows.map((w) => [w.name, path.basename(w.file)])).toEqual([["one", "declares.ts"]]);
  });

  it("warns on a workflow that is not exported, and still builds the exported ones", async () => {
    const file = await source("hidden.ts", `${DSL}const hidden = workflow(async () => ({}));\nexport const shown = workflow(async () => ({}));\n`);
    const { workflows, diagnostics } = compile({ files: [file] });
    expect(workflows.map((w) => w.name)).toEqual(["shown"]);
    expect(diagnostics.map(where)).toEqual(["hidden.ts:2:7 SS1500"]);
    expect(diagnostics[0].severity).toBe("warning");
  });

  it("refuses `export let` and `export var` workflows at the keyword", async () => {
    const file = await source("lets.ts", `${DSL}export let a = workflow(async () => ({}));\nexport var b = workflow(async () => ({}));\n`);
    const { workflows, diagnostics } = compile({ files: [file] });
    expect(workflows).toEqual([]);
    expect(diagnostics.map(where)).toEqual(["lets.ts:2:8 SS1009", "lets.ts:3:8 SS1009"]);
    expect(diagnostics[0].message).toContain("declared with `let`");
  });
});

describe("the command with warnings and with nothing to build", () => {
  it("prints a warning as `warning SSnnnn`, writes the workflow and exits 0", async () => {
    const file = await source("warned/flow.ts", `${DSL}const hidden = workflow(async () => ({}));\nexport const shown = workflow(async () => ({}));\n`);
    const dir = path.dirname(file);
    const io = captureIo(dir);
    expect(await run(["build", "flow.ts"], io, loadDeps)).toBe(0);
    expect(io.out()).toContain("flow.ts:2:7 - warning SS1500: the workflow `hidden` is not exported, so it is not built\n");
    expect(io.out()).toContain("Found 1 warning in 1 file.\n");
    expect(await readdir(path.join(dir, "dist", "asl"))).toContain("shown.asl.json");
  });

  it("gives a warning its severity in `check --format json`, and errors theirs", async () => {
    const file = await source("json/flow.ts", `${DSL}const hidden = workflow(async () => ({}));\nexport let shown = workflow(async () => ({}));\n`);
    const io = captureIo(path.dirname(file));
    expect(await run(["check", "flow.ts", "--format", "json"], io, loadDeps)).toBe(1);
    const reported = JSON.parse(io.out()) as { code: string; severity: string; line: number }[];
    expect(reported.map((d) => [d.line, d.code, d.severity])).toEqual([[2, "SS1500", "warning"], [3, "SS1009", "error"]]);
  });

  it("says so and exits 1 when it finds no workflow, and exits 0 with --allow-empty", async () => {
    const file = await source("empty/flow.ts", `${DSL}export const notAWorkflow = 1;\n`);
    const dir = path.dirname(file);
    const io = captureIo(dir);
    expect(await run(["build", "flow.ts"], io, loadDeps)).toBe(1);
    expect(io.out()).toMatch(/^no workflows found .*--allow-empty/);
    const allowed = captureIo(dir);
    expect(await run(["build", "flow.ts", "--allow-empty"], allowed, loadDeps)).toBe(0);
    expect(allowed.out()).toBe("no workflows found\n");
    expect(await run(["check", "flow.ts"], captureIo(dir), loadDeps)).toBe(1);
    expect(await run(["check", "flow.ts", "--allow-empty"], captureIo(dir), loadDeps)).toBe(0);
  });

  it("writes neither of two workflows from two files that share a name (item 7)", async () => {
    const first = await source("clash/a.ts", `${DSL}export const orders = workflow(async () => ({ a: 1 }));\n`);
    await source("clash/b.ts", `${DSL}export const other = workflow({ name: "orders" }, async () => ({ b: 1 }));\n`);
    await source("clash/c.ts", `${DSL}export const fine = workflow(async () => ({ c: 1 }));\n`);
    const dir = path.dirname(first);
    const io = captureIo(dir);
    expect(await run(["build", "a.ts", "b.ts", "c.ts"], io, loadDeps)).toBe(1);
    expect(io.out()).toContain("a.ts:2:14 - error SS2001");
    expect(io.out()).toContain("b.ts:2:14 - error SS2001");
    const written = await readdir(path.join(dir, "dist", "asl"));
    expect(written).toContain("fine.asl.json");
    expect(written.filter((f) => f.startsWith("orders"))).toEqual([]);
  });

  it("counts a file with only a hidden workflow as finding nothing", async () => {
    const file = await source("onlyhidden/flow.ts", `${DSL}const hidden = workflow(async () => ({}));\n`);
    const io = captureIo(path.dirname(file));
    expect(await run(["build", "flow.ts"], io, loadDeps)).toBe(1);
    expect(io.out()).toMatch(/^no workflows found /);
    expect(io.out()).toContain("warning SS1500");
  });
});

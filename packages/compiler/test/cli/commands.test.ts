import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/program.js";
import type { CompileResult } from "../../src/types.js";
import { diagnosticIn, useTempDir, workflowOf } from "../emit/helpers.js";
import { captureIo, fakeDeps } from "./fakes.js";

const tempDir = useTempDir();

async function project(): Promise<string> {
  const dir = await tempDir();
  await writeFile(join(dir, "tsconfig.json"), "{}\n");
  await writeFile(join(dir, "flow.ts"), "export const good = 1;\nexport const bad = 2;\n");
  return dir;
}

describe("build", () => {
  it("writes dist/asl/<name>.asl.json, prints one line per file, exits 0", async () => {
    const dir = await project();
    const io = captureIo(dir);
    const result: CompileResult = {
      workflows: [workflowOf("good", join(dir, "flow.ts"), { substitutions: ["ChildArn"] })],
      diagnostics: [],
    };
    expect(await run(["build"], io, fakeDeps(result).load)).toBe(0);
    expect(io.out()).toBe(
      "wrote dist/asl/good.asl.json (1 state)\nwrote dist/asl/good.policy.json (0 statements)\nwrote dist/asl/good.manifest.json (0 placeholders)\n",
    );
    expect(io.err()).toBe("");
    expect(JSON.parse(await readFile(join(dir, "dist", "asl", "good.asl.json"), "utf8"))).toEqual(result.workflows[0].definition);
  });

  it("honours --out", async () => {
    const dir = await project();
    const io = captureIo(dir);
    const result = { workflows: [workflowOf("good", join(dir, "flow.ts"))], diagnostics: [] };
    expect(await run(["build", "--out", "out/machines"], io, fakeDeps(result).load)).toBe(0);
    expect((await readdir(join(dir, "out", "machines"))).sort()).toEqual(["good.asl.json", "good.manifest.json", "good.policy.json"]);
  });

  it("reports every diagnostic with its frame and a summary, writes the clean workflows only, exits 1", async () => {
    const dir = await project();
    await writeFile(join(dir, "other.ts"), "export const good = 1;\n");
    const io = captureIo(dir);
    const result: CompileResult = {
      workflows: [workflowOf("bad", join(dir, "flow.ts")), workflowOf("good", join(dir, "other.ts"))],
      diagnostics: [diagnosticIn(join(dir, "flow.ts"), 1), diagnosticIn(join(dir, "flow.ts"), 2)],
    };
    expect(await run(["build"], io, fakeDeps(result).load)).toBe(1);
    expect(io.out()).toBe(
      [
        "wrote dist/asl/good.asl.json (1 state)",
        "wrote dist/asl/good.policy.json (0 statements)",
        "wrote dist/asl/good.manifest.json (0 placeholders)",
        "flow.ts:1:1 - error SS1002: something is wrong",
        "",
        "> 1 | export const good = 1;",
        "    | ^",
        "  2 | export const bad = 2;",
        "  3 |",
        "",
        "flow.ts:2:1 - error SS1002: something is wrong",
        "",
        "  1 | export const good = 1;",
        "> 2 | export const bad = 2;",
        "    | ^",
        "  3 |",
        "",
        "Found 2 errors in 1 file.",
        "",
      ].join("\n"),
    );
    expect((await readdir(join(dir, "dist", "asl"))).sort()).toEqual(["good.asl.json", "good.manifest.json", "good.policy.json"]);
  });

  it("reports a definition the validator rejects as SS9001 and exits 1", async () => {
    const dir = await project();
    const io = captureIo(dir);
    const result = { workflows: [workflowOf("good", join(dir, "flow.ts"))], diagnostics: [] };
    expect(await run(["build"], io, fakeDeps(result, ["no End"]).load)).toBe(1);
    expect(io.out()).toMatch(/^flow\.ts:1:14 - error SS9001: the compiler produced a definition Step Functions would reject: good: no End\n/);
    expect(await readdir(dir)).not.toContain("dist");
  });

  it("says so and exits 1 when it finds no workflow, 0 with --allow-empty", async () => {
    const dir = await project();
    const io = captureIo(dir);
    expect(await run(["build"], io, fakeDeps({ workflows: [], diagnostics: [] }).load)).toBe(1);
    expect(io.out()).toBe("no workflows found (a workflow is `export const name = workflow(…)`); pass --allow-empty if none is expected\n");
    const allowed = captureIo(dir);
    expect(await run(["build", "--allow-empty"], allowed, fakeDeps({ workflows: [], diagnostics: [] }).load)).toBe(0);
    expect(allowed.out()).toBe("no workflows found\n");
  });

  it("prints warnings, still writes their workflows and exits 0", async () => {
    const dir = await project();
    const io = captureIo(dir);
    const warning = { ...diagnosticIn(join(dir, "flow.ts"), 2), code: "SS1500", severity: "warning" as const };
    const result = { workflows: [workflowOf("good", join(dir, "flow.ts"))], diagnostics: [warning] };
    expect(await run(["build"], io, fakeDeps(result).load)).toBe(0);
    expect(io.out()).toMatch(/^wrote dist\/asl\/good\.asl\.json \(1 state\)\nwrote dist\/asl\/good\.policy\.json \(\d+ statements?\)\nwrote dist\/asl\/good\.manifest\.json \(0 placeholders\)\nflow\.ts:2:1 - warning SS1500: something is wrong\n/);
    expect(io.out()).toContain("Found 1 warning in 1 file.\n");
  });

  it("reports a file it cannot write and exits 1", async () => {
    const dir = await project();
    await writeFile(join(dir, "dist"), "a file where the out folder should be\n");
    const io = captureIo(dir);
    const result = { workflows: [workflowOf("good", join(dir, "flow.ts"))], diagnostics: [] };
    expect(await run(["build"], io, fakeDeps(result).load)).toBe(1);
    expect(io.err()).toMatch(/^error: cannot write dist\/asl: /);
  });
});

describe("check", () => {
  it("compiles and validates, writes nothing, exits 0 quietly when clean", async () => {
    const dir = await project();
    const io = captureIo(dir);
    const result = { workflows: [workflowOf("good", join(dir, "flow.ts"))], diagnostics: [] };
    expect(await run(["check"], io, fakeDeps(result).load)).toBe(0);
    expect(io.out()).toBe("");
    expect(await readdir(dir)).toEqual(["flow.ts", "tsconfig.json"]);
  });

  it("--format json prints the diagnostics as an array for tools and exits 1", async () => {
    const dir = await project();
    const io = captureIo(dir);
    const result = { workflows: [workflowOf("good", join(dir, "flow.ts"))], diagnostics: [diagnosticIn(join(dir, "flow.ts"), 2)] };
    expect(await run(["check", "--format", "json"], io, fakeDeps(result).load)).toBe(1);
    expect(JSON.parse(io.out())).toEqual([
      { file: "flow.ts", line: 2, column: 1, length: 1, code: "SS1002", severity: "error", message: "something is wrong" },
    ]);
    expect(await readdir(dir)).toEqual(["flow.ts", "tsconfig.json"]);
  });

  it("--format json prints [] when clean", async () => {
    const dir = await project();
    const io = captureIo(dir);
    const result = { workflows: [workflowOf("good", join(dir, "flow.ts"))], diagnostics: [] };
    expect(await run(["check", "--format", "json"], io, fakeDeps(result).load)).toBe(0);
    expect(io.out()).toBe("[]\n");
  });
});

describe("an unexpected exception", () => {
  const crash = () => {
    throw new TypeError("cannot read properties of undefined");
  };

  it("is reported as an internal error, without a stack, with exit status 1", async () => {
    const dir = await project();
    const io = captureIo(dir);
    expect(await run(["build"], io, fakeDeps(crash).load)).toBe(1);
    expect(io.err()).toBe(
      "error: internal error in stepscript: cannot read properties of undefined\n" +
        "This is a bug in Stepscript; please report it. Set STEPSCRIPT_DEBUG=1 to see the stack.\n",
    );
  });

  it("shows its stack with STEPSCRIPT_DEBUG", async () => {
    const dir = await project();
    const io = captureIo(dir, { STEPSCRIPT_DEBUG: "1" });
    expect(await run(["check"], io, fakeDeps(crash).load)).toBe(1);
    expect(io.err()).toMatch(/^error: internal error in stepscript: cannot read properties of undefined\nTypeError: .*\n\s+at /);
  });
});

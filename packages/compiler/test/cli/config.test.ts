// The project config: the `stepscript` field of package.json says what `build` and `check` compile
// when no paths are named, with which tsconfig, and where `build` writes.
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseProjectConfig } from "../../src/cli/config.js";
import { run } from "../../src/cli/program.js";
import { useTempDir, workflowOf } from "../emit/helpers.js";
import { captureIo, fakeDeps, unloadable } from "./fakes.js";

const tempDir = useTempDir();
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");

async function projectWith(stepscript: unknown): Promise<string> {
  const dir = await tempDir();
  await writeFile(join(dir, "package.json"), JSON.stringify({ name: "app", stepscript }));
  await mkdir(join(dir, "workflows"));
  await mkdir(join(dir, "config"));
  await writeFile(join(dir, "workflows", "flow.ts"), "export {};\n");
  await writeFile(join(dir, "config", "tsconfig.json"), "{}\n");
  await writeFile(join(dir, "tsconfig.json"), "{}\n");
  return dir;
}

describe("the stepscript field of package.json", () => {
  it("names what build compiles, with which tsconfig, and where it writes", async () => {
    const dir = await projectWith({ workflows: ["workflows"], project: "config/tsconfig.json", out: "out/sfn" });
    const deps = fakeDeps({ workflows: [workflowOf("flow", join(dir, "workflows", "flow.ts"))], diagnostics: [] });
    const io = captureIo(dir);
    expect(await run(["build"], io, deps.load)).toBe(0);
    expect(deps.calls).toEqual([{ project: join(dir, "config", "tsconfig.json"), files: [join(dir, "workflows")] }]);
    expect(io.out()).toBe("wrote out/sfn/flow.asl.json (1 state)\nwrote out/sfn/flow.policy.json (0 statements)\nwrote out/sfn/flow.manifest.json (0 placeholders)\n");
    expect((await readdir(join(dir, "out", "sfn"))).sort()).toEqual(["flow.asl.json", "flow.manifest.json", "flow.policy.json"]);
  });

  it("gives way to what the command line says", async () => {
    const dir = await projectWith({ workflows: ["workflows"], project: "config/tsconfig.json", out: "out/sfn" });
    const deps = fakeDeps({ workflows: [], diagnostics: [] });
    expect(await run(["check", "workflows/flow.ts", "--project", "tsconfig.json", "--allow-empty"], captureIo(dir), deps.load)).toBe(0);
    expect(await run(["build", "--out", "elsewhere", "--allow-empty"], captureIo(dir), deps.load)).toBe(0);
    expect(deps.calls).toEqual([
      { project: join(dir, "tsconfig.json"), files: [join(dir, "workflows", "flow.ts")] },
      { project: join(dir, "config", "tsconfig.json"), files: [join(dir, "workflows")] },
    ]);
  });

  it("is optional: without it the tsconfig's files are compiled", async () => {
    const dir = await projectWith(undefined);
    const deps = fakeDeps({ workflows: [], diagnostics: [] });
    expect(await run(["check", "--allow-empty"], captureIo(dir), deps.load)).toBe(0);
    expect(deps.calls).toEqual([{ project: join(dir, "tsconfig.json"), files: undefined }]);
  });

  it("at this repository's root names the examples only", async () => {
    const deps = fakeDeps({ workflows: [], diagnostics: [] });
    expect(await run(["check", "--allow-empty"], captureIo(repoRoot), deps.load)).toBe(0);
    expect(deps.calls).toEqual([{ project: join(repoRoot, "examples", "tsconfig.json"), files: [join(repoRoot, "examples")] }]);
  });

  it("is a usage error (exit 2, nothing compiled) when it is malformed or names what does not exist", async () => {
    const cases: [unknown, string][] = [
      [["workflows"], 'error: the "stepscript" field of package.json must be an object such as { "workflows": ["workflows"] }\n'],
      [{ workflow: ["workflows"] }, 'error: unknown field "stepscript.workflow" in package.json; the fields are workflows, project, out\n'],
      [{ workflows: "workflows" }, 'error: "stepscript.workflows" in package.json must be a non-empty array of file or folder paths\n'],
      [{ workflows: [] }, 'error: "stepscript.workflows" in package.json must be a non-empty array of file or folder paths\n'],
      [{ out: 3 }, 'error: "stepscript.out" in package.json must be a path\n'],
      [{ workflows: ["flows"] }, "error: no such file or folder: flows\n"],
      [{ project: "nope.json" }, "error: tsconfig not found: nope.json\n"],
    ];
    for (const [field, message] of cases) {
      const io = captureIo(await projectWith(field));
      expect(await run(["build"], io, unloadable)).toBe(2);
      expect(io.err()).toBe(message);
    }
  });

  it("accepts exactly the documented fields", () => {
    expect(parseProjectConfig({})).toEqual({});
    expect(parseProjectConfig({ workflows: ["a", "b.ts"], project: "t.json", out: "o" })).toEqual({ workflows: ["a", "b.ts"], project: "t.json", out: "o" });
  });
});

import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isIgnored, isWatchedFile, triggersRebuild, watchRoots } from "../../src/cli/watch.js";
import { wouldCompile } from "../../src/discover/project.js";
import { run } from "../../src/cli/program.js";
import type { CompileResult } from "../../src/types.js";
import { useTempDir, workflowOf } from "../emit/helpers.js";
import { captureIo, fakeDeps } from "./fakes.js";

const tempDir = useTempDir();

async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("build --watch", () => {
  it("builds, rebuilds when a .ts file changes, ignores its own output, and stops when asked", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "tsconfig.json"), "{}\n");
    await mkdir(join(dir, "src"));
    await writeFile(join(dir, "src", "flow.ts"), "export const flow = 1;\n");
    let version = 0;
    const deps = fakeDeps((): CompileResult => {
      version += 1;
      return { workflows: [workflowOf("flow", join(dir, "src", "flow.ts"), { definition: { StartAt: `v${version}`, States: {} } })], diagnostics: [] };
    });
    const stop = new AbortController();
    const io = captureIo(dir, {}, stop.signal);

    const status = run(["build", "--watch"], io, deps.load);
    await until(() => io.out().includes("Watching for changes."), "the first build");
    expect(io.out()).toMatch(/^wrote dist\/asl\/flow\.asl\.json \(0 states\)\nwrote dist\/asl\/flow\.policy\.json \(\d+ statements?\)\nwrote dist\/asl\/flow\.manifest\.json \(0 placeholders\)\nFound 0 errors \(built in \d+ ms\)\. Watching for changes\.\n$/);
    // Give chokidar time to be ready before the change.
    await new Promise((resolve) => setTimeout(resolve, 500));

    await writeFile(join(dir, "src", "notes.md"), "not TypeScript\n");
    await writeFile(join(dir, "src", "flow.ts"), "export const flow = 2;\n");
    await until(() => deps.calls.length === 2, "the rebuild");
    await until(() => io.out().split("Watching for changes.").length === 3, "the rebuild's report");
    expect(io.out()).toContain("\nrebuilding after a change in src/flow.ts\nwrote dist/asl/flow.asl.json (0 states)\nwrote dist/asl/flow.policy.json (0 statements)\nwrote dist/asl/flow.manifest.json (0 placeholders)\n");
    expect(io.out()).toMatch(/\nFound 0 errors \(rebuilt in \d+ ms\)\. Watching for changes\.\n$/);
    expect(JSON.parse(await readFile(join(dir, "dist", "asl", "flow.asl.json"), "utf8")).StartAt).toBe("v2");

    // Writing the output did not trigger another build.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(deps.calls).toHaveLength(2);

    stop.abort();
    expect(await status).toBe(0);
  });

  it("rebuilds only for the files the build read, not for other TypeScript files under the folder", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "tsconfig.json"), "{}\n");
    await mkdir(join(dir, "src"));
    const flow = join(dir, "src", "flow.ts");
    await writeFile(flow, "export const flow = 1;\n");
    await writeFile(join(dir, "src", "flow.test.ts"), "export {};\n");
    const result = (): CompileResult => ({ workflows: [workflowOf("flow", flow)], diagnostics: [], inputs: [join(dir, "tsconfig.json"), flow] });
    const deps = fakeDeps(result);
    const loaded = await deps.load();
    const asked: string[] = [];
    loaded.wouldCompile = (_options, file) => (asked.push(file), false);
    const stop = new AbortController();
    const io = captureIo(dir, {}, stop.signal);
    const status = run(["build", "--watch"], io, async () => loaded);
    await until(() => io.out().includes("Watching for changes."), "the first build");
    await new Promise((resolve) => setTimeout(resolve, 500));

    await writeFile(join(dir, "src", "flow.test.ts"), "export const changed = 1;\n");
    await writeFile(join(dir, "src", "scratch.ts"), "export {};\n");
    await until(() => asked.length === 2, "the new and the changed file to be considered");
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(deps.calls).toHaveLength(1);

    await writeFile(flow, "export const flow = 2;\n");
    await until(() => deps.calls.length === 2, "the rebuild");
    stop.abort();
    expect(await status).toBe(0);
    expect(io.out()).toContain("rebuilding after a change in src/flow.ts\n");
  });

  it("reports an internal error in a rebuild and keeps watching", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "tsconfig.json"), "{}\n");
    const deps = fakeDeps(() => {
      throw new Error("boom");
    });
    const stop = new AbortController();
    const io = captureIo(dir, {}, stop.signal);
    const status = run(["build", "--watch"], io, deps.load);
    await until(() => io.err().includes("internal error in stepscript: boom"), "the report");
    stop.abort();
    expect(await status).toBe(0);
  });
});

describe("what the watch looks at", () => {
  it("watches the tsconfig's folder and the named paths", () => {
    expect(watchRoots({ project: "/p/tsconfig.json", files: ["/q/a.ts", "/p"] }, "/cwd")).toEqual(["/p", "/q/a.ts"]);
    expect(watchRoots({ project: undefined, files: undefined }, "/cwd")).toEqual(["/cwd"]);
  });

  it("cares about TypeScript sources and tsconfig files only", () => {
    expect(["/p/a.ts", "/p/a.mts", "/p/a.cts", "/p/a.tsx", "/p/tsconfig.json", "/p/tsconfig.build.json"].map(isWatchedFile)).toEqual(
      [true, true, true, true, true, true],
    );
    expect(["/p/a.js", "/p/package.json", "/p/flow.asl.json", "/p/notes.md"].map(isWatchedFile)).toEqual([false, false, false, false]);
  });

  it("rebuilds for a file read, and for a new file only when the build would compile it", () => {
    const read = new Set(["/p/src/flow.ts", "/p/tsconfig.json"]);
    const never = () => false;
    expect(triggersRebuild("change", "/p/src/flow.ts", read, never)).toBe(true);
    expect(triggersRebuild("unlink", "/p/src/flow.ts", read, never)).toBe(true);
    expect(triggersRebuild("change", "/p/tsconfig.json", read, never)).toBe(true);
    expect(triggersRebuild("change", "/p/src/flow.test.ts", read, never)).toBe(false);
    expect(triggersRebuild("add", "/p/src/new.ts", read, never)).toBe(false);
    expect(triggersRebuild("add", "/p/src/new.ts", read, (f) => f === "/p/src/new.ts")).toBe(true);
    expect(triggersRebuild("unlink", "/p/src/other.ts", read, () => true)).toBe(false);
    expect(triggersRebuild("change", "/p/src/anything.ts", undefined, never)).toBe(true);
  });

  it("knows which new files a build would compile: named ones, those in named folders, the tsconfig's", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "flows"));
    await mkdir(join(dir, "test"));
    for (const file of ["flows/a.ts", "flows/a.test.ts", "test/b.ts"]) await writeFile(join(dir, file), "export {};\n");
    await writeFile(join(dir, "tsconfig.json"), JSON.stringify({ include: ["flows/**/*.ts"], exclude: ["**/*.test.ts"] }));
    const tsconfig = join(dir, "tsconfig.json");
    expect(wouldCompile({ project: tsconfig, files: [join(dir, "flows")] }, join(dir, "flows", "a.ts"))).toBe(true);
    expect(wouldCompile({ project: tsconfig, files: [join(dir, "flows")] }, join(dir, "flows", "a.test.ts"))).toBe(false);
    expect(wouldCompile({ project: tsconfig, files: [join(dir, "flows")] }, join(dir, "test", "b.ts"))).toBe(false);
    expect(wouldCompile({ project: tsconfig, files: [join(dir, "test", "b.ts")] }, join(dir, "test", "b.ts"))).toBe(true);
    expect(wouldCompile({ project: tsconfig }, join(dir, "flows", "a.ts"))).toBe(true);
    expect(wouldCompile({ project: tsconfig }, join(dir, "flows", "a.test.ts"))).toBe(false);
    expect(wouldCompile({ project: tsconfig }, join(dir, "test", "b.ts"))).toBe(false);
  });

  it("ignores node_modules, .git and the out folder", () => {
    const file = { isFile: () => true };
    expect(isIgnored("/p/node_modules/x/index.ts", "/p/dist/asl", file)).toBe(true);
    expect(isIgnored("/p/.git", "/p/dist/asl")).toBe(true);
    expect(isIgnored("/p/dist/asl", "/p/dist/asl")).toBe(true);
    expect(isIgnored("/p/dist/asl/x.ts", "/p/dist/asl", file)).toBe(true);
    expect(isIgnored("/p/dist/aslx/x.ts", "/p/dist/asl", file)).toBe(false);
    expect(isIgnored("/p/src", "/p/dist/asl")).toBe(false);
    expect(isIgnored("/p/src/a.ts", "/p/dist/asl", file)).toBe(false);
    expect(isIgnored("/p/src/a.js", "/p/dist/asl", file)).toBe(true);
  });
});

import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/program.js";
import { useTempDir } from "../emit/helpers.js";
import { captureIo, fakeDeps, unloadable } from "./fakes.js";

const tempDir = useTempDir();

/** A folder with a tsconfig.json and one source file. */
async function project(): Promise<string> {
  const dir = await tempDir();
  await writeFile(join(dir, "tsconfig.json"), "{}\n");
  await mkdir(join(dir, "src"));
  await writeFile(join(dir, "src", "flow.ts"), "export {};\n");
  return dir;
}

describe("bad usage exits with status 2 and a one-line message, without loading the compiler", () => {
  const cases: [string, string[], RegExp][] = [
    ["an unknown option", ["build", "--nope"], /^error: unknown option '--nope'/],
    ["an unknown command", ["bild"], /^error: unknown command 'bild'/],
    ["a --project that does not exist", ["check", "--project", "missing.json"], /^error: tsconfig not found: missing\.json\n$/],
    ["a path that does not exist", ["build", "src/nothing.ts"], /^error: no such file or folder: src\/nothing\.ts\n$/],
    ["a --format that is not text or json", ["check", "--format", "xml"], /^error: option '--format <format>' argument 'xml' is invalid/],
    ["an option missing its value", ["build", "--out"], /^error: option '-o, --out <dir>' argument missing/],
  ];
  for (const [what, argv, message] of cases) {
    it(`for ${what}`, async () => {
      const io = captureIo(await project());
      expect(await run(argv, io, unloadable)).toBe(2);
      expect(io.err()).toMatch(message);
      expect(io.err()).not.toMatch(/\n\s+at /); // no stack
      expect(io.out()).toBe("");
    });
  }

  it("when there is no tsconfig.json in the cwd and no files are named", async () => {
    const io = captureIo(await tempDir());
    expect(await run(["build"], io, unloadable)).toBe(2);
    expect(io.err()).toBe(
      "error: no tsconfig.json in the current folder; pass --project <tsconfig.json> or the files to compile\n",
    );
  });

  it("when no command is given (the help goes to stderr)", async () => {
    const io = captureIo(await project());
    expect(await run([], io, unloadable)).toBe(2);
    expect(io.err()).toContain("Usage: stepscript");
  });
});

describe("arguments", () => {
  it("--help and --version exit 0", async () => {
    const dir = await project();
    const help = captureIo(dir);
    expect(await run(["build", "--help"], help, unloadable)).toBe(0);
    expect(help.out()).toContain("Usage: stepscript build [options] [paths...]");
    const version = captureIo(dir);
    expect(await run(["--version"], version, unloadable)).toBe(0);
    expect(version.out()).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("defaults to the tsconfig in the cwd and its files", async () => {
    const dir = await project();
    const deps = fakeDeps({ workflows: [], diagnostics: [] });
    expect(await run(["check", "--allow-empty"], captureIo(dir), deps.load)).toBe(0);
    expect(deps.calls).toEqual([{ project: join(dir, "tsconfig.json"), files: undefined }]);
  });

  it("passes named files and folders as absolute paths, and --project (a file or its folder)", async () => {
    const dir = await project();
    await mkdir(join(dir, "config"));
    await writeFile(join(dir, "config", "tsconfig.json"), "{}\n");
    const deps = fakeDeps({ workflows: [], diagnostics: [] });
    expect(await run(["check", "src", "src/flow.ts", "-p", "config", "--allow-empty"], captureIo(dir), deps.load)).toBe(0);
    expect(await run(["check", "--project", "config/tsconfig.json", "--allow-empty"], captureIo(dir), deps.load)).toBe(0);
    expect(deps.calls).toEqual([
      { project: join(dir, "config", "tsconfig.json"), files: [join(dir, "src"), join(dir, "src", "flow.ts")] },
      { project: join(dir, "config", "tsconfig.json"), files: undefined },
    ]);
  });

  it("compiles named files without a tsconfig when the cwd has none", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "flow.ts"), "export {};\n");
    const deps = fakeDeps({ workflows: [], diagnostics: [] });
    expect(await run(["check", "flow.ts", "--allow-empty"], captureIo(dir), deps.load)).toBe(0);
    expect(deps.calls).toEqual([{ project: undefined, files: [join(dir, "flow.ts")] }]);
  });
});

import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import type { Manifest, PolicyDocument } from "@stepscript/compiler";

export type { Manifest, PolicyDocument };

/** What `stepscript build` writes for one workflow, as the construct reads it. */
export interface BuiltWorkflow {
  manifest: Manifest;
  definition: unknown;
  policy: PolicyDocument;
}

/** The compiler's diagnostics, as the CLI prints them: the synth fails with this text. */
export class StepscriptBuildError extends Error {
  override name = "StepscriptBuildError";
}

/** The tsconfig.json nearest to `file`, looking in its folder and each folder above. */
export function nearestTsconfig(file: string): string | undefined {
  for (let dir = dirname(resolve(file)); ; dir = dirname(dir)) {
    const candidate = join(dir, "tsconfig.json");
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

export interface Build {
  workflows: BuiltWorkflow[];
  /** The warnings the build printed (a resource chosen at run time…), with their code frames. */
  warnings: string;
}

const cache = new Map<string, Build>();
const keyOf = (file: string, tsconfig: string | undefined): string => JSON.stringify([file, tsconfig]);

/**
 * Builds `entry` with the `stepscript` CLI, as `NodejsFunction` runs esbuild at synth: the same
 * compiler, validators and diagnostics as `stepscript build`, into a temporary folder that is
 * removed once read. One build per entry and project for the whole synth (see `prebuild`).
 */
export function buildEntry(entry: string, project: string | undefined): Build {
  const file = resolve(entry);
  if (!existsSync(file)) throw new StepscriptBuildError(`stepscript: the entry ${entry} does not exist`);
  const tsconfig = project ? resolve(project) : nearestTsconfig(file);
  const known = cache.get(keyOf(file, tsconfig));
  if (known) return known;
  buildEntries([file], tsconfig);
  return cache.get(keyOf(file, tsconfig))!;
}

/**
 * Builds several workflow files in one compiler run (each run loads the whole TypeScript
 * program, which is most of its time); the constructs of those files then read the results.
 */
export function buildEntries(entries: readonly string[], project: string | undefined): void {
  const files = entries.map((entry) => resolve(entry));
  const missing = files.find((file) => !existsSync(file));
  if (missing) throw new StepscriptBuildError(`stepscript: the entry ${missing} does not exist`);
  const tsconfig = project ? resolve(project) : files[0] && nearestTsconfig(files[0]);
  const cwd = dirname(tsconfig ?? files[0]);
  const out = mkdtempSync(join(tmpdir(), "stepscript-cdk-"));
  try {
    const args = [cliPath(), "build", ...files, "--out", out, ...(tsconfig ? ["--project", tsconfig] : [])];
    let printed: string;
    try {
      printed = execFileSync(process.execPath, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
    } catch (error) {
      const failed = error as { stdout?: string; stderr?: string };
      throw new StepscriptBuildError(`stepscript build ${entries.join(" ")} failed:\n${failed.stdout ?? ""}${failed.stderr ?? ""}`);
    }
    const workflows = readdirSync(out)
      .filter((name) => name.endsWith(".manifest.json"))
      .sort()
      .map((name) => {
        const manifest = JSON.parse(readFileSync(join(out, name), "utf8")) as Manifest;
        return {
          manifest,
          definition: JSON.parse(readFileSync(join(out, manifest.definition), "utf8")),
          policy: JSON.parse(readFileSync(join(out, manifest.policy), "utf8")) as PolicyDocument,
        };
      });
    const warnings = printed.split("\n").filter((line) => !line.startsWith("wrote ")).join("\n").trim();
    for (const file of files) {
      const own = workflows.filter((w) => resolve(out, w.manifest.source) === file);
      cache.set(keyOf(file, tsconfig), { workflows: own, warnings: warningsAbout(warnings, file, cwd) });
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The printed warnings whose position is in `file`: each starts a line `path:line:col - warning …`, the path relative to `cwd`. */
function warningsAbout(printed: string, file: string, cwd: string): string {
  const blocks = printed.split(/\n(?=\S+:\d+:\d+ - )/).filter((block) => /^\S+:\d+:\d+ - /.test(block));
  return blocks
    .filter((block) => resolve(cwd, block.slice(0, block.indexOf(":"))) === file)
    .map((block) => block.replace(/\n+Found \d+ warnings?.*$/s, ""))
    .join("\n")
    .trim();
}

/** The `stepscript` executable of the installed @stepscript/compiler. */
function cliPath(): string {
  const manifest = createRequire(import.meta.url).resolve("@stepscript/compiler/package.json");
  return join(dirname(manifest), "bin", "stepscript.js");
}

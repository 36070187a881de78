import { watch, type FSWatcher } from "chokidar";
import { dirname, relative, resolve, sep } from "node:path";
import { performance } from "node:perf_hooks";
import { displayPath } from "../diagnostics/render.js";
import { buildOnce } from "./build.js";
import type { Deps, Io } from "./io.js";
import { printInternalError } from "./output.js";
import { createRebuildScheduler } from "./schedule.js";
import type { Inputs } from "./usage.js";

/** Long enough to gather an editor's burst of writes into one rebuild, short enough to feel immediate. */
const QUIET_MS = 150;

/**
 * `build --watch`: builds, then rebuilds whenever a file the build read changes (a workflow file, a
 * module it imports, the tsconfig) or a file appears that the build would compile, reporting each time. Runs until `io.stopSignal()` is aborted; an internal error in
 * one rebuild is reported and the watch goes on, since the next edit may well avoid it.
 */
export async function watchBuild(inputs: Inputs, outDir: string, io: Io, deps: Deps, cloudformation?: string): Promise<number> {
  let read: ReadonlySet<string> | undefined;
  const build = async (kind: "built" | "rebuilt"): Promise<void> => {
    const start = performance.now();
    try {
      const outcome = await buildOnce(inputs, outDir, io, deps, false, cloudformation);
      const { errors } = outcome;
      read = outcome.inputs ? new Set(outcome.inputs) : undefined;
      // The time is what an edit costs the user before the output is fresh (the bench reads it).
      const took = `${kind} in ${Math.round(performance.now() - start)} ms`;
      io.stdout.write(`Found ${errors} error${errors === 1 ? "" : "s"} (${took}). Watching for changes.\n`);
    } catch (error) {
      printInternalError(io, error);
    }
  };
  await build("built");

  const scheduler = createRebuildScheduler(async (changed) => {
    io.stdout.write(`\nrebuilding after a change in ${changed.map((p) => displayPath(p, io.cwd)).join(", ")}\n`);
    await build("rebuilt");
  }, QUIET_MS);
  const watcher = watch(watchRoots(inputs, io.cwd), {
    ignoreInitial: true,
    ignored: (path, stats) => isIgnored(path, outDir, stats),
  });
  watcher.on("all", (event, path) => {
    const file = resolve(path);
    if (isWatchedFile(file) && triggersRebuild(event, file, read, (f) => deps.wouldCompile?.(inputs, f) ?? true)) scheduler.changed(file);
  });
  watcher.on("error", (error) => io.stderr.write(`warning: file watching failed: ${messageOf(error)}\n`));
  return stopped(io.stopSignal?.(), watcher, scheduler);
}

/**
 * Whether a file event calls for a rebuild: a file the last build read changed or went away, or a
 * file appeared that the next build would compile. Other files under the watched folders (tests,
 * scripts, anything the build never reads) do not. Without the list of files read, any does.
 */
export function triggersRebuild(
  event: string,
  file: string,
  read: ReadonlySet<string> | undefined,
  wouldCompile: (file: string) => boolean,
): boolean {
  if (read === undefined || read.has(file)) return true;
  return (event === "add" || event === "change") && wouldCompile(file);
}

/** The tsconfig's folder (the project) and every named path. */
export function watchRoots(inputs: Inputs, cwd: string): string[] {
  const roots = [...(inputs.project ? [dirname(inputs.project)] : []), ...(inputs.files ?? [])];
  return roots.length > 0 ? [...new Set(roots)] : [cwd];
}

/** TypeScript sources and tsconfig files are what a build reads. */
export function isWatchedFile(path: string): boolean {
  return /\.(ts|mts|cts|tsx)$/.test(path) || /(^|[\\/])tsconfig[^\\/]*\.json$/.test(path);
}

/**
 * Skips what never affects a build, and the build's own output, which would otherwise make every
 * build trigger the next.
 */
export function isIgnored(path: string, outDir: string, stats?: { isFile(): boolean }): boolean {
  if (path.split(/[\\/]/).some((segment) => segment === "node_modules" || segment === ".git")) return true;
  if (isInside(resolve(path), resolve(outDir))) return true;
  return stats?.isFile() === true && !isWatchedFile(path);
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
}

async function stopped(signal: AbortSignal | undefined, watcher: FSWatcher, scheduler: ReturnType<typeof createRebuildScheduler>): Promise<number> {
  await new Promise<void>((done) => {
    if (signal?.aborted) done();
    signal?.addEventListener("abort", () => done(), { once: true });
  });
  scheduler.cancel();
  await watcher.close();
  // Let a build in progress finish its writes rather than leave temporary files behind.
  await scheduler.idle();
  return 0;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

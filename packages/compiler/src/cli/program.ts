import { Command, CommanderError, Option } from "commander";
import { resolve } from "node:path";
import packageJson from "../../package.json" with { type: "json" };
import { buildOnce } from "./build.js";
import { check, type CheckFormat } from "./check.js";
import { loadDeps, type Deps, type Io } from "./io.js";
import { printInternalError } from "./output.js";
import { resolveInputs, UsageError } from "./usage.js";
import { watchBuild } from "./watch.js";

/** Exit statuses: 0 clean, 1 problems found (or an internal error), 2 bad usage. */
export const EXIT = { ok: 0, errors: 1, usage: 2 } as const;

interface BuildFlags {
  out: string;
  project?: string;
  watch?: boolean;
  allowEmpty?: boolean;
}

interface CheckFlags {
  project?: string;
  format: CheckFormat;
  allowEmpty?: boolean;
}

/**
 * Runs the `stepscript` command and returns its exit status; never throws and never exits the
 * process, so tests call it in-process. `deps` defaults to the real compiler, loaded lazily.
 */
export async function run(argv: readonly string[], io: Io, deps: () => Promise<Deps> = loadDeps): Promise<number> {
  let status: number = EXIT.ok;
  const program = createProgram(io, {
    build: async (paths, flags) => {
      const inputs = resolveInputs(io.cwd, paths, flags.project);
      const outDir = resolve(io.cwd, flags.out);
      status = flags.watch
        ? await watchBuild(inputs, outDir, io, await deps())
        : (await buildOnce(inputs, outDir, io, await deps(), flags.allowEmpty)).exitCode;
    },
    check: async (paths, flags) => {
      const inputs = resolveInputs(io.cwd, paths, flags.project);
      status = await check(inputs, flags.format, io, await deps(), flags.allowEmpty);
    },
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return status;
  } catch (error) {
    return statusOfFailure(error, io);
  }
}

function statusOfFailure(error: unknown, io: Io): number {
  // Commander has already printed its own message (and help when asked for it).
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  if (error instanceof UsageError) {
    io.stderr.write(`error: ${error.message}\n`);
    return EXIT.usage;
  }
  printInternalError(io, error);
  return EXIT.errors;
}

interface Actions {
  build(paths: string[], flags: BuildFlags): Promise<void>;
  check(paths: string[], flags: CheckFlags): Promise<void>;
}

function createProgram(io: Io, actions: Actions): Command {
  const program = new Command("stepscript")
    .description("Compile typed async TypeScript workflows to AWS Step Functions (Amazon States Language).")
    .version(packageJson.version, "-v, --version")
    // Settings made before `.command()` are inherited by the subcommands.
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
    .showSuggestionAfterError()
    .allowExcessArguments(false);

  program
    .command("build")
    .description("compile the workflows and write <name>.asl.json for each")
    .argument("[paths...]", "files or folders (default: the files of the tsconfig)")
    .option("-o, --out <dir>", "output folder", "dist/asl")
    .option("-p, --project <tsconfig>", "tsconfig.json to use (default: ./tsconfig.json)")
    .option("-w, --watch", "rebuild when a TypeScript file of the project changes")
    .option("--allow-empty", "exit 0 when no workflow is found (default: exit 1)")
    .action((paths: string[], flags: BuildFlags) => actions.build(paths, flags));

  program
    .command("check")
    .description("compile and validate the workflows; write nothing")
    .argument("[paths...]", "files or folders (default: the files of the tsconfig)")
    .option("-p, --project <tsconfig>", "tsconfig.json to use (default: ./tsconfig.json)")
    .addOption(new Option("--format <format>", "how to print diagnostics").choices(["text", "json"]).default("text"))
    .option("--allow-empty", "exit 0 when no workflow is found (default: exit 1)")
    .action((paths: string[], flags: CheckFlags) => actions.check(paths, flags));

  return program;
}

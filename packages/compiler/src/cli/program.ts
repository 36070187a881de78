import { Command, CommanderError, Option } from "commander";
import { resolve } from "node:path";
import packageJson from "../../package.json" with { type: "json" };
import { buildOnce } from "./build.js";
import { check, type CheckFormat } from "./check.js";
import { loadDeps, type Deps, type Io } from "./io.js";
import { printInternalError } from "./output.js";
import { readProjectConfig } from "./config.js";
import { resolveInputs, UsageError, type Inputs } from "./usage.js";
import { watchBuild } from "./watch.js";
import { graph, type GraphFlags } from "./graph.js";
import { runWorkflow, type RunFlags } from "./run.js";
import { explainHistory } from "./explain.js";

/** Exit statuses: 0 clean, 1 problems found (or an internal error), 2 bad usage. */
export const EXIT = { ok: 0, errors: 1, usage: 2 } as const;

/** Where `build` writes when neither `--out` nor the project config says. */
export const DEFAULT_OUT = "dist/asl";

interface BuildFlags {
  out?: string;
  project?: string;
  watch?: boolean;
  allowEmpty?: boolean;
  cloudformation?: string;
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
      const { inputs, out } = projectInputs(io.cwd, paths, flags);
      const outDir = resolve(io.cwd, out);
      const template = flags.cloudformation === undefined ? undefined : resolve(io.cwd, flags.cloudformation);
      status = flags.watch
        ? await watchBuild(inputs, outDir, io, await deps(), template)
        : (await buildOnce(inputs, outDir, io, await deps(), flags.allowEmpty, template)).exitCode;
    },
    check: async (paths, flags) => {
      const { inputs } = projectInputs(io.cwd, paths, flags);
      status = await check(inputs, flags.format, io, await deps(), flags.allowEmpty);
    },
    run: async (file, flags) => {
      const { inputs } = projectInputs(io.cwd, [file], flags);
      const config = readProjectConfig(io.cwd);
      // Child workflows may live in other files: the project's workflows are compiled when the run needs one.
      const project = config.workflows?.length || inputs.project ? projectInputs(io.cwd, [], flags).inputs : undefined;
      status = await runWorkflow(inputs.files![0], inputs, project, flags, io, await deps());
    },
    explain: async (history, flags) => {
      status = explainHistory(history, flags.map ?? readProjectConfig(io.cwd).out ?? DEFAULT_OUT, io);
    },
    graph: async (file, flags) => {
      const { inputs } = projectInputs(io.cwd, [file], flags);
      status = await graph(inputs.files![0], inputs, flags, io, await deps());
    },
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return status;
  } catch (error) {
    return statusOfFailure(error, io);
  }
}

/** The command line first, then the `stepscript` field of package.json, then the defaults. */
function projectInputs(cwd: string, paths: string[], flags: { project?: string; out?: string }): { inputs: Inputs; out: string } {
  const config = readProjectConfig(cwd);
  const named = paths.length > 0 ? paths : (config.workflows ?? []);
  return { inputs: resolveInputs(cwd, named, flags.project ?? config.project), out: flags.out ?? config.out ?? DEFAULT_OUT };
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
  graph(file: string, flags: GraphFlags & { project?: string }): Promise<void>;
  run(file: string, flags: RunFlags & { project?: string }): Promise<void>;
  explain(history: string, flags: { map?: string }): Promise<void>;
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
    .description("compile the workflows and write <name>.asl.json, <name>.policy.json and <name>.manifest.json for each")
    .argument("[paths...]", 'files or folders (default: "stepscript.workflows" of package.json, else the files of the tsconfig)')
    .option("-o, --out <dir>", `output folder (default: "stepscript.out" of package.json, else ${DEFAULT_OUT})`)
    .option("-p, --project <tsconfig>", "tsconfig.json to use (default: ./tsconfig.json)")
    .option("-w, --watch", "rebuild when a TypeScript file of the project changes")
    .option("--allow-empty", "exit 0 when no workflow is found (default: exit 1)")
    .option("--cloudformation <file>", "also write one CloudFormation template for the workflows built (roles, state machines, parameters, outputs)")
    .action((paths: string[], flags: BuildFlags) => actions.build(paths, flags));

  program
    .command("check")
    .description("compile and validate the workflows; write nothing")
    .argument("[paths...]", 'files or folders (default: "stepscript.workflows" of package.json, else the files of the tsconfig)')
    .option("-p, --project <tsconfig>", "tsconfig.json to use (default: ./tsconfig.json)")
    .addOption(new Option("--format <format>", "how to print diagnostics").choices(["text", "json"]).default("text"))
    .option("--allow-empty", "exit 0 when no workflow is found (default: exit 1)")
    .action((paths: string[], flags: CheckFlags) => actions.check(paths, flags));

  program
    .command("run")
    .description("run a workflow's compiled state machine locally on the reference engine and print its history")
    .argument("<file>", "the workflow's source file")
    .option("--workflow <name>", "which workflow of the file (default: its only one)")
    .option("--input <json>", "the execution input: JSON, or @file.json (default: {})")
    .option("--tasks <module>", "a module whose default export maps task names to implementations")
    .option("--json", "print the history as `aws stepfunctions get-execution-history` does")
    .option("-p, --project <tsconfig>", "tsconfig.json to use (default: ./tsconfig.json)")
    .action((file: string, flags: RunFlags & { project?: string }) => actions.run(file, flags));

  program
    .command("explain")
    .description("read an execution history (get-execution-history JSON) back as the TypeScript lines it ran, and where it failed")
    .argument("<history>", "the history file: the output of `aws stepfunctions get-execution-history --execution-arn …`")
    .option("--map <dir>", `the folder of <name>.map.json files (default: "stepscript.out" of package.json, else ${DEFAULT_OUT})`)
    .action((history: string, flags: { map?: string }) => actions.explain(history, flags));

  program
    .command("graph")
    .description("draw a workflow's state machine (Mermaid stateDiagram-v2 or Graphviz dot)")
    .argument("<file>", "the workflow's source file")
    .option("--workflow <name>", "which workflow of the file (default: its only one)")
    .addOption(new Option("--format <format>", "what to draw in").choices(["mermaid", "dot"]).default("mermaid"))
    .option("-o, --out <file>", "write the graph to this file (default: standard output)")
    .option("-p, --project <tsconfig>", "tsconfig.json to use (default: ./tsconfig.json)")
    .action((file: string, flags: GraphFlags & { project?: string }) => actions.graph(file, flags));

  return program;
}

import { existsSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { UsageError } from "./usage.js";

/** Implementations by the tasks' declared names: what a `--tasks` module exports by default. */
export type TaskModule = Record<string, (input: unknown) => unknown>;

const TYPESCRIPT = new Set([".ts", ".mts", ".cts", ".tsx"]);

/**
 * Loads the `--tasks` module. JavaScript is imported as it is; TypeScript is bundled first with
 * esbuild (Node 20 cannot strip types), with every third-party import left to Node. The bundle is
 * written beside the module, so those imports resolve from the user's project as the module's
 * own would, and removed once it is loaded.
 */
export async function loadTaskModule(file: string): Promise<TaskModule> {
  if (!existsSync(file)) throw new UsageError(`no such tasks module: ${file}`);
  const url = TYPESCRIPT.has(extname(file)) ? await bundled(file) : { href: pathToFileURL(file).href, dispose: async () => {} };
  try {
    const loaded = (await import(url.href)) as { default?: unknown };
    const implementations = loaded.default;
    if (typeof implementations !== "object" || implementations === null) {
      throw new UsageError(`${file} must export by default an object of task implementations ({ validateOrder: async (order) => … })`);
    }
    for (const [name, implementation] of Object.entries(implementations)) {
      if (typeof implementation !== "function") throw new UsageError(`${file}: the default export's ${name} is not a function`);
    }
    return implementations as TaskModule;
  } finally {
    await url.dispose();
  }
}

async function bundled(file: string): Promise<{ href: string; dispose: () => Promise<void> }> {
  const { build } = await import("esbuild");
  const outfile = join(dirname(file), `.${basename(file, extname(file))}.stepscript-${process.pid}-${Date.now()}.mjs`);
  const result = await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "silent",
    plugins: [workspaceSourcesOnly],
  }).catch((error: { errors?: { text: string }[] }) => {
    throw new UsageError(`cannot load ${file}: ${error.errors?.map((e) => e.text).join("; ") ?? String(error)}`);
  });
  await writeFile(outfile, result.outputFiles[0].contents);
  return { href: pathToFileURL(outfile).href, dispose: () => rm(outfile, { force: true }) };
}

/**
 * Third-party packages stay imports for Node. `@stepscript/*` packages are bundled: from their
 * TypeScript sources inside this repository (where their dist/ may not be built), from their
 * dist/ where they are installed from the registry (which ships no sources).
 */
const workspaceSourcesOnly = {
  name: "workspace-sources-only",
  setup(build: { onResolve(options: { filter: RegExp }, callback: (args: { path: string; resolveDir: string }) => unknown): void }) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (!args.path.startsWith("@stepscript/")) return { path: args.path, external: true };
      const dir = packageDir(args.path, args.resolveDir);
      const source = dir && join(dir, "src", "index.ts");
      return source && existsSync(source) ? { path: source } : undefined;
    });
  },
};

/** The folder of an installed package, found as Node looks for it: `node_modules/NAME` in each folder up. */
function packageDir(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

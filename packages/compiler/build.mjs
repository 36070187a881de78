// Bundles the `stepscript` command into dist/cli.js.
//
// Only our own code is bundled (the compiler and the workspace packages, read from their
// TypeScript sources through the `stepscript-source` export condition); every third-party package (ts-morph, typescript,
// prettier, the validators, commander…) stays an ordinary import, resolved from node_modules at
// run time. That keeps the bundle small and its startup fast, and the heavy packages load only
// when a command needs them.
import { build } from "esbuild";
import { chmod, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(fileURLToPath(import.meta.url));
const outfile = join(root, "dist", "cli.js");

/** Bare specifiers other than `@stepscript/*` (and `node:` built-ins) are left to Node. */
const externalThirdParty = {
  name: "external-third-party",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith("@stepscript/") ? undefined : { path: args.path, external: true },
    );
  },
};

// esbuild has already printed its errors readably; a stack trace on top would only bury them.
const result = await build({
  entryPoints: [join(root, "src", "cli", "main.ts")],
  outfile,
  bundle: true,
  write: false,
  format: "esm",
  platform: "node",
  target: "node20",
  banner: { js: "#!/usr/bin/env node" },
  plugins: [externalThirdParty],
  // The workspace packages' TypeScript sources (see their package.json exports), not their dist/.
  conditions: ["stepscript-source"],
  logLevel: "warning",
}).catch(() => process.exit(1));

// Written atomically: test files build concurrently and must never run a half-written bundle.
await mkdir(dirname(outfile), { recursive: true });
const [bundle] = result.outputFiles;
const temporary = `${outfile}.${process.pid}.tmp`;
try {
  await writeFile(temporary, bundle.contents, { mode: 0o755 });
  await chmod(temporary, 0o755);
  await rename(temporary, outfile);
} catch (error) {
  await rm(temporary, { force: true });
  throw error;
}

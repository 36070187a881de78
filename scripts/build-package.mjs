// Builds a workspace package as it is published: `dist/index.js` (ESM; the package's own modules
// bundled, every dependency left to Node) and `dist/**/*.d.ts` (tsc), which is what its
// package.json exports outside this repository. Inside the repository every tool reads the
// TypeScript sources instead, through the `stepscript-source` export condition.
//
// Run as each package's `prepack` (so `npm pack` and `npm publish` always ship a fresh build), or
// as `node scripts/build-package.mjs packages/NAME`. tsc reads the declarations of the
// `@stepscript/*` packages it depends on from their dist/, so those are built first when their
// dist/ is missing or older than their sources (`npm pack` of every workspace builds them in
// dependency order anyway).
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** Everything goes to stderr: `npm pack --json` prints its JSON on stdout, after the prepack's output. */
const QUIET_STDOUT = ["ignore", 2, 2];
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

await buildWithDependencies(resolve(process.argv[2] ?? process.cwd()), new Set());

async function buildWithDependencies(dir, built) {
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  for (const name of Object.keys(manifest.dependencies ?? {})) {
    if (!name.startsWith("@stepscript/")) continue;
    const dependency = join(root, "packages", name.slice("@stepscript/".length));
    if (!built.has(dependency) && isStale(dependency)) await buildWithDependencies(dependency, built);
  }
  built.add(dir);
  await buildPackage(dir, manifest.name);
}

/** Whether a package's dist/ is missing or older than a file of its src/ or its package.json. */
function isStale(dir) {
  const declarations = join(dir, "dist", "index.d.ts");
  if (!existsSync(declarations)) return true;
  const builtAt = statSync(declarations).mtimeMs;
  const sources = readdirSync(join(dir, "src"), { recursive: true }).map((file) => join(dir, "src", String(file)));
  return [join(dir, "package.json"), ...sources].some((file) => statSync(file).mtimeMs > builtAt);
}

async function buildPackage(dir, name) {
  const dist = join(dir, "dist");
  // Stale output goes, but the compiler's `stepscript` bundle stays until build.mjs replaces it
  // atomically: tests running the CLI meanwhile (the pack test runs beside them) never miss it.
  for (const entry of existsSync(dist) ? readdirSync(dist) : []) {
    if (!(name === "@stepscript/compiler" && entry === "cli.js")) rmSync(join(dist, entry), { recursive: true, force: true });
  }
  await build({
    entryPoints: [join(dir, "src", "index.ts")],
    outfile: join(dist, "index.js"),
    bundle: true,
    packages: "external",
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "warning",
  });
  // Named on the command line, tsc ignores the repository's tsconfig (and its source condition):
  // `@stepscript/*` imports resolve to the dependencies' published declarations.
  execFileSync(process.execPath, [
    tsc, join(dir, "src", "index.ts"),
    "--declaration", "--emitDeclarationOnly", "--outDir", dist, "--rootDir", join(dir, "src"),
    "--module", "NodeNext", "--moduleResolution", "NodeNext", "--target", "ES2022", "--lib", "ES2023",
    "--strict", "--skipLibCheck", "--esModuleInterop", "--resolveJsonModule", "--isolatedModules", "--types", "node", "--ignoreConfig",
  ], { stdio: QUIET_STDOUT, cwd: dir });
  // The compiler also ships the `stepscript` command.
  if (name === "@stepscript/compiler") execFileSync(process.execPath, [join(dir, "build.mjs")], { stdio: QUIET_STDOUT, cwd: dir });
  process.stderr.write(`built ${name} into ${dist}\n`);
}

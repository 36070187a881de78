// Bundles src/plugin.ts into dist/plugin.mjs: our own code (the plugin and the compiler's sources,
// through the `stepscript-source` condition) bundled, every third-party package left to Node, as
// for the CLI (packages/compiler/build.mjs).
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(fileURLToPath(import.meta.url));

const externalThirdParty = {
  name: "external-third-party",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith("@stepscript/") ? undefined : { path: args.path, external: true }));
  },
};

await build({
  entryPoints: [join(root, "src", "plugin.ts")],
  outfile: join(root, "dist", "plugin.mjs"),
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  plugins: [externalThirdParty],
  conditions: ["stepscript-source"],
  logLevel: "warning",
}).catch(() => process.exit(1));

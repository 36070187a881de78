/** Writes docs/diagnostics.md from the catalogue (packages/compiler/src/diagnostics/catalogue.ts). */
import { build } from "esbuild";
import { writeFileSync } from "node:fs";

const { outputFiles } = await build({
  entryPoints: [new URL("../packages/compiler/src/diagnostics/docs.ts", import.meta.url).pathname],
  bundle: true, format: "esm", platform: "node", write: false,
});
const module = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString("base64")}`);
writeFileSync(new URL("../docs/diagnostics.md", import.meta.url), module.renderDiagnosticsDocs());

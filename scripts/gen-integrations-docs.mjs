/** Writes docs/integrations.md from the integration rows (packages/runtime-types/src/integrationRows.ts). */
import { build } from "esbuild";
import { writeFileSync } from "node:fs";

const { outputFiles } = await build({
  entryPoints: [new URL("../packages/runtime-types/src/integrationDocs.ts", import.meta.url).pathname],
  bundle: true, format: "esm", platform: "node", write: false,
});
const module = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString("base64")}`);
writeFileSync(new URL("../docs/integrations.md", import.meta.url), module.renderIntegrationsDocs());

import { it } from "vitest";
import { compile } from "/work/wt-integrations/packages/compiler/src/index.js";
it("smoke", async () => {
  const r = await compile({ files: [process.env.F!] });
  console.log(JSON.stringify(r.diagnostics, null, 1));
  for (const w of r.workflows) console.log(w.name, w.substitutions, JSON.stringify(w.definition, null, 1));
});

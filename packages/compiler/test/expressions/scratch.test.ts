import { test } from "vitest";
import { compile } from "../../src/index.js";
test("scratch", () => {
  const r = compile({ files: [process.env.FILE!] });
  for (const d of r.diagnostics) console.log(`${d.line}:${d.column} ${d.code} ${d.message}`);
  for (const w of r.workflows) if (!process.env.WF || w.exportName === process.env.WF) console.log(w.exportName, JSON.stringify(w.definition, null, 1));
});

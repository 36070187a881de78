// The plugin as an editor runs it: a real tsserver process (the workspace's TypeScript), a project
// whose tsconfig names the plugin, the protocol's open / change / semanticDiagnosticsSync / quickinfo.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTsserver } from "./tsserver.js";

const repoRoot = resolve(import.meta.dirname, "../../..");
const tsserverPath = createRequire(import.meta.url).resolve("typescript/lib/tsserver.js");

// Line 7, column 3: an in-place mutation (SS1005). Line 8: the task call the hover is about.
const WORKFLOW = `import { lambda, workflow } from "@stepscript/dsl";

const charge = lambda<{ amount: number }, { chargeId: string }>("arn:aws:lambda:us-east-1:123456789012:function:Charge");

export const refund = workflow(async (order: { amount: number }) => {
  const copy = { amount: order.amount };
  copy.amount = 0;
  return await charge(copy);
});
`;

let dir: string;
let server: ReturnType<typeof startTsserver>;
let file: string;

beforeAll(async () => {
  // Inside the repository, so @stepscript/dsl (its sources, by the stepscript-source condition) and the plugin resolve from its node_modules.
  dir = await mkdtemp(join(repoRoot, "packages/ts-plugin/test/.project-"));
  file = join(dir, "refund.ts");
  await writeFile(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, customConditions: ["stepscript-source"], plugins: [{ name: "@stepscript/ts-plugin" }] },
      include: ["*.ts"],
    }),
  );
  await writeFile(file, WORKFLOW);
  server = startTsserver(tsserverPath, dir);
});

afterAll(async () => {
  server?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe("@stepscript/ts-plugin in tsserver", () => {
  it("reports the compiler's diagnostics with their codes and hints at their positions, and updates them on edits", async () => {
    server.notify("open", { file, fileContent: WORKFLOW, projectRootPath: dir });
    const first = await server.request("semanticDiagnosticsSync", { file, includeLinePosition: true });
    expect(first.map((d: any) => [d.code, d.startLocation.line, d.startLocation.offset, d.category, d.source])).toEqual([[1005, 7, 3, "error", "stepscript"]]);
    expect(first[0].message).toMatch(/^SS1005: /);
    expect(first[0].message.split("\n")).toHaveLength(2);

    // Remove the mutation: the diagnostic goes away with the unsaved edit.
    server.notify("change", { file, line: 7, offset: 1, endLine: 8, endOffset: 1, insertString: "" });
    expect(await server.request("semanticDiagnosticsSync", { file, includeLinePosition: true })).toEqual([]);

    // Put a different mistake in (a task call not awaited, SS1003, on line 7).
    server.notify("change", { file, line: 7, offset: 3, endLine: 7, endOffset: 3, insertString: "charge(copy);\n  " });
    const third = await server.request("semanticDiagnosticsSync", { file, includeLinePosition: true });
    expect(third.map((d: any) => [d.code, d.startLocation.line])).toEqual([[1003, 7]]);
  }, 180_000);

  it("shows the state a task call becomes on hover", async () => {
    const fresh = join(dir, "hover.ts");
    const text = WORKFLOW.replace("  copy.amount = 0;\n", "");
    await writeFile(fresh, text);
    server.notify("open", { file: fresh, fileContent: text, projectRootPath: dir });
    const info = await server.request("quickinfo", { file: fresh, line: 7, offset: 18 });
    expect(info.documentation).toContain('Step Functions: the Task state "charge"');
  }, 180_000);
});

// Runs a 100,000-row CSV through the compiled migration on the local engine (bundled and run by
// scripts/bench.mjs): time, child executions, and transitions per 1,000 items.
import path from "node:path";
import { performance } from "node:perf_hooks";
import { compile } from "@stepscript/compiler";
import { bind, memoryS3 } from "@stepscript/dsl";
import { runOnEngine } from "@stepscript/testing";
import { importRows } from "./migrate.js";

export interface DistributedMapBench {
  rows: number;
  milliseconds: number;
  status: string;
  childExecutions: number;
  parentTransitions: number;
  childTransitions: number;
  transitionsPerThousand: number;
}

export async function benchDistributedMap(root: string, rows: number): Promise<DistributedMapBench> {
  const file = path.join(root, "scripts/bench/migrate.ts");
  const result = compile({ files: [file] });
  // Warnings (the policy's resources left to run time) do not stop a build, nor the bench.
  const errors = result.diagnostics.filter((d) => d.severity !== "warning");
  if (errors.length > 0) throw new Error(errors.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join("\n"));
  const [workflow] = result.workflows;
  const csv = ["id,email", ...Array.from({ length: rows }, (_, i) => `${i},user${i}@example.com`)].join("\n");
  const s3 = memoryS3({ imports: { "users.csv": csv } });
  const written = bind(importRows, ({ Items }) => ({ written: Items.length }));
  const start = performance.now();
  const run = await runOnEngine(workflow.definition, { bucket: "imports", key: "users.csv" }, { tasks: [written], s3, name: workflow.name });
  const milliseconds = performance.now() - start;
  return {
    rows,
    milliseconds,
    status: run.status,
    childExecutions: run.childExecutions,
    parentTransitions: run.transitions,
    childTransitions: run.childTransitions,
    transitionsPerThousand: ((run.transitions + run.childTransitions) / rows) * 1000,
  };
}

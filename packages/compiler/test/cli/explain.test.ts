// `stepscript explain`: execution histories in the format `aws stepfunctions get-execution-history`
// prints (ISO or epoch-seconds timestamps, events chained by previousEventId, Map iterations
// interleaved), read back against the source map that `build` wrote.
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compileWorkflow } from "../harness/compile.js";
import { writeWorkflows } from "../../src/emit/write.js";
import { explain, historyEvents } from "../../src/history/explain.js";
import type { SourceMap } from "../../src/emit/sourceMap.js";
import { run } from "../../src/cli/program.js";
import { captureIo } from "./fakes.js";
import { useTempDir } from "../emit/helpers.js";

const SHIPPING = resolve(import.meta.dirname, "../fixtures/tools/shipping.ts");
const HISTORIES = resolve(import.meta.dirname, "../fixtures/tools/histories");
const tempDir = useTempDir();

let map: SourceMap;
beforeAll(async () => {
  map = (await compileWorkflow(SHIPPING, "ship")).sourceMap!;
});

async function history(name: string) {
  return historyEvents(JSON.parse(await readFile(join(HISTORIES, name), "utf8")));
}

describe("explain", () => {
  it("follows interleaved Map iterations through previousEventId and finds the failed task with its attempts", async () => {
    const explanation = explain(await history("map-iteration-failed.json"), map);
    expect(explanation.status).toBe("failed");
    expect(explanation.steps.map((s) => [s.state, s.iterations.map((i) => i.index), s.source?.line])).toEqual([
      ["Set carrier", [], 22],
      ["If shipment.speed === express", [], 23],
      ["Set carrier (2)", [], 24],
      ["Map shipment.parcels", [], 28],
      ["weigh", [0], 29],
      ["weigh", [1], 29],
      ["label", [0], 30],
    ]);
    expect(explanation.steps[5].failed).toEqual({ error: "Lambda.ServiceException", cause: "Rate exceeded", attempts: 3 });
    expect(explanation.steps[4].failed).toBeUndefined();
    expect(explanation.failure).toMatchObject({ error: "Lambda.ServiceException", cause: "Rate exceeded", state: "weigh", attempts: 3 });
    expect(explanation.failure?.source).toMatchObject({ line: 29, column: 11, construct: "call weigh", parent: "Map shipment.parcels" });
  });

  it("shows a failed Parallel branch that a catch took, and the throw that failed the execution", async () => {
    const explanation = explain(await history("parallel-branch-caught.json"), map);
    const names = explanation.steps.map((s) => s.state);
    expect(names.slice(-5)).toEqual(["Parallel", "notifyCustomer", "notifyWarehouse", "alert", "Fail ShipmentFailed"]);
    expect(explanation.steps.find((s) => s.state === "notifyWarehouse")!.failed).toEqual({
      error: "Warehouse.Unavailable",
      cause: "the warehouse API timed out",
      attempts: 1,
    });
    expect(explanation.failure).toEqual({
      error: "ShipmentFailed",
      cause: "the carrier could not be booked",
      state: "Fail ShipmentFailed",
      source: map.states["Fail ShipmentFailed"],
    });
  });

  it("prints the path as TypeScript lines and the failure with its code frame, from the maps a build wrote", async () => {
    const dir = await tempDir();
    const out = join(dir, "asl");
    await writeWorkflows([await compileWorkflow(SHIPPING, "ship")], out);
    const io = captureIo(dir);
    const status = await run(["explain", join(HISTORIES, "map-iteration-failed.json"), "--map", out], io);
    expect(status).toBe(1);
    const text = io.out();
    expect(text).toMatch(/^ship \(asl\/ship\.map\.json\): failed\n\n/);
    expect(text).toMatch(/\n {2}weigh {2}\(Map shipment\.parcels\[1\]\) +\S*shipping\.ts:29:11 +const weight = await weigh\(parcel\);\n {4}✗ Lambda\.ServiceException: Rate exceeded after 3 attempts\n/);
    expect(text).toContain('in state "weigh" after 3 attempts (2 retries) at ');
    expect(text).toContain("> 29 |     const weight = await weigh(parcel);");
  });

  it("says which source map is missing rather than guessing", async () => {
    const dir = await tempDir();
    const io = captureIo(dir);
    const status = await run(["explain", join(HISTORIES, "map-iteration-failed.json"), "--map", dir], io);
    expect(status).toBe(2);
    expect(io.err()).toMatch(/has no source maps \(\*\.map\.json\): build the workflows first\n$/);
    const bad = captureIo(dir);
    expect(await run(["explain", SHIPPING, "--map", dir], bad)).toBe(2);
    expect(bad.err()).toMatch(/^error: .*shipping\.ts: /);
  });
});

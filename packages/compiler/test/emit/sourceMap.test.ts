import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { compileWorkflow } from "../harness/compile.js";
import { writeWorkflows } from "../../src/emit/write.js";
import { absoluteSourceMap, type SourceMap } from "../../src/emit/sourceMap.js";
import type { AslDefinition } from "../../src/types.js";
import { useTempDir } from "./helpers.js";

const SHIPPING = resolve(import.meta.dirname, "../fixtures/tools/shipping.ts");
const tempDir = useTempDir();

/** Every state name of a definition, nested ones included. */
function allStates(definition: { States: AslDefinition["States"] }): string[] {
  return Object.entries(definition.States).flatMap(([name, state]) => [
    name,
    ...((state.Branches as AslDefinition[] | undefined) ?? []).flatMap(allStates),
    ...(state.ItemProcessor ? allStates(state.ItemProcessor as AslDefinition) : []),
  ]);
}

describe("source maps", () => {
  it("map every state, nested ones included, to the statement that made it", async () => {
    const { definition, sourceMap } = await compileWorkflow(SHIPPING, "ship");
    const map = sourceMap!;
    expect(map.workflow).toBe("ship");
    expect(map.source).toBe(SHIPPING);
    expect(Object.keys(map.states).sort()).toEqual(allStates(definition).sort());

    const at = (name: string) => {
      const { line, column, construct, parent } = map.states[name];
      return { line, column, construct, parent };
    };
    expect(at("Set carrier")).toEqual({ line: 22, column: 7, construct: "assignment", parent: undefined });
    expect(at("weigh")).toEqual({ line: 29, column: 11, construct: "call weigh", parent: "Map shipment.parcels" });
    expect(at("label")).toEqual({ line: 30, column: 18, construct: "call label", parent: "Map shipment.parcels" });
    expect(at("Map shipment.parcels")).toMatchObject({ line: 28, construct: "map" });
    expect(at("For parcel of shipment.parcels")).toEqual({ line: 33, column: 3, construct: "for…of", parent: undefined });
    expect(at("notifyWarehouse")).toEqual({ line: 40, column: 13, construct: "call notifyWarehouse", parent: "Parallel" });
    expect(at("Parallel")).toMatchObject({ line: 38, construct: "parallel" });
    expect(at("alert")).toEqual({ line: 44, column: 5, construct: "call alert", parent: undefined });
    expect(at("Fail ShipmentFailed")).toEqual({ line: 45, column: 5, construct: "throw", parent: undefined });
    expect(at("Return")).toMatchObject({ line: 42, construct: "return" });
  });

  it("give each Choice rule the TypeScript condition it tests, else-if chains merged into one Choice included", async () => {
    const { sourceMap } = await compileWorkflow(SHIPPING, "ship");
    const ifSpeed = sourceMap!.states["If shipment.speed === express"];
    expect(ifSpeed).toMatchObject({ line: 23, column: 3, construct: "if" });
    expect(ifSpeed.conditions).toEqual(['shipment.speed === "express"', 'shipment.speed === "standard"']);
    expect(sourceMap!.states["For parcel of shipment.parcels"].conditions).toEqual(["parcel of shipment.parcels"]);
  });

  it("give ranges that end where the statement ends", async () => {
    const { sourceMap } = await compileWorkflow(SHIPPING, "ship");
    const text = (await readFile(SHIPPING, "utf8")).split("\n");
    const { line, column, endLine, endColumn } = sourceMap!.states["book"];
    expect(endLine).toBe(line);
    expect(text[line - 1].slice(column - 1, endColumn - 1)).toBe(
      "booking = await book({ shipmentId: shipment.shipmentId, carrier })",
    );
  });

  it("leave no trace in the definition itself", async () => {
    const { definition } = await compileWorkflow(SHIPPING, "ship");
    expect(JSON.stringify(definition)).not.toMatch(/origin|stepscript/i);
  });

  it("are written beside the definition with paths relative to it, and read back absolute", async () => {
    const workflow = await compileWorkflow(SHIPPING, "ship");
    const out = join(await tempDir(), "asl");
    const { written, failures } = await writeWorkflows([workflow], out);
    expect(failures).toEqual([]);
    expect(written.map((file) => [file.kind, file.path])).toContainEqual(["sourceMap", join(out, "ship.map.json")]);
    const onDisk = JSON.parse(await readFile(join(out, "ship.map.json"), "utf8")) as SourceMap;
    expect(onDisk.source).not.toMatch(/^\//);
    expect(resolve(out, onDisk.source)).toBe(SHIPPING);
    const back = absoluteSourceMap(onDisk, join(out, "ship.map.json"));
    expect(back).toEqual(JSON.parse(JSON.stringify(workflow.sourceMap)));
    expect(dirname(back.states.weigh.file)).toBe(dirname(SHIPPING));
  });
});

import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { bind, memoryS3 } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviourUnordered } from "../harness/differential.js";
import { charge, csvGivenHeader, csvRows, fromState, inventory, jsonlOrders, jsonOrders, listing, saveRow, sizeOf } from "../workflows/distributedMap/readers.js";

const file = path.join(import.meta.dirname, "../workflows/distributedMap/readers.ts");
const saved = bind(saveRow, (row) => ({ saved: `${row.id}:${row.email}` }));
const sized = bind(sizeOf, ({ key, size }) => key.length * 1000 + size);
const charged = bind(charge, ({ amount, currency }) => ({ charged: currency === "EUR" ? amount : amount * 2 }));
type MapState = Record<string, any>;
const mapOf = (definition: { States: Record<string, MapState> }) => Object.values(definition.States).find((s) => s.Type === "Map")!;

describe("Distributed Map readers", () => {
  it("reads a CSV with a header row: one child per row, every value a string", async () => {
    const compiled = await compileWorkflow(file, "csvRows");
    const state = mapOf(compiled.definition);
    expect(state.ItemReader).toEqual({
      Resource: "arn:aws:states:::s3:getObject",
      ReaderConfig: { InputType: "CSV", CSVHeaderLocation: "FIRST_ROW" },
      Parameters: { "Bucket.$": "$$.Execution.Input.bucket", "Key.$": "$$.Execution.Input.key" },
    });
    expect(state.ItemProcessor.ProcessorConfig).toEqual({ Mode: "DISTRIBUTED", ExecutionType: "STANDARD" });
    expect(state.Label).toBe("SaveRows");
    const csv = 'id,email\r\n1,a@x.io\n"2","b,""quoted""@x.io"\n\n0,\n';
    await expectSameBehaviourUnordered(csvRows, compiled, [
      {
        name: "quoted fields, CRLF, an empty field and a blank line",
        input: { bucket: "in", key: "users.csv" },
        s3: () => memoryS3({ in: { "users.csv": csv } }),
        tasks: [saved],
        output: { saved: [{ saved: "1:a@x.io" }, { saved: '2:b,"quoted"@x.io' }, { saved: "0:" }] },
      },
      { name: "a header only: no items", input: { bucket: "in", key: "h.csv" }, s3: () => memoryS3({ in: { "h.csv": "id,email\n" } }), tasks: [saved], output: { saved: [] } },
      {
        name: "a missing object fails with States.ItemReaderFailed",
        input: { bucket: "in", key: "nope.csv" },
        s3: () => memoryS3({ in: {} }),
        tasks: [saved],
        error: "States.ItemReaderFailed",
      },
      {
        name: "a row with too many fields fails the read",
        input: { bucket: "in", key: "bad.csv" },
        s3: () => memoryS3({ in: { "bad.csv": "id,email\n1,a,extra\n" } }),
        tasks: [saved],
        error: "States.ItemReaderFailed",
      },
    ]);
  });

  it("reads a CSV with given columns, another delimiter and maxItems", async () => {
    const compiled = await compileWorkflow(file, "csvGivenHeader");
    expect(mapOf(compiled.definition).ItemReader.ReaderConfig).toEqual({
      InputType: "CSV",
      CSVHeaderLocation: "GIVEN",
      CSVHeaders: ["id", "email"],
      CSVDelimiter: "PIPE",
      MaxItems: 3,
    });
    await expectSameBehaviourUnordered(csvGivenHeader, compiled, [
      {
        name: "the first line is an item; only three are read",
        input: { bucket: "in" },
        s3: () => memoryS3({ in: { "people.psv": "id|email\n1|a\n2|b\n3|c\n" } }),
        tasks: [saved],
        output: [{ saved: "id:email" }, { saved: "1:a" }, { saved: "2:b" }],
      },
    ]);
  });

  it("lists the objects under a prefix with the fields AWS gives", async () => {
    const compiled = await compileWorkflow(file, "listing");
    const state = mapOf(compiled.definition);
    expect(state.ItemReader).toEqual({ Resource: "arn:aws:states:::s3:listObjectsV2", Parameters: { "Bucket.$": "$$.Execution.Input.bucket", "Prefix.$": "$$.Execution.Input.prefix" } });
    expect(state.MaxConcurrency).toBe(2);
    const s3 = () => memoryS3({ photos: { "img/b.jpg": "bb", "img/a.jpg": "a", "other/c.jpg": "ccc", "img/z/deep.png": "" } });
    await expectSameBehaviourUnordered(listing, compiled, [
      { name: "three objects, in key order", input: { bucket: "photos", prefix: "img/" }, s3, tasks: [sized], output: [9001, 9002, 14000] },
      { name: "an empty prefix lists everything", input: { bucket: "photos", prefix: "" }, s3, tasks: [sized], output: [9001, 9002, 14000, 11003] },
      { name: "nothing under the prefix", input: { bucket: "photos", prefix: "none/" }, s3, tasks: [sized], output: [] },
      { name: "a missing bucket", input: { bucket: "nope", prefix: "" }, s3, tasks: [sized], error: "States.ItemReaderFailed" },
    ]);
  });

  it("reads a JSON array; the child reads an outer variable and the workflow's input", async () => {
    const compiled = await compileWorkflow(file, "jsonOrders");
    const state = mapOf(compiled.definition);
    expect(state.ItemSelector).toEqual({ "order.$": "$$.Map.Item.Value", "bonus.$": "$.bonus", "input.$": "$$.Execution.Input" });
    const s3 = () => memoryS3({ in: { "orders.json": JSON.stringify([{ orderId: "a", amount: 0 }, { orderId: "b", amount: 5 }]), "object.json": "{}" } });
    await expectSameBehaviourUnordered(jsonOrders, compiled, [
      { name: "EUR", input: { bucket: "in", key: "orders.json", currency: "EUR" }, s3, tasks: [charged], output: [{ orderId: "a", charged: 0, bonus: 1 }, { orderId: "b", charged: 5, bonus: 1 }] },
      { name: "USD", input: { bucket: "in", key: "orders.json", currency: "USD" }, s3, tasks: [charged], output: [{ orderId: "a", charged: 0, bonus: 0 }, { orderId: "b", charged: 10, bonus: 0 }] },
      { name: "not an array", input: { bucket: "in", key: "object.json", currency: "EUR" }, s3, tasks: [charged], error: "States.ItemReaderFailed" },
    ]);
  });

  it("reads JSON Lines into EXPRESS children", async () => {
    const compiled = await compileWorkflow(file, "jsonlOrders");
    expect(mapOf(compiled.definition).ItemProcessor.ProcessorConfig).toEqual({ Mode: "DISTRIBUTED", ExecutionType: "EXPRESS" });
    const lines = '{"orderId":"a","amount":1}\n\n{"orderId":"b","amount":2}';
    await expectSameBehaviourUnordered(jsonlOrders, compiled, [
      { name: "two lines and a blank one", input: { bucket: "in", key: "o.jsonl" }, s3: () => memoryS3({ in: { "o.jsonl": lines } }), tasks: [charged], output: [{ charged: 2 }, { charged: 4 }] },
      { name: "a broken line", input: { bucket: "in", key: "o.jsonl" }, s3: () => memoryS3({ in: { "o.jsonl": "{" } }), tasks: [charged], error: "States.ItemReaderFailed" },
    ]);
  });

  it("reads an S3 inventory manifest and its (gzipped) CSV files", async () => {
    const compiled = await compileWorkflow(file, "inventory");
    expect(mapOf(compiled.definition).ItemReader.ReaderConfig).toEqual({ InputType: "MANIFEST" });
    const manifest = {
      sourceBucket: "photos",
      destinationBucket: "arn:aws:s3:::inv",
      fileFormat: "CSV",
      fileSchema: "Bucket, Key, Size",
      files: [{ key: "data/1.csv.gz" }, { key: "data/2.csv" }],
    };
    const s3 = () => memoryS3({ inv: { "m/manifest.json": JSON.stringify(manifest), "data/1.csv.gz": gzipSync('photos,a.jpg,1\nphotos,bb.jpg,2\n'), "data/2.csv": "photos,ccc.jpg,3\n" } });
    await expectSameBehaviourUnordered(inventory, compiled, [
      { name: "three objects over two files", input: { bucket: "inv", manifest: "m/manifest.json" }, s3, tasks: [sized], output: [5000, 6000, 7000] },
    ]);
  });

  it("maps an array from the state", async () => {
    const compiled = await compileWorkflow(file, "fromState");
    expect(mapOf(compiled.definition).ItemsPath).toBe("$$.Execution.Input.orders");
    await expectSameBehaviourUnordered(fromState, compiled, [
      { name: "two", input: { orders: [{ orderId: "a", amount: 1 }, { orderId: "b", amount: 0 }] }, tasks: [charged], output: [{ charged: 1 }, { charged: 0 }] },
      { name: "none", input: { orders: [] }, tasks: [charged], output: [] },
    ]);
  });
});

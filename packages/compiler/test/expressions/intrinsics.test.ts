import path from "node:path";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { bind } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour } from "../harness/differential.js";
import * as wf from "../workflows/expressions/intrinsics.js";

const file = path.join(import.meta.dirname, "../workflows/expressions/intrinsics.ts");
type Input = Parameters<typeof wf.formats.run>[0];

const input = (overrides: Partial<Input> = {}): Input => ({
  name: "ann",
  count: 1.5,
  flag: true,
  nothing: null,
  tags: ["vip", "ann"],
  items: [{ sku: "a", qty: 1 }, { sku: "b", qty: 2 }, { sku: "a", qty: 1 }],
  base: { a: 1, b: "base" },
  extra: { b: "extra", c: false },
  partial: {},
  csv: "a,b;;c,",
  text: "héllo {world}",
  ...overrides,
});

const put = bind(wf.put, () => ({ ok: true }));

describe("template strings and string + (States.Format)", () => {
  it("renders numbers, booleans, null and escapes braces and quotes", async () => {
    const compiled = await compileWorkflow(file, "formats");
    expect(Object.keys(compiled.definition.States)).toHaveLength(1);
    await expectSameBehaviour(wf.formats, compiled, [
      {
        name: "1.5, true, null, braces",
        input: input({ name: "{x}" }),
        output: {
          line: "name={{x}} count=1.5 flag=true nothing=null it's",
          plus: "<{x}> '1.5'",
          explicit: "1.5 of {x} {literal} it's",
        },
      },
      { name: "0 and false", input: input({ count: 0, flag: false, name: "" }) },
      { name: "negative and quotes", input: input({ count: -3, name: "it's 'q' {}" }) },
      { name: "big integer", input: input({ count: 123456789 }) },
    ]);
  });
});

describe("xs.includes(v) (States.ArrayContains)", () => {
  it("agrees on empty arrays, present and absent values, and in conditions", async () => {
    const compiled = await compileWorkflow(file, "includes");
    await expectSameBehaviour(wf.includes, compiled, [
      { name: "empty", input: input({ tags: [] }), output: { stopped: false, hasName: false, hasLiteral: false } },
      { name: "both", input: input(), output: { stopped: false, hasName: true, hasLiteral: true } },
      { name: "stop", input: input({ tags: ["stop"] }), output: { stopped: true, hasName: false, hasLiteral: false } },
      { name: "case differs", input: input({ tags: ["VIP", "Ann"] }) },
    ]);
  });
});

describe("object spread (States.JsonMerge)", () => {
  it("later keys win, literal keys after spreads win, absent optional keys do not override", async () => {
    const compiled = await compileWorkflow(file, "spreads");
    await expectSameBehaviour(wf.spreads, compiled, [
      {
        name: "overrides",
        input: input(),
        tasks: [put],
        output: {
          merged: { a: 1, b: "extra", c: false },
          withKey: { a: 1, b: "literal-wins", k: "ann" },
          overridden: { b: "first" },
        },
      },
      { name: "partial overrides the literal", input: input({ partial: { b: "partial", d: 0 } }), tasks: [put] },
    ]);
  });
});

describe("JSON.stringify / JSON.parse", () => {
  it("round-trips objects and arrays", async () => {
    const compiled = await compileWorkflow(file, "json");
    await expectSameBehaviour(wf.json, compiled, [
      { name: "plain", input: input(), output: { text: '{"a":1,"b":"base"}', items: JSON.stringify(input().items), parsed: input().items } },
      { name: "quotes and empty", input: input({ base: { a: -0.5, b: 'say "hi"' }, items: [] }) },
    ]);
  });
});

describe("the States namespace", () => {
  it("split, hash, base64, ranges, partitions and unique behave as AWS documents", async () => {
    const compiled = await compileWorkflow(file, "states");
    const text = "héllo {world}";
    await expectSameBehaviour(wf.states, compiled, [
      {
        name: "typical",
        input: input({ count: 6 }),
        output: {
          parts: ["a", "b", "c"],
          md5: createHash("md5").update(text).digest("hex"),
          sha1: createHash("sha1").update(text).digest("hex"),
          sha256: createHash("sha256").update(text).digest("hex"),
          sha384: createHash("sha384").update(text).digest("hex"),
          sha512: createHash("sha512").update(text).digest("hex"),
          encoded: Buffer.from(text).toString("base64"),
          decoded: text,
          range: [1, 3, 5],
          down: [6, 3],
          chunks: [[{ sku: "a", qty: 1 }, { sku: "b", qty: 2 }], [{ sku: "a", qty: 1 }]],
          unique: ["vip", "ann"],
        },
      },
      { name: "inclusive end, empty input", input: input({ count: 1, csv: "", text: "", items: [], tags: ["x", "x", "y", "x"] }) },
      { name: "end before start", input: input({ count: 0, csv: ",,,", items: [{ sku: "z", qty: 0 }] }) },
    ]);
  });

  it("fails as Step Functions does when a range is too long", async () => {
    // AWS reports States.IntrinsicFailure for a range of more than 1,000 items; so do the local
    // run and (with its fix, array-range-intrinsic-failure) the engine running the compiled ASL.
    const compiled = await compileWorkflow(file, "states");
    await expectSameBehaviour(wf.states, compiled, [
      { name: "5000 items", input: input({ count: 5000 }), error: "States.IntrinsicFailure" },
      { name: "1,001 items", input: input({ count: 2001 }), error: "States.IntrinsicFailure" },
      { name: "1,000 items", input: input({ count: 2000 }) },
    ]);
  });

  it("uuid is stored once and random stays in [start, end)", async () => {
    const compiled = await compileWorkflow(file, "random");
    const seen: unknown[] = [];
    const record = bind(wf.record, ({ value }) => (seen.push(value), { ok: true }));
    const local = await wf.random.run(input(), { tasks: [record] });
    expect(local.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(seen).toEqual([local.id, local.id]);
    expect(local.n).toBe(5);
    expect(local.zero).toBe(0);
    const json = JSON.stringify(compiled.definition);
    expect(json.match(/States\.UUID\(\)/g)).toHaveLength(1);
    const { runOnEngine } = await import("../harness/engine.js");
    const seenOnEngine: unknown[] = [];
    const run = await runOnEngine(compiled.definition, input(), { tasks: [bind(wf.record, ({ value }) => (seenOnEngine.push(value), { ok: true }))] });
    expect(seenOnEngine[0]).toBe(seenOnEngine[1]);
    expect(run).toMatchObject({ output: { n: 5, zero: 0 } });
  });

  it("splits nesting deeper than 10 intrinsics", async () => {
    const compiled = await compileWorkflow(file, "deep");
    await expectSameBehaviour(wf.deep, compiled, [{ name: "twelve levels", input: input() }]);
  });
});

describe("context values", () => {
  it("reads the execution and state machine fields", async () => {
    const compiled = await compileWorkflow(file, "contextValues");
    await expectSameBehaviour(wf.contextValues, compiled, [
      {
        name: "given context",
        input: input(),
        context: { execution: { id: "arn:aws:states:us-east-1:123456789012:execution:m:e-1", name: "e-1" } },
        output: { id: "arn:aws:states:us-east-1:123456789012:execution:m:e-1", name: "e-1", machine: "contextValues", greeting: "hello ann from e-1" },
      },
    ]);
  });
});

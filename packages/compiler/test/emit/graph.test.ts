import { resolve } from "node:path";
import parseDot from "dotparser";
import { describe, expect, it } from "vitest";
import { compileWorkflow } from "../harness/compile.js";
import { describeRule, renderGraph } from "../../src/emit/graph.js";

const SHIPPING = resolve(import.meta.dirname, "../fixtures/tools/shipping.ts");
const ORDERS = resolve(import.meta.dirname, "../../../../examples/order-processing/workflow.ts");

/** Every statement of a Mermaid stateDiagram-v2 this renderer writes has one of these shapes. */
const MERMAID_LINE = [
  /^stateDiagram-v2$/,
  /^ *\[\*\] --> s\d+$/,
  /^ *s\d+ --> \[\*\]$/,
  /^ *state "[^"]+" as s\d+$/,
  /^ *state s\d+ \{$/,
  /^ *\}$/,
  /^ *--$/,
  /^ *s\d+ : (?:[^:;"{}<>#]|#\d+;)+$/,
  /^ *s\d+ --> s\d+( : (?:[^:;"{}<>#]|#\d+;)+)?$/,
];

describe("graph", () => {
  it("draws Choice edges with the TypeScript conditions and the else, and ends", async () => {
    const { definition, sourceMap } = await compileWorkflow(ORDERS, "processOrder");
    const text = renderGraph(definition, sourceMap, "mermaid");
    expect(text).toContain('state "If !check.valid" as s1\n');
    expect(text).toContain("s1 --> s2 : !check.valid\n");
    expect(text).toContain("s1 --> s3 : order.amount #60;= 0\n");
    expect(text).toContain("s1 --> s4 : else\n");
    expect(text).toContain("s5 --> s7 : order.customer.tier === #34;gold#34; && order.amount #62;= 1000\n");
    expect(text).toContain("s4 : retry States.TaskFailed ×3\n");
    expect(text).toContain("s2 --> [*]\n");
  });

  it("draws Parallel branches and Map iterations as composite states, and Catch edges with their errors", async () => {
    const { definition, sourceMap } = await compileWorkflow(SHIPPING, "ship");
    const text = renderGraph(definition, sourceMap, "mermaid");
    for (const line of text.trimEnd().split("\n")) {
      expect(MERMAID_LINE.some((shape) => shape.test(line)), line).toBe(true);
    }
    const parallel = text.slice(text.indexOf("state s13 {"), text.indexOf("}", text.indexOf("state s13 {")));
    expect(parallel).toContain('state "notifyCustomer"');
    expect(parallel).toContain("\n    --\n");
    expect(parallel).toContain('state "notifyWarehouse"');
    expect(text).toMatch(/state "Map shipment\.parcels" as (s\d+)\n {2}state \1 \{\n {4}\[\*\] --> s\d+\n {4}state "weigh"/);
    expect(text).toContain("s12 --> s20 : catch States.ALL\n");
    expect(text).toContain("s9 --> s10 : parcel of shipment.parcels\n");
  });

  it("writes dot that parses, with a cluster per branch and iteration", async () => {
    const { definition, sourceMap } = await compileWorkflow(SHIPPING, "ship");
    const text = renderGraph(definition, sourceMap, "dot");
    const [graph] = parseDot(text) as { type: string; children: { type: string; id?: string }[] }[];
    expect(graph.type).toBe("digraph");
    const clusters: string[] = [];
    const walk = (children: { type: string; id?: string; children?: never[] }[]) => {
      for (const child of children) {
        if (child.type === "subgraph") clusters.push(String(child.id));
        if (child.children) walk(child.children);
      }
    };
    walk(graph.children as never);
    expect(clusters.sort()).toEqual(["cluster_s13_0", "cluster_s13_1", "cluster_s4_0"]);
    expect(text).toContain('s12 -> s20 [label="catch States.ALL", style=dashed, color=red];');
    expect(text).toContain('s1 -> s2 [label="shipment.speed === \\"express\\""];');
  });

  it("describes a rule the optimizer combined from the ASL itself", () => {
    expect(describeRule({ Variable: "$.a", NumericLessThanEquals: 3, Next: "X" })).toBe("$.a <= 3");
    expect(describeRule({ Variable: "$.a", StringEqualsPath: "$.b", Next: "X" })).toBe("$.a === $.b");
    expect(
      describeRule({ And: [{ Variable: "$.a", IsPresent: true }, { Not: { Variable: "$.b", BooleanEquals: true } }], Next: "X" }),
    ).toBe("(IsPresent($.a) === true) && !($.b === true)");
    expect(describeRule({ Or: [{ Variable: "$.s", StringMatches: "a*" }, { Variable: "$.n", NumericGreaterThan: 1 }] })).toBe(
      '($.s matches "a*") || ($.n > 1)',
    );
  });
});

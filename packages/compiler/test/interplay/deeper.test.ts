import path from "node:path";
import { describe, it } from "vitest";
import { bind } from "@stepscript/dsl";
import { compileWorkflow } from "../harness/compile.js";
import { expectSameBehaviour, expectSameBehaviourUnordered } from "../harness/differential.js";
import * as w from "../workflows/interplay/deeper.js";

const file = path.join(import.meta.dirname, "../workflows/interplay/deeper.ts");
const failWith = (name: string, message: string) => Object.assign(new Error(message), { name });
const noted = bind(w.note, () => ({ ok: true }));
const worked = bind(w.work, ({ tag, n }) => {
  if (n === 7) throw failWith("Soft", `soft ${tag}`);
  if (n === 13) throw failWith("Hard", `hard ${tag}`);
  return { value: n * 3 };
});

describe("deeper combinations", () => {
  it("return, isError and rethrow inside try/finally inside a Map callback", async () => {
    const compiled = await compileWorkflow(file, "returnInMapTry");
    await expectSameBehaviourUnordered(w.returnInMapTry, compiled, [
      { name: "big, small, soft", input: { items: [4, 1, 7], prefix: "p" }, tasks: [worked, noted], output: { results: ["big 12", "small 9", "soft soft p"], error: "" } },
      { name: "no items", input: { items: [], prefix: "p" }, tasks: [worked, noted], output: { results: [], error: "" } },
      { name: "a hard error leaves the Map after the finally", input: { items: [1, 13], prefix: "p" }, tasks: [worked, noted], output: { results: [], error: "Hard" } },
      { name: "soft in the second call", input: { items: [3, 0], prefix: "p" }, tasks: [bind(w.work, ({ tag, n }) => { if (tag === "again" && n === 9) throw failWith("Soft", "second"); return { value: n * 3 }; }), noted], output: { results: ["soft second", "small 0"], error: "" } },
    ]);
  });

  it("switch inside try/finally inside a loop: break, continue and return each run finally once", async () => {
    const compiled = await compileWorkflow(file, "switchInTryInLoop");
    await expectSameBehaviour(w.switchInTryInLoop, compiled, [
      { name: "none", input: { words: [] }, tasks: [noted], output: { out: "", quit: false } },
      { name: "every case", input: { words: ["a", "skip", "x", "b"] }, tasks: [noted], output: { out: "a|X|b|", quit: false } },
      { name: "quit", input: { words: ["x", "quit", "a"] }, tasks: [noted], output: { out: "X|", quit: true } },
    ]);
  });

  it("a Parallel with a retrier in a try in a loop", async () => {
    const compiled = await compileWorkflow(file, "parallelInTryInLoop");
    const busyOnce = () => {
      let busy = true;
      return [bind(w.work, ({ tag, n }) => {
        if (tag === "a" && n === 3 && busy) {
          busy = false;
          throw failWith("Busy", "busy");
        }
        return { value: n };
      })];
    };
    await expectSameBehaviourUnordered(w.parallelInTryInLoop, compiled, [
      { name: "zero rounds", input: { rounds: 0 }, tasks: busyOnce, output: { log: "" } },
      { name: "round 2 throws, round 3 is retried", input: { rounds: 4 }, tasks: busyOnce, output: { log: "2;ok;Round2;6;ok;8;ok;" } },
      { name: "a task error is caught too", input: { rounds: 1 }, tasks: [bind(w.work, () => { throw failWith("Down", "down"); })], output: { log: "Down;" } },
    ]);
  });

  it("a nested Map in a Parallel branch in a try", async () => {
    const compiled = await compileWorkflow(file, "mapInParallel");
    await expectSameBehaviourUnordered(w.mapInParallel, compiled, [
      { name: "groups", input: { groups: [{ name: "g", ns: [1, 2] }, { name: "h", ns: [] }] }, tasks: [worked], output: { all: [[{ value: 3 }, { value: 6 }], []], count: 2, error: "" } },
      { name: "no groups", input: { groups: [] }, tasks: [worked], output: { all: [], count: 0, error: "" } },
      { name: "an inner iteration fails", input: { groups: [{ name: "g", ns: [1] }, { name: "h", ns: [13] }] }, tasks: [worked], output: { all: [], count: 0, error: "Hard: hard h" } },
    ]);
  });

  it("a Map callback reads the loop's variable", async () => {
    const compiled = await compileWorkflow(file, "mapReadsLoopVariable");
    await expectSameBehaviourUnordered(w.mapReadsLoopVariable, compiled, [
      { name: "two thresholds", input: { items: [0, 5, 10], thresholds: [5, 11] }, tasks: [noted], output: { summary: "5:3;3;11:3;3;" } },
      { name: "no thresholds", input: { items: [1], thresholds: [] }, tasks: [noted], output: { summary: "" } },
    ]);
  });
});

/**
 * The hand-written reference machines in bench/references/ are what the bench compares the
 * compiler's output with, so each must behave as its example's workflow on every scenario of the
 * example's test: same output or failure, same task calls. (runOnEngine also checks that each
 * passes both ASL validators.)
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "vitest";
import type { AslDefinition } from "../packages/compiler/src/types.js";
import { expectSameBehaviour } from "../packages/compiler/test/harness/differential.js";
import { exampleScenarios } from "./scenarios/index.js";

const reference = (machine: string): AslDefinition =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, "references", `${machine}.asl.json`), "utf8")) as AslDefinition;

describe("hand-written references", () => {
  for (const example of exampleScenarios) {
    it(`${example.machine} behaves as its workflow on every scenario`, async () => {
      const workflows = Object.fromEntries(Object.entries(example.children ?? {}).map(([arn, machine]) => [arn, reference(machine)]));
      await expectSameBehaviour(example.workflow, reference(example.machine), example.cases, { calls: example.calls, workflows });
    });
  }
});

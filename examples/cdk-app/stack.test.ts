import { Template } from "aws-cdk-lib/assertions";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { EXAMPLES_IN_APP, examplesStack } from "./stack.js";

describe("the examples' CDK app", () => {
  it("deploys every example", () => {
    const examples = readdirSync(join(import.meta.dirname, ".."), { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== "cdk-app" && e.name !== "dist");
    expect(examples.map((e) => e.name).sort()).toEqual([...EXAMPLES_IN_APP].sort());
  });

  it("synthesizes every example into one stack, each with its role's generated statements", () => {
    const template = Template.fromStack(examplesStack(join(import.meta.dirname, "..")));
    const machines = template.findResources("AWS::StepFunctions::StateMachine");
    expect(Object.keys(machines).length).toBe(15);
    template.resourceCountIs("AWS::IAM::Role", 15);
    const fulfil = Object.entries(machines).find(([id]) => id.startsWith("FulfilOrder"))![1] as { Properties: Record<string, unknown> };
    expect(fulfil.Properties.DefinitionSubstitutions).toEqual({ reserveArn: { Ref: expect.stringMatching(/^Reserve/) } });
    const express = Object.entries(machines).find(([id]) => id.startsWith("IngestReading"))![1] as { Properties: Record<string, unknown> };
    expect(express.Properties.StateMachineType).toBe("EXPRESS");
    const policies = JSON.stringify(template.findResources("AWS::IAM::Policy"));
    expect(policies).not.toMatch(/"Action":"[^"]*\*"/);
  }, 300_000);
});

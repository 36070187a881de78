import { relative, sep } from "node:path";
import type { CompiledWorkflow, Placeholder } from "../types.js";
import { selfNamed } from "./cloudformation.js";
import type { DerivedPlaceholder } from "./policy.js";

/** A child workflow the workflow starts: wired by its placeholder, or by the literal ARN its options give. */
export type ChildWorkflow = { name: string; placeholder: string } | { name: string; arn: string };

/** `<name>.manifest.json`: what a deployment tool needs to know about one built workflow. */
export interface Manifest {
  name: string;
  type: "STANDARD" | "EXPRESS";
  queryLanguage: "JSONPath" | "JSONata";
  /** File names, in the manifest's own folder. */
  definition: string;
  policy: string;
  /** The workflow's source file, relative to the manifest's folder. */
  source: string;
  placeholders: Placeholder[];
  /** Values the policy builds from a placeholder; a deployment tool computes them from it. */
  derivedPlaceholders: DerivedPlaceholder[];
  children: ChildWorkflow[];
  /** Set when the policy names the state machine itself (a Distributed Map): it must be deployed under this name. */
  stateMachineName?: string;
}

export const definitionFileName = (name: string): string => `${name}.asl.json`;
export const policyFileName = (name: string): string => `${name}.policy.json`;
export const manifestFileName = (name: string): string => `${name}.manifest.json`;

export function manifestOf(workflow: CompiledWorkflow, outDir: string): Manifest {
  return {
    name: workflow.name,
    type: workflow.type,
    queryLanguage: workflow.queryLanguage,
    definition: definitionFileName(workflow.name),
    policy: policyFileName(workflow.name),
    // Forward slashes on every platform: the manifest is read by tools, not by this machine only.
    source: relative(outDir, workflow.file).split(sep).join("/"),
    placeholders: workflow.placeholders,
    derivedPlaceholders: workflow.derivedPlaceholders,
    children: childrenOf(workflow),
    ...(selfNamed(workflow) ? { stateMachineName: workflow.name } : {}),
  };
}

/** Each child once, in the order first called. */
export function childrenOf(workflow: CompiledWorkflow): ChildWorkflow[] {
  const children = new Map<string, ChildWorkflow>();
  for (const use of workflow.uses) {
    if (use.kind !== "task" || !use.child || children.has(use.child)) continue;
    const arn = use.fields.StateMachineArn;
    if (arn?.kind === "placeholder") children.set(use.child, { name: use.child, placeholder: arn.name });
    else if (arn?.kind === "literal") children.set(use.child, { name: use.child, arn: arn.value });
  }
  return [...children.values()];
}

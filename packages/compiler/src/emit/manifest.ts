import { relative, sep } from "node:path";
import type { CompiledWorkflow, Placeholder } from "../types.js";

/** A child workflow the workflow starts: wired by its placeholder, or by the literal ARN its options give. */
export type ChildWorkflow = { name: string; placeholder: string } | { name: string; arn: string };

/** `<name>.manifest.json`: what a deployment tool needs to know about one built workflow. */
export interface Manifest {
  name: string;
  type: "STANDARD" | "EXPRESS";
  queryLanguage: "JSONPath" | "JSONata";
  /** File names, in the manifest's own folder. */
  definition: string;
  /** The workflow's source file, relative to the manifest's folder. */
  source: string;
  placeholders: Placeholder[];
  children: ChildWorkflow[];
}

export const definitionFileName = (name: string): string => `${name}.asl.json`;
export const manifestFileName = (name: string): string => `${name}.manifest.json`;

export function manifestOf(workflow: CompiledWorkflow, outDir: string): Manifest {
  return {
    name: workflow.name,
    type: workflow.type,
    queryLanguage: workflow.queryLanguage,
    definition: definitionFileName(workflow.name),
    // Forward slashes on every platform: the manifest is read by tools, not by this machine only.
    source: relative(outDir, workflow.file).split(sep).join("/"),
    placeholders: workflow.placeholders,
    children: childrenOf(workflow),
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

import type { Diagnostic } from "./diagnostics/diagnostic.js";
import type { SourceLocation } from "./diagnostics/report.js";
import type { DerivedPlaceholder, PolicyDocument } from "./emit/policy.js";
import type { SourceMap } from "./emit/sourceMap.js";
import type { TaskUse } from "./ir/tasks.js";

/** An ASL state machine definition as written to `<name>.asl.json`. */
export type AslDefinition = {
  Comment?: string;
  StartAt: string;
  States: Record<string, Record<string, unknown>>;
  TimeoutSeconds?: number;
  QueryLanguage?: "JSONPath" | "JSONata";
};

export interface CompileOptions {
  /** Path of the tsconfig.json whose compiler options (and, without `files`, whose files) are used. */
  project?: string;
  /** Files or folders to compile; each may lie outside the tsconfig's `include`. */
  files?: string[];
  /** File texts (by absolute path) read instead of the files on disk: an editor's unsaved buffers. */
  overrides?: Readonly<Record<string, string>>;
}

export interface CompiledWorkflow {
  /** The state machine's name: `options.name`, else the exported const's name. */
  name: string;
  exportName: string;
  /** Absolute path of the source file that declares it. */
  file: string;
  type: "STANDARD" | "EXPRESS";
  definition: AslDefinition;
  queryLanguage: "JSONPath" | "JSONata";
  /** DefinitionSubstitutions placeholders the definition uses (`${ChildArn}` → `ChildArn`), sorted. */
  substitutions: string[];
  /** The same placeholders with what each stands for. */
  placeholders: Placeholder[];
  /** What the execution role acts on, from which the policy is derived. */
  uses: ResourceUse[];
  /** The execution role's least-privilege policy (`<name>.policy.json`). */
  policy: PolicyDocument;
  /** Values the policy builds from placeholders (a child's name from its ARN). */
  derivedPlaceholders: DerivedPlaceholder[];
  /** Where each state comes from in the TypeScript (written as `<name>.map.json`). */
  sourceMap?: SourceMap;
  /** The tasks it calls, by their declared names (what `stepscript run` binds implementations to). */
  tasks?: TaskUse[];
}

export type IntegrationPatternName = "requestResponse" | "sync" | "sync:2" | "waitForTaskToken";

/** A request field's value: written in the code, a placeholder, or chosen at run time. */
export type FieldValue =
  | { kind: "literal"; value: string }
  | { kind: "placeholder"; name: string }
  /** A `${…}` that is not a whole alphanumeric placeholder (reported, never written). */
  | { kind: "malformed"; value: string }
  | { kind: "runtime" };

export interface S3Location {
  bucket: FieldValue;
  key?: FieldValue;
  prefix?: FieldValue;
}

export type ResourceUse =
  | {
      kind: "task";
      taskName: string;
      /** The Task's Resource without its pattern suffix. */
      resource: string;
      pattern: IntegrationPatternName;
      /** Request fields by dotted path (`TopicArn`, `Payload.id`); `""` is a request read whole at run time. */
      fields: Record<string, FieldValue>;
      /** The child workflow's name, for a nested execution. */
      child?: string;
      at: SourceLocation;
    }
  | {
      kind: "distributedMap";
      executionType: "STANDARD" | "EXPRESS";
      label?: string;
      reader?: { resource: string; listing: boolean; location: S3Location };
      resultWriter?: S3Location;
      at: SourceLocation;
    };

/** What a DefinitionSubstitutions placeholder stands for. */
export interface Placeholder {
  name: string;
  /** A Lambda function, a child workflow's state machine, or another service's resource. */
  kind: "lambdaFunction" | "childWorkflow" | "serviceResource";
  /** The Task Resource (without pattern) and the request field where it stands. */
  integration: string;
  field: string;
  /** The task (or child workflow) called with it. */
  task: string;
  /** The child workflow, for a childWorkflow. */
  workflow?: string;
  /** The AWS service and what the field names, from the integration table, for a serviceResource. */
  service?: string;
}

export interface CompileResult {
  workflows: CompiledWorkflow[];
  /** Every problem found, sorted by file, line and column. Empty when the build is clean. */
  diagnostics: Diagnostic[];
  /**
   * Every file the compile read (absolute, sorted): the tsconfig and those it extends, the
   * workflow files and the modules they import, outside node_modules. What `build --watch`
   * watches; absent when unknown, and then the watch rebuilds on any TypeScript file.
   */
  inputs?: string[];
}

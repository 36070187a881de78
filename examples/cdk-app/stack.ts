// Every example deployed with @stepscript/cdk into one stack: each workflow a StepscriptStateMachine,
// the parent-child example's child wired to its parent by ARN.
import { App, Stack } from "aws-cdk-lib";
import { prebuild, StepscriptStateMachine } from "@stepscript/cdk";
import { join } from "node:path";


/** Each example's entry and workflow, by construct id. */
const STANDALONE: Record<string, [example: string, workflow: string]> = {
  AllStateTypes: ["all-state-types", "allStateTypes"],
  Checkout: ["checkout", "checkout"],
  ReleasePipeline: ["cicd-pipeline", "releasePipeline"],
  MigrateUsers: ["csv-migration", "migrateUsers"],
  DailyEtl: ["etl-pipeline", "dailyEtl"],
  IngestReading: ["express-events", "ingestReading"],
  ExpenseApproval: ["human-approval", "expenseApproval"],
  ResizeImages: ["image-batch", "resizeImages"],
  PollJob: ["job-poller", "pollJob"],
  ProcessOrder: ["order-processing", "processOrder"],
  BookTrip: ["saga", "bookTrip"],
  AthenaReport: ["athena-polling", "athenaReport"],
};

/** The example folders the stack deploys. */
export const EXAMPLES_IN_APP = [...Object.values(STANDALONE).map(([example]) => example), "parent-child"];

/** `examples` is the folder of the examples (this file's parent). */
export function examplesStack(examples: string, app: App = new App()): Stack {
  const entry = (example: string, file = "workflow.ts") => join(examples, example, file);
  const stack = new Stack(app, "StepscriptExamples");
  const project = join(examples, "tsconfig.json");
  // One compiler run for all the examples' files.
  prebuild([...Object.values(STANDALONE).map(([example]) => entry(example)), entry("parent-child", "children.ts"), entry("parent-child")], { project });
  for (const [id, [example, workflow]] of Object.entries(STANDALONE)) {
    new StepscriptStateMachine(stack, id, { entry: entry(example), workflow, project });
  }
  const reserve = new StepscriptStateMachine(stack, "Reserve", { entry: entry("parent-child", "children.ts"), workflow: "reserve", project });
  new StepscriptStateMachine(stack, "ShipOrder", { entry: entry("parent-child", "children.ts"), workflow: "ship-order", project });
  new StepscriptStateMachine(stack, "FulfilOrder", {
    entry: entry("parent-child"),
    workflow: "fulfilOrder",
    project,
    substitutions: { reserveArn: reserve.stateMachineArn },
  });
  return stack;
}

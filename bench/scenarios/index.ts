/** Every example's scenarios, in one list for bench/references.test.ts and the bench. */
import type { ExampleScenarios } from "../../packages/compiler/test/harness/scenarios.js";
import { allStateTypesScenarios } from "./all-state-types.js";
import { athenaPolling } from "./athena-polling.js";
import { checkoutScenarios } from "./checkout.js";
import { cicdPipeline } from "./cicd-pipeline.js";
import { etlPipeline } from "./etl-pipeline.js";
import { expressEvents } from "./express-events.js";
import { humanApproval } from "./human-approval.js";
import { jobPoller } from "./job-poller.js";
import { orderProcessing } from "./order-processing.js";
import { parentChild } from "./parent-child.js";
import { saga } from "./saga.js";

// Each example has its own input type; the list holds them side by side.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const exampleScenarios: readonly ExampleScenarios<any>[] = [
  allStateTypesScenarios,
  athenaPolling,
  checkoutScenarios,
  cicdPipeline,
  etlPipeline,
  expressEvents,
  humanApproval,
  jobPoller,
  orderProcessing,
  parentChild,
  saga,
];

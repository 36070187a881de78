/** The scenarios of examples/all-state-types, run by its test, by bench/references.test.ts and by the bench. */
import { bind } from "@stepscript/dsl";
import type { ExampleScenarios } from "../../packages/compiler/test/harness/scenarios.js";
import { allStateTypes, processBranch1, processBranch2, processData, processItem, type Job } from "../../examples/all-state-types/workflow.js";

const job = (items: Job["items"] = [{ id: 1, value: 10 }, { id: 2, value: 20 }, { id: 3, value: 30 }]): Job => ({ jobId: "j-1", items });

const processed = bind(processData, ({ jobId }) => ({ success: true, batch: `batch-${jobId}` }));
const reported = bind(processBranch1, ({ batch }) => ({ summary: `report of ${batch}` }));
const archived = bind(processBranch2, () => ({ archived: true }));
const doubled = bind(processItem, ({ id, value }) => ({ id, doubled: value * 2 }));
const all = [processed, reported, archived, doubled];

export const allStateTypesScenarios: ExampleScenarios<Job> = {
  machine: "allStateTypes",
  workflow: allStateTypes,
  calls: "unordered",
  cases: [
    {
      name: "archived batch",
      input: job(),
      tasks: all,
      output: {
        status: "archived",
        summary: "report of batch-j-1",
        results: [{ id: 1, doubled: 20 }, { id: 2, doubled: 40 }, { id: 3, doubled: 60 }],
      },
    },
    { name: "not archived keeps the started status", input: job([{ id: 7, value: 0 }]), tasks: [processed, reported, bind(processBranch2, () => ({ archived: false })), doubled], output: { status: "started", summary: "report of batch-j-1", results: [{ id: 7, doubled: 0 }] } },
    { name: "no items: zero iterations", input: job([]), tasks: all, output: { status: "archived", summary: "report of batch-j-1", results: [] } },
    { name: "processing reports failure", input: job(), tasks: [bind(processData, () => ({ success: false, batch: "x" }))], error: "ProcessingError", cause: "the data could not be processed" },
    { name: "empty batch returns the task's result", input: job(), tasks: [bind(processData, () => ({ success: true, batch: "" }))], output: { success: true, batch: "" } },
    {
      name: "the task fails: caught as ProcessingError",
      input: job(),
      tasks: [bind(processData, () => { throw Object.assign(new Error("disk full"), { name: "DiskFull" }); })],
      error: "ProcessingError",
      cause: "the data could not be processed",
    },
    {
      name: "a Lambda service error on every attempt (1 + 3 retries): caught",
      input: job(),
      tasks: () => {
        let calls = 0;
        return [bind(processData, ({ jobId }) => {
          calls++;
          if (calls <= 4) throw Object.assign(new Error(`attempt ${calls}`), { name: "Lambda.ServiceException" });
          return { success: true, batch: `batch-${jobId}` };
        }), reported, archived, doubled];
      },
      error: "ProcessingError",
      cause: "the data could not be processed",
    },
    {
      name: "a Lambda service error once: retried, then the normal path",
      input: job([{ id: 5, value: 5 }]),
      tasks: () => {
        let calls = 0;
        return [bind(processData, ({ jobId }) => {
          calls++;
          if (calls === 1) throw Object.assign(new Error("blip"), { name: "Lambda.TooManyRequestsException" });
          return { success: true, batch: `batch-${jobId}` };
        }), reported, archived, doubled];
      },
      output: { status: "archived", summary: "report of batch-j-1", results: [{ id: 5, doubled: 10 }] },
    },
    {
      name: "a failing branch fails the whole",
      input: job(),
      tasks: [processed, bind(processBranch1, () => { throw Object.assign(new Error("report service down"), { name: "ReportDown" }); }), archived, doubled],
      error: "ReportDown",
    },
    {
      name: "a failing item fails the whole",
      input: job([{ id: 1, value: 1 }]),
      tasks: [processed, reported, archived, bind(processItem, () => { throw Object.assign(new Error("bad item"), { name: "BadItem" }); })],
      error: "BadItem",
      cause: "bad item",
    },
  ],
};

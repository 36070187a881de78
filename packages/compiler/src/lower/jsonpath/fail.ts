import type { Template } from "./template.js";

/**
 * A Fail state's Error or Cause field. Step Functions' schema requires a fixed Error or Cause to be
 * a non-empty string, so an empty literal (`new WorkflowError("E", "")`) is produced by an
 * intrinsic through the path field instead, keeping the execution's error exactly as thrown.
 */
export function failField(name: "Error" | "Cause", template: Template): Record<string, unknown> {
  if ("fixed" in template) {
    return template.fixed === "" ? { [`${name}Path`]: "States.Format('')" } : { [name]: template.fixed };
  }
  return { [`${name}Path`]: template.dynamic };
}

export * from "./json.js";
export * from "./asl.js";
export * from "./context.js";
export * from "./errors.js";
export * from "./handler.js";
export * from "./integrations.js";
export * from "./integrationTable.js";
export * from "./integrationRows.js";
export { parseFormatTemplate } from "./format.js";

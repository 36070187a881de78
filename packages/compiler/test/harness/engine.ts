/** The engine runner of the tests is the one users get: @stepscript/testing's. */
export * from "@stepscript/testing";

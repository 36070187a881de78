/**
 * The reference engine (aws-local-stepfunctions 3.0.0) with our fixes and extensions.
 *
 * THE EXTENSION POINT: a fix or an extension is one file in `fixes/` exporting an `EngineFix`,
 * listed in `engineFixes` below, with its test in `packages/testing/test/engine/` (a probe that
 * holds with every fix and fails without this one; see fixes.test.ts). Tests of extensions are
 * taken from AWS's documentation (input, definition, the output AWS shows).
 */
import type { EngineFix } from "./fix.js";
import { arrayRangeIntrinsicFailure } from "./fixes/arrayRangeIntrinsicFailure.js";
import { base64Utf8 } from "./fixes/base64Utf8.js";
import { choiceTypedComparisons } from "./fixes/choiceTypedComparisons.js";
import { choiceTypeTestsFalse } from "./fixes/choiceTypeTestsFalse.js";
import { failIntrinsicPaths } from "./fixes/failIntrinsicPaths.js";
import { failWithoutCause } from "./fixes/failWithoutCause.js";
import { formatEscapedBraces } from "./fixes/formatEscapedBraces.js";
import { intrinsicStringLiterals } from "./fixes/intrinsicStringLiterals.js";
import { jsonMergeCopy } from "./fixes/jsonMergeCopy.js";
import { mathRandomExclusiveEnd } from "./fixes/mathRandomExclusiveEnd.js";
import { nestedEventLogComplete } from "./fixes/nestedEventLogComplete.js";
import { nestedExecutionContext } from "./fixes/nestedExecutionContext.js";
import { passFalsyResult } from "./fixes/passFalsyResult.js";
import { promiseWithResolvers } from "./fixes/promiseWithResolvers.js";
import { resultPathRoot } from "./fixes/resultPathRoot.js";
import { stringSplitDelimiterChars } from "./fixes/stringSplitDelimiterChars.js";
import { taskFailedNotTimeout } from "./fixes/taskFailedNotTimeout.js";

export { applyFix, EngineFixError, type EngineFix, type Replacement } from "./fix.js";
export { loadEngine, type Engine } from "./load.js";

/** Every fix and extension, in the order they are applied. */
export const engineFixes: readonly EngineFix[] = [
  promiseWithResolvers,
  intrinsicStringLiterals,
  formatEscapedBraces,
  base64Utf8,
  jsonMergeCopy,
  mathRandomExclusiveEnd,
  arrayRangeIntrinsicFailure,
  stringSplitDelimiterChars,
  resultPathRoot,
  choiceTypedComparisons,
  choiceTypeTestsFalse,
  failWithoutCause,
  failIntrinsicPaths,
  nestedExecutionContext,
  nestedEventLogComplete,
  passFalsyResult,
  taskFailedNotTimeout,
];

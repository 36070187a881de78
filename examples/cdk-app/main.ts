// The CDK app, run from this folder: `npx cdk synth` (cdk.json runs it with tsx); stack.test.ts synthesizes it.
import { App } from "aws-cdk-lib";
import { resolve } from "node:path";
import { examplesStack } from "./stack.js";

const app = new App();
examplesStack(resolve(".."), app);
app.synth();

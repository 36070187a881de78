import type { EngineFix } from "../fix.js";

export const base64Utf8: EngineFix = {
  name: "base64-utf8",
  why: "States.Base64Encode encodes the string's UTF-8 bytes and States.Base64Decode decodes to UTF-8 text; the engine uses btoa/atob, which take Latin-1 only (btoa('é') is '6Q==', not 'w6k=').",
  replacements: [
    { find: "    return btoa(str);", replace: '    return Buffer.from(str, "utf8").toString("base64");' },
    { find: "    return atob(str);", replace: '    return Buffer.from(str, "base64").toString("utf8");' },
  ],
};

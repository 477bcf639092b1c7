/** The Word host (office-js): the plan at the cursor, settings in the document. */
export { createWordHost, INSERT_LOCATION, MAX_BASE64_LENGTH, supportsInsert, WORD_API_FLOOR } from "./host";
export type { WordHost } from "./host";
export { WordHostError, wordErrorFrom } from "./errors";
export type { WordErrorKind } from "./errors";
export { WordSettings } from "./settings";
export type { SettingsStore } from "./settings";
export type { PartReplacement, ReplaceOutcome } from "./parts";

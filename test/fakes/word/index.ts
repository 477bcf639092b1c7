/** A fake of the Office/Word JavaScript API over an in-memory document. See install.ts. */
export { FakeDocumentSettings, installFakeWord } from "./install";
export type { InstalledFakeWord, InstallWordOptions } from "./install";
export type { DocumentSpec, FakeControl, FakeNode, FakeWordDocument, InsertLocationName } from "./model";
export { allControls, controlsOf, nodesText, outline, wordDocument } from "./model";
export type { FakeWordOptions, Insertion, WordRequestRecord } from "./word";
export { decodeBase64, FakeWordStats } from "./word";
export { FakeOfficeError } from "../office/proxy";

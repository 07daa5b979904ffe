/** The comparison engine: pure functions over plain data, no I/O. */
export { compare } from "./compare";
export { focusExchange } from "./exchanges";
export { DEFAULT_OPTIONS } from "./options";
export { diffWordsBounded, type DiffBounds } from "./diff";
export type * from "./types";
export { classifyEdit, classifyRevision, diffVersions, flattenVersionDiff } from "./versions";
export type { EditClass, EditCounts, EditReason, PairRelation, SentencePair, VersionDiff, VersionEdit, VersionMove, VersionPart } from "./versions/types";

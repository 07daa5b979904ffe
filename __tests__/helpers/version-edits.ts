import { diffVersions } from "@/lib/compare/versions";

/** A version diff's edits as [before, after, class, reason], for exact expectations in the edit-class tests. */
export const versionEdits = (a: string, b: string, language = "en") => diffVersions(a, b, language).edits.map((edit) => [edit.before, edit.after, edit.class, edit.reason]);

/** A version diff's edit classes, in order. */
export const versionClasses = (a: string, b: string, language = "en") => diffVersions(a, b, language).edits.map((edit) => edit.class);

import { bundleSchema, type Bundle } from "../domain/bundle-schema";
import { jsonStrings, MAX_JSON_DEPTH } from "../domain/json-walk";
import { MAX_UPLOAD_BYTES, utf8Bytes } from "./text";
import { invalid, type Result } from "./result";

function issuePath(path: PropertyKey[]): string {
  return path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "") || "(top level)";
}

/** Parses and validates bundle text; every problem is listed with its path. Writes nothing. */
export function parseBundle(json: string): Result<{ bundle: Bundle }> {
  if (!json.trim()) return invalid("The bundle is empty.");
  if (utf8Bytes(json) > MAX_UPLOAD_BYTES) return invalid("The bundle is larger than 5 MB.");
  let raw: unknown;
  try {
    raw = JSON.parse(json.replace(/^\uFEFF/, ""));
  } catch (error) {
    return invalid(`The bundle is not valid JSON: ${error instanceof Error ? error.message : String(error)}.`);
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
    return invalid("The bundle must be a JSON object with “parties” and “events” (see docs/import-format.md).");
  }
  // Walked before zod sees it, iteratively, so deep nesting is a clear refusal rather than a stack overflow.
  const walked = jsonStrings(raw);
  if (!walked.ok) {
    return invalid(`The bundle nests deeper than ${MAX_JSON_DEPTH} levels (at ${walked.path}); nothing was imported.`);
  }
  // Every field's schema is the forms' own (lib/editorial/fields.ts): control characters, sizes and the statement
  // text's cleaning are checked there, so the messages match the forms'.
  const parsed = bundleSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issuePath(issue.path)}: ${issue.message}`);
    return { ...invalid(`The bundle has ${problems.length} problem${problems.length === 1 ? "" : "s"}; nothing was imported.`), problems };
  }
  return { ok: true, bundle: parsed.data };
}

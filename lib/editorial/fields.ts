import { z } from "zod";
import { CORRECTION_KINDS } from "../compare/corrections";
import { isRealDay } from "../domain/dates";
import { EXCHANGE_KINDS, PARTY_KINDS, SOURCE_ROLES, STATEMENT_KINDS } from "../domain/kinds";
import { cleanStatementText, controlCharacterProblem } from "./text";

/**
 * One zod schema per field, shared by every entry point that takes the field: the editor forms
 * (lib/editorial/schemas.ts) and the JSON bundle import and seed (lib/domain/bundle-schema.ts). So a value is
 * accepted, normalised and refused the same way — with the same message — wherever it comes in
 * (__tests__/safety/field-matrix.test.ts runs every field's bad values through every entry point).
 * Text fields refuse control characters; markup is stored as typed and escaped on output.
 */

const clean = (schema: z.ZodString) =>
  schema.superRefine((value, ctx) => {
    const problem = controlCharacterProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: `This ${problem}.` });
  });

/** Required single-line text, trimmed. */
const line = (max: number, label: string) =>
  clean(z.string({ error: `${label} is required.` }).trim().min(1, `${label} is required.`).max(max, `${label} may be at most ${max} characters.`));

/** Optional single-line text: "" becomes null. */
const optionalLine = (max: number, label: string) =>
  clean(z.string({ error: `${label} must be text.` }).trim().max(max, `${label} may be at most ${max} characters.`)).transform((value) => value || null);

/** Optional multi-line text, trimmed ("" allowed). */
const note = (max: number, label: string) =>
  clean(z.string({ error: `${label} must be text.` }).max(max, `${label} may be at most ${max} characters.`)).transform((s) => s.trim());

export const slugField = z
  .string({ error: "A slug is required." })
  .trim()
  .min(1, "A slug is required.")
  .max(120, "A slug may be at most 120 characters.")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens (e.g. pm-office).");

export const dayField = z
  .string({ error: "A date is required." })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2023-11-27.")
  .refine(isRealDay, "That is not a real date.");

// ---------------------------------------------------------------- party

export const partyNameField = line(200, "The name");
export const partyShortNameField = line(60, "The short name");
export const partyKindField = z.enum(PARTY_KINDS, { error: "Choose a kind." });
/** ISO 3166-1 alpha-2, upper-cased; "" becomes null. */
export const countryField = z
  .string({ error: "Use a two-letter country code such as AM, or leave it empty." })
  .trim()
  .toUpperCase()
  .refine((value) => !value || /^[A-Z]{2}$/.test(value), "Use a two-letter country code such as AM, or leave it empty.")
  .transform((value) => value || null);
export const colorField = z.string({ error: "Use a colour like #1d4ed8." }).regex(/^#[0-9a-fA-F]{6}$/, "Use a colour like #1d4ed8.");

// ---------------------------------------------------------------- event

export const titleField = line(300, "The title");
export const summaryField = note(5000, "The summary");

// ---------------------------------------------------------------- statement

export const statementKindField = z.enum(STATEMENT_KINDS, { error: "Choose a kind." });
export const sourceNameField = line(300, "The source");
/** An http(s) link or "" (→ null). Whitespace inside is refused: URL parsers silently drop tabs and line breaks. */
export const sourceUrlField = clean(z.string({ error: "Use an http:// or https:// link." }).trim().max(2000, "A link may be at most 2000 characters."))
  .refine((value) => !value || /^https?:\/\//i.test(value), "Use an http:// or https:// link.")
  .refine((value) => !/\s/.test(value), "A link may not contain spaces or line breaks.")
  .refine((value) => !value || URL.canParse(value), "That is not a valid link.")
  .transform((value) => value || null);
/** A real day or "" (→ null). */
export const optionalDayField = z
  .string({ error: "Use a date like 2023-11-27, or leave it empty." })
  .trim()
  .refine((value) => !value || (/^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDay(value)), "Use a date like 2023-11-27, or leave it empty.")
  .transform((value) => value || null);
export const publishedOnField = optionalDayField;
/** A BCP 47-shaped language tag (en, hy, az-Latn). */
export const languageField = z
  .string({ error: "Use a language tag such as en, hy or az-Latn." })
  .trim()
  .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "Use a language tag such as en, hy or az-Latn.");
export const speakerField = optionalLine(200, "The speaker");
export const provenanceNoteField = note(2000, "The provenance note");
/**
 * The statement text as stored (lib/editorial/text.ts cleanStatementText: line endings, size, control characters).
 * A refinement, not an aborting transform, so a bundle's other problems are still all listed.
 */
export const statementBodyField = z
  .string({ error: "The text is empty." })
  .superRefine((raw, ctx) => {
    const cleaned = cleanStatementText(raw);
    if (!cleaned.ok) ctx.addIssue({ code: "custom", message: cleaned.error });
  })
  .transform((raw) => {
    const cleaned = cleanStatementText(raw);
    return cleaned.ok ? cleaned.text : raw;
  });
/** primary (a party's own account) or secondary (a news report or other retelling). */
export const sourceRoleField = z.enum(SOURCE_ROLES, { error: "Choose primary or secondary." });

// ---------------------------------------------------------------- exchange

export const exchangeKindField = z.enum(EXCHANGE_KINDS, { error: "Choose a kind." });

// ---------------------------------------------------------------- alignment correction

export const correctionKindField = z.enum(CORRECTION_KINDS, { error: "Choose what to correct." });

/**
 * A segment as the aligned view names it: `<statement db id>@<statement version>:<start>-<end>` (UTF-16 offsets into
 * that version's body, end exclusive). The version makes a stale page's offsets detectable.
 */
export const segmentRefField = z
  .string({ error: "Choose a sentence." })
  .trim()
  .regex(/^\d{1,9}@\d{1,9}:\d{1,9}-\d{1,9}$/, "Choose a sentence.")
  .transform((value) => {
    const [statementId, version, start, end] = value.split(/[@:-]/).map(Number);
    return { statementId, version, start, end };
  })
  .refine((ref) => ref.statementId > 0 && ref.version > 0 && ref.start < ref.end, "Choose a sentence.");

/** What the editor's page showed of an event's corrections (lib/data/corrections.ts alignmentStamp): `<count>:<highest id>`. */
export const alignmentStampField = z.string({ error: "Reload the page and try again." }).regex(/^\d{1,9}:\d{1,9}$/, "Reload the page and try again.");

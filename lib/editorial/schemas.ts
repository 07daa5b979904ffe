import { z } from "zod";
import { VERDICTS } from "../domain/kinds";
import { controlCharacterProblem } from "./text";

import {
  alignmentStampField,
  colorField,
  correctionKindField,
  countryField,
  dayField,
  exchangeKindField,
  languageField,
  optionalDayField,
  partyKindField,
  partyNameField,
  partyShortNameField,
  provenanceNoteField,
  publishedOnField,
  segmentRefField,
  slugField,
  sourceNameField,
  sourceRoleField,
  sourceUrlField,
  speakerField,
  statementKindField,
  summaryField,
  titleField,
} from "./fields";

/** zod schemas for the editor forms, built from the shared field schemas (lib/editorial/fields.ts). */

const clean = (schema: z.ZodString) =>
  schema.superRefine((value, ctx) => {
    const problem = controlCharacterProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: `This ${problem}.` });
  });

/** Required single-line text, trimmed. */
const line = (max: number, label = "This field") =>
  clean(z.string({ error: `${label} is required.` }).trim().min(1, `${label} is required.`).max(max, `${label} may be at most ${max} characters.`));

const id = z.coerce.number({ error: "Missing id." }).int().positive("Missing id.");

export const partyFormSchema = z.object({
  slug: slugField,
  name: partyNameField,
  shortName: partyShortNameField,
  kind: partyKindField,
  country: countryField,
  color: colorField,
});

export const eventFormSchema = z.object({
  slug: slugField,
  title: titleField,
  occurredOn: dayField,
  summary: summaryField,
});

/** Statement metadata; the body is checked separately by cleanStatementText (size, control characters). */
export const statementMetaSchema = z.object({
  slug: slugField,
  partyId: z.coerce.number({ error: "Choose a party." }).int().positive("Choose a party."),
  title: titleField,
  kind: statementKindField,
  sourceName: sourceNameField,
  sourceUrl: sourceUrlField,
  publishedOn: publishedOnField,
  language: languageField.default("en"),
  speaker: speakerField,
  provenanceNote: provenanceNoteField,
  /** "" (or absent): from the kind — a news report is secondary, the rest primary. */
  sourceRole: z
    .union([sourceRoleField, z.literal("")], { error: "Choose primary or secondary." })
    .optional()
    .transform((value) => value || null),
  /** Ids of the event's exchanges it reports; none: every exchange of the event. */
  exchangeIds: z.array(z.coerce.number().int().positive("Unknown exchange.")).default([]),
});

export const exchangeFormSchema = z.object({
  eventId: id,
  slug: slugField,
  kind: exchangeKindField,
  title: titleField,
  occurredOn: optionalDayField,
  participantIds: z.array(z.coerce.number().int().positive("Unknown party.")).default([]),
});

/**
 * Where a new statement's text came from, beside its metadata: the pending snapshot of an import (URL, PDF, .docx)
 * to keep with it, and whether to watch its source URL for edits (a checkbox: "on" or absent).
 */
export const statementSourceSchema = z.object({
  snapshotId: z
    .union([z.literal("").transform(() => null), z.coerce.number().int().positive("Unknown imported source.")])
    .nullable()
    .default(null),
  watch: z
    .enum(["on", ""], { error: "Unknown watch choice." })
    .optional()
    .transform((value) => value === "on"),
});

export const statementEditSchema = statementMetaSchema.extend({
  id,
  version: z.coerce.number({ error: "Missing version." }).int().positive("Missing version."),
  reason: clean(z.string().trim().max(500, "The reason may be at most 500 characters.")),
});

export const annotationFormSchema = z.object({
  statementId: id,
  version: z.coerce.number().int().positive("Missing version."),
  start: z.coerce.number({ error: "Select some text first." }).int().min(0, "Select some text first."),
  end: z.coerce.number({ error: "Select some text first." }).int().min(1, "Select some text first."),
  exact: z.string().min(1, "Select some text first.").max(5000, "Select at most 5000 characters."),
  verdict: z.enum(VERDICTS, { error: "Choose a verdict." }),
  note: line(5000, "The note"),
  sources: z
    .array(
      z
        .string()
        .trim()
        .max(2000, "A link may be at most 2000 characters.")
        // No whitespace or control characters inside: URL parsers would silently drop tabs and line breaks.
        .refine((value) => /^https?:\/\//i.test(value) && !/[\s\u0000-\u001F\u007F]/.test(value) && URL.canParse(value), "Each source must be an http:// or https:// link."),
    )
    .min(1, "Give at least one source link.")
    .max(20, "At most 20 source links."),
});

/** Changing an annotation's judgement; its anchor (the quoted words) stays as it is. */
export const annotationEditSchema = annotationFormSchema.pick({ verdict: true, note: true, sources: true }).extend({
  id,
  /** The annotation version the editor started from (optimistic concurrency). */
  version: z.coerce.number({ error: "Missing version." }).int().positive("Missing version."),
});

/**
 * A correction of an event's alignment (lib/data/corrections.ts): a split names one sentence (`subject`); the other
 * kinds also name a sentence of the other row or cell (`target`), which for "not the same claim" and "said in other
 * words" is of another statement. `seen` is the corrections stamp of the page the editor acted on.
 */
export const correctionFormSchema = z
  .object({
    eventId: id,
    kind: correctionKindField,
    seen: alignmentStampField,
    subject: segmentRefField,
    target: z.union([z.literal("").transform(() => null), segmentRefField]).optional().transform((value) => value ?? null),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "split" && value.target) ctx.addIssue({ code: "custom", path: ["target"], message: "A split names one sentence only." });
    if (value.kind !== "split" && !value.target) ctx.addIssue({ code: "custom", path: ["target"], message: "Choose the other row." });
    if ((value.kind === "not_same_claim" || value.kind === "said_in_other_words") && value.target?.statementId === value.subject.statementId) {
      ctx.addIssue({ code: "custom", path: ["target"], message: "Choose a sentence of another statement." });
    }
  });

/** "Reset to automatic" (or discarding an orphaned correction): the corrections to delete, each with the version seen. */
export const correctionResetSchema = z.object({
  eventId: id,
  seen: alignmentStampField,
  corrections: z
    .string({ error: "Nothing to reset." })
    .trim()
    .regex(/^\d{1,9}@\d{1,9}(?:,\d{1,9}@\d{1,9}){0,99}$/, "Nothing to reset.")
    .transform((value) => value.split(",").map((pair) => { const [cid, version] = pair.split("@").map(Number); return { id: cid, version }; })),
});

export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter the email address you were registered with."),
  password: z.string().min(1, "Enter your password.").max(200, "That password is too long."),
});

export const editorSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address."),
  name: line(120, "The name"),
  password: z.string().min(12, "Use at least 12 characters.").max(200, "Use at most 200 characters."),
});

/** Field errors keyed by the first path element, first message only. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    const top = String(issue.path[0] ?? "_form");
    errors[key] ??= issue.message;
    errors[top] ??= issue.message;
  }
  return errors;
}

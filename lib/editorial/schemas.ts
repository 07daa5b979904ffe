import { z } from "zod";
import { isRealDay } from "../domain/dates";
import { EXCHANGE_KINDS, PARTY_KINDS, SOURCE_ROLES, STATEMENT_KINDS, VERDICTS } from "../domain/kinds";
import { controlCharacterProblem } from "./text";

/** zod schemas for the editor forms. Text fields refuse control characters; markup is stored as typed and escaped on output. */

const clean = (schema: z.ZodString) =>
  schema.superRefine((value, ctx) => {
    const problem = controlCharacterProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: `This ${problem}.` });
  });

/** Required single-line text, trimmed. */
const line = (max: number, label = "This field") =>
  clean(z.string({ error: `${label} is required.` }).trim().min(1, `${label} is required.`).max(max, `${label} may be at most ${max} characters.`));

/** Optional single-line text: "" becomes null. */
const optionalLine = (max: number, label = "This field") =>
  clean(z.string().trim().max(max, `${label} may be at most ${max} characters.`)).transform((value) => value || null);

const slugField = z
  .string({ error: "A slug is required." })
  .trim()
  .min(1, "A slug is required.")
  .max(120, "A slug may be at most 120 characters.")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens (e.g. pm-office).");

const isoDate = z
  .string({ error: "A date is required." })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2023-11-27.")
  .refine(isRealDay, "That is not a real date.");

const optionalUrl = z
  .string()
  .trim()
  .max(2000, "A link may be at most 2000 characters.")
  .refine((value) => !value || /^https?:\/\//i.test(value), "Use an http:// or https:// link.")
  .refine((value) => !value || URL.canParse(value), "That is not a valid link.")
  .transform((value) => value || null);

const id = z.coerce.number({ error: "Missing id." }).int().positive("Missing id.");

export const partyFormSchema = z.object({
  slug: slugField,
  name: line(200, "The name"),
  shortName: line(60, "The short name"),
  kind: z.enum(PARTY_KINDS, { error: "Choose a kind." }),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine((value) => !value || /^[A-Z]{2}$/.test(value), "Use a two-letter country code such as AM, or leave it empty.")
    .transform((value) => value || null),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, "Use a colour like #1d4ed8."),
});

export const eventFormSchema = z.object({
  slug: slugField,
  title: line(300, "The title"),
  occurredOn: isoDate,
  summary: clean(z.string().max(5000, "The summary may be at most 5000 characters.")).transform((s) => s.trim()),
});

/** Statement metadata; the body is checked separately by cleanStatementText (size, control characters). */
export const statementMetaSchema = z.object({
  slug: slugField,
  partyId: z.coerce.number({ error: "Choose a party." }).int().positive("Choose a party."),
  title: line(300, "The title"),
  kind: z.enum(STATEMENT_KINDS, { error: "Choose a kind." }),
  sourceName: line(300, "The source"),
  sourceUrl: optionalUrl,
  publishedOn: z
    .string()
    .trim()
    .refine((value) => !value || (/^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDay(value)), "Use a date like 2023-11-27, or leave it empty.")
    .transform((value) => value || null),
  language: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "Use a language tag such as en, hy or az-Latn.")
    .default("en"),
  speaker: optionalLine(200, "The speaker"),
  provenanceNote: clean(z.string().max(2000, "The provenance note may be at most 2000 characters.")).transform((s) => s.trim()),
  /** "" (or absent): from the kind — a news report is secondary, the rest primary. */
  sourceRole: z
    .union([z.enum(SOURCE_ROLES), z.literal("")], { error: "Choose primary or secondary." })
    .optional()
    .transform((value) => value || null),
  /** Ids of the event's exchanges it reports; none: every exchange of the event. */
  exchangeIds: z.array(z.coerce.number().int().positive("Unknown exchange.")).default([]),
});

export const exchangeFormSchema = z.object({
  eventId: id,
  slug: slugField,
  kind: z.enum(EXCHANGE_KINDS, { error: "Choose a kind." }),
  title: line(300, "The title"),
  occurredOn: z
    .string()
    .trim()
    .refine((value) => !value || (/^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDay(value)), "Use a date like 2023-11-27, or leave it empty.")
    .transform((value) => value || null),
  participantIds: z.array(z.coerce.number().int().positive("Unknown party.")).default([]),
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
        .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), "Each source must be an http:// or https:// link."),
    )
    .min(1, "Give at least one source link.")
    .max(20, "At most 20 source links."),
});

/** Changing an annotation's judgement; its anchor (the quoted words) stays as it is. */
export const annotationEditSchema = annotationFormSchema.pick({ verdict: true, note: true, sources: true }).extend({ id });

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

import { z } from "zod";
import { alignThresholdSchema } from "../domain/align-threshold";
import { queryRecord, repeatedMessages } from "../view/query-values";

/** Query of GET /api/events/{slug}/comparison and the export endpoints: strict, so mistakes are 400s. */
export function comparisonQuerySchema(slugs: string[], exchangeSlugs: readonly string[] = []) {
  const slug = z.string().refine((s) => slugs.includes(s), { error: (issue) => `unknown statement "${issue.input}"` });
  return z
    .object({
      statements: z
        .string()
        .optional()
        .transform((value) => (value ? value.split(",").map((s) => s.trim()).filter(Boolean) : slugs))
        .pipe(
          z
            .array(slug)
            .min(2, "name at least two statements")
            .superRefine((named, context) => {
              // "x,x" is one statement: the docs' "at least two" means two different ones.
              const twice = named.filter((s, i) => named.indexOf(s) !== i);
              if (twice.length) context.addIssue({ code: "custom", message: `statement "${twice[0]}" is named twice; name at least two different statements` });
            }),
        ),
      base: slug.optional(),
      // Rounded to two decimals like the page's, so distinct values cannot each force a recompute.
      threshold: alignThresholdSchema.optional(),
      /** An exchange (slug): only the statements reporting it are compared. */
      exchange: z
        .string()
        .refine((s) => exchangeSlugs.includes(s), { error: (issue) => `unknown exchange "${issue.input}"` })
        .optional(),
    })
    .transform(({ statements, base, threshold, exchange }) => ({
      // Event order, whatever the order in the query, so the same set always gives the same comparison.
      statements: slugs.filter((s) => statements.includes(s) || s === base),
      base: base ?? slugs.find((s) => statements.includes(s))!,
      threshold: threshold ?? null,
      exchange: exchange ?? null,
    }));
}

export type ComparisonQuery = z.infer<ReturnType<typeof comparisonQuerySchema>>;

/** Reads the query with comparisonQuerySchema; a parameter given twice is an error naming it (no value wins silently). */
export function parseComparisonQuery(slugs: string[], params: URLSearchParams, exchangeSlugs: readonly string[] = []) {
  const repeated = repeatedMessages(queryRecord(params));
  if (repeated.length) return { ok: false as const, details: repeated.map((message) => ({ parameter: message.split(" ")[0], message })) };
  const result = comparisonQuerySchema(slugs, exchangeSlugs).safeParse(Object.fromEntries(params));
  if (result.success) return { ok: true as const, query: result.data };
  return {
    ok: false as const,
    details: result.error.issues.map((issue) => ({ parameter: issue.path.join(".") || "query", message: issue.message })),
  };
}

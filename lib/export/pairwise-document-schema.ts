import { z } from "zod";
import { versionPairSchema } from "./comparison-document-schema";

/**
 * The `pair` of the pairwise view's JSON export (lib/export/view-document.ts): the comparison's `versions` entry
 * (versionPairSchema) with its sentence pairs, edits, moves and counts required, plus the pair's own view fields.
 * Objects are not strict, so fields added later do not break older readers.
 */
export const pairwiseExportPairSchema = versionPairSchema.required({ pairedShare: true, sentencePairs: true, edits: true, moves: true, counts: true }).extend({
  from: z.string(),
  to: z.string(),
  nearCopy: z.object({ similarity: z.number() }).nullable(),
  /** The two report different exchanges: never versions of one another (lib/view/pairwise-diff DIFFERENT_EXCHANGES_NOTE). */
  differentExchanges: z.boolean(),
  containment: z.string().nullable(),
  changes: z.array(z.object({ number: z.number().int(), removed: z.string(), added: z.string() })),
});

export const pairwiseDocumentSchema = z.object({
  formatVersion: z.literal(1),
  view: z.literal("pairwise"),
  pair: pairwiseExportPairSchema,
});

import { z } from "zod";
import { CORRECTION_KINDS } from "../compare/corrections";
import { bundleSchema, exchangeSchema, partySchema } from "../domain/bundle-schema";
import { EXCHANGE_KINDS, PARTY_KINDS, SOURCE_ROLES, STATEMENT_KINDS } from "../domain/kinds";

/**
 * The JSON export / API comparison document, as a zod schema: what consumers may rely on
 * (docs/comparison-format.md). Objects are not strict, so fields added later do not break older readers.
 */

const span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
const diffPart = z.object({ op: z.enum(["equal", "insert", "delete"]), text: z.string() });
const versionEdit = z.object({
  id: z.string(),
  pairId: z.string(),
  class: z.enum(["fact", "wording", "typographic", "unclassified"]),
  reason: z.string(),
  before: z.string(),
  after: z.string(),
  a: span,
  b: span,
  // A phrase moved inside its sentence: one edit, `a` where it stood and `b` where it stands (docs/edit-classes.md, "Moves").
  moved: z.literal(true).optional(),
});
/** A `versions` entry: one pair of versions with its sentence-aligned diff (lib/compare/versions/version-pair.ts). */
export const versionPairSchema = z.object({
  aId: z.string(),
  bId: z.string(),
  similarity: z.number(),
  status: z.enum(["diffed", "rephrased"]),
  parts: z.array(diffPart),
  // The sentence-aligned diff (issue 12); absent in comparisons stored before it.
  pairedShare: z.number().optional(),
  sentencePairs: z
    .array(
      z.object({
        id: z.string(),
        relation: z.enum(["equal", "changed", "split", "merged", "added", "removed"]),
        aSentences: z.array(z.number().int()),
        bSentences: z.array(z.number().int()),
        a: span.nullable(),
        b: span.nullable(),
        parts: z.array(diffPart.extend({ editId: z.string().optional(), layout: z.literal(true).optional() })),
        moveId: z.string().optional(),
      }),
    )
    .optional(),
  edits: z.array(versionEdit).optional(),
  moves: z
    .array(z.object({ id: z.string(), pairIds: z.array(z.string()), a: span, b: span, fromAfterPairId: z.string().nullable(), reordered: z.literal(true).optional() }))
    .optional(),
  counts: z.object({ fact: z.number(), wording: z.number(), typographic: z.number(), unclassified: z.number() }).optional(),
});

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const comparisonSchema = z.object({
  formatVersion: z.literal(1),
  options: z.object({
    baseId: z.string(),
    alignThreshold: z.number(),
    quoteThreshold: z.number(),
    versionThreshold: z.number(),
    maxEditLength: z.number(),
    diffTimeoutMs: z.number(),
    splitClauses: z.boolean(),
  }),
  statements: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      language: z.string(),
      segments: z.array(
        span.extend({ id: z.string(), statementId: z.string(), index: z.number().int(), kind: z.enum(["sentence", "clause"]), text: z.string() }),
      ),
    }),
  ),
  rows: z.array(
    z.object({
      id: z.string(),
      index: z.number().int(),
      cells: z.array(z.object({ statementId: z.string(), segmentIds: z.array(z.string()), text: z.string(), spans: z.array(span) })),
      reportedBy: z.array(z.string()),
      // Gaps: primary statements only. Documents made before that rule may list a secondary statement here; they stay
      // valid, and readers go by the statement's sourceRole (lib/view/empty-cell.ts): its cell is "not in this report".
      notReportedBy: z.array(z.string()),
      otherExchangeBy: z.array(z.string()),
      // Absent when empty and from documents made before the rule.
      otherLanguageBy: z.array(z.string()).optional(),
      exchangeIds: z.array(z.string()),
      secondaryOnly: z.boolean(),
      soleReporter: z.string().nullable(),
      // Present only on a row that states nothing ("***", a bare "1."); absent from documents made before the field,
      // whose rows lib/compare/wordless-rows.ts rowStatesNothing reads from the cells.
      statesNothing: z.literal(true).optional(),
      similarity: z.number().min(0).max(1),
      // Absent on one-cell rows; similarWords and the judged similarity are absent from comparisons cached before them.
      match: z
        .object({
          strength: z.enum(["strong", "weak"]),
          words: z.array(z.string()),
          names: z.array(z.string()),
          numbers: z.array(z.string()),
          similarWords: z.array(z.object({ kind: z.enum(["synonym", "neighbour"]), a: z.string(), b: z.string() })).optional(),
          similarity: z.number().min(0).max(1).optional(),
        })
        .optional(),
      diffs: z.array(
        z.object({
          fromStatementId: z.string(),
          toStatementId: z.string(),
          status: z.enum(["identical", "diffed", "rephrased"]),
          parts: z.array(diffPart),
        }),
      ),
      corrections: z
        .array(
          z.object({
            id: z.number().int(),
            kind: z.enum(CORRECTION_KINDS),
            editorName: z.string().nullable(),
            createdAt: z.string(),
          }),
        )
        .optional(),
      restatements: z
        .array(z.object({ statementId: z.string(), segmentIds: z.array(z.string()), text: z.string(), spans: z.array(span), correctionId: z.number().int() }))
        .optional(),
    }),
  ),
  coverage: z.array(
    z.object({
      statementId: z.string(),
      reportedRowIds: z.array(z.string()),
      uniqueRowIds: z.array(z.string()),
      missingRowIds: z.array(z.string()),
    }),
  ),
  exchanges: z.array(
    z.object({
      exchangeId: z.string(),
      label: z.string(),
      statementIds: z.array(z.string()),
      rowIds: z.array(z.string()),
      backgroundRowIds: z.array(z.string()),
      parties: z.array(
        z.object({
          party: z.string(),
          participant: z.boolean(),
          statementIds: z.array(z.string()),
          onlyItRowIds: z.array(z.string()),
          leftOutRowIds: z.array(z.string()),
        }),
      ),
    }),
  ),
  entities: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(["person", "place", "organisation", "number", "date", "quote"]),
      text: z.string(),
      key: z.string(),
      mentions: z.array(z.object({ statementId: z.string(), spans: z.array(span) })),
      mentionedBy: z.array(z.string()),
    }),
  ),
  quotes: z.array(
    z.object({
      id: z.string(),
      statementId: z.string(),
      text: z.string(),
      spans: z.array(span),
      verdict: z.enum(["verbatim", "altered", "not_found", "not_found_in_speaker", "other_party", "no_speaker_statement"]),
      speaker: z.object({ name: z.string(), basis: z.string(), statementIds: z.array(z.string()) }).nullable(),
      source: z
        .object({ statementId: z.string(), span, text: z.string(), similarity: z.number(), parts: z.array(diffPart) })
        .nullable(),
      verbatimIn: z.array(z.string()),
    }),
  ),
  versions: z.array(versionPairSchema),
});

export const comparisonDocumentSchema = z.object({
  formatVersion: z.literal(1),
  event: z.object({ slug: z.string(), title: z.string(), occurredOn: isoDay, summary: z.string() }),
  query: z.object({ statements: z.array(z.string()).min(2), base: z.string(), threshold: z.number().nullable(), exchange: z.string().nullable() }),
  exchanges: z.array(exchangeSchema.extend({ kind: z.enum(EXCHANGE_KINDS) })),
  statements: z.array(
    z.object({
      id: z.string(),
      dbId: z.number().int(),
      label: z.string(),
      version: z.number().int().positive(),
      title: z.string(),
      kind: z.enum(STATEMENT_KINDS),
      sourceRole: z.enum(SOURCE_ROLES),
      exchanges: z.array(z.string()),
      sourceName: z.string(),
      sourceUrl: z.string().nullable(),
      publishedOn: isoDay.nullable(),
      speaker: z.string().nullable(),
      provenanceNote: z.string(),
      party: partySchema.extend({ kind: z.enum(PARTY_KINDS) }),
    }),
  ),
  bundle: bundleSchema,
  comparison: comparisonSchema,
  exportedAt: z.iso.datetime().optional(),
  annotations: z.array(z.unknown()).optional(),
});

export type ComparisonDocumentJson = z.infer<typeof comparisonDocumentSchema>;

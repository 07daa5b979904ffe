import { layoutChanges } from "../view/change-blocks";
import { containment } from "../view/containment";
import { versionPairOf } from "../compare/versions/version-pair";
import { isoDay } from "../format";
import type { EventViewState } from "../view/event-view-state";
import type { EventWithStatements } from "../data/events";
import { comparisonDocument } from "./comparison-document";
import { coverageExport } from "./coverage-export";
import type { ExportModel } from "./model";
import { quoteExport } from "./quote-export";

/** Version of the view documents below (coverage, quotes, pairwise); the aligned view exports the comparison format. */
export const VIEW_DOCUMENT_FORMAT_VERSION = 1;

function header(model: ExportModel) {
  return {
    formatVersion: VIEW_DOCUMENT_FORMAT_VERSION,
    view: model.view,
    permalink: model.permalink,
    exportedAt: model.exportedAt.toISOString(),
    event: { slug: model.event.slug, title: model.event.title, occurredOn: isoDay(model.event.occurredOn), summary: model.event.summary },
    exchange: model.exchangeTitle,
    statements: model.columns.map((c) => ({ id: c.id, label: c.label, party: c.partyName, title: c.title, kind: c.kind, sourceRole: c.role })),
  };
}

/**
 * The JSON export of one view:
 * - aligned: the comparison document (docs/comparison-format.md) with `view`, `permalink` and the shown statements'
 *   annotations;
 * - coverage: `{ …header, coverage: CoverageExport }` (filter, columns, matrices with a status per cell);
 * - quotes: `{ …header, quotes: QuoteExport }` (counts, quotations with speaker, statement, verdict, closest passage);
 * - pairwise: `{ …header, pair }`: the two statements (`from`, `to`), near-copy verdict, containment, the word diff,
 *   its change list, and the comparison's version entry fields (`aId`, `bId`, `similarity`, `pairedShare`,
 *   `sentencePairs`, `edits`, `moves`, `counts`: versionPairOf, pairwiseDocumentSchema); the pair's annotations only.
 */
export function viewDocument(event: EventWithStatements, state: EventViewState, model: ExportModel): object {
  switch (model.view) {
    case "coverage":
      return { ...header(model), coverage: coverageExport(model, model.coverage) };
    case "quotes":
      return { ...header(model), quotes: quoteExport(model, model.verdict) };
    case "pairwise": {
      const pair = model.pairwise!;
      return {
        ...header(model),
        pair: {
          // The comparison's `versions` entry shape (versionPairOf), so the API and this export read alike.
          ...versionPairOf(pair.from.id, pair.to.id, pair.versionDiff),
          from: pair.from.id,
          to: pair.to.id,
          nearCopy: pair.nearCopy ? { similarity: pair.nearCopy.similarity } : null,
          differentExchanges: pair.differentExchanges,
          containment: containment(pair.parts),
          parts: pair.parts,
          changes: pair.parts ? layoutChanges(pair.parts).changes.map((c) => ({ number: c.number, removed: c.deleted, added: c.inserted })) : [],
        },
        annotations: model.annotations,
      };
    }
    default:
      return {
        ...comparisonDocument(event, { statements: state.shown, base: state.base, threshold: state.threshold, exchange: state.exchange }),
        view: "aligned",
        permalink: model.permalink,
        exportedAt: model.exportedAt.toISOString(),
        annotations: model.annotations,
      };
  }
}

import type { ComparisonQuery } from "../api/comparison-query";
import { eventBundle, exchangeJson, partyJson } from "../api/serialise";
import type { EventWithStatements } from "../data/events";
import { isoDay } from "../format";
import { compareShown } from "../view/comparison-cache";
import { statementLabels } from "../view/statement-labels";

export const COMPARISON_DOCUMENT_FORMAT_VERSION = 1;

/**
 * The JSON export and API document: event and statement metadata, the importable bundle, the query that
 * produced the comparison, and the engine's comparison itself (docs/comparison-format.md).
 */
export function comparisonDocument(event: EventWithStatements, query: ComparisonQuery) {
  const { statements: shown, comparison } = compareShown(event, {
    shown: query.statements,
    base: query.base,
    threshold: query.threshold,
    exchange: query.exchange,
  });
  const labels = statementLabels(event.statements);
  return {
    formatVersion: COMPARISON_DOCUMENT_FORMAT_VERSION,
    event: { slug: event.slug, title: event.title, occurredOn: isoDay(event.occurredOn), summary: event.summary },
    exchanges: event.exchanges.filter((x) => query.exchange === null || x.slug === query.exchange).map(exchangeJson),
    query,
    statements: shown.map((s) => ({
      id: s.slug,
      dbId: s.id,
      label: labels.get(s.slug)!,
      version: s.version,
      title: s.title,
      kind: s.kind,
      sourceRole: s.sourceRole,
      exchanges: s.exchanges.map((link) => link.exchange.slug),
      sourceName: s.sourceName,
      sourceUrl: s.sourceUrl,
      publishedOn: s.publishedOn ? isoDay(s.publishedOn) : null,
      speaker: s.speaker,
      provenanceNote: s.provenanceNote,
      party: partyJson(s.party),
    })),
    bundle: eventBundle({ ...event, statements: shown, exchanges: event.exchanges.filter((x) => query.exchange === null || x.slug === query.exchange) }),
    comparison,
  };
}

export type ComparisonDocument = ReturnType<typeof comparisonDocument>;

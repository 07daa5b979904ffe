import type { Bundle } from "../domain/bundle-schema";
import type { EventWithStatements, ExchangeWithParticipants, StatementWithParty } from "../data/events";
import type { ExchangeKind, SourceRole } from "../domain/kinds";
import { isoDay } from "../format";

type Party = StatementWithParty["party"];

export function partyJson(party: Party) {
  return {
    slug: party.slug,
    name: party.name,
    shortName: party.shortName,
    kind: party.kind as Bundle["parties"][number]["kind"],
    country: party.country,
    color: party.color,
  };
}

/** A statement in the bundle (import) format: the party by slug, dates as YYYY-MM-DD. */
export function statementBundleJson(statement: StatementWithParty): Bundle["events"][number]["statements"][number] {
  return {
    slug: statement.slug,
    party: statement.party.slug,
    title: statement.title,
    kind: statement.kind as Bundle["events"][number]["statements"][number]["kind"],
    sourceRole: statement.sourceRole as SourceRole,
    exchanges: statement.exchanges.map((link) => link.exchange.slug),
    sourceName: statement.sourceName,
    sourceUrl: statement.sourceUrl,
    publishedOn: statement.publishedOn ? isoDay(statement.publishedOn) : null,
    language: statement.language,
    speaker: statement.speaker,
    provenanceNote: statement.provenanceNote,
    body: statement.body,
  };
}

/** An exchange in the bundle format: participants as party slugs, the date as YYYY-MM-DD. */
export function exchangeJson(exchange: ExchangeWithParticipants): NonNullable<Bundle["events"][number]["exchanges"]>[number] {
  return {
    slug: exchange.slug,
    kind: exchange.kind as ExchangeKind,
    title: exchange.title,
    occurredOn: exchange.occurredOn ? isoDay(exchange.occurredOn) : null,
    participants: exchange.participants.map((p) => p.party.slug),
  };
}

/**
 * The event as an importable bundle: its parties (of its statements and of its exchanges' participants) and the
 * event with its exchanges and statements; a statement's links to exchanges not in `event.exchanges` are left out.
 */
export function eventBundle(event: EventWithStatements): Bundle {
  const parties = new Map(event.statements.map((s) => [s.party.slug, partyJson(s.party)]));
  for (const exchange of event.exchanges) for (const p of exchange.participants) if (!parties.has(p.party.slug)) parties.set(p.party.slug, partyJson(p.party));
  const exchangeSlugs = new Set(event.exchanges.map((x) => x.slug));
  return {
    parties: [...parties.values()],
    events: [
      {
        slug: event.slug,
        title: event.title,
        occurredOn: isoDay(event.occurredOn),
        summary: event.summary,
        exchanges: event.exchanges.map(exchangeJson),
        statements: event.statements.map((statement) => {
          const json = statementBundleJson(statement);
          const exchanges = json.exchanges?.filter((slug) => exchangeSlugs.has(slug)) ?? [];
          return { ...json, exchanges: exchanges.length ? exchanges : undefined };
        }),
      },
    ],
  };
}

/** A statement for the API: the bundle fields plus its id, version and party details. */
export function statementApiJson(statement: StatementWithParty) {
  return {
    id: statement.id,
    ...statementBundleJson(statement),
    party: partyJson(statement.party),
    version: statement.version,
    createdAt: statement.createdAt.toISOString(),
    updatedAt: statement.updatedAt.toISOString(),
  };
}

export function eventApiJson(event: EventWithStatements) {
  return {
    slug: event.slug,
    title: event.title,
    occurredOn: isoDay(event.occurredOn),
    summary: event.summary,
    exchanges: event.exchanges.map(exchangeJson),
    updatedAt: event.updatedAt.toISOString(),
    statements: event.statements.map(statementApiJson),
  };
}

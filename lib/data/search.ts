import type { PrismaClient } from "../../generated/prisma/client";
import { prisma } from "../db";
import { foldForMatching } from "../text/fold";
import { findMatches, snippetAround } from "../text/highlight";
import { searchIndex, type IndexHit } from "./search-index";

export const MAX_QUERY_LENGTH = 200;
const MAX_RESULTS = 50;

export interface SearchHit {
  eventSlug: string;
  eventTitle: string;
  statementSlug: string | null;
  statementTitle: string | null;
  partyName: string | null;
  partyColor: string | null;
  /** A window of text around the first match. */
  snippet: string;
}

/**
 * Finds events by title or summary and statements by title or text through the full-text index
 * (lib/data/search-index: SQLite FTS5 over the texts after the matching fold of lib/text/fold), so "BAKI" finds
 * "Bakı", "O'Brien" finds "O’Brien", "nagorno karabakh" finds "Nagorno-Karabakh" and "ереван" finds "Ереван".
 * The query's words must occur together, the last one as a prefix. Hits come best first (bm25 relevance); each
 * snippet is cut around the first match (lib/text/highlight, the same word rule). At most 50 hits.
 */
export async function search(rawQuery: string, db?: PrismaClient): Promise<SearchHit[]> {
  const query = rawQuery.trim().slice(0, MAX_QUERY_LENGTH);
  if (!query.trim() || !foldForMatching(query).trim()) return [];
  const client = db ?? prisma;
  const found = await searchIndex(query, MAX_RESULTS, client);
  const ids = (kind: IndexHit["kind"]) => found.filter((hit) => hit.kind === kind).map((hit) => hit.id);
  const [events, statements] = await Promise.all([
    client.event.findMany({ where: { id: { in: ids("event") } } }),
    client.statement.findMany({ where: { id: { in: ids("statement") } }, include: { party: true, event: true } }),
  ]);
  const eventById = new Map(events.map((event) => [event.id, event]));
  const statementById = new Map(statements.map((statement) => [statement.id, statement]));
  return found.flatMap((hit): SearchHit[] => {
    if (hit.kind === "event") {
      const event = eventById.get(hit.id);
      if (!event) return [];
      return [
        {
          eventSlug: event.slug,
          eventTitle: event.title,
          statementSlug: null,
          statementTitle: null,
          partyName: null,
          partyColor: null,
          snippet: snippetAround(`${event.title}. ${event.summary}`, query),
        },
      ];
    }
    const statement = statementById.get(hit.id);
    if (!statement) return [];
    const inBody = findMatches(statement.body, query).length > 0;
    return [
      {
        eventSlug: statement.event.slug,
        eventTitle: statement.event.title,
        statementSlug: statement.slug,
        statementTitle: statement.title,
        partyName: statement.party.name,
        partyColor: statement.party.color,
        snippet: snippetAround(inBody ? statement.body : statement.title, query),
      },
    ];
  });
}

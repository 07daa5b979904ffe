import type { PrismaClient } from "../../generated/prisma/client";
import { prisma } from "../db";
import { foldForMatching } from "../text/fold";
import { containsFolded, snippetAround } from "../text/highlight";

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
 * Finds events by title or summary and statements by title or text, matching through the same fold as
 * every other comparison (lib/text/fold: case with dotted/dotless i, composed or decomposed letters,
 * quote marks, dashes, spaces, invisible characters), so "BAKI" finds "Bakı" and "O'Neill" finds
 * "O’Neill". SQL LIKE cannot fold, so titles and texts are read and matched here: linear in the stored
 * text, which at newsroom scale (thousands of statements) answers in well under a second.
 */
export async function search(rawQuery: string, db?: PrismaClient): Promise<SearchHit[]> {
  const query = rawQuery.trim().slice(0, MAX_QUERY_LENGTH);
  if (!query.trim() || !foldForMatching(query).trim()) return [];
  const client = db ?? prisma;
  const [events, statements] = await Promise.all([
    client.event.findMany({ orderBy: { occurredOn: "desc" } }),
    client.statement.findMany({
      include: { party: true, event: true },
      orderBy: [{ event: { occurredOn: "desc" } }, { position: "asc" }],
    }),
  ]);
  const eventHits = events.filter((event) => containsFolded(event.title, query) || containsFolded(event.summary, query)).slice(0, MAX_RESULTS);
  const statementHits = statements
    .map((statement) => ({ statement, inBody: containsFolded(statement.body, query) }))
    .filter(({ statement, inBody }) => inBody || containsFolded(statement.title, query))
    .slice(0, MAX_RESULTS);
  return [
    ...eventHits.map((event) => ({
      eventSlug: event.slug,
      eventTitle: event.title,
      statementSlug: null,
      statementTitle: null,
      partyName: null,
      partyColor: null,
      snippet: snippetAround(`${event.title}. ${event.summary}`, query),
    })),
    ...statementHits.map(({ statement, inBody }) => ({
      eventSlug: statement.event.slug,
      eventTitle: statement.event.title,
      statementSlug: statement.slug,
      statementTitle: statement.title,
      partyName: statement.party.name,
      partyColor: statement.party.color,
      snippet: snippetAround(inBody ? statement.body : statement.title, query),
    })),
  ];
}

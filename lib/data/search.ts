import { prisma } from "../db";
import { snippetAround } from "../view/highlight";

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
 * Finds events by title and statements by title or text. Uses SQL LIKE (Prisma `contains`), which in SQLite folds
 * case for ASCII letters only; an FTS5 index would add stemming, but at newsroom scale LIKE answers in milliseconds.
 */
export async function search(rawQuery: string): Promise<SearchHit[]> {
  const query = rawQuery.trim().slice(0, MAX_QUERY_LENGTH);
  if (!query) return [];
  const [events, statements] = await Promise.all([
    prisma.event.findMany({
      where: { OR: [{ title: { contains: query } }, { summary: { contains: query } }] },
      orderBy: { occurredOn: "desc" },
      take: MAX_RESULTS,
    }),
    prisma.statement.findMany({
      where: { OR: [{ title: { contains: query } }, { body: { contains: query } }] },
      include: { party: true, event: true },
      orderBy: [{ event: { occurredOn: "desc" } }, { position: "asc" }],
      take: MAX_RESULTS,
    }),
  ]);
  return [
    ...events.map((event) => ({
      eventSlug: event.slug,
      eventTitle: event.title,
      statementSlug: null,
      statementTitle: null,
      partyName: null,
      partyColor: null,
      snippet: snippetAround(`${event.title}. ${event.summary}`, query),
    })),
    ...statements.map((statement) => ({
      eventSlug: statement.event.slug,
      eventTitle: statement.event.title,
      statementSlug: statement.slug,
      statementTitle: statement.title,
      partyName: statement.party.name,
      partyColor: statement.party.color,
      snippet: snippetAround(statement.body.toLowerCase().includes(query.toLowerCase()) ? statement.body : statement.title, query),
    })),
  ];
}

import type { PrismaClient } from "../../generated/prisma/client";
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
 * The spellings of the query that SQLite's LIKE must be asked for: LIKE folds case for ASCII letters only, so a
 * query in Armenian, Cyrillic or with accented letters is also tried lower-case, upper-case and capitalised
 * ("ереван" finds "Ереван" and "ЕРЕВАН"). Mixed-case spellings beyond those are not found.
 */
export function caseVariants(query: string): string[] {
  if (/^[\x00-\x7f]*$/.test(query)) return [query];
  const lower = query.toLocaleLowerCase();
  const capitalise = (word: string) => word.charAt(0).toLocaleUpperCase() + word.slice(1);
  const title = lower.split(/(\s+)/).map(capitalise).join("");
  return [...new Set([query, lower, query.toLocaleUpperCase(), capitalise(lower), title])];
}

/**
 * Finds events by title or summary and statements by title or text, with SQL LIKE (Prisma `contains`) over the
 * query's case variants. At newsroom scale that answers in milliseconds; an FTS5 index would add ranking and
 * stemming, at the price of virtual tables that Prisma's migrations do not model.
 */
export async function search(rawQuery: string, db?: PrismaClient): Promise<SearchHit[]> {
  const query = rawQuery.trim().slice(0, MAX_QUERY_LENGTH);
  if (!query) return [];
  const variants = caseVariants(query);
  const anyOf = (...fields: ("title" | "summary" | "body")[]) => fields.flatMap((field) => variants.map((v) => ({ [field]: { contains: v } })));
  const client = db ?? prisma;
  const [events, statements] = await Promise.all([
    client.event.findMany({
      where: { OR: anyOf("title", "summary") },
      orderBy: { occurredOn: "desc" },
      take: MAX_RESULTS,
    }),
    client.statement.findMany({
      where: { OR: anyOf("title", "body") },
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

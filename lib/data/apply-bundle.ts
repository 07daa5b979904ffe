import type { PrismaClient } from "../../generated/prisma/client";
import type { Tx } from "../db";
import type { Bundle, BundleStatement } from "../domain/bundle-schema";
import { dateOrNull } from "../domain/dates";
import { defaultSourceRole } from "../domain/kinds";
import { writeEventExchanges } from "./exchanges";
import { refreshSearchIndex } from "./search-index";

export interface ApplyResult {
  created: number;
  updated: number;
  unchanged: number;
}

function sameDate(a: Date | null, b: Date | null): boolean {
  return (a?.getTime() ?? null) === (b?.getTime() ?? null);
}

/** Field-by-field comparison, so a re-run writes nothing and leaves updatedAt and version alone. */
function differs<T extends Record<string, unknown>>(stored: T, wanted: Partial<T>): boolean {
  return Object.entries(wanted).some(([key, value]) => {
    const current = stored[key];
    if (current instanceof Date || value instanceof Date) return !sameDate(current as Date | null, value as Date | null);
    return current !== value;
  });
}

function statementData(statement: BundleStatement, position: number) {
  return {
    position,
    title: statement.title,
    kind: statement.kind,
    sourceRole: statement.sourceRole ?? defaultSourceRole(statement.kind),
    sourceName: statement.sourceName,
    sourceUrl: statement.sourceUrl,
    publishedOn: dateOrNull(statement.publishedOn),
    language: statement.language,
    speaker: statement.speaker,
    provenanceNote: statement.provenanceNote,
    body: statement.body,
  };
}

/**
 * Writes a validated bundle in one transaction: creates what is missing, updates what differs,
 * leaves the rest untouched (idempotent). A changed statement body bumps its version. Exchanges (and which
 * statements report them) become what the bundle says; they count like parties, events and statements.
 */
export async function applyBundle(prisma: PrismaClient, bundle: Bundle): Promise<ApplyResult> {
  return prisma.$transaction(async (tx: Tx) => {
    const result: ApplyResult = { created: 0, updated: 0, unchanged: 0 };
    const count = (kind: keyof ApplyResult) => (result[kind] += 1);
    const partyIds = new Map<string, number>();

    for (const party of bundle.parties) {
      const { slug, ...data } = party;
      const stored = await tx.party.findUnique({ where: { slug } });
      if (!stored) {
        partyIds.set(slug, (await tx.party.create({ data: party })).id);
        count("created");
        continue;
      }
      partyIds.set(slug, stored.id);
      if (differs(stored, data)) {
        await tx.party.update({ where: { id: stored.id }, data });
        count("updated");
      } else count("unchanged");
    }

    for (const event of bundle.events) {
      const eventData = { title: event.title, occurredOn: dateOrNull(event.occurredOn)!, summary: event.summary };
      let stored = await tx.event.findUnique({ where: { slug: event.slug } });
      if (!stored) {
        stored = await tx.event.create({ data: { slug: event.slug, ...eventData } });
        count("created");
      } else if (differs(stored, eventData)) {
        await tx.event.update({ where: { id: stored.id }, data: eventData });
        count("updated");
      } else count("unchanged");

      const statementIds = new Map<string, number>();
      for (const [position, statement] of event.statements.entries()) {
        const partyId = partyIds.get(statement.party) ?? (await tx.party.findUniqueOrThrow({ where: { slug: statement.party } })).id;
        const data = { ...statementData(statement, position), partyId };
        const existing = await tx.statement.findUnique({
          where: { eventId_slug: { eventId: stored.id, slug: statement.slug } },
        });
        statementIds.set(statement.slug, existing?.id ?? -1);
        if (!existing) {
          statementIds.set(statement.slug, (await tx.statement.create({ data: { ...data, slug: statement.slug, eventId: stored.id } })).id);
          count("created");
        } else if (differs(existing, data)) {
          const version = existing.body === data.body ? existing.version : existing.version + 1;
          await tx.statement.update({ where: { id: existing.id }, data: { ...data, version } });
          count("updated");
        } else count("unchanged");
      }
      const exchanges = await writeEventExchanges(tx, stored.id, event, partyIds, statementIds);
      result.created += exchanges.created;
      result.updated += exchanges.updated;
      result.unchanged += exchanges.unchanged;
    }
    await refreshSearchIndex(tx);
    return result;
  });
}

import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/lib/db";
import type { EditorIdentity } from "@/lib/editorial/result";

export const SAMPLE_BUNDLE = fs.readFileSync(path.join(__dirname, "..", "..", "docs", "samples", "sample-bundle.json"), "utf8");

type Json = Record<string, unknown>;
export function sampleBundle(): { parties: Json[]; events: ({ slug: string; statements: Json[] } & Json)[] } {
  return JSON.parse(SAMPLE_BUNDLE);
}

/** An editor row without the bcrypt cost (the password is never checked in these tests). */
export async function makeEditor(db: PrismaClient, email = "editor@example.org"): Promise<EditorIdentity> {
  return db.editor.create({ data: { email, name: "Test Editor", passwordHash: "not-a-real-hash" }, select: { id: true, email: true, name: true } });
}

/** Row counts of every table, to prove that a refused write wrote nothing. */
export async function tableCounts(db: PrismaClient) {
  const [parties, events, statements, revisions, annotations, editors, exchanges, exchangeLinks] = await Promise.all([
    db.party.count(),
    db.event.count(),
    db.statement.count(),
    db.statementRevision.count(),
    db.annotation.count(),
    db.editor.count(),
    db.exchange.count(),
    db.statementExchange.count(),
  ]);
  return { parties, events, statements, revisions, annotations, editors, exchanges, exchangeLinks };
}

/** The form fields of a stored statement, as the edit form would send them. */
export function editInput(statement: {
  id: number;
  version: number;
  slug: string;
  partyId: number;
  title: string;
  kind: string;
  sourceName: string;
  sourceUrl: string | null;
  publishedOn: Date | null;
  language: string;
  speaker: string | null;
  provenanceNote: string;
  body: string;
}) {
  return {
    id: statement.id,
    version: statement.version,
    slug: statement.slug,
    partyId: statement.partyId,
    title: statement.title,
    kind: statement.kind,
    sourceName: statement.sourceName,
    sourceUrl: statement.sourceUrl ?? "",
    publishedOn: statement.publishedOn?.toISOString().slice(0, 10) ?? "",
    language: statement.language,
    speaker: statement.speaker ?? "",
    provenanceNote: statement.provenanceNote,
    body: statement.body,
    reason: "",
  };
}

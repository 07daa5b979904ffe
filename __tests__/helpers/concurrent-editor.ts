/**
 * One editing process for the two-process concurrency test: its own PrismaClient on the database given (SQLite file or PostgreSQL), saving
 * `count` text edits to one statement, each from the version it last read (so the other process's saves show up as
 * conflicts). Prints one JSON line: { ok, conflict, errors: string[] }.
 *   tsx __tests__/helpers/concurrent-editor.ts <database URL> <statement id> <editor id> <count> <tag>
 */
import { createPrismaClient } from "@/lib/db";
import { updateStatement } from "@/lib/data/statements";

async function main() {
  const [url, statementId, editorId, count, tag] = process.argv.slice(2);
  const db = createPrismaClient(url);
  const editor = { id: Number(editorId), email: `${tag}@example.test`, name: tag };
  const tally = { ok: 0, conflict: 0, errors: [] as string[] };
  for (let i = 0; i < Number(count); i++) {
    try {
      const stored = await db.statement.findUniqueOrThrow({ where: { id: Number(statementId) } });
      await new Promise((resolve) => setTimeout(resolve, i % 3)); // let the other process's save land in between
      const result = await updateStatement(
        db,
        {
          id: stored.id, version: stored.version, slug: stored.slug, partyId: stored.partyId, title: stored.title, kind: stored.kind,
          sourceName: stored.sourceName, sourceUrl: stored.sourceUrl ?? "", publishedOn: "", language: stored.language,
          speaker: stored.speaker ?? "", provenanceNote: stored.provenanceNote, sourceRole: stored.sourceRole,
          body: `${stored.body.split("\n")[0]}\nEdit ${i} by ${tag}.`, reason: `edit ${i} by ${tag}`,
        },
        editor,
      );
      if (result.ok) tally.ok++;
      else if (result.status === "conflict") tally.conflict++;
      else tally.errors.push(`${result.status}: ${result.message}`);
    } catch (error) {
      tally.errors.push(String(error));
    }
  }
  await db.$disconnect();
  console.log(JSON.stringify(tally));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

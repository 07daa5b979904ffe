/**
 * One watch pass over the watched sources (issue 13), suitable for cron:
 *
 *   npm run watch            # from cron, e.g. every 30 minutes
 *
 * Each watched statement's source URL is fetched once (conditional request, Readout's User-Agent); a changed text
 * becomes a revision marked "changed at source", a failed fetch a failed check (see lib/data/source-watch.ts).
 * Prints one line per source and a summary; exits 0 even when sources failed (a failure is data, not an error),
 * 1 only when the pass itself could not run (e.g. no database).
 */
import { createPrismaClient } from "../lib/db";
import { runWatchPass } from "../lib/data/source-watch";

async function main() {
  const prisma = createPrismaClient();
  try {
    const started = Date.now();
    const summary = await runWatchPass(prisma);
    for (const result of summary.results) console.log(`statement ${result.statementId}: ${result.outcome} — ${result.message}`);
    const counts = Object.entries(summary.counts)
      .filter(([, n]) => n > 0)
      .map(([outcome, n]) => `${n} ${outcome.replace("_", " ")}`)
      .join(", ");
    console.log(`Checked ${summary.checked} watched source(s) in ${Date.now() - started} ms${counts ? `: ${counts}` : ""}.`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

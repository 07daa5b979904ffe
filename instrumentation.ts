/**
 * Next.js calls register() once when the server starts.
 * - The comparison workers (lib/jobs/compare-pool.ts) start now and compile the engine, so the first large event
 *   does not wait for it (READOUT_COMPARE_WARM=0 turns this off). Not during `next build`.
 * - With READOUT_WATCH_INTERVAL_MINUTES set (≥ 5), the server runs a watch pass over the watched sources that often
 *   (see README, "watch a source for silent edits"), and after each pass starts a new write generation so anonymous
 *   readers' cached pages are rendered again.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE !== "phase-production-build" && process.env.READOUT_COMPARE_WARM !== "0") {
    const { comparePool } = await import("./lib/jobs/compare-pool");
    comparePool()
      .warm()
      .then(
        (ms) => console.log(`comparison workers ready (${comparePool().started}) in ${Math.round(ms)} ms`),
        (error) => console.error("comparison workers could not be warmed:", error),
      );
  }
  const { startWatchInterval, watchIntervalMs } = await import("./lib/data/watch-interval");
  const intervalMs = watchIntervalMs();
  if (!intervalMs) return;
  const [{ prisma }, { runWatchPass }, { bumpWriteGeneration }] = await Promise.all([
    import("./lib/db"),
    import("./lib/data/source-watch"),
    import("./lib/view/write-generation"),
  ]);
  startWatchInterval(intervalMs, async () => {
    const summary = await runWatchPass(prisma);
    // A pass may record new statement versions: readers' cached event pages get new keys (lib/view/write-generation.ts).
    bumpWriteGeneration();
    return `checked ${summary.checked} source(s): ${JSON.stringify(summary.counts)}`;
  });
}

/**
 * Next.js calls register() once when the server starts. With READOUT_WATCH_INTERVAL_MINUTES set (≥ 5), the server
 * runs a watch pass over the watched sources that often (see README, "watch a source for silent edits").
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startWatchInterval, watchIntervalMs } = await import("./lib/data/watch-interval");
  const intervalMs = watchIntervalMs();
  if (!intervalMs) return;
  const [{ prisma }, { runWatchPass }] = await Promise.all([import("./lib/db"), import("./lib/data/source-watch")]);
  startWatchInterval(intervalMs, async () => {
    const summary = await runWatchPass(prisma);
    return `checked ${summary.checked} source(s): ${JSON.stringify(summary.counts)}`;
  });
}

/**
 * The optional in-server watch interval: with READOUT_WATCH_INTERVAL_MINUTES set, the server itself runs a watch pass
 * (lib/data/source-watch.ts) that often, instead of (or beside) `npm run watch` from cron.
 */

export const WATCH_INTERVAL_ENV = "READOUT_WATCH_INTERVAL_MINUTES";
/** Politeness floor: no source is fetched more often than every 5 minutes by the interval. */
export const MIN_WATCH_INTERVAL_MINUTES = 5;

/**
 * The interval in ms from the environment; null when unset or empty. Throws an Error naming the setting for a value
 * that is not a whole number of minutes ≥ 5.
 */
export function watchIntervalMs(env: Record<string, string | undefined> = process.env): number | null {
  const raw = env[WATCH_INTERVAL_ENV]?.trim();
  if (!raw) return null;
  const minutes = Number(raw);
  if (!Number.isInteger(minutes) || minutes < MIN_WATCH_INTERVAL_MINUTES) {
    throw new Error(`${WATCH_INTERVAL_ENV} must be a whole number of minutes, at least ${MIN_WATCH_INTERVAL_MINUTES} (got “${raw}”).`);
  }
  return minutes * 60_000;
}

/**
 * Calls `pass` every `intervalMs`, never two at once (a pass still running when the next is due skips that turn), and
 * reports each outcome to `log`. The timer does not keep the process alive. Returns a function that stops it.
 */
export function startWatchInterval(intervalMs: number, pass: () => Promise<string>, log: Pick<Console, "info" | "error"> = console): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    pass()
      .then((summary) => log.info(`[watch] ${summary}`))
      .catch((error: unknown) => log.error(`[watch] pass failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

import fs from "node:fs/promises";
import path from "node:path";
import { isWriteGeneration } from "../view/write-generation";

/**
 * Removes the cached event pages of old write generations from Next's on-disk route cache. Every save starts a new
 * generation (lib/view/write-generation.ts), so each anonymous event page is stored again under a new key and the old
 * copy (HTML, RSC payload, meta, segments: ~0.3–4 MB a page) is never asked for again; without this they pile up,
 * one copy per page per write, until the next build. Next 16 keeps them at
 * `<distDir>/server/route-cache/APP_PAGE/<build>/$/events/<slug>/view/<generation>~<query>.{html,rsc,meta,segments}`
 * (FileSystemCache; older layouts under `<distDir>/server/app/events/<slug>/view/` are swept the same way).
 * `keep(generation, modifiedMs)` says which to leave, given the entry's generation and its last modification (ms since
 * the epoch); see keepWhileRunning. Entries not named by a write generation are left alone. Returns the number of
 * entries (files or segment folders) removed; a missing folder is no error. Removing an entry another process still
 * serves is harmless: Next reads a missing file as a miss and renders the page again.
 */
export async function sweepReadingPageEntries(distDir: string, keep: (generation: string, modifiedMs: number) => boolean): Promise<number> {
  const viewDirs: string[] = [];
  const builds = path.join(distDir, "server", "route-cache", "APP_PAGE");
  for (const build of await namesIn(builds)) await collectViewDirs(path.join(builds, build, "$", "events"), viewDirs);
  await collectViewDirs(path.join(distDir, "server", "app", "events"), viewDirs);
  let removed = 0;
  for (const dir of viewDirs) {
    for (const name of await namesIn(dir)) {
      const cut = name.indexOf("~");
      const generation = cut < 0 ? "" : name.slice(0, cut);
      if (!isWriteGeneration(generation)) continue;
      const entry = path.join(dir, name);
      const modifiedMs = await fs.stat(entry).then((stat) => stat.mtimeMs, () => null);
      if (modifiedMs === null || keep(generation, modifiedMs)) continue;
      await fs.rm(entry, { recursive: true, force: true });
      removed++;
    }
  }
  return removed;
}

/** Next's `expireTime` (next.config.js): no entry older than this is served as it is by any process. */
export const ROUTE_CACHE_EXPIRE_MS = 3600 * 1000;

/**
 * The rule while serving: of this process's generations (same seed as `current`) keep only the current one; of other
 * seeds — an earlier run, or another server process sharing this build folder, whose current pages must stay —
 * keep what was written within ROUTE_CACHE_EXPIRE_MS (Next rewrites a page it serves at least every 300 s).
 */
export function keepWhileRunning(current: string, nowMs: number): (generation: string, modifiedMs: number) => boolean {
  const seed = current.split("_")[0];
  return (generation, modifiedMs) => (generation.split("_")[0] === seed ? generation === current : nowMs - modifiedMs < ROUTE_CACHE_EXPIRE_MS);
}

/** `<eventsDir>/<slug>/view` for every slug folder (the build's own `[slug]` folder has no generation entries). */
async function collectViewDirs(eventsDir: string, into: string[]): Promise<void> {
  for (const slug of await namesIn(eventsDir)) into.push(path.join(eventsDir, slug, "view"));
}

async function namesIn(dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT" || (error as NodeJS.ErrnoException).code === "ENOTDIR") return [];
    throw error;
  }
}

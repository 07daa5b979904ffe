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
 * `keep(generation)` says which to leave (at start-up: none — the process has a new seed, no old key is reachable;
 * while running: the current one). Entries not named by a write generation are left alone. Returns the number of
 * entries (files or segment folders) removed; a missing folder is no error.
 */
export async function sweepReadingPageEntries(distDir: string, keep: (generation: string) => boolean): Promise<number> {
  const viewDirs: string[] = [];
  const builds = path.join(distDir, "server", "route-cache", "APP_PAGE");
  for (const build of await namesIn(builds)) await collectViewDirs(path.join(builds, build, "$", "events"), viewDirs);
  await collectViewDirs(path.join(distDir, "server", "app", "events"), viewDirs);
  let removed = 0;
  for (const dir of viewDirs) {
    for (const name of await namesIn(dir)) {
      const cut = name.indexOf("~");
      const generation = cut < 0 ? "" : name.slice(0, cut);
      if (!isWriteGeneration(generation) || keep(generation)) continue;
      await fs.rm(path.join(dir, name), { recursive: true, force: true });
      removed++;
    }
  }
  return removed;
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

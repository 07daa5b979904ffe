/**
 * The reading views' write generation: a process-wide counter that every write path bumps right after it commits, and
 * that proxy.ts puts into the cached event page's key (lib/view/event-page-key.ts). A render that began before a write
 * was keyed with the old generation, so even when it finishes (and is stored by Next's route cache) after the write's
 * revalidatePath, no reader is sent to it again: Next stamps a cache entry with the time it is *stored*, not the time
 * its render began, so without this an entry rendered from the old data counts as fresh until the 300 s backstop.
 *
 * Shape: `<seed>_<count>`, both base 36; the seed is the process start time (ms), so a restarted server never
 * reuses a key that its predecessor left in the on-disk cache. Kept on globalThis: proxy.ts, server actions and
 * instrumentation.ts are separate bundles of the same Node.js process (`next start`), and must share one counter.
 */

interface WriteGenerationState {
  seed: number;
  count: number;
}

const GLOBAL_KEY = Symbol.for("readout.writeGeneration");
const store = globalThis as unknown as Record<symbol, WriteGenerationState | undefined>;

function state(): WriteGenerationState {
  return (store[GLOBAL_KEY] ??= { seed: Date.now(), count: 0 });
}

/** The current generation, e.g. "mi6x2k3a_0". */
export function currentWriteGeneration(): string {
  const { seed, count } = state();
  return `${seed.toString(36)}_${count.toString(36)}`;
}

/** Starts a new generation; call after a write that changes what reading views show has committed. Returns it. */
export function bumpWriteGeneration(): string {
  state().count += 1;
  return currentWriteGeneration();
}

const GENERATION = /^([0-9a-z]{1,12})_([0-9a-z]{1,12})$/;

/** True for a well-formed generation of the form `<seed>_<count>` (does not say whether it is this process's). */
export function isWriteGeneration(text: string): boolean {
  return GENERATION.test(text);
}

/**
 * True when `generation` was handed out by this process: its seed and a count no later than now. The cached route
 * renders only such keys, so made-up generations cannot fill the route cache with copies.
 */
export function isIssuedWriteGeneration(generation: string): boolean {
  const match = GENERATION.exec(generation);
  if (!match) return false;
  const { seed, count } = state();
  return parseInt(match[1], 36) === seed && parseInt(match[2], 36) <= count;
}

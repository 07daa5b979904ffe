/**
 * The V8 young generation the comparison workers run the engine with, and the same setting as a Node flag for the
 * benchmark's children (scripts/bench.ts), so the benchmark times compare() as the app runs it.
 *
 * Why larger than V8's default (16 MB semispaces on 64-bit): one compare() of 5 statements × 10,000 words allocates
 * ~42 MB (heap sampling, session 19), almost all of it dead when the call returns. With 16 MB semispaces each call
 * meets three or four scavenges that copy its live intermediate structures and promote them to the old space; with
 * 64 MB a call fits in about one, so garbage collection, 15–18 % of the engine's samples, mostly goes. Measured on this
 * 2-core machine, 8 alternating fresh processes per setting (`--case time 5 10000`): median of medians 140 ms at the
 * default, 131 ms at 32 MB, 112 ms at 64 MB (docs/PERFORMANCE.md, session 19). The price is memory: peak RSS at
 * 10 × 50,000 words rises from ~245 to ~345 MB (the semispaces fill); at 5 × 10,000 words it does not change
 * (~140 MB). Not used for the request thread, which renders pages and holds many small requests' data.
 */
export const ENGINE_SEMI_SPACE_MB = 64;

/**
 * worker_threads resource limits giving a worker ENGINE_SEMI_SPACE_MB semispaces: Node's maxYoungGenerationSizeMb is
 * V8's young generation size, three semispaces (two for the scavenger and one of new large objects; V8 heap.cc
 * YoungGenerationSizeFromSemiSpaceSize). Checked: a worker given 192 MB reports a 128 MB new space (two semispaces).
 */
export const ENGINE_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 3 * ENGINE_SEMI_SPACE_MB } as const;

/** The same setting as Node command-line flags, for a child process that times the engine (scripts/bench.ts). */
export const ENGINE_NODE_FLAGS: readonly string[] = [`--max-semi-space-size=${ENGINE_SEMI_SPACE_MB}`];

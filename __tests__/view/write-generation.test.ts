import { bumpWriteGeneration, currentWriteGeneration, isIssuedWriteGeneration, isWriteGeneration } from "@/lib/view/write-generation";
import { queryToSegment } from "@/lib/view/event-page-key";

const KEY = Symbol.for("readout.writeGeneration");

describe("write generation", () => {
  test("a page key built before a write never equals one built after it, however many writes", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i += 1) {
      const before = queryToSegment("view=coverage", currentWriteGeneration());
      seen.add(before);
      bumpWriteGeneration();
      const after = queryToSegment("view=coverage", currentWriteGeneration());
      expect(after).not.toBe(before);
      expect(seen.has(after)).toBe(false);
    }
  });

  test("the generation is `<start time in base 36>_<count>`, kept on globalThis so every bundle of the process shares it", () => {
    const state = (globalThis as unknown as Record<symbol, { seed: number; count: number }>)[KEY];
    expect(currentWriteGeneration()).toBe(`${state.seed.toString(36)}_${state.count.toString(36)}`);
    expect(Math.abs(state.seed - Date.now())).toBeLessThan(60_000);
    const count = state.count;
    expect(bumpWriteGeneration()).toBe(`${state.seed.toString(36)}_${(count + 1).toString(36)}`);
  });

  test("a restarted process (new seed) never reissues an earlier process's generation", () => {
    const store = globalThis as unknown as Record<symbol, { seed: number; count: number } | undefined>;
    const earlier = store[KEY]!;
    const issued = currentWriteGeneration();
    store[KEY] = { seed: earlier.seed + 1, count: 0 };
    try {
      expect(currentWriteGeneration()).not.toBe(issued);
      expect(isIssuedWriteGeneration(issued)).toBe(false);
    } finally {
      store[KEY] = earlier;
    }
  });

  test("only generations this process issued (its seed, a count up to now) are accepted", () => {
    const now = currentWriteGeneration();
    const [seed, count] = now.split("_");
    expect(isIssuedWriteGeneration(now)).toBe(true);
    expect(isIssuedWriteGeneration(`${seed}_0`)).toBe(true);
    expect(isIssuedWriteGeneration(`${seed}_${(parseInt(count, 36) + 1).toString(36)}`)).toBe(false);
    expect(isIssuedWriteGeneration(`${(parseInt(seed, 36) - 1).toString(36)}_0`)).toBe(false);
    expect(isIssuedWriteGeneration("garbage")).toBe(false);
    expect(isWriteGeneration("abc_0")).toBe(true);
    expect(isWriteGeneration("abc-0")).toBe(false);
    expect(isWriteGeneration(`${"z".repeat(13)}_0`)).toBe(false);
  });
});

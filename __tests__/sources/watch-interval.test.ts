/** @jest-environment node */
import { startWatchInterval, watchIntervalMs } from "@/lib/data/watch-interval";

describe("the in-server watch interval", () => {
  it("reads READOUT_WATCH_INTERVAL_MINUTES, refusing anything under 5 whole minutes", () => {
    expect(watchIntervalMs({})).toBeNull();
    expect(watchIntervalMs({ READOUT_WATCH_INTERVAL_MINUTES: " " })).toBeNull();
    expect(watchIntervalMs({ READOUT_WATCH_INTERVAL_MINUTES: "30" })).toBe(1_800_000);
    expect(watchIntervalMs({ READOUT_WATCH_INTERVAL_MINUTES: "5" })).toBe(300_000);
    for (const bad of ["4", "2.5", "soon", "-10"]) {
      expect(() => watchIntervalMs({ READOUT_WATCH_INTERVAL_MINUTES: bad })).toThrow(`READOUT_WATCH_INTERVAL_MINUTES must be a whole number of minutes, at least 5 (got “${bad}”).`);
    }
  });

  it("runs a pass each interval, never two at once, and logs failures without stopping", async () => {
    jest.useFakeTimers();
    try {
      const log = { info: jest.fn(), error: jest.fn() };
      let finish: (() => void) | null = null;
      let calls = 0;
      const pass = () => {
        calls += 1;
        if (calls === 2) return Promise.reject(new Error("database locked"));
        return new Promise<string>((resolve) => (finish = () => resolve(`pass ${calls}`)));
      };
      const stop = startWatchInterval(1000, pass, log);
      await jest.advanceTimersByTimeAsync(1000);
      expect(calls).toBe(1);
      await jest.advanceTimersByTimeAsync(3000); // the first pass is still running: these turns are skipped
      expect(calls).toBe(1);
      finish!();
      await jest.advanceTimersByTimeAsync(1000);
      expect(calls).toBe(2);
      await jest.advanceTimersByTimeAsync(1000);
      expect(calls).toBe(3);
      expect(log.info.mock.calls).toEqual([["[watch] pass 1"]]);
      expect(log.error.mock.calls).toEqual([["[watch] pass failed: database locked"]]);
      stop();
      await jest.advanceTimersByTimeAsync(5000);
      expect(calls).toBe(3);
    } finally {
      jest.useRealTimers();
    }
  });
});

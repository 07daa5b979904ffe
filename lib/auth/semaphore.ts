/**
 * A counting semaphore: at most `slots` holders at once, the rest wait in arrival order. Used to bound concurrent
 * password checks (each is ~0.25 s of pure-JS bcrypt at cost 12), so a burst of logins cannot starve other requests.
 */
export class Semaphore {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly slots: number) {
    if (!Number.isInteger(slots) || slots < 1) throw new Error(`A semaphore needs at least one slot, got ${slots}.`);
    this.free = slots;
  }

  /** Runs `task` once a slot is free and releases the slot when it settles (also when it throws). */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free -= 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next(); // hand the slot straight on
      else this.free += 1;
    }
  }

  /** Holders plus waiters right now (for tests and diagnostics). */
  get pending(): number {
    return this.slots - this.free + this.waiting.length;
  }
}

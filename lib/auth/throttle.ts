/**
 * A small in-memory brake on password guessing: after `limit` failed logins for one email within `windowMs`, further
 * attempts for that email are refused until the window has passed. Per process (one `next start`), which is what a
 * single-server SQLite deployment has; a success clears the count.
 */
export class LoginThrottle {
  private failures = new Map<string, number[]>();

  constructor(
    private readonly limit = 5,
    private readonly windowMs = 15 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const times = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (times.length) this.failures.set(key, times);
    else this.failures.delete(key);
    return times;
  }

  /** Milliseconds until another attempt is allowed; 0 when it is allowed now. */
  retryAfter(key: string): number {
    const times = this.recent(key);
    return times.length < this.limit ? 0 : times[0] + this.windowMs - this.now();
  }

  fail(key: string): void {
    this.failures.set(key, [...this.recent(key), this.now()]);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }
}

const globalForThrottle = globalThis as unknown as { readoutLoginThrottle?: LoginThrottle };
export const loginThrottle = (globalForThrottle.readoutLoginThrottle ??= new LoginThrottle());

import bcrypt from "bcryptjs";
import { compareOnWorker } from "./password-worker";
import { Semaphore } from "./semaphore";

const ROUNDS = 12;
// A real bcrypt hash of a random string, compared against when the email is unknown so timing does not tell.
const DUMMY_HASH = "$2b$12$BGU6XI1PKpFOYzK6uF.3LeooYvpTPLuz67//gw8ZJ9civ3.Dt1Uge";
/** At most this many bcrypt checks run at once per server process (on the worker thread); more wait their turn. */
export const CONCURRENT_PASSWORD_CHECKS = 1;

const globalForChecks = globalThis as unknown as { readoutPasswordChecks?: Semaphore; readoutPasswordChecksDone?: number };
const checks = (globalForChecks.readoutPasswordChecks ??= new Semaphore(CONCURRENT_PASSWORD_CHECKS));

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, ROUNDS);
}

/**
 * True when `password` matches the bcrypt `hash`; with a null hash (unknown email) a dummy hash is checked so the
 * answer takes as long. Runs behind the process-wide semaphore (CONCURRENT_PASSWORD_CHECKS), on a worker thread
 * (lib/auth/password-worker.ts) so the event loop keeps answering other requests; in-thread if the worker fails.
 */
export async function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  const ok = await checks.run(() => {
    globalForChecks.readoutPasswordChecksDone = passwordChecksDone() + 1;
    return compareOnWorker(password, hash ?? DUMMY_HASH).catch((error: unknown) => {
      console.error("Password worker failed; checking on the main thread:", error);
      return bcrypt.compare(password, hash ?? DUMMY_HASH);
    });
  });
  return hash !== null && ok;
}

/** How many password checks this process has started (tests prove that refused attempts never reach bcrypt). */
export function passwordChecksDone(): number {
  return globalForChecks.readoutPasswordChecksDone ?? 0;
}

import type { PrismaClient } from "../db";

/**
 * The login throttle, kept in the database (table LoginThrottle) so it survives a restart and is shared by every
 * server process. Each attempt is counted BEFORE its password is checked, by one atomic upsert per key
 * (INSERT … ON CONFLICT DO UPDATE … RETURNING, all three in one transaction), so a parallel burst cannot get more
 * checks than the limit. Three counters, each in a fixed window of WINDOW_MS:
 *
 * - pair (account + client address): at most PAIR_LIMIT attempts; a success clears it. This is what stops guessing.
 * - address: at most ADDRESS_LIMIT attempts over all accounts (one address spraying many accounts).
 * - account: past ACCOUNT_LIMIT attempts from everywhere, only addresses that have not failed in the window may try.
 *   So an attacker who fails from their own addresses never locks the real editor out of a clean address.
 *
 * A success refunds, on the address and account counters, itself and the failures its pair counted since the
 * pair's last success (the editor's own typos from that address). So these two count failures not followed by a
 * success for the same account from the same address (plus attempts in flight), and "clean" means: no such failure.
 * An editor who once mistyped at the office and then logged in there keeps the office clean when the account is
 * attacked later; the attacker never gets a refund without the password. Limits follow OWASP's Authentication
 * Cheat Sheet ("Login Throttling": per account and per source, avoid a lock-out an attacker can trigger).
 */
export const LOGIN_LIMITS = {
  windowMs: 15 * 60 * 1000,
  pair: 5,
  address: 20,
  account: 20,
} as const;

export type ThrottleVerdict =
  | { admitted: true }
  | { admitted: false; reason: "pair" | "address" | "account"; retryAfterMs: number; message: string };

interface Count {
  attempts: number;
  windowStartMs: number;
}

/** The counter keys of one attempt. `account` is the lower-cased email; `address` the client address. */
export function throttleKeys(account: string, address: string) {
  return { pair: `pair:${account}|${address}`, address: `address:${address}`, account: `account:${account}` };
}

function countUp(db: PrismaClient, key: string, now: number) {
  const cutoff = now - LOGIN_LIMITS.windowMs;
  // In DO UPDATE, t."…" are the stored (old) values: both CASEs see the same window start. Qualified,
  // because PostgreSQL finds a bare name ambiguous (stored row or EXCLUDED); SQLite accepts both.
  return db.$queryRaw<{ attempts: number | bigint; windowStartMs: number | bigint }[]>`
    INSERT INTO "LoginThrottle" AS t ("key", "attempts", "windowStartMs") VALUES (${key}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "attempts" = CASE WHEN t."windowStartMs" <= ${cutoff} THEN 1 ELSE t."attempts" + 1 END,
      "windowStartMs" = CASE WHEN t."windowStartMs" <= ${cutoff} THEN ${now} ELSE t."windowStartMs" END
    RETURNING "attempts", "windowStartMs"`;
}

function toCount(rows: { attempts: number | bigint; windowStartMs: number | bigint }[]): Count {
  return { attempts: Number(rows[0].attempts), windowStartMs: Number(rows[0].windowStartMs) };
}

function minutes(ms: number): string {
  const n = Math.max(1, Math.ceil(ms / 60_000));
  return `${n} minute${n === 1 ? "" : "s"}`;
}

/**
 * Counts one login attempt for (account, address) and says whether its password may be checked. Call it before
 * the check, and `settleLoginAttempt` after an admitted one. `now` in Unix ms (for tests).
 */
export async function admitLoginAttempt(db: PrismaClient, account: string, address: string, now = Date.now()): Promise<ThrottleVerdict> {
  const keys = throttleKeys(account, address);
  const [pairRows, addressRows, accountRows] = await db.$transaction([
    countUp(db, keys.pair, now),
    countUp(db, keys.address, now),
    countUp(db, keys.account, now),
  ]);
  const pair = toCount(pairRows);
  const byAddress = toCount(addressRows);
  const byAccount = toCount(accountRows);
  const wait = (count: Count) => count.windowStartMs + LOGIN_LIMITS.windowMs - now;
  if (pair.attempts > LOGIN_LIMITS.pair) {
    return {
      admitted: false,
      reason: "pair",
      retryAfterMs: wait(pair),
      message: `Too many failed attempts for this account from your network. Try again in ${minutes(wait(pair))}.`,
    };
  }
  if (byAddress.attempts > LOGIN_LIMITS.address) {
    return {
      admitted: false,
      reason: "address",
      retryAfterMs: wait(byAddress),
      message: `Too many failed logins from your network. Try again in ${minutes(wait(byAddress))}.`,
    };
  }
  // This attempt is the address's only one in the window: the address has no failure (that its own success has not
  // refunded), so it may always try.
  const addressIsClean = byAddress.attempts === 1;
  if (byAccount.attempts > LOGIN_LIMITS.account && !addressIsClean) {
    return {
      admitted: false,
      reason: "account",
      retryAfterMs: wait(byAccount),
      message: `This account is receiving many failed logins. Try again in ${minutes(wait(byAccount))}, or from another network.`,
    };
  }
  return { admitted: true };
}

/**
 * After an admitted attempt's check. A success refunds the pair's count (this attempt and the pair's failures
 * since its last success; 1 when the pair row is gone) on the address and account counters, never below 0, then
 * clears the pair. A failure changes nothing (it was counted before the check).
 */
export async function settleLoginAttempt(db: PrismaClient, account: string, address: string, succeeded: boolean): Promise<void> {
  if (!succeeded) return;
  const keys = throttleKeys(account, address);
  await db.$transaction([
    db.$executeRaw`UPDATE "LoginThrottle" SET "attempts" = CASE
        WHEN "attempts" > COALESCE((SELECT p."attempts" FROM "LoginThrottle" AS p WHERE p."key" = ${keys.pair}), 1)
        THEN "attempts" - COALESCE((SELECT p."attempts" FROM "LoginThrottle" AS p WHERE p."key" = ${keys.pair}), 1)
        ELSE 0 END
      WHERE "key" IN (${keys.address}, ${keys.account})`,
    db.$executeRaw`DELETE FROM "LoginThrottle" WHERE "key" = ${keys.pair}`,
  ]);
}

/** Drops counters whose window ended (housekeeping; the upsert restarts old windows anyway). */
export async function forgetOldLoginAttempts(db: PrismaClient, now = Date.now()): Promise<number> {
  return db.$executeRaw`DELETE FROM "LoginThrottle" WHERE "windowStartMs" <= ${now - LOGIN_LIMITS.windowMs}`;
}

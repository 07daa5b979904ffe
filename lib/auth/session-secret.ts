import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../db-url";

/** The gitignored file that holds a generated session secret when SESSION_SECRET is not set. */
export const SESSION_SECRET_FILE = ".session-secret";

/**
 * The iron-session password: SESSION_SECRET (at least 32 characters), else the contents of .session-secret,
 * which `npm start` (scripts/prepare.ts) creates with random bytes. Never committed.
 */
export function sessionSecret(): string {
  const fromEnv = process.env.SESSION_SECRET;
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error("SESSION_SECRET must be at least 32 characters long.");
    return fromEnv;
  }
  const file = path.join(/*turbopackIgnore: true*/ projectRoot(), SESSION_SECRET_FILE);
  const secret = fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : "";
  if (secret.length < 32) {
    throw new Error(`No session secret: set SESSION_SECRET (32+ characters) or run \`npm start\` to create ${SESSION_SECRET_FILE}.`);
  }
  return secret;
}

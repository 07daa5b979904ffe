import bcrypt from "bcryptjs";

const ROUNDS = 12;
// A real bcrypt hash of a random string, compared against when the email is unknown so timing does not tell.
const DUMMY_HASH = "$2b$12$BGU6XI1PKpFOYzK6uF.3LeooYvpTPLuz67//gw8ZJ9civ3.Dt1Uge";

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, ROUNDS);
}

export async function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  const ok = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  return hash !== null && ok;
}

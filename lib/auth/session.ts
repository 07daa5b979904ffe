import { getIronSession, type SessionOptions } from "iron-session";
import { cookies } from "next/headers";
import { prisma } from "../db";
import type { EditorIdentity } from "../editorial/result";
import { sessionSecret } from "./session-secret";

export interface SessionData {
  editorId?: number;
}

const EIGHT_HOURS = 8 * 60 * 60;

function sessionOptions(): SessionOptions {
  return {
    password: sessionSecret(),
    cookieName: "readout_session",
    ttl: EIGHT_HOURS,
    cookieOptions: {
      httpOnly: true,
      sameSite: "lax",
      secure: process.env.SESSION_COOKIE_SECURE === "1",
      path: "/",
    },
  };
}

/** The sealed, signed session cookie (iron-session). */
export async function getSession() {
  return getIronSession<SessionData>(await cookies(), sessionOptions());
}

/** The editor behind the current request's session, re-read from the database (a deleted editor is logged out). */
export async function currentEditor(): Promise<EditorIdentity | null> {
  const session = await getSession();
  if (!session.editorId) return null;
  return prisma.editor.findUnique({ where: { id: session.editorId }, select: { id: true, email: true, name: true } });
}

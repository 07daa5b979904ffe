import { getIronSession, type SessionOptions } from "iron-session";
import { cookies } from "next/headers";
import { prisma, type PrismaClient } from "../db";
import type { EditorIdentity } from "../editorial/result";
import { SESSION_COOKIE_NAME } from "./session-cookie";
import { sessionSecret } from "./session-secret";

export interface SessionData {
  editorId?: number;
  /** The editor's sessionVersion when the session was issued; a different stored version ends the session. */
  sessionVersion?: number;
}

const EIGHT_HOURS = 8 * 60 * 60;

function sessionOptions(): SessionOptions {
  return {
    password: sessionSecret(),
    cookieName: SESSION_COOKIE_NAME,
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

/**
 * The editor a session's data stands for, or null: the editor must still exist and its sessionVersion must equal
 * the one the session was issued at (logout, a password reset and removal change it). Read on every request, so
 * a captured cookie stops working server-side, whatever its own expiry says.
 */
export async function editorForSession(db: PrismaClient, data: SessionData): Promise<EditorIdentity | null> {
  if (!Number.isInteger(data.editorId) || !Number.isInteger(data.sessionVersion)) return null;
  const editor = await db.editor.findUnique({
    where: { id: data.editorId },
    select: { id: true, email: true, name: true, sessionVersion: true },
  });
  if (!editor || editor.sessionVersion !== data.sessionVersion) return null;
  return { id: editor.id, email: editor.email, name: editor.name };
}

/** The editor behind the current request's session (null when none, or when the session was ended server-side). */
export async function currentEditor(): Promise<EditorIdentity | null> {
  return editorForSession(prisma, await getSession());
}

/** Starts a session for an editor who just proved their password, bound to their current sessionVersion. */
export async function startSession(editor: { id: number; sessionVersion: number }): Promise<void> {
  const session = await getSession();
  session.editorId = editor.id;
  session.sessionVersion = editor.sessionVersion;
  await session.save();
}

/**
 * Ends every session of the editor behind this request (all devices, every copy of the cookie) by bumping their
 * sessionVersion, then clears this browser's cookie. Only a still-valid session can bump it.
 */
export async function endSession(): Promise<void> {
  const session = await getSession();
  const editor = await editorForSession(prisma, session);
  if (editor) await endEditorSessions(prisma, editor.id);
  session.destroy();
}

/** Ends every session an editor has (logout, password reset). Returns false when there is no such editor. */
export async function endEditorSessions(db: PrismaClient, editorId: number): Promise<boolean> {
  const { count } = await db.editor.updateMany({ where: { id: editorId }, data: { sessionVersion: { increment: 1 } } });
  return count === 1;
}

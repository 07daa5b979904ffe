import { z } from "zod";

/**
 * The largest event the app accepts: at most MAX_EVENT_STATEMENTS statements holding at most MAX_EVENT_CHARACTERS
 * characters (Unicode code points) of statement text together — for example 10 statements × 400,000 characters, or
 * 20 × 200,000. Why these numbers (docs/PERFORMANCE.md, "Large events"): the engine compares 10 × 50,000 words
 * (about 3 M characters) in under 1 s and ~190 MB, and runs in a worker thread for events this size
 * (lib/jobs/compare-pool.ts), so an event at the limit costs seconds of a worker, never the request thread; the
 * 10,000-statement bundle import (issue 16) stays accepted.
 */
export const MAX_EVENT_STATEMENTS = 10_000;
export const MAX_EVENT_CHARACTERS = 4_000_000;

/** Unicode code points in `text` (what SQL's length() counts in SQLite and PostgreSQL alike). */
export function characterCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}

/**
 * An event's statement texts as sizes: `{ statements, characters }` (characters: code points of all texts together).
 * Every entry point — the statement form (create and edit), the bundle import and a source watch's new version — checks
 * the event as it would be after the write with this one schema, so the message is the same everywhere.
 */
export const eventSizeSchema = z
  .object({ statements: z.number().int().min(0), characters: z.number().int().min(0) })
  .superRefine(({ statements, characters }, ctx) => {
    if (statements > MAX_EVENT_STATEMENTS) {
      ctx.addIssue({
        code: "custom",
        message: `The event would hold ${formatCount(statements)} statements; an event may hold at most ${formatCount(MAX_EVENT_STATEMENTS)}. Split it into several events.`,
      });
    }
    if (characters > MAX_EVENT_CHARACTERS) {
      ctx.addIssue({
        code: "custom",
        message: `The event's statements would hold ${formatCount(characters)} characters together; an event may hold at most ${formatCount(MAX_EVENT_CHARACTERS)} (for example 10 statements of 400,000 characters). Split it into several events or shorten the texts.`,
      });
    }
  });

export type EventSize = z.infer<typeof eventSizeSchema>;

/** The refusal message for an event of this size, or null when it is accepted. */
export function eventSizeProblem(size: EventSize): string | null {
  const parsed = eventSizeSchema.safeParse(size);
  return parsed.success ? null : parsed.error.issues.map((issue) => issue.message).join(" ");
}

/** The size of an event holding these statement texts. */
export function eventSizeOf(bodies: readonly string[]): EventSize {
  let characters = 0;
  for (const body of bodies) characters += characterCount(body);
  return { statements: bodies.length, characters };
}

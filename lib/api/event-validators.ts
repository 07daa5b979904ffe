import type { AnnotationView } from "../data/annotations";
import type { EventWithStatements } from "../data/events";
import { eventContentVersion } from "../view/event-content-version";
import { validatorsFor, type Validators } from "./conditional";

/**
 * ETag and Last-Modified of any answer built from an event: the event's content version
 * (lib/view/event-content-version.ts — the one definition of "what the event's answers are built from") plus the
 * answer's own parameters (its kind, format, query), so the event API, its comparison and every export change
 * together on any write. Last-Modified is the newest update time of the event, its statements and their parties.
 */
export function eventValidators(event: EventWithStatements, parameters: string[], annotations: readonly AnnotationView[] = []): Validators {
  return validatorsFor(
    [eventContentVersion(event, annotations), ...parameters],
    [event.updatedAt, ...event.statements.flatMap((s) => [s.updatedAt, s.party.updatedAt])],
  );
}

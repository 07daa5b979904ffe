/** Calendar days as the data model stores them: YYYY-MM-DD strings in forms and bundles, UTC midnight in the database. */

/** A real calendar day: 2023-02-30 parses in V8 (as 2 March), so the date must survive a round trip. */
export function isRealDay(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** A YYYY-MM-DD day as the Date stored for it (UTC midnight); null stays null. */
export function dateOrNull(isoDate: string | null): Date | null {
  return isoDate ? new Date(`${isoDate}T00:00:00Z`) : null;
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** Dates are stored as UTC midnights (calendar days), so they are shown in UTC. */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A URL query as the pages receive it from Next (`searchParams`): each name once, a name given several times as the
 * array of its values. The API routes and exports build the same shape from a URLSearchParams with queryRecord, so
 * one schema reads both and a repeated parameter is caught at every entry point (tester B5).
 */
export type QueryRecord = Record<string, string | string[] | undefined>;

/** `params` as a QueryRecord: a value per name, or the array of its values when the name is repeated. */
export function queryRecord(params: URLSearchParams): QueryRecord {
  const record: Record<string, string | string[]> = {};
  for (const [name, value] of params) {
    const seen = record[name];
    record[name] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return record;
}

/**
 * The message for a parameter given more than once ("from is given 2 times (“1”, “2”); give it once"), or null.
 * No value wins silently: the reader meant one of them and we cannot tell which.
 */
export function repeatedMessage(name: string, value: string | string[] | undefined): string | null {
  if (!Array.isArray(value)) return null;
  return `${name} is given ${value.length} times (${value.map((v) => `“${v}”`).join(", ")}); give it once`;
}

/** Messages for every parameter of `query` given more than once, except the `repeatable` ones (in query order). */
export function repeatedMessages(query: QueryRecord, repeatable: readonly string[] = []): string[] {
  const messages: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    const message = repeatable.includes(name) ? null : repeatedMessage(name, value);
    if (message) messages.push(message);
  }
  return messages;
}

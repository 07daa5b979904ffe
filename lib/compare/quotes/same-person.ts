/** The folded last word of a name, without a possessive ("Antony Blinken’s" → "blinken"). */
export function surname(name: string): string {
  const words = name.replace(/[’']s\b/gu, "").split(/\s+/u).filter(Boolean);
  return (words[words.length - 1] ?? "").toLocaleLowerCase("en");
}

/**
 * Whether two names of one surname can be one person: one of them is the surname alone, or their given names are the
 * same (folded). "Ilham Aliyev" is not "Heydar Aliyev": never one person by surname alone (tester T2, session 16).
 */
export function sameGivenNames(a: string, b: string): boolean {
  const given = (name: string) => name.replace(/[’']s\b/gu, "").split(/\s+/u).filter(Boolean).slice(0, -1).map((word) => word.toLocaleLowerCase("en")).join(" ");
  const left = given(a);
  const right = given(b);
  return left === "" || right === "" || left === right;
}

/** Whether two names can be one person's: the same surname (of two letters or more) and given names that agree (sameGivenNames). */
export function samePerson(a: string, b: string): boolean {
  const last = surname(a);
  return last.length > 1 && last === surname(b) && sameGivenNames(a, b);
}

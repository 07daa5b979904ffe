import { type Gender, givenNameGender } from "./gender";
import { sameGivenNames, samePerson, surname } from "./same-person";

/** A person a pronoun may refer to, or another mention of a person in the text (speakers.ts gives both). */
export interface Antecedent {
  /** The person's name; null: a description that names no one the text introduces (an unknown person). */
  name: string | null;
  /** The gender the text states at this mention: its title words, a Russian verb, a pronoun that referred to it (gender.ts). */
  stated: Gender | null;
  /** A body ("the State Department"): never "he" or "she". */
  body?: boolean;
}

/** Mentions of people by surname, to find one person's (samePerson) without reading them all for each pronoun. */
export class Mentions {
  private readonly bySurname = new Map<string, Antecedent[]>();

  constructor(mentions: Iterable<Antecedent> = []) {
    for (const mention of mentions) this.add(mention);
  }

  add(mention: Antecedent): void {
    if (mention.name === null) return;
    const key = surname(mention.name);
    const known = this.bySurname.get(key);
    if (known) known.push(mention);
    else this.bySurname.set(key, [mention]);
  }

  /** The mentions that can be `name`'s person (samePerson). */
  of(name: string): Antecedent[] {
    return (this.bySurname.get(surname(name)) ?? []).filter((mention) => mention.name !== null && sameGivenNames(mention.name, name));
  }
}

/**
 * What is known of a person's gender: what the text states at this mention; else at their other mentions (one person
 * by samePerson), when it states one gender only; else the lexicon's, for the given name of their fullest name
 * (gender.ts givenNameGender), `fromLexicon` set. Null when neither says, or the text states both. `near`: mentions at
 * hand (the speakers before); `far()`: the rest of the text's (the people it names as subjects before the pronoun and
 * introduces with titles), read only when the near ones state nothing, since reading them costs a pass over the text.
 */
export function personGender(person: Antecedent, near: Mentions, far: () => readonly Mentions[]): { gender: Gender | null; fromLexicon: boolean } {
  const name = person.name;
  if (person.stated || name === null) return { gender: person.stated, fromLexicon: false };
  const same = near.of(name);
  const stated = statedGender(same);
  if (stated !== undefined) return { gender: stated, fromLexicon: false };
  for (const mentions of far()) for (const mention of mentions.of(name)) same.push(mention);
  const statedFar = statedGender(same);
  if (statedFar !== undefined) return { gender: statedFar, fromLexicon: false };
  let fullest = name;
  for (const mention of same) if (mention.name !== null && mention.name.split(/\s+/u).length > fullest.split(/\s+/u).length) fullest = mention.name;
  const gender = givenNameGender(fullest);
  return { gender, fromLexicon: gender !== null };
}

/** The one gender the mentions state; null when they state both; undefined when none states one. */
function statedGender(mentions: readonly Antecedent[]): Gender | null | undefined {
  let found: Gender | undefined;
  for (const mention of mentions) {
    if (!mention.stated) continue;
    if (found && mention.stated !== found) return null;
    found = mention.stated;
  }
  return found;
}

/**
 * Which of `candidates` (nearest first: the last quotation's speaker, then the people named as subjects before the
 * pronoun, nearest first; read lazily, as the search goes) a pronoun of gender `pronoun` refers to: the first that
 * agrees with it, or null — never one that disagrees (a wrong speaker gives a fact-checker a wrong verdict; an unknown
 * one a wider search). A person agrees when what is known of their gender (personGender, over `near` and `far`) is the
 * pronoun's or unknown; a body never does. Past a person who disagrees, and every later mention of them, the next
 * candidate is taken, and so is past the people of `excluded` (the person the pronoun's verb is addressed to: "he told
 * Blinken"); but once a disagreement rests on the given-name lexicon alone (a likelihood: "Kim" is a female name
 * there, and the surname of Kim Jong Un), only a candidate whose gender is known to agree is — one of unknown gender
 * ends the search with null. Pure.
 */
export function agreeingAntecedent(
  pronoun: Gender,
  candidates: Iterable<Antecedent>,
  near: Mentions,
  far: () => readonly Mentions[],
  excluded: readonly string[] = [],
): Antecedent | null {
  const passed = excluded.slice();
  let byLexicon = false;
  for (const candidate of candidates) {
    const name = candidate.name;
    if (candidate.body) continue;
    if (name !== null && passed.some((other) => samePerson(other, name))) continue;
    const { gender, fromLexicon } = personGender(candidate, near, far);
    if (gender === pronoun) return candidate;
    if (gender === null) return byLexicon ? null : candidate;
    if (name !== null) passed.push(name);
    byLexicon ||= fromLexicon;
  }
  return null;
}

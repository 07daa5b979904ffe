import { type Gender, nameGender } from "./gender";
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
 * by samePerson), when it states one gender only; else their fullest name's (gender.ts nameGender: a Slavic surname's
 * ending, else the given-name lexicon), `fromLexicon` set: a likelihood, not the text's word. Null when neither says, or the text states both. `near`: mentions at
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
  const gender = nameGender(fullest);
  return { gender, fromLexicon: gender !== null };
}

/**
 * When every candidate is passed (the text gives each the other gender) and none is of unknown gender: the one person
 * among `rivals` (the people the text names before the pronoun, objects too) whose gender agrees, by the text or by
 * name, and who is not `passed` (nor the addressee). "Блинкен провел разговор с Захаровой. По её словам, «…»": the
 * text gives Blinken "he" by his verb, and Zakharova is the only woman it names (session 18, tester T6 F3). Null when
 * none agrees or two people do. Their fullest mention's name ("Мария Захарова" over "Захарова").
 */
function onlyRival(pronoun: Gender, rivals: Iterable<Antecedent>, near: Mentions, far: () => readonly Mentions[], passed: readonly string[]): Antecedent | null {
  let found: Antecedent | null = null;
  for (const rival of rivals) {
    const name = rival.name;
    if (name === null || passed.some((other) => samePerson(other, name))) continue;
    if (personGender(rival, near, far).gender !== pronoun) continue;
    if (found && !samePerson(found.name as string, name)) return null;
    if (!found || name.split(/\s+/u).length > (found.name as string).split(/\s+/u).length) found = rival;
  }
  return found;
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
 * pronoun, nearest first, then the speaker field's person; read lazily, as the search goes) a pronoun of gender
 * `pronoun` refers to, or null. Each person's gender is known by the text (a title, an honorific, a Russian past tense,
 * at any mention of them), by their name (a Slavic surname's ending or the given-name lexicon: a likelihood), or not
 * at all (personGender over `near` and `far`); bodies, `excluded` (the person the pronoun's verb is addressed to: "he
 * told Blinken") and every later mention of a person passed are skipped. Walking nearest first:
 *   - a person who agrees, by the text or by name, is the one;
 *   - a person the text gives the other gender is passed: the text tells a reader the pronoun is not them;
 *   - a person whose name alone gives the other gender ends the search with null: a likelihood ("Kim", a woman's name
 *     in the lexicon, is Kim Jong Un's surname) never makes a pronoun jump to someone farther (tester T4 F2);
 *   - a person of unknown gender is the one, unless another person the pronoun could mean agrees, by the text or by
 *     name — a farther candidate, or anyone `rivals()` gives (the people the text before names with a gendered
 *     title, as objects too: "Pashinyan met spokeswoman Jane Doe", and those it names in full whose name tells their
 *     gender: "Blinken met Jane Doe", gendered-mentions.ts namedMentions; session 18, tester T6 F1; a rival's gender is
 *     read as a candidate's, personGender) — then the text does not tell which, and the
 *     answer is null, never the nearer unknown one and never a jump (tester T4 F1). A rival by name counts too:
 *     "Jane Doe briefed reporters. Secretary Blinken called Aliyev. “…,” she said." is no more Blinken's than
 *     "Spokeswoman Jane Doe …" is; the cost is a "he" after "Antony Blinken … Pashinyan said" left unknown.
 * When the text's genders pass every candidate (one at least; none of unknown gender, none skipped as the addressee),
 * the one rival who agrees is the one (onlyRival: "Mr. Blinken met Jane Doe. “…,” she said."). Not past an addressee:
 * "Antony Blinken called Ilham Aliyev. “…,” he told Blinken." stays unknown (speaker-title-names.test.ts), the gender
 * being what tells a reader, and the addressee rule no more than who the pronoun is not.
 * A wrong speaker gives a fact-checker a wrong verdict; an unknown one a wider search. Pure.
 */
export function agreeingAntecedent(
  pronoun: Gender,
  candidates: Iterable<Antecedent>,
  near: Mentions,
  far: () => readonly Mentions[],
  excluded: readonly string[] = [],
  rivals: () => Iterable<Antecedent> = () => [],
): Antecedent | null {
  const passed = excluded.slice();
  // The nearest person of unknown gender, taken unless a rival agrees.
  let unknown: Antecedent | null = null;
  // Whether a candidate was skipped as the addressee, and how many the text's genders passed (onlyRival's terms).
  let addressee = false;
  let passedByGender = 0;
  const same = (person: Antecedent, other: string | null) => person.name !== null && other !== null && samePerson(person.name, other);
  for (const candidate of candidates) {
    const name = candidate.name;
    if (candidate.body) continue;
    if (name !== null && passed.some((other) => samePerson(other, name))) {
      if (excluded.some((other) => samePerson(other, name))) addressee = true;
      continue;
    }
    if (unknown) {
      if (same(unknown, name)) continue;
      if (personGender(candidate, near, far).gender === pronoun) return null;
      continue;
    }
    const { gender, fromLexicon } = personGender(candidate, near, far);
    if (gender === pronoun) return candidate;
    if (gender === null) {
      unknown = candidate;
      continue;
    }
    if (fromLexicon) return null;
    passedByGender++;
    if (name !== null) passed.push(name);
  }
  if (!unknown) return passedByGender > 0 && !addressee ? onlyRival(pronoun, rivals(), near, far, passed) : null;
  for (const rival of rivals()) {
    if (same(unknown, rival.name) || (rival.name !== null && passed.some((other) => samePerson(other, rival.name as string)))) continue;
    if (personGender(rival, near, far).gender === pronoun) return null;
  }
  return unknown;
}

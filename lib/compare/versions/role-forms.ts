/**
 * Gendered and gender-neutral forms of one role noun ("spokesperson" / "spokesman" / "spokeswoman", "chairperson" /
 * "chairman" / "chair", "congressperson" / "congressman"). The "-person" compound and the bare "chair" are the
 * gender-neutral forms style guides give for the "-man" / "-woman" compounds (AP Stylebook, "chairman,
 * chairwoman"; The Chicago Manual of Style, 17th ed., §§ 5.251–5.260, gender-neutral "-person" and "chair"): a
 * neutral form swapped for a gendered one names the same role, so the swap is wording. Two gendered forms
 * ("spokesman" / "spokeswoman") say a different person holds the role: not the same (a fact, "title").
 * A compound is split at its last "person" / "persons" / "people" / "man" / "men" / "woman" / "women", so any
 * such pair counts ("ombudsman" / "ombudsperson", "assemblyman" / "assemblyperson"); the singular and the plural
 * are kept apart ("spokesperson" / "spokesmen" is not the same). Words folded (lib/text/fold foldWord).
 */

type Gender = "neutral" | "male" | "female";
interface RoleForm {
  base: string;
  gender: Gender;
  plural: boolean;
}

/** Endings, longest first ("woman" before "man"). */
const ENDINGS: readonly (readonly [string, Gender, boolean])[] = [
  ["persons", "neutral", true],
  ["people", "neutral", true],
  ["person", "neutral", false],
  ["women", "female", true],
  ["woman", "female", false],
  ["men", "male", true],
  ["man", "male", false],
];

/**
 * Role nouns whose bare form is the gender-neutral one beside its "-person" / "-man" / "-woman" compounds
 * (Chicago § 5.255: "chair"). Bare "spokes", "congress", "ombuds" are no role.
 */
const BARE_NEUTRAL = new Set(["chair", "chairs", "anchor", "anchors"]);

/** The shortest base kept: "hu-man", "wo-man", "wo-men" and such are no compounds. */
const MIN_BASE = 4;

/**
 * The role form of a folded word: `{ base, gender, plural }` ("spokeswomen" → `{ base: "spokes", gender: "female",
 * plural: true }`), or null when it is none of the compounds (a base of four letters or more) or bare forms above.
 * Throws nothing.
 */
export function roleFormOf(word: string): RoleForm | null {
  if (BARE_NEUTRAL.has(word)) {
    const plural = word.endsWith("s");
    return { base: plural ? word.slice(0, -1) : word, gender: "neutral", plural };
  }
  for (const [ending, gender, plural] of ENDINGS) {
    if (word.length - ending.length >= MIN_BASE && word.endsWith(ending)) {
      const base = word.slice(0, word.length - ending.length).replace(/[-‐‑]$/u, "");
      return base.length >= MIN_BASE ? { base, gender, plural } : null;
    }
  }
  return null;
}

/**
 * Whether two folded words are forms of one role that name the same holder: the same base and number, one of
 * them gender-neutral ("spokesperson" / "spokesman", "chair" / "chairwoman"). False for two gendered forms
 * ("spokesman" / "spokeswoman"), for other roles ("spokesman" / "minister"), for equal words, and for words
 * that are no role compound. Throws nothing.
 */
export function sameRole(x: string, y: string): boolean {
  if (x === y) return false;
  const a = roleFormOf(x);
  if (!a) return false;
  const b = roleFormOf(y);
  return b !== null && a.base === b.base && a.plural === b.plural && (a.gender === b.gender || a.gender === "neutral" || b.gender === "neutral");
}

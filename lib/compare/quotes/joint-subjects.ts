/**
 * Whether a speaker phrase is one of two or more people joined as one subject ("Aliyev and Pashinyan said", "said
 * Aliyev and Pashinyan in a joint statement", "Алиев и Пашинян …", "Ալիևը և Փաշինյանը …"): the words are theirs
 * together, no one person's, and the quotation has no one speaker (null), as a plural description has none (tester T4
 * F4). `before`: the text right before the phrase; `after`: right after it. A conjunction joins them when a name or a
 * title stands on its other side: a capitalised word (or "the" before the next one), not a clause ("Blinken spoke and
 * Pashinyan said"). Conjunctions: English "and", "or", "&"; Russian "и", "или"; Armenian "և" ("եւ"), "ու", "կամ".
 * Pure.
 */
export function isJointSubject(before: string, after: string): boolean {
  return JOINED_BEFORE.test(before) || JOINED_AFTER.test(after);
}

const CONJUNCTION = "(?:and|or|&|и|или|և|եւ|ու|կամ)";
// "Aliyev and " / "the Secretary, Aliyev and " / "Ալիևը և ": a name or title word (capitalised) before the conjunction.
const JOINED_BEFORE = new RegExp(`\\p{Lu}[\\p{L}’'.-]*\\s*,?\\s+${CONJUNCTION}\\s+$`, "u");
// " and Pashinyan" / " и Пашинян" / ", and the Secretary": another person after it.
const JOINED_AFTER = new RegExp(`^\\s*,?\\s*${CONJUNCTION}\\s+(?:the\\s+)?\\p{Lu}`, "u");

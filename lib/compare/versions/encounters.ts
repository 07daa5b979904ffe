/**
 * The form an encounter took: a telephone call, a video call, a meeting in person, a written message. A readout
 * that turns "a phone call" into "a meeting" says the two sides met, which they did not: a fact, "encounter". Words
 * that name an exchange without its form ("talks", "conversation", "discussion", "spoke") are in no form and stay
 * open to the synonym rules ("call" → "conversation" is wording).
 *
 * Source: the forms diplomatic readouts distinguish in their openings ("held a phone call", "met", "held a video
 * conference", "exchanged letters"; the seed report's two calls), as in the protocol categories of visits and
 * meetings versus telephone conversations in the U.S. Department of State's public schedule. Nouns and unambiguous
 * verb forms only: "called" is left out ("called for" urges), and so are "spoke" and "message" (a message of
 * restraint is no letter); "call" followed by "for", "on", "upon" or "to" in the edit is an appeal or a visit ("his call
 * for restraint", "paid a call on the president"), not a telephone call. Words folded (lib/text/fold
 * foldWord); Russian and Armenian case forms written out (no stemmer for these lists).
 */
const ENCOUNTER_FORMS: readonly (readonly [form: string, words: string])[] = [
  [
    "telephone",
    `call calls phone telephone phoned telephoned phonecall phone-call
    звонок звонка звонке звонком телефонный телефонного телефонном телефону телефонограмма
    հեռախոսազրույց հեռախոսազրույցը հեռախոսազրույցի հեռախոսազրույցում հեռախոսազանգ հեռախոսազանգը հեռախոսով`,
  ],
  [
    "video",
    `video videoconference videoconferences video-conference videocall video-call videolink virtual online
    видеосвязь видеосвязи видеоконференция видеоконференции видеоконференцию видеоформате онлайн
    տեսազանգ տեսազանգը տեսազանգի տեսակոնֆերանս տեսակոնֆերանսը տեսակապ տեսակապով առցանց`,
  ],
  [
    "in person",
    `meeting meetings met meet visit visits visited summit in-person face-to-face
    встреча встречи встречу встрече встречей встретились встретился визит визита визите визитом саммит саммите
    հանդիպում հանդիպումը հանդիպման հանդիպմանը հանդիպեցին հանդիպել այց այցը այցի այցով գագաթնաժողով գագաթնաժողովը`,
  ],
  [
    "written",
    `letter letters wrote written email e-mail
    письмо письма письме письмом послание послания
    նամակ նամակը նամակի ուղերձ ուղերձը ուղերձի`,
  ],
];

/** Each form with its words, folded: [form, words]. */
export const ENCOUNTER_FORM_LISTS: readonly (readonly [form: string, words: readonly string[]])[] = ENCOUNTER_FORMS.map(([form, words]) => [form, words.split(/\s+/u).filter(Boolean)]);

const FORM_OF = new Map<string, string>();
for (const [form, words] of ENCOUNTER_FORM_LISTS) for (const word of words) FORM_OF.set(word, form);

/** The form of encounter a folded word names ("telephone", "video", "in person", "written"), or null. */
export function encounterFormOf(folded: string): string | null {
  return FORM_OF.get(folded) ?? null;
}

const APPEAL_AFTER_CALL = new Set(["for", "on", "upon", "to"]);

/** The forms named by a run of folded words; "call" before "for"/"on"/"upon"/"to" names none (an appeal, a visit). */
function formsOf(keys: readonly string[]): Set<string> {
  const forms = new Set<string>();
  // A video word makes the call or meeting beside it a video one ("video call", "online meeting", "տեսազանգ").
  const video = keys.some((key) => encounterFormOf(key) === "video");
  keys.forEach((key, k) => {
    if ((key === "call" || key === "calls") && APPEAL_AFTER_CALL.has(keys[k + 1])) return;
    const form = encounterFormOf(key);
    if (form !== null) forms.add(video && HEAD_NOUNS.has(key) ? "video" : form);
  });
  return forms;
}

/** Nouns that name an encounter whose form a modifier gives ("video call", "online meeting", "virtual summit"). */
const HEAD_NOUNS = new Set("call calls meeting meetings summit встреча встречи встречу встрече звонок звонка հանդիպում հանդիպումը հանդիպման զանգ".split(" "));

/**
 * Whether every changed word names an encounter and all name one form ("письмо" / "послание", "meeting" / "visit"):
 * another word for the same encounter, wording. `removedKeys`, `addedKeys`: folded words. Pure; never throws.
 */
export function sameEncounterForm(removedKeys: readonly string[], addedKeys: readonly string[]): boolean {
  if (removedKeys.length === 0 || addedKeys.length === 0) return false;
  if (![...removedKeys, ...addedKeys].every((key) => encounterFormOf(key) !== null)) return false;
  const forms = formsOf([...removedKeys, ...addedKeys]);
  return forms.size === 1;
}

/**
 * Whether the edit swaps one form of encounter for another: a word of one form removed and a word of a different
 * form added, with no word of the removed form left among the added ones ("phone call" → "meeting", "visit" →
 * "video call"; not "call" → "phone call"). `removedKeys`, `addedKeys`: folded words. Pure; never throws.
 */
export function changesEncounter(removedKeys: readonly string[], addedKeys: readonly string[]): boolean {
  const removedForms = formsOf(removedKeys);
  const addedForms = formsOf(addedKeys);
  if (removedForms.size === 0 || addedForms.size === 0) return false;
  for (const form of removedForms) if (!addedForms.has(form)) return true;
  for (const form of addedForms) if (!removedForms.has(form)) return true;
  return false;
}

/**
 * Civil and military titles abbreviated before a name (The Chicago Manual of Style, 17th ed., § 10.15: "Sen.", "Rep.",
 * "Gov.", "Gen.", "Col.", "Lt.", "Maj.", "Capt.", "Sgt.", "Adm."…, with the plurals "Sens.", "Reps."), folded and
 * without their dot. One list for the sentence cutter (segment.ts: no sentence ends after them before a name) and the
 * version diff's title rule (versions/title-words.ts: a title only with a capital and before a name).
 */
export const ABBREVIATED_TITLES: ReadonlySet<string> = new Set(
  "sen sens rep reps gov gen lt lieut col maj capt cpt sgt cpl pvt adm cmdr cdr amb brig dep sec min asst supt insp pres".split(" "),
);

/**
 * Surname particles written in lower case before the name (Chicago § 8.5: "de Gaulle", "van der Bellen", "al-Assad"),
 * as one alternation for regular expressions: a title before them still stands before a name.
 */
export const NAME_PARTICLES = "de|da|di|du|del|della|der|den|van|von|le|la|bin|ibn|al|el";

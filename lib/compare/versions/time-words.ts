/**
 * Words that place an event in time and that no date parser reads as a date: weekdays in Russian and Armenian (the
 * English ones are gazetteer.ts WEEKDAYS), seasons, the fixed times of day, and the halves of the 12-hour clock
 * ("a.m.", "p.m.", dotted only: "am" is also a verb); a change of one is a fact, "date".
 * Russian forms after Wade (2011), the chapters on the noun's cases (the weekday after "в" is accusative: "в среду");
 * Armenian forms after Dum-Tragut (2009), the noun's cases (dative "երեքշաբթի" + "ին"), matched by stem with any
 * ending. Words folded (lib/text/fold foldWord).
 */
const EXACT = new Set(
  `spring summer autumn winter springtime summertime wintertime noon midday midnight dawn dusk daybreak nightfall
  sunrise sunset a.m p.m a.m. p.m.
  понедельник понедельника понедельнику понедельником понедельнике вторник вторника вторнику вторником вторнике
  среда среды среде среду средой четверг четверга четвергу четвергом четверге пятница пятницы пятнице пятницу пятницей
  суббота субботы субботе субботу субботой воскресенье воскресенья воскресенью воскресеньем
  весна весны весне весну весной лето лета лете летом осень осени осенью зима зимы зиме зиму зимой
  полдень полдня полудня полночь полуночи утро утра утром вечер вечера вечером днём днем ночь ночи ночью`.split(/\s+/u).filter(Boolean),
);
const ARMENIAN_STEMS = ["երկուշաբթի", "երեքշաբթի", "չորեքշաբթի", "հինգշաբթի", "ուրբաթ", "կիրակի", "գարն", "գարուն", "ամառ", "աշն", "աշուն", "ձմեռ", "ձմռ", "կեսօր", "կեսգիշեր"];

/** Whether a folded word names a weekday (Russian, Armenian), a season or a fixed time of day (in any statement's language). */
export function isTimeWord(key: string): boolean {
  if (EXACT.has(key)) return true;
  return ARMENIAN_LETTER.test(key) && ARMENIAN_STEMS.some((stem) => key.startsWith(stem));
}

const ARMENIAN_LETTER = /[\u0561-\u0587]/u;

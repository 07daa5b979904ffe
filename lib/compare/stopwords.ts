import { primaryLanguage } from "../text/language";

/**
 * Function words that say nothing about which claim a sentence makes. Matching skips them;
 * display never does. Lists are deliberately short: TF-IDF already discounts frequent words,
 * these only remove the ones that would otherwise create spurious candidate pairs.
 */
const ENGLISH = `a about above after again against all also am an and any are aren't as at be because been before
being below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during
each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself
him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my
myself no nor not of off on once only or other ought our ours ourselves out over own same shan't she she'd she'll
she's should shouldn't so some such than that that's the their theirs them themselves then there there's these they
they'd they'll they're they've this those through to too under until up very was wasn't we we'd we'll we're we've
were weren't what what's when when's where where's which while who who's whom why why's with won't would wouldn't
you you'd you'll you're you've your yours yourself yourselves s t`;

const RUSSIAN = `и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот
от меня еще нет о из ему теперь когда даже ну ли если уже или ни быть был него до вас нибудь опять уж вам ведь там
потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе
под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были
куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти нас про всего них какая
много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно
всю между также`;

const ITALIAN = `a ad al allo ai agli all agl alla alle con col coi da dal dallo dai dagli dall dagl dalla dalle di del dello
dei degli dell degl della delle in nel nello nei negli nell negl nella nelle su sul sullo sui sugli sull sugl sulla
sulle per tra fra il lo la i gli le l un uno una un' e ed o ma che chi cui non come dove quando se anche più è sono
era ha hanno ho essere stato stata questo questa questi queste quello quella si ci ne mi ti vi lui lei loro noi voi`;

const AZERBAIJANI = `və ilə üçün da də bu o bir ki ya həm amma lakin isə kimi görə sonra əvvəl qədər artıq hələ çox az
daha ən olan olaraq olub edib etdi edilib tərəfindən barədə haqqında`;

const ARMENIAN = `և եւ ու է են էր էին եմ ենք ես եք ի այդ այս այն որ որը որոնք նա նրանք մենք դուք ես իր իրենց
մի մեկ էլ նաև բայց կամ թե հետ համար մասին վրա մեջ կողմից ըստ`;

const FRENCH = `le la les l un une des du de d et ou mais donc or ni car que qu qui quoi dont où à au aux en dans par pour
sur avec sans sous ce cet cette ces il elle ils elles on nous vous je tu se s son sa ses leur leurs est sont a ont été
être avoir ne pas plus`;

const GERMAN = `der die das den dem des ein eine einer eines einem einen und oder aber doch in im an am auf aus bei mit
nach von vom zu zum zur für über unter vor durch gegen ohne um ist sind war waren wird werden hat haben sich er sie es
wir ihr nicht auch als wie dass`;

const SPANISH = `el la los las lo un una unos unas y e o u pero de del al a en por para con sin sobre entre que quien
cual se su sus es son fue fueron ha han ser estar no más como también`;

function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/u).filter(Boolean));
}

const BY_LANGUAGE = new Map<string, ReadonlySet<string>>([
  ["en", wordSet(ENGLISH)],
  ["ru", wordSet(RUSSIAN)],
  ["it", wordSet(ITALIAN)],
  ["az", wordSet(AZERBAIJANI)],
  ["hy", wordSet(ARMENIAN)],
  ["fr", wordSet(FRENCH)],
  ["de", wordSet(GERMAN)],
  ["es", wordSet(SPANISH)],
]);

const NONE: ReadonlySet<string> = new Set();

/**
 * Stop words for a BCP 47 tag's primary language (lib/text/language primaryLanguage, canonical: "eng", "EN" and
 * "en_GB" read as "en", "rus" as "ru"); empty for languages without a list.
 */
export function stopWordsFor(language: string): ReadonlySet<string> {
  return BY_LANGUAGE.get(primaryLanguage(language)) ?? NONE;
}

/**
 * Small word lists behind the entity heuristics. Keys are case-folded, with ’ written as '.
 * They cover the region and institutions these readouts are about, not the world.
 */

function words(list: string): Set<string> {
  return new Set(list.split(/\s*,\s*|\n/u).map((word) => word.trim()).filter(Boolean));
}

export const PLACES = words(`armenia, azerbaijan, georgia, russia, russian federation, turkey, türkiye, iran, united states,
united states of america, america, us, usa, u.s, u.s.a, ukraine, belarus, moldova, kazakhstan, uzbekistan, turkmenistan,
kyrgyzstan, tajikistan, china, japan, india, pakistan, afghanistan, iraq, syria, israel, palestine, gaza, lebanon, jordan,
egypt, saudi arabia, qatar, united arab emirates, uae, france, germany, italy, spain, portugal, united kingdom, uk, britain,
great britain, poland, greece, cyprus, hungary, romania, bulgaria, serbia, kosovo, canada, mexico, brazil, switzerland,
austria, belgium, netherlands, sweden, norway, finland, denmark, estonia, latvia, lithuania, czech republic, slovakia,
yerevan, baku, tbilisi, moscow, ankara, istanbul, tehran, washington, new york, brussels, paris, berlin, london, rome,
vienna, geneva, kyiv, kiev, minsk, beijing, tokyo, warsaw, prague, budapest, madrid, lisbon, athens, stockholm, oslo,
helsinki, copenhagen, tallinn, riga, vilnius, bucharest, sofia, belgrade, astana, tashkent, ashgabat, bishkek, dushanbe,
shusha, shushi, stepanakert, khankendi, ganja, gyumri, vanadzor, goris, kapan, meghri, jermuk, sochi, alma-ata, almaty,
nagorno-karabakh, karabakh, artsakh, nakhchivan, nakhichevan, syunik, zangezur, lachin, kalbajar, aghdam, fuzuli,
caucasus, south caucasus, europe, eurasia, middle east, central asia, asia, africa, black sea, caspian sea, dc,
district of columbia, crimea, donbas, transnistria, abkhazia, south ossetia`);

/** Spellings of one place that should count as one. */
export const PLACE_ALIASES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    us: "united states",
    usa: "united states",
    "u.s": "united states",
    "u.s.a": "united states",
    america: "united states",
    "united states of america": "united states",
    uk: "united kingdom",
    britain: "united kingdom",
    "great britain": "united kingdom",
    "russian federation": "russia",
    türkiye: "turkey",
    kiev: "kyiv",
    nakhichevan: "nakhchivan",
    // Almaty's name until 1993 ("the Alma-Ata Declaration").
    "alma-ata": "almaty",
    // In these readouts "Washington, DC" (a dateline) and "Washington" are the one capital.
    dc: "washington",
    "district of columbia": "washington",
  }),
);

export const DEMONYMS = words(`armenian, azerbaijani, azeri, american, russian, turkish, iranian, georgian, european, western,
eastern, northern, southern, ukrainian, french, german, british, italian, chinese, israeli, palestinian, soviet, caucasian,
arab, iraqi, syrian, turkic, pro-armenian, pro-azerbaijani, euro-atlantic, transatlantic, atlantic`);

export const TITLES = words(`president, vice, secretary, undersecretary, under, minister, prime, foreign, deputy, assistant,
ambassador, spokesman, spokeswoman, spokesperson, chancellor, king, queen, senator, congressman, congresswoman, governor,
mayor, general, adviser, advisor, envoy, chairman, chairwoman, chair, speaker, premier, pope, prince, commissioner,
director, mr, mrs, ms, dr, sir, lord, president-elect, special, representative, national, security, high,
президент, премьер-министр, министр, госсекретарь, presidente, ministro, prezident, nazir, baş, նախագահ, վարչապետ, նախարար`);

export const ORGANISATION_CUES = words(`ministry, department, office, council, house, parliament, government, senate, congress,
committee, subcommittee, union, nations, agency, embassy, commission, administration, service, bank, fund, organization,
organisation, assembly, court, cabinet, presidency, kremlin, pentagon, nato, osce, un, eu, unhcr, icrc, party, press,
министерство, мид, ministero, nazirliyi, nazirlik, նախարարություն`);

export const NAME_CONNECTORS = words(`of, the, for, de, del, della, di, da, van, von, der, al, bin, ibn`);

export const MONTHS = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
];

export const WEEKDAYS = words(`monday, tuesday, wednesday, thursday, friday, saturday, sunday`);

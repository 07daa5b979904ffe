/**
 * Places of the readouts this tool is for, in Russian and Armenian, matched by stem with any case ending (the
 * gazetteer, lib/compare/gazetteer.ts, is English): "в Вене" / "в Женеве", "Երևանում" / "Բաքվում" are places, so a
 * change of one is a fact with the reason "place" rather than "name". Stems after the nouns' case tables of Wade
 * (2011) and Dum-Tragut (2009); each stem is four letters or more, or listed with its forms. Words folded (lower case).
 */
const STEMS = `армени азербайджан грузи росси турци иран украин белорус казахстан европ америк франци германи британи
  китай брюссел вашингтон москв ереван баку тбилиси анкар стамбул тегеран киев минск пекин париж берлин лондон
  женев нью-йорк карабах нахичеван сюник лачин
  հայաստան ադրբեջան վրաստան ռուսաստան թուրքիա իրան ուկրաին եվրոպ ամերիկ ֆրանսիա գերմանիա բրիտանիա չինաստան
  երևան բաքու բաքվ թբիլիսի մոսկվա մոսկվայ անկարա ստամբուլ թեհրան վաշինգտոն բրյուսել փարիզ բեռլին լոնդոն վիեննա
  ժնև ժնեւ ղարաբաղ նախիջևան սյունիք լաչին`.split(/\s+/u).filter(Boolean);
const FORMS = new Set("вена вены вене вену веной рим рима риме римом сочи сша оаэ".split(" "));

/** Whether a folded Russian or Armenian word names a place of the lists above. */
export function isRussianOrArmenianPlace(key: string): boolean {
  if (!/[\u0430-\u044f\u0451\u0561-\u0587]/u.test(key)) return false;
  return FORMS.has(key) || STEMS.some((stem) => key.startsWith(stem));
}

import type { LineRule } from "../model";
import { endsLikeSentence, isProse, wordCount } from "../text";
import { isDateLine } from "../date-words";
import { lineMatchRule } from "./define";

/** "See also" in the languages beyond the first seven (Polish, Czech, Slovak, Hungarian, Romanian, the
 *  South Slavic languages, Catalan, Lithuanian, Latvian, European Portuguese, Indonesian, Latin American
 *  Spanish, Nordic, Finnish, Turkish, Russian, Ukrainian, Bulgarian, Greek, Arabic, Persian, Hebrew,
 *  Hindi, Chinese, Japanese, Korean, Vietnamese): as a link's label here, as a box's header in
 *  remove-related-teasers. Romanian is written with either s-comma or s-cedilla, or without accents;
 *  Turkish's dotless ı has no capital of its own to the case-blind match, so it is spelled out. */
export const MORE_SEE_ALSO = "zobacz (?:także|też|również)|czytaj (?:także|też|również)|čtěte (?:také|též)|přečtěte si (?:také|též)|(?:pre)?čítajte (?:si )?(?:aj|tiež)|kapcsolódó (?:cikk|hír)(?:ek)?|olvassa el ezt is|(?:cite[șşs]te|vezi) [șşs]i|pro[čc]itajte (?:i|jo[šs]|također|takođe)|прочитајте (?:и|још)|preberite (?:tudi|še)|lleg(?:eix|iu) també|taip pat skaitykite|skaitykite taip pat|lasiet arī|lasi arī|leia (?:também|mais)|baca juga|mirá también|mira también|lee también|te puede interesar|läs också|läs även|läs mer|les også|les mer|læs også|læs mere|lue myös|lue lisää|ayr[ıI]ca (?:okuyun|bakınız)|ilginizi çekebilir|bunlar da ilginizi çekebilir|читайте также|читайте також|прочетете (?:още|също)|δε[ίι]τε επ[ίι]σης|διαβ[άα]στε επ[ίι]σης|اقرأ أيضا|اقرأ أيضاً|بیشتر بخوانید|ראו גם|קראו גם|यह भी पढ़ें|相关阅读|相关新闻|延伸閱讀|相關新聞|関連記事|관련기사|xem thêm|đọc thêm";

/** A link to another article set into the text: "READ MORE: <headline>", "READ: <headline>",
 *  "[Related: <headline>]", "SEE MORE: <headline>", "(Leggi anche: …)", "[관련기사] <headline>", "Read
 *  more on <site>". The
 *  headline is another story's; the label says so. */
/** The "see also" labels that are no sentence's start, set off by an arrow or a dash ("Lire aussi >> …",
 *  "LEGGI ANCHE - …"), and any label in capitals before a full stop ("LIRE AUSSI. …"). */
const SEE_ALSO = "read also|also read|see also|lesen sie auch|lire aussi|à lire aussi|lisez aussi|lire également|leggi anche|vedi anche|lea también|leia também|veja também|ver também|lees ook|zie ook|bekijk ook|saiba mais";
const LINK_OTHERWISE_SET = new RegExp(String.raw`^(?:[»›>]+\s*)?(?:${SEE_ALSO})\s*(?:>>|»|›|–|—|-)\s*\S`, "i");
const LINK_IN_CAPITALS = new RegExp(String.raw`^(?:${SEE_ALSO.toUpperCase()}|READ MORE)\.\s+\S`);
const LINK = new RegExp(String.raw`^(?:[»›>]+\s*)?[(\[]?\s*(?:read|read more|read next|see more|related(?: posts?| articles?| stor(?:y|ies)| reading)?|more|get the (?:full )?recipe|mehr zum thema|leggi anche su|ti potrebbe interessare|potrebbe interessarti|lees meer|auch interessant|das könnte sie auch interessieren|zum thema|passend dazu|lesen sie dazu|auch lesen|à voir aussi|voir aussi|sur le même sujet|approfondisci|ler também|confira|más información|lesetipp|noticia relacionada|you (?:might|may) also like|vous aimerez aussi|te puede interesar|${SEE_ALSO}|${MORE_SEE_ALSO})\s*[:|：\]]\s*\S`, "i");
/** …or with the linked piece's kind between the label and a bar, as Le Monde prints it ("Lire aussi
 *  l'éditorial du « Monde » | …", "Lire aussi l'entretien | …", "Lire aussi le portrait (2019) | …"). */
const LINK_WITH_KIND = new RegExp(String.raw`^(?:${SEE_ALSO})\s+[^|:.!?]{1,40}\|\s*\S`, "i");
/** The same label run into its headline when the page lost the break: "À lire aussiTempête …". */
const GLUED_LABEL = new RegExp(`^(?:read more|read also|also read|see also|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|leggi anche|lea también|veja também|ver também|lees ook|${MORE_SEE_ALSO})`, "i");
// Case-sensitive on its own: under the i flag \p{Lu} matches lowercase letters too ("Read moreover").
const isGluedLink = (t: string) => {
  const m = GLUED_LABEL.exec(t);
  return !!m && /^\p{Lu}/u.test(t.slice(m[0].length));
};
/** A headline, not a paragraph that happens to open with "More:". */
const LINK_MAX_WORDS = 30;

/** "Read more on <site>", "Lire la suite sur …", "READ MORE IN POLITICS": the rest of the story, or more
 *  stories, elsewhere. A short line: a sentence that starts "Read more in…" goes on. */
const ELSEWHERE = /^(?:read more|read the (?:original|full) (?:article|story|post)|lire la suite|lire l['’]article (?:original|complet)|weiterlesen|mehr lesen|leer más|leggi tutto|lees verder|continue reading)\s+(?:on|at|in|sur|bei|auf|en|su|op)\s+\S/i;
const ELSEWHERE_MAX_WORDS = 8;
/** …and the site's pointer to its section for more: "For more stories like this, check our news page." */
const FOR_MORE = /^for more (?:stories|news|articles|updates|content)(?: like this)?,?\s+(?:check|visit|see|head to|go to|follow)\s[^.!?]{0,60}[.!]?$/i;

/** A clip, gallery or podcast set into the text under its label ("WATCH: <title>", "Video: <title>",
 *  "LISTEN: …", "Listen to the podcast: …", "DON'T MISS: …"): only its title survives a copy, and the label says it is another page's.
 *  Capitals or a capital initial only, and no full stop at the end: "Watch: the moment the bridge fell."
 *  is the text leading into its own clip. */
const MEDIA_LINK = /^(?:WATCH|Watch|LISTEN|Listen|Listen to (?:the|this|our) (?:podcast|episode|interview|programme|program)|VIDEOS?|Videos?|PHOTOS|Photos|GALLERY|Gallery|PODCAST|Podcast|DON['’]T MISS|Don['’]t miss|MUST READ|Must read|TRENDING|ALSO SEE)\s*[:|]\s*\S.*[^.]$/;

/** A public broadcaster's pointer to its own earlier story: "Mehr dazu in Mann in Badeteich ertrunken
 *  (noe.ORF.at; 28.5.2024)", "Mehr dazu in news.ORF.at", "Mehr dazu: …". The story's site and date in
 *  brackets, or an address, or the label's colon: "Mehr dazu in Kürze." is a sentence. */
/** A Japanese page's link to another story, its label in lenticular brackets before the headline
 *  ("【関連記事】…", "【関連】…", "【あわせて読みたい】…"). */
const BRACKETED_LINK = /^【(?:関連記事|関連|あわせて読みたい|こちらもおすすめ|おすすめ記事)】/u;

const MORE_ON_IT = /^mehr dazu(?:\s*:\s*\S|\s+(?:in|auf|bei)\s+(?:.{3,150}\([^()]{2,60}\)|\S+\.[a-z]{2,}\S*)$)/i;

const isLink = (t: string): boolean => BRACKETED_LINK.test(t) || ((LINK.test(t) || MEDIA_LINK.test(t) || MORE_ON_IT.test(t) || isGluedLink(t) || LINK_OTHERWISE_SET.test(t) || LINK_WITH_KIND.test(t) || LINK_IN_CAPITALS.test(t)) && wordCount(t, LINK_MAX_WORDS + 1) <= LINK_MAX_WORDS) || (ELSEWHERE.test(t) && wordCount(t, ELSEWHERE_MAX_WORDS + 1) <= ELSEWHERE_MAX_WORDS) || FOR_MORE.test(t);
const links = lineMatchRule("remove-inline-link", "link to another article", isLink);

/** "Read more on the strike" over its card: the other story's headline, perhaps with its date under it
 *  ("How commuters got by without buses" / "Oct. 30, 2025"), then the text again. The label names a topic,
 *  not a site, so the headline is on the next line. */
const READ_MORE_TOPIC = /^read more (?:on|about) (?:the |this )?[\p{L}'’ -]{2,40}$/iu;
const CARD_MAX_WORDS = 16;
const isCardHeadline = (t: string): boolean => /^\p{Lu}/u.test(t) && !endsLikeSentence(t) && wordCount(t, CARD_MAX_WORDS + 1) <= CARD_MAX_WORDS;
export const removeInlineLink: LineRule = {
  id: "remove-inline-link",
  apply(lines) {
    const marks = links.apply(lines);
    for (const { index } of [...marks]) {
      if (!READ_MORE_TOPIC.test(lines[index]!.text) || !isCardHeadline(lines[index + 1]?.text ?? "")) continue;
      const dated = isDateLine(lines[index + 2]?.text ?? "");
      if (!isProse(lines[index + (dated ? 3 : 2)]?.text ?? "")) continue;
      marks.push({ index: index + 1, reason: "the linked story's headline" });
      if (dated) marks.push({ index: index + 2, reason: "the linked story's date" });
    }
    return marks;
  },
};

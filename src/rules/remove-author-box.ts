import { anyCase } from "../any-case";
import type { LineMark, LineRule, SourceLine } from "../model";
import { isProse, wordCount } from "../text";
import { DATE_WORDS } from "../date-words";
import { isDropCap } from "../structure/rebuild-blocks";
import { badgeMonth } from "../metadata/other-months";
import { NAME, WIRE_AGENCY } from "../metadata/byline-words";
import { isJobLine } from "../metadata/bare-names";

/** Author boxes and byline widgets around the headline: avatar initials ("JT"), a bare "Published"
 *  label whose date was lost, "AI Journalist: Name" with its one-line bio, the writer's name over a bio
 *  that says what they write, "View …'s profile" links, and the system prompt that generated-content
 *  sites leave in the page ("You are Jane Doe, an … journalist … Focus on: …"). */
const INITIALS = /^\p{Lu}{1,3}$/u;
const BARE_LABEL = /^(?:published|updated|posted|by|author|written by|share|posted by)\s*:?$/i;
/** "AI Journalist: Anna Berg": a role label, then a name (capitalised words, nothing else). Two
 *  expressions: \p{Lu} in a case-insensitive one matches any letter. An interview's "Reporter: What did
 *  you see?" is a question, not a name, and stays with the answer under it. */
const ROLE_LABEL = /^(?:ai\s+)?(?:journalist|reporter|author|writer|correspondent|editor|columnist|contributor)\s*:\s*/i;
const NAME_ONLY = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;
const isRoleLine = (t: string): boolean => {
  const label = ROLE_LABEL.exec(t);
  return !!label && NAME_ONLY.test(t.slice(label[0].length));
};
const VIEW_LINK = /^view (?:all (?:posts|articles|stories) by|(?:the )?(?:author|journalist|writer|reporter)'?s?|[\p{L}.' ]{2,30}'s) [\p{L} ]{0,40}$/iu;
const PROMPT = /^["“']?you are (?:an? |the )?[\p{L} .'-]{2,60}[,.]?\s.*\b(?:write|focus on|your (?:reporting|writing|articles?|task|role)|respond|tone|style)\b/iu;
/** "About the author" and its translations, or "About Jane Doe" over a line that starts with her name:
 *  the box under the article with the writer's name, links and bio. */
const ABOUT_AUTHOR = /^(?:about the (?:author|writer)s?|über (?:den autor|die autorin|die autor(?:inn)?en)|à propos (?:de l['’]auteure?|des auteure?s)|sobre (?:el autor|la autora|los autores|las autoras|o autor|a autora|os autores|la firma)|sull['’]autore|sugli autori|over de auteurs?)\s*:?$/i;
/** …or the header and the bio on one line: "About the author: Jane Doe covers the harbour …". */
const ABOUT_AUTHOR_INLINE = /^(?:about the (?:author|writer)|über (?:den autor|die autorin)|à propos de l['’]auteur|sobre (?:el autor|la autora|o autor|a autora)|sull['’]autore|over de auteur)\s*:\s*\S/i;
const ABOUT_NAME = /^[Aa]bout (\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,2})\s*:?$/u;
/** A name line or a link under the header is a few words; the bio a paragraph of this many words at most. */
const BOX_LINE_MAX_WORDS = 6;
const BOX_BIO_MAX_WORDS = 80;

/** "Show all articles of", "Alle Artikel des Autors": the writer's archive link, the name after it or lost. */
const ARCHIVE_LINK = /^(?:(?:show|see) all (?:posts|articles|stories) (?:by|of)|alle (?:artikel|beiträge|posts) (?:des autors|der autorin|von|vom autor|von der autorin))(?:\s+\S.{0,40})?$/i;

/** Longest line the short patterns above can match (a 40-letter name in a profile link is ~100
 *  characters): longer lines skip them. */
const SHORT_PATTERN_MAX_CHARS = 120;
/** The writer's name on a line of its own over a bio that opens with that name (or with "I am") and
 *  says what the person writes ("Jane Doe / Jane Doe is a politics reporter for …"). Without the role,
 *  a name over "Jane Doe is …" is how articles profile people (candidates, actors): those stay. */
const NAME_LINE = /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u;
const NAME_LINE_MAX_CHARS = 40;
const COPULA = /^(?:is|was|ist|war|est|es|è|é)\s/i;
const WRITER_ROLE = /(?:^|[^\p{L}])(?:reporter|writer|journalist(?:in)?|correspondent|editor|author|columnist|contributor|(?:chef)?redakteur(?:in)?|autor(?:in)?|journaliste|rédact(?:eur|rice)|periodista|giornalista|redactor(?:a)?)(?:[^\p{L}]|$)/iu;
const isNamedBio = (name: string, bio: string | undefined): boolean =>
  name.length <= NAME_LINE_MAX_CHARS &&
  !!bio &&
  (((bio.charCodeAt(0) === name.charCodeAt(0) && (opensWithCopula(bio, name) || opensWithCopula(bio, firstWord(name)))) || FIRST_PERSON.test(bio)) ? WRITER_ROLE.test(bio) : FIRST_PERSON_WRITES.test(bio)) &&
  NAME_LINE.test(name) &&
  wordCount(bio, BOX_BIO_MAX_WORDS + 1) <= BOX_BIO_MAX_WORDS;
const firstWord = (name: string): string => {
  const space = name.indexOf(" ");
  return space > 0 ? name.slice(0, space) : "";
};
/** The bio opens with the name, whole or the first name alone ("Tobias is the site's news editor"). */
const opensWithCopula = (bio: string, name: string): boolean => name !== "" && startsWithName(bio, name) && COPULA.test(bio.slice(name.length + 1, name.length + 5));
/** …or a card whose layout put the name and the rest of the sentence on two lines ("Jane Doe" / "is a
 *  senior reviewer covering phones …"): a line never opens with a lowercase "is a" otherwise. */
const SPLIT_BIO = /^(?:is|was)\s+(?:an?|the)\s/;
const isSplitBio = (name: string, bio: string | undefined): boolean =>
  !!bio && name.length <= NAME_LINE_MAX_CHARS && SPLIT_BIO.test(bio) && NAME_LINE.test(name) && wordCount(bio, BOX_BIO_MAX_WORDS + 1) <= BOX_BIO_MAX_WORDS;
/** …or a bio the writer wrote about themselves ("Jane Doe / I am a freelance writer in …"). */
const FIRST_PERSON = /^(?:I am|I['’]m|Ich bin|Je suis|Soy|Sono)\s/;
/** …or one that says what they write about ("I build small web apps and write about keeping them
 *  running. Find me on Mastodon."): the blog's writer under their name at the end of the post. */
const FIRST_PERSON_WRITES = /^(?:I|Ich|Je|J['’])\s[^.!?]{0,80}\b(?:write (?:about|on)|writing about|blog about|schreibe (?:über|hier)|j['’]écris (?:sur|ici))\b/;

/** Up to three capitals, astral ones two UTF-16 units each. */
const INITIALS_MAX_UNITS = 6;
/** First letters the profile links ("View…", "Show…", "See…", "Alle…"), the "About…" headers and the
 *  generator prompt ("You are…", perhaps quoted) can start with. */
const LINK_INITIALS = [..."vVsSaA"].map((c) => c.charCodeAt(0));
const ABOUT_INITIALS = [..."aAüÜàÀsSoO"].map((c) => c.charCodeAt(0));
const PROMPT_START = /^["“']?[Yy]/;

/** A bio under a role line is one sentence about the person, shorter than this, and dated never: a
 *  dated line there is the text's dateline lead ("Lagos – March 3, 2025 – Traders …"). */
const BIO_MAX_WORDS = 30;

/** Letters that are words or a section's heading, not a writer's initials: "FAQ", "DIY", "Q&A" over
 *  the questions of a guide. */
const NOT_INITIALS = /^(?:A|I|UK|US|EU|UN|FAQ|FAQS|DIY|SEO|TL;DR|TLDR)$/;
/** Words in capitals that are no one's initials: a lone pronoun or union, a month of a blog's date
 *  badge ("APR" or "MRZ" over "02" over "2020"), which the date stage reads, and a wire agency's code,
 *  which stands alone as a story's byline ("EFE" / "Madrid" / the date, under a Spanish portal's
 *  headline). */
const isNotInitials = (t: string): boolean => NOT_INITIALS.test(t) || WIRE_AGENCY.test(t) || badgeMonth(t) !== undefined;

/** A health site's review line under the byline ("Medically reviewed by Jane Doe, MD", "Fact checked by
 *  …") and, a line or two under it, the reviewer's bio ("Jane Doe, MD, is a board-certified
 *  cardiologist at …"): the reviewer's card, not the article's first paragraph. */
const REVIEWED_BY = /^(?:(?:[Mm]edically|[Cc]linically|[Ee]xpert)[- ][Rr]eviewed|[Rr]eviewed|[Ff]act[- ][Cc]hecked)\s+by\s+(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})(?:,\s*[\p{Lu}.]{2,8}(?:,\s*[\p{Lu}.]{2,8})?)?$/u;
const REVIEWER_BIO_REACH = 2;
/** A German, French or Spanish page's credit to its expert reviewer, with its colon ("Fachlich geprüft von:
 *  Dipl.-Ing. Jane Doe", "Relu par : Dr Jane Doe", "Revisado por: Jane Doe"): the page's furniture, not a
 *  heading over the text. */
const REVIEWER_CREDIT = /^(?:(?:fachlich|medizinisch|redaktionell|wissenschaftlich)\s+)?geprüft von\s?:\s*\S|^(?:relu|vérifié|validé) par\s?:\s*\S|^(?:revisado|verificado) por\s?:\s*\S/i;
const REVIEWER_CREDIT_MAX_WORDS = 10;
const BIO_AFTER_NAME = /^(?:,\s*[\p{Lu}.]{2,8}(?:,\s*[\p{Lu}.]{2,8})?,)?\s(?:is|was)\s/u;
function reviewersBio(lines: readonly SourceLine[], i: number): number {
  const name = REVIEWED_BY.exec(lines[i]!.text)![1]!;
  for (let k = i + 1; k <= i + REVIEWER_BIO_REACH && k < lines.length; k++) {
    const t = lines[k]!.text;
    if (t.startsWith(name) && BIO_AFTER_NAME.test(t.slice(name.length)) && wordCount(t, BIO_MAX_WORDS + 1) <= BIO_MAX_WORDS) return k;
  }
  return -1;
}

export const removeAuthorBox: LineRule = {
  id: "remove-author-box",
  apply(lines) {
    const marks: LineMark[] = [];
    lines.forEach((l, i) => {
      // A line a box above already took (its name line, its bio) is not read again.
      if (marks.length > 0 && marks[marks.length - 1]!.index >= i) return;
      const t = l.text;
      const short = t.length <= SHORT_PATTERN_MAX_CHARS;
      // Each pattern is tried only on lines that can match it (its length, first letter or colon):
      // the \p{…} patterns cost several times more than these tests.
      const first = short ? t.charCodeAt(0) : 0;
      if (t.length <= INITIALS_MAX_UNITS && INITIALS.test(t) && !isNotInitials(t) && !isDropCap(t, lines[i + 1]?.text ?? "")) marks.push({ index: i, reason: "avatar initials" });
      else if (short && BARE_LABEL.test(t)) marks.push({ index: i, reason: "byline label without a value" });
      else if (short && LINK_INITIALS.includes(first) && (VIEW_LINK.test(t) || ARCHIVE_LINK.test(t))) marks.push({ index: i, reason: "author profile link" });
      else if (PROMPT_START.test(t) && PROMPT.test(t)) marks.push({ index: i, reason: "content-generator prompt left in the page" });
      else if (ABOUT_INITIALS.includes(t.charCodeAt(0)) && ABOUT_AUTHOR_INLINE.test(t) && wordCount(t, BOX_BIO_MAX_WORDS + 1) <= BOX_BIO_MAX_WORDS) marks.push({ index: i, reason: "author bio" });
      else if (short && ABOUT_INITIALS.includes(first) && (ABOUT_AUTHOR.test(t) || isAboutWriter(t, lines[i + 1]?.text))) marks.push(...aboutBox(lines, i));
      else if (isNamedBio(t, lines[i + 1]?.text) || isSplitBio(t, lines[i + 1]?.text)) marks.push({ index: i, reason: "author box" }, { index: i + 1, reason: "author bio" });
      else if (t.length <= NAME_LINE_MAX_CHARS && isJobLine(lines[i + 1]?.text) && isNamedBio(t, lines[i + 2]?.text)) marks.push({ index: i, reason: "author box" }, { index: i + 1, reason: "author box" }, { index: i + 2, reason: "author bio" });
      else if (short && REVIEWER_CREDIT.test(t) && wordCount(t, REVIEWER_CREDIT_MAX_WORDS + 1) <= REVIEWER_CREDIT_MAX_WORDS) marks.push({ index: i, reason: "the reviewer's credit" });
      else if (short && REVIEWED_BY.test(t)) {
        const bio = reviewersBio(lines, i);
        if (bio >= 0) marks.push({ index: bio, reason: "the reviewer's bio under the review line" });
      } else if (t.length <= WRITER_CONTACT_MAX_CHARS && CONTACT_INITIALS.includes(t.charCodeAt(0) | 0x20) && (WRITER_CONTACT.test(t) || FOLLOW_WRITER.test(t) || CONNECT_VIA.test(t))) marks.push({ index: i, reason: "writer's contact line" });
      else if (t.includes(":") && wordCount(t) <= 8 && isRoleLine(t)) {
        marks.push({ index: i, reason: "author box" });
        const bio = lines[i + 1];
        if (bio && wordCount(bio.text) <= BIO_MAX_WORDS && !/^["“]/.test(bio.text) && !DATE_WORDS.test(bio.text)) marks.push({ index: i + 1, reason: "author bio" });
      }
    });
    return marks;
  },
};

/** "About Jane Doe" over a bio that opens with her name and says what she writes. A press release's
 *  "About Harbour Health" over "Harbour Health is a nonprofit health system …" is the release's own
 *  text, the company's boilerplate. */
const isAboutWriter = (t: string, next: string | undefined): boolean => startsWithName(next, ABOUT_NAME.exec(t)?.[1]) && (WRITER_ROLE.test(next) || WRITER_VERB.test(next));
/** What a writer's bio says without naming the job: "… covers the harbour", "… has written for …". */
const WRITER_VERB = /\b(?:covers|covered|has covered|writes|wrote|has written|reports on|has reported)\b/;
/** "Tomas Reyes is a freelance photographer …", "Ana Lind es periodista …": a name (particles such as
 *  "van der" included), the copula, and a writer's or a photographer's trade. */
const BIO_NAME = new RegExp(String.raw`^${NAME}\s+(?:is|was|ist|war|est|es|è|é)\s`, "u");
const PICTURE_ROLE = /(?:^|[^\p{L}])(?:photographer|fotograf(?:in)?|photographe|fotógraf[oa]|fotografo|fotografa|illustrat(?:or|rice|eur|orin))(?:[^\p{L}]|$)/iu;
const isFurtherBio = (t: string): boolean => BIO_NAME.test(t) && wordCount(t, BOX_BIO_MAX_WORDS + 1) <= BOX_BIO_MAX_WORDS && (WRITER_ROLE.test(t) || PICTURE_ROLE.test(t));

/** The writer's contact line closing a story, as chain papers print it: "Contact Jane Doe at
 *  jdoe@paper.example or 555-203-8841. Follow her on X @janedoe.", "Reach Jane Doe at …", "Follow him
 *  on Bluesky @…". An address or a number after the name, or a network after "Follow him/her on". */
const WRITER_CONTACT = /^(?:[Cc]ontact|[Rr]each|[Ee]-?mail|[Ww]rite to)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\s+(?:at|via|on)\s+(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4})/u;
const FOLLOW_WRITER = new RegExp(String.raw`^(?:${anyCase("follow")}) (?:${anyCase("him|her|them")}|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}) (?:${anyCase("on")}) (?:${anyCase("x|twitter|instagram|threads|bluesky|facebook|linkedin|mastodon")}|LinkedIn)\b`, "u");
/** …or the networks alone, under the writer's bio ("Connect via X or email.", "Connect via email."). */
const CONNECT_VIA = /^connect (?:via|on|with (?:her|him|them) (?:via|on))\s+(?:x|twitter|email|e-mail|facebook|instagram|linkedin|bluesky|threads)(?:(?:,\s*|\s+or\s+|\s+and\s+)(?:x|twitter|email|e-mail|facebook|instagram|linkedin|bluesky|threads))*\.?$/i;
const WRITER_CONTACT_MAX_CHARS = 250;
const CONTACT_INITIALS = [..."crewf"].map((c) => c.charCodeAt(0));

const startsWithName = (text: string | undefined, name: string | undefined): text is string => !!text && !!name && text.length > name.length && text.startsWith(name) && text.charCodeAt(name.length) === 32;

/** The header at `i`, the short name and link lines under it, and one bio paragraph. */
function aboutBox(lines: readonly SourceLine[], i: number): LineMark[] {
  const marks: LineMark[] = [{ index: i, reason: "author box" }];
  let j = i + 1;
  for (; j < lines.length && j <= i + 3 && wordCount(lines[j]!.text, BOX_LINE_MAX_WORDS + 1) <= BOX_LINE_MAX_WORDS && !isProse(lines[j]!.text); j++) marks.push({ index: j, reason: "author box" });
  const bio = lines[j];
  if (!bio || wordCount(bio.text, BOX_BIO_MAX_WORDS + 1) > BOX_BIO_MAX_WORDS) return marks;
  marks.push({ index: j, reason: "author bio" });
  // A box of two writers (or a writer and a photographer): each further bio opens with its person's
  // name and says what they do.
  for (let k = j + 1; k < lines.length && isFurtherBio(lines[k]!.text); k++) marks.push({ index: k, reason: "author bio" });
  return marks;
}

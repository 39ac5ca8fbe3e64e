import type { ArticleMeta, Message, SourceLine } from "../model";
import { capitalShare, isProse, wordCount } from "../text";
import { isDateLine, isTimeAgo, META_LINE_START } from "../date-words";
import { extractByline, isPostUnderName, markedByline, type BylineResult } from "./extract-byline";
import { agencyFromDateline, authorFromBio, authorFromLabel, BIO_BELOW_LINES, BIO_TEXT_LINES, footerByline, signatureUnder, wireReportersIn } from "./byline-elsewhere";
import { withTimeOf, type DateResult } from "./dates-in";
import { AGE_STAMP_MAX_CHARS, datedRelatively, dateOnly, extractDate, firstDateLine, isCardDateLine, isUpdateLabelled, PUBLISHED, type DateContext } from "./extract-date";
import { labelledAnywhere, threadStart } from "./labelled-anywhere";
import { extractSource, providerCredit } from "./extract-source";
import { extractTags, MAX_TAGS, removedTags, tagBlock } from "./extract-tags";
import { extractTitle } from "./extract-title";
import { isPersonAlone } from "./bare-names";
import { writersBio } from "./writers-bio";
import { isCreditedCaption, overPictureCredit, underCaptionToggle } from "./title-neighbours";

export interface Consumed {
  line: SourceLine;
  rule: string;
  reason: string;
}

/** The parts of an article's lines, as located by locateBody: the page head above the text (title,
 *  byline, date, dek), the text itself, and what follows it (keywords, disclaimers, footers). */
export interface ArticleParts {
  before: readonly SourceLine[];
  head: readonly SourceLine[];
  body: readonly SourceLine[];
  tail: readonly SourceLine[];
  /** the title line, when the dump's structure already showed it */
  title?: SourceLine;
  /** every line of the article's part of the dump, removed ones included (headlines repeat in widgets) */
  page?: readonly SourceLine[];
}

/** Body lines that may still be metadata (a byline or date under a dek that opened the text). */
const BODY_LEAD_LINES = 3;

/**
 * Stage 5: read the metadata. Lines that were only metadata (title, byline, a "Published:" line, a
 * keyword list, a dek) leave the article and are reported as moved, with the extractor's id as rule.
 */
/** What one article's metadata came to: the metadata, the lines it used, and content problems met on
 *  the way (messages, as the rules' are). */
export interface Extracted {
  meta: ArticleMeta;
  consumed: Consumed[];
  messages: Message[];
}

export function extractMetadata(parts: ArticleParts, ctx: DateContext): Extracted {
  return extractAllMetadata([parts], [ctx])[0]!;
}

/** extractMetadata for several articles, one extractor across all of them before the next: the date
 *  parser's code is then still in the processor's caches for the next article's date. */
/** A dek without its final stop, as Spanish, Italian and Dutch sites print it ("Los socios prevén
 *  repartir un 15 % más de beneficios tras una campaña marcada por las lluvias"): a sentence's length
 *  in sentence case. Shorter, or in headline case, it is a kicker or another headline. Shown in the
 *  archive's lists, so a dek is worth having; it leaves nothing of the text, which starts below it. */
const UNENDED_DEK_MIN_WORDS = 8;
const isUnendedDek = (t: string): boolean => wordCount(t, UNENDED_DEK_MIN_WORDS) >= UNENDED_DEK_MIN_WORDS && capitalShare(t) < 0.5 && !TRAIL.test(t) && !isDateLine(t);
/** A breadcrumb trail's separators: "You are here: Home / News / …" is no dek. */
const TRAIL = /\s[/›»>|]\s/;

export function extractAllMetadata(articles: readonly ArticleParts[], contexts: readonly DateContext[]): Extracted[] {
  const titles = articles.map(titleOf);
  const dates = articles.map((parts, k) => dateOf(parts, titles[k]!.afterTitle, titles[k]!.titleLine, contexts[k]!));
  return articles.map((parts, k) => restOf(parts, titles[k]!, dates[k]));
}

type Title = ReturnType<typeof titleOf>;
function titleOf(parts: ArticleParts) {
  const t = parts.title
    ? { title: parts.title.text, titleSource: "dump" as const, consumed: [{ line: parts.title, reason: "title (moved to front matter)" }] }
    : extractTitle(parts.head, parts.body, parts.page);
  const titleLine = t.consumed.find((c) => c.reason.startsWith("title"))?.line;
  const afterTitle = titleLine && parts.head.includes(titleLine) ? parts.head.slice(parts.head.indexOf(titleLine) + 1) : parts.head;
  return { t, titleLine, afterTitle };
}

// The date sits under the headline; when nothing there has one, anywhere in the head will do. It is
// read before the byline, which may be a bare name beside the date's line.
// A headline that names a day with a preposition ("Einladung zum Sommerfest am 14. Juli 2019", "Concert
// le 12 octobre 2019") names its event's day, not the article's. A date read from an "Updated" label
// waits for a publication label anywhere.
const EVENT_DAY_TITLE = /\s(?:am|on|le|el|il|op|vom|du|del|for)\s+(?:\p{L}+,?\s+)?\d/iu;
/** The lines under the headline that may give the article's age: the age itself, or a kicker or the
 *  writer's name and then the age. */
const AGE_UNDER_TITLE_LINES = 2;
/** An editor's note on what changed since, "UPDATE, March 14, 10 a.m.: …", "Update: …". */
const UPDATE_NOTE = /^update\b/i;
/** A time of day: "07:12", "07h12", "7.12". */
const CLOCK_TIME = /\d{1,2}(?::|h|\.)\d{2}(?!\d)/;
function dateOf(parts: ArticleParts, afterTitle: readonly SourceLine[], titleLine: SourceLine | undefined, ctx: DateContext) {
  const event = titleLine && EVENT_DAY_TITLE.test(titleLine.text) ? titleLine : undefined;
  const notTitle = (lines: readonly SourceLine[]) => (event ? lines.filter((l) => l !== event) : lines);
  const head = notTitle(parts.head);
  // A forum thread's start, printed over its first post, dates the thread before any post's date
  // under the headline found (the text may be a reply, with its own date over it).
  const thread = threadStart([...parts.before, ...parts.head], ctx);
  if (thread) return thread;
  // "vor 3 Stunden" right under the headline, without a label, is the article's age too.
  // (An update's "Updated 2 hours ago" says nothing of when it was published.)
  const isAge = (l: SourceLine) => isTimeAgo(l.text) && !isUpdateLabelled(l.text);
  const aged = afterTitle.slice(0, AGE_UNDER_TITLE_LINES).some(isAge);
  // Then a date over the headline, labelled or not, is another story's: a teaser's in a strip over the
  // article ("Leia também" / headline / "Publicado a 14 de março de 2025" / the article's headline /
  // "há 3 horas").
  // The stamp stands under the dek and the byline at most, perhaps in the located text's first lines.
  const stamp = [...afterTitle.slice(0, AGE_UNDER_TITLE_LINES + 1), ...parts.body.slice(0, AGE_UNDER_TITLE_LINES + 1)].slice(0, AGE_UNDER_TITLE_LINES + 1).find((l) => l.text.length <= AGE_STAMP_MAX_CHARS && isAge(l));
  const published = stamp !== undefined;
  // "Published 3h ago": the page's own publication label gave its age, so a "Published 09 Mar 2026"
  // elsewhere on the page is another story's (a card's under the text). A day with its time, "Publié
  // aujourd'hui à 07h12", may be printed again in full further down ("Publié : 24.11.2026, 07h12").
  const ageLabelled = published && PUBLISHED.test(stamp.text) && !CLOCK_TIME.test(stamp.text);
  const above = published && titleLine && head.includes(titleLine) ? head.slice(0, head.indexOf(titleLine) + 1) : [];
  const under = extractDate(afterTitle, parts.body, { ...ctx, titleLine, aged });
  const over = !under || under.dateSource === "dateline" ? extractDate(above.length ? afterTitle : head, [], { ...ctx, titleLine, aged }) : undefined;
  // A dateline's day, and the date line over the headline with the same day and its time ("Apr 09,
  // 2024, 08:00 ET" over a release's "GREYHAVEN, Ore., April 9, 2024 /Wire/ --"): the time is kept.
  const near = under ? (over ? withTimeOf(over, under) : under) : over;
  if (near && !near.updated) return near;
  const relative = aged || published || datedRelatively([...afterTitle, ...parts.body.slice(0, BODY_LEAD_LINES)]);
  // An update's date, for want of any publication date, says so in its provenance.
  const updated = near && { ...near, dateSource: "updated" as const };
  const page = above.length ? [...afterTitle, ...parts.body, ...parts.tail] : [...notTitle(parts.before), ...head, ...parts.body, ...parts.tail];
  return (ageLabelled ? undefined : labelledAnywhere(page, ctx, (lines, k) => isCardDateLine(lines, k, ctx))) ?? updated ?? (relative ? undefined : firstDateLine([...notTitle(parts.before), ...head, ...parts.body], ctx) ?? postMetaUnder(parts.tail, ctx) ?? postedUnder(parts, ctx));
}

/** A newsroom after the writer's comma ("Por Anna Lind, Radar Serras — Serra Dourada") reads as a
 *  co-writer; printed alone in the site's header over the headline, it is the site's name. */
function withoutSiteName(author: string | string[], header: readonly SourceLine[]): string | string[] {
  if (typeof author === "string") return author;
  const site = new Set(header.map((l) => l.text.trim()));
  const people = author.filter((a) => !site.has(a));
  return people.length === 0 || people.length === author.length ? author : people.length === 1 ? people[0]! : people;
}

/** A blog platform's byline under the post with the post's date and time ("Posted by Anna Lind at
 *  11/22/2017 06:30:00 AM"): the only date some themes print. */
function postedUnder(parts: ArticleParts, ctx: DateContext): DateResult | undefined {
  const footer = footerByline([...parts.body.slice(-BIO_TEXT_LINES), ...parts.tail.slice(0, BIO_BELOW_LINES)]);
  const date = footer?.whole ? dateOnly(footer.line.text, ctx) : undefined;
  return date ? { date, dateSource: "published", line: footer!.line, consumeLine: false } : undefined;
}

/** A blog theme's post meta under the text: the date alone on the first line under the last paragraph,
 *  over the post's categories or tags ("March 2, 2025" / "Categories: Garden, Diary"). A date over
 *  anything else there is a teaser card's. */
const POST_TAXONOMY = /^(?:categor(?:y|ies)|tags?|tagged|filed under|(?:this (?:entry|post) was )?posted in|labels|kategorien?|schlagwörter|catégories?|étiquettes|categorías?|etiquetas|categorie|tag|categorieën)\b/iu;
function postMetaUnder(tail: readonly SourceLine[], ctx: DateContext): DateResult | undefined {
  const [first, next] = tail;
  if (!first || !next || !POST_TAXONOMY.test(next.text)) return undefined;
  const date = dateOnly(first.text, ctx);
  return date ? { date, dateSource: "published", line: first, consumeLine: true } : undefined;
}

/** A byline over the headline, on or right over the date line there: "Posted on 9/12/2024 by Anna Lind"
 *  / headline, "By Anna Lind" / "February 14, 2025" / headline. Only beside that date line, which ties
 *  it to this article (another story's byline over the headline, a teaser card's, has its own headline
 *  between them), and only a byline that says it is one: a section's name beside a date there
 *  ("Nachricht 19. November 2021", "8. November 2021 | Aktuelles") reads as a bare name. */
const DATE_OVER_TITLE_LINES = 2;
function bylineOverTitle(head: readonly SourceLine[], titleLine: SourceLine | undefined, dateLine: SourceLine | undefined): BylineResult | undefined {
  const title = titleLine ? head.indexOf(titleLine) : -1;
  if (title < 0) return undefined;
  const date = dateLine ? head.indexOf(dateLine) : -1;
  if (date >= 0 && date < title && title - date <= DATE_OVER_TITLE_LINES) return markedByline(head.slice(Math.max(0, date - 1), title));
  // A byline that says it is one right over the headline ("Energia" / "di Anna Lind" / headline): no
  // other story's headline stands between them.
  return (title > 0 ? markedByline([head[title - 1]!]) : undefined) ?? nameOverDateOverTitle(head, title);
}
/** A platform's post head, the writer's name over the date line over the headline ("Anna Lind" /
 *  "Posted on Mar 3" / headline), when no date was read there (a date without its year is none): a
 *  name alone there is the writer's, unless a run of capitalised lines over it makes it a menu's. */
function nameOverDateOverTitle(head: readonly SourceLine[], title: number): BylineResult | undefined {
  const [name, date] = [head[title - 2], head[title - 1]];
  if (!name || !date || !isDateLine(date.text) || !isPersonAlone(name.text) || isPersonAlone(head[title - 3]?.text ?? "")) return undefined;
  return { author: name.text, line: name, consumeLine: true, bare: true };
}

function restOf(parts: ArticleParts, { t, titleLine, afterTitle }: Title, d: ReturnType<typeof dateOf>): Extracted {
  const consumed: Consumed[] = [];
  const messages: Message[] = [];
  for (const c of t.consumed) consumed.push({ ...c, rule: "extract-title" });
  const meta: ArticleMeta = { title: t.title, titleSource: t.titleSource, tags: [] };
  if ("section" in t && t.section) meta.section = t.section;
  const lead = parts.body.slice(0, BODY_LEAD_LINES);
  // The date line read from the text's first lines closes the head: a name over it is a byline there.
  const dateAt = d ? lead.indexOf(d.line) : -1;
  const found = extractByline([...afterTitle, ...lead], { head: dateAt > 0 ? [...afterTitle, ...lead.slice(0, dateAt)] : afterTitle, around: [...parts.head, ...lead], dateLine: d?.line, page: parts.page }) ?? bylineOverTitle(parts.head, titleLine, d?.line);
  const end = [...parts.body.slice(-BIO_TEXT_LINES), ...parts.tail.slice(0, BIO_BELOW_LINES)];
  // The byline under the post ("Posted by Anna at 9:14 PM", "Words: …"), read only when the one over the
  // text is missing or a bare name: a blog's own name over its date header reads as one, and gives way.
  const below = found && !found.bare ? undefined : footerByline(end);
  const by = found?.bare && below ? undefined : found;
  // The credit line under the text that named the author leaves the text.
  let fromBelow: typeof below;
  if (by) {
    meta.author = withoutSiteName(by.author, (parts.page ?? parts.before).filter((l) => l.no < (titleLine ?? by.line).no));
    if (by.consumeLine) consumed.push({ line: by.line, rule: "extract-byline", reason: "byline (moved to front matter: author)" });
    if (by.more) consumed.push({ line: by.more, rule: "extract-byline", reason: "byline (moved to front matter: author)" });
    // The writer's post under the byline goes with it, when the text was located from there on.
    const under = [...(titleLine ? [titleLine] : []), ...afterTitle, ...lead];
    const at = under.indexOf(by.line);
    const post = under[at + 1];
    if (by.consumeLine && at >= 0 && post && isPostUnderName(post.text, by.line.text, under[at - 1]?.text)) consumed.push({ line: post, rule: "extract-byline", reason: "the writer's post under the byline" });
    for (const line of writersBio(parts.body, by.author)) consumed.push({ line, rule: "remove-author-box", reason: "the writer's card and bio under the text" });
  } else {
    // Without a byline under the headline, a labelled one elsewhere on the page (removed with its box,
    // or under the text), a blog's byline under the post, the writer's bio under the text, or else a
    // wire story's dateline names the writer; the bio and the dateline stay in the text.
    const labelled = found ? undefined : authorFromLabel(parts.page ?? []);
    fromBelow = labelled ? undefined : below;
    const signed = labelled || below ? undefined : signatureUnder(parts.body, parts.tail, parts.page ?? []);
    if (signed) consumed.push({ line: signed.line, rule: "extract-byline", reason: "the writer's name signed under the text (moved to front matter: author)" });
    const named = labelled ?? below?.author ?? signed?.name ?? authorFromBio(end) ?? agencyFromDateline(lead) ?? wireReportersIn(end);
    if (named) meta.author = named;
  }
  if (fromBelow?.whole && parts.body.includes(fromBelow.line)) consumed.push({ line: fromBelow.line, rule: "extract-byline", reason: "the writer's credit under the text (moved to front matter: author)" });
  if (d) {
    meta.date = d.date;
    meta.dateSource = d.dateSource;
    if (d.consumeLine && !consumed.some((c) => c.line === d.line)) consumed.push({ line: d.line, rule: "extract-date", reason: "date line (moved to front matter: date)" });
    // A date read from a line around the page, over or under the text ("Published - May 09, 2025" under
    // it): the line goes as the page's furniture does, but --explain says the date came from it.
    // (Not a dek's sentence under the headline that names a date: the summary may be read from it below.)
    else if ((!parts.head.includes(d.line) || !isProse(d.line.text)) && !parts.body.includes(d.line) && !consumed.some((c) => c.line === d.line)) consumed.push({ line: d.line, rule: "extract-date", reason: "line around the text the date was read from (moved to front matter: date)" });
  }
  // A dek is the prose line right under the headline, above the byline and the text. The located text
  // may open with it when the byline under it was read from the text's first lines, and nothing but
  // lines read already (a date line, "Stand: 12.03.2024") and buttons ("Écouter (3 min)") stand between.
  const taken = (l: SourceLine | undefined) => !!l && consumed.some((c) => c.line === l);
  const opening = parts.body[0];
  // A picture's caption over its credit or with its credit glued on ("… on Tuesday evening.(WKXT)") is no
  // dek, nor a clip's title under its caption's toggle, nor an update's note ("UPDATE, March 14, 10 a.m.: …").
  const isDek = (l: SourceLine) => !META_LINE_START.test(l.text) && !isUpdateLabelled(l.text) && !UPDATE_NOTE.test(l.text) && (isProse(l.text) || isUnendedDek(l.text)) && !overPictureCredit(parts.page ?? [], l) && !underCaptionToggle(parts.page ?? [], l) && !isCreditedCaption(l.text);
  const free = afterTitle.filter((l) => !taken(l));
  const underHeadline = free[0] && free[0] === afterTitle[0] && isDek(free[0]) ? free[0] : undefined;
  const overByline = opening && parts.body.length > 2 && taken(parts.body[1]) && !free.some((l) => isProse(l.text)) && isDek(opening);
  const dek = underHeadline ?? (overByline ? opening : undefined);
  // (The headline printed twice, a trail's last entry and the page's heading, is no dek of itself.)
  if (titleLine && dek && dek.text !== meta.title) {
    meta.summary = dek.text;
    consumed.push({ line: dek, rule: "extract-summary", reason: "dek under the headline (moved to front matter: summary)" });
  }
  const all = [...parts.head, ...parts.body, ...parts.tail];
  const tags = extractTags(all, tagBlock(parts.tail, parts.page ?? []));
  if (tags) {
    meta.tags = tags.tags;
    for (const line of tags.lines) consumed.push({ line, rule: "extract-tags", reason: "keyword line (moved to front matter: tags)" });
    if (tags.dropped) messages.push({ line: tags.lines[0]!.no, rule: "extract-tags", reason: `${MAX_TAGS + tags.dropped} keywords; the first ${MAX_TAGS} were kept as tags (the whole line is in the report)` });
  }
  // Or a tag line a junk rule took with the comment box it stood in.
  else meta.tags = removedTags(parts.page ?? [], parts.body[parts.body.length - 1]) ?? meta.tags;
  const src = extractSource([...parts.body, ...parts.tail]);
  // Over the headline only: under it, "Provided by …" credits a picture.
  const provider = titleLine ? providerCredit(parts.page ?? [], titleLine.no) : undefined;
  if (src) {
    meta.source = provider ?? src.source;
    consumed.push({ line: src.line, rule: "extract-source", reason: "publisher disclaimer or copyright line (moved to front matter: source)" });
  } else {
    // The site's copyright footer names the publisher even after the footer rule has removed it.
    const footer = provider ? undefined : extractSource(parts.page ?? []);
    meta.source = provider ?? footer?.source;
  }
  return { meta, consumed, messages };
}

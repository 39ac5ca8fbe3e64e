import type { LineMark, LineRule, SourceLine } from "../model";
import { isDateLine, isTimeAgo } from "../date-words";
import { isProse } from "../text";
import { isBareTime, isPostedAt } from "../live-stamps";
import { mayOpenPostCard, postCardAt } from "../social-post-card";

/**
 * Posts and players embedded in the text (Instagram, YouTube, TikTok): the player's or post's own lines
 * ("View this post on Instagram", "A post shared by …", "Watch on YouTube", "♬ original sound – …"), a
 * post's card with its counters (see social-post-card), and
 * the parts around them: the post's date stamp, the clip's title, channel, subscriber count and running
 * time. The post's date is not the article's, and left in the text it read as a teaser card's stamp that
 * ended the article there.
 */

/** An Instagram post's marks in the pages' languages, over its caption ("View this post on Instagram")
 *  and under it ("A post shared by …"). */
const INSTAGRAM_VIEW = String.raw`sieh dir diesen beitrag auf instagram an|voir cette publication sur instagram|ver esta publicaci[oó]n en instagram|visualizza questo post su instagram|bekijk dit bericht op instagram|ver (?:essa|esta) (?:foto|publica[cç][aã]o) no instagram`;
const INSTAGRAM_SHARED = String.raw`a (?:post|reel) shared by|ein beitrag geteilt von|une publication partagée par|una publicación compartida (?:por|de)|un post condiviso da|een bericht gedeeld door|uma publicação compartilhada por`;
/** Lines only an embed prints. */
const EMBED_MARK = new RegExp(String.raw`^(?:view (?:this|more) (?:post|profile|reel)s? on instagram|${INSTAGRAM_VIEW}|(?:${INSTAGRAM_SHARED}) [^.!?]{1,80}|(?:watch|ansehen|regarder|ver|guarda|bekijk) (?:on|auf|sur|en|su|op) youtube|auf youtube ansehen|♬ .{1,120}|if playback doesn['’]t begin shortly, try restarting your device\.?|videos you watch may be added to the tv['’]s watch history.*|you['’]re signed out|tap to unmute|an error occurred while retrieving sharing information\..*)$`, "i");
/** The link under a post embedded from a platform, in the languages of the audits' live pages ("View on
 *  X", "Auf X ansehen", "Inhalte von X anzeigen", "Beitrag auf X von <name>", "Voir la publication sur
 *  X", "Voir sur Bluesky", "Ver en X"), the marks a broadcaster prints around it ("Skip twitter post by
 *  …", "Allow Twitter content?", "End of twitter post by …"), or its label or picture link ("Embedded post", "pic.x.com/…"): the post's name and handle are above it, perhaps its date. */
const PLATFORM = "(?:x|twitter|instagram|facebook|tiktok|threads|bluesky|mastodon|linkedin|youtube)";
const VIEW_ON_PLATFORM = new RegExp(`^(?:(?:view|see|read|open)(?: (?:this|the|full) (?:post|tweet|thread|video))? on ${PLATFORM}|(?:post|tweet|thread) (?:on|from) ${PLATFORM}(?: by [^.!?]{1,60})?|(?:auf|bei) ${PLATFORM} (?:ansehen|anzeigen|öffnen|lesen)|(?:inhalte?|beitrag|post|video) (?:von|auf|bei) ${PLATFORM}(?: (?:anzeigen|ansehen|laden)| von [^.!?]{1,60})?|voir (?:la publication |le post |le tweet |la vidéo |le message )?sur ${PLATFORM}|afficher (?:le contenu|la publication) (?:de|sur) ${PLATFORM}|ver (?:la publicación |el post )?en ${PLATFORM}|visualizza su ${PLATFORM}|bekijk op ${PLATFORM}|(?:skip|end of) ${PLATFORM} (?:post|content|video)(?: \\d{1,2})?(?: by [^.!?]{1,60})?|allow ${PLATFORM} content\\??|embedded (?:post|tweet|video|content)|eingebettete[rs]? (?:beitrag|inhalt|post|video)|(?:publication|vidéo) intégrée|pic\\.(?:x|twitter)\\.com\\/\\w+)$`, "i");
const VIEW_ON_MAX_CHARS = 90;
export const isViewOn = (t: string): boolean => t.length <= VIEW_ON_MAX_CHARS && VIEW_ON_PLATFORM.test(t);
const CLOCK_WORD = /uhr|[ap]\.?m\.?$|\dh\d/i;
const isEntryStamp = (t: string): boolean => (isBareTime(t) && CLOCK_WORD.test(t)) || isTimeAgo(t) || isPostedAt(t);
const isMark = (t: string): boolean => EMBED_MARK.test(t) || isViewOn(t);

/** An X (Twitter) post's stamp, its time and day joined by a middle dot ("12:41 PM · Jun 2, 2026",
 *  "14:41 · 2. Juni 2026"): no article prints its own date so. */
const X_STAMP = /^\d{1,2}:\d{2}(?:\s?[\p{L}.]{1,8})?\s[·∙•]\s[^·∙•]{4,30}$/u;
/** Its day in any language, the month in words ("16. März 2021", "3 déc. 2020"). */
const DAY_MONTH_YEAR = /^\s*\d{1,2}\.?\s+\p{L}{3,10}\.?\s+\d{4}$/u;
/** (A newsletter platform prints the dot as an operator, "11:21 PM ∙ Mar 3, 2025".) */
const STAMP_DOT = /[·∙•]/;
/** The longest such stamp: its time, its day and month in words, its year. */
const X_STAMP_MAX_CHARS = 50;
/** A post's header on one line, as compact embeds print it: the name, the handle and the post's day
 *  after a dot ("Harbour Fire & Rescue @HarbourFire · Feb 7"). The post's text is under it, then its
 *  counts. */
const X_HEADER = /^[^@·•]{2,60}\s@[\w.]{2,30}\s[·•]\s(.{2,30})$/;
const isPostHeader = (t: string): boolean => {
  const m = t.includes("@") ? X_HEADER.exec(t) : null;
  return !!m && (isDateLine(m[1]!) || isTimeAgo(m[1]!) || SHORT_DAY.test(m[1]!));
};
/** The day without its year, as a post's header gives it ("Feb 7", "7 Feb", "3h"). */
const SHORT_DAY = /^(?:\p{L}{3,9}\.? \d{1,2}|\d{1,2} \p{L}{3,9}\.?|\d{1,2}[hm])$/u;
/** The post's text under its header: a few lines, before its counts. */
const HEADER_TEXT_MAX_LINES = 3;
/** The post's author over its text: the display name over the handle ("Harbour Fire & Rescue" /
 *  "@HarbourFire"), a few lines above the stamp. */
const HANDLE = /^@[\w.]{2,30}$/;
const X_HANDLE_REACH = 4;
/** The parts an embed prints around its marks: the clip's counts and times, the channel's handle and
 *  buttons, "Premiered …", an Instagram post's likes and comment links ("Liked by … and 1,204 others",
 *  "View all 48 comments", "Add a comment..."). */
const EMBED_PART = /^(?:liked by .{1,60} and [\d.,]+[KkMm]? others|gefällt .{1,60} und [\d.,]+[KkMm]? weiteren (?:personen|nutzern)|aimé par .{1,60} et [\d.,]+[KkMm]? autres personnes|view all [\d.,]+[KkMm]? comments|alle [\d.,]+[KkMm]? kommentare ansehen|afficher les [\d.,]+[KkMm]? commentaires|add a comment(?:\.{3}|…)?|kommentieren(?:\.{3}|…)|ajouter un commentaire(?:\.{3}|…)?|[\d.,]+\s*[KkMm]?\s+(?:subscribers|views|likes|followers|abonnenten|abonnés|suscriptores|iscritti)|subscribe|abonnieren|s['’]abonner|suscribirse|iscriviti|watch later|more videos|info|shopping|cancel|confirm|(?:premiered|streamed live|premiere:?|live) .{1,40}|@[\w.]{2,30}|\d{1,2}:\d{2}(?::\d{2})?(?:\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?)?|[\d.,]+(?:\s?[KkMm])?|reply|copy link(?: to (?:tweet|post))?|twitter (?:for (?:iphone|android|ipad|mac)|web app|web client)|tweetdeck|repost|read \d[\d.,]*[KkMm]? repl(?:y|ies)|(?:[\d.,]+[KkMm]?\s?(?:likes|retweets|reposts|replies|quotes)\s?){1,4}|likes|retweets|reposts|replies|quotes|bookmarks|views)$/i;
/** An Instagram post's two marks, over and under its caption. */
const VIEW_ON_INSTAGRAM = new RegExp(String.raw`^(?:view this post on instagram|${INSTAGRAM_VIEW})$`, "i");
const SHARED_BY = new RegExp(String.raw`^(?:${INSTAGRAM_SHARED}) `, "i");
/** The handle in brackets after the poster's name: "A post shared by Jane Doe (@janedoe)". */
const POSTER = /\(@([\w.]{2,30})\)$/;
const posterOf = (t: string): string | undefined => (SHARED_BY.test(t) ? POSTER.exec(t)?.[1] : undefined);
/** How far from a mark the embed's other lines reach: a YouTube player prints its title, channel,
 *  count and buttons above "Watch on YouTube" (six lines in the fullest paste); an Instagram post its
 *  caption between "View this post" and "A post shared by". */
const EMBED_REACH = 6;
/** A clip's title, a channel's name, a post's caption: lines that are not prose. Taken only between a
 *  mark and the text's prose, never across a headline or byline over an embed. */
const isEmbedText = (t: string): boolean => !isProse(t);
/** The parts an embed prints under its marks include the post's date stamp; above them, never a date:
 *  the line over an embed at the top of the text is the article's own date line. */
const isPartBelow = (t: string): boolean => isMark(t) || EMBED_PART.test(t) || isDateLine(t);
const isPartAbove = (t: string): boolean => isMark(t) || EMBED_PART.test(t);
/** A broadcaster's marks around an embed open and close it ("Skip twitter post by …" over the post or
 *  its request to load it, "End of twitter post by …" under): all between is the embed's, and what
 *  stands above the opening mark is the text's own (a list the post follows), unless it is a post
 *  with its handle. */
const SKIP_MARK = new RegExp(`^skip ${PLATFORM} (?:post|content|video)`, "i");
const END_MARK = new RegExp(`^end of ${PLATFORM} (?:post|content|video)`, "i");
/** The fullest paste between the two: a post's text, its request to load, the button and a disclaimer. */
const SKIPPED_EMBED_MAX_LINES = 12;

export const removeSocialEmbed: LineRule = {
  id: "remove-social-embed",
  apply(lines: readonly SourceLine[]): LineMark[] {
    const marks: LineMark[] = [];
    const taken = new Set<number>();
    const take = (k: number, reason: string) => {
      if (!taken.has(k)) (taken.add(k), marks.push({ index: k, reason }));
    };
    lines.forEach((l, index) => {
      if (taken.has(index)) return;
      if (isPostHeader(l.text)) {
        // The header, then the post's text (kept, as an X post's is), then its counts.
        take(index, "embedded post's author and date");
        const text = lines.slice(index + 1, index + 1 + HEADER_TEXT_MAX_LINES).findIndex((x) => EMBED_PART.test(x.text));
        for (let k = text < 0 ? lines.length : index + 1 + text; k < lines.length && k <= index + EMBED_REACH + HEADER_TEXT_MAX_LINES && EMBED_PART.test(lines[k]!.text); k++) take(k, "embedded post's date, counts or buttons");
        return;
      }
      if (mayOpenPostCard(l.text)) {
        const card = postCardAt(lines, index);
        for (const m of card) if (!taken.has(m.index)) (taken.add(m.index), marks.push(m));
        if (card.length > 0) return;
      }
      const dot = l.text.length <= X_STAMP_MAX_CHARS ? l.text.search(STAMP_DOT) : -1;
      const stamp = dot > 0 && X_STAMP.test(l.text) && (isDateLine(l.text.slice(dot + 1)) || DAY_MONTH_YEAR.test(l.text.slice(dot + 1)));
      const viewOn = !stamp && isViewOn(l.text);
      if (!stamp && !viewOn && !EMBED_MARK.test(l.text)) return;
      take(index, "embedded post or player");
      const skip = SKIP_MARK.test(l.text);
      if (skip) {
        const end = lines.findIndex((e, k) => k > index && k - index <= SKIPPED_EMBED_MAX_LINES && END_MARK.test(e.text));
        for (let k = index + 1; k <= end; k++) take(k, "embedded post or player");
      }
      if (stamp || viewOn) {
        const handle = [1, 2, 3, X_HANDLE_REACH].map((d) => index - d).find((k) => k >= 0 && HANDLE.test(lines[k]!.text));
        if (handle !== undefined) {
          take(handle, "embedded post's author");
          if (handle > 0 && !isProse(lines[handle - 1]!.text)) take(handle - 1, "embedded post's author");
          // Between the handle and the link under the post, a date is the post's.
          for (let k = handle + 1; k < index; k++) if (isDateLine(lines[k]!.text)) take(k, "embedded post's date, counts or buttons");
        }
      }
      // Below the mark: the embed's own parts only (date stamp, running time); the text resumes after.
      // A time of day ("12:40 p.m.", "12:20 Uhr", "12h15", "Posted at 11:05", not a clip's "1:48") or "10h ago" over a line
      // that is none of the embed's is the next live entry's stamp.
      // Under "A post shared by Jane Doe (@janedoe)", a line that opens with the handle is the post's caption.
      let poster = posterOf(l.text);
      const isCaption = (t: string) => poster !== undefined && t.startsWith(`${poster} `);
      for (let k = index + 1; k < lines.length && k <= index + EMBED_REACH && (isPartBelow(lines[k]!.text) || isCaption(lines[k]!.text)) && !(isEntryStamp(lines[k]!.text) && !isPartBelow(lines[k + 1]?.text ?? "")); k++) {
        take(k, "embedded post's date, counts or buttons");
        poster ??= posterOf(lines[k]!.text);
      }
      // Above it: parts, and titles or captions as long as prose (the text the embed sits in) closes
      // the run above; a headline and byline over an embed are not its title.
      let top = index;
      // Above an opening mark, only a post whose name and handle stand over it is the embed's.
      if (skip && ![1, 2, 3, X_HANDLE_REACH].some((d) => HANDLE.test(lines[index - d]?.text ?? ""))) return;
      // Between two marks of one embed ("View this post on Instagram" / caption / "A post shared by …"),
      // the caption is the post's, a sentence or not.
      const opening = SHARED_BY.test(l.text) ? [2, 3, 4].map((d) => index - d).find((k) => k >= 0 && VIEW_ON_INSTAGRAM.test(lines[k]!.text)) : undefined;
      if (opening !== undefined) {
        for (let k = opening + 1; k < index; k++) if (!taken.has(k)) take(k, "embedded post's title or caption");
        return;
      }
      while (top - 1 >= 0 && index - (top - 1) <= EMBED_REACH && !taken.has(top - 1) && isEmbedText(lines[top - 1]!.text)) top--;
      // The run is closed above by the text's prose, or by another embed's lines (an Instagram caption
      // between "View this post" and "A post shared by").
      const inText = top > 0 && (taken.has(top - 1) || isProse(lines[top - 1]!.text));
      for (let k = index - 1; k >= top; k--) {
        if (isPartAbove(lines[k]!.text)) take(k, "embedded post's date, counts or buttons");
        else if (inText) take(k, "embedded post's title or caption");
        else break;
      }
    });
    return marks;
  },
};

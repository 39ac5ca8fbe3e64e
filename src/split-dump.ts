import { anyCase } from "./any-case";
import type { Segment, SourceLine } from "./model";
import { fold } from "./fold";
import { capitalShare, endsLikeSentence, isProse, wordCount } from "./text";
import { maxOf, pushAll } from "./arrays";
import { isDateLine, VALIDITY } from "./date-words";
import { isTitleLike } from "./metadata/title-score";
import { SECTION_BREAK } from "./structure/rebuild-blocks";
import { headedStarts } from "./headed-piece";
import { SKIP_LINK, SKIP_LINK_MAX_CHARS } from "./rules/remove-ui-message";
import { isCopyrightFooter } from "./prose-value";
import { isHeadline as isPieceHeadline, isNeighbourLabel, isParagraph, previousLine } from "./piece-heads";

/**
 * Stage 2: one dump → one segment per article. Content farms glue several generated articles into one
 * page. An article starts
 * - at its title followed by a "Table of Contents" widget, often glued to the end of the previous
 *   article's last, unfinished line ("…in the conflict Trump and Putin Schedule New TalksTable of Contents");
 * - at the headline after a reader question that the next piece answers ("How might …?"), when that
 *   headline was glued to the text below it;
 * - at a new lead whose picture is gone: "![]() Kyiv – The Eastern Ukrainian city…";
 * - at a separator line ("-----", "* * *") over another headline, its byline or date and its text: a
 *   reader's own file of articles pasted one after another;
 * - at a headline with its byline or date printed as the first article's were, on a page of several
 *   whole articles (see headed-piece);
 * - at a press release's label ("FOR IMMEDIATE RELEASE", "Pressemitteilung") printed again after a
 *   release's text.
 * A "Table of Contents" glued to a heading after a finished sentence is the widget inside an article,
 * not a new one.
 */
const TOC_MARKER = "table of contents";
/** The text before a "Table of Contents" marker that ends the line, or undefined. Compared from the
 *  end of the line: a pattern anchored at $ would be tried at every position of every long line. */
function textBeforeTocMarker(text: string): string | undefined {
  const t = text.trimEnd();
  // The last letter first ("s" or "S"): most lines end otherwise, and cutting and lower-casing the
  // ending costs two new strings a line.
  if (t.length < TOC_MARKER.length || (t.charCodeAt(t.length - 1) | 0x20) !== 0x73 || t.slice(-TOC_MARKER.length).toLowerCase() !== TOC_MARKER) return undefined;
  return t.slice(0, -TOC_MARKER.length).trim();
}
/** Titles seen after the TOC cue are 4–20 words; more means we would swallow the previous paragraph. */
const GLUED_TITLE_MAX_WORDS = 20;
/** A title written in headline case has at least this share of capitalised words. */
const GLUED_TITLE_MIN_CAPITALS = 0.5;
const READER_QUESTION = /^(?:what|how|why|which|who|when|where|will|would|could|should|can|is|are|does|do)\b[^.!?]{20,}\?$/i;
const EMPTY_IMAGE = /^!\[[^\]]*\]\([^)]*\)$/;
const DATELINE_START = /^\p{Lu}[\p{L}.' ]{1,40}\s[–—-]\s/u;
/** A press release's label over its headline: printed again after a release's text, it starts the
 *  next one of a press room's page ("###" / "FOR IMMEDIATE RELEASE" / headline). */
const RELEASE_LABEL = /^(?:for immediate release|press release|news release|communiqué de presse|pressemitteilung|presseinformation|comunicado de prensa|comunicato stampa|persbericht)\s*:?$/i;
const RELEASE_LABEL_MAX_CHARS = 30;
/** The label heads a release: its headline within two lines under it (its date between), its text
 *  within six, and no teaser box's header over it ("Sur le même sujet" / "Communiqué de presse" / …);
 *  in a menu, the next entry is a word or two. */
const RELEASE_HEADLINE_LINES = 2;
const RELEASE_TEXT_LINES = 6;
function headsRelease(lines: readonly SourceLine[], i: number): boolean {
  const above = previousLine(lines, i);
  if (above >= 0 && isNeighbourLabel(lines[above]!.text)) return false;
  const near = lines.slice(i + 1, i + 1 + RELEASE_TEXT_LINES).filter((l) => l.text !== "");
  return near.slice(0, RELEASE_HEADLINE_LINES).some((l) => isPieceHeadline(l.text)) && near.some((l) => isParagraph(l.text));
}
/** Text already in the current article before a question or a new lead may start the next one:
 *  three paragraphs, so a question inside an article's opening is never taken for a seam. */
const MIN_PROSE_BEFORE_SPLIT = 3;
const LIST_ITEM = /^[-*•]\s+/;

/* The separator is a section break's line (SECTION_BREAK), not "###", a press release's end mark, after
 * which the distributor's teasers follow. */
const BY_WORD_START = new RegExp(String.raw`^(?:${anyCase("by|por|di|von|par|door|de")})\s+\p{Lu}`, "u");
/** The headline stands right under the separator (a blank line between at most); its byline or date
 *  within three lines under it; its text within six lines under that. A section break inside one
 *  article ("* * *") has the text right under it. */
const SEPARATED_HEADLINE_LINES = 2;
const SEPARATED_BYLINE_LINES = 3;
const SEPARATED_TEXT_LINES = 6;
function separatedArticle(lines: readonly SourceLine[], i: number): SourceLine | undefined {
  // The headline, perhaps under a kicker or a section's label ("Opinión").
  for (let at = i + 1; at <= i + SEPARATED_HEADLINE_LINES && at < lines.length; at++) {
    const h = lines[at]!;
    if (!isTitleLike(h.text) || isProse(h.text)) continue;
    const byline = lines.slice(at + 1, at + 1 + SEPARATED_BYLINE_LINES).findIndex((l) => BY_WORD_START.test(l.text) || (isDateLine(l.text) && !VALIDITY.test(l.text)));
    if (byline >= 0 && lines.slice(at + 2 + byline, at + 2 + byline + SEPARATED_TEXT_LINES).some((l) => isProse(l.text))) return h;
  }
  return undefined;
}

/** Another page pasted under the first, without a separator: its skip link ("Skip to content") under the
 *  first page's copyright footer, and a text of its own under that. Without it, the second page read as
 *  the first one's furniture below its text, and was lost. */
const FOOTER_TO_NEXT_PAGE_LINES = 12;
const NEXT_PAGE_TEXT_LINES = 40;
const NEXT_PAGE_MIN_PROSE = 2;
function opensNextPage(lines: readonly SourceLine[], i: number): boolean {
  const t = lines[i]!.text;
  if (t.length > SKIP_LINK_MAX_CHARS || !SKIP_LINK.test(t)) return false;
  if (!lines.slice(Math.max(0, i - FOOTER_TO_NEXT_PAGE_LINES), i).some((l) => isCopyrightFooter(l.text))) return false;
  return lines.slice(i + 1, i + 1 + NEXT_PAGE_TEXT_LINES).filter((l) => isProse(l.text)).length >= NEXT_PAGE_MIN_PROSE;
}

interface Start {
  at: number;
  /** the article's title, when the cue tells where it is */
  title?: SourceLine;
  /** the line at `at` is replaced by these pieces (a glued title cut off its line) */
  pieces?: { before: string; title: string };
}

export function splitDump(lines: readonly SourceLine[]): Segment[] {
  const starts: Start[] = [{ at: 0 }];
  const replaced = new Map<number, SourceLine[]>();
  // Folded lines, filled as the questions need them: each question compares itself with every line
  // of the article so far, and folding them again for each question was the split's costliest step.
  const folded: string[] = new Array(lines.length);
  let prose = 0;
  const headedAt = headedStarts(lines);
  let releaseLabels = 0;
  lines.forEach((l, i) => {
    const current = starts[starts.length - 1]!.at;
    if (isProse(l.text)) prose++;
    // A headed piece's start has its own test of the text before it (see headedStarts). Under a
    // separator or a release's label, the piece has started already (its title, or no text since).
    const headed = headedAt.get(i);
    if (headed && headed.at > current && prose > 0 && starts[starts.length - 1]!.title !== headed.title) {
      if (headed.before) {
        replaced.set(i, [headed.before, headed.title]);
        starts.push({ at: i, title: headed.title, pieces: { before: headed.before.text, title: headed.title.text } });
      } else starts.push(headed);
      prose = 0;
      return;
    }
    const release = l.text.length <= RELEASE_LABEL_MAX_CHARS && RELEASE_LABEL.test(l.text) && headsRelease(lines, i);
    if (release && releaseLabels++ > 0 && prose >= MIN_PROSE_BEFORE_SPLIT && i > current) {
      starts.push({ at: i });
      prose = 0;
      return;
    }
    if (prose >= MIN_PROSE_BEFORE_SPLIT && i > current && opensNextPage(lines, i)) {
      starts.push({ at: i });
      prose = 0;
      return;
    }
    if (prose >= MIN_PROSE_BEFORE_SPLIT && i > current) {
      const next = lines[i + 1];
      // The headline after the question must have been glued to the text under it on one physical
      // line, the content farm's signature; a question-form teaser in a "More stories" list is not.
      const glued = next && lines[i + 2]?.no === next.no;
      if (READER_QUESTION.test(l.text) && next && glued && isHeadline(next.text) && !listedBefore(lines, folded, current, i, l.text)) {
        starts.push({ at: i + 1, title: next });
        prose = 0;
        return;
      }
      const separated = SECTION_BREAK.test(l.text) ? separatedArticle(lines, i) : undefined;
      if (separated) {
        starts.push({ at: i, title: separated });
        prose = 0;
        return;
      }
      if (EMPTY_IMAGE.test(l.text) && next && DATELINE_START.test(next.text)) {
        // No return: the same line may also end with a heading and a "Table of Contents" widget.
        starts.push({ at: i });
        prose = 0;
      }
    }
    const before = textBeforeTocMarker(l.text);
    if (before === undefined) return;
    if (before === "") {
      // "Title\nTable of Contents": the article starts at the line above (unless that is the dump's start),
      // once the current article has some text: a blog's own table of contents under its headline and
      // byline ("Posted on March 3, 2024 by …" / "Table of Contents") starts nothing.
      const prev = lines[i - 1];
      if (prev && i - 1 > current && prose > 0 && isHeadline(prev.text)) {
        starts.push({ at: i - 1, title: prev });
        prose = 0;
      } else if (prev && i - 1 === 0) starts[0]!.title = prev;
      return;
    }
    const { head, title } = splitGluedTitle(before, lines.slice(current, i));
    if (!isHeadline(title)) return;
    const marker = { no: l.no, text: "Table of Contents" };
    if (head !== "" && endsLikeSentence(head)) {
      // The widget after an article's lead: keep the heading in this article, drop only the marker.
      replaced.set(i, [{ no: l.no, text: head }, { no: l.no, text: title }, marker]);
      return;
    }
    const titleLine = { no: l.no, text: title };
    replaced.set(i, [...(head ? [{ no: l.no, text: head }] : []), titleLine, marker]);
    if (head === "" && i === current) {
      starts[starts.length - 1]!.title = titleLine;
      return;
    }
    starts.push({ at: i, title: titleLine, pieces: { before: head, title } });
    prose = 0;
  });
  return starts
    .map((s, k) => {
      const end = starts[k + 1]?.at ?? lines.length;
      const segLines: SourceLine[] = [];
      for (let i = s.at; i < end; i++) {
        const pieces = replaced.get(i);
        if (!pieces) segLines.push(lines[i]!);
        else if (i === s.at && s.pieces) pushAll(segLines, pieces.slice(s.pieces.before ? 1 : 0));
        else pushAll(segLines, pieces);
      }
      // The unfinished text before a glued title belongs to the article before it.
      const next = starts[k + 1];
      if (next?.pieces?.before) segLines.push(replaced.get(next.at)![0]!);
      return { lines: segLines, title: s.title };
    })
    .filter((s) => s.lines.some((l) => l.text.trim() !== ""));
}

/** A headline: title case, not a sentence, short. */
function isHeadline(text: string): boolean {
  const n = wordCount(text);
  return n >= 3 && n <= GLUED_TITLE_MAX_WORDS && capitalShare(text) >= GLUED_TITLE_MIN_CAPITALS && !/[.:;,]$/.test(text);
}

/** Whether the question is one of the current article's own sections (listed in its table of contents). */
function listedBefore(lines: readonly SourceLine[], folded: string[], from: number, to: number, text: string): boolean {
  const key = fold(text);
  for (let k = from; k < to; k++) if (lines[k]!.text !== text && (folded[k] ??= fold(lines[k]!.text)).endsWith(key)) return true;
  return false;
}

/**
 * "…important role in the conflict Trump and Putin Schedule New Talks" → the earliest capitalised word
 * from which the rest reads as a headline. After a tag list ("* Russia Ukraine Conflict Resolution
 * Trump-Zelenskyy Talks …"), the item keeps as many words as the longest tag above it.
 */
export function splitGluedTitle(text: string, above: readonly SourceLine[] = []): { head: string; title: string } {
  if (LIST_ITEM.test(text)) {
    const tags = trailingItems(above).map((t) => wordCount(t.replace(LIST_ITEM, "")));
    const words = text.replace(LIST_ITEM, "").split(/\s+/);
    const keep = maxOf(tags, 0);
    if (tags.length && keep > 0 && words.length - keep >= 3) return { head: `* ${words.slice(0, keep).join(" ")}`, title: words.slice(keep).join(" ") };
  }
  const tokens = text.split(/(\s+)/);
  let offset = 0;
  for (const t of tokens) {
    if (t.trim() && /^\p{Lu}/u.test(t)) {
      const tail = text.slice(offset);
      if (wordCount(tail) <= GLUED_TITLE_MAX_WORDS && capitalShare(tail) >= GLUED_TITLE_MIN_CAPITALS && !/[.!?]\s/.test(tail)) {
        return { head: text.slice(0, offset).trim(), title: tail.trim() };
      }
    }
    offset += t.length;
  }
  return { head: "", title: text };
}

/** Tag items are short and unpunctuated (see remove-keyword-list); the run ends at the first real item. */
const TAG_MAX_WORDS = 5;

function trailingItems(lines: readonly SourceLine[]): string[] {
  const items: string[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i]!.text;
    if (!LIST_ITEM.test(t) || wordCount(t) > TAG_MAX_WORDS || endsLikeSentence(t)) break;
    items.unshift(t);
  }
  return items;
}

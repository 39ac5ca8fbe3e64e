import type { LineMark, LineRule } from "../model";
import { wordCount } from "../text";

/** Author boxes and byline widgets around the headline: avatar initials ("JT"), a bare "Published"
 *  label whose date was lost, "AI Journalist: Name" with its one-line bio, "View …'s profile" links,
 *  and the system prompt that generated-content sites leave in the page ("You are Jane Doe, an …
 *  journalist … Focus on: …"). */
const INITIALS = /^\p{Lu}{1,3}$/u;
const BARE_LABEL = /^(?:published|updated|posted|by|author|written by|share|posted by)\s*:?$/i;
const ROLE_LINE = /^(?:ai\s+)?(?:journalist|reporter|author|writer|correspondent|editor|columnist|contributor)\s*:\s*\p{Lu}/iu;
const VIEW_LINK = /^view (?:all (?:posts|articles|stories) by|(?:the )?(?:author|journalist|writer|reporter)'?s?|[\p{L}.' ]{2,30}'s) [\p{L} ]{0,40}$/iu;
const PROMPT = /^["“']?you are (?:an? |the )?[\p{L} .'-]{2,60}[,.]?\s.*\b(?:write|focus on|your (?:reporting|writing|articles?|task|role)|respond|tone|style)\b/iu;
/** Longest line the short patterns above can match (a 40-letter name in a profile link is ~100
 *  characters): longer lines skip them. */
const SHORT_PATTERN_MAX_CHARS = 120;
/** A bio under a role line is one sentence about the person, shorter than this. */
const BIO_MAX_WORDS = 30;

export const removeAuthorBox: LineRule = {
  id: "remove-author-box",
  apply(lines) {
    const marks: LineMark[] = [];
    lines.forEach((l, i) => {
      const t = l.text;
      const short = t.length <= SHORT_PATTERN_MAX_CHARS;
      if (short && INITIALS.test(t) && !/^(?:A|I|UK|US|EU|UN)$/.test(t)) marks.push({ index: i, reason: "avatar initials" });
      else if (short && BARE_LABEL.test(t)) marks.push({ index: i, reason: "byline label without a value" });
      else if (short && VIEW_LINK.test(t)) marks.push({ index: i, reason: "author profile link" });
      else if (PROMPT.test(t)) marks.push({ index: i, reason: "content-generator prompt left in the page" });
      else if (ROLE_LINE.test(t) && wordCount(t) <= 8) {
        marks.push({ index: i, reason: "author box" });
        const bio = lines[i + 1];
        if (bio && wordCount(bio.text) <= BIO_MAX_WORDS && !/^["“]/.test(bio.text)) marks.push({ index: i + 1, reason: "author bio" });
      }
    });
    return marks;
  },
};

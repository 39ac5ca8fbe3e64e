import { lineMatchRule } from "./define";

/** Prompts to the reader rather than reporting: "Share your thoughts in the comments below", "What do
 *  you think …?", "What factors do you believe will …?". A line is a prompt when it asks the reader
 *  (second person) to comment or to give an opinion. */
const PROMPT = /^(?:(?:please )?share your (?:thoughts|opinions?|views|comments)\b|let us know (?:in the comments|what you think)\b|what (?:are|were) your thoughts\b|what do you think\b|what factors do you (?:believe|think)\b|how do you (?:think|feel)\b|do you (?:agree|think)\b.*\?$|tell us (?:in the comments|what you think)\b|join the conversation\b|leave (?:your|a) comment\b)/i;
/** …or anywhere in the line: searched apart, so the anchored alternatives above are tried once. */
const COMMENT_BELOW = /\b(?:in the comments(?: section)? below|comment below)\b/i;
/** Letters both phrases share, as one cheap scan first (an i-flag alternation tries every position). */
const COMMENT_HINT = /[Mm][Mm][Ee][Nn][Tt]/;

export const removeEngagementPrompt = lineMatchRule("remove-engagement-prompt", "prompt asking readers to comment", (t) => PROMPT.test(t) || (COMMENT_HINT.test(t) && COMMENT_BELOW.test(t)));

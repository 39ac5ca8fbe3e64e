import { lineMatchRule } from "./define";

/** What a chat assistant wraps around the article it generated, pasted with it by content farms: the
 *  request ("Write a 600-word news article about …"), the assistant's opener ("Sure! Here's a …") and
 *  sign-off ("I hope this helps! Let me know if …"), a word count, and the note that the text was
 *  generated ("Note: This article was generated with the help of AI …"). None of it is the article's. */
const REQUEST = /^(?:please\s+)?(?:write|create|generate|compose|draft|produce)\s+(?:me\s+)?(?:an?|the)\s+(?:[\p{L}\d-]+\s+){0,4}?(?:article|story|blog post|post|piece|report|news item)\s+(?:about|on|for|that|in|with|covering)\b/iu;
const OPENER = /^(?:sure|certainly|absolutely|of course|okay|ok)[!,.]?\s+(?:here(?:['’]s| is| are)|below is)\b/i;
const SIGN_OFF = /^(?:i hope (?:this|that|it) helps|let me know if you(?:['’]d| would)? (?:like|want|need)|feel free to (?:ask|let me know)|would you like me to)\b/i;
const WORD_COUNT = /^\(?word count\s*:?\s*~?\d[\d,]*\)?$/i;
/** "This article was generated with the help of AI", "Dieser Artikel wurde mit KI erstellt": the note,
 *  short, opening the line (perhaps after "Note:" or "Disclaimer:"). Reporting on AI names who used it. */
const AI_NOTE = /^(?:\(?(?:note|disclaimer|hinweis|remarque)\s*:\s*)?(?:this (?:article|story|post|text|content) (?:was|has been|is) (?:partly |partially |fully )?(?:generated|written|created|produced) (?:with the help of|with|by|using) (?:an? )?(?:ai|artificial intelligence|chatgpt|a language model)|dieser (?:artikel|text|beitrag) wurde (?:mit hilfe von |mithilfe von |mit |von )?(?:ki|künstlicher intelligenz)|cet article a été (?:généré|rédigé) (?:avec l['’]aide de |par |avec )?(?:l['’]ia|une ia|l['’]intelligence artificielle))/i;
/** The wrapper's lines are short; an article's paragraph about AI tools is longer or opens otherwise. */
const MAX_CHARS = 250;

export const removeGeneratorChatter = lineMatchRule(
  "remove-generator-chatter",
  "chat assistant's request, reply or note around generated text",
  (t) => t.length <= MAX_CHARS && (REQUEST.test(t) || OPENER.test(t) || SIGN_OFF.test(t) || WORD_COUNT.test(t) || AI_NOTE.test(t)),
);

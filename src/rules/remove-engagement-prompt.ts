import type { LineMark, LineRule, SourceLine } from "../model";
import { wordCount } from "../text";

/** Prompts to the reader rather than reporting: "Share your thoughts in the comments below", "What do
 *  you think …?", "What factors do you believe will …?", "Did you find this article helpful?", "Gostou deste artigo?", "Ti è piaciuto questo articolo?". A line is a prompt when it asks the reader
 *  (second person) to comment or to give an opinion; a question put to someone in an interview, with
 *  the answer under it, is not. */
const PROMPT = /^(?:(?:did you find|was|is) this (?:article|post|page|story|information) (?:helpful|useful)\b|how (?:useful|helpful) (?:was|is|did you find) this (?:article|post|page)\b|rate this (?:article|post|story)\b|(?:war|ist) (?:dieser artikel|diese seite|dieser beitrag) hilfreich\b|(?:cet article|cette page) (?:vous )?a-t-(?:il|elle) été utile\b|cet article vous a(?:-t-il)? été utile\b|(?:did you (?:like|enjoy)|gostou d[eo]st[ea]|ti è piaciut[oa] (?:questo|quest['’])|vind je dit (?:een )?(?:goed|interessant)|czy (?:ten|podobał ci się ten) (?:artykuł|tekst))\s?(?:artigo|conteúdo|texto|matéria|articolo|article|story|post|artykuł)?\s?\?$|¿?(?:te|le) (?:ha )?(?:resultado|parecido|sido) útil\b|(?:please )?share your (?:thoughts|opinions?|views|comments)\b|let us know (?:in the comments|what you think)\b|what (?:are|were) your thoughts\b|what do you think\b|what factors do you (?:believe|think)\b|how do you (?:think|feel)\b|how (?:does|did) this (?:story|article|post) make you feel\b|what(?:['’]s| is) your reaction\b|do you (?:agree|think)\b.*\?$|tell us (?:in the comments|what you think)\b|join the conversation\b|leave (?:your|a) comment\b|did you (?:make|try|cook|bake) this\b|pin (?:this|it) for later\b|épinglez[- ](?:la|le|les|moi)\b[^.!?]{0,30}\bplus tard\b|(?:tried|made) this recipe\b|did you (?:make|try|cook|bake) (?:one|any) of these\b|vous avez (?:testé|essayé|réalisé|fait) cette recette\b|avez-vous (?:testé|essayé|réalisé|fait) cette recette\b|¿?(?:has|habéis) (?:probado|hecho|preparado) esta receta\b|hai (?:provato|fatto|preparato) questa ricetta\b|(?:hast du|haben sie) (?:das|dieses) rezept (?:ausprobiert|nachgekocht|nachgebacken)\b|do you have an opinion on the issues\b|have your say\b)/i;
/** A request to report a mistake in the story ("Found an error? Let us know.", "Vous avez trouvé une
 *  erreur ? Merci de nous la signaler.", "Fout gezien? Mail de redactie", "Report a typo"): the site's
 *  standing line under every story; and its request for tips ("Got a news tip? …", the button "Submit a News Tip", "Heb je iets gezien
 *  of gehoord? Stuur je tip naar de redactie.", an investigation's "Do you have information about …?
 *  Contact our reporters …", "… ? We want to hear from you."). A short line, opening with the question
 *  or the button. The newsroom asks to be told ("contact us", "email our reporters"); a police appeal
 *  in the story asks readers to call the police. */
const REPORT_REQUEST = /^¿?(?:(?:have you )?(?:found|spotted|seen|noticed) an? (?:error|typo|mistake)|vous avez (?:trouvé|repéré|vu|constaté) une (?:erreur|faute|coquille)|(?:has|ha) (?:encontrado|visto|detectado) (?:un|algún) error|hai (?:trovato|notato|visto) un errore|(?:een )?fout (?:gezien|ontdekt)|(?:você )?encontrou (?:um|algum) erro|(?:haben sie )?(?:einen )?fehler (?:gefunden|entdeckt)|report (?:a|an) (?:typo|error|mistake|correction)|(?:got|have) a (?:news )?tip|submit a (?:news )?tip$|send (?:us )?(?:a |your )?(?:news )?tips?$|do you have (?:information|a tip|tips|documents)\b[^?]{0,80}\?\s*(?:contact|e-?mail|write to|reach|send)\s+(?:us|our)\b|if you (?:or someone you know )?(?:have|has) (?:information|a tip|documents)\b[^.]{0,80}\b(?:contact|e-?mail|write to|reach|send)\s+(?:us|our)\b|[^.?!]{0,80}\?\s*we(?:['’]d| would)? (?:want|like|love) to hear from you|vous avez des informations à nous (?:transmettre|communiquer|signaler)|haben sie (?:informationen|hinweise) für uns|send us (?:a |your )?(?:news )?tips?|stuur (?:ons )?(?:je|een|uw) tip|heb je (?:iets gezien(?: of gehoord)?|een tip)|vous avez (?:une info|été témoin)|(?:haben sie|hast du) einen (?:hinweis|tipp)|¿?tienes (?:una|alguna) (?:pista|información|denuncia)|signaler une (?:erreur|faute|coquille)|fehler melden|segnala(?: un)? errore|reportar (?:un )?error|fout melden)\b[^\n]{0,120}$/i;
const REPORT_REQUEST_MAX_CHARS = 160;
/** A rating prompt's buttons under it: "Yes No", "JaNein", "Oui Non", or one a line. */
const YES_NO = /^(?:yes\s*no|ja\s*nein|oui\s*non|s[íì]\s*no|sim\s*não|ja\s*nee)$/i;
const YES_OR_NO = /^(?:yes|no|oui|non|ja|nein|sí|si|sim|não|nee)$/i;
/** A rating prompt's buttons: a yes and a no, perhaps a "not sure". */
const MAX_BUTTONS = 3;
/** …or anywhere in the line: searched apart, so the anchored alternatives above are tried once. */
// …at the request's end ("… in the comments below!", "… below and tell us why"), not where a sentence
// reports them ("Readers in the comments below the first story asked …").
const COMMENT_BELOW = /\b(?:in the comments(?: section)? below|comment below)(?=\s*(?:[.!?:;)…]|$|and\b|or\b|what\b|if\b|how\b|whether\b|—|-\s))/i;
/** The same asked in the dev pages' other languages: "Dites-le moi en commentaire !", "Schreibt es uns
 *  in den Kommentaren", "Déjanos tu opinión en los comentarios", "Dicci la tua nei commenti". A verb
 *  that asks, then the comments; a sentence that reports what commenters said has no such verb. */
const PROMPT_TRANSLATED = /(?:dites|racontez|partagez|laissez|donnez)[-\s][^.!?]{0,30}\ben commentaires?\b|\bcommentaires? ci-dessous\b|(?:schreib(?:t|en sie)?|verrat(?:et|en sie)|sagt|teilt|diskutier(?:t|en sie)(?: mit)?)\b[^.!?]{0,30}\bin den kommentaren\b|(?:déjanos|cuéntanos|dinos|déjame|deja)\b[^.!?]{0,40}\ben (?:los )?comentarios\b|(?:scrivi|scriveteci|dicci|diteci|fateci sapere|lasciate?(?:ci)?)\b[^.!?]{0,40}\bnei commenti\b/iu;
/** The comments' word in those languages, as a cheaper search before the verbs are looked for. */
const TRANSLATED_TAIL = /en commentaires?|commentaires? ci-dessous|in den kommentaren|en (?:los )?comentarios|nei commenti/i;
const isTranslatedPrompt = (t: string): boolean => TRANSLATED_TAIL.test(t) && PROMPT_TRANSLATED.test(t);
/** The letters every comment word has ("omment" in "comment", "Kommentar", "commento"; "oment" in
 *  "comentario"), as one cheap scan before both expressions above (an i-flag alternation tries every
 *  position). */
const COMMENT_WORD_HINT = /[Oo][Mm][Mm]?[Ee][Nn][Tt]/;
/** An answer mentions no comments (English "mment"). */
const COMMENT_HINT = /[Mm][Mm][Ee][Nn][Tt]/;
/** An answer is a sentence or more ("Yes, from the north pier."), not a label. */
const ANSWER_MIN_WORDS = 4;

/** Whether a sentence asks readers to comment ("Racontez-moi en commentaire.", "Tell us in the comments
 *  below."): unglue-lines puts such a sentence at a paragraph's end on a line of its own, so this rule
 *  removes the prompt and not the writer's paragraph with it. */
export const asksForComments = (t: string): boolean => COMMENT_WORD_HINT.test(t) && (COMMENT_BELOW.test(t) || isTranslatedPrompt(t));

const isQuestion = (l: SourceLine | undefined): boolean => !!l && l.text.endsWith("?");
const isAnswer = (l: SourceLine | undefined): boolean => !!l && !isQuestion(l) && wordCount(l.text, ANSWER_MIN_WORDS) >= ANSWER_MIN_WORDS && !COMMENT_HINT.test(l.text);

/** A question in an interview: an answer under it, and another question and its answer next to it
 *  (two lines above or below), the Q-and-A rhythm a reader prompt never has. */
function inInterview(lines: readonly SourceLine[], i: number): boolean {
  if (!isQuestion(lines[i]) || !isAnswer(lines[i + 1])) return false;
  return (isQuestion(lines[i - 2]) && isAnswer(lines[i - 1])) || (isQuestion(lines[i + 2]) && isAnswer(lines[i + 3]));
}

export const removeEngagementPrompt: LineRule = {
  id: "remove-engagement-prompt",
  apply(lines: readonly SourceLine[]): LineMark[] {
    const marks: LineMark[] = [];
    lines.forEach((l, i) => {
      const t = l.text;
      if (t.length <= REPORT_REQUEST_MAX_CHARS && REPORT_REQUEST.test(t)) {
        marks.push({ index: i, reason: "request to report a mistake or send a tip" });
        return;
      }
      if ((PROMPT.test(t) || asksForComments(t)) && !inInterview(lines, i)) {
        marks.push({ index: i, reason: "prompt asking readers to comment" });
        if (YES_NO.test(lines[i + 1]?.text ?? "")) marks.push({ index: i + 1, reason: "prompt asking readers to comment" });
        let k = i + 1;
        for (; k <= i + MAX_BUTTONS && YES_OR_NO.test(lines[k]?.text ?? ""); k++) marks.push({ index: k, reason: "prompt asking readers to comment" });
        // A rating widget, the question over its buttons, closes the article: what follows is the page's.
        if (k > i + 1) marks.push({ index: k - 1, reason: "prompt asking readers to comment", wall: true });
      }
    });
    return marks;
  },
};

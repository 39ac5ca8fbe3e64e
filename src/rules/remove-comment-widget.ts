import type { LineMark, LineRule } from "../model";
import { isProse, wordCount } from "../text";
import { isDateLine } from "../date-words";
import { markRange } from "./define";

/** Comment boxes: "Comments", "Leave a Comment", "Discussion (0 Comments)", the form's labels and
 *  counters, and the older blogs' trackbacks, other blogs' replies listed like comments ("TrackBack",
 *  "TrackBack URL for this entry:", "Pingbacks"). A box's heading after the body ends the article:
 *  everything after it is the box, reader comments and the page footer (an obituary's guestbook of
 *  condolences is one: "Guestbook", "Leave a condolence for the family"). Headings and form lines in
 *  English and in the translations that blog software (WordPress above all) ships for the languages of the dev pages: German, French,
 *  Spanish, Italian, Portuguese, Dutch. */
/** The note that a story's comments are closed, in the box's place ("Comments are closed.", "Op dit artikel
 *  kan niet worden gereageerd.", "Les commentaires sont fermés."): it ends the text as the box would. */
const CLOSED = String.raw`(?:(?:the )?comments? (?:section )?(?:are|is|has been|have been) (?:now )?(?:closed|disabled)(?: (?:for|on) this (?:article|story|post))?|comments? closed|(?:die )?kommentar(?:e|funktion) (?:sind |ist )?(?:für diesen (?:artikel|beitrag) )?(?:geschlossen|deaktiviert)|les commentaires sont (?:fermés|clos)|(?:los )?comentarios (?:están )?cerrados|(?:i )?commenti sono chiusi|(?:os )?comentários (?:estão )?(?:fechados|encerrados)|op dit artikel kan niet (?:meer )?worden gereageerd|reageren (?:op dit artikel )?is niet (?:meer )?mogelijk)\.?`;
export const COMMENTS_HEADING = new RegExp(String.raw`^(?:comments?(?:\s*\(\d+\)|\s+\d+)?|guestbook|sign (?:the )?guestbook|leave a condolence(?: for the family)?|condolences|kondolenzbuch|livre d['’]or|registre de condoléances|(?:\d+\s+)?(?:trackbacks?|pingbacks?|rétroliens?)(?:\s*(?:\/|and|&)\s*pingbacks?)?(?:\s*\(\d+\))?|trackback url for this entry|(?:\d+|one|two|three)\s+(?:responses?|thoughts?|repl(?:y|ies))(?: (?:on|to) .{1,150})?|responses|leave a response|\d+\s+comments?|add (?:a )?comment|share or comment on this article:?|leave a (?:comment|reply)|post a comment|join the (?:discussion|conversation)|discussion\s*\(\d+\s*comments?\)|(?:\d+\s+)?(?:kommentare|commentaires|comentarios|commenti|coment[áa]rios|reacties|komentarze|komentáře|diskuze|diskuse|diskusia|dyskusja|komentáre|komentari|kommentarer|kommentit|hozzászólások|comentarii|yorumlar|комментарии|коментарі|σχόλια)(?:\s*\(\d+\))?|\d+\s+(?:kommentar|commentaire|comentario|commento|coment[áa]rio|reactie)|reader comments|latest comments?|post (?:a )?comment|read comments|(?:the )?rules of (?:replying|commenting)|comment(?:ing)? (?:rules|policy|guidelines)|(?:show|view|load(?: more)?) comments|kommentare (?:laden|anzeigen)|schreib(?:e|en sie) einen kommentar|hinterlass(?:e|en sie) einen kommentar|(?:ersten )?kommentar (?:schreiben|verfassen)|laisse[rz]? un commentaire|ajouter un commentaire|deja (?:un comentario|una respuesta)|dejar un comentario|lascia (?:un commento|una risposta)|deixe (?:um coment[áa]rio|uma resposta)|geef een reactie|laat een reactie achter|${CLOSED})\s*:?$`, "i");
const FORM_LINE = /^(?:(?:new,?\s*)?\d+\s+(?:new\s+)?comments?|the comments below have not been moderated\b.*|(?:newest|oldest|best rated|worst rated|most liked|top comments)(?:\s*\/\s*(?:newest|oldest|best rated|worst rated|most liked))*|your email address will not be published\.?.*|required fields are marked\s*\*?|\d+\s*\/\s*\d+\s*characters|comments are moderated.*|name\s*\*?|email\s*\*?|website|post comment|submit comment|save my name, email, and website.*|cancel reply|you must be logged in to post a comment\.?|sign in to comment\.?|log in to comment\.?|be the first to comment\.?|(?:deine |ihre )?e-?mail[- ]?adresse wird nicht veröffentlicht\.?.*|erforderliche felder sind mit \* markiert\.?|votre adresse (?:e-?mail|de messagerie) ne sera pas publiée\.?.*|les champs obligatoires sont indiqués avec \*|tu (?:dirección de )?correo electrónico no será publicad[oa]\.?.*|los campos obligatorios están marcados con \*|il tuo indirizzo (?:e-?mail )?non sarà pubblicato\.?.*|i campi obbligatori sono contrassegnati \*|o seu endereço de e-?mail não será publicado\.?.*|(?:os )?campos obrigatórios são marcados com \*|je e-?mailadres wordt niet gepubliceerd\.?.*|vereiste velden zijn gemarkeerd met \*|(?:du musst|sie müssen) angemeldet sein, um einen kommentar .*|vous devez être connecté pour publier un commentaire\.?|(?:lo siento, )?debes (?:estar conectado|iniciar sesión) para publicar un comentario\.?|devi essere connesso per inviare un commento\.?|você precisa (?:fazer o login|estar logado) para publicar um comentário\.?|je moet (?:ingelogd zijn|inloggen) om een reactie te (?:plaatsen|geven)\.?)$/i;
/** The box ends the article only when real text came before it: a "12 Comments" link under the title
 *  must not take the article with it. Two prose paragraphs is the least any article in the seeds has. */
const MIN_PROSE_BEFORE = 2;

/** A comment count under the headline, over a dek and a byline with a bio (two prose lines already),
 *  is a link: the article's paragraphs follow it. A box's comments come between names, dates and
 *  buttons. Four of the next six lines prose, and as much prose after as before: the text goes on.
 *  The six are counted after the short lines right under the count: a toolbar's other buttons
 *  ("Comment" / "214" / "Listen" / "6 min"), or a box's sort links and first commenter, whose
 *  comments then alternate with names and "Reply" as before. */
const RESUME_WINDOW = 6;
const RESUME_MIN_PROSE = 4;
const BUTTON_MAX_WORDS = 3;
const BUTTONS_MAX_LINES = 8;
/** A count in the article's toolbar under its date line ("Veröffentlicht am …" / "5 Min." / "Teilen" /
 *  "42 Kommentare"), only buttons between: the text under it may open with a subheading and a list, so
 *  three of the six lines prose will do, if no date stands among them (each comment in a box has its
 *  own). A blog's footer over its comments ("Posted by Anna at 10:32 AM" / "Labels: …" / "12 comments:")
 *  has that shape too; its comments' dates tell it. */
const TOOLBAR_MIN_PROSE = 3;
function underToolbar(lines: readonly { text: string }[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 1 - BUTTONS_MAX_LINES; k--) {
    const t = lines[k]!.text;
    if (isDateLine(t)) return true;
    if (wordCount(t, BUTTON_MAX_WORDS + 1) > BUTTON_MAX_WORDS) return false;
  }
  return false;
}
function textGoesOn(lines: readonly { text: string }[], from: number, proseBefore: number, memo: { suffix?: Int32Array }): boolean {
  let start = from;
  while (start < Math.min(lines.length, from + BUTTONS_MAX_LINES) && wordCount(lines[start]!.text, BUTTON_MAX_WORDS + 1) <= BUTTON_MAX_WORDS) start++;
  let window = 0;
  let dated = false;
  for (let k = start; k < Math.min(lines.length, start + RESUME_WINDOW); k++) {
    if (isProse(lines[k]!.text)) window++;
    else if (isDateLine(lines[k]!.text)) dated = true;
  }
  if (window < RESUME_MIN_PROSE && (window < TOOLBAR_MIN_PROSE || dated || !underToolbar(lines, from - 1))) return false;
  // Prose lines from each line to the end, counted once per page (a page of many such links would
  // otherwise count the rest of the page again at each).
  if (!memo.suffix) {
    memo.suffix = new Int32Array(lines.length + 1);
    for (let k = lines.length - 1; k >= 0; k--) memo.suffix[k] = memo.suffix[k + 1]! + (isProse(lines[k]!.text) ? 1 : 0);
  }
  return memo.suffix[from]! >= proseBefore;
}

/** The comment box's note that every comment is read first ("Disclaimer: We respect your views! … All
 *  the comments will be moderated by the editorial team."). */
const MODERATION_NOTE = /\ball (?:the )?comments (?:will be|are) moderated\b/i;
/** …or its rules ("Comments: Our rules", "We want our comments to be a lively …", "Conversations are
 *  opinions of our readers …", "Die Kommentare von Usern und Userinnen geben nicht …"), or that only
 *  signed-in readers may comment ("Um kommentieren zu können, müssen Sie angemeldet sein.",
 *  "Kommentare sind nur für registrierte Nutzer möglich.", "You must be logged in to post a comment."). */
const LOGIN_NOTE = /^(?:comments?\s*:\s*our rules|(?:read )?our (?:comment(?:ing)?|community) (?:rules|guidelines|policy)|we want our comments to be\b|(?:comments|conversations) are (?:the )?opinions of (?:our|their) (?:readers|authors)\b|die kommentare (?:von usern und userinnen|der nutzer(?:innen)?) geben nicht (?:notwendigerweise )?die meinung\b|um (?:zu )?kommentieren(?: zu können)?,? müssen sie (?:angemeldet|eingeloggt) sein|kommentare sind nur für (?:registrierte|angemeldete) (?:nutzer|leser)(?:innen)? möglich|you must be (?:logged|signed) in to (?:post a )?comment|vous devez être connecté pour (?:publier un )?commenter)\b/i;

/** The comment form of blogs hosted by WordPress.com, in the languages it ships: "Enter your comment
 *  here...", "Fill in your details below or click an icon to log in:", "You are commenting using your
 *  Google account. ( Log Out / Change )", "Connecting to %s" (its template's placeholder unfilled),
 *  "Notify me of new comments via email." Between the short post and the sidebar it was taken for text. */
const HOSTED_FORM = /^(?:enter your comment here|gib hier deinen kommentar ein|entrez votre commentaire|escribe tu comentario aquí|scrivi qui il tuo commento)\s*(?:\.{3}|…)$|^(?:fill in your details below or click an icon to log in|trage deine daten unten ein oder klicke ein icon um dich einzuloggen|renseignez vos coordonnées ci-dessous ou cliquez sur une icône pour vous connecter|introduce tus datos o haz clic en un icono para iniciar sesión)\s*:?$|\(\s*(?:log out|abmelden|déconnexion|cerrar sesión|esci|uitloggen)\s*\/\s*(?:change|ändern|changer|cambiar|cambia|wijzigen)\s*\)$|^(?:connecting to|verbinde mit|connexion à|conectando a|connessione a|verbinden met) %s$|^(?:notify me of (?:new|follow-up) (?:comments|posts) (?:via|by) e-?mail|benachrichtigung bei weiteren kommentaren per e-mail senden|informiere mich über neue beiträge per e-mail|avertissez-moi par e-mail des nouveaux (?:commentaires|articles)|recibir nuevas entradas por email|notificarme los nuevos comentarios por correo electrónico)\.?$/iu;

export const removeCommentWidget: LineRule = {
  id: "remove-comment-widget",
  apply(lines) {
    const marks: LineMark[] = [];
    let prose = 0;
    const memo: { suffix?: Int32Array } = {};
    for (let i = 0; i < lines.length; i++) {
      const t = lines[i]!.text;
      if (COMMENTS_HEADING.test(t)) {
        if (prose >= MIN_PROSE_BEFORE && !textGoesOn(lines, i + 1, prose, memo)) return [...marks, ...markRange(i, lines.length, "comment section (and what follows it)")];
        marks.push({ index: i, reason: "comment link" });
      } else if (FORM_LINE.test(t) || (t.includes("moderated") && MODERATION_NOTE.test(t)) || LOGIN_NOTE.test(t) || HOSTED_FORM.test(t)) marks.push({ index: i, reason: "comment form" });
      else if (isProse(t)) prose++;
    }
    return marks;
  },
};

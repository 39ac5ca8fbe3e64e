/** What a picture's caption label or credit looks like, on its own line or at the end of a caption:
 *  the text tests the caption rule, the title's neighbours and the prose value share. */
import { isLetterAt, wordCount } from "./text";
import { anyCase } from "./any-case";
import { BY_WORD } from "./metadata/byline-words";

/** Picture and video credits, and captions that carry a caption label ("Image copyright Getty Images",
 *  "Media caption Residents watched…", "Photo: Reuters", "(Image credit: Best Buy)"): the picture is not in a text dump, so what
 *  describes it is noise. A caption sentence without such a label is kept: it may state a fact. The
 *  labels beyond English and German are the picture's word ("Fotó:", "Fotoğraf:", "Фото:", "Kuva:",
 *  "Zdjęcie:", "Snímka:", "Ảnh:"), the photographer's ("Snimio:") and the abbreviations that only credit a
 *  picture (Polish "Fot.", Lithuanian "Nuotr."). A chart's or figure's credit is one too ("Grafik: IKP",
 *  "Figure: A. Lind et al., Harbour Journal, 2025", "Illustration: Anna Lind for …"), and so is a
 *  caption under the word for one ("Bildunterschrift: …", "Légende : …", "Didascalia: …"). */
const CAPTION = /^(?:image|media|video|photo|picture|graphic|foto|bild)\s*(?:caption|copyright|credit|source|courtesy)(?=\b|\p{Lu})|^(?:bildunterschrift|bildbeschreibung|légende|leyenda|didascalia|legenda|bijschrift|onderschrift|caption)\s*:\s*\S|^(?:photo|image|picture|foto|bild|credit|crédits? photos?|photograph|bildquelle|fotoquelle|quelle|bildrechte|fotonachweis|fotó|fotoğraf|фото|kuva|zdjęcie|snímka|snimio|snimila|grafik|infografik|graphic|graphique|grafica|illustration|abbildung|figure|visualisierung(?:en)?|rendering|montage|repro)\s*(?:by\s+)?:\s*\S.{0,60}$|^(?:fot|nuotr)\.\s*:?\s*\S.{0,60}$|^(?:file )?(?:photo|image|picture|foto|bild|fotó|fotoğraf|фото|kuva|zdjęcie|snímka|ảnh)\s*:\s*\S.{0,300}$|^in this (?:[\p{L}.]+ \d{1,2}, \d{4},? )?(?:file |handout )?(?:photo|image|picture)\b|^(?:getty images|afp|ap photo|reuters|epa|shutterstock|istock)(?:\s*\/\s*[\p{L} .]+)?$|^\((?:image|photo|picture|video|header image|foto|bild)?\s*(?:credit|source|courtesy|quelle|crédit)s?\s*:[^()]{1,80}\)$/iu;

/** A picture's word and its photographer's name: "Photo by Jane Doe", "Foto von Anna Lind", "Photo de
 *  Jean Dupont". Case-sensitive about the name ("Photo de nuit en retrait" is a review's point). */
const PHOTO_BY_NAME = new RegExp(String.raw`^(?:${anyCase("photo|photos|image|images|picture|pictures|photograph|photographs|video|videos|illustration|illustrations|foto|fotos|bild|bilds")})\s+(?:${anyCase("by|von|de|par")})\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$`, "u");

/** A photo's note alone on its line, a small paper's or a wire's: who sent the picture ("Submitted
 *  photo", "Contributed photo", "Courtesy photo"), or the photographer, the outlet and what kind of picture
 *  it is ("Jane Doe The Harbour Star file photo", "Gazette archive photo"). Capitalised words before the
 *  kind: case matters. */
const PHOTO_NOTE = /^(?:[Ss]ubmitted|[Cc]ontributed|[Cc]ourtesy|[Ss]taff|[Hh]andout) photo\.?$|^\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’&-]*){0,7}\s(?:file|staff|handout|pool|archive) (?:photo|picture)$/u;
export const isPhotoNote = (t: string): boolean => t.endsWith("photo") || t.endsWith("photo.") || t.endsWith("picture") ? PHOTO_NOTE.test(t) : false;

/** The toggle of a caption the page folds away ("Show Caption", "Hide Caption"). */
export const CAPTION_TOGGLE = /^(?:toggle|hide|show|expand|collapse|view) caption$/i;

/** A caption that ends with its picture's credit in brackets: "Protesters gather in the square (Image:
 *  GETTY)", "Der Fahrer wurde leicht verletzt. (Bild: Kantonspolizei)". Captions are short. */
const CREDITED_CAPTION = /\((?:image|photo|picture|photograph|credit|foto|bild|quelle|source|fuente|fonte|crédit)s?\s*:[^()]{1,80}\)\s*$/i;
/** …or in brackets without the colon, the picture's word before the credit's capitalised words ("Il
 *  ponte bloccato in posizione aperta (foto Zennaro)", "(Photo Anna Lind)", "(Foto Rinaldi/Ansa)"), or
 *  an archive picture's note ("(Archivbild)", "(foto d'archivio)"). */
const BRACKETED_CREDIT = /\((?:[Ff]oto|FOTO|[Pp]hoto|PHOTO|[Bb]ild|BILD)s?\s+\p{Lu}[\p{L}.'’&-]*(?:(?:\s+|\s?\/\s?)\p{Lu}[\p{L}.'’&-]*){0,4}\)\s*$|\((?:Archiv(?:bild|foto)|[Ff]oto d['’]archivio|[Pp]hoto d['’]archives|[Ff]oto de archivo)\)\s*$/u;
/** …or with the credit after the caption's last sentence, labelled ("Ferries wait at the pier.
 *  Photograph: Jane Doe/Agency", "… the pier. | © Jane Doe/Agency") or an agency in capitals over the
 *  photographer ("… the pier. EPA-EFE/Jane Doe"). Capitalised, after a stop: "the photo: a gift" is
 *  someone's sentence, and so is a credit in lowercase. "Credit:" and "Photograph:" need no stop
 *  before them ("The players pose ahead of the finals Credit: Jane Doe/Agency"), and nor do the
 *  abbreviations "Fot." and "Nuotr." ("… na rzece fot. Jane Doe / Agency"), nor a label after a dash
 *  ("… resgatado — Foto: Jane Doe/G1"). */
const LABELLED_CREDIT = /(?:[.!?…)]["'”’]?\s*[|—–]?\s*(?:(?:(?:Image|Photo|Picture) [Cc]redit|Photograph|Photo|Foto|Picture|Image|Bild|Illustration|Credit|Fotó|Fotoğraf|Фото|Kuva|Zdjęcie|Snímka|Snimio|Snimila|Ảnh)s?\s*:\s*\p{Lu}[^.!?:]{1,80}|©\s*\p{Lu}[^.!?:]{1,80}|(?:Keystone|Imago|Ansa|Belga|Reuters|dpa|picture alliance)\s?\/\s?\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2}|\p{Lu}[\p{Lu}-]+\s?\/\s?\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2})|\s(?:Photograph|Credit)s?:\s*\p{Lu}[^.!?:]{1,80}|\s\|\s*(?:PHOTO|Photo|FOTO|Foto)S?\s*:\s*\p{Lu}[^|:]{1,80}|\s(?:[Cc]rédits? photos?|CRÉDITS? PHOTOS?|Bildrechte|Fotonachweis)\s*:\s*\S[^:]{1,80}|\s(?:[Ff]ot|Nuotr)\.:?\s*\p{Lu}[^.!?:]{1,80}|\s[—–]\s*(?:Photo|Foto|Image|Imagem|Bild)\s*:\s*\p{Lu}[^.!?:]{1,80})$/u;
/** …or with the credit in capitals after the last sentence: a photographer and agency "for" the paper
 *  ("… le 28 octobre 2024. JANE DOE / AGENCY POUR « LE MONDE »"), the paper after a bar ("… depuis
 *  deux ans. | OUEST-FRANCE"), the photographer alone ("… en desuso desde 2019. CÉSAR QUIAN"), or the
 *  agency's photo and its photographer, as Belgian papers print it ("… en 1974. AGENCY PHOTO JEAN-PAUL
 *  DOE"). */
const CAPITAL_CREDIT = /[.!?…]["'”’»]?\s+(?:\p{Lu}[\p{Lu}'’ .-]+\s?\/\s?\p{Lu}[\p{Lu}'’ .&-]+?(?:\s(?:POUR|FOR|FÜR|PARA|PER)\s[«"“]?\s?\p{Lu}[\p{Lu}'’ .-]+?\s?[»"”]?)?|\|\s*\p{Lu}[\p{Lu}\d'’ .&-]{2,40}|\p{Lu}{2,}(?:[ '’-]\p{Lu}{2,}){1,3}|\p{Lu}{2,}\s(?:PHOTO|FOTO|IMAGE)\s\p{Lu}{2,}(?:[ '’-]\p{Lu}{2,}){1,4})$/u;
/** …but not a wire story's sign-off, its agency and the editors' initials after the last sentence
 *  ("… officials said. PTI AKV RT"): the paragraph is the text's. Words of three letters at most; a
 *  photographer's name has a longer one. */
const WIRE_SLUG = /[.!?…]["'”’]?\s+\p{Lu}{2,4}(?: \p{Lu}{1,3}){1,3}$/u;
export const CAPTION_MAX_CHARS = 300;
/** Longer than any ending LABELLED_CREDIT matches (a stop, a label and an 80-character credit): it is
 *  tried on the line's last characters only, as a search of the whole line for the stop cost more than
 *  the rule's other tests together. */
const CREDIT_TAIL_CHARS = 120;
/** What every ending above holds, as a plain search after the cheaper ones for ": ", "/", "©", the
 *  abbreviations' "ot. " and "otr.", and "Credit:" glued to the name (as some papers print it: "…
 *  in the square.Credit:Jane Doe"): its label, "©", or a capital before a slash. Lines with ": " or
 *  "/" are common (labels, links, dates), and "ot. " ends many a sentence ("not. "); these words are
 *  not. */
const CREDIT_HINT = /Photo|PHOTO|Fot|FOTO|fot\.|Picture|Image|Bild|Illustration|Credit|rédit|RÉDIT|Фото|Kuva|Zdj|Sním|Snim|Nuotr|Ảnh|©|[A-Za-z]\s?\//;
/** …or with an outlet's or a sender's note in brackets after the caption's last sentence: a broadcaster's
 *  "(Harbour News: Jane Doe)", "(Express Photo: Jane Doe)", "(Supplied: Jane Doe)", "(Supplied)", or
 *  who sent the picture ("(Viewer photo)", "(Courtesy photo)", "(Harbour Police photo)"). The
 *  credited name has two or three capitalised words. */
const NOTED_CREDIT = /[.!?…]["'”’]?\s*\((?:Supplied|\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*){0,3}(?: [Pp]hoto)?: \p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,2}|(?:\p{Lu}[\p{L}\d&.'’-]*\s){1,4}[Pp]hoto)\)$/u;
/** …or with the credit alone in brackets after the caption's last sentence, names and agencies
 *  joined by slashes: "The first map of the harbour floor. (Harbour Survey/Jane Doe/Agency)". A
 *  paragraph that cites a poll ends its sentence after the bracket ("… 40 percent (Reuters/Ipsos)."). */
const SLASH_CREDIT = /[.!?…]["'”’]?\s*\(\p{Lu}[\p{L}.&'’-]*(?: [\p{L}.&'’-]+)*(?:\s?\/\s?\p{Lu}[\p{L}.&'’-]*(?: [\p{L}.&'’-]+)*)+\)$/u;

/** …or with the photographer "for" the paper that sent them, in brackets after the last sentence:
 *  "Workers leave the yard. (Jane Doe for The Harbour Times)". */
const FOR_OUTLET_CREDIT = /[.!?…]["'”’]?\s*\((?:(?:[Pp]hoto(?:graph)?|[Ii]mage)s?\s+by\s+)?\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3}\sfor\s(?:[Tt]he\s)?\p{Lu}[^()]{1,60}\)$/u;

/** …or with the photographer and the outlet in plain case after the last sentence, joined by a slash
 *  or "for": "… on Saturday. Jane Doe/Harbour Gazette", "… on Monday. PHOTO BY JANE DOE /The Harbour
 *  Press", "… since 1979. Jane Doe for The Harbour Review", "… behind the building. Jane Doe for Harbour
 *  Quarterly", "Photograph by Jane Doe for The Harbour Review". A name of two or three capitalised words,
 *  and the outlet's capitalised words to the end of the line: prose ends with a stop. */
const NAMED_CREDIT = /[.!?…]["'”’]?\s+(?:PHOTO BY\s+|[Pp]hoto(?:graph)? by\s+)?\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2}(?:\s?\/\s?(?:The\s)?|\sfor\s(?:The\s)?)\p{Lu}[\p{L}&'’.-]*(?:\s\p{Lu}[\p{L}&'’.-]*){0,4}$/u;
/** …or after a dash, the photographer and the outlet joined by a slash, as Brazilian papers print it,
 *  with or without a stop before ("… na última sexta-feira (21) - Jane Doe/Gazeta Central"). */
const DASH_SLASH_CREDIT = /\S\s[-–]\s\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2}\s?\/\s?\p{Lu}[\p{L}&'’.-]*(?:\s(?:\p{Lu}[\p{L}&'’.-]*|d[aeo]s?|de|del|di|du)){0,4}$/u;
/** …or in the forms of Austrian, Belgian and French regional papers: the agency and photographer after
 *  "©" without a stop before it ("… ins LKH Leoben © APA/Jane Doe", "… © Harbour Rundschau"), the
 *  Belgian picture desks after a dash ("… à Herstal. - Belga", "… trois heures. - D.R."), a credit with
 *  its slash after a bar ("… (Loire-Atlantique). | Archives Jane Doe / Le Courrier"), or "Photo" and
 *  the paper before the photographer ("… minute. Photo Le Messager - Jane Doe", "Photo d'illustration
 *  Le Courrier /Jane Doe"). Prose has no "©"; a wire's sign-off after a dash is its agency's, not a
 *  picture desk's ("… said. — Reuters" is the text's: see prose-value). */
const COPYRIGHT_CREDIT = /\S\s+©\s?\p{Lu}[^©.!?:|]{1,50}$/u;
const DESK_AFTER_DASH = /[.!?…]["'”’»]?\s+[-–]\s(?:D\.R\.|DR|Belga|BELGA|Photo ?[Nn]ews|PHOTO NEWS|ImageGlobe|Isopix)$/;
/** Spanish papers' forms: the agency in capitals after a dash with the archive's mark ("Archivo - Embalse
 *  de … con bajo nivel de agua. - EUROPA PRESS - Archivo"), and the credit after a slash ("… durante el
 *  rescate. / Guardia Civil"). A wire's sign-off has no archive's mark; prose no slash after its stop. */
const ARCHIVE_AGENCY = /[.!?…]["'”’»]?\s+[-–]\s\p{Lu}[\p{Lu}.&'’]+(?:\s\p{Lu}[\p{Lu}.&'’]+){0,3}\s[-–]\s(?:Archivo|Arquivo|Archivio|Archive|Archives|Archiv)$/u;
const SLASH_AFTER_STOP = /[.!?…]["'”’»]?\s\/\s\p{Lu}[\p{L}.'’&-]*(?:\s\p{Lu}[\p{L}.'’&-]*){0,3}$/u;
const SLASHED_AFTER_BAR = /[.!?…)]["'”’»]?\s*\|\s*\p{Lu}[^|.!?]{1,80}\s?\/\s?\p{Lu}[^|.!?/]{1,60}$/u;
const PHOTO_PAPER_NAME = /[.!?…]["'”’»]?\s+Photo(?:\s+d['’](?:illustration|archives?))?\s+\p{Lu}[^.!?]{1,60}?(?:\s?\/\s?|\s[-–]\s)\p{Lu}[\p{L}.'’ -]{1,40}$/u;
/** What the forms hold, as one search of the line's end before the expressions: lines with a dash or a
 *  bar are common, and five plain searches cost twice what this one does. */
const REGIONAL_HINT = /[©|]| [-–] |Photo | \/ /;
const hasRegionalCredit = (t: string): boolean => {
  const tail = endOf(t, CREDIT_TAIL_CHARS);
  return REGIONAL_HINT.test(tail) && (COPYRIGHT_CREDIT.test(tail) || DESK_AFTER_DASH.test(tail) || SLASHED_AFTER_BAR.test(tail) || PHOTO_PAPER_NAME.test(tail) || ARCHIVE_AGENCY.test(tail) || SLASH_AFTER_STOP.test(tail) || DASH_SLASH_CREDIT.test(tail));
};

/** A caption with such a credit runs to two sentences (an agency's caption on a dev page, 386 characters),
 *  and says what the picture shows in five words or more: a headline with a kicker ("Visual Abstract.
 *  Influenza Vaccination for The Elderly") has fewer before its stop. */
const NAMED_CREDIT_MAX_CHARS = 400;
const CAPTION_MIN_WORDS = 5;
const hasNamedCredit = (t: string): boolean => {
  const tail = endOf(t, CREDIT_TAIL_CHARS);
  const m = NAMED_CREDIT.exec(tail);
  return !!m && wordCount(t.slice(0, t.length - tail.length + m.index), CAPTION_MIN_WORDS) >= CAPTION_MIN_WORDS;
};

/** A picture's copyright alone on its line, under the picture: "© Jane Doe/Agency", "© picture
 *  alliance/dpa", and the agencies and words German pages write in lowercase ("© dpa", "© imago", "©
 *  privat"); another name in lowercase is a brand's ("© harbourtimes"). A site's footer has its year,
 *  the word copyright or the rights it reserves (FOOTER_WORDS), its web address ("© ARD-aktuell /
 *  tagesschau.de"), or a bar between its links; a picture library's address is a picture's credit
 *  ("© PeopleImages/istockphoto.com", "© stock.adobe.com"). */
const PICTURE_COPYRIGHT = /^©\s*(?:\p{Lu}|(?:dpa|afp|ap|epd|kna|sda|apa|ddp|imago|privat|picture alliance|getty|istock|stock\.adobe)(?![\p{L}])|[^\s/]+\/)[^|]{0,60}$/u;
const FOOTER_WORDS = /\b(?:19|20)\d{2}\b|\b(?:copyright|rights|rechte|droits|derechos|diritti)\b/i;
const WEB_ADDRESS = /\.(?:com|net|org|de|at|ch|fr|be|nl|it|es|pt|uk|eu)\b/i;
const PICTURE_LIBRARY = /(?:stock|photo|pix|unsplash|pexels|images?)[\w-]*\.(?:com|net|org|de)\b/i;
/** A picture's credit alone on its line, with its label or its "©": "Foto: dpa", "Photo : Jane Doe",
 *  "(Foto: Jane Doe)", "Crédit photo : …", "© dpa", or its agency and photographer ("EFE/Alberto Valdés").
 *  The line over it is the picture's caption. */
const LABELLED_PICTURE_CREDIT = /^\(?(?:foto|photo|bild|image|imagen|imagem|fotografia|photograph|picture|crédit photo|credit)s?\s*:\s*\S(?:(?<!\p{L})\p{L}\.|[^.!?]){0,70}\)?$/iu;
export const isStandaloneCredit = (t: string): boolean => isPictureCopyright(t) || (t.length <= STANDALONE_CREDIT_MAX_CHARS && (LABELLED_PICTURE_CREDIT.test(t) || isAgencyCredit(t)));
const STANDALONE_CREDIT_MAX_CHARS = 90;
export const isPictureCopyright = (t: string): boolean => t.charCodeAt(0) === 0xa9 && PICTURE_COPYRIGHT.test(t) && !FOOTER_WORDS.test(t) && (!WEB_ADDRESS.test(t) || PICTURE_LIBRARY.test(t));

/** The credit label alone, its name on the next line or lost: "Credit…", "Photo credit:". */
export const CREDIT_LABEL = /^(?:(?:image|photo|picture) )?credits?\s*(?:\.{3}|…|:)?$/i;

/** A photographer's credit, "Name/Agency" ("Jane Doe/Getty Images", "JOHN DOE / AP"): a name of two to
 *  four capitalised words, a slash, and a picture agency or a newspaper's own photo desk; or the agency
 *  first, as Swiss, German and French papers print it ("KEYSTONE/Laurent Modèle", "dpa/Anna Lind"). */
const CREDIT_NAME = /^(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})\s*\/\s*(.+)$/u;
const AGENCY_FIRST_MAX_CHARS = 80;
const AGENCY_FIRST = /^([\p{L} -]{2,24}?)\s*\/\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}$/u;
const PICTURE_AGENCY = /^(?:(?:the )?associated press|ap|getty images|reuters|afp|epa(?:-efe)?|shutterstock|istock(?:photo)?|alamy|dpa|imago(?: images)?|picture alliance|flickr|wikimedia commons|bloomberg|pool|the new york times|the washington post|pa(?: images| wire)?|anp|belga|ansa|efe|apa|keystone|lehtikuva|ntb(?: scanpix)?|scanpix|tt|ritzau(?: scanpix)?|pap|čtk|ctk|xinhua|kyodo|yonhap|sipa|abaca(?:press)?|zuma(?: press)?|rex(?: features)?|ddp(?: images)?|photothek)$/i;
/** A caption or credit that ends with the agency it came through: "Image via Getty Images",
 *  "Players at the 1974 Open. | © PGA via Getty Images". */
const VIA_AGENCY = /(?:^|\s)via (?:getty images|shutterstock|ap|reuters|afp|imago|dpa|alamy)$/i;
/** The longest ending VIA_AGENCY can match (a space, "via " and a 12-letter agency): it is tried on the
 *  line's last characters only, where a search of the whole line for "via" cost more than the rule's
 *  other tests together. Shorter than this, the start of the tail could pass for the line's start. */
const VIA_TAIL_CHARS = " via getty images".length;
const isPhotoCredit = (t: string, slash: boolean) => {
  if (t.length <= CAPTION_MAX_CHARS && VIA_AGENCY.test(endOf(t, VIA_TAIL_CHARS))) return true;
  // "Av Johan Lindqvist/TT", "By Jane Doe/AP": the writer and the agency, a byline.
  if (!slash || BY_WORD.test(t)) return false;
  const m = CREDIT_NAME.exec(t);
  if (m && (isPictureAgency(m[2]!.trim()) || isPictureAgency(m[1]!))) return true;
  const first = t.length <= AGENCY_FIRST_MAX_CHARS ? AGENCY_FIRST.exec(t) : null;
  return !!first && isPictureAgency(first[1]!);
};
/** A picture agency or a wire's photo desk, listed or named as one ("The Canadian Press", "Gallo Images"),
 *  on either side of the slash: "Adrian Doe/The Canadian Press", "Gallo Images/Jane Doe". */
const PICTURE_DESK = /\s(?:images|photos?|pictures|press|pool)$/i;
const isPictureAgency = (t: string): boolean => PICTURE_AGENCY.test(t) || PICTURE_DESK.test(t);
/** An agency alone, perhaps with its picture's word ("AP Photo", "Reuters", "The Canadian Press"). */
export const isAgencyName = (t: string): boolean => t.length <= AGENCY_NAME_MAX_CHARS && isPictureAgency(t.replace(PHOTO_AFTER, ""));
const AGENCY_NAME_MAX_CHARS = 40;
const PHOTO_AFTER = /\s(?:photo|foto)$/i;
/** A name and its agency, alone on the line under a caption ("Jane Doe/The Canadian Press"). */
export const isAgencyCredit = (t: string): boolean => t.includes("/") && !BY_WORD.test(t) && isPhotoCredit(t, true);

/** Whether s[i] is a capital letter (an uppercase letter with a lowercase form). */
const isUpperAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = s.charAt(i);
  return ch !== ch.toLowerCase();
};
/** The line's last n characters: the endings above are tried there only. */
const endOf = (t: string, n: number): string => (t.length > n ? t.slice(-n) : t);

/** A credit line of its own, in brackets or not: "(Drone photo by Jane Doe for the Harbour Times)",
 *  "Photograph by Jane Doe", "Video report by Jane Doe". Case-sensitive, so that the name's capital is
 *  one ("photo by photo, the quay was rebuilt" is prose). */
const PHOTO_BY = /^\(?(?:\p{L}+\s){0,2}(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture|[Ff]oto|[Bb]ild|[Vv]ideo)s?\s+(?:(?:report|package|footage|editing)\s+)?(?:by|von|de|di|por)\s+\p{Lu}[^()]{1,80}\)?$/u;
const PHOTO_BY_MAX_CHARS = 120;
/** The picture's word in the credit, as one plain search before the expression. */
const PHOTO_WORD = /hoto|mage|icture|oto |ild |ideo/;

/** A caption's label or a credit, in any of the forms above. The plain tests before each expression are
 *  what its matches hold: most lines fail them all, at a fraction of the expressions' cost. */
export function isCaptionOrCredit(t: string): boolean {
  if (CAPTION.test(t) || PHOTO_BY_NAME.test(t) || CAPTION_TOGGLE.test(t) || CREDIT_LABEL.test(t) || isPictureCopyright(t) || isPhotoNote(t)) return true;
  if (t.length <= CAPTION_MAX_CHARS && EAST_ASIAN_HINT.test(t) && EAST_ASIAN_CAPTION.test(t)) return true;
  // Past the longest caption with a named credit, only a name over its agency is left to try.
  if (t.length > NAMED_CREDIT_MAX_CHARS) return isPhotoCredit(t, t.includes("/"));
  const slash = t.includes("/");
  const last = t.charCodeAt(t.length - 1);
  const short = t.length <= CAPTION_MAX_CHARS;
  return (
    isPhotoCredit(t, slash) ||
    (t.length <= PHOTO_BY_MAX_CHARS && PHOTO_WORD.test(t) && PHOTO_BY.test(t)) ||
    (short && last === 0x29 && (CREDITED_CAPTION.test(t) || BRACKETED_CREDIT.test(t) || SLASH_CREDIT.test(t) || FOR_OUTLET_CREDIT.test(t) || NOTED_CREDIT.test(endOf(t, CREDIT_TAIL_CHARS)))) ||
    (short && (slash || t.includes("|") || isUpperAt(t, t.length - 1)) && CAPITAL_CREDIT.test(endOf(t, CREDIT_TAIL_CHARS)) && !WIRE_SLUG.test(endOf(t, CREDIT_TAIL_CHARS))) ||
    (short && (slash || t.includes(": ") || t.includes(" : ") || t.includes("Credit:") || t.includes("©") || t.includes("ot. ") || t.includes("otr.")) && CREDIT_HINT.test(t) && LABELLED_CREDIT.test(endOf(t, CREDIT_TAIL_CHARS))) ||
    (short && mayBeWireCaption(t, slash, last) && WIRE_CAPTION.test(t)) ||
    (short && hasRegionalCredit(t)) ||
    // The outlet's last letter ends a named credit's line; prose ends with its stop (most lines with " for ").
    (isLetterAt(t, t.length - 1) && (slash || t.includes(" for ")) && hasNamedCredit(t))
  );
}

/** A caption in the forms of Japanese, Chinese and Korean news: what the picture shows, "＝", where and
 *  who took it ("…観光バス＝阿蘇市で3月10日、田中健一撮影", "…＝共同"); the photographer in brackets
 *  after it ("（記者陳怡君攝）", "（新华社记者 李明 摄）"); a caption opened by "▲" or closed by who provided
 *  the picture ("[한밭 이글스 제공]", "(사진=연합뉴스)"). */
const EAST_ASIAN_CAPTION = /＝[^＝]{1,60}(?:撮影|提供|共同|時事|ロイター|AP|AFP)$|[（(][^（）()]{1,30}[攝摄]影?[）)]$|^▲\s?\S|[[(（][^[\]()（）]{1,30}제공[\])）]$|[[(（]사진\s?=[^\]()（）]{1,40}[\])）]/u;
const EAST_ASIAN_HINT = /[＝攝摄▲제사]/u;

/** Wire and regional forms of the credit: AP's "(AP Photo/Jane Doe, File)", a gallery's "Item 1 of 2 …"
 *  or "[1/2] …" before the caption, "Photo / Jane Doe", "[Jane Doe, Outlet]", "PHOTO: OUTLET" or
 *  "—PHOTO BY JANE DOE" after its last sentence, or "(Outlet photo)" and "File photo" alone. Case
 *  matters: the names are capitalised. */
export const WIRE_CAPTION = /\(\p{Lu}[\p{L}]* Photo\/[^()]{1,80}\)$|^(?:Item \d{1,2} of \d{1,2}|\[\d{1,2}\/\d{1,2}\])\s|[.!?…]["'”’]?\s+(?:Photo \/ \p{Lu}[^.!?]{1,60}|\[\p{Lu}[\p{L}.'’ -]{1,40}, \p{Lu}[\p{L}.'’ &-]{1,40}\]|PHOTO: \p{Lu}[^.!?]{1,60})$|[—–]\s?PHOTO BY [\p{Lu} .'’-]{3,60}$|^\(\p{Lu}[\p{L}\d&.'’ -]{1,40} (?:photo|file photo)\)$|^(?:[Ff]ile|FILE) (?:photo|picture|PHOTO)\.?$/u;
/** What every form above holds, as plain tests before the expression: a closing bracket at the end
 *  (AP's credit, "(Outlet photo)", "[Jane Doe, Outlet]"), an opening one or "Item " at the start, "Photo
 *  / " with its slash, "PHOTO", or a short line ("File photo"). */
export function mayBeWireCaption(t: string, slash: boolean, last: number): boolean {
  return last === 0x29 || last === 0x5d || t.charCodeAt(0) === 0x5b || t.length <= FILE_PHOTO_MAX_CHARS || t.startsWith("Item ") || t.includes("PHOTO") || (slash && t.includes("Photo / "));
}
const FILE_PHOTO_MAX_CHARS = "File picture.".length;

/** Captions run to a sentence or two; a paragraph of the text over a picture without a caption is
 *  longer as a rule (the dev pages' captions over such a credit: 6 to 24 words). */
export const CAPTION_ABOVE_MAX_WORDS = 30;
/** A quote is the text's (over a picture without a caption); captions say what the picture shows. */
export const OPENS_QUOTE = /^["“”„«»‘’'‹›–—-]/;

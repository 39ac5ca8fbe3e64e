import type { LineMark, LineRule, SourceLine } from "../model";
import { endsLikeSentence, isProse, wordCount } from "../text";
import { endsWithReservedRights } from "../metadata/extract-source";

/** The site's standing footer lines under every article: correction and tip-off instructions, the print
 *  edition's note (a broadcaster's: the programme that carried it), copyright and rights lines (and the
 *  rights notice in sentences), a local journalism programme's funding credit ("Ce contenu est réalisé
 *  avec le soutien financier de …"), the comments' disclaimer, a market-data site's note that its quotes
 *  are delayed by so many minutes. They name the site, never the story, and the article does not go on
 *  past them (a copyright line with its year is the page's footer; "© Getty Images" under a photo is
 *  not). */
const FOOTER = /^(?:to (?:suggest|report|submit) a correction\b.*|(?:you can also )?highlight the text and press ctrl ?\+ ?enter\b.*|spotted (?:a|an) (?:mistake|error|typo)\??.*|(?:©|\(c\)|copyright\b)\s*\d{4}.{0,120}|have a (?:news )?tip\??.{0,80}|(?:got|have) an? (?:money |finance |financial |legal |tax |health )?question(?: (?:about|for) [^?]{1,60})?\?\s*(?:email|e-mail|write to|send|contact)\b.{0,120}|(?:got|(?:do you )?have) an? (?:news tip|tip|story(?: idea| tip)?|news story)(?: or (?:a )?(?:news tip|tip|story(?: idea)?))?(?: for (?:us|our newsroom|the newsroom))?\?.{0,80}|¿?(?:tienes|tiene) (?:una (?:noticia|historia|denuncia)|un (?:dato|tip|soplo))\s?\?.{0,80}|heb (?:jij|je|u) een (?:nieuws)?tip(?: voor (?:de|onze) redactie)?\?.{0,80}|(?:haben sie|hast du) einen (?:hinweis|tipp|themenvorschlag)(?: für (?:die|unsere) redaktion)?\?.{0,80}|vous avez une info(?:rmation)?\s?\?.{0,80}|contactez-nous (?:via|par|sur) (?:notre formulaire|whatsapp|e-?mail|courriel|messenger)\b.{0,80}|(?:ce contenu|cet article|ce reportage) (?:est|a été) (?:réalisé|produit|rendu possible) (?:avec|grâce à) (?:le soutien|l['’]appui|l['’]aide) financi(?:er|ère) de\b.{0,120}|this (?:story|article|content|report) (?:is|was) (?:produced|made possible|funded|created) (?:through|with|by|under)\b.{0,60}\blocal (?:journalism initiative|democracy reporting service)\b.{0,80}|(?:[-–•*]\s*)?(?:stock )?quotes (?:are )?delayed (?:by )?(?:at least )?\d+ minutes\b.*)$/iu;
/** "… All rights reserved." ends a short line (in the dev pages' languages too: "Todos los derechos
 *  reservados."), 80 characters before the rights at most. */
const RIGHTS_RESERVED_MAX_CHARS = 80 + "todos los derechos reservados.".length;
/** The print edition's note under the online text: "A version of this article appears in print on …,
 *  Section A, Page 1 …", "Published in the print edition of March 30, 2025", "This article appeared in
 *  the print edition …", a magazine's "This article appeared in the March 2026 issue of …", "This
 *  review was first published in the Spring 2024 issue …", "Dieser Artikel erschien zuerst in HEFT
 *  03/2024", "Dieser Artikel stammt aus der <Magazin> Nr. 11/2024", "Cet article est paru dans le
 *  numéro …". */
const PRINT_EDITION = /^(?:a version of this (?:article|story|review|column) (?:appears|appeared) in print\b|(?:this (?:article|story) (?:was )?)?(?:first )?(?:published|appeared) in (?:the )?print(?: edition)?\b|this (?:article|story) appeared in (?:the )?[\p{L} ]{0,30}print edition\b|(?:a version of )?this (?:article|story|essay|piece|review|column|feature|interview|report) (?:(?:originally|first) )?(?:appears|appeared|was (?:(?:originally|first) )?published) in (?:the |our )?(?:[\p{L}\d/–-]+ ){0,3}(?:issue|edition)\b|(?:dieser|der) (?:artikel|beitrag|text) (?:erschien|ist) (?:zuerst |erstmals |ursprünglich )?(?:in|im) (?:der |dem )?(?:print|heft|\p{Lu}{2,}|[\p{L}&.-]+ (?:nr\.\s?)?\d{1,2}\/\d{4})|(?:dieser|der) (?:artikel|beitrag|text) stammt aus (?:der|dem) [^.]{0,60}?(?:nr\.\s?\d|ausgabe|heft|\d{1,2}\/\d{4})|cet article (?:est paru|a été publié|a paru) dans (?:le )?(?:numéro|n°|magazine|notre (?:édition|numéro))\b)/iu;
const PRINT_EDITION_MAX_CHARS = 300;
/** A science-news site's standing lines under the text: where the story came from ("Provided by
 *  University of X", "Journal information: Nature"), how to cite the page ("Citation: … retrieved 20
 *  June 2025 from https://…") and its reprint terms ("This document is subject to copyright."). */
const SOURCE_NOTE = /^(?:provided by\s+\S.{0,80}|journal information\s*:.{0,120}|citation\s*:.{0,300}\bretrieved\b.{0,80}\bfrom\s+https?:\S+|this document is subject to copyright\b.*)$/i;
const SOURCE_NOTE_MAX_CHARS = 500;
/** A plain test first, as these are tried on every line: the source notes' first letters. */
const SOURCE_NOTE_INITIALS = [..."pjct"].map((c) => c.charCodeAt(0));
/** A rights notice in sentences: "(All rights reserved.) This material may not be published, broadcast,
 *  rewritten or redistributed (… without prior express written permission from …)". A report on a
 *  court's ban says whose material: it does not list the publisher's verbs or ask for permission. */
const RIGHTS_NOTE = /^(?:all rights reserved\.\s*)?(?:this|the) (?:material|content)\b[^.]{0,80}\bmay not be (?:reproduced|published|broadcast|rewritten|redistributed|copied)\b.{0,250}$/i;
const RIGHTS_NOTE_TERMS = /\bredistributed\b|\bwritten permission\b/i;
const RIGHTS_NOTE_MAX_CHARS = 400;
const isPrintNote = (t: string) => t.length <= PRINT_EDITION_MAX_CHARS && PRINT_EDITION.test(t);
/** A broadcaster's note of the programme that carried the story, its print note: "Dieses Thema im
 *  Programm:" with the show, date and time on its line or the next ("NDR Info | 12.03.2024 | 17:00
 *  Uhr"), "Über dieses Thema berichtete NDR Info am 12. März 2024 um 17:00 Uhr.", "This story aired on
 *  …", "Ce sujet a été diffusé dans …". */
const BROADCAST_NOTE = /^(?:dieses thema im programm\s*:|über dieses thema\b.{0,100}\bberichtet.{0,100}\d|this (?:story|report|segment|interview) (?:first |originally )?(?:aired|was broadcast) (?:on|in)\s|ce (?:sujet|reportage|entretien) a été diffusé (?:dans|le|sur)\s)/i;
const BROADCAST_NOTE_MAX_CHARS = 250;
/** The show's line under the label alone: short, no sentence. */
const SHOW_LINE_MAX_CHARS = 150;
const isBroadcastNote = (t: string) => t.length <= BROADCAST_NOTE_MAX_CHARS && BROADCAST_NOTE.test(t);
/** A magazine prints the issue's note over its feature too, under the byline ("This article appears in
 *  the March 2025 issue of …"): with no more than the dek's paragraph above it, the text is still to come. */
export const PROSE_BEFORE_END = 2;
const hasTextAbove = (lines: readonly SourceLine[], index: number): boolean => {
  let prose = 0;
  for (let k = 0; k < index && prose < PROSE_BEFORE_END; k++) if (isProse(lines[k]!.text)) prose++;
  return prose >= PROSE_BEFORE_END;
};
const isFooter = (t: string) => FOOTER.test(t) || (t.length <= SOURCE_NOTE_MAX_CHARS && SOURCE_NOTE_INITIALS.includes(t.charCodeAt(0) | 0x20) && SOURCE_NOTE.test(t)) || (t.length <= RIGHTS_RESERVED_MAX_CHARS && endsWithReservedRights(t)) || (t.length <= RIGHTS_NOTE_MAX_CHARS && t.includes("may not be") && RIGHTS_NOTE.test(t) && RIGHTS_NOTE_TERMS.test(t));

/** The same site's note on its review above the text, with its badges one a line: "This article has been
 *  reviewed according to X's editorial process and policies. Editors have highlighted …" / "fact-checked"
 *  / "peer-reviewed publication" / "trusted source" / "proofread". */
const REVIEW_NOTE = /^this (?:article|story) has been reviewed according to\b/i;
const REVIEW_NOTE_MAX_CHARS = 400;
const REVIEW_BADGE = /^(?:fact-checked|peer-reviewed publication|trusted source|proofread|preprint|reputable news agency|written by researchers?|reputable source)$/i;

/** The comment section's standing disclaimer: "Disclaimer: Comments do not represent the views of …". */
const COMMENT_DISCLAIMER = /^disclaimer\s*:?\s.{0,80}\bcomments?\b.{0,200}$/i;

/** The opinion pages' standing disclaimer under (or over) a column: "The views expressed in this article
 *  are those of the author …", "Las opiniones expresadas en esta tribuna son responsabilidad exclusiva
 *  de su autor", "Les opinions exprimées … n'engagent que leur auteur", "Die hier geäußerten Meinungen …",
 *  "Views are personal", "Cet article est une tribune, rédigée par un auteur extérieur …", "Der Beitrag
 *  gibt ihre persönliche Meinung wieder"; a broadcaster's under an interview, "Äußerungen unserer
 *  Gesprächspartner geben deren eigene Auffassungen wieder", "Les propos de nos invités n'engagent …".
 *  One naming the publication is read for the source first (extract-source reads the whole page). */
const OPINION_DISCLAIMER = /^(?:disclaimer\s*:\s*)?(?:views (?:expressed )?are (?:personal|(?:the )?(?:author|writer)['’]?s? own)|cet article est une tribune\b|(?:der|dieser) (?:beitrag|gastbeitrag|text|kommentar) gibt (?:ausschließlich |allein )?(?:ihre|seine|die) (?:persönliche )?meinung\b|(?:the )?(?:views|opinions) expressed\b.{0,120}\b(?:are (?:solely )?(?:those|the views?) of|are (?:the )?(?:author|writer)['’]?s?\b|do not (?:necessarily )?(?:reflect|represent))|(?:las )?opiniones expresadas\b.{0,120}\b(?:son (?:de )?(?:responsabilidad|exclusiva)|no (?:necesariamente )?(?:reflejan|representan))|(?:les )?opinions exprimées\b.{0,120}\b(?:n['’]engagent|ne (?:reflètent|représentent))|(?:le )?opinioni espresse\b.{0,120}\b(?:sono (?:di )?(?:esclusiva )?responsabilità|non (?:riflettono|rappresentano))|(?:die )?(?:hier )?(?:geäußerten|vertretenen) meinungen\b.{0,120}\b(?:geben|spiegeln|entsprechen)\b.{0,40}\bnicht|(?:as )?opiniões (?:expressas|emitidas)\b.{0,120}\b(?:são de (?:inteira )?responsabilidade|não (?:refletem|representam))|äußerungen unserer (?:gesprächspartner|gäste)(?:innen)? geben (?:deren|ihre) (?:eigene[n]? )?auffassung(?:en)? wieder|les propos (?:tenus )?(?:de|par) nos invités n['’]engagent que\b)/iu;
const OPINION_DISCLAIMER_MAX_CHARS = 400;
/** A finance or health site's standing disclaimer under its articles: labelled, or saying it is for
 *  information only, and that it is no advice ("Disclaimer: The information in this article … does not
 *  constitute investment advice. Cryptocurrencies are highly volatile …", "Hinweis: … stellt keine
 *  Anlageberatung dar", "Avertissement : … ne constitue pas un conseil en investissement"). */
const ADVICE_DISCLAIMER = /^(?:(?:(?:risk|legal|important|investment) )?(?:disclaimer|notice|hinweis|haftungsausschluss|risikohinweis|avertissement)\s*:\s*|this (?:article|content|post|information) is (?:provided )?for (?:general )?information(?:al)? purposes only\b)[^\n]{0,300}?(?:\b(?:not|no|does not constitute|should not be (?:construed|considered|taken) as) (?:(?:professional|personal|personalised|personalized) )?(?:financial|investment|legal|medical|tax) advice\b|\bkeine (?:anlage|finanz|rechts|steuer)beratung\b|\bne constitue (?:pas|en aucun cas) un conseil\b)/i;
const ADVICE_DISCLAIMER_MAX_CHARS = 600;
/** The opinion pages' standing invitation to write in, under a column: "Want to share your opinion?
 *  Submit a letter …", "Have a perspective to share? Email …", "The Tribune welcomes guest commentaries
 *  …", "Schreiben Sie uns einen Leserbrief …". It names what readers may send (a letter, a column, an
 *  op-ed, their view), so "Want to share this story?" is left to the share widget's rule. */
const INVITATION = /^(?:(?:want|would you like|do you want) to (?:share|write|submit)\b[^?]{0,60}\?|(?:have|got) (?:a|an|your(?: own)?) (?:opinion|perspective|view|point of view|take|letter)\b[^?]{0,40}\?|[^.]{0,60}\bwelcomes? (?:letters|guest (?:columns|commentaries|essays|opinions)|op-eds)\b|(?:to )?(?:submit|send) (?:us )?(?:a |your )?(?:letter|letters|guest (?:column|commentary|essay)|op-ed|opinion piece)\b|schreiben sie uns (?:einen |ihren )?leserbrief|envoyez-nous (?:votre|une) (?:tribune|lettre)|env[ií]e(?:nos)? (?:su|una) (?:carta|tribuna))/i;
const INVITATION_SUBJECT = /letter|column|op-ed|commentar|opinion|perspective|essay|view|leserbrief|tribun|carta/i;
const INVITATION_MAX_CHARS = 300;
/** "Submit a Letter", "Send us your letters" alone are a menu's links, left with the menu. */
const INVITATION_MIN_WORDS = 6;
/** A syndication note: "(This story has not been edited by <site> staff and is auto-generated from a
 *  syndicated feed.)", "(Except for the headline, this story has not been edited by …)", "Disclaimer:
 *  This story is from a syndicated feed. Only the headline …". Where the story first appeared ("This
 *  article was originally published by <Site>. Read the original article.") is its credit and stays. */
const SYNDICATED_NOTE = /^\(?(?:disclaimer\s*:\s*)?(?:except for the headline,\s*)?(?:(?:this|the) (?:story|article|report|news) has not been edited by\b.{0,80}\bsyndicated (?:news )?feed|(?:this|the) (?:story|article|report) is (?:from|auto-generated from) a syndicated (?:news )?feed\b.{0,160})\.?\)?$/i;
const SYNDICATED_NOTE_MAX_CHARS = 250;

/** A wire's note on who funds a beat, under the story: "The Associated Press receives support from
 *  <a foundation> for coverage of water policy. The AP is solely responsible for all content. …". */
const FUNDER_NOTE = /^[^.]{0,80}\breceives? (?:financial )?support from\b[^.]{0,160}\b(?:coverage|reporting|journalism)\b|\bis solely responsible for all content\b/i;
const FUNDER_NOTE_MAX_CHARS = 500;
/** A press release's end mark ("ENDS", "-30-", "###", "– Ende –"): the release's text ends there, and
 *  what follows is its notes to editors and the sender's boilerplate. */
const END_MARK = /^(?:[-–—]\s*)?(?:ENDS?|Ends|#\s?#\s?#|[Ee]nde|FIN|[Ff]in)(?:\s*[-–—])?$|^-\s?30\s?-$/;
const END_MARK_MAX_CHARS = 8;

/** The site's licence for its texts ("This work is licensed under a Creative Commons …", "Alle Artikel
 *  dieses Blogs stehen unter der Lizenz CC BY-SA 4.0", "Text is available under the Creative Commons …",
 *  "Le texte est disponible sous licence Creative Commons"): a blog's or a wiki's footer, under every
 *  page. A licence verb and a licence's name both: prose about Creative Commons names no licence of its
 *  own text, and a picture's credit ("Foto: … / Flickr, CC BY-SA 2.0") licenses nothing. */
const LICENSED = /\b(?:licen[sc]ed under|lizenziert (?:unter|als)|unterlieg(?:t|en)|(?:steht|stehen|ist|sind) (?:[\p{L} ,]{0,60} )?unter (?:der |einer )?(?:lizenz|creative commons|cc)|(?:^[\p{L} ]{0,30}|\b(?:is|are|ist|sind) )(?:available|verfügbar) (?:[\p{L} -]{0,40} )?(?:under|unter) (?:a |the |der |einer )?(?:creative commons|cc|lizenz|licen[sc]e)|disponibles? sous (?:la |une )?licence|sous licence|bajo (?:una |la )?licencia|(?:distribuit|rilasciat)[oai] (?:con|sotto) (?:una |la )?licenza)/iu;
const LICENCE_NAME = /creative commons|\bcc[ -]?by\b|\bcc0\b|gnu free documentation|\bgfdl\b|\bby-(?:nc|sa|nd)\b/i;
/** The dev pages' licence lines are 230 characters at most. (Content "available" under a licence is
 *  the line's subject, or what "is" so: a terms page's definition names all "images and videos available
 *  on … under Creative Commons CC0".) */
const LICENCE_MAX_CHARS = 250;
const isLicence = (t: string): boolean => t.length <= LICENCE_MAX_CHARS && LICENCE_NAME.test(t) && LICENSED.test(t);

export const removeSiteFooter: LineRule = {
  id: "remove-site-footer",
  apply(lines) {
    const marks: LineMark[] = [];
    lines.forEach((l, index) => {
      if (isFooter(l.text)) marks.push({ index, reason: "site footer (corrections, copyright)", wall: true });
      else if (isLicence(l.text)) marks.push({ index, reason: "site's licence for its texts", wall: true });
      else if (isPrintNote(l.text)) marks.push({ index, reason: "site footer (corrections, copyright)", wall: hasTextAbove(lines, index) });
      else if (isBroadcastNote(l.text)) {
        // Not the text's end: a broadcaster may print it under the byline ("Über dieses Thema berichtet: …").
        marks.push({ index, reason: "programme that carried the story" });
        const show = lines[index + 1]?.text ?? "";
        if (l.text.endsWith(":") && show.length <= SHOW_LINE_MAX_CHARS && (!endsLikeSentence(show) || isBroadcastNote(show))) marks.push({ index: index + 1, reason: "programme that carried the story" });
      }
      else if (l.text.length <= END_MARK_MAX_CHARS && END_MARK.test(l.text)) marks.push({ index, reason: "press release's end mark", wall: true });
      else if (l.text.length <= OPINION_DISCLAIMER_MAX_CHARS && OPINION_DISCLAIMER.test(l.text)) marks.push({ index, reason: "opinion pages' disclaimer" });
      else if (l.text.length <= ADVICE_DISCLAIMER_MAX_CHARS && ADVICE_DISCLAIMER.test(l.text)) marks.push({ index, reason: "site's disclaimer that its articles are no advice" });
      else if (l.text.length <= INVITATION_MAX_CHARS && INVITATION.test(l.text) && INVITATION_SUBJECT.test(l.text) && wordCount(l.text, INVITATION_MIN_WORDS) >= INVITATION_MIN_WORDS) marks.push({ index, reason: "opinion pages' invitation to write in" });
      else if (l.text.length <= FUNDER_NOTE_MAX_CHARS && l.text.includes(" support") && FUNDER_NOTE.test(l.text)) marks.push({ index, reason: "funder's note under a wire story" });
      else if (l.text.length <= SYNDICATED_NOTE_MAX_CHARS && l.text.includes("syndicated") && SYNDICATED_NOTE.test(l.text)) marks.push({ index, reason: "syndication note" });
      else if ((l.text.charCodeAt(0) | 0x20) === 0x64 && COMMENT_DISCLAIMER.test(l.text)) marks.push({ index, reason: "comment section's disclaimer" });
      else if (l.text.length <= REVIEW_NOTE_MAX_CHARS && REVIEW_NOTE.test(l.text)) {
        // Above the text, with its badges under it: not the article's end.
        marks.push({ index, reason: "site's note on its editorial review" });
        for (let k = index + 1; k < lines.length && REVIEW_BADGE.test(lines[k]!.text); k++) marks.push({ index: k, reason: "site's note on its editorial review" });
      }
    });
    return marks;
  },
};

import type { LineMark, LineRule, SourceLine } from "../model";
import { wordCount } from "../text";
import { lineMatchRule } from "./define";

/** Share, print and audio widgets: their button labels ("Share this article:", "Listen to Article",
 *  "Click play to generate audio") become lines of their own in a text dump; with them the blog
 *  platforms' and wires' stock invitations ("This post is public so feel free to share it.", "Follow
 *  AP's coverage of wildfires at https://…"). */
const SHARE = /^(?:[›»•·]\s*)?(?:(?:kindly |please )?share(?: this)?(?: article| story| post| on \w+)?|republish (?:this|our) (?:article|story|stories|articles)|licen[cs]e this (?:article|story)|share via|tweet|tweeter|tuitear|pin it|pin (?:rezept|recipe|recette|receta|ricetta)|email|e-mail|courriel|print|copy link|(?:\w+ )?(?:link copied|lien copié|link kopiert|enlace copiado|link copiato|link copiado|link gekopieerd)!?|whatsapp|facebook|twitter|x|linkedin|telegram|reddit|bluesky|mastodon|xing|flipboard|messenger|instagram|threads|youtube|tiktok|pinterest|listen to (?:this )?article|écouter (?:cet |l['’])article|(?:artikel|beitrag) (?:anhören|vorlesen(?: lassen)?)|escuchar (?:este )?artículo|ascolta (?:l['’]|questo )articolo|ouvir (?:este )?artigo|(?:be)?luister (?:naar )?(?:dit|het) artikel|(?:listen to|ascolta|escucha|écouter|ouvir|ouça|luister naar) (?:the |la |l['’]|a |de )?(?:audio version|versione audio|versión (?:en )?audio|version audio|versão (?:em )?áudio|audioversie)(?: (?:of (?:this|the)|dell['’]|del|de l['’]|do|van (?:dit|het)) ?(?:article|articolo|artículo|artigo|artikel))?|listen(?: now)?|click play to (?:generate|hear|listen).*|play audio|audio version|\d+\s*min(?:ute)?s?\s+(?:to\s+)?(?:read|listen)|\d+\s*(?:min|minutos?|minuti|minutes?|minuten|minuutti|['’′])\.?\s*(?:de lectura|di lettura|de lecture|de leitura|leestijd|lesezeit|lesedauer)|(?:lecture|lettura|lectura|leitura)\s*:?\s*\d+\s*min\.?|(?:reading time|temps de lecture|lesezeit|lesedauer|tiempo de lectura|tempo di lettura|leestijd)\s*:?\s*(?:ca\.\s*|approx\.\s*|about\s+|env\.\s*|etwa\s+)?\d+\s*min(?:utes?|uten|utos|uti)?\.?|copier le lien|link kopieren|copiar (?:el )?(?:enlace|link)|copia (?:il )?link|kopieer (?:de )?link|(?:enviar|envoyer|invia) (?:por|par|per|via) (?:e-?mail|correo(?: electrónico)?|courriel)|per e-?mail (?:senden|teilen|versenden|verschicken)|scroll to top|back to top|teilen|twittern|mitteilen|versenden|partager|compartir|share this with(?: \w+)?|(?:this (?:post|article) is public,? so )?feel free to share (?:it|this(?: post| article)?)[.!]?|share on \w+|close share panel|copy (?:this )?link|read more about sharing\.?|these are external links and will open in a new window|media playback is unsupported on your device|follow us(?: on \w+)?|follow [\w.&-]+['’]s (?:full )?coverage of [^.]{1,80}?(?: at \S+)?\.?|like this|like loading(?:\.{3}|…)|gefällt mir(?: wird geladen(?:\.{3}|…)?)?|teilen mit|j[’']aime(?: chargement(?:\.{3}|…)?)?|me gusta(?: cargando(?:\.{3}|…)?)?|mi piace(?: caricamento(?:\.{3}|…)?)?|condividi|curtir(?: carregando(?:\.{3}|…)?)?|compartilhe|vind ik leuk|delen|deel|dela|lees (?:dit artikel )?voor|salin tautan|bagikan|kopírovat odkaz|sdílet|bağlantıyı kopyala|paylaş|copiază link(?:ul)?|distribuie|link másolása|megosztás|kopiraj (?:poveznicu|link)|podijeli|αντιγραφή (?:συνδέσμου|link)|κοινοποίηση|скопировать ссылку|поделиться|скопіювати посилання|поділитися|kopier (?:link|lenke)|del|jaa|kopioi linkki|kopiera länk|(?:\d[\d,.]*[km]?\s*)?shares|drucken|imprimer|imprimir|stampa|afdrukken|(?:beitrag|artikel|seite) teilen|partager (?:cet article|sur \w+)|compartir (?:en \w+|este artículo)|condividi (?:su \w+|questo articolo)|deel (?:dit|het) (?:artikel|bericht)|dela (?:artikeln|på \w+)|del (?:artiklen|artikkelen)|udostępnij|sdílet|compartilhar(?: (?:no|este) \w+)?|line|この記事を(?:シェア|共有)(?:する)?|シェア(?:する)?|はてなブックマーク|はてブ|ツイート|ポスト|공유하기|공유|分享(?:到)?|शेयर करें)\s*[:：]?$/i;

/** "Follow us on Twitter", "Follow the Opinion desk on Facebook, Twitter and Instagram.", "Please follow
 *  and like us:", "Like us on Facebook", "Follow us on:": a pointer to the site's social accounts. A
 *  short line: the same words opening a long paragraph are text. */
const FOLLOW = /^follow\s+(?:us|@?[\p{L}\d_.'’ -]{1,40}?)\s+on\s+(?:social media|facebook|twitter|instagram|youtube|tiktok|linkedin|threads|bluesky|mastodon|x)\b|^(?:please )?(?:follow and like|like and follow|like) us(?: on (?:facebook|fb|instagram|twitter|x))?\s*[:!.]?$|^follow us(?: on(?: social(?: media)?)?)?\s*:?$/iu;
const FOLLOW_MAX_WORDS = 20;
/** A nonprofit's offer to other outlets under the story ("You can republish this article for free under
 *  a Creative Commons license."): its "Republish this story" button's text. */
const REPUBLISH = /\b(?:you (?:can|may) republish (?:this|our) (?:article|story|stories|articles)|republish (?:this|our) (?:article|story) for free|under a creative commons licen[cs]e\b[^.]{0,40}\.?$)/i;
const REPUBLISH_MAX_WORDS = 40;
/** Every form above holds one of these, as a plain search before the unanchored expression. */
const mayOfferRepublishing = (t: string): boolean => t.includes("epublish") || t.includes("reative");
/** The same pointer in the dev pages' other languages ("Suivez-nous sur Instagram", "Síguenos en
 *  WhatsApp", "Siga o … no Instagram", "Volg ons op WhatsApp", "Seguici su Telegram", "Folgen Sie uns
 *  auf Instagram", "📲 Participe do canal do … no WhatsApp"): the verb, then a network or a channel. */
const FOLLOW_TRANSLATED = /^\W{0,3}\s*(?:suivez[- ]nous|rejoignez[- ]nous|síguenos|siguenos|sígannos|siga(?:-nos)?|segue(?:-nos)?|seguici|seguiteci|volg ons|folgen sie uns|folgt uns|folge uns|participe do|entre (?:no|em nosso) (?:canal|grupo)|únete a nuestro canal|unisciti al (?:nostro )?canale)\b[^\n]{0,100}?\b(?:whatsapp|telegram|instagram|facebook|twitter|tiktok|youtube|linkedin|threads|bluesky|google (?:news|actualités|noticias|notizie|notícias))\b/iu;
/** A row of share buttons without a "Share" label: "Facebook Twitter WhatsApp Email", "Facebook | X |
 *  LinkedIn". Two names of networks or sharing ways at least, and nothing else. */
const NETWORK_ROW = /^(?:(?:facebook|twitter|x|whatsapp|e-?mail|linkedin|telegram|reddit|pinterest|messenger|print|copy link|flipboard|threads|bluesky|mastodon|sms|xing|vk|weibo|wechat|line)(?:\s*[|·•,/]\s*|\s+|$)){2,}$/i;

/** An invitation to share over the buttons: "Wenn Dir der Artikel gefallen hat, teile ihn auf:", "If you
 *  liked this article, share it on:", "Enjoyed this story? Share it with a friend", "Gefällt dir der
 *  Beitrag? Dann teile ihn gern!". */
const SHARE_INVITE = /^(?:(?:wenn (?:dir|ihnen|euch) (?:der|dieser) (?:artikel|beitrag|text) gefallen hat|(?:gefällt|gefiel) (?:dir|ihnen|euch) (?:der|dieser) (?:artikel|beitrag|text)\?(?:\s+dann)?|if you (?:liked|enjoyed) (?:this|the) (?:article|story|post)|(?:enjoyed|liked) (?:this|the) (?:article|story|post)\?)[,.]?\s+(?:teile|teilen sie|teilt|share) (?:ihn|es|ihn gerne|it|this)\b[^.!?]{0,40}[:.!]?)$/i;
/** The audio widget's note on its synthetic voice, standing alone over the text: "The audio version of
 *  this article is generated by text-to-speech, a technology based on artificial intelligence.", "Die
 *  Audioversion dieses Artikels wurde künstlich erzeugt.", "La version audio de cet article est générée
 *  par une voix de synthèse." */
const NARRATION_NOTE = /^(?:the )?audio (?:version )?(?:of this (?:article|story) )?(?:is|was|has been) (?:generated|produced|created|read)\b.{0,40}\b(?:text-to-speech|artificial intelligence|AI|synthetic|automated)\b.{0,120}$|^die audioversion (?:dieses|des) (?:artikels|beitrags|textes) wurde\b.{0,140}$|^la version audio de cet article (?:est|a été)\b.{0,140}$/i;
const NARRATION_NOTE_MAX_CHARS = 240;
/** Whether a line is a share row's button ("Share", "Facebook", "Copy link"). */
export const isShareButton = (t: string): boolean => SHARE.test(t);
const buttons = lineMatchRule("remove-share-widget", "share or audio widget", (t) => SHARE.test(t) || (t.length <= NARRATION_NOTE_MAX_CHARS && NARRATION_NOTE.test(t)) || NETWORK_ROW.test(t) || SHARE_INVITE.test(t) || ((FOLLOW.test(t) || FOLLOW_TRANSLATED.test(t)) && wordCount(t, FOLLOW_MAX_WORDS + 1) <= FOLLOW_MAX_WORDS) || (mayOfferRepublishing(t) && REPUBLISH.test(t) && wordCount(t, REPUBLISH_MAX_WORDS + 1) <= REPUBLISH_MAX_WORDS));

/** The audio player under "Listen to this article": its clock and running time ("00:00", "24:31",
 *  "0:00 / 24:31", "1x") and its note on the voice ("Produced by … using AI narration", "Narrated by
 *  Jane Doe"). The times read as a live page's stamps, the note as the text's first sentence. */
/** A label of the widget above that names listening ("Listen to this article", "Écouter cet article",
 *  "Artikel anhören", "Play audio"). */
const LISTENING = /listen|écouter|anhören|vorlesen|escuchar|ascolta|ouvir|luister|play audio|audio version/i;
const isListenLabel = (t: string): boolean => LISTENING.test(t) && SHARE.test(t);
const PLAYER_LINE = /^(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?)?|[0-9.,]+x|(?:produced|narrated|voiced|read|generated) (?:by|with|using)\b.{0,120}|.{0,120}\b(?:AI|automated|synthetic|artificial) (?:narration|voice)\.?)$/i;
const PLAYER_MAX_LINES = 4;

export const removeShareWidget: LineRule = {
  id: "remove-share-widget",
  apply(lines: readonly SourceLine[]): LineMark[] {
    const marks = buttons.apply(lines);
    for (const { index } of [...marks]) {
      if (!isListenLabel(lines[index]!.text)) continue;
      for (let k = index + 1; k <= index + PLAYER_MAX_LINES && k < lines.length && PLAYER_LINE.test(lines[k]!.text); k++) marks.push({ index: k, reason: "audio player under its label" });
    }
    return marks;
  },
};

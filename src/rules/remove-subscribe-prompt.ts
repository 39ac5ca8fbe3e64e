import type { LineRule } from "../model";
import { lineMatchRule } from "./define";
import { isProse, wordCount } from "../text";

/** Newsletter, subscription, paywall and donation prompts ("Sign up for our newsletter", a letter's own
 *  "Did someone forward you this? Sign up here." and "You are receiving this email because …", a box on
 *  a subscriber's perks ("Sua assinatura pode valer ainda mais" / "Você já conhece as vantagens de ser
 *  assinante …?"), "Subscribe to
 *  continue reading", "Already a subscriber? Sign in", "Ya soy suscriptor", "Donate now", "Jetzt
 *  spenden"), and the site's other plugs of its own (its app, its podcasts, "Send your stories and
 *  photos"): the site selling
 *  itself between or after paragraphs. Only short lines: a sentence that mentions subscribers in passing
 *  is reporting. */
const PROMPT = /^(?:(?:did )?(?:someone|a friend) forward(?:ed)? (?:you )?this(?: email| newsletter)?\??\s*(?:sign up|subscribe|get it)[^.!?]{0,40}[.!]?|you(?:['’]re| are) receiving this (?:email|e-mail|newsletter|message) because\b.{0,160}|(?:sign up|subscribe|register)(?: now| today| free| for free)?(?: (?:for|to) (?:our|the|a) (?:free )?(?:\w+ )?(?:newsletter|briefing|digest|updates|alerts))?|subscribe(?: now)? to (?:continue|keep) reading|(?:to )?(?:continue|keep) reading,? (?:subscribe|sign in|log in|register)|already (?:a subscriber|have an account)\??(?: sign in| log in)?|(?:ya soy|ya eres|déjà|je suis déjà|sei già|já sou|já é|ik ben al) (?:suscriptora?|abonnée?|abbonato|abbonata|assinante|abonnee)\b|(?:sie haben|du hast) (?:bereits|schon) ein (?:[\w-]+-)?abo\b|(?:bereits|schon) abonnent(?:in)?\b(?:\?\s*(?:hier |jetzt )?(?:anmelden|einloggen))?|(?:jetzt )?weiterlesen (?:für|ab) \d|(?:lee|leer) sin límites|(?:jetzt )?[\w-]+(?:plus|\+) lesen|(?:new here|not a member|no account(?: yet)?|don['’]t have an account|neu hier|noch kein (?:konto|mitglied))\?\s*(?:sign up|register|join|create an account|jetzt registrieren|registrieren)|to read the full (?:story|article),? (?:subscribe|sign in)|get (?:unlimited|full|digital) access(?:\b[^.!?]{0,60}[.!]\s+cancel any ?time)?|continue reading with (?:a|your) (?:\w+ )?(?:subscription|membership)|choose (?:the|a|your) (?:plan|subscription)(?: that['’]s right for you)?|(?:this|the) (?:article|story|content|post) is (?:for|available to) (?:paying |paid )?(?:subscribers|members) only|become a (?:paid |premium )?(?:member|subscriber|supporter)|support (?:our|independent) journalism|enter your email(?: address)?|your email address|je m['’]abonne|newsletter sign-?up|get (?:our|the) newsletter|donate (?:now|today)|make a donation|download (?:the|our) (?:free )?(?:[\w'’&-]+ ){0,6}app|listen to our (?:latest )?podcasts?|(?:enjoy|get|find|hear) more (?:audio|podcasts|stories)\b[^.!?]{0,40}\bon (?:ios|iphone) (?:or|and|&) android|send (?:us )?your (?:stories|photos|videos|pictures)(?: and (?:photos|videos|pictures))?|get involved with (?:the )?news in your (?:community|area)|support us|faire un don|je fais un don|j['’]adhère|jetzt spenden|spenden sie jetzt|(?:jetzt |kostenlos )*(?:anmelden|abonnieren)|s['’]inscrire|je m['’]inscris|inscrivez-vous|abonnez-vous|apúntate|suscr[ií]bete|suscribirme|iscriviti|(?:jetzt )?(?:kostenlos )?registrieren und weiterlesen|jetzt (?:kostenlos )?registrieren|(?:schon|bereits) registriert(?:\? hier (?:einloggen|anmelden))?|haz una donación|dona ora)\b[^.!?]{0,80}[.!?]?$/i;
/** Prompts are short; longer lines are prose. */
const MAX_CHARS = 120;

/** A newsletter pitch a little longer than a prompt: a sentence that tells the reader to sign up (or to
 *  "get" the updates), on a line that speaks of a newsletter or an inbox ("Want more sports news? Sign
 *  up for the Sports Omelette to get all our analysis…"), or of the journalism it pays for ("Support
 *  local journalism. Subscribe to …", "… Abonnez-vous pour soutenir une presse indépendante."). The
 *  imperative at a sentence's start keeps
 *  out reporting ("readers who signed up for the newsletter…"). */
const PITCH_VERB = String.raw`(?:then |so )?(?:(?:jetzt |hier )?(?:kostenlos |gratis )?abonnieren|sign up|subscribe|register|get|abonniere[n]?|melden sie sich|inscrivez-vous|abonnez-vous|suscríbete|iscriviti|abonneer je|abonneer u|abonează-te|abonați-vă|zapisz się|přihlaste se|få|tilmeld dig|meld deg på|anmäl dig|prenumerera på|tilaa)(?=[\s.,!?:;]|$)`;
// At the line's start (perhaps after "To keep up with … news,") or after a stop, as two expressions:
// one alternation of both sides makes the engine try the words at every position, the stop class lets
// it skip to the next stop.
const PITCH_VERB_AT_START = new RegExp(`^(?:to (?:keep up|stay up to date|stay informed)[^.!?]{0,60}?)?${PITCH_VERB}`, "i");
const PITCH_VERB_AFTER_STOP = new RegExp(`(?:[.!?:]|\\s[-–—])\\s+${PITCH_VERB}`, "i");
/** …or of the paper's e-paper ("Get the <paper> e-paper on your phone … every Tuesday. Subscribe now."),
 *  or of a blog's own posts, as Substack's stock line under every post puts it ("Thanks for reading
 *  <blog>! Subscribe for free to receive new posts and support my work.", and its translations). */
const PITCH_OBJECT = /newsletter|inbox|nyhedsbrev|nyhetsbrev|indbakke|innboks|inkorg|uutiskirje|by e-?mail|e-?paper|e-edition|digital (?:edition|replica)|e-zeitung|édition numérique|edizione digitale|edición digital|digitale krant|posteingang|per e-?mail|boîte de réception|par e-?mail|receive new posts|support my work|infolettre|lettre d['’]information|nieuwe (?:verhalen|berichten|posts|stukken)|nuevas publicaciones|apoyar mi trabajo|nuovi post|nouveaux articles|neue beiträge|\b(?:soutenir|support|unterstützen)\b[^.!?]{0,30}\b(?:presse|journalism|journalisme|journalismus|rédaction)\b/i;
const PITCH_MAX_CHARS = 250;
/** A subscriber's gift of the article, offered under it ("Cet article vous a plu ? Offrez-le à un
 *  proche.", "Enjoyed this article? Gift it to a friend."), and a plea to subscribe for the quality of
 *  the news that ends its line ("Soutenez une information de qualité en vous abonnant."). */
const GIFT_OR_PLEA = /^(?:(?:cet article vous a plu|vous avez aimé cet article|enjoyed this (?:article|story)|liked this (?:article|story)|hat ihnen (?:dieser|der) (?:artikel|beitrag) gefallen)\s*\?\s*(?:offrez|give|gift|share|partagez|verschenken|teilen)\b|.{0,120}\b(?:soutenez|soutenir|support|unterstützen sie)\b[^.!?]{0,60}\b(?:en vous abonnant|by subscribing|mit einem abo(?:nnement)?)\s*[.!]?$)/i;
const GIFT_OR_PLEA_MAX_CHARS = 200;
const isPitch = (t: string) => t.length <= PITCH_MAX_CHARS && (PITCH_VERB_AT_START.test(t) || PITCH_VERB_AFTER_STOP.test(t)) && PITCH_OBJECT.test(t);

/** An appeal to fund the site's journalism: a verb of support before "our" or "this" journalism, in
 *  one sentence ("Help support our journalism", "Sichere diesen Journalismus!", "Helfen Sie mit,
 *  unseren Journalismus … möglich zu machen"). Reporting on journalism's funding names whose it is. */
const APPEAL = /\b(?:support|help|unterstütz\w*|helfen|sicher[nt]|sichere|soutenez|soutenir|apoya|sostieni)\b[^.!?]{0,60}?\b(?:our|unser\w*|dies\w*|notre|nos|nuestro|il nostro)\b[^.!?]{0,80}?\bjournalis(?:m|mus|me|mo)\b/i;
/** …or to support the site by name, with what the money does ("Support Example News so we can keep
 *  reporting", "… and make a difference"), or a link to do it ("Click here to support it"). Case
 *  matters here: the name is capitalised, and "support the council so we…" is someone's words. */
const SUPPORT_SITE = /^[Ss]upport (?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:so (?:that )?we\b|and make a difference\b|today\b)/u;
const CLICK_TO_SUPPORT = /\b[Cc]lick here to (?:support|donate|contribute)\b/;
/** A public station's or a local paper's stock ask, "Support local journalism. Donate now …": the ask
 *  and the donation in one short line (a report on a fund for local news has no "donate now"). */
const DONATE_NOW = /^support (?:local|independent|public|nonprofit) (?:journalism|news|radio)\b[^\n]{0,40}\bdonate\b/i;
/** A donation asked for the site or the writer: "Unterstützen Sie uns …", "… können Sie mich durch eine
 *  Spende unterstützen", "Wenn Ihnen der Artikel gefallen hat: … mit einer Spende", "support us with a
 *  donation". A charity's appeal in a story names whom the money helps, not "us". */
const DONATION_APPEAL = /\bunterstützen sie (?:uns|mich)\b|\bkönnen sie (?:uns|mich)\b[^.!?]{0,80}\bunterstützen|\b(?:uns|mich)\b[^.!?]{0,80}\b(?:mit|durch) (?:einer|ihrer|deiner) spende\b|\b(?:mit|durch) (?:einer|ihrer|deiner) spende\b[^.!?]{0,80}\b(?:uns|mich)\b|\bwenn ihnen (?:dieser|der) (?:artikel|beitrag) gefallen hat\b[^.!?]{0,80}\bspende\b|\b(?:support|help) (?:us|me) with a donation\b/i;
/** "Thank you for subscribing!", "Ihre Anmeldung war erfolgreich!", "… Double-Opt-In …": a sign-up
 *  form's answer; and a newsletter's offer that opens with what the reader gets ("Mit unserem
 *  kostenlosen Newsletter erhalten Sie täglich …"). */
const SIGNED_UP = /^(?:thanks? (?:you )?for (?:subscribing|signing up)\b|you(?:['’]re| are) (?:now )?subscribed\b|ihre anmeldung war erfolgreich\b|vielen dank für ihre anmeldung\b|merci pour votre inscription\b|gracias por (?:suscribirte|tu suscripción)\b|(?:mit unserem|unser) (?:kostenlosen |wöchentlichen |täglichen )?newsletter\b)/i;
const DOUBLE_OPT_IN = /[Dd]ouble[- ][Oo]pt[- ][Ii]n\b/;
/** "Would you consider supporting our work?", "If you found the reporting above valuable, please consider
 *  making a donation …": the site asking for money without naming journalism. */
const CONSIDER_SUPPORTING = /\bconsider (?:supporting|donating to|a donation to) (?:us|our work|this (?:site|blog|work))\b|^if you (?:found|value|valued|enjoyed|liked|appreciate[d]?) (?:this|the|our) (?:reporting|article|story|journalism|work)\b[^.!?]{0,40}\bplease consider (?:making a )?(?:donation|donating|a gift|contributing|supporting)\b/i;
/** The site's own funding told with its ask: "Example Ledger is a nonprofit newsroom. Support our work."
 *  ("… Support local reporting."),
 *  "We are a reader-funded magazine. … please consider a donation.", "Support for Example Radio comes
 *  from listeners like you. Become a sustaining member today.", "Enjoyed this story? Example is
 *  reader-funded." (A story about a nonprofit newsroom does not ask the reader to give.) */
const SELF_FUNDED = /\b(?:nonprofit|non-profit|reader-funded|reader-supported|member-supported|listener-supported|(?:listeners|readers|viewers) like you)\b/i;
const ASK = /\b(?:support (?:our|us|local (?:reporting|journalism|news))|your (?:gift|donation|support) keeps\b|donat\w*|contribut\w* (?:today|now)|give today|becom(?:e|ing) a (?:sustaining |paying |paid )?(?:member|supporter|patron)|support my work|becoming a (?:free or paid |paid )?subscriber)\b|^(?:enjoyed|liked|did you (?:enjoy|like)) (?:this|the) (?:story|article|piece|post)\?/i;
/** "Our journalism is free to read, but it costs money to produce. Support <Site>.": the site's ask, its
 *  reason first. */
const FREE_BUT_COSTS = /\b(?:our|unser\w*|notre|nuestro)\s+(?:journalism|reporting|journalismus|journalisme|periodismo)\b[^.!?]{0,80}\b(?:free|kostenlos|gratuit|gratis)\b[^\n]{0,120}\b(?:support|donat\w*|contribut\w*|become a (?:member|supporter)|unterstütz\w*|soutenez|apoya)\b/i;
/** The question that opens a paywall's or a donor's pitch under the text, and the pitch right after it:
 *  "Vous avez aimé cet article ? Abonnez-vous pour 1 € …", "Hat Ihnen dieser Artikel gefallen?
 *  Unterstützen Sie …", "¿Te ha gustado este artículo? Suscríbete …". */
const LIKED_THEN_ASK = /^(?:vous avez aimé|(?:hat )?ihnen (?:dieser|der) (?:artikel|beitrag) gefallen|hat ihnen (?:dieser|der) (?:artikel|beitrag) gefallen|¿te ha gustado|ti è piaciuto)(?=\s)[^.!?]{0,40}\?\s*(?:abonnez|abonnieren|suscríbe|abbonati|soutenez|unterstützen|faites un don|spenden)/i;
/** The question that heads a paywall's box: "Vous souhaitez soutenir l'information locale ?", "Want to
 *  support local news?", "Möchten Sie unabhängigen Journalismus unterstützen?". A question of the text
 *  asks about someone else ("Should the council support the ferry?"). */
const SUPPORT_QUESTION = /^(?:vous souhaitez|vous voulez|envie de|want to|would you like to|möchten sie|wollen sie|¿quieres|vuoi)\s+(?:soutenir|support|unterstützen|apoyar|sostenere)\b[^.!?]{0,60}\?$|^(?:möchten|wollen) sie\s[^.!?]{0,60}\bunterstützen\s?\?$/i;
const APPEAL_MAX_CHARS = 200;
/** A piece of every appeal and answer above, as one plain search before them: the expressions try
 *  their words at every position, and most lines have none of these. */
const APPEAL_HINT = /journalis|^support |lick here to |onsider |pende|nterstütz|onation|ouble[- ]opt|profit|-funded|-supported|aimé|gefallen|gustado|piaciuto|soutenir|support|apoyar|sostenere/i;
const isAppeal = (t: string) =>
  APPEAL_HINT.test(t) && (APPEAL.test(t) || SUPPORT_SITE.test(t) || CLICK_TO_SUPPORT.test(t) || DONATE_NOW.test(t) || CONSIDER_SUPPORTING.test(t) || DONATION_APPEAL.test(t) || FREE_BUT_COSTS.test(t) || DOUBLE_OPT_IN.test(t) || (SELF_FUNDED.test(t) && ASK.test(t)) || LIKED_THEN_ASK.test(t) || SUPPORT_QUESTION.test(t));
/** The letters SIGNED_UP's answers open with, in lowercase: a line opening otherwise skips it. */
const SIGNED_UP_INITIALS = [..."tyivmgu"].map((c) => c.charCodeAt(0));
const isSignUpAnswer = (t: string) => SIGNED_UP_INITIALS.includes(t.charCodeAt(0) | 0x20) && SIGNED_UP.test(t);

/** A paywall's meter: "You've read all of your free articles this month.", "You have reached your limit
 *  of free articles", "2 free articles left". Anchored, so only lines that open so are read. */
const METER = /^(?:you(?:['’]ve| have) (?:read|reached|used)\b[^.!?]{0,60}\b(?:free (?:articles?|stories|reads)|(?:article|story) limit)\b|you have reached (?:your|the) (?:limit|maximum)\b|(?:you have )?\d+ free (?:articles?|stories) (?:left|remaining)\b)/i;
const METER_MAX_CHARS = 300;

/** A messaging channel's invitation ("Click here to join our WhatsApp channel", "Join MT's Telegram
 *  channel and get the latest news …", "Stay updated: Follow KVRN 7 on Google News", Indonesian "Simak
 *  … di Google News", "Ikuti … WhatsApp …", Vietnamese "Theo dõi … Google News"), a premium article's
 *  reminder ("Reminder, this is a Premium article and requires a subscription to read.") and a
 *  subscription's offer ("Get 30% off your first year of a digital subscription."), and a portal's
 *  stock lines under the text ("Get the latest business news on WhatsApp. Join …", "Catch all the
 *  Business News … Download The <Site> App …"). A site's news that
 *  it "is now on WhatsApp" is not read: one search of every line for it cost the rule a fifth of its
 *  time. */
const CHANNEL = /^(?:\W{0,3}\s*)?(?:(?:stay updated|don['’]t miss (?:out|a story)[^.!?:]{0,40})[:.!]?\s*)?(?:click here to |tap here to )?(?:join|subscribe to|follow|get) (?:(?:us|our|the)\s+)?(?:[\p{L}\d&.'’-]+(?:['’]s)?\s+){0,3}(?:on\s+)?(?:whatsapp|telegram|google news|viber|signal)\b(?: (?:channel|community|group))?(?:\s+(?:for|and get|to get|here)\b[^\n]{0,140})?\W{0,3}$|^(?:reminder,?\s+)?this is a premium (?:article|story)\b[^\n]{0,120}$|^(?:simak|ikuti|theo dõi)\b[^\n]{0,80}\b(?:whatsapp|telegram|google news)\b[^\n]{0,140}$|^(?:get|save|enjoy)\s+(?:\d+\s?%|half)\s+off\b[^.!?]{0,80}\bsubscription\b[^\n]{0,80}$|^(?:get|catch) (?:all )?the latest\b[^.!?]{0,60}\b(?:on|via) (?:whatsapp|telegram|google news)\b[^\n]{0,140}$|^(?:get|receive)\b[^.!?]{0,80}\b(?:sent )?(?:straight |direct(?:ly)? )?to your (?:phone|mobile|device)\b[^.!?]{0,40}\bapp\b[^\n]{0,60}$|^(?:get|catch) all the\b[^.!?]{0,60}\bnews\b[^.!?]{0,60}[.!]\s*download (?:the|our)\b[^.!?]{0,40}\bapp\b[^\n]{0,80}$/iu;
/** Anchored at the line's start, the expression fails at once on most lines: no plain search before it
 *  (five of them cost more than the expression). */
const CHANNEL_MAX_CHARS = 220;
/** A paywall's prompt in the other languages, where the text stops: "Jetzt weiterlesen mit RZ+",
 *  "Abonnez-vous pour lire la suite de cet article", "Contenido exclusivo para suscriptores",
 *  "Suscríbete a … desde 1 € el primer mes y accede sin límites …", "Questo articolo è riservato agli
 *  abbonati", "Assine o … e leia sem limites", "Lees verder met PLUS". A line that opens with the
 *  verb alone ("Abonnez-vous", "Suscríbete", "Abbonati", "Assine") needs what it offers after it, a
 *  price, reading on or no limits: "Abbonati e tifosi hanno protestato" is a sentence. */
const PAYWALL = /^(?:(?:jetzt |hier )?weiterlesen mit\b|(?:cet article|l['’]article|ce contenu|la suite(?: de cet article)?) est réservée? aux abonnés|votre abonnement vous permet d['’]accéder\b|accédez à tous nos (?:contenus|articles)\b|offre spéciale\s*:[^\n]{0,40}\d\s?€|contenido (?:exclusivo )?para suscriptores|(?:este |esta )?(?:artículo|contenido|funcionalidad|función|servicio) es exclusiv[oa] para (?:suscriptores|abonados)|(?:this )?(?:feature|content|article) is (?:only available |exclusively )?(?:for|to) (?:subscribers|members)\b|(?:questo )?(?:articolo|contenuto) è riservato agli abbonati|(?:este )?conteúdo (?:é )?exclusivo para assinantes|lees verder met\b|krijg onbeperkt toegang|dit artikel is exclusief voor abonnees|dit artikel is gratis\b[^\n]{0,80}\babonnement|il vous reste [\d.,]+\s?% de (?:cet |l['’])article à lire|(?:article|contenu) réservé (?:aux|à nos) abonnés|vous (?:avez envie de|voulez) lire la suite\b|débloquez (?:tous les articles|l['’]accès|la suite)\b|nog geen abonnee\b|(?:este )?(?:artigo|conteúdo) (?:é )?exclusivo para assinantes\b|(?:dieser |der )?(?:artikel|beitrag|inhalt) ist (?:nur |exklusiv )?für (?:[\w+]+-)*(?:abonnenten|abonnentinnen und abonnenten|abonnierende|abonnent\*innen)\b)/i;
const PAYWALL_VERB = /^(?:abonnez-vous|suscr[ií]bete|abbonati|assine|word abonnee|lees onbeperkt)(?![\p{L}])/iu;
const PAYWALL_OFFER = /\d\s?(?:€|euros?\b)|€\s?\d|\$\s?\d|\b(?:sin límites|illimitée?s?|senza limiti|sem limites|onbeperkt|unbegrenzt|la suite|seguir leyendo|continuar leyendo|continuare a leggere|continuar a ler|verder lezen)\b/iu;
const PAYWALL_MAX_CHARS = 220;
/** The paywall's notice of Japanese, Chinese and Korean pages: "この記事は会員限定です。続きを読むにはログ
 *  インしてください。", "この記事は有料会員限定です", "本文为付费内容", "이 기사는 유료 회원 전용입니다". */
const EAST_ASIAN_PAYWALL = /^(?:この記事は(?:有料)?会員限定(?:記事)?です|続きを読むには(?:ログイン|会員登録)|(?:本文|该文章|此文章)(?:为|為)付(?:费|費)(?:内容|閱讀|阅读)|이 기사는 (?:유료 )?회원 전용)/u;
/** A platform's gate and its trial: "Keep reading with a 7-day free trial", "Subscribe to <letter> to
 *  keep reading this post and get 7 days of free access …", "Not a member? Read this story for free.",
 *  "Start your free trial →", "Registrieren Sie sich kostenlos und lesen Sie 3 Artikel im Monat." */
const TRIAL_GATE = /^(?:keep reading with a \d{1,2}-day free trial|subscribe to [^.!?]{1,60} to keep reading this post\b[^\n]{0,160}|not a member\?\s+read this (?:story|article|post) for free\.?|start (?:your|a|my) (?:\d{1,2}-day )?free trial\s*[→›»]?|registrieren sie sich (?:jetzt )?kostenlos und lesen sie \d{1,2} (?:artikel|beiträge) (?:im|pro) monat\.?)$/i;
/** The subscription's first month at its price, under a paywall's prompt: "Im ersten Monat für nur CHF
 *  1.–", "Profitez de notre offre : 1 € le premier mois, sans engagement.", "First month for just $1". */
const FIRST_MONTH = /\b(?:ersten monat|premier mois|first month|primer mes|primo mese|eerste maand)\b/i;
const OFFER_CUE = /\b(?:für nur|nur|seulement|for (?:just|only)|only|solo|sans engagement|jederzeit kündbar|cancel any ?time|offre|angebot|offer|oferta|offerta)\b/i;
const OFFER_PRICE = /\d\s?(?:€|euros?\b|chf\b|fr\.)|(?:€|\$|£|chf)\s?\d/i;
const FIRST_MONTH_MAX_CHARS = 100;
const isFirstMonthOffer = (t: string): boolean => t.length <= FIRST_MONTH_MAX_CHARS && FIRST_MONTH.test(t) && OFFER_CUE.test(t) && OFFER_PRICE.test(t);
const isPaywall = (t: string): boolean => t.length <= PAYWALL_MAX_CHARS && (PAYWALL.test(t) || EAST_ASIAN_PAYWALL.test(t) || TRIAL_GATE.test(t) || (PAYWALL_VERB.test(t) && PAYWALL_OFFER.test(t)));
/** A conference's promo on its organiser's site: "Join us at Harbour Disrupt 2025 in …, October 27–29.
 *  Save up to $400 on your pass before prices rise.", "Save $200 on your ticket". Both its parts: an
 *  invitation alone ("Join us at the harbour on Saturday") is a sentence. */
const EVENT_PROMO = /^(?:join us (?:at|for)\b[^\n]{0,160}\b(?:save|get|grab|book|register)\b[^\n]{0,60}\b(?:pass(?:es)?|tickets?|seats?)\b|save (?:up to )?[$€£]\s?\d[\d,.]*\s+(?:on|off)\s+(?:your |a |the )?(?:pass(?:es)?|tickets?)\b)/i;
const EVENT_PROMO_MAX_CHARS = 260;
/** A subscription's price pitch: "Subscribe to the Courier for as little as $4.99 a month.", "Get
 *  unlimited access for $1 for 6 months", "Join today for just R60 a month": a verb that offers the
 *  subscription, a price in a currency, and the period it pays for. Alone, it must offer the site's
 *  reading (access, journalism, news): "Sign up for an ad-free account for $11.99 a month" is a
 *  streaming story's sentence. Beside a prompt, it is the box's. A short call may open it ("Support
 *  journalism that matters. Become an Insider for R200 a month."). */
const PRICE_PITCH = /^(?:[^.!?\n]{1,40}[.!]\s+)?(?:subscribe|sign up|join|become (?:a|an)|get (?:unlimited |full |digital )?access|start (?:your|a) (?:free )?(?:trial|subscription)|try|unlock)\b[^.!?\n]{0,80}?(?:[$€£₹]\s?\d|\b(?:R|KSh|Rs\.?|NZ\$|A\$|C\$|S\$|R\$|₱|P)\s?\d|\d\s?(?:€|euros?\b))[^!?\n]{0,40}?(?:\b(?:a|per|each|every)\s(?:month|week|year|day)\b|\/\s?(?:month|mo|week|wk|year|yr)\b|\bfor (?:\d+|one|two|three|six|twelve) (?:months?|weeks?|years?)\b|\b(?:monthly|weekly|yearly|annually)\b)[^\n]{0,60}$/i;
const PRICE_PITCH_MAX_CHARS = 200;
const READING_OFFER = /\b(?:access|journalism|news|reporting|stories|articles|e-?edition)\b/i;
const isPricePitch = (t: string): boolean => t.length <= PRICE_PITCH_MAX_CHARS && PRICE_PITCH.test(t);
/** A local news site's pitch for its free updates, printed inside the text: "Find out what's happening in
 *  Maplewood with free, real-time updates from <Site>.", "Stay on top of the news in X with our free
 *  daily alerts" (the place's name glued to "with" as the page prints it: no word boundary before it). */
const FREE_UPDATES = /^(?:find out|see|stay (?:up to date|informed|on top of)|keep up with|get)\b[^.!?]{0,80}with (?:our )?free\b[^.!?]{0,40}\b(?:updates|alerts|newsletters?|e-?mails)\b[^\n]{0,40}$/i;
const FREE_UPDATES_MAX_CHARS = 200;
/** The button under such a pitch: "Let's go!", "Sign me up", "Count me in". Beside a prompt only. */
const SIGN_UP_BUTTON = /^(?:let['’]s go|sign me up|count me in|i['’]m in|yes,? sign me up|get started)!?$/i;

/** A newsletter box's name alone, and the box's button to log in: "Newsletter", "Unser Newsletter",
 *  "Einloggen", "Se connecter". Whole lines: a sentence about a newsletter is the text's. */
const NEWSLETTER_NAME = /^(?:(?:our|unser(?:e|en)?|notre|nuestro|la nostra|onze|a nossa) )?newsletters?$/i;
const LOGIN_BUTTON = /^(?:jetzt )?(?:einloggen|se connecter|connectez-vous|inloggen|log ?in|sign ?in|accedi|iniciar sesión)$/i;
const BOX_BUTTON_MAX_CHARS = 22;
const isNewsletterName = (t: string): boolean => t.length <= BOX_BUTTON_MAX_CHARS && NEWSLETTER_NAME.test(t);
export const isLoginButton = (t: string): boolean => t.length <= BOX_BUTTON_MAX_CHARS && LOGIN_BUTTON.test(t);
/** A sign-up form's fine print and its messages: what the publisher does with the address ("We use your
 *  sign-up to provide content in ways you've consented to …"), the terms one accepts by signing up, the
 *  captcha's notice, "We have more newsletters", "Invalid email". Anchored: a sentence of the text that
 *  reports on sign-ups ("By signing up, residents agreed …") names no "you". */
const FORM_FINE_PRINT = /^(?:subscribe)?(?:we use your sign-?up to\b|by (?:signing up|subscribing|registering|clicking (?:sign up|subscribe|submit))(?: (?:for|to) [^,]{1,40})?,? you (?:agree|consent|accept|acknowledge)\b|this (?:site|form|page) is protected by recaptcha\b|we have more newsletters\b|invalid e-?mail(?: address)?\b|en vous inscrivant,? vous acceptez\b|mit (?:der|ihrer) anmeldung (?:stimmen|akzeptieren|erklären) sie\b|indem sie sich (?:anmelden|registrieren)\b)/i;
const FINE_PRINT_MAX_CHARS = 400;

/** A sign-up form's address field in the languages beyond English, a prompt on its own and the
 *  box's last line under its blurb (see ADDRESS_FIELD). */
const ADDRESS_FIELD_WORDS = String.raw`votre (?:adresse )?(?:e-?mail|courriel)|ihre e-?mail(?:-adresse)?|tu (?:dirección de )?(?:correo|e-?mail)(?: electrónico)?|(?:il )?tuo indirizzo e-?mail|uw e-?mailadres`;
const ADDRESS_PROMPT = new RegExp(String.raw`^(?:${ADDRESS_FIELD_WORDS})\b[^.!?]{0,80}[.!?]?$`, "i");
/** A paywall box's promise, the site's address and all ("Lesen Sie alle Artikel auf harbour-bote.de und in
 *  der App.", "Read all our stories on harbour.example and in the app."). */
const READ_ALL = /^(?:lesen sie alle (?:artikel|beiträge)|read (?:all|every one of) (?:our )?(?:articles|stories)|accédez à tous (?:nos|les) (?:articles|contenus)|lisez tous (?:nos|les) articles)\b.{0,100}$/i;
/** A box on a subscriber's perks: its heading ("Your subscription can be worth even more", "Sua assinatura
 *  pode valer ainda mais") and its pitch ("Você já conhece as vantagens de ser assinante …?"). */
const SUBSCRIBER_PERKS = /^(?:(?:your subscription|sua assinatura|ihr abo(?:nnement)?|votre abonnement|tu suscripción|il tuo abbonamento|uw abonnement) (?:can be worth|could be worth|pode valer|kann mehr|peut valoir|puede valer|può valere|kan meer)\b[^.!?]{0,30}[.!]?$|(?:do you know|você já conhece|kennen sie|connaissez-vous|¿?conoces|conosci) (?:the |as |die |les |las |i )?(?:benefits|perks|advantages|vantagens|vorteile|avantages|ventajas|vantaggi)\b)/i;
const SUBSCRIBER_PERKS_MAX_CHARS = 250;
const isPrompt = (t: string): boolean => (t.length <= SUBSCRIBER_PERKS_MAX_CHARS && SUBSCRIBER_PERKS.test(t)) || READ_ALL.test(t) || (t.length <= MAX_CHARS && ADDRESS_PROMPT.test(t)) || isNewsletterName(t) || (t.length <= GIFT_OR_PLEA_MAX_CHARS && GIFT_OR_PLEA.test(t)) || (t.length <= FINE_PRINT_MAX_CHARS && FORM_FINE_PRINT.test(t)) || (t.length <= MAX_CHARS && PROMPT.test(t)) || (t.length <= EVENT_PROMO_MAX_CHARS && EVENT_PROMO.test(t)) || isPitch(t) || (t.length <= METER_MAX_CHARS && METER.test(t)) || (t.length <= APPEAL_MAX_CHARS && (isAppeal(t) || isSignUpAnswer(t))) || (t.length <= CHANNEL_MAX_CHARS && (CHANNEL.test(t))) || isPaywall(t) || isFirstMonthOffer(t) || (isPricePitch(t) && READING_OFFER.test(t)) || (t.length <= FREE_UPDATES_MAX_CHARS && FREE_UPDATES.test(t));
const prompts = lineMatchRule("remove-subscribe-prompt", "newsletter, subscription or paywall prompt", isPrompt);

/** The rest of a newsletter box around its prompt: its name and blurb, the address field, the legal
 *  line and the form's answer ("Free weekly newsletter", "Our best reporting, delivered to your inbox
 *  every Saturday.", "Email address", "Privacy Notice: Newsletters may contain …", "Please check your
 *  inbox to confirm …"). Only next to a prompt, and only lines that speak of the letter, the inbox,
 *  the address or the privacy terms: the text around the box stays. */
// Words end at \b, which knows ASCII letters only: "confidentialit" stops before its "é".
const BOX_LINE = /\b(?:newsletters?|infolettres?|inbox|e-?mail(?: address)?|courriel|delivered (?:to you|every|twice|once|daily|weekly|each)|privacy (?:notice|policy|collection statement)|datenschutz\w*|confidentialit|privacidad|by (?:signing up|subscribing)|en vous inscrivant|mit (?:der|ihrer) anmeldung|al (?:suscribirte|registrarte)|iscrivendoti|registrandoti|informativa (?:sulla )?privacy|ao (?:subscrever|assinar|se inscrever|se cadastrar)|door je (?:in te schrijven|aan te melden)|unsubscribe|(?:tips|news|stories|picks|updates)\b[^.!?]{0,40}\bevery (?:week|weekday|day|morning|evening|month))\b/i;
/** …and, on a short label or button without a sentence's stop, signing up ("Sign up to get it", "Manage
 *  your subscription"): in a sentence or a longer line, that is the text's ("… if you sign up for the
 *  bundle", "Sign up for an ad-free account for $11.99 a month"). */
const BOX_LABEL = /\b(?:sign(?:ing)? up|subscription)\b|^support\b|\bdonat/i;
const BOX_LINE_MAX_CHARS = 300;
/** Box lines taken on each side of the prompt, at most. */
const BOX_REACH = 6;
const BOX_LABEL_MAX_WORDS = 6;
/** …and the letter's name and edition over its blurb ("THE HEALTH BRIEF", "Wellness Weekly — Tuesday,
 *  November 19, 2019"): a label without a stop that names a brief, a digest, a weekly. Its date is the
 *  edition's; left in the text, it read as a teaser card's and split the article there. (A date alone
 *  by a "Sign up" button is a newsletter page's own date.) */
const BOX_NAME = /\b(?:brief(?:ing)?|digest|bulletin|roundup|dispatch|weekly|daily)\b/i;
/** A name is a few words; a headline under the "Subscribe" button names its story after a colon
 *  ("Court roundup: Sentences handed down in …"). */
const BOX_NAME_MAX_WORDS = 7;
const isBoxName = (t: string): boolean => BOX_NAME.test(t) && !t.includes(": ") && wordCount(t, BOX_NAME_MAX_WORDS + 1) <= BOX_NAME_MAX_WORDS;
/** A paragraph of two sentences or more that names an e-mail address only (no letter, inbox or privacy)
 *  is the text's, by the box or not ("… call 555-0114 or email circulation@… . The paper will hold help sessions …"). */
const LETTER_WORD = /newsletter|inbox|posteingang|privacy|datenschutz|confidentialit|privacidad|unsubscribe|signing up|subscribing/i;
const isTextAboutMail = (t: string): boolean => t.length > TEXT_ABOUT_MAIL_MIN_CHARS && isProse(t) && SECOND_SENTENCE.test(t) && !LETTER_WORD.test(t);
const SECOND_SENTENCE = /[\p{Ll}\d][.!?]\s+\p{Lu}/u;
/** Longer than a box's blurb with an address ("Get the day's news by email every morning."), which
 *  runs to a sentence of 60–120 characters on the dev pages and the audits' invented ones. */
const TEXT_ABOUT_MAIL_MIN_CHARS = 150;
/** …and so is someone's words in quotation marks ("\"Not an e-mail. A note,\" a colleague said."): no box's blurb
 *  opens with a quotation mark. */
const QUOTE_START = /^["“”„«‹'‘]/;
const isBoxLine = (t: string): boolean => t.length <= BOX_LINE_MAX_CHARS && (SIGN_UP_BUTTON.test(t) || isPricePitch(t) || (BOX_LINE.test(t) && !isTextAboutMail(t) && !QUOTE_START.test(t)) || (!isProse(t) && ((BOX_LABEL.test(t) && wordCount(t, BOX_LABEL_MAX_WORDS + 1) <= BOX_LABEL_MAX_WORDS) || isBoxName(t))));
/** The letter's blurb without those words ("A weekly look at what's happening in schools"): a line
 *  without a sentence's stop, between box lines. */
const isBlurb = (t: string): boolean => t.length <= BOX_LINE_MAX_CHARS && !isProse(t);
/** …or a sentence of it right under the letter's name ("Newsletter Éducation" / "Chaque mercredi, l'actualité
 *  de l'école …"): short, between the name and the address field. */
const BLURB_SENTENCE_MAX_CHARS = 200;
/** A sign-up form's address field. */
const ADDRESS_FIELD = new RegExp(String.raw`^(?:(?:enter )?your email(?: address)?|e-?mail(?:-adresse| address)?|${ADDRESS_FIELD_WORDS})\s*\*?$`, "i");
/** Lines between two of a box's prompts that are the box's too, at most: a name and a blurb of two lines. */
const BOX_FILL_LINES = 3;

export const removeSubscribePrompt: LineRule = {
  id: "remove-subscribe-prompt",
  apply(lines) {
    const marks = prompts.apply(lines);
    const taken = new Set(marks.map((m) => m.index));
    for (const { index } of [...marks]) {
      for (const step of [-1, 1]) {
        for (let k = index + step, n = 0; n < BOX_REACH && k >= 0 && k < lines.length; k += step) {
          const t = lines[k]!.text;
          if (t === "" || taken.has(k)) continue;
          const beyond = lines[k + step]?.text ?? "";
          // A sentence counts as the blurb only under the letter's name, not between two prompts.
          // (Or between the pitch that names the letter and the address field: "Abonnez-vous à
          // l'infolettre Maison" / "Recevez chaque samedi nos conseils." / "Votre adresse courriel".)
          const blurb = isBlurb(t) || (t.length <= BLURB_SENTENCE_MAX_CHARS && beyond.length <= BLURB_SENTENCE_MAX_CHARS && (!isPrompt(beyond) || (k === index + 1 && PITCH_OBJECT.test(lines[index]!.text) && ADDRESS_FIELD.test(beyond))));
          if (!isBoxLine(t) && !(blurb && BOX_LINE.test(beyond) && !QUOTE_START.test(beyond))) break;
          taken.add(k);
          marks.push({ index: k, reason: "newsletter box around its prompt" });
          n++;
        }
      }
    }
    // A paywall's tagline between its prompt and its offer ("Jetzt weiterlesen mit …" / "Unabhängiger
    // Journalismus aus Ihrer Region." / "Im ersten Monat für nur CHF 1.–"): the text stopped above.
    for (const { index } of [...marks]) {
      const tagline = lines[index + 1]?.text ?? "";
      if (isPaywall(lines[index]!.text) && taken.has(index + 2) && !taken.has(index + 1) && tagline.length <= BLURB_SENTENCE_MAX_CHARS) {
        taken.add(index + 1);
        marks.push({ index: index + 1, reason: "paywall box between its prompt and its offer" });
      }
    }
    // The box's lines between its name and its button ("Newsletter" / "Der Morgen" / "Erhalten Sie die
    // wichtigsten Nachrichten …" / "Einloggen"): a name and a blurb without the words above, and short.
    // Under the word "Newsletter" only: between a header's "Sign up" and "Subscribe" stand its date and
    // its title. A button to log in ends a box, but is not one alone: in a header, it is its menu's.
    for (const { index: top } of [...marks]) {
      if (!isNewsletterName(lines[top]!.text)) continue;
      let bottom = top + 2;
      while (bottom <= top + 1 + BOX_FILL_LINES && bottom < lines.length && !taken.has(bottom) && !isLoginButton(lines[bottom]!.text)) bottom++;
      if (bottom >= lines.length || bottom > top + 1 + BOX_FILL_LINES || lines.slice(top + 1, bottom).some((l) => l.text.length > BLURB_SENTENCE_MAX_CHARS)) continue;
      for (let k = top + 1; k <= bottom; k++) {
        if (taken.has(k)) continue;
        taken.add(k);
        marks.push({ index: k, reason: "newsletter box between its name and its button" });
      }
    }
    // A newsletter platform's box under the post, its pitch over its button ("Subscribe to The Harbour
    // Ledger" / "By Anna Lind · Launched 2 years ago" / its tagline / "Subscribe"): the lines between.
    for (const { index: top } of [...marks]) {
      if (!SUBSCRIBE_TO.test(lines[top]!.text)) continue;
      const bottom = lines.findIndex((_, k) => k > top && k <= top + 1 + BOX_FILL_LINES && taken.has(k));
      if (bottom < 0 || lines.slice(top + 1, bottom).some((l) => l.text.length > BLURB_SENTENCE_MAX_CHARS)) continue;
      for (let k = top + 1; k < bottom; k++) {
        taken.add(k);
        marks.push({ index: k, reason: "newsletter box between its pitch and its button" });
      }
    }
    marks.sort((a, b) => a.index - b.index);
    return marks;
  },
};
const SUBSCRIBE_TO = /^(?:subscribe to|abonnieren sie|abonniere|abonnez-vous à|suscríbete a|iscriviti a|abonneer je op|assine) \S/i;

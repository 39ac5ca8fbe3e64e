/** The words bylines are made of, shared by the byline readers and the rules that must not take a byline
 *  for junk: names, the by-word, the agencies, the calendar words that are no names. */
import { anyCase } from "../any-case";


/** Month and weekday names, whole words only: "Marsh", "Mayer" and "Sunderland" are surnames. */
export const CALENDAR_WORDS = String.raw`Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:rs(?:day)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?|Updated|Published`;
export const CALENDAR = String.raw`(?:${CALENDAR_WORDS})(?![\p{L}])`;
/** A name is 2–4 capitalised words or initials (with particles such as "van", "de", "van der"). Case-sensitive
 *  on purpose: "By choosing I Accept, you consent…" is not a byline. */
/** The small words of family names ("van der", "de la", "bin", "zu"), in lowercase between a name's parts. */
export const NAME_PARTICLES = "van|von|de|der|den|da|das|dos|del|della|di|du|la|le|ten|ter|zu|bin|al|el";
export const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:${NAME_PARTICLES})\s+){0,2}(?!${CALENDAR})\p{Lu}[\p{L}'’.-]*){1,3}`;

/** A by-word before a name: "By", "Von", "Av", Greek "Του" and "Της" (the name in the genitive follows). */
export const BY_WORD = new RegExp(String.raw`^(?:${anyCase("by|von|par|por|door|di|av|af|του|της|των")})\s+(?=\p{Lu})`, "u");
/** …with a name in capitals after it, case and all: a byline's start as a page's heads and cards print
 *  it ("By Jane Doe", "Von Jane Doe"), not "by the harbour". */
export const NAMED_BY_WORD = /^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor)\s+\p{Lu}/u;

/** A news agency's name alone on its line beside the date, as wire copy is credited ("ANSA", "Redazione
 *  ANSA", "Xinhua", "EFE"): the agency is the byline (and its code in capitals is no writer's avatar
 *  initials: see remove-author-box). */
export const AGENCY_NAMES = String.raw`AAP|AFP|ANSA|ANI|ANP|AP|APA|ATS|Belga|BTA|ČTK|CTK|dpa|EFE|epd|IPS|KNA|Kyodo|Lusa|MTI|NTB|PAP|PTI|Reuters|Ritzau|SDA|STA|STT|TASR|UPI|Xinhua|Yonhap`;
export const WIRE_AGENCY = new RegExp(String.raw`^(?:(?:redazione|redaktion|redacción|rédaction|agencia|agence|agenzia)\s+)?(?:${AGENCY_NAMES})$`, "iu");

/** A site's accounts and its newsroom's words, which name nobody after "by" ("Posted by admin at 9:14
 *  PM", "Posted on March 5, 2025 by staff"). */
export const ACCOUNT_WORDS = String.raw`admin|administrator|webmaster|editor|staff|guest|team|unknown|anonymous|user|redaktion|rédaction|redacción|redazione|redactie`;

/** Bylines are short lines; a long one is a sentence that happens to start with "By". */
export const BYLINE_MAX_CHARS = 120;

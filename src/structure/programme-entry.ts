/* A programme's entries inside or under a text (a museum's, a parish's, a town's): dated lines that are
 * the text's own, not teaser cards' stamps, rendered as a list. */

/** A programme's entry: its day and hour before what happens then ("Sa, 14.06.2025, 11 Uhr:
 *  Eröffnung …", "Gründonnerstag, 17.04., 19:00 Uhr – Abendmahl", "14 juin, 15h : concert"; an hour in
 *  English only at the line's start, before a dash: "10 a.m. — Vendors open", "Noon — Hayrides begin").
 *  A teaser
 *  card's stamp stands alone after its hour, or names the writer. */
export const SCHEDULE_ENTRY = /^(?:\d{1,2}(?::\d{2})?\s?[ap]\.?\s?m\.?|noon|midnight)\s*[–—-]\s+\p{L}\S*(?:\s+\S+){1,}|(?:\d{1,2}[:.]\d{2}|\d{1,2}\s?(?:uhr|h|heures?|ore|hrs?))(?:\s*uhr)?\s*[:–—-]\s+(?!(?:by|von|par|por|door|di)\s)\p{L}\S*(?:\s+\S+){1,}/iu;
/** A programme's entry that opens with its day: "Sa, 14.06.2025, 11 Uhr: Eröffnung …", "17.04., 19:00
 *  Uhr – Abendmahl", "14 juin, 15h : concert". */
const DAY_FIRST = /^(?:\p{L}{2,14}\.?,?\s+)?(?:\d{1,2}[./]\d{1,2}\.?|\d{1,2}\.?\s+\p{L}{3,9}\.?)/u;
export const isProgrammeEntry = (t: string): boolean => DAY_FIRST.test(t) && SCHEDULE_ENTRY.test(t);
/** …or with its hour ("18:00 Uhr – Nordwelle: „Landarztpraxis“ (Serie)", "10 a.m. — Vendors open"): a
 *  listing's or a day's programme. A sentence that names an hour further in is no entry. */
const HOUR_FIRST = /^(?:\d{1,2}[:.]\d{2}|\d{1,2}\s?(?:uhr|h|heures?|ore|hrs?)\b|\d{1,2}(?::\d{2})?\s?[ap]\.?\s?m\.?|noon|midnight)/iu;
export const opensProgrammeEntry = (t: string): boolean => (DAY_FIRST.test(t) || HOUR_FIRST.test(t)) && SCHEDULE_ENTRY.test(t);

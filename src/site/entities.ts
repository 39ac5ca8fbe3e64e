/**
 * People, places and organisations named in the articles, found with plain heuristics (no language
 * model, no gazetteer): capitalised names that recur, typed by the words around them, spelling
 * variants merged. It finds the names a news archive is about; it misses names mentioned once, can put
 * a name in the wrong kind, and cannot tell two people with one surname apart. Pure.
 */
import { plainText } from "./text";
import { maxOf, pushAll } from "../arrays";
import { matchesOf } from "../matches";

export type EntityKind = "person" | "place" | "organisation";

/** A name must appear in this many articles... (one-off names are mostly quotes, streets, headline words) */
export const MIN_ARTICLES = 2;
/** ...or this often in one article, which catches the subject of a single long piece. */
export const MIN_MENTIONS_IN_ONE = 4;
/** Variants whose keys are this long may differ by one edit (Zelenskyi/Zelensky); shorter ones
 *  must match exactly, since Iran/Iraq and Mali/Bali are one edit apart. */
export const MIN_FUZZY_KEY_LENGTH = 7;
/** Longer runs of capitalised words are not names: on the dev archives, runs of more than six are
 *  menus, tag lists and title-case headlines, while the longest real names have six ("New South Wales
 *  Rural Fire Service"), and the longest run of up to six words is 73 characters. The bound also
 *  keeps the work per name small: variants are found by deleting each letter in turn, which for one
 *  "name" of 16,000 characters (a hostile page of the same name again and again) took minutes. */
export const MAX_NAME_WORDS = 6;
export const MAX_NAME_CHARS = 80;
/** A kind needs this share of a name's typed contexts; below it the name is left out as unsure. */
export const MIN_KIND_SHARE = 0.5;

const TITLES = /^(President|President-elect|Prime|Minister|Chancellor|Secretary|Senator|General|Gen|Mr|Mrs|Ms|Dr|Sir|Lord|King|Queen|Pope|Commander|Envoy|Ambassador|Spokesman|Spokeswoman|Governor|Mayor|Foreign|Defence|Defense|Deputy|Vice|Former)$/;
/** Stripped only in front of a title: "Russian President Vladimir Putin", but "European Union" stays. */
const NATIONALITIES = /^(Russian|Ukrainian|American|German|French|British|Polish|Hungarian|Chinese|European|Western|Eastern|US|U\.S\.)$/;
const NOT_NAMES = new Set(
  ("The A An And Or But If In On At To Of For From By With As After Before During While When Where Why How What Who Which " +
    "He She It They We You I His Her Its Their Our Your My This That These Those There Here Some Many Most More Any Each Every " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October " +
    "November December Share Read Comments Related Advertisement Sign Subscribe Click Follow Photo Image Video Also Yes No Not " +
    "Meanwhile However According Despite Although Yet So Still Now Then Today Yesterday Tomorrow Did Do Does Is Are Was Were Will Would Could Should Can Key").split(" "),
);
const ORG_WORDS = /\b(Ministry|Council|Union|Party|Army|Forces|Agency|Institute|Commission|Parliament|Committee|Organi[sz]ation|Alliance|Bank|Fund|Group|Office|Department|Service|Court|Company|Corporation|University|News|Times|Post|Press|Kremlin|Pentagon|Congress|Senate|Assembly|Federation|Guard|Command|Network|Broadcasting|Foundation|Association|Brigade|Rada)\b/;
const PLACE_WORDS = /\b(Oblast|Region|Province|City|Republic|Sea|River|Island|Islands|Peninsula|Street|Square|House)\b/;
/** Words that name a kind of body or place, not one in particular, when they stand alone. */
const GENERIC = /^(Council|Union|Party|Army|Forces|Agency|Institute|Commission|Parliament|Committee|Alliance|Bank|Fund|Group|Office|Department|Service|Court|Company|University|News|Press|Assembly|Federation|Guard|Command|Network|Foundation|Association|Brigade|Oblast|Region|Province|City|Republic|Sea|River|Island|Islands|Peninsula|Street|Square|House)$/;
const PLACE_ACRONYMS = new Set(["US", "USA", "UK", "UAE"]);
const PERSON_BEFORE = /\b(President|Minister|Chancellor|Secretary|Senator|General|Mr|Mrs|Ms|Dr|envoy|spokesman|spokeswoman|leader|commander|ambassador|Governor|Mayor)\.?\s*$/;
const PERSON_AFTER = /^\s*(said|says|told|added|stated|warned|wrote|announced|claimed|argued|insisted|noted|urged|stressed)\b/;
const PLACE_BEFORE = /\b(in|near|from|to|into|across|around|outside|towards|toward|throughout|via|visit|visited)\s+(the\s+)?$/;

/** Capitalised words, optionally joined by "of"/"de"/"bin" (Ministry of Defence), or a short acronym. */
const NAME = /(?:\p{Lu}[\p{Ll}’'-]*\p{Ll}|\p{Lu}{2,5})(?:\s+(?:(?:of|de|bin|al|von|van)\s+)?(?:\p{Lu}[\p{Ll}’'-]*\p{Ll}|\p{Lu}{2,5}))*/gu;

export interface Mention {
  name: string;
  kind?: EntityKind;
  /** a lone capitalised word opening a sentence: weak evidence that it is a name at all */
  atStart?: boolean;
}

/** The spelling-insensitive key two variants share: Zelenskyy, Zelenskiy and Zelensky → "zelensky". */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/[^a-z ]+/g, "")
    .replace(/iy\b|yy\b|yi\b|ij\b/g, "y")
    .replace(/([a-z])\1+/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

function typeOf(name: string, before: string, after: string): EntityKind | undefined {
  if (ORG_WORDS.test(name)) return "organisation";
  if (PLACE_WORDS.test(name) || PLACE_ACRONYMS.has(name)) return "place";
  if (/^\p{Lu}{2,5}$/u.test(name)) return "organisation";
  if (PERSON_BEFORE.test(before) || PERSON_AFTER.test(after)) return "person";
  if (PLACE_BEFORE.test(before)) return "place";
  return undefined;
}

/** Words the texts use in lower case at least as often as capitalised ("rejected", "peace"): capitalised,
 *  they open a sentence or a headline. Counting both keeps "Ukraine" a name when a URL says "ukraine". */
export function ordinaryWords(texts: readonly string[]): Set<string> {
  const lower = new Map<string, number>();
  const upper = new Map<string, number>();
  for (const w of texts.flatMap((t) => t.match(/(?<![\p{L}])\p{L}[\p{Ll}’'-]+/gu) ?? [])) {
    const m = /^\p{Ll}/u.test(w) ? lower : upper;
    m.set(w.toLowerCase(), (m.get(w.toLowerCase()) ?? 0) + 1);
  }
  return new Set([...lower].filter(([w, n]) => n >= (upper.get(w) ?? 0)).map(([w]) => w));
}

/** Names in one article's text, each with the kind its context suggests (if any). */
export function mentionsIn(markdown: string, ordinary: ReadonlySet<string> = new Set()): Mention[] {
  const text = plainText(markdown);
  const out: Mention[] = [];
  for (const m of matchesOf(NAME, text)) {
    const run = m[0].split(/\s+/);
    let before = text.slice(Math.max(0, m.index - 40), m.index);
    // Leading titles and function words are context, not part of the name ("President Vladimir Putin").
    // Counted, then cut once: taking them off one by one is quadratic in a run of thousands of them.
    const isTitle = (k: number) => TITLES.test(run[k]!) || (NATIONALITIES.test(run[k]!) && TITLES.test(run[k + 1] ?? ""));
    let from = 0;
    while (from < run.length && (isTitle(from) || NOT_NAMES.has(run[from]!))) from++;
    if (from > 0) before += ` ${run.slice(0, from).join(" ")}`;
    let words = run.slice(from);
    while (words.length && NOT_NAMES.has(words[words.length - 1]!)) words.pop();
    // "Sanctions Putin", "Rejected Kyiv": text glued to a headline; an ordinary word is not part of a name,
    // unless the whole is a named body ("Security Council").
    if (!ORG_WORDS.test(words.join(" ")) && !PLACE_WORDS.test(words.join(" "))) {
      let k = 0;
      while (k < words.length && ordinary.has(words[k]!.toLowerCase())) k++;
      words = words.slice(k);
    }
    const name = words.join(" ").replace(/['’]s$/, "");
    // A nationality or a bare "Council" names nothing in particular.
    if (!name || NOT_NAMES.has(name) || name.length < 3 || (NATIONALITIES.test(name) && !PLACE_ACRONYMS.has(name)) || GENERIC.test(name)) continue;
    // A menu, a tag list or a title-case headline, not a name.
    if (words.length > MAX_NAME_WORDS || name.length > MAX_NAME_CHARS) continue;
    // A lone capitalised word right after a full stop is most likely just a sentence's first word.
    const sentenceStart = opensSentence(text, m.index) && before === text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    out.push({ name, kind: typeOf(name, before, after), ...(sentenceStart ? { atStart: true } : {}) });
  }
  return out;
}

/** Whether position i follows a sentence end, a line break, an opening quote, or nothing. */
function opensSentence(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && /[ \t]/.test(text[j]!)) j--;
  return j < 0 || /[.!?:"“\n]/.test(text[j]!);
}

export interface Entity {
  kind: EntityKind;
  /** the name shown: the fullest, most used spelling */
  name: string;
  /** other spellings found, most used first */
  variants: string[];
  /** indexes of the articles that name it */
  articles: number[];
  mentions: number;
}

interface Group {
  spellings: Map<string, number>;
  kinds: Map<EntityKind, number>;
  articles: Set<number>;
  perArticle: Map<number, number>;
  midSentence: number;
}

/** Entities across all articles (texts in article order), variants merged. */
export function findEntities(texts: readonly string[]): Entity[] {
  const groups = new Map<string, Group>();
  const ordinary = ordinaryWords(texts);
  texts.forEach((t, i) => {
    for (const m of mentionsIn(t, ordinary)) {
      const key = nameKey(m.name);
      if (!key) continue;
      const g = groups.get(key) ?? { spellings: new Map(), kinds: new Map(), articles: new Set(), perArticle: new Map(), midSentence: 0 };
      groups.set(key, g);
      g.spellings.set(m.name, (g.spellings.get(m.name) ?? 0) + 1);
      if (m.kind) g.kinds.set(m.kind, (g.kinds.get(m.kind) ?? 0) + 1);
      g.articles.add(i);
      g.perArticle.set(i, (g.perArticle.get(i) ?? 0) + 1);
      if (!m.atStart) g.midSentence++;
    }
  });
  // "Putin Trump": two names side by side in a glued headline, not a third name.
  const used = (k: string) => [...(groups.get(k)?.spellings.values() ?? [])].reduce((a, b) => a + b, 0);
  for (const k of [...groups.keys()]) if (k.includes(" ") && k.split(" ").every((w) => used(w) >= used(k))) groups.delete(k);
  mergeVariants(groups);
  const out: Entity[] = [];
  for (const g of new Set(groups.values())) {
    const kind = kindOf(g);
    const recurs = g.articles.size >= MIN_ARTICLES || maxOf(g.perArticle.values()) >= MIN_MENTIONS_IN_ONE;
    if (!kind || !recurs || g.midSentence === 0) continue;
    const spellings = [...g.spellings.entries()].sort(([a, x], [b, y]) => b.split(" ").length - a.split(" ").length || y - x || a.localeCompare(b));
    out.push({ kind, name: spellings[0]![0], variants: spellings.slice(1).map(([s]) => s), articles: [...g.articles].sort((a, b) => a - b), mentions: [...g.spellings.values()].reduce((a, b) => a + b, 0) });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

function kindOf(g: Group): EntityKind | undefined {
  const total = [...g.kinds.values()].reduce((a, b) => a + b, 0);
  const best = [...g.kinds.entries()].sort(([a, x], [b, y]) => y - x || a.localeCompare(b))[0];
  return best && best[1] / total >= MIN_KIND_SHARE ? best[0] : undefined;
}

/** Joins groups in place: near-identical long keys, and a lone surname into the one full name ending in it. */
function mergeVariants(groups: Map<string, Group>) {
  const keys = [...groups.keys()].sort();
  const keysOf = new Map<Group, string[]>(keys.map((k) => [groups.get(k)!, [k]]));
  const join = (into: string, from: string) => {
    const a = groups.get(into)!;
    const b = groups.get(from)!;
    if (a === b) return;
    for (const [s, n] of b.spellings) a.spellings.set(s, (a.spellings.get(s) ?? 0) + n);
    for (const [k, n] of b.kinds) a.kinds.set(k, (a.kinds.get(k) ?? 0) + n);
    for (const [i, n] of b.perArticle) a.perArticle.set(i, (a.perArticle.get(i) ?? 0) + n);
    for (const i of b.articles) a.articles.add(i);
    a.midSentence += b.midSentence;
    for (const k of keysOf.get(b)!) groups.set(k, a);
    pushAll(keysOf.get(a)!, keysOf.get(b)!);
    keysOf.delete(b);
  };
  // Keys one edit apart share a string with one letter deleted (or one is the other minus a letter), so
  // indexing those deletions finds every such pair without comparing all keys with all keys.
  const byDeletion = new Map<string, string[]>();
  for (const k of keys) {
    if (k.length < MIN_FUZZY_KEY_LENGTH) continue;
    for (const d of new Set([k, ...Array.from(k, (_, i) => k.slice(0, i) + k.slice(i + 1))])) {
      const list = byDeletion.get(d) ?? [];
      if (!list.length) byDeletion.set(d, list);
      list.push(k);
    }
  }
  for (const list of byDeletion.values()) for (let i = 1; i < list.length; i++) if (editDistance(list[0]!, list[i]!) <= 1) join(list[0]!, list[i]!);
  const byLastWord = new Map<string, string[]>();
  for (const m of keys.filter((k) => k.includes(" "))) {
    const last = m.slice(m.lastIndexOf(" ") + 1);
    const list = byLastWord.get(last) ?? [];
    if (!list.length) byLastWord.set(last, list);
    list.push(m);
  }
  for (const k of keys.filter((k) => !k.includes(" "))) {
    const owners = (byLastWord.get(k) ?? []).filter((m) => kindOf(groups.get(m)!) === "person");
    if (new Set(owners.map((m) => groups.get(m))).size === 1) join(owners[0]!, k);
  }
}

import type { Block, SourceLine } from "../model";
import { wordCount } from "../text";

/* Source code shown in the text of a developer's post or a tutorial: a `<pre>` block keeps its lines and
 * their indentation in the dump, and each of them, read as a line of the page, was a short paragraph,
 * a heading ("import json") or furniture (a run of them ended the text). Found before anything splits or
 * judges lines: its lines are marked with what they were as written (`code`), kept whole by the rules,
 * and rebuilt as one code block. A page's leaked style sheet or analytics script is code too, but no
 * sentence introduces it and no text stands around it: it stays furniture. */

/** A statement's opening word in the common languages of posts (Python, JavaScript, shell, C-likes, Go,
 *  Rust, SQL), each with what must follow it: "import json", "def load(path):", "return x", "const x =". */
const STATEMENT = /^(?:import\s+[\w.{*@"']|from\s+[\w.]+\s+import\s|(?:async\s+)?def\s+\w+\s*\(|class\s+\w+\s*[(:{<]|class\s+\w+(?:\s+extends\s+[\w.]+)?\s*\{|return\b|(?:raise|throw|yield|await|assert|del)\s+\S|(?:pass|break|continue)\s*;?$|(?:const|let|var)\s+[\w${[]+\s*[=:;]|(?:async\s+)?function\s*\*?\s*[\w$]*\s*\(|fn\s+\w+\s*[(<]|func\s+[\w(]|(?:public|private|protected|static)\s+[\w<>[\]]+\s|package\s+[\w.]+;?$|#include\s*[<"]|using\s+[\w.]+;$|(?:if|elif|while)\s+\S.*:$|for\s+[\w, ]+\s+in\s+\S.*:$|with\s+\S.*\sas\s+\w+:$|(?:else|try|finally)\s*[:{]$|except\b.*:$|(?:if|for|while|switch|catch)\s*\(.*\)\s*\{?$|}\s*else\b|echo\s|export\s+\w+=|(?:pip3?|npm|npx|yarn|git|sudo|docker|curl|mkdir|python3?|cargo|apt|apt-get|brew|dnf|yum|pacman|snap|systemctl|journalctl|sysctl|umask|chmod|chown|ssh|scp|rsync|wget|tar|grep|ls|cp|mv|rm|df|du|ps|kubectl|terraform|crontab|openssl|gpg|ffmpeg|adb|wg|tftp)\s+[\w.\-/@~|]|cd\s+[\w.~/-]+$|SELECT\s.+\sFROM\s|INSERT\s+INTO\s|CREATE\s+(?:TABLE|(?:UNIQUE\s+)?INDEX)\s|UPDATE\s+\w+\s+SET\s|(?:SELECT|FROM|WHERE|AND|ORDER\s+BY|GROUP\s+BY|HAVING|LIMIT|(?:LEFT\s+|INNER\s+)?JOIN|ON|VALUES|RETURNING)\s+[a-z_\d$'(*]\S*)/;
/** A shell or interpreter prompt before a command: "$ npm install", ">>> len(xs)" (not a price, "$ 73.66"). */
const PROMPT = /^\$\s+[a-z_./~]|^>>>\s+\S/;
/** Closing brackets alone ("}", "});", "]"), a comment ("// …", "/* …"), a tag
 *  ("<div class=…>"), an assignment ("x = load(path)", "total += 1") or a call ("print(x)",
 *  "console.log(x);") at the line's start; or (see isCodeLine) a line that ends a statement with its
 *  semicolon after a bracket or an operator, or opens a block with "{": what a program's lines are and a
 *  sentence is not. */
const CODE_START = /^(?:[}\])]+[;,)]*$|\/\/|\/\*|\*\/|<\/?[a-zA-Z][\w-]*(?:\s[^<>]*)?\/?>|[A-Za-z_$][\w$]*(?:(?:\.|->|::)[A-Za-z_$][\w$]*|\[[^\]]*\])*\s*(?:[-+*/%|&^]|\*\*|\/\/|<<|>>)?=(?!=)\s*\S|[A-Za-z_$][\w$]*(?:(?:\.|->|::)[A-Za-z_$][\w$]*)*\(.*\)\s*[;{]?$)/;
/** A configuration file's lines and other notations posts show as code: an INI section ("[Interface]"),
 *  a YAML or Klipper key in lowercase, alone or with its value and perhaps as a list's item
 *  ("trigger:", "- platform: state", "host: imap.example.org", "rotation_distance: 7.355"), a comment or a shebang ("# phone", "#!/bin/sh"), a crontab entry ("15 3 * * * backup"), a
 *  3D printer's G-code ("G1 E100 F60"). Each alone could be a line of text; a block needs two lines of
 *  code and a sentence that introduces it (see markCode). */
const CONFIG_LINE = /^(?:\[[A-Za-z_][\w .:/-]{0,40}\]|(?:-\s+)?[a-z_][a-z\d_.-]*:(?:\s+\S.*[^.!?])?|#!\/\S+(?:\s+[\w.-]+)*|#\s+\S.*|(?:[\d*/,-]+\s+){5}\S.*|[GM]\d{1,3}(?:\s+[A-Z]-?[\d.]+)*)$/;
/** A statement's semicolon after one token ("break;") or after a call's bracket or an operator. A bracket
 *  after a space opens a list item's aside ("hogere bouwkosten (29 gemeenten);", "area ex Consorzio (400
 *  posti);"), an item that ends with the semicolon lists put there. */
const ENDS_STATEMENT = /^\S*;$|(?:[\w$.]\(|[=[]).*;$/;
/** A typed member of an interface or a class, in TypeScript's and its kin's notation ("attempts?:
 *  number;", "signal: AbortSignal;", "onDone: (err: unknown) => void;"): a name, its colon, a type that
 *  is a primitive's name, a capitalised name, a function's or an object's. (A list's item ends with a
 *  semicolon too, "prix : 20 euros;", but its value is no type.) */
const TYPED_MEMBER = /^(?:readonly\s+)?[A-Za-z_$][\w$]*\??:\s*(?:string|number|boolean|any|unknown|void|never|null|undefined|bigint|object|symbol|[A-Z][\w$.]*(?:<[^;]*>)?|\(.*\)\s*=>.*|\{.*|\[.*)(?:\[\])?(?:\s*\|\s*[\w$.<>[\]]+)*;$/;
/** A line of code is short; a longer one is a paragraph that happens to end with a bracket. */
const CODE_LINE_MAX_CHARS = 160;
/** More words than this without a bracket, an operator or a semicolon: a sentence, not code. */
const SENTENCE_WORDS = 8;
/** What every form but a statement's opening word holds: a bracket, an operator, a prompt's "$", a
 *  comment's slash. */
const CODE_PUNCTUATION = /[(){}[\];=<>$/]/;

/** Whether a line, trimmed, is plainly a line of a program. Cheap tests first: most lines of a page are
 *  sentences, which open with a capital and end with a stop. */
export function isCodeLine(t: string): boolean {
  if (t.length === 0 || t.length > CODE_LINE_MAX_CHARS) return false;
  const last = t.charCodeAt(t.length - 1);
  // A sentence's stop ends no line of code but a string's or a comment's.
  if ((last === 0x2e || last === 0x21 || last === 0x3f) && !t.includes("(") && !t.includes("//")) return false;
  // A headline or a menu's entry has none of code's signs: only a statement's opening word is left to try.
  if (!CODE_PUNCTUATION.test(t)) return (STATEMENT.test(t) || CONFIG_LINE.test(t)) && wordCount(t, SENTENCE_WORDS + 1) <= SENTENCE_WORDS;
  return STATEMENT.test(t) || PROMPT.test(t) || CODE_START.test(t) || CONFIG_LINE.test(t) || last === 0x7b || (last === 0x3b && (ENDS_STATEMENT.test(t) || TYPED_MEMBER.test(t)));
}

/** Whether a dump may show code at all, by native searches of its text before the line-by-line test
 *  (which cost a news page 4% of its time): a line that ends with a statement's semicolon or opens a
 *  block, a call, or a line that opens with a prompt or a statement's word. A page without any is
 *  passed over. */
// Three searches, not one with the three as alternatives: each scans the dump with a plain first
// step, and the line-start test finds its line breaks itself (a multi-line ^ costs every position).
const CALL = /\w\(/;
const ENDS_BLOCK = /[{;][ \t]*$/m;
const CODE_LINE_START = /(?:^|\n)[ \t]*(?:\$ |>>>|[}\])]|\/\/|<\/?[a-z]|#!?\s?\/|\[[A-Za-z_][\w .:/-]{0,40}\][ \t]*(?:\n|$)|[GM]\d{1,3}(?:[ \t]+[A-Z]-?[\d.]+)*[ \t]*(?:\n|$)|(?:[\d*][\d*/,-]*[ \t]+){5}|[a-z_][a-z\d_.-]*:[^\n]*\n[ \t]*(?:-[ \t]+)?[a-z_][a-z\d_.-]*:|(?:apt|apt-get|brew|dnf|snap|systemctl|journalctl|sysctl|umask|chmod|ssh|wget|ls|df|du|kubectl|crontab|wg|def|import|from|return|const|let|var|function|class|async|fn|func|#include|SELECT|INSERT|CREATE|UPDATE|pip3?|npm|npx|yarn|git|cd|sudo|docker|curl|mkdir|python3?|cargo|echo|export|if|elif|for|while|with|try|else|except|finally|raise|throw|yield|await|assert|del|pass|break|continue|package|using|public|private|protected|static)\b)/;
export const mayHoldCode = (text: string): boolean => CALL.test(text) || ENDS_BLOCK.test(text) || CODE_LINE_START.test(text);

/** A block has at least this many plain lines of code: one such line alone is a sentence's example.
 *  A command after its prompt counts twice: the prompt says it is one. */
const MIN_CODE_LINES = 2;
const PROMPT_WEIGHT = 2;
/** …and they are at least this share of its lines (the rest: indented lines, output, a string). */
const MIN_CODE_SHARE = 0.5;
/** Lines between two lines of code that are not plainly code themselves (a string's words, a
 *  program's output) stay in the block up to this many in a row. */
const MAX_OTHER_LINES = 2;
/** A command's output under it, when the text goes on after the output: "$ app --config nope.json" /
 *  "missing config: nope.json" / "That is all there is to it." */
function withOutput(lines: readonly SourceLine[], end: number): number {
  if (!PROMPT.test(lines[end]!.text)) return end;
  let k = end + 1;
  while (k < lines.length && k - end <= MAX_OUTPUT_LINES && lines[k]!.text !== "" && !isSentence(lines[k]!.text)) k++;
  const output = k - end - 1;
  // A subheading over the text that goes on ("Lessons learned"), words alone, is no output.
  if (output === 1 && SUBHEADING.test(lines[end + 1]!.text)) return end;
  return output > 0 && output <= MAX_OUTPUT_LINES && isSentence(nonEmpty(lines, k - 1, 1)?.text) ? k - 1 : end;
}
const SUBHEADING = /^\p{Lu}\p{Ll}+(?: \p{L}+){0,5}$/u;
/** A command's output is a few lines (a status, a small table); a longer run is more than output. */
const MAX_OUTPUT_LINES = 5;

/** A sentence introduces the block ("Here is the loader we started with:"), or the text goes on under
 *  it: a sentence of this many words. */
const TEXT_MIN_WORDS = 5;

/**
 * Marks the lines of each code block: sets `code` to the line as written (its indentation kept; only
 * its end trimmed). `raw` gives each line before trimming, by line number (1-based); it is read only for
 * the lines of a block, so a page without code costs one test per line.
 */
export function markCode(lines: readonly SourceLine[], raw: () => readonly string[]): void {
  let rawLines: readonly string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const code = isCodeLine(lines[i]!.text);
    const boxed = opensCodeBox(lines, i, code);
    if (!code && !boxed) continue;
    // An SQL comment over its statement ("-- only open orders") opens the block.
    if (!boxed && i > 0 && SQL_COMMENT.test(lines[i - 1]!.text)) i--;
    const braced = bracedEnd(lines, i);
    const end = boxed ? boxEnd(lines, i) : withOutput(lines, Math.max(braced, blockEnd(lines, i)));
    const block = lines.slice(i, end + 1).filter((l) => l.text !== "");
    const plain = block.reduce((n, l) => n + (PROMPT.test(l.text) ? PROMPT_WEIGHT : isCodeLine(l.text) || (braced > i && l.no <= lines[braced]!.no) ? 1 : 0), 0);
    if (boxed || (plain >= MIN_CODE_LINES && plain >= MIN_CODE_SHARE * block.length && inText(lines, i, end, block.every((l) => STYLE_RULE.test(l.text)))) || isIntroducedCommand(lines, block)) {
      rawLines ??= raw();
      for (const l of block) l.code = (rawLines[l.no - 1] ?? l.text).replace(/\s+$/, "");
    }
    i = end;
  }
}

/** One command or statement alone under the sentence that introduces it ("… install it with:" / "sudo apt
 *  install ncdu"): a line of code too, or it reads as a heading. Not a line that opens with a capitalised
 *  word, as a sentence or a list's item does, nor a configuration line alone (a bracketed label, a
 *  "key: value" pair), which is as often text; a crontab's entry is plainly one. */
function isIntroducedCommand(lines: readonly SourceLine[], block: readonly SourceLine[]): boolean {
  if (block.length !== 1) return false;
  const t = block[0]!.text;
  const before = nonEmpty(lines, lines.indexOf(block[0]!), -1)?.text;
  return !!before && introduces(before) && isSentence(before) && !CAPITALISED_WORD.test(t) && (STATEMENT.test(t) || PROMPT.test(t) || CODE_START.test(t) || CRONTAB_ENTRY.test(t));
}
const CRONTAB_ENTRY = /^(?:[\d*/,-]+\s+){5}\S/;
const SQL_COMMENT = /^--\s+\S/;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;

/** The last line of the block that starts at i: it runs on through code, blank lines and a few other
 *  lines, as long as code follows them; a sentence ends it, and so does a line that introduces the
 *  next block ("Create /etc/systemd/system/backup.service:"). */
function blockEnd(lines: readonly SourceLine[], i: number): number {
  let end = i;
  let other = 0;
  for (let k = i + 1; k < lines.length; k++) {
    const t = lines[k]!.text;
    if (t === "") continue;
    if (isCodeLine(t)) {
      end = k;
      other = 0;
    } else if (isSentence(t) || t.endsWith(":") || ++other > MAX_OTHER_LINES) break;
  }
  return end;
}

/** A code box's copy button over the line ("Bash" / "Copy code" / the code): the page says that what
 *  follows is code, whatever its lines look like, and whether or not a sentence introduces it. */
const COPY_BUTTON = /^(?:copy(?: code| to clipboard)?|kopieren|code kopieren|copier(?: le code)?|copiar(?: código)?|copia(?: codice)?|kopiëren)$/i;
function opensCodeBox(lines: readonly SourceLine[], i: number, code: boolean): boolean {
  const t = lines[i]!.text;
  if (t === "" || TOOLBAR.test(t) || !(code || (!CAPITALISED_WORD.test(t) && CODE_SIGN.test(t)))) return false;
  // The toolbar's lines over it, blank lines skipped: the language's name and the button, in either order.
  for (let k = i - 1, seen = 0; k >= 0 && seen < MAX_TOOLBAR_LINES; k--) {
    const above = lines[k]!.text;
    if (above === "") continue;
    if (!TOOLBAR.test(above)) return false;
    if (COPY_BUTTON.test(above)) return true;
    seen++;
  }
  return false;
}
/** What the first line of a box holds when no test knows it as code ("find \"$DEST\" -name …"): a
 *  bracket, an operator, a quote or a command's option. */
const CODE_SIGN = /[(){}[\];=<>$/"'|]|\s--?[a-z]/;
/** The language's label beside a code box's copy button ("Bash" / "Copy code" / the code): the box's
 *  furniture, like the button. */
export function isCodeBoxLabel(lines: readonly SourceLine[], i: number): boolean {
  const [t, prev, next, after] = [lines[i]!.text, lines[i - 1], lines[i + 1], lines[i + 2]];
  if (t.length > LABEL_MAX_CHARS || COPY_BUTTON.test(t) || !TOOLBAR.test(t)) return false;
  return (!!next && COPY_BUTTON.test(next.text) && after?.code !== undefined) || (!!prev && COPY_BUTTON.test(prev.text) && next?.code !== undefined);
}
const LABEL_MAX_CHARS = 12;

/** The last line of a code box that starts at i: its code, and the lines that no test knows as code
 *  ("gzip -f \"$DEST/db\"", "restic restore latest", a string's words), blank lines between them, until
 *  a sentence, a line that introduces the next block, one that opens with a capitalised word (a
 *  heading, the text that goes on) or the next box's toolbar. */
function boxEnd(lines: readonly SourceLine[], i: number): number {
  let end = i;
  for (let k = i + 1; k < lines.length; k++) {
    const t = lines[k]!.text;
    if (t === "") continue;
    if (isCodeLine(t)) end = k;
    else if (isSentence(t) || introduces(t) || CAPITALISED_WORD.test(t) || TOOLBAR.test(t)) break;
    else end = k;
  }
  return end;
}

/** A block opened with "{" and closed by a bracket alone a few lines down ("/var/log/app/*.log {" /
 *  "weekly" / "rotate 52" / "}"): a configuration's or a program's, whatever its inner lines are, as
 *  long as none is a sentence or a long line of words. The closing line's index, or i. */
function bracedEnd(lines: readonly SourceLine[], i: number): number {
  if (!lines[i]!.text.endsWith("{")) return i;
  for (let k = i + 1; k < lines.length && k <= i + MAX_BRACED_LINES; k++) {
    const t = lines[k]!.text;
    if (CLOSING_BRACKETS.test(t)) return k;
    if (t !== "" && (/[.!?]$/.test(t) || wordCount(t, SENTENCE_WORDS + 1) > SENTENCE_WORDS)) return i;
  }
  return i;
}
/** A configuration's section or a function runs to a screenful; a longer run is not one block. */
const MAX_BRACED_LINES = 40;
const CLOSING_BRACKETS = /^[}\])]+[;,)]*$/;

/** A sentence introduces the block (the line over it ends with a colon), or text stands on both sides.
 *  A style sheet's rules need the introduction: a page's own styles leak into its text between two
 *  paragraphs. */
function inText(lines: readonly SourceLine[], start: number, end: number, styles: boolean): boolean {
  let from = start;
  for (let k = 0; k < MAX_TOOLBAR_LINES && TOOLBAR.test(nonEmpty(lines, from, -1)?.text ?? ""); k++) from = lines.indexOf(nonEmpty(lines, from, -1)!);
  const before = nonEmpty(lines, from, -1);
  if (before && introduces(before.text)) return true;
  const after = nonEmpty(lines, end, 1);
  return !styles && isSentence(before?.text) && isSentence(after?.text);
}
/** A code box's toolbar between the sentence and the code: the language's name and the copy button
 *  ("SQL" / "Kopieren", "Copy code"). */
const TOOLBAR = /^(?:copy(?: code| to clipboard)?|kopieren|code kopieren|copier(?: le code)?|copiar(?: código)?|copia(?: codice)?|kopiëren|[A-Za-z][\w+#.-]{0,11})$/i;
const MAX_TOOLBAR_LINES = 2;
/** A line of a style sheet: a selector opening its rule, a declaration, or the closing brace. */
const STYLE_RULE = /^(?:[.#@]?[\w-][\w\s.#:,>*+~()[\]="'-]*\{|[\w-]+\s*:\s*[^;{}]+;|\})$/;
/** A line that ends in a colon and is no code itself ("Add this section:", not Python's "else:"). */
const introduces = (t: string): boolean => t.endsWith(":") && !isCodeLine(t);
const isSentence = (t: string | undefined): boolean => !!t && /[.!?:]$/.test(t) && wordCount(t, TEXT_MIN_WORDS) >= TEXT_MIN_WORDS;
function nonEmpty(lines: readonly SourceLine[], from: number, step: 1 | -1): SourceLine | undefined {
  for (let k = from + step; k >= 0 && k < lines.length; k += step) if (lines[k]!.text !== "") return lines[k];
  return undefined;
}

/** One code block from its marked lines, as written less the indentation they all share; a line number
 *  skipped between two of them was a blank line of the program. */
export function codeBlock(lines: readonly SourceLine[]): Block {
  const written = lines.map((l) => (l.code ?? l.text).replace(/\t/g, TAB));
  // A fold, not Math.min(...): a hostile dump's block of 200,000 lines would overflow the call's arguments.
  const indent = written.reduce((min, t) => Math.min(min, t.length - t.trimStart().length), Infinity);
  const out: string[] = [];
  lines.forEach((l, k) => {
    if (k > 0 && l.no > lines[k - 1]!.no + 1) out.push("");
    out.push(written[k]!.slice(indent));
  });
  return { kind: "code", text: out.join("\n"), line: lines[0]!.no, endLine: lines[lines.length - 1]!.no };
}
/** Tabs are laid out as this many spaces, so that lines indented with either share their indentation. */
const TAB = "    ";

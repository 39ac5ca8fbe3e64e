import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gunzipSync } from "node:zlib";
import { parse, parseFragment } from "parse5";

/**
 * Reads a built site the way a browser (or feed reader) would and lists everything that could run
 * script: script elements, event-handler attributes, script-carrying URLs, elements outside an
 * allow-list. Uses parse5, a spec-compliant HTML parser, so malformed markup is judged as browsers judge it.
 */

export interface Finding {
  file: string;
  what: string;
}

interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

/** Attributes browsers read as URLs. */
const URL_ATTRS = new Set(["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "lowsrc", "dynsrc", "srcset", "ping", "cite", "longdesc", "codebase"]);
const SCRIPT_URL = /^(?:javascript|vbscript|data|livescript|mocha):/i;

export function walk(node: Node, visit: (n: Node) => void) {
  visit(node);
  for (const c of node.childNodes ?? []) walk(c, visit);
  if (node.content) walk(node.content, visit);
}

/** Text as a browser shows it (entities decoded, markup gone). */
export function textOf(html: string): string {
  let out = "";
  walk(parse(html) as unknown as Node, (n) => {
    if (n.nodeName === "#text") out += n.value;
  });
  return out;
}

/** Script-capable things in one HTML document. `scripts` says which script elements the site itself
 *  ships (by src or inline text); `tags` which elements may appear at all. */
export function auditHtml(file: string, html: string, allowed: { scripts: Set<string>; tags: Set<string> }, fragment = false): Finding[] {
  const found: Finding[] = [];
  const root = (fragment ? parseFragment(html) : parse(html)) as unknown as Node;
  walk(root, (n) => {
    if (!n.tagName) return;
    const attrs = n.attrs ?? [];
    const attr = (name: string) => attrs.find((a) => a.name === name)?.value;
    if (!allowed.tags.has(n.tagName)) found.push({ file, what: `element <${n.tagName}>` });
    if (n.tagName === "script") {
      const type = attr("type");
      if (type === "application/ld+json") {
        const text = n.childNodes?.map((c) => c.value ?? "").join("") ?? "";
        try {
          JSON.parse(text);
        } catch {
          found.push({ file, what: `JSON-LD that is not JSON (a break-out?): ${text.slice(0, 80)}` });
        }
      } else if (!allowed.scripts.has(scriptKey(n))) found.push({ file, what: `script ${scriptKey(n).slice(0, 120)}` });
    }
    for (const a of attrs) {
      if (/^on/i.test(a.name)) found.push({ file, what: `event handler ${a.name}="${a.value.slice(0, 60)}" on <${n.tagName}>` });
      const bare = a.value.replace(/[\u0000-\u0020]+/g, "");
      if (URL_ATTRS.has(a.name.toLowerCase()) && SCRIPT_URL.test(bare)) found.push({ file, what: `${a.name}="${a.value.slice(0, 60)}" on <${n.tagName}>` });
      if (a.name === "content" && /url\s*=\s*(?:javascript|vbscript|data):/i.test(bare)) found.push({ file, what: `meta refresh to ${a.value.slice(0, 60)}` });
      if (a.name === "style" && /expression\s*\(|javascript:|url\s*\(/i.test(a.value)) found.push({ file, what: `style="${a.value.slice(0, 60)}"` });
    }
  });
  return found;
}

export function scriptKey(n: Node): string {
  const src = n.attrs?.find((a) => a.name === "src")?.value;
  return src !== undefined ? `src=${src}` : `inline=${(n.childNodes ?? []).map((c) => c.value ?? "").join("").replace(/\s+/g, " ").trim()}`;
}

/** Elements and scripts of a site, to allow in another build of the same templates. */
export function inventory(siteDir: string): { scripts: Set<string>; tags: Set<string> } {
  const scripts = new Set<string>();
  const tags = new Set<string>();
  for (const f of files(siteDir).filter((f) => f.endsWith(".html"))) {
    walk(parse(readFileSync(f, "utf8")) as unknown as Node, (n) => {
      if (!n.tagName) return;
      tags.add(n.tagName);
      if (n.tagName === "script" && n.attrs?.find((a) => a.name === "type")?.value !== "application/ld+json") scripts.add(scriptKey(n));
    });
  }
  return { scripts, tags };
}

export function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Every text a reader of the site gets: HTML pages, feeds (whose escaped HTML is HTML again once a
 *  reader unescapes it), JSON (HTML-valued keys as HTML, URL-valued keys as URLs); Pagefind fragments
 *  are collected as text for the evaluation checks. */
export function auditSite(siteDir: string, allowed: { scripts: Set<string>; tags: Set<string> }): { findings: Finding[]; texts: Map<string, string> } {
  const findings: Finding[] = [];
  const texts = new Map<string, string>();
  for (const f of files(siteDir)) {
    const name = relative(siteDir, f);
    if (f.endsWith(".html")) {
      const html = readFileSync(f, "utf8");
      texts.set(name, html);
      findings.push(...auditHtml(name, html, allowed));
    } else if (f.endsWith(".xml")) {
      const xml = readFileSync(f, "utf8");
      texts.set(name, xml);
      findings.push(...auditHtml(name, xml, { ...allowed, tags: new Set([...allowed.tags, ...xmlTags(xml)]) }, true));
      for (const inner of xmlTexts(xml)) findings.push(...auditHtml(`${name} (escaped HTML)`, inner, allowed, true));
    } else if (f.endsWith(".json")) {
      const json = readFileSync(f, "utf8");
      texts.set(name, json);
      findings.push(...auditJson(name, JSON.parse(json), allowed));
    } else if (f.endsWith(".pf_fragment")) {
      const frag = JSON.parse(gunzipSync(readFileSync(f)).toString("utf8").replace(/^pagefind_dcd/, ""));
      // Pagefind keeps page text as text (a title "<b>" is stored as "<b>"); its search script escapes
      // < and > before building excerpts and its UI sets titles as text (checked by the attack test).
      // Kept here for the "nothing was evaluated" checks.
      texts.set(name, JSON.stringify(frag));
    }
  }
  return { findings, texts };
}

function xmlTags(xml: string): string[] {
  return [...xml.matchAll(/<([a-zA-Z][\w:.-]*)/g)].map((m) => m[1]!.toLowerCase());
}

function xmlTexts(xml: string): string[] {
  const out: string[] = [];
  walk(parseFragment(xml) as unknown as Node, (n) => {
    if (n.nodeName === "#text" && n.value?.includes("<")) out.push(n.value);
  });
  return out;
}

function auditJson(file: string, value: unknown, allowed: { scripts: Set<string>; tags: Set<string> }, key = ""): Finding[] {
  if (typeof value === "string") {
    if (/html/i.test(key)) return auditHtml(`${file} ${key}`, value, allowed, true);
    if (/url|link|href|src|image|@id/i.test(key) && SCRIPT_URL.test(value.replace(/[\u0000-\u0020]+/g, ""))) return [{ file, what: `${key}: ${value.slice(0, 60)}` }];
    return [];
  }
  if (Array.isArray(value)) return value.flatMap((v) => auditJson(file, v, allowed, key));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => auditJson(file, v, allowed, k));
  return [];
}

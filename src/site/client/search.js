// @ts-check
/**
 * The archive's only client script: runs Pagefind searches with filters and sort, keeps the search in
 * the URL, and builds results with textContent (titles and excerpts come from the web).
 */
import { FILTERS, excerptParts, isEmpty, pagefindArgs, parseState, stateToSearch } from "./search-state.js";

/** Results drawn per "Show more": enough to fill a screen; Pagefind loads each result's data lazily. */
const BATCH = 10;

const root = /** @type {HTMLElement} */ (document.querySelector("[data-search]"));
const form = /** @type {HTMLFormElement} */ (root.querySelector("form"));
const status = /** @type {HTMLElement} */ (root.querySelector("[data-status]"));
const list = /** @type {HTMLOListElement} */ (root.querySelector("[data-results]"));
const more = /** @type {HTMLButtonElement} */ (root.querySelector("[data-more]"));
const siteBase = root.dataset.base ?? "/";

/** @type {any} */
let pagefind;
/** @type {any[]} */
let pending = [];
let generation = 0;

async function load() {
  if (!pagefind) {
    pagefind = await import(`${siteBase}pagefind/pagefind.js`);
    await pagefind.options({ baseUrl: siteBase });
  }
  return pagefind;
}

function readForm() {
  const data = new FormData(form);
  /** @type {Record<string, string>} */
  const filters = {};
  for (const f of FILTERS) {
    const v = String(data.get(f) ?? "");
    if (v) filters[f] = v;
  }
  return { q: String(data.get("q") ?? "").trim(), sort: String(data.get("sort") ?? "relevance"), filters };
}

/** @param {import("./search-state.js").SearchState} s */
function fillForm(s) {
  /** @type {HTMLInputElement} */ (form.elements.namedItem("q")).value = s.q;
  /** @type {HTMLSelectElement} */ (form.elements.namedItem("sort")).value = s.sort;
  for (const f of FILTERS) /** @type {HTMLSelectElement} */ (form.elements.namedItem(f)).value = s.filters[f] ?? "";
}

/** @param {any} data one result's data() */
function resultItem(data) {
  const li = document.createElement("li");
  const a = document.createElement("a");
  a.href = data.url;
  a.textContent = data.meta?.title ?? data.url;
  const h = document.createElement("h2");
  h.append(a);
  const meta = document.createElement("p");
  meta.className = "meta";
  meta.textContent = [data.meta?.date ? new Date(`${data.meta.date}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }) : "Undated", data.meta?.source].filter(Boolean).join(" · ");
  const ex = document.createElement("p");
  for (const part of excerptParts(data.excerpt ?? "")) {
    const node = part.mark ? document.createElement("mark") : document.createTextNode(part.text);
    if (part.mark) node.textContent = part.text;
    ex.append(node);
  }
  li.append(h, meta, ex);
  return li;
}

/** @param {number} gen */
async function showMore(gen) {
  const batch = pending.splice(0, BATCH);
  const items = await Promise.all(batch.map((r) => r.data()));
  if (gen !== generation) return;
  list.append(...items.map(resultItem));
  more.hidden = pending.length === 0;
}

/** @param {import("./search-state.js").SearchState} s */
async function run(s) {
  const gen = ++generation;
  list.replaceChildren();
  more.hidden = true;
  if (isEmpty(s)) {
    status.textContent = "Type a word or choose a filter to search.";
    return;
  }
  status.textContent = "Searching…";
  const pf = await load();
  const { query, options } = pagefindArgs(s);
  const res = await pf.search(query, options);
  if (gen !== generation || !res) return;
  pending = [...res.results];
  const n = pending.length;
  status.textContent = n === 0 ? "No articles found." : `${n} article${n === 1 ? "" : "s"} found${s.sort === "newest" ? ", newest first" : ""}.`;
  await showMore(gen);
}

function submit(/** @type {Event} */ e) {
  e.preventDefault();
  const s = readForm();
  const search = stateToSearch(s);
  if (search !== location.search) history.pushState(null, "", `${location.pathname}${search}`);
  run(s);
}

form.addEventListener("submit", submit);
form.addEventListener("change", (e) => {
  if (e.target instanceof HTMLSelectElement) submit(e);
});
more.addEventListener("click", () => showMore(generation));
window.addEventListener("popstate", () => {
  const s = parseState(location.search);
  fillForm(s);
  run(s);
});
root.classList.add("ready");
const initial = parseState(location.search);
fillForm(initial);
run(initial).catch((err) => {
  status.textContent = "Search could not load. Browse the archive instead.";
  console.error(err);
});

// DiploGraph explorer: plain browser JavaScript over the REST API, no build step.
// Views live in the URL fragment (#/person/ID?types=MET&from=2024-01&to=2024-12,
// #/country/RUS, #/path/A/B) so every view can be shared as a link.
"use strict";

const TYPES = ["MET", "CALLED", "VISITED", "SIGNED"];
const COLORS = { MET: "#2a6f97", CALLED: "#8e6bbf", VISITED: "#d1783c", SIGNED: "#3a8d5c" };
const NODE_COLORS = { Person: "#1f3a5f", Country: "#d1783c", Agreement: "#3a8d5c" };
const PAGE = 500;

const $ = (sel) => document.querySelector(sel);
const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) if (child != null) node.append(child);
  return node;
};

// ----- API ------------------------------------------------------------------------------
class ApiError extends Error {
  constructor(status, body) {
    super((body && body.message) || `HTTP ${status}`);
    this.status = status;
    this.body = body || {};
  }
}

async function api(path) {
  const headers = { Accept: "application/json" };
  const key = sessionStorage.getItem("diplograph-api-key");
  if (key) headers["X-API-Key"] = key;
  const response = await fetch(path, { headers });
  const body = await response.json().catch(() => null);
  if (response.status === 401) $("#keybox").hidden = false;
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

async function apiAll(path) {
  // Every page of a paginated listing.
  const items = [];
  const sep = path.includes("?") ? "&" : "?";
  for (let offset = 0; ; offset += PAGE) {
    const page = await api(`${path}${sep}offset=${offset}&limit=${PAGE}`);
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0) return items;
  }
}

const enc = encodeURIComponent;

// ----- errors -----------------------------------------------------------------------------
function showError(err) {
  const box = $("#error");
  box.replaceChildren();
  if (!err) { box.hidden = true; return; }
  box.hidden = false;
  box.append(el("p", { text: err.message }));
  const people = (err.body && (err.body.candidates || err.body.suggestions)) || [];
  if (people.length) {
    const label = err.body.candidates ? "Did you mean one of:" : "Close matches:";
    const list = el("ul");
    for (const p of people) {
      const href = p.label === "Person" ? `#/person/${enc(p.id)}` : p.id && p.id.length === 3 ? `#/country/${p.id}` : null;
      const text = `${p.name}${p.country ? ` (${p.country})` : ""} - ${p.id}`;
      list.append(el("li", {}, href ? el("a", { href, text }) : text));
    }
    box.append(el("p", { text: label }), list);
  }
}

// ----- dates ------------------------------------------------------------------------------
function eventMonth(ev) {
  const d = ev.start || (ev.date ? ev.date.slice(0, 7) : null);
  return d ? d.slice(0, 7) : null;
}

function monthsBetween(first, last) {
  const out = [];
  let [y, m] = first.split("-").map(Number);
  const [ly, lm] = last.split("-").map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

function monthEnd(month) {
  const [y, m] = month.split("-").map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

function download(name, blob) {
  const a = el("a", { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function csvOf(rows) {
  const cell = (v) => {
    const s = v == null ? "" : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(cell).join(",")).join("\n") + "\n";
}

function eventRows(events) {
  const rows = [["date", "type", "subject_id", "subject", "counterpart_id", "counterpart", "place", "country",
    "article_count", "articles"]];
  for (const ev of events) {
    rows.push([ev.date, ev.type, ev.subject.id, ev.subject.name, ev.counterpart.id, ev.counterpart.name,
      ev.place, ev.country, ev.article_count, [...new Set(ev.evidence.map((e) => e.article_id))].join(";")]);
  }
  return rows;
}

// ----- charts -----------------------------------------------------------------------------
const charts = {};

function monthChart(target, months, counts, label) {
  if (charts[target]) { charts[target].destroy(); delete charts[target]; }
  const box = $(target);
  box.replaceChildren();
  if (!months.length) { box.append(el("p", { class: "hint", text: "No dated events." })); return; }
  const xs = months.map((m) => Date.UTC(...m.split("-").map((v, i) => Number(v) - i)) / 1000);
  const width = Math.max(320, box.clientWidth || 800);
  charts[target] = new uPlot({
    width, height: 180,
    scales: { x: { time: true, range: () => [xs[0] - 20 * 86400, xs[xs.length - 1] + 20 * 86400] }, y: { range: (u, lo, hi) => [0, Math.max(1, hi)] } },
    axes: [{}, { size: 40 }],
    legend: { show: false },
    series: [{}, { label, fill: "rgba(42,111,151,0.45)", stroke: "#2a6f97", paths: uPlot.paths.bars({ size: [0.8, 40] }),
      points: { show: false } }],
  }, [xs, counts], box);
  box.setAttribute("aria-label", `${label}: ${months.map((m, i) => `${m}: ${counts[i]}`).filter((_, i) => counts[i]).join(", ")}`);
}

// ----- person view ------------------------------------------------------------------------
const state = { person: null, events: [], months: [], edges: new Map(), cy: null, pathCy: null, country: null };

function graphStyle() {
  return [
    { selector: "node", style: { label: "data(name)", "background-color": (n) => NODE_COLORS[n.data("label")] || "#666",
      color: "#222", "font-size": 11, "text-wrap": "wrap", "text-max-width": 110, width: 18, height: 18,
      "text-valign": "bottom", "text-margin-y": 3 } },
    { selector: "node.focus", style: { width: 30, height: 30, "font-weight": "bold", "font-size": 13 } },
    { selector: 'node[label = "Country"]', style: { shape: "round-rectangle" } },
    { selector: 'node[label = "Agreement"]', style: { shape: "diamond" } },
    { selector: "edge", style: { width: "data(width)", "line-color": (e) => COLORS[e.data("type")], "curve-style": "bezier",
      opacity: 0.8, "target-arrow-shape": (e) => (e.data("type") === "VISITED" ? "triangle" : "none"),
      "target-arrow-color": (e) => COLORS[e.data("type")] } },
    { selector: "edge:selected", style: { opacity: 1, "underlay-color": "#f2c14e", "underlay-opacity": 0.6, "underlay-padding": 4 } },
  ];
}

function nodeKey(summary) { return `${summary.label}:${summary.id}`; }

function filters() {
  const types = [...document.querySelectorAll('input[name="type"]:checked')].map((i) => i.value);
  const from = Number($("#from").value), to = Number($("#to").value);
  return { types, from: Math.min(from, to), to: Math.max(from, to) };
}

function visibleEvents() {
  const f = filters();
  const full = f.from === 0 && f.to === state.months.length - 1;
  const lo = state.months[f.from], hi = state.months[f.to];
  return state.events.filter((ev) => {
    if (!f.types.includes(ev.type)) return false;
    if (full || !state.months.length) return true;
    const start = ev.start || (ev.date && ev.date.slice(0, 10));
    if (!start) return false;
    const end = ev.end || start;
    return start.slice(0, 7) <= hi && end >= `${lo}-01` && start <= monthEnd(hi);
  });
}

function aggregate(events) {
  // One drawn edge per counterpart and type; its width counts the distinct reporting articles.
  const edges = new Map();
  for (const ev of events) {
    const other = ev.subject.id === state.person.id && ev.subject.label === "Person" ? ev.counterpart : ev.subject;
    const key = `${ev.type}:${nodeKey(other)}`;
    if (!edges.has(key)) edges.set(key, { key, type: ev.type, other, events: [], articles: new Set() });
    const edge = edges.get(key);
    edge.events.push(ev);
    ev.evidence.forEach((e) => edge.articles.add(e.article_id));
  }
  return edges;
}

function dateSpan(events) {
  const dates = events.map((e) => e.date).filter(Boolean).sort();
  if (!dates.length) return "undated";
  return dates.length === 1 || dates[0] === dates[dates.length - 1] ? dates[0] : `${dates[0]} .. ${dates[dates.length - 1]}`;
}

function drawPerson() {
  const events = visibleEvents();
  state.edges = aggregate(events);
  const focus = { id: state.person.id, label: "Person", name: state.person.name };
  const nodes = new Map([[nodeKey(focus), focus]]);
  const maxReports = Math.max(1, ...[...state.edges.values()].map((e) => e.articles.size));
  const elements = [];
  for (const edge of state.edges.values()) nodes.set(nodeKey(edge.other), edge.other);
  for (const [key, n] of nodes) {
    elements.push({ group: "nodes", data: { id: key, name: n.name, label: n.label, ref: n.id }, classes: key === nodeKey(focus) ? "focus" : "" });
  }
  for (const edge of state.edges.values()) {
    const reports = edge.articles.size;
    elements.push({ group: "edges", data: { id: edge.key, source: nodeKey(focus), target: nodeKey(edge.other), type: edge.type,
      reports, width: 1.5 + (8 * (reports - 1)) / Math.max(1, maxReports - 1) } });
  }
  if (!state.cy) {
    state.cy = cytoscape({ container: $("#graph"), style: graphStyle(), minZoom: 0.2, maxZoom: 1.4 });
    state.cy.on("tap", "edge", (evt) => showEvidence(evt.target.id()));
    state.cy.on("tap", "node", (evt) => {
      const d = evt.target.data();
      if (d.label === "Person" && d.ref !== state.person.id) location.hash = `#/person/${enc(d.ref)}`;
      else if (d.label === "Country") location.hash = `#/country/${enc(d.ref)}`;
    });
  }
  state.cy.elements().remove();
  state.cy.add(elements);
  state.cy.layout({ name: "concentric", concentric: (n) => (n.hasClass("focus") ? 2 : 1), levelWidth: () => 1,
    minNodeSpacing: 30, animate: false, padding: 30 }).run();
  const caption = `${state.person.name}: ${nodes.size - 1} counterparts, ${state.edges.size} edges drawn from ${events.length} events`;
  $("#graph-caption").textContent = caption;
  $("#graph").setAttribute("aria-label", `Ego network. ${caption}. The table below lists the same edges.`);
  renderEdgeTable();
  renderTimeline(events);
}

function renderEdgeTable() {
  const body = $("#edges tbody");
  body.replaceChildren();
  const edges = [...state.edges.values()].sort((a, b) => b.articles.size - a.articles.size || a.other.name.localeCompare(b.other.name));
  for (const edge of edges) {
    const o = edge.other;
    const link = o.label === "Person" ? el("a", { href: `#/person/${enc(o.id)}`, text: o.name })
      : o.label === "Country" ? el("a", { href: `#/country/${enc(o.id)}`, text: o.name }) : o.name;
    body.append(el("tr", { "data-edge": edge.key },
      el("td", {}, link, o.country && o.label === "Person" ? ` (${o.country})` : ""),
      el("td", {}, el("span", { class: `sw ${edge.type}` }), edge.type),
      el("td", { text: dateSpan(edge.events) }),
      el("td", { text: String(edge.articles.size) }),
      el("td", {}, el("button", { type: "button", class: "link", "aria-label": `Evidence: ${edge.type} ${o.name}`,
        onclick: () => showEvidence(edge.key) }, "Evidence"))));
  }
}

const articleCache = new Map();

function articleTitle(articleId, target) {
  if (!articleCache.has(articleId)) {
    articleCache.set(articleId, api(`/articles/${enc(articleId)}`).then((v) => v.article).catch(() => null));
  }
  articleCache.get(articleId).then((article) => {
    if (!article) return;
    const bits = [article.title, article.source, article.published].filter(Boolean).join(" · ");
    target.replaceChildren(article.url ? el("a", { href: article.url, rel: "noopener", text: bits || articleId }) : bits || articleId);
  });
}

function showEvidence(edgeKey) {
  const edge = state.edges.get(edgeKey);
  if (!edge) return;
  if (state.cy) { state.cy.elements().unselect(); state.cy.getElementById(edgeKey).select(); }
  const box = $("#evidence");
  box.replaceChildren(el("h3", { text: `${state.person.name} - ${edge.type} - ${edge.other.name}` }));
  const events = [...edge.events].sort((a, b) => (a.start || "9999").localeCompare(b.start || "9999"));
  for (const ev of events) {
    const where = [ev.place, ev.country].filter(Boolean).join(", ");
    box.append(el("h4", { text: `${ev.date || "undated"}${where ? ` · ${where}` : ""} · ${ev.article_count} report${ev.article_count === 1 ? "" : "s"}` }));
    const list = el("ul", { class: "quotes" });
    for (const e of ev.evidence) {
      const source = el("span", { class: "source", text: e.article_id });
      list.append(el("li", {}, el("blockquote", { text: e.sentence }), el("cite", {}, `[${e.article_id}] `, source)));
      articleTitle(e.article_id, source);
    }
    box.append(list);
  }
  box.focus();
}

function renderTimeline(events) {
  const dated = events.filter((e) => eventMonth(e));
  const months = dated.length ? monthsBetween(dated.map(eventMonth).sort()[0], dated.map(eventMonth).sort().pop()) : [];
  const counts = months.map((m) => dated.filter((e) => eventMonth(e) === m).length);
  monthChart("#timeline-chart", months, counts, "Events per month");
  const list = $("#timeline");
  list.replaceChildren();
  const sorted = [...events].sort((a, b) => (a.start || "9999").localeCompare(b.start || "9999") || a.type.localeCompare(b.type));
  for (const ev of sorted) {
    const where = [ev.place, ev.country].filter(Boolean).join(", ");
    const subject = ev.subject.id === state.person.id ? "" : `${ev.subject.name} `;
    list.append(el("li", {}, el("time", { text: ev.date || "undated" }), " ", el("span", { class: `sw ${ev.type}` }),
      `${ev.type} ${subject}${ev.counterpart.name}${where ? ` (${where})` : ""}`));
  }
}

function personHash() {
  const f = filters();
  // Built by hand, not with URLSearchParams: "types=MET,CALLED" reads better in a shared link than %2C.
  const params = [];
  if (f.types.length !== TYPES.length) params.push(`types=${f.types.join(",")}`);
  if (state.months.length && (f.from !== 0 || f.to !== state.months.length - 1)) {
    params.push(`from=${state.months[f.from]}`, `to=${state.months[f.to]}`);
  }
  const query = params.join("&");
  return `#/person/${enc(state.person.id)}${query ? `?${query}` : ""}`;
}

function updateRangeLabels() {
  const f = filters();
  $("#from-label").textContent = state.months[f.from] || "-";
  $("#to-label").textContent = state.months[f.to] || "-";
  $("#from").setAttribute("aria-valuetext", state.months[Number($("#from").value)] || "");
  $("#to").setAttribute("aria-valuetext", state.months[Number($("#to").value)] || "");
}

function onFilterChange() {
  updateRangeLabels();
  history.replaceState(null, "", personHash());
  drawPerson();
}

async function openPerson(ref, params) {
  const profile = await api(`/persons/${enc(ref)}`);
  const person = profile.person;
  if (!state.person || state.person.id !== person.id) {
    state.events = await apiAll(`/timeline?entity=${enc(person.id)}`);
    $("#evidence").replaceChildren(el("p", { class: "hint", text: 'Click an edge (or an "Evidence" button below) to read the sentences that report it.' }));
  }
  state.person = person;
  $("#person").hidden = false;
  $("#person-hint").hidden = true;
  $("#search").value = person.name;
  $("#person-name").textContent = person.name;
  // The titles most articles gave first; the long tail of spellings is counted, not listed.
  const ranked = [...profile.titles].sort((a, b) => b.articles - a.articles);
  const titles = ranked.slice(0, 3).map((t) => `${t.title}${t.country ? ` (${t.country})` : ""}${t.first_seen ? `, ${t.first_seen}${t.last_seen && t.last_seen !== t.first_seen ? ` .. ${t.last_seen}` : ""}` : ""}`);
  if (ranked.length > 3) titles.push(`${ranked.length - 3} more title${ranked.length === 4 ? "" : "s"}`);
  const counts = Object.entries(profile.counts).map(([k, v]) => `${v} ${k}`).join(", ");
  $("#person-meta").textContent = [person.country, titles.join("; "), counts].filter(Boolean).join(" · ");
  const dated = state.events.map(eventMonth).filter(Boolean).sort();
  state.months = dated.length ? monthsBetween(dated[0], dated[dated.length - 1]) : [];
  for (const id of ["#from", "#to"]) $(id).max = String(Math.max(0, state.months.length - 1));
  const idx = (m, dflt) => (m && state.months.includes(m) ? state.months.indexOf(m) : dflt);
  $("#from").value = String(idx(params.get("from"), 0));
  $("#to").value = String(idx(params.get("to"), Math.max(0, state.months.length - 1)));
  const wanted = params.get("types") ? params.get("types").split(",") : TYPES;
  document.querySelectorAll('input[name="type"]').forEach((box) => { box.checked = wanted.includes(box.value); });
  updateRangeLabels();
  drawPerson();
  document.title = `${person.name} - DiploGraph explorer`;
}

// ----- search with suggestions --------------------------------------------------------------
let suggestTimer = null;
let suggestSeq = 0;
let activeOption = -1;

function closeSuggestions() {
  $("#suggestions").hidden = true;
  $("#search").setAttribute("aria-expanded", "false");
  $("#search").removeAttribute("aria-activedescendant");
  activeOption = -1;
}

async function suggest(text) {
  const seq = ++suggestSeq;
  const box = $("#suggestions");
  if (!text.trim()) { closeSuggestions(); return []; }
  const page = await api(`/persons?q=${enc(text)}&limit=8`);
  if (seq !== suggestSeq) return page.items;
  box.replaceChildren();
  page.items.forEach((hit, i) => {
    box.append(el("li", { role: "option", id: `opt-${i}`, "data-id": hit.id, "aria-selected": "false",
      onmousedown: (e) => { e.preventDefault(); choose(hit.id); } },
    el("strong", { text: hit.name }), ` ${hit.country || ""}`, el("span", { class: "muted", text: ` ${hit.id}` })));
  });
  if (!page.items.length) box.append(el("li", { class: "muted", role: "option", "aria-disabled": "true", text: "no match" }));
  box.hidden = false;
  $("#search").setAttribute("aria-expanded", "true");
  activeOption = -1;
  return page.items;
}

function choose(id) {
  closeSuggestions();
  location.hash = `#/person/${enc(id)}`;
}

function moveActive(step) {
  const options = [...document.querySelectorAll("#suggestions [data-id]")];
  if (!options.length) return;
  activeOption = (activeOption + step + options.length) % options.length;
  options.forEach((o, i) => o.setAttribute("aria-selected", String(i === activeOption)));
  $("#search").setAttribute("aria-activedescendant", options[activeOption].id);
}

function wireSearch() {
  const input = $("#search");
  input.addEventListener("input", () => {
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(() => suggest(input.value).catch(showError), 150);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown") { e.preventDefault(); moveActive(1); }
    else if (e.key === "ArrowUp") { e.preventDefault(); moveActive(-1); }
    else if (e.key === "Escape") closeSuggestions();
  });
  input.addEventListener("blur", () => setTimeout(closeSuggestions, 100));
  $("#search-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const options = [...document.querySelectorAll("#suggestions [data-id]")];
    if (activeOption >= 0 && options[activeOption]) { choose(options[activeOption].dataset.id); return; }
    const hits = await suggest(input.value).catch((err) => { showError(err); return []; });
    if (hits.length) choose(hits[0].id);
    else showError(new ApiError(404, { message: `no person matches ${JSON.stringify(input.value)}` }));
  });
}

// ----- country view -----------------------------------------------------------------------
async function openCountry(ref) {
  $("#country").value = ref;
  const [visitors, agreements] = await Promise.all([
    apiAll(`/countries/${enc(ref)}/visitors?`), apiAll(`/agreements?country=${enc(ref)}`)]);
  state.country = { ref, visitors };
  $("#country-out").hidden = false;
  const name = visitors.length ? `${visitors[0].counterpart.name} (${visitors[0].counterpart.id})` : ref.toUpperCase();
  $("#country-name").textContent = name;
  const dated = visitors.map(eventMonth).filter(Boolean).sort();
  const months = dated.length ? monthsBetween(dated[0], dated[dated.length - 1]) : [];
  monthChart("#country-chart", months, months.map((m) => visitors.filter((v) => eventMonth(v) === m).length), "Visits per month");
  const body = $("#visitors tbody");
  body.replaceChildren();
  for (const v of [...visitors].sort((a, b) => (a.start || "9999").localeCompare(b.start || "9999"))) {
    body.append(el("tr", {}, el("td", { text: v.date || "undated" }),
      el("td", {}, el("a", { href: `#/person/${enc(v.subject.id)}`, text: v.subject.name }), v.subject.country ? ` (${v.subject.country})` : ""),
      el("td", { text: v.place || "" }), el("td", { text: String(v.article_count) })));
  }
  const list = $("#agreements");
  list.replaceChildren();
  for (const a of agreements) {
    const more = el("div", { class: "agreement-more", hidden: "" });
    const toggle = el("button", { type: "button", class: "link", "aria-expanded": "false", "aria-label": `Signers and evidence: ${a.name}`,
      onclick: () => toggleAgreement(a.id, toggle, more) }, "signers and evidence");
    list.append(el("li", {}, el("strong", { text: a.name }), ` ${a.date || "undated"} · ${a.countries.join(", ")} `, toggle, more));
  }
  if (!agreements.length) list.append(el("li", { class: "muted", text: "none recorded" }));
  document.title = `${name} - DiploGraph explorer`;
}

async function toggleAgreement(id, toggle, box) {
  const open = toggle.getAttribute("aria-expanded") !== "true";
  toggle.setAttribute("aria-expanded", String(open));
  box.hidden = !open;
  if (!open || box.childElementCount) return;
  const view = await api(`/agreements/${enc(id)}`);
  const signers = view.signers.filter((s) => s.label === "Person");
  box.append(el("p", {}, "Signed by: ", signers.length ? "" : "no named signer",
    ...signers.flatMap((s, i) => [i ? ", " : "", el("a", { href: `#/person/${enc(s.id)}`, text: s.name })])));
  const quotes = el("ul", { class: "quotes" });
  const seen = new Set();
  for (const ev of view.events) {
    for (const e of ev.evidence) {
      if (seen.has(e.sentence)) continue;
      seen.add(e.sentence);
      quotes.append(el("li", {}, el("blockquote", { text: e.sentence }), el("cite", { text: `[${e.article_id}]` })));
    }
  }
  box.append(quotes);
}

// ----- path view ----------------------------------------------------------------------------
async function openPath(a, b) {
  $("#path-from").value = a;
  $("#path-to").value = b;
  const found = await api(`/paths?from=${enc(a)}&to=${enc(b)}`);
  $("#path-out").hidden = false;
  const list = $("#paths");
  list.replaceChildren();
  const elements = new Map();
  for (const path of found) {
    path.persons.forEach((p) => elements.set(p.id, { group: "nodes", data: { id: p.id, name: p.name, label: "Person", ref: p.id } }));
    path.hops.forEach((hop, i) => {
      const src = path.persons[i].id, dst = path.persons[i + 1].id;
      const key = [src, dst].sort().join("--");
      elements.set(key, { group: "edges", data: { id: key, source: src, target: dst, type: hop[0].type, width: 1.5 + hop.length } });
    });
    const steps = path.hops.map((hop, i) => `${path.persons[i].name} -[${hop.map((e) => `${e.type} ${e.date || "undated"}`).join("; ")}]- `);
    list.append(el("li", { text: steps.join("") + path.persons[path.persons.length - 1].name }));
  }
  if (!found.length) list.append(el("li", { class: "muted", text: "no connection through meetings or calls" }));
  if (!state.pathCy) {
    state.pathCy = cytoscape({ container: $("#path-graph"), style: graphStyle(), minZoom: 0.2, maxZoom: 1.4 });
    state.pathCy.on("tap", "node", (evt) => { location.hash = `#/person/${enc(evt.target.data("ref"))}`; });
  }
  state.pathCy.elements().remove();
  state.pathCy.add([...elements.values()]);
  const roots = found.length ? [found[0].persons[0].id] : undefined;
  state.pathCy.layout({ name: "breadthfirst", roots, directed: false, spacingFactor: 1.1, animate: false, padding: 30 }).run();
}

// ----- router -------------------------------------------------------------------------------
function showView(name) {
  for (const view of ["person", "country", "path"]) $(`#view-${view}`).hidden = view !== name;
  document.querySelectorAll("nav [data-view]").forEach((a) => {
    if (a.dataset.view === name) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
  });
}

async function route() {
  const hash = location.hash.replace(/^#\/?/, "");
  const [path, query] = hash.split("?");
  const parts = path.split("/").map(decodeURIComponent);
  const params = new URLSearchParams(query || "");
  showError(null);
  try {
    if (parts[0] === "country") {
      showView("country");
      if (parts[1]) await openCountry(parts[1]);
    } else if (parts[0] === "path") {
      showView("path");
      if (parts[1] && parts[2]) await openPath(parts[1], parts[2]);
    } else {
      showView("person");
      if (parts[0] === "person" && parts[1]) await openPerson(parts[1], params);
    }
  } catch (err) {
    showError(err);
  }
  document.body.dataset.ready = "true";
}

function wire() {
  wireSearch();
  document.querySelectorAll('input[name="type"]').forEach((box) => box.addEventListener("change", onFilterChange));
  for (const id of ["#from", "#to"]) $(id).addEventListener("input", onFilterChange);
  $("#png").addEventListener("click", () => download(`${state.person.id}.png`, state.cy.png({ output: "blob", full: true, bg: "#ffffff", scale: 2 })));
  $("#csv").addEventListener("click", () => download(`${state.person.id}.csv`, new Blob([csvOf(eventRows(visibleEvents()))], { type: "text/csv" })));
  $("#country-csv").addEventListener("click", () => state.country && download(`${state.country.ref}-visitors.csv`,
    new Blob([csvOf(eventRows(state.country.visitors))], { type: "text/csv" })));
  $("#path-png").addEventListener("click", () => state.pathCy && download("path.png", state.pathCy.png({ output: "blob", full: true, bg: "#ffffff", scale: 2 })));
  $("#country-form").addEventListener("submit", (e) => { e.preventDefault(); location.hash = `#/country/${enc($("#country").value.trim())}`; });
  $("#path-form").addEventListener("submit", (e) => {
    e.preventDefault();
    location.hash = `#/path/${enc($("#path-from").value.trim())}/${enc($("#path-to").value.trim())}`;
  });
  $("#keyform").addEventListener("submit", (e) => {
    e.preventDefault();
    sessionStorage.setItem("diplograph-api-key", $("#apikey").value);
    $("#keybox").hidden = true;
    state.person = null;
    route();
    loadStats();
  });
  window.addEventListener("hashchange", route);
}

async function loadStats() {
  try {
    const s = await api("/stats");
    const nodes = s.nodes || {}, edges = s.edges || {};
    const sum = (o) => Object.values(o).reduce((a, b) => a + (typeof b === "number" ? b : 0), 0);
    $("#stats").textContent = `${nodes.Person ?? "?"} persons · ${sum(edges)} edges · ${nodes.Article ?? "?"} articles`;
  } catch (err) {
    if (err.status !== 401) $("#stats").textContent = "";
  }
}

// For tests and the console: the live graph objects.
window.explorer = { state };
wire();
loadStats();
route();

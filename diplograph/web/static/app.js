// diplograph web page: graph (Cytoscape.js), dyad timeline (vis-timeline), actor and evidence panels.
// Every piece of data is put into the page with textContent or as a DOM node: never as HTML.
"use strict";

const $ = (id) => document.getElementById(id);
const docCache = new Map();
const diplo = { cy: null, timeline: null };
window.diplo = diplo;

function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (cls) node.className = cls;
  return node;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

function status(text) { $("status").textContent = text || ""; }

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail ? String(body.detail) : `HTTP ${response.status}`);
  return body;
}

function q(params) { return new URLSearchParams(params).toString(); }

// --- evidence -------------------------------------------------------------------------------
async function showEvidence(docId, span) {
  try {
    let doc = docCache.get(docId);
    if (!doc) { doc = await api(`/api/documents/${encodeURIComponent(docId)}`); docCache.set(docId, doc); }
    const meta = clear($("evidence-meta"));
    meta.appendChild(el("strong", doc.title || doc.path));
    meta.appendChild(el("span", ` · ${doc.published || "undated"} · ${doc.outlet || "outlet unknown"}`));
    const text = clear($("evidence-text"));
    const [start, end] = span;
    text.appendChild(document.createTextNode(doc.text.slice(0, start)));
    const mark = el("mark", doc.text.slice(start, end), "hl");
    text.appendChild(mark);
    text.appendChild(document.createTextNode(doc.text.slice(end)));
    mark.scrollIntoView({ block: "center", behavior: "instant" });
  } catch (err) { status(`evidence: ${err.message}`); }
}

function evidenceItem(ev, label) {
  const weight = ev.weight || 0;
  const item = el("div", null, "evidence" + (weight > 0 ? " pos" : weight < 0 ? " neg" : ""));
  item.appendChild(el("span", label || `${ev.kind || ""} ${ev.label || ""} ${ev.date || ""}`.trim(), "label"));
  item.appendChild(el("span", ev.sentence, "sentence"));
  item.tabIndex = 0;
  item.addEventListener("click", () => showEvidence(ev.doc, ev.span));
  item.addEventListener("keydown", (e) => { if (e.key === "Enter") showEvidence(ev.doc, ev.span); });
  return item;
}

// --- actor panel ----------------------------------------------------------------------------
async function showActor(actorId) {
  status("loading actor…");
  try {
    const [profile, side] = await Promise.all([
      api(`/api/actors/${encodeURIComponent(actorId)}`), api(`/api/side?${q({ actor: actorId })}`)]);
    const a = profile.actor;
    $("actor-title").textContent = `${a.name} (${a.kind}${a.country ? ", " + a.country : ""})`;
    const body = clear($("actor-body"));
    if (profile.aliases.length) body.appendChild(el("p", "Also: " + profile.aliases.join(", ")));
    for (const r of profile.roles) body.appendChild(el("p", `Role: ${r.title}${r.of ? " of " + r.of : ""}`));
    const counts = (o) => Object.entries(o).map(([k, v]) => `${k} ${v}`).join(", ") || "none";
    body.appendChild(el("p", `Events as source: ${counts(profile.events_as_source)}`));
    body.appendChild(el("p", `Events as target: ${counts(profile.events_as_target)}`));
    for (const [title, parts, cls] of [["Aligned with", side.aligned, "score-pos"], ["Opposed to", side.opposed, "score-neg"]]) {
      if (!parts.length) continue;
      body.appendChild(el("h3", title));
      for (const p of parts.slice(0, 8)) {
        const head = el("div", null, "party");
        head.appendChild(el("span", `${p.name} `));
        head.appendChild(el("span", p.score.toFixed(2), cls));
        body.appendChild(head);
        for (const ev of p.evidence.slice(0, 3)) body.appendChild(evidenceItem(ev));
      }
    }
    const own = [...profile.relations.map((r) => ({ ...r, kind: "relation", label: `${r.kind}: ${r.label} (${r.other_name})` })),
                 ...profile.quotes_by.map((x) => ({ doc: x.doc, span: x.span, sentence: `“${x.text}”`, kind: "quote", label: "" }))];
    if (own.length) {
      body.appendChild(el("h3", "Relations and quotes"));
      for (const ev of own.slice(0, 10)) body.appendChild(evidenceItem(ev));
    }
    status("");
  } catch (err) { status(`actor: ${err.message}`); }
}

// --- dyad timeline --------------------------------------------------------------------------
function visDate(date) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date || "");
  return m ? `${m[1]}-${m[2] || "01"}-${m[3] || "01"}` : null;
}

async function showDyad(a, b) {
  status("loading timeline…");
  try {
    const d = await api(`/api/dyad?${q({ a, b })}`);
    $("timeline-title").textContent = `Timeline: ${d.a.name} – ${d.b.name} (${d.total_events} events)`;
    const name = (id) => (d.names && d.names[id]) || id;
    const items = [];
    d.events.forEach((e, i) => {
      const start = visDate(e.date);
      if (!start) return;
      const content = el("span", `${e.negated ? "not " : ""}${e.type}: ${name(e.source)} → ${name(e.target)}`);
      items.push({ id: i, start, content, className: e.weight > 0 ? "pos" : e.weight < 0 ? "neg" : "" });
    });
    d.relations.forEach((r, i) => {
      const start = visDate(r.date);
      if (start) items.push({ id: `r${i}`, start, content: el("span", `${r.kind}: ${r.label}`) });
    });
    const box = clear($("timeline"));
    if (window.vis && items.length) {
      if (diplo.timeline) diplo.timeline.destroy();
      diplo.timeline = new window.vis.Timeline(box, items, { stack: true, zoomable: true, maxHeight: 320 });
      diplo.timeline.on("select", (props) => {
        const id = props.items[0];
        if (id === undefined) return;
        const rec = String(id).startsWith("r") ? d.relations[Number(String(id).slice(1))] : d.events[id];
        if (rec) showEvidence(rec.doc, rec.span);
      });
    }
    const list = clear($("monthly"));
    for (const e of d.events) {
      list.appendChild(evidenceItem(e, `${e.date || "?"} ${e.type} ${name(e.source)} → ${name(e.target)}`));
    }
    const table = el("table", null, "mini");
    const head = table.insertRow();
    for (const h of ["month", "score", "events"]) head.appendChild(el("th", h));
    for (const m of d.monthly) {
      const row = table.insertRow();
      row.appendChild(el("td", m.month));
      row.appendChild(el("td", m.score.toFixed(2), m.score > 0 ? "score-pos" : m.score < 0 ? "score-neg" : ""));
      row.appendChild(el("td", m.count));
    }
    if (d.monthly.length) list.appendChild(table);
    status("");
  } catch (err) { status(`timeline: ${err.message}`); }
}

// --- graph ----------------------------------------------------------------------------------
async function loadGraph() {
  const g = await api("/api/graph");
  const box = $("graph");
  if (!window.cytoscape) {  // assets not built: a plain list stands in for the graph
    for (const n of g.nodes) {
      const button = el("button", `${n.name} (${n.events})`);
      button.dataset.id = n.id;
      button.addEventListener("click", () => showActor(n.id));
      box.appendChild(button);
    }
    return;
  }
  const maxCount = Math.max(1, ...g.edges.map((e) => e.count));
  const elements = [
    ...g.nodes.map((n) => ({ data: { id: n.id, label: n.name, kind: n.kind, events: n.events } })),
    ...g.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, count: Math.max(e.count, 1), score: e.score } })),
  ];
  diplo.cy = window.cytoscape({
    container: box, elements, wheelSensitivity: 0.3,
    layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: 8000 },
    style: [
      { selector: "node", style: { label: "data(label)", "font-size": 10, width: 18, height: 18, "background-color": "#5577aa" } },
      { selector: 'node[kind = "state"]', style: { "background-color": "#1f2d3d", width: 26, height: 26 } },
      { selector: 'node[kind = "person"]', style: { "background-color": "#7a9cc6" } },
      { selector: 'node[kind = "media"]', style: { "background-color": "#b08d57", shape: "round-rectangle" } },
      { selector: 'node[kind = "group"]', style: { "background-color": "#8e6bb8", shape: "hexagon" } },
      { selector: "edge", style: {
        width: `mapData(count, 1, ${maxCount}, 1.5, 9)`, "curve-style": "bezier", opacity: 0.8,
        "line-color": "mapData(score, -10, 10, #c0392b, #2e8b57)" } },
      { selector: ":selected", style: { "border-width": 3, "border-color": "#f1c40f", "line-color": "#f1c40f" } },
    ],
  });
  diplo.cy.on("tap", "node", (evt) => showActor(evt.target.id()));
  diplo.cy.on("tap", "edge", (evt) => showDyad(evt.target.data("source"), evt.target.data("target")));
}

// --- search ---------------------------------------------------------------------------------
async function runSearch(text) {
  status("searching…");
  try {
    const r = await api(`/api/search?${q({ q: text })}`);
    $("actor-title").textContent = `Search: ${r.query} (${r.total_exact === false ? "about " : ""}${r.total})`;
    const body = clear($("actor-body"));
    for (const s of r.sentences) body.appendChild(evidenceItem({ ...s, kind: "", label: "" }, `${s.published || ""} ${s.title || ""}`));
    if (r.actors.length) body.appendChild(el("p", "Actors: " + r.actors.map((a) => a.name).join(", ")));
    status("");
  } catch (err) { status(`search: ${err.message}`); }
}

async function main() {
  diplo.showActor = showActor; diplo.showDyad = showDyad; diplo.showEvidence = showEvidence;
  if (!window.cytoscape || !window.vis) $("assets-missing").hidden = false;
  $("search-form").addEventListener("submit", (e) => { e.preventDefault(); runSearch($("search-input").value); });
  $("dyad-form").addEventListener("submit", (e) => { e.preventDefault(); showDyad($("dyad-a").value, $("dyad-b").value); });
  try { await loadGraph(); status(""); } catch (err) { status(`graph: ${err.message}`); }
  document.body.dataset.ready = "true";
}

main();

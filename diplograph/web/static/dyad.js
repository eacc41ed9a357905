// The pair panel: two sides' events grouped by month on a zoomable timeline (with the relations
// stated between them as spans), the monthly score as a line chart, and the events paged (50 a
// page) and filterable by type and month.
"use strict";

const dyadTicket = latest();
const PAGE_SIZE = 50;

function drawTimeline(d) {
  const box = $("timeline");
  if (!window.vis) { clear(box); return; }
  const items = [];
  for (const m of d.monthly) {
    if (m.month === "undated") continue;
    // a box at mid-month, so its count stays readable at any zoom
    items.push({ id: `m:${m.month}`, group: "events", start: `${m.month}-15`, type: "box",
                 content: el("span", String(m.count)), title: `${m.month}: ${m.count} events, mean score ${m.score}`,
                 className: `month ${scoreClass(m.score)}${d.month === m.month ? " chosen" : ""}` });
  }
  d.relations.forEach((r, i) => {
    const start = visDate(r.start);
    if (!start) return;
    const end = visDate(r.end);
    const content = el("span", `${r.kind}: ${r.label}${r.count > 1 ? ` (${r.count})` : ""}`);
    items.push(end && end > start ? { id: `r:${i}`, group: "relations", start, end, type: "range", content, className: "relation" }
                                  : { id: `r:${i}`, group: "relations", start, type: "point", content, className: "relation" });
  });
  if (diplo.timeline) { diplo.timeline.destroy(); diplo.timeline = null; }
  clear(box);
  if (!items.length) { box.appendChild(el("p", "No dated events between them.", "hint")); return; }
  const groups = [{ id: "events", content: "events / month" }, { id: "relations", content: "relations" }];
  // the window given (vis-timeline draws first around today and fits its items only later): the
  // months holding the middle 95% of the events, so a few events dated decades away (a treaty of
  // 1941 recalled in 2018) do not squeeze the rest into a corner; zoom out to see them
  const [first, last] = centralRange(d.monthly.filter((m) => m.month !== "undated"), items);
  const pad = Math.max(15 * 86400e3, (last - first) * 0.03);
  diplo.timeline = new window.vis.Timeline(box, items, groups, {
    stack: true, zoomable: true, zoomKey: "ctrlKey", horizontalScroll: true, maxHeight: 220, orientation: "top",
    margin: { item: 2 }, showCurrentTime: false, start: new Date(first - pad), end: new Date(last.getTime() + pad) });
  diplo.timeline.on("select", (props) => {
    const id = props.items[0];
    if (id === undefined) return;
    const [kind, key] = [String(id).slice(0, 1), String(id).slice(2)];
    if (kind === "m") showDyad(d.a.id, d.b.id, { month: key, page: 1, type: diplo.state.type });
    else { const r = d.relations[Number(key)]; if (r) showEvidence(r.doc, r.span, { kind: "relation", label: `${r.kind}: ${r.label}`, source: r.a, target: r.b, date: r.start }, d.names); }
  });
}

function centralRange(monthly, items) {
  const total = monthly.reduce((sum, m) => sum + m.count, 0);
  if (!total) {
    const starts = items.map((i) => i.start).sort(), ends = items.map((i) => i.end || i.start).sort();
    return [new Date(starts[0]), new Date(ends[ends.length - 1])];
  }
  let seen = 0, low = null, high = null;
  for (const m of monthly) {  // in month order
    seen += m.count;
    if (low === null && seen > total * 0.025) low = m.month;
    if (high === null && seen >= total * 0.975) high = m.month;
  }
  return [new Date(`${low}-01`), new Date(`${high || low}-28`)];
}

function drawScoreChart(d) {
  const box = clear($("score-chart"));
  const points = d.monthly.filter((m) => m.month !== "undated").map((m) => ({ x: `${m.month}-15`, y: m.score }));
  if (!window.vis || points.length === 0) return;
  if (diplo.chart) { diplo.chart.destroy(); diplo.chart = null; }
  const [first, last] = centralRange(d.monthly.filter((m) => m.month !== "undated"), points.map((p) => ({ start: p.x })));
  const pad = Math.max(15 * 86400e3, (last - first) * 0.03);
  diplo.chart = new window.vis.Graph2d(box, points, {
    start: new Date(first - pad), end: new Date(last.getTime() + pad),
    height: "140px", drawPoints: { size: 4 }, shaded: false, interpolation: false,
    dataAxis: { left: { range: { min: -10, max: 10 }, title: { text: "score" } } }, zoomable: true, zoomKey: "ctrlKey" });
}

function drawRelations(d) {
  const box = clear($("relations"));
  $("relations-box").hidden = d.relations.length === 0;
  $("relations-summary").textContent = `Relations stated (${d.relations.length})`;
  for (const r of d.relations) {
    const label = `${r.kind}: ${r.label} · ${d.names[r.a] || r.a} – ${d.names[r.b] || r.b} · ${r.start || "?"}${r.end && r.end !== r.start ? ` – ${r.end}` : ""} (${r.count})`;
    box.appendChild(evidenceItem({ doc: r.doc, span: r.span, sentence: r.sentence, weight: r.weight },
                                 label, { kind: "relation", label: `${r.kind}: ${r.label}`, source: r.a, target: r.b, date: r.start }, d.names));
  }
}

function drawEvents(d) {
  const list = clear($("monthly"));
  const name = (id) => (d.names && d.names[id]) || id;
  for (const e of d.events) {
    const record = { kind: "event", id: e.id, label: e.type, source: e.source, target: e.target, date: e.date,
                     outlet: e.outlet, title: e.title, negated: e.negated };
    const label = `${e.date || "undated"} · ${e.negated ? "not " : ""}${e.type} · ${name(e.source)} → ${name(e.target)}${e.outlet ? ` · ${e.outlet}` : ""}`;
    list.appendChild(evidenceItem(e, label, record, d.names));
  }
  const pages = Math.max(1, Math.ceil(d.total / d.limit));
  const page = Math.floor(d.offset / d.limit) + 1;
  $("dyad-pager").hidden = d.total <= d.limit;
  $("dyad-page-info").textContent = `page ${page} of ${pages} · events ${d.total ? d.offset + 1 : 0}–${d.offset + d.events.length} of ${d.total}`;
  $("dyad-prev").disabled = page <= 1;
  $("dyad-next").disabled = page >= pages;
}

function drawTypeFilter(d) {
  const select = clear($("dyad-type"));
  const all = Object.values(d.types).reduce((s, n) => s + n, 0);
  select.appendChild(new Option(`all types (${all})`, ""));
  for (const [t, n] of Object.entries(d.types)) select.appendChild(new Option(`${t} (${n})`, t));
  select.value = d.type || "";
  const chip = $("dyad-month-chip");
  chip.hidden = !d.month;
  chip.querySelector("span").textContent = d.month ? `month: ${d.month}` : "";
  $("dyad-filters").hidden = false;
}

// Open the pair a-b (sides by id or name); opts: page (1-based), type, month.
async function showDyad(a, b, opts) {
  opts = opts || {};
  const ticket = dyadTicket.next();
  const page = Math.max(1, Number(opts.page) || 1);
  try {
    const [d] = await Promise.all([
      api(`/api/explore/dyad?${q({ a, b, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE,
                                   type: opts.type, month: opts.month })}`, "pair"),
      ensureVis()]);
    if (!dyadTicket.current(ticket)) return;
    const same = diplo.dyad && diplo.dyad.a.id === d.a.id && diplo.dyad.b.id === d.b.id;
    diplo.dyad = d;
    setState({ a: d.a.id, b: d.b.id, type: d.type, month: d.month, page: page > 1 ? String(page) : "" });
    $("timeline-title").textContent = `${d.a.name} – ${d.b.name}: ${d.total} events${d.type ? ` of type ${d.type}` : ""}${d.month ? ` in ${d.month}` : ""}`;
    $("timeline-hint").hidden = true;
    drawTypeFilter(d);
    if (!same || !diplo.timeline || opts.redrawTimeline) { drawTimeline(d); drawScoreChart(d); drawRelations(d); }
    drawEvents(d);
    document.body.dataset.dyadShown = `${d.a.id}|${d.b.id}|${page}|${d.type || ""}|${d.month || ""}`;
  } catch (err) { /* shown by api() */ }
}

function initDyadControls() {
  const again = (changes) => {
    const d = diplo.dyad;
    if (!d) return;
    const s = { type: diplo.state.type, month: diplo.state.month, page: Number(diplo.state.page || 1), ...changes };
    showDyad(d.a.id, d.b.id, s);
  };
  $("dyad-prev").addEventListener("click", () => again({ page: Number(diplo.state.page || 1) - 1 }));
  $("dyad-next").addEventListener("click", () => again({ page: Number(diplo.state.page || 1) + 1 }));
  $("dyad-type").addEventListener("change", () => again({ type: $("dyad-type").value, page: 1 }));
  $("dyad-month-chip").querySelector("button").addEventListener("click", () => again({ month: "", page: 1 }));
}

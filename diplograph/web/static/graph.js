// The graph panel: an actor's neighbourhood (ego network) drawn with Cytoscape.js and the fCoSE
// layout; its controls (counterparts, kinds, minimum events, time window); the whole store on request.
"use strict";

const graphTicket = latest();
const WHOLE_STORE_NODES = 150, WHOLE_STORE_EDGES = 500;
const KIND_COLOURS = { state: "#1f2d3d", person: "#6f93c4", organization: "#4f9a94", group: "#8e6bb8",
                       media: "#b08d57", unknown: "#999999" };

function mix(a, b, t) {  // two #rrggbb colours, t in [0, 1]
  const p = (c, i) => parseInt(c.slice(1 + 2 * i, 3 + 2 * i), 16);
  const out = [0, 1, 2].map((i) => Math.round(p(a, i) + (p(b, i) - p(a, i)) * t).toString(16).padStart(2, "0"));
  return `#${out.join("")}`;
}

function edgeColour(score) {  // mean weight -10..10: grey when neutral, red conflict, green cooperation
  const t = Math.max(-1, Math.min(1, score / 6));
  return t < 0 ? mix("#a0a0a0", "#c0392b", -t) : mix("#a0a0a0", "#1e8449", t);
}

function graphStyle() {
  return [
    { selector: "node", style: {
      label: "data(label)", "font-size": "data(font)", width: "data(size)", height: "data(size)",
      "background-color": "data(colour)", "text-valign": "bottom", "text-margin-y": 3, color: "#1b1b1b",
      "text-background-color": "#ffffff", "text-background-opacity": 0.75, "text-background-padding": 1,
      "text-wrap": "ellipsis", "text-max-width": 130, "min-zoomed-font-size": 5 } },
    { selector: 'node[kind = "media"]', style: { shape: "round-rectangle" } },
    { selector: 'node[kind = "group"]', style: { shape: "hexagon" } },
    { selector: 'node[kind = "organization"]', style: { shape: "round-diamond" } },
    { selector: "node.center", style: { "border-width": 4, "border-color": "#f1c40f", "font-weight": "bold" } },
    { selector: "node.nolabel", style: { "text-opacity": 0 } },
    { selector: "node.nolabel:active, node.nolabel.hover", style: { "text-opacity": 1, "z-index": 10 } },
    { selector: "edge", style: { width: "data(width)", "line-color": "data(colour)", "curve-style": "haystack",
                                 opacity: 0.8 } },
    // the edges among the counterparts stay in the background of the actor's own
    { selector: "edge.among", style: { opacity: 0.22 } },
    { selector: "node.hover, node:selected", style: { "z-index": 10 } },
    { selector: "edge.hover", style: { opacity: 1, "z-index": 9 } },
    { selector: ":selected", style: { "border-width": 3, "border-color": "#f39c12", "line-color": "#f39c12" } },
  ];
}

function elementsOf(nodes, edges, centerId, sizeKey) {
  const maxCount = Math.max(1, ...edges.map((e) => e.count));
  const maxSize = Math.max(1, ...nodes.map((n) => n[sizeKey] || 0));
  return [
    ...nodes.map((n) => {
      const size = 14 + 42 * Math.sqrt((n[sizeKey] || 0) / maxSize);
      return { data: { id: n.id, label: n.name, kind: n.kind, mentions: n.mentions, events: n.events,
                       colour: KIND_COLOURS[n.kind] || KIND_COLOURS.unknown, size,
                       font: Math.round(10 + size / 7) },  // the busier, the larger its name
               classes: n.id === centerId ? "center" : "" };
    }),
    ...edges.map((e, i) => ({
      data: { id: `e${i}`, source: e.source, target: e.target, count: e.count, score: e.score,
              colour: edgeColour(e.score), width: 1 + 9 * Math.log1p(e.count) / Math.log1p(maxCount) },
      classes: centerId && e.source !== centerId && e.target !== centerId ? "among" : "" })),
  ];
}

// Labels drawn over one another are hidden, the busiest actor's kept (shown again on hover).
function avoidLabelCollisions(cy) {
  const kept = [];
  const nodes = cy.nodes().sort((a, b) => (b.hasClass("center") - a.hasClass("center"))
    || (b.data("size") - a.data("size")));
  nodes.removeClass("nolabel");
  nodes.forEach((n) => {
    const box = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    const hit = kept.some((k) => box.x1 < k.x2 && k.x1 < box.x2 && box.y1 < k.y2 && k.y1 < box.y2);
    if (hit) n.addClass("nolabel"); else kept.push(box);
  });
}

// One Cytoscape instance for the page's life, created at start-up while the first answers are
// on their way (its set-up is a good part of the time to the first graph); each answer
// replaces its elements.
function initGraph() {
  if (!window.cytoscape || diplo.cy) return diplo.cy;
  const cy = window.cytoscape({ container: $("graph"), elements: [], style: graphStyle(), minZoom: 0.1, maxZoom: 4 });
  diplo.cy = cy;
  window.cy = cy;
  cy.on("tap", "node", (evt) => showActor(evt.target.id()));
  cy.on("dbltap", "node", (evt) => setActor(evt.target.id()));
  cy.on("tap", "edge", (evt) => showDyad(evt.target.data("source"), evt.target.data("target")));
  cy.on("mouseover", "node, edge", (evt) => evt.target.addClass("hover"));
  cy.on("mouseout", "node, edge", (evt) => evt.target.removeClass("hover"));
  // Cytoscape keeps its container's place and size: a control or line above it that changes
  // height moves it, and a click would land on the wrong node. Refreshed when the pointer comes
  // in or presses (before Cytoscape's own listeners), and when the container's size changes.
  const refresh = () => cy.resize();
  $("graph").addEventListener("mouseenter", refresh);
  $("graph-panel").addEventListener("pointerdown", refresh, true);
  if (window.ResizeObserver) new ResizeObserver(refresh).observe($("graph"));
  return cy;
}

function drawGraph(elements, centerId) {
  const cy = initGraph();
  if (!cy) {  // assets not built: a plain list stands in for the graph
    const box = clear($("graph"));
    for (const e of elements.filter((x) => !x.data.source)) {
      const button = el("button", e.data.label);
      button.dataset.id = e.data.id;
      button.addEventListener("click", () => showActor(e.data.id));
      box.appendChild(button);
    }
    return;
  }
  const started = performance.now();
  cy.resize();  // the page may have moved since the last drawing
  cy.batch(() => { cy.elements().remove(); cy.add(elements); });
  const layout = { name: window.cytoscapeFcose ? "fcose" : "cose",
                   quality: "default", randomize: true, animate: false, fit: true, padding: 24,
                   nodeDimensionsIncludeLabels: true, packComponents: true, nodeSeparation: 60,
                   nodeRepulsion: () => 9000, idealEdgeLength: () => 110, edgeElasticity: () => 0.3,
                   gravity: 0.3, numIter: 2500, uniformNodeDimensions: false };
  if (centerId && cy.$id(centerId).nonempty()) layout.fixedNodeConstraint = [{ nodeId: centerId, position: { x: 0, y: 0 } }];
  try { cy.layout(layout).run(); } catch (err) { cy.layout({ name: "cose", animate: false }).run(); }
  avoidLabelCollisions(cy);
  diplo.timings.draw = performance.now() - started;
  diplo.graphDrawn = (diplo.graphDrawn || 0) + 1;
  document.body.dataset.graphDrawn = String(diplo.graphDrawn);
  if (diplo.firstGraphAt === undefined) diplo.firstGraphAt = performance.now();
}

// --- controls ----------------------------------------------------------------------------------
function controlValues() {
  const kinds = [...document.querySelectorAll("#ctl-kinds input:checked")].map((c) => c.value);
  const from = Number($("ctl-from").value), to = Number($("ctl-to").value);
  const months = diplo.months || [];
  const whole = months.length === 0 || (from === 0 && to === months.length - 1);
  return { n: $("ctl-count").value, kinds: kinds.length === 4 ? "" : kinds.join(","), min: $("ctl-min").value === "1" ? "" : $("ctl-min").value,
           since: whole ? "" : months[Math.min(from, to)], until: whole ? "" : months[Math.max(from, to)] };
}

function showWindow() {
  const months = diplo.months || [];
  const from = Number($("ctl-from").value), to = Number($("ctl-to").value);
  $("ctl-window-out").textContent = !months.length ? "no dated documents"
    : from === 0 && to === months.length - 1 ? `all months (${months[0]} – ${months[months.length - 1]})`
      : `${months[Math.min(from, to)]} – ${months[Math.max(from, to)]}`;
  $("ctl-count-out").textContent = $("ctl-count").value;
}

function applyControls(state) {  // the URL's state into the controls
  const months = diplo.months || [];
  $("ctl-count").value = state.n || "30";
  $("ctl-min").value = state.min || "1";
  const kinds = state.kinds ? state.kinds.split(",") : null;
  for (const c of document.querySelectorAll("#ctl-kinds input")) c.checked = !kinds || kinds.includes(c.value);
  const last = Math.max(0, months.length - 1);
  for (const input of [$("ctl-from"), $("ctl-to")]) { input.max = String(last); }
  const find = (m, dflt) => { const i = months.indexOf(m); return i >= 0 ? i : dflt; };
  $("ctl-from").value = String(find(state.since, 0));
  $("ctl-to").value = String(find(state.until, last));
  showWindow();
}

// The network of the actor in the page state, with the controls' values (or ``given``, at start-up,
// before the controls know the store's months); without an actor, the server's start actor.
async function loadEgo(given) {
  const ticket = graphTicket.next();
  const c = given || controlValues();
  setState(c);
  try {
    const g = await api(`/api/explore/ego?${q({ actor: diplo.state.actor, limit: c.n, kinds: c.kinds, since: c.since,
                                                 until: c.until, min_events: c.min })}`, "network");
    if (!graphTicket.current(ticket)) return null;
    setState({ actor: g.center.id });
    const window_ = g.since || g.until ? ` · ${g.since || "…"} – ${g.until || "…"}` : "";
    $("graph-title").textContent = `${g.center.name}: ${g.nodes.length - 1} of ${g.available} counterparts${window_}`;
    drawGraph(elementsOf(g.nodes, g.edges, g.center.id, "mentions"), g.center.id);
    return g;
  } catch (err) { return null; /* shown by api() */ }
}

async function loadWholeStore() {
  const ticket = graphTicket.next();
  try {
    const g = await api(`/api/graph?limit=${WHOLE_STORE_NODES}`, "whole store");
    if (!graphTicket.current(ticket)) return;
    // the strongest ties only: all of them (1,700 among 150 actors of a corpus) make one blot and
    // take the layout twice as long
    const edges = [...g.edges].sort((x, y) => y.count - x.count).slice(0, WHOLE_STORE_EDGES);
    $("graph-title").textContent = `Whole store: the ${g.nodes.length} busiest actors`
      + (edges.length < g.edges.length ? `, their ${edges.length} strongest of ${g.edges.length} ties` : "");
    drawGraph(elementsOf(g.nodes, edges, null, "events"), null);
  } catch (err) { /* shown by api() */ }
}

function initGraphControls() {
  const reload = () => { showWindow(); loadEgo(); };
  $("ctl-count").addEventListener("input", showWindow);
  $("ctl-count").addEventListener("change", reload);
  $("ctl-from").addEventListener("input", showWindow);
  $("ctl-to").addEventListener("input", showWindow);
  $("ctl-from").addEventListener("change", reload);
  $("ctl-to").addEventListener("change", reload);
  $("ctl-min").addEventListener("change", reload);
  for (const c of document.querySelectorAll("#ctl-kinds input")) c.addEventListener("change", reload);
  $("graph-controls").addEventListener("submit", (e) => { e.preventDefault(); reload(); });
  $("ctl-whole").addEventListener("click", loadWholeStore);
}

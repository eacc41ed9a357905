// diplograph web page: actor search with suggestions, the actor panel, and the start-up (the
// view kept in the URL, else the most mentioned state's neighbourhood).
"use strict";

const actorTicket = latest();

// --- the actor panel ---------------------------------------------------------------------------
async function showActor(actorId) {
  const ticket = actorTicket.next();
  try {
    const [profile, side] = await Promise.all([
      api(`/api/actors/${encodeURIComponent(actorId)}`, "actor"),
      api(`/api/side?${q({ actor: actorId })}`, "alignment")]);
    if (!actorTicket.current(ticket)) return;
    const a = profile.actor;
    $("actor-title").textContent = `${a.name} (${kindLabel(a)}${a.country && a.kind === "state" ? ", " + a.country : ""})`;
    const body = clear($("actor-body"));
    const head = el("p", null, "actor-actions");
    const centre = el("button", "Centre the graph here", "link");
    centre.type = "button";
    centre.addEventListener("click", () => setActor(a.id));
    head.appendChild(centre);
    body.appendChild(head);
    if (profile.aliases.length) body.appendChild(el("p", "Also: " + profile.aliases.slice(0, 12).join(", ")));
    for (const r of profile.roles.slice(0, 5)) body.appendChild(el("p", `Role: ${r.title}${r.of ? " of " + r.of : ""}`));
    const counts = (o) => Object.entries(o).map(([k, v]) => `${k} ${v}`).join(", ") || "none";
    body.appendChild(el("p", `Events as source: ${counts(profile.events_as_source)}`));
    body.appendChild(el("p", `Events as target: ${counts(profile.events_as_target)}`));
    for (const [title, parts, cls] of [["Aligned with", side.aligned, "score-pos"], ["Opposed to", side.opposed, "score-neg"]]) {
      if (!parts.length) continue;
      body.appendChild(el("h3", title));
      for (const p of parts.slice(0, 8)) {
        const row = el("div", null, "party");
        const pair = el("button", p.name, "link");
        pair.type = "button";
        pair.title = "open the pair";
        pair.addEventListener("click", () => showDyad(a.id, p.id || p.name));
        row.appendChild(pair);
        row.appendChild(el("span", ` ${p.score.toFixed(2)}`, cls));
        body.appendChild(row);
        for (const ev of p.evidence.slice(0, 3)) body.appendChild(evidenceItem(ev));
      }
    }
    const own = [...profile.relations.map((r) => ({ ...r, kind: "relation", label: `${r.kind}: ${r.label} (${r.other_name})` })),
                 ...profile.quotes_by.map((x) => ({ doc: x.doc, span: x.span, sentence: `“${x.text}”`, kind: "quote", label: "" }))];
    if (own.length) {
      body.appendChild(el("h3", "Relations and quotes"));
      for (const ev of own.slice(0, 10)) body.appendChild(evidenceItem(ev));
    }
    if (diplo.cy) { diplo.cy.$(":selected").unselect(); diplo.cy.$id(a.id).select(); }
    document.body.dataset.actorShown = a.id;
  } catch (err) { /* shown by api() */ }
}

// Centre the page on an actor: its neighbourhood in the graph, then its panel (asked after the
// network: the panel's alignment is the slower answer and would hold the graph back).
async function setActor(actorId) {
  setState({ actor: actorId });
  await loadEgo();
  await showActor(actorId);
}

// --- actor search with suggestions -----------------------------------------------------------
const suggestTicket = latest();
let suggestTimer = null;

function closeSuggestions() {
  $("suggestions").hidden = true;
  $("actor-input").setAttribute("aria-expanded", "false");
}

function moveSuggestion(step) {
  const items = [...document.querySelectorAll("#suggestions li")];
  if (!items.length) return;
  const at = items.findIndex((li) => li.getAttribute("aria-selected") === "true");
  const next = (at + step + items.length) % items.length;
  items.forEach((li, i) => li.setAttribute("aria-selected", i === next ? "true" : "false"));
}

function pickSuggestion(item) {
  $("actor-input").value = item.name;
  closeSuggestions();
  setActor(item.id);
}

async function suggest(text) {
  const ticket = suggestTicket.next();
  if (!text.trim()) { closeSuggestions(); return; }
  try {
    const r = await api(`/api/explore/suggest?${q({ q: text, limit: 10 })}`, "suggestions");
    if (!suggestTicket.current(ticket)) return;
    const list = clear($("suggestions"));
    if (!r.items.length) list.appendChild(el("li", "no actor starts so", "none"));
    r.items.forEach((item, i) => {
      const li = el("li", null, "suggestion");
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", i === 0 ? "true" : "false");
      li.dataset.id = item.id;
      li.appendChild(el("span", item.name, "name"));
      if (item.alias) li.appendChild(el("span", ` “${item.alias}”`, "alias"));
      li.appendChild(el("span", ` ${kindLabel(item)}${item.kind === "state" && item.country ? ", " + item.country : ""}`, "kind"));
      li.appendChild(el("span", ` ${item.mentions} mentions · ${item.id}`, "meta"));
      li.addEventListener("mousedown", (e) => { e.preventDefault(); pickSuggestion(item); });
      li.item = item;
      list.appendChild(li);
    });
    list.hidden = false;
    $("actor-input").setAttribute("aria-expanded", "true");
  } catch (err) { /* shown by api() */ }
}

function initActorSearch() {
  const input = $("actor-input");
  input.addEventListener("input", () => {
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(() => suggest(input.value), 120);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") { e.preventDefault(); moveSuggestion(e.key === "ArrowDown" ? 1 : -1); }
    else if (e.key === "Escape") closeSuggestions();
    else if (e.key === "Enter") {
      e.preventDefault();
      const chosen = document.querySelector('#suggestions li[aria-selected="true"]');
      if (chosen && chosen.item && !$("suggestions").hidden) pickSuggestion(chosen.item);
      else if (input.value.trim()) setActor(input.value.trim());
    }
  });
  input.addEventListener("blur", () => setTimeout(closeSuggestions, 150));
}

// --- start ---------------------------------------------------------------------------------------
async function main() {
  Object.assign(diplo, { showActor, showDyad, showEvidence, setActor, runSearch, loadEgo, loadWholeStore, suggest,
                        applyControls });
  if (!window.cytoscape || !window.cytoscapeFcose) $("assets-missing").hidden = false;
  initActorSearch();
  initGraphControls();
  initDyadControls();
  initEvidenceControls();
  $("dyad-form").addEventListener("submit", (e) => { e.preventDefault(); showDyad($("dyad-a").value, $("dyad-b").value); });
  const wanted = readState();
  diplo.state = { ...wanted };
  initGraph();
  // the network and the overview (the months of the window sliders) are asked together
  const overview = api("/api/explore/overview", "overview").then((o) => {
    diplo.months = o.months.map((m) => m.month);
    applyControls(wanted);
  }).catch(() => { /* shown by api() */ });
  const jobs = [overview];
  jobs.push(loadEgo({ n: wanted.n || "30", kinds: wanted.kinds || "", min: wanted.min || "", since: wanted.since || "",
                      until: wanted.until || "" })
    .then((g) => (g ? showActor(g.center.id) : null)));
  if (wanted.a && wanted.b) {
    jobs.push(showDyad(wanted.a, wanted.b, { page: wanted.page, type: wanted.type, month: wanted.month }));
  }
  if (wanted.doc && wanted.span) {
    const span = wanted.span.split("-").map(Number);
    if (span.length === 2 && span.every(Number.isFinite)) {
      jobs.push(showEvidence(wanted.doc, span, null).then(() => {
        const doc = docCache.get(wanted.doc);
        const rec = doc && wanted.rec ? doc.records.find((r) => r.id === wanted.rec) : null;
        if (rec) showEvidence(wanted.doc, span, rec);
      }));
    }
  }
  await Promise.all(jobs);
  document.body.dataset.ready = "true";
}

main();

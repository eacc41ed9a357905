// The evidence panel: a record (type, source, target, date, outlet), its article with the sentence
// highlighted and scrolled into view, the document's other records; and the search results, paged.
"use strict";

const docCache = new Map();
const evidenceTicket = latest();
const searchTicket = latest();
const SEARCH_PAGE = 20;

function evidenceItem(ev, label, record, names) {
  const weight = ev.weight || 0;
  const item = el("div", null, "evidence" + (weight > 0 ? " pos" : weight < 0 ? " neg" : ""));
  item.appendChild(el("span", label || `${ev.kind || ""} ${ev.label || ""} ${ev.date || ""}`.trim(), "label"));
  item.appendChild(el("span", ev.sentence, "sentence"));
  item.tabIndex = 0;
  item.setAttribute("role", "button");
  const open = () => {
    for (const x of document.querySelectorAll(".evidence.current")) x.classList.remove("current");
    item.classList.add("current");
    showEvidence(ev.doc, ev.span, record || null, names);
  };
  item.addEventListener("click", open);
  item.addEventListener("keydown", (e) => { if (e.key === "Enter") open(); });
  return item;
}

function recordLine(record, doc, names) {
  const name = (id) => (id ? (names && names[id]) || (doc.names && doc.names[id]) || id : null);
  const parts = [];
  if (record.kind) parts.push(record.kind === "event" ? `${record.negated ? "not " : ""}${record.label}` : record.label || record.kind);
  const who = [name(record.source), name(record.target)].filter(Boolean).join(" → ");
  if (who) parts.push(who);
  parts.push(record.date || doc.published || "undated");
  parts.push(doc.outlet || "outlet unknown");
  return parts.join(" · ");
}

function drawArticle(doc, span) {
  const text = clear($("evidence-text"));
  const [start, end] = span;
  text.appendChild(document.createTextNode(doc.text.slice(0, start)));
  const mark = el("mark", doc.text.slice(start, end), "hl");
  text.appendChild(mark);
  text.appendChild(document.createTextNode(doc.text.slice(end)));
  // the sentence in view inside the panel (not the whole page scrolled to it)
  const panel = $("evidence-panel");
  panel.scrollTop += mark.getBoundingClientRect().top - panel.getBoundingClientRect().top - panel.clientHeight / 3;
}

function drawRecords(doc, current) {
  const box = clear($("evidence-records"));
  const others = doc.records.filter((r) => !(current && r.id === current.id));
  if (!others.length) return;
  box.appendChild(el("h3", `Other records of this document (${others.length})`));
  const list = el("ul", null, "records");
  for (const r of others) {
    const li = el("li");
    const link = el("button", recordLine(r, doc), "link");
    link.type = "button";
    link.addEventListener("click", () => showEvidence(doc.doc, r.span, r));
    li.appendChild(link);
    list.appendChild(li);
  }
  box.appendChild(list);
}

// Show the document ``docId`` with ``span`` highlighted; ``record`` (optional) is what it is evidence of.
async function showEvidence(docId, span, record, names) {
  const ticket = evidenceTicket.next();
  try {
    let doc = docCache.get(docId);
    if (!doc) {
      doc = await api(`/api/explore/document/${encodeURIComponent(docId)}`, "document");
      docCache.set(docId, doc);
    }
    if (!evidenceTicket.current(ticket)) return;
    if (!record) record = doc.records.find((r) => r.span[0] >= span[0] && r.span[1] <= span[1]) || null;
    setState({ doc: docId, span: `${span[0]}-${span[1]}`, rec: record && record.id ? record.id : "" });
    $("evidence-title").textContent = "Evidence";
    const meta = clear($("evidence-meta"));
    meta.appendChild(el("strong", doc.title || doc.path));
    meta.appendChild(el("div", `${doc.published || "undated"} · ${doc.outlet || "outlet unknown"}`, "sub"));
    if (record) meta.appendChild(el("div", recordLine(record, doc, names), "record"));
    drawArticle(doc, span);
    drawRecords(doc, record);
    document.body.dataset.evidenceShown = `${docId}|${span[0]}-${span[1]}`;
  } catch (err) { /* shown by api() */ }
}

// --- sentence search: results listed in the evidence panel, paged ---------------------------
async function runSearch(text, page) {
  page = Math.max(1, page || 1);
  const ticket = searchTicket.next();
  try {
    const r = await api(`/api/search?${q({ q: text, limit: SEARCH_PAGE, offset: (page - 1) * SEARCH_PAGE })}`, "search");
    if (!searchTicket.current(ticket)) return;
    diplo.search = { text, page, total: r.total };
    $("evidence-title").textContent = `Search: ${r.query} (${r.total_exact === false ? "about " : ""}${r.total})`;
    const box = $("search-results");
    box.hidden = false;
    const list = clear($("search-list"));
    for (const s of r.sentences) {
      list.appendChild(evidenceItem({ ...s, kind: "", label: "" }, `${s.published || ""} ${s.title || ""}`.trim()));
    }
    if (r.actors && r.actors.length) {
      const p = el("p", "Actors: ", "actors");
      for (const a of r.actors.slice(0, 10)) {
        const b = el("button", a.name, "link");
        b.type = "button";
        b.addEventListener("click", () => setActor(a.id));
        p.appendChild(b);
      }
      list.appendChild(p);
    }
    const pages = Math.max(1, Math.ceil(r.total / SEARCH_PAGE));
    $("search-page-info").textContent = `page ${page} of ${pages}`;
    $("search-prev").disabled = page <= 1;
    $("search-next").disabled = page >= pages;
    $("evidence-panel").scrollTop = 0;
  } catch (err) { /* shown by api() */ }
}

function initEvidenceControls() {
  $("search-form").addEventListener("submit", (e) => { e.preventDefault(); runSearch($("search-input").value, 1); });
  $("search-prev").addEventListener("click", () => diplo.search && runSearch(diplo.search.text, diplo.search.page - 1));
  $("search-next").addEventListener("click", () => diplo.search && runSearch(diplo.search.text, diplo.search.page + 1));
  $("search-close").addEventListener("click", () => { $("search-results").hidden = true; $("evidence-title").textContent = "Evidence"; });
}

// diplograph web page, shared helpers: DOM building, requests (with the loading indicator and the
// one-line error), and the page state kept in the URL.
// Every piece of data is put into the page with textContent or as a DOM node: never as HTML.
"use strict";

const $ = (id) => document.getElementById(id);
const diplo = { cy: null, timeline: null, chart: null, timings: {}, state: {} };
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

function q(params) {
  const clean = {};
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") clean[k] = v;
  return new URLSearchParams(clean).toString();
}

// --- requests: a loading indicator while any is pending, the last error as one line ---------
const pending = new Map();  // label -> number of requests in flight

function showStatus() {
  const labels = [...pending.entries()].filter(([, n]) => n > 0).map(([label]) => label);
  document.querySelector("#status .spinner").hidden = labels.length === 0;
  $("status-text").textContent = labels.length ? `loading ${labels.join(", ")}…` : "";
  document.body.dataset.loading = labels.length ? "true" : "false";
}

// Cytoscape keeps where its container is on the page: a line shown or hidden above the graph
// moves it, and clicks would then land on the wrong node unless it is told.
function layoutMoved() { if (diplo.cy) diplo.cy.resize(); }

function showError(label, message) {
  const box = $("error");
  if (!message) {
    if (box.dataset.label === label && !box.hidden) { box.hidden = true; box.textContent = ""; layoutMoved(); }
    return;
  }
  box.dataset.label = label;
  box.textContent = `${label}: ${message}`.split("\n")[0];
  if (box.hidden) { box.hidden = false; layoutMoved(); }
}

async function api(path, label) {
  label = label || "data";
  pending.set(label, (pending.get(label) || 0) + 1);
  showStatus();
  const started = performance.now();
  try {
    const response = await fetch(path, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      const detail = Array.isArray(body.detail) ? body.detail.map((d) => d.msg).join("; ") : body.detail;
      throw new Error(detail ? String(detail) : `HTTP ${response.status}`);
    }
    showError(label, null);
    return body;
  } catch (err) {
    showError(label, err.message || String(err));
    throw err;
  } finally {
    diplo.timings[label] = performance.now() - started;
    pending.set(label, pending.get(label) - 1);
    showStatus();
  }
}

// A panel shows only the answer to its latest request: an older one arriving later is dropped.
function latest() {
  let ticket = 0;
  return { next: () => ++ticket, current: (t) => t === ticket };
}

// --- the page state, mirrored in the URL (share it, reload it) -------------------------------
const STATE_KEYS = ["actor", "n", "kinds", "min", "since", "until", "a", "b", "type", "month", "page", "doc", "span", "rec"];

function readState() {
  const params = new URLSearchParams(window.location.search);
  const state = {};
  for (const k of STATE_KEYS) if (params.has(k)) state[k] = params.get(k);
  return state;
}

function setState(changes) {
  Object.assign(diplo.state, changes);
  for (const k of Object.keys(diplo.state)) {
    if (diplo.state[k] === undefined || diplo.state[k] === null || diplo.state[k] === "") delete diplo.state[k];
  }
  const ordered = {};
  for (const k of STATE_KEYS) if (k in diplo.state) ordered[k] = diplo.state[k];
  const search = q(ordered);
  window.history.replaceState(null, "", search ? `?${search}` : window.location.pathname);
}

function kindLabel(a) {
  const kind = a.kind === "organization" ? "organisation" : a.kind;
  return a.country && a.kind !== "state" ? `${kind}, ${a.country}` : kind;
}

function visDate(date) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date || "");
  return m ? `${m[1]}-${m[2] || "01"}-${m[3] || "01"}` : null;
}

// vis-timeline (the pair's timeline and chart) is the largest library and is not needed to draw
// the first graph: it is loaded when a pair is first opened.
let visLoading = null;
function ensureVis() {
  if (window.vis) return Promise.resolve(true);
  if (!visLoading) {
    visLoading = new Promise((resolve) => {
      const script = document.createElement("script");
      script.src = "/static/vendor/vis-timeline-graph2d.min.js";
      script.onload = () => resolve(Boolean(window.vis));
      script.onerror = () => { $("assets-missing").hidden = false; resolve(false); };
      document.head.appendChild(script);
    });
  }
  return visLoading;
}

function scoreClass(x) { return x > 0 ? "score-pos" : x < 0 ? "score-neg" : ""; }

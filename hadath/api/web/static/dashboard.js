/* hadath dashboard: timeline (Chart.js), actor network (cytoscape), map (Leaflet + Natural Earth), dyad
 * drill-down and the paste-an-article box. Data comes from /api with the page's filters.
 * Safety: content is only ever inserted as text nodes (never innerHTML), and bidi controls in content are
 * shown as visible markers, so article text cannot inject markup or reorder what the reader sees. */
(function () {
  "use strict";

  const cfg = JSON.parse(document.getElementById("hadath-config").textContent);
  const T = cfg.strings;
  const QUERY = cfg.api_query || "";
  const QUAD_COLORS = { 1: "#52b788", 2: "#1b7a4a", 3: "#f4a259", 4: "#c8333f" };
  const BIDI_NAMES = {
    "\u202a": "LRE", "\u202b": "RLE", "\u202c": "PDF", "\u202d": "LRO", "\u202e": "RLO",
    "\u2066": "LRI", "\u2067": "RLI", "\u2068": "FSI", "\u2069": "PDI",
  };
  const BIDI_RE = /[\u202a-\u202e\u2066-\u2069]/;
  const KINDS = ["trigger", "actor", "recipient", "date", "place"];

  /* ---------- small DOM helpers ---------- */
  function safeText(text) {
    // A fragment of text nodes; each bidi control becomes a visible, inert marker.
    const frag = document.createDocumentFragment();
    let buf = "";
    for (const ch of String(text == null ? "" : text)) {
      if (BIDI_RE.test(ch)) {
        if (buf) { frag.appendChild(document.createTextNode(buf)); buf = ""; }
        const m = document.createElement("span");
        m.className = "bidi-marker";
        m.title = "U+" + ch.codePointAt(0).toString(16).toUpperCase().padStart(4, "0");
        m.textContent = "[" + BIDI_NAMES[ch] + "]";
        frag.appendChild(m);
      } else {
        buf += ch;
      }
    }
    if (buf) frag.appendChild(document.createTextNode(buf));
    return frag;
  }

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (v == null) continue;
      if (k === "class") node.className = v;
      else if (k === "href") node.setAttribute("href", v);
      else if (k === "dir") node.setAttribute("dir", v);
      else if (k === "title") node.title = v;
      else node.setAttribute(k, v);
    }
    for (const c of children) {
      if (c == null) continue;
      node.appendChild(c instanceof Node ? c : safeText(c));
    }
    return node;
  }

  function bdi(text) { return el("bdi", {}, text); }

  function api(path, extra) {
    const q = [QUERY, extra || ""].filter(Boolean).join("&");
    return fetch("/api/" + path + (q ? "?" + q : ""), { headers: { Accept: "application/json" } })
      .then((r) => { if (!r.ok) throw new Error(path + ": HTTP " + r.status); return r.json(); });
  }

  function ready(name, value) { document.body.dataset[name] = String(value); }

  function showError(container, err) {
    container.appendChild(el("p", { class: "error" }, T.error + ": " + err.message));
  }

  function langSuffix(sep) { return cfg.lang === "en" ? sep + "lang=en" : ""; }

  function withParam(name, value) {
    // The current filters with one more (clicking a map shape or an actor narrows what is shown).
    const p = new URLSearchParams(QUERY);
    p.set(name, value);
    if (cfg.lang === "en") p.set("lang", "en");
    return p.toString();
  }

  function fmt(x) { return x == null ? "" : (Math.round(x * 10) / 10).toString(); }

  /* ---------- timeline ---------- */
  function byMonthIfLong(days) {
    // Over more than three months, days make a comb of thin bars: sum per month instead
    // (mean Goldstein weighted by events). Clicking a month filters to it (since=until=YYYY-MM).
    if (days.length < 2 || (Date.parse(days[days.length - 1].date) - Date.parse(days[0].date)) / 864e5 <= 92) {
      return days;
    }
    const months = new Map();
    for (const d of days) {
      const key = d.date.slice(0, 7);
      const m = months.get(key) || { date: key, events: 0, q1: 0, q2: 0, q3: 0, q4: 0, gsum: 0, gn: 0 };
      m.events += d.events;
      for (const q of ["q1", "q2", "q3", "q4"]) m[q] += d[q];
      if (d.goldstein != null) { m.gsum += d.goldstein * d.events; m.gn += d.events; }
      months.set(key, m);
    }
    return Array.from(months.values()).map((m) => ({ ...m, goldstein: m.gn ? m.gsum / m.gn : null }));
  }

  function drawTimeline() {
    const canvas = document.getElementById("timeline");
    if (!canvas || typeof Chart === "undefined") return;
    api("timeline").then((data) => {
      const rows = byMonthIfLong(data.rows);
      const labels = rows.map((r) => r.date);
      const datasets = [1, 2, 3, 4].map((q) => ({
        type: "bar", label: T["q" + q], data: rows.map((r) => r["q" + q]),
        backgroundColor: QUAD_COLORS[q], stack: "events", yAxisID: "y", order: 2,
      }));
      datasets.push({
        type: "line", label: T.mean_goldstein, data: rows.map((r) => r.goldstein),
        borderColor: "#13293d", backgroundColor: "#13293d", yAxisID: "y1", tension: 0.25,
        pointRadius: 3, spanGaps: true, order: 1,
      });
      new Chart(canvas, {
        data: { labels, datasets },
        options: {
          animation: false, responsive: true, maintainAspectRatio: false,
          interaction: { mode: "index", intersect: false },
          onClick: (evt, elements) => {  // a day's bar: filter the dashboard to that day
            if (!elements.length) return;
            const day = labels[elements[0].index];
            const p = new URLSearchParams(withParam("since", day));
            p.set("until", day);
            window.location.href = "/?" + p.toString();
          },
          plugins: { legend: { position: "bottom", labels: { boxWidth: 12, font: { family: "Noto Sans Arabic" } } } },
          scales: {
            x: { stacked: true },
            y: { stacked: true, beginAtZero: true, title: { display: true, text: T.count }, ticks: { precision: 0 } },
            y1: { position: "right", min: -10, max: 10, grid: { drawOnChartArea: false },
                  title: { display: true, text: T.goldstein } },
          },
        },
      });
      ready("timelineReady", rows.length);
    }).catch((e) => { showError(canvas.parentNode, e); ready("timelineReady", "error"); });
  }

  /* ---------- actor network ---------- */
  function goldsteinColor(g) {
    if (g == null) return "#9aa5b1";
    if (g <= -5) return QUAD_COLORS[4];
    if (g < 0) return QUAD_COLORS[3];
    if (g < 5) return QUAD_COLORS[1];
    return QUAD_COLORS[2];
  }

  function drawNetwork() {
    const box = document.getElementById("network");
    if (!box || typeof cytoscape === "undefined") return;
    api("dyads", "_size=80").then((data) => {
      const nodes = new Map();
      const edges = [];
      for (const d of data.rows) {
        for (const [name, code] of [[d.actor_name, d.actor_code], [d.recipient_name, d.recipient_code]]) {
          const n = nodes.get(name) || { id: name, label: name, code: code || "", events: 0 };
          n.events += d.events;
          nodes.set(name, n);
        }
        edges.push({
          id: "e" + edges.length, source: d.actor_name, target: d.recipient_name, events: d.events,
          goldstein: d.goldstein, color: goldsteinColor(d.goldstein), dyad: d,
        });
      }
      const maxN = Math.max(1, ...Array.from(nodes.values()).map((n) => n.events));
      const maxE = Math.max(1, ...edges.map((e) => e.events));
      const cy = cytoscape({
        container: box,
        elements: [
          ...Array.from(nodes.values()).map((n) => ({ data: { ...n, size: 18 + 30 * (n.events / maxN) } })),
          ...edges.map((e) => ({ data: { ...e, width: 1.5 + 6 * (e.events / maxE) } })),
        ],
        style: [
          { selector: "node", style: {
            "background-color": "#0f5e9c", label: "data(label)", width: "data(size)", height: "data(size)",
            "font-size": 12, "font-family": "Noto Sans Arabic, sans-serif", color: "#1d2430",
            "text-valign": "bottom", "text-margin-y": 4, "text-outline-color": "#fff", "text-outline-width": 2 } },
          { selector: "edge", style: {
            width: "data(width)", "line-color": "data(color)", "target-arrow-color": "data(color)",
            "target-arrow-shape": "triangle", "curve-style": "bezier", opacity: 0.85 } },
          { selector: "edge:selected", style: { "line-color": "#13293d", "target-arrow-color": "#13293d", opacity: 1 } },
        ],
        layout: { name: nodes.size > 2 ? "cose" : "grid", animate: false, randomize: false, padding: 20,
                  nodeRepulsion: () => 9000, idealEdgeLength: () => 90 },
      });
      cy.on("tap", "edge", (evt) => showDyad(evt.target.data("dyad")));
      cy.on("tap", "node", (evt) => {
        const n = evt.target.data();
        window.location.href = "/?" + withParam("actor", n.id);  // the name: codes like REB are shared
      });
      window.hadathNetwork = cy;
      ready("networkReady", nodes.size);
    }).catch((e) => { showError(box, e); ready("networkReady", "error"); });
  }

  function eventTable(rows) {
    const head = el("tr", {}, ...[T.date, T.actor, T.type, T.recipient, T.place, T.goldstein, ""].map((h) => el("th", {}, h)));
    const body = el("tbody");
    for (const r of rows) {
      body.appendChild(el("tr", { "data-event-id": r.id },
        el("td", { dir: "ltr", class: "nowrap" }, r.date || ""),
        el("td", {}, bdi(r.actor_name || "—")),
        el("td", {}, el("span", { class: "etype" }, r.type), " ", el("code", {}, r.cameo || "")),
        el("td", {}, bdi(r.recipient_name || "—")),
        el("td", {}, bdi(r.place_name || "")),
        el("td", { class: "num", dir: "ltr" }, fmt(r.goldstein)),
        el("td", {}, el("a", { href: "/events/" + encodeURIComponent(r.id) + langSuffix("?"), class: "article-link" }, T.open_article))));
    }
    return el("table", { class: "events" }, el("thead", {}, head), body);
  }

  function showDyad(d) {
    const card = document.getElementById("dyad-card");
    const body = document.getElementById("dyad-body");
    const title = document.getElementById("dyad-title");
    title.replaceChildren(safeText(d.actor_name + " → " + d.recipient_name));
    body.replaceChildren(el("p", { class: "muted" }, T.working));
    card.classList.remove("hidden");
    const p = new URLSearchParams({ actor_name: d.actor_name, recipient_name: d.recipient_name });
    if (d.actor_code) p.set("actor_code", d.actor_code);
    if (d.recipient_code) p.set("recipient_code", d.recipient_code);
    api("dyads/events", p.toString()).then((data) => {
      body.replaceChildren(eventTable(data.rows));
      ready("dyadReady", data.rows.length);
    }).catch((e) => { body.replaceChildren(); showError(body, e); });
    card.scrollIntoView({ block: "nearest" });
  }

  /* ---------- map ---------- */
  function drawMap() {
    const box = document.getElementById("map");
    if (!box || typeof L === "undefined" || typeof topojson === "undefined") return;
    Promise.all([
      fetch("/static/vendor/countries-110m.json").then((r) => r.json()),
      api("places"),
    ]).then(([topo, data]) => {
      const byCountry = new Map(data.countries.filter((c) => c.numeric).map((c) => [c.numeric, c]));
      const maxC = Math.max(1, ...data.countries.map((c) => c.events));
      const map = L.map(box, { attributionControl: false, minZoom: 1, maxZoom: 8, worldCopyJump: false,
                               zoomSnap: 0.25 }).setView([27, 35], 3);
      const shapes = topojson.feature(topo, topo.objects.countries);
      L.geoJSON(shapes, {
        style: (f) => {
          const c = byCountry.get(String(f.id));
          const k = c ? c.events / maxC : 0;
          return { color: "#8a99a8", weight: 0.6, fillColor: c ? "#0f5e9c" : "#f4f1ea",
                   fillOpacity: c ? 0.18 + 0.6 * k : 1 };
        },
        onEachFeature: (f, layer) => {
          const c = byCountry.get(String(f.id));
          const tip = el("div", {}, el("strong", {}, f.properties.name),
            c ? el("div", {}, T.events + ": " + c.events) : null);
          layer.bindTooltip(tip, { sticky: true });
          if (c) {  // a country with events: click to filter by it
            layer.on("click", () => {
              window.location.href = "/?" + withParam("country", c.country);
            });
          }
        },
      }).addTo(map);
      const points = [];
      const maxP = Math.max(1, ...data.rows.map((p) => p.events));
      for (const p of data.rows) {
        if (p.lat == null || p.lon == null) continue;
        points.push([p.lat, p.lon]);
        const m = L.circleMarker([p.lat, p.lon], {
          radius: 5 + 12 * Math.sqrt(p.events / maxP), color: "#7a1020", weight: 1.5,
          fillColor: "#c8333f", fillOpacity: 0.75, className: "place-marker",
        }).addTo(map);
        m.bindTooltip(el("div", {}, el("strong", {}, bdi(p.name)), el("div", {}, T.events + ": " + p.events)));
        m.on("click", (e) => {
          L.DomEvent.stopPropagation(e);
          window.location.href = "/?" + withParam("place", p.name);
        });
      }
      // no zoom animation: "mapReady" must mean the markers stand where a click will find them
      if (points.length) map.fitBounds(L.latLngBounds(points).pad(0.6), { maxZoom: 4, animate: false });
      window.hadathMap = map;
      ready("mapReady", points.length);
    }).catch((e) => { showError(box, e); ready("mapReady", "error"); });
  }

  /* ---------- paste an article ---------- */
  function highlightedText(text, spans) {
    // Cut the text at every span boundary; each piece gets the classes of the spans covering it.
    const cuts = new Set([0, text.length]);
    const ok = spans.filter((s) => s.end > s.start && s.start >= 0 && s.end <= text.length);
    ok.forEach((s) => { cuts.add(s.start); cuts.add(s.end); });
    const points = Array.from(cuts).sort((a, b) => a - b);
    const out = el("div", { class: "article-text", dir: "auto" });
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const kinds = [...new Set(ok.filter((s) => s.start <= a && b <= s.end).map((s) => s.kind))]
        .sort((x, y) => KINDS.indexOf(x) - KINDS.indexOf(y));
      const piece = text.slice(a, b);
      if (!kinds.length) { out.appendChild(safeText(piece)); continue; }
      out.appendChild(el("mark", { class: "hl " + kinds.map((k) => "hl-" + k).join(" "), "data-kind": kinds[0] }, piece));
    }
    return out;
  }

  function extractSpans(doc) {
    const spans = [];
    for (const ev of doc.events || []) {
      spans.push({ ...ev.trigger, kind: "trigger" });
      (ev.actor || []).forEach((a) => spans.push({ start: a.start, end: a.end, kind: "actor" }));
      (ev.recipient || []).forEach((a) => spans.push({ start: a.start, end: a.end, kind: "recipient" }));
      if (ev.date) spans.push({ start: ev.date.start, end: ev.date.end, kind: "date" });
      if (ev.location) spans.push({ start: ev.location.start, end: ev.location.end, kind: "place" });
    }
    return spans;
  }

  function extractTable(doc) {
    const head = el("tr", {}, ...[T.type, T.actor, T.recipient, T.date, T.place, T.aux, T.goldstein].map((h) => el("th", {}, h)));
    const body = el("tbody");
    for (const ev of doc.events || []) {
      const names = (xs) => (xs || []).map((a) => a.name || a.text).join("، ") || "—";
      body.appendChild(el("tr", {},
        el("td", {}, el("span", { class: "etype" }, ev.type), " ", el("code", {}, ev.cameo || "")),
        el("td", {}, bdi(names(ev.actor))), el("td", {}, bdi(names(ev.recipient))),
        el("td", { dir: "ltr" }, ev.date ? (ev.date.value || ev.date.text) : ""),
        el("td", {}, bdi(ev.location ? ev.location.name : "")), el("td", {}, ev.aux || ""),
        el("td", { class: "num", dir: "ltr" }, fmt(ev.goldstein))));
    }
    return el("table", { class: "events", id: "extract-events" }, el("thead", {}, head), body);
  }

  function setupExtract() {
    const form = document.getElementById("extract-form");
    if (!form) return;
    form.addEventListener("submit", (evt) => {
      evt.preventDefault();
      const out = document.getElementById("extract-result");
      const text = document.getElementById("extract-text").value;
      const date = document.getElementById("extract-date").value || null;
      const tokenInput = document.getElementById("extract-token");
      const headers = { "Content-Type": "application/json", Accept: "application/json" };
      if (tokenInput && tokenInput.value) headers.Authorization = "Bearer " + tokenInput.value;
      out.replaceChildren(el("p", { class: "muted" }, T.working));
      fetch("/api/extract", { method: "POST", headers, body: JSON.stringify({ text, date }) })
        .then((r) => r.json().then((body) => ({ ok: r.ok, status: r.status, body })))
        .then(({ ok, status, body }) => {
          if (!ok) throw new Error(typeof body.detail === "string" ? body.detail : "HTTP " + status);
          const n = (body.events || []).length;
          out.replaceChildren(
            el("p", {}, el("strong", {}, String(n)), " " + T.events),
            highlightedText(text, extractSpans(body)),
            n ? extractTable(body) : el("p", { class: "muted" }, T.no_events));
          ready("extractReady", n);
        })
        .catch((e) => { out.replaceChildren(); showError(out, e); ready("extractReady", "error"); });
    });
  }

  document.getElementById("dyad-close").addEventListener("click", () => {
    document.getElementById("dyad-card").classList.add("hidden");
  });
  drawTimeline();
  drawNetwork();
  drawMap();
  setupExtract();
})();

// The relationship page: the graph (vis-network) and the evidence of a clicked edge (fetched from /api).
// Article text is untrusted: it only ever reaches the page through textContent.
(function () {
  "use strict";
  var holder = document.getElementById("graph");
  var dataBlock = document.getElementById("graph-data");
  if (!holder || !dataBlock) { return; }
  var data = JSON.parse(dataBlock.textContent);
  var names = {};
  data.nodes.forEach(function (n) { names[n.id] = n.label; });

  var groups = {
    a: { color: { background: "#1f77b4", border: "#174f7a" }, font: { color: "#102a43", size: 16, bold: true } },
    b: { color: { background: "#9467bd", border: "#5e3f7a" }, font: { color: "#102a43", size: 16, bold: true } },
    between: { color: { background: "#d9e2ec", border: "#829ab1" }, font: { color: "#243b53", size: 13 } }
  };
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return { id: n.id, label: n.label, value: n.value, group: n.group, shape: "dot" };
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    return {
      id: e.id, from: e.from, to: e.to, value: e.value,
      color: { color: e.color, highlight: e.color, hover: e.color, opacity: e.direct ? 1.0 : 0.45 },
      dashes: e.tone === "none"
    };
  }));
  var network = new vis.Network(holder, { nodes: nodes, edges: edges }, {
    groups: groups,
    nodes: { scaling: { min: 12, max: 42 }, borderWidth: 2 },
    edges: { scaling: { min: 1, max: 12 }, smooth: false, selectionWidth: 2, hoverWidth: 1 },
    interaction: { hover: true, tooltipDelay: 150, selectConnectedEdges: false },
    layout: { randomSeed: 7 },
    physics: { solver: "forceAtlas2Based", stabilization: { iterations: 300, fit: true },
               forceAtlas2Based: { gravitationalConstant: -80, springLength: 140 } }
  });
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: false });
    network.fit();
    holder.setAttribute("data-ready", "true");
  });
  window.dossierGraph = network;  // for tests and the curious: positions, selection

  var list = document.getElementById("edge-evidence");
  var title = document.getElementById("edge-title");
  var hint = document.getElementById("edge-hint");

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function articleHref(ev) {
    return "/articles/" + encodeURIComponent(ev.article_id) + "?start=" + ev.start + "&end=" + ev.end + "#focus";
  }

  function evidenceItem(ev, kind, certainty, quad) {
    var li = el("li", "evidence" + (quad ? " q" + quad : ""));
    var meta = el("div", "ev-meta");
    if (kind) { meta.appendChild(el("span", "tag" + (quad ? " q" + quad : ""), kind)); }
    if (certainty) { meta.appendChild(el("span", "cert " + certainty, certainty)); }
    var link = el("a", null, ev.title || ev.article_id);
    link.href = articleHref(ev);
    meta.appendChild(link);
    meta.appendChild(el("span", "muted", " " + (ev.published || "undated") + (ev.source ? " · " + ev.source : "")));
    li.appendChild(meta);
    var quote = el("blockquote");
    var a = Math.max(0, ev.start - ev.sentence_start), b = Math.max(a, ev.end - ev.sentence_start);
    quote.appendChild(document.createTextNode(ev.sentence.slice(0, a)));
    quote.appendChild(el("mark", null, ev.sentence.slice(a, b)));
    quote.appendChild(document.createTextNode(ev.sentence.slice(b)));
    li.appendChild(quote);
    return li;
  }

  function showEdge(a, b) {
    title.textContent = (names[a] || a) + " — " + (names[b] || b);
    hint.textContent = "Loading…";
    list.replaceChildren();
    var url = "/api/relation?paths=0&evidence=20&articles=20&a=" + encodeURIComponent(a) + "&b=" + encodeURIComponent(b);
    fetch(url, { headers: { "Accept": "application/json" } }).then(function (r) {
      return r.json().then(function (body) { return { ok: r.ok, body: body }; });
    }).then(function (res) {
      if (!res.ok) { hint.textContent = res.body.error ? res.body.error.message : "failed"; return; }
      var rel = res.body, n = 0, seen = {};
      rel.events.forEach(function (e) {
        e.evidence.slice(0, 3).forEach(function (ev) {
          seen[ev.article_id + "@" + ev.sentence_start] = true;
          list.appendChild(evidenceItem(ev, e.type, e.negated ? "denied" : e.certainty, e.quad_class)); n += 1;
        });
      });
      rel.evidence.forEach(function (ev) {
        if (seen[ev.article_id + "@" + ev.sentence_start]) { return; }  // already shown as an event's evidence
        list.appendChild(evidenceItem(ev, "mentioned together")); n += 1;
      });
      hint.textContent = n ? n + " sentence(s)" : "No sentence mentions both.";
      list.setAttribute("data-loaded", String(n));
    }).catch(function () { hint.textContent = "The evidence could not be loaded."; });
  }

  network.on("click", function (params) {
    if (params.edges.length && !params.nodes.length) {
      var edge = edges.get(params.edges[0]);
      showEdge(edge.from, edge.to);
    } else if (params.nodes.length) {
      window.location.href = "/entities/" + encodeURIComponent(params.nodes[0]);
    }
  });
  document.querySelectorAll(".edge-button").forEach(function (button) {
    button.addEventListener("click", function () { showEdge(button.dataset.a, button.dataset.b); });
  });
})();

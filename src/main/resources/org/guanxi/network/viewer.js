/* Guanxi's network viewer: draws the network with vis-network, filters it by date, finds people by
   name, and lists a person's or a tie's meetings and statements with the sentences they came from.
   After each drawing it writes the drawn counts into <body data-drawn-nodes data-drawn-edges>. */
(function () {
  'use strict';
  const data = JSON.parse(document.getElementById('network-data').textContent);
  const people = new Map(data.people.map(p => [p.id, p]));
  const $ = id => document.getElementById(id);
  const range = { from: '', to: '' };
  let pinned = null;

  const modeNames = { InPerson: 'in person', Video: 'video', Phone: 'phone' };
  const nameOf = iri => (people.get(iri) || { label: decodeURIComponent(iri.replace(/.*\//, '')) }).label;
  const inRange = x => (!range.from && !range.to) || (x.first !== '' &&
      (!range.from || x.first >= range.from) && (!range.to || x.last <= range.to));
  // undated last; plain comparison, as locale collation puts punctuation before digits
  const dayOf = x => x.first || '9999-99-99';
  const byDate = (a, b) => (dayOf(a) < dayOf(b) ? -1 : dayOf(a) > dayOf(b) ? 1 : 0);
  // reports of one event in several articles are one meeting
  const meetingCount = ms => new Set(ms.map(m => m.event)).size;

  const nodes = new vis.DataSet(data.people.map(p => ({
    id: p.id, label: p.label, value: p.degree, group: p.country || 'unknown',
    title: p.en ? p.label + ' · ' + p.en : p.label })));
  const edges = new vis.DataSet(data.ties.map(t => {
    const ms = t.meetings.map(i => data.meetings[i]);
    return { id: t.id, from: t.from, to: t.to, value: meetingCount(ms) };
  }));

  const container = $('graph');
  if (data.people.length === 0) {
    $('details').replaceChildren(el('p', 'hint', 'No meetings match (' + data.description + ').'));
  }
  const network = new vis.Network(container, { nodes, edges }, {
    nodes: { shape: 'dot', scaling: { min: 8, max: 40, label: { enabled: true, min: 13, max: 24 } },
      font: { face: 'system-ui, "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif' }, borderWidth: 1 },
    edges: { scaling: { min: 1, max: 12 }, color: { color: '#9fb3c8', highlight: '#d64545', hover: '#d64545' },
      smooth: false },
    physics: { solver: 'forceAtlas2Based', forceAtlas2Based: { gravitationalConstant: -60, springLength: 120 },
      stabilization: { iterations: 400, fit: true } },
    interaction: { hover: true, tooltipDelay: 150, navigationButtons: false }
  });

  function visibleTies() {
    return data.ties
      .map(t => ({ tie: t, meetings: t.meetings.map(i => data.meetings[i]).filter(inRange) }))
      .filter(x => x.meetings.length > 0);
  }

  /** Shows what the date range keeps; a person with no meeting left is hidden while a range is set. */
  function apply() {
    const ties = visibleTies();
    const degree = new Map();
    ties.forEach(({ tie }) => [tie.from, tie.to].forEach(id => degree.set(id, (degree.get(id) || 0) + 1)));
    const filtering = range.from || range.to;
    const shown = p => !filtering || degree.has(p.id) || p.id === data.focus;
    nodes.update(data.people.map(p => ({ id: p.id, hidden: !shown(p), value: degree.get(p.id) || 0 })));
    const kept = new Map(ties.map(x => [x.tie.id, x.meetings]));
    edges.update(data.ties.map(t => {
      const ms = kept.get(t.id);
      return { id: t.id, hidden: !ms, value: ms ? meetingCount(ms) : 1,
        title: ms ? nameOf(t.from) + ' — ' + nameOf(t.to) + ': ' + meetingCount(ms) + ' meeting(s)' : '' };
    }));
    const all = new Set(ties.flatMap(x => x.meetings.map(m => m.event)));
    const shownPeople = data.people.filter(shown).length;
    document.body.dataset.nodes = shownPeople;
    document.body.dataset.edges = ties.length;
    $('counts').textContent = shownPeople + ' people · ' + ties.length + ' ties · ' + all.size + ' meetings';
    if (pinned) {
      show(pinned);
    }
  }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function source(x) {
    const s = el('div', 'src');
    s.append((x.published ? x.published + ' · ' : '') + (x.article ? '“' + x.article + '” · ' : ''));
    if (x.url) {
      const a = el('a', null, x.file);
      a.href = x.url;
      a.target = '_blank';
      a.rel = 'noopener';
      s.append(a);
    } else {
      s.append(x.file);
    }
    return s;
  }

  function item(date, head, evidence, x) {
    const li = el('li');
    const h = el('div', 'head');
    h.append(el('span', 'date', date || 'date unknown'), head);
    li.append(h);
    evidence.forEach(e => li.append(el('blockquote', null, e)));
    li.append(source(x));
    return li;
  }

  function meetingList(ms, except) {
    const ol = el('ol');
    ms.slice().sort(byDate).forEach(m => {
      const others = m.people.filter(p => !except.includes(p)).map(nameOf);
      const head = [modeNames[m.mode] || 'meeting', m.status !== 'Held' ? '(' + m.status.toLowerCase() + ')' : '',
        others.length ? 'with ' + others.join('、') : '', m.place ? 'in ' + m.place : ''].filter(Boolean).join(' ');
      ol.append(item(m.date, head, m.evidence, m));
    });
    return ol;
  }

  function show(what) {
    const panel = $('details');
    panel.replaceChildren();
    if (what.person) {
      const p = people.get(what.person);
      const { meetings: ms, met } = meetingsOf(p.id);
      const said = data.statements.filter(s => s.speaker === p.id && inRange(s)).sort(byDate);
      panel.append(el('h2', null, p.label),
        el('p', 'sub', [p.en, p.country.toUpperCase(), 'met ' + met + (met === 1 ? ' person' : ' people')].filter(Boolean).join(' · ')));
      const reports = ms.length > meetingCount(ms) ? ', in ' + ms.length + ' reports' : '';
      panel.append(el('h3', null, 'Meetings (' + meetingCount(ms) + reports + ')'), meetingList(ms, [p.id]));
      panel.append(el('h3', null, 'Statements (' + said.length + ')'));
      const ol = el('ol');
      said.forEach(s => ol.append(item(s.date, s.content, s.evidence, s)));
      panel.append(ol);
    } else if (what.tie) {
      const t = data.ties.find(x => x.id === what.tie);
      const ms = t.meetings.map(i => data.meetings[i]).filter(inRange);
      panel.append(el('h2', null, nameOf(t.from) + ' — ' + nameOf(t.to)),
        el('p', 'sub', meetingCount(ms) + ' meeting(s), in ' + ms.length + ' report(s)'),
        meetingList(ms, [t.from, t.to]));
    }
  }

  /** The meetings on the person's drawn ties, and the people at the other ends. */
  function meetingsOf(id) {
    const seen = new Set();
    const met = new Set();
    data.ties.forEach(t => {
      if ((t.from === id || t.to === id) && !edges.get(t.id).hidden) {
        t.meetings.forEach(i => seen.add(i));
        met.add(t.from === id ? t.to : t.from);
      }
    });
    return { meetings: [...seen].map(i => data.meetings[i]).filter(inRange), met: met.size };
  }

  network.on('hoverNode', e => { if (!pinned) show({ person: e.node }); });
  network.on('hoverEdge', e => { if (!pinned) show({ tie: e.edge }); });
  network.on('click', e => {
    pinned = e.nodes.length ? { person: e.nodes[0] } : e.edges.length ? { tie: e.edges[0] } : null;
    if (pinned) show(pinned);
  });
  network.on('afterDrawing', () => {
    document.body.dataset.drawnNodes = network.body.nodeIndices.length;
    document.body.dataset.drawnEdges = network.body.edgeIndices.length;
  });
  network.once('stabilizationIterationsDone', () => {
    network.fit();
    document.body.dataset.ready = 'true';
  });

  // search: a name, English name or alias; exact first, then the first that contains it
  const list = $('names');
  data.people.forEach(p => [p.label, p.en].concat(p.aliases).filter(Boolean).forEach(n => {
    const o = el('option');
    o.value = n;
    list.append(o);
  }));
  /** Selects and explains the person a name, English name or alias means (exact first, then a part). */
  function find(input, text) {
    const q = text.trim().toLowerCase();
    if (!q) return;
    const names = p => [p.label, p.en].concat(p.aliases).map(n => n.toLowerCase());
    const p = data.people.find(x => names(x).includes(q)) || data.people.find(x => names(x).some(n => n.includes(q)));
    if (!p || nodes.get(p.id).hidden) {
      input.setCustomValidity('not in the network');
      input.reportValidity();
      return;
    }
    input.setCustomValidity('');
    pinned = { person: p.id };
    network.selectNodes([p.id]);
    network.focus(p.id, { scale: 1.3, animation: { duration: 400 } });
    show(pinned);
  }
  $('search').addEventListener('change', e => find(e.target, e.target.value));

  const dates = data.meetings.map(m => m.first).concat(data.meetings.map(m => m.last)).filter(Boolean).sort();
  ['from', 'to'].forEach(k => {
    if (dates.length) {
      $(k).min = dates[0];
      $(k).max = dates[dates.length - 1];
    }
    $(k).addEventListener('change', e => { range[k] = e.target.value; apply(); });
  });
  $('reset').addEventListener('click', () => {
    range.from = range.to = '';
    $('from').value = $('to').value = '';
    apply();
  });

  // a link may carry the view: #from=2023-10-01&to=2023-10-31&person=王毅
  const params = new URLSearchParams(location.hash.slice(1));
  ['from', 'to'].forEach(k => {
    if (params.get(k)) {
      range[k] = $(k).value = params.get(k);
    }
  });
  apply();
  if (params.get('person')) {
    $('search').value = params.get('person');
    find($('search'), params.get('person'));
  } else if (data.focus) {
    // an ego network opens on its person
    pinned = { person: data.focus };
    network.selectNodes([data.focus]);
    show(pinned);
  }
  if (data.people.length === 0) {
    document.body.dataset.drawnNodes = 0;
    document.body.dataset.drawnEdges = 0;
    document.body.dataset.ready = 'true';
  }
}());

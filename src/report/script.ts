/**
 * The report's only script, inlined: shows a pair's evidence (from the JSON in
 * `#evidence-data`) in the `#evidence` panel when a heatmap cell or a link button is hovered,
 * focused or clicked, in the half of the window away from it. A click pins the panel; Escape or
 * × closes it. Everything is built with
 * `textContent`, so document text can never become markup. Without script, cells keep a tooltip.
 */
export const REPORT_SCRIPT = `
(() => {
  const source = document.getElementById('evidence-data');
  const panel = document.getElementById('evidence');
  if (!source || !panel) return;
  const data = JSON.parse(source.textContent);
  let pinned = null;
  let active = null;
  const el = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const chips = (label, items, kind) => {
    const p = el('p', 'ev-list');
    p.append(el('span', 'chips-label', label), ' ');
    if (items.length === 0) p.append(el('span', 'ev-none', 'none'));
    items.forEach((item) => p.append(el('mark', 'hl hl-' + kind, item), ' '));
    return p;
  };
  const docLine = (n) => {
    const d = data.docs[n];
    const p = el('p', 'ev-doc');
    p.append(el('b', 'num', '#' + (n + 1)), ' ', el('code', '', d.id), ' ', el('span', 'lang', d.lang), ' ', el('span', 'cid', d.cluster), ' ', d.title);
    return p;
  };
  const signals = (pair) => {
    const grid = el('div', 'ev-signals');
    data.signals.forEach((name, k) => {
      const [score, contribution] = pair.g[k];
      const bar = el('span', 'ev-bar');
      const fill = el('i');
      fill.style.setProperty('--v', score === null ? '0' : String(score));
      bar.append(fill);
      bar.title = score === null ? 'no evidence for this signal' : 'score ' + score.toFixed(3) + ', log-odds ' + (contribution < 0 ? '' : '+') + contribution.toFixed(2);
      grid.append(el('span', '', name), bar, el('span', score === null ? 'ev-none' : '', score === null ? 'n/a' : (contribution < 0 ? '' : '+') + contribution.toFixed(2)));
    });
    return grid;
  };
  const render = (key) => {
    const pair = Object.prototype.hasOwnProperty.call(data.pairs, key) ? data.pairs[key] : null;
    if (!pair) return false;
    const [i, j] = key.split('-').map(Number);
    const close = el('button', 'ev-close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', 'Close evidence');
    close.addEventListener('click', hide);
    const same = data.docs[i].cluster === data.docs[j].cluster;
    const verdict = el('p', 'ev-verdict', (same ? 'Same cluster' : 'Different clusters') + (pair.x ? ' · event dates conflict (' + pair.gap + ' days apart)' : pair.gap === null ? '' : ' · event dates ' + pair.gap + ' days apart'));
    panel.replaceChildren(close, el('h3', '', 'Evidence #' + (i + 1) + ' ↔ #' + (j + 1) + ': ' + pair.s.toFixed(3)), docLine(i), docLine(j), verdict, signals(pair),
      chips('Entities', pair.e, 'entity'), chips('Dates', pair.d, 'date'), chips('Numbers', pair.n, 'number'));
    panel.hidden = false;
    return true;
  };
  const activate = (target) => {
    if (active) active.classList.remove('active');
    active = target;
    if (active) active.classList.add('active');
  };
  function hide() {
    pinned = null;
    activate(null);
    panel.hidden = true;
  }
  const show = (target, pin) => {
    if (!render(target.dataset.pair)) return;
    const box = target.getBoundingClientRect();
    panel.classList.toggle('top', box.top + box.height / 2 > window.innerHeight / 2);
    activate(target);
    if (pin) pinned = target;
  };
  const pairOf = (event) => (event.target instanceof Element ? event.target.closest('[data-pair]') : null);
  document.addEventListener('mouseover', (event) => {
    const target = pairOf(event);
    if (target && !pinned) show(target, false);
  });
  document.addEventListener('mouseout', (event) => {
    const target = pairOf(event);
    const next = event.relatedTarget instanceof Element ? event.relatedTarget.closest('[data-pair], #evidence') : null;
    if (target && !pinned && !next) hide();
  });
  document.addEventListener('focusin', (event) => {
    const target = pairOf(event);
    if (target && !pinned) show(target, false);
  });
  document.addEventListener('click', (event) => {
    const target = pairOf(event);
    if (!target) return;
    if (pinned === target) hide();
    else show(target, true);
  });
  document.addEventListener('keydown', (event) => {
    const target = pairOf(event);
    if (event.key === 'Escape') hide();
    else if (target && target.tagName === 'TD' && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      show(target, true);
    }
  });
})();
`;

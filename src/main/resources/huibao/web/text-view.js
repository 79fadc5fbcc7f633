// The report text line by line with every finding marked in place, and the findings about the whole
// report named above it.
import { $, clamp, el } from './dom.js';
import { openFinding } from './navigation.js';
import { SEVERITY_RANK, elementIds, state, t } from './state.js';

export function renderText(text, findings, report) {
  const view = $('text-view');
  view.replaceChildren();
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '' && text.endsWith('\n')) lines.pop();
  const evidenceLines = new Set();
  for (const id of elementIds(report)) {
    const v = report.elements[id];
    if (v && v.required !== false) for (const e of v.evidence || []) evidenceLines.add(e.line);
  }
  const pieces = lines.map(() => []);
  const chars = lines.map((l) => Array.from(l));
  state.chars = chars;
  renderWhole(findings.filter((f) => isWhole(f, report)));
  for (const f of findings) {
    if (isWhole(f, report)) continue; // about the report as a whole: named above the text, not painted on line 1
    const first = Math.max(1, f.line);
    const last = Math.max(first, f.endLine || f.line);
    if (first > lines.length) continue;
    const point = first === last && (f.endColumn || f.column) <= f.column;
    let any = false;
    for (let n = first; !point && n <= Math.min(last, lines.length); n++) {
      const len = chars[n - 1].length;
      const start = n === first ? clamp(f.column, 1, len + 1) : 1;
      const end = n === last ? clamp(f.endColumn, start, len + 1) : len + 1;
      if (end > start) { pieces[n - 1].push({ f, start, end }); any = true; }
    }
    if (!any) {
      const at = clamp(f.column, 1, chars[first - 1].length + 1);
      pieces[first - 1].push({ f, start: at, end: at });
    }
  }
  const fragment = document.createDocumentFragment();
  lines.forEach((_, i) => {
    const n = i + 1;
    const src = el('span', { class: 'src' });
    renderLine(src, chars[i], pieces[i]);
    fragment.append(el('div', {
      class: 'line' + (evidenceLines.has(n) ? ' ev' : '') + (pieces[i].length ? ' has' : ''),
      id: 'L' + n, tabindex: '-1', 'data-line': String(n),
    }, el('span', { class: 'ln', 'aria-hidden': 'true', text: String(n) }), src));
  });
  view.append(fragment);
}

function renderLine(target, chars, pieces) {
  const cuts = new Set([1, chars.length + 1]);
  for (const p of pieces) { cuts.add(p.start); cuts.add(p.end); }
  const sorted = [...cuts].sort((a, b) => a - b);
  for (let k = 0; k < sorted.length; k++) {
    const a = sorted[k];
    for (const p of pieces) {
      if (p.start === a && p.end === a) target.append(markFor([p.f], '', true));
    }
    if (k === sorted.length - 1) break;
    const b = sorted[k + 1];
    const piece = chars.slice(a - 1, b - 1).join('');
    const covering = pieces.filter((p) => p.start <= a && p.end >= b && p.end > p.start).map((p) => p.f);
    target.append(covering.length ? markFor(covering, piece, false) : document.createTextNode(piece));
  }
  if (chars.length === 0 && pieces.length === 0) target.append(document.createTextNode('\u200b'));
}

function markFor(findings, text, point) {
  const worst = findings.reduce((w, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[w.severity] ? f : w));
  const mark = el('mark', {
    class: 'sev-' + worst.severity + (point ? ' point' : ''),
    title: findings.map((f) => `${f.rule} ${f.message}`).join('\n'),
    'data-findings': findings.map((f) => f.index).join(' '),
    'data-rule': findings.map((f) => f.rule).join(' '),
  });
  mark.textContent = text;
  mark.addEventListener('click', () => openFinding(worst.index));
  return mark;
}

/**
 * A finding about the whole report: the empty range at 1:1 with no excerpt (a missing part, no figures,
 * the margins), or a missing required part wherever a rule put it. Shown above the text, not painted on line 1.
 */

export function isWhole(f, report) {
  if (f.line === 1 && f.column === 1 && f.endLine === 1 && f.endColumn === 1 && !f.excerpt) return true;
  const v = f.element && report.elements[f.element];
  return Boolean(v) && v.required !== false && v.status === 'absent';
}

function renderWhole(findings) {
  const box = $('whole');
  box.replaceChildren();
  box.hidden = findings.length === 0;
  if (!findings.length) return;
  const list = el('ul');
  for (const f of findings) {
    list.append(el('li', null, el('button', {
      type: 'button', class: 'link', text: `${f.rule} ${f.message}`, onclick: () => openFinding(f.index),
    })));
  }
  box.append(el('strong', { text: t('aboutWhole') }), list);
}

/** The text a finding points at with about ten characters on either side, from the report text. */

function excerptOf(f) {
  const chars = state.chars || [];
  const first = chars[f.line - 1];
  if (!first) return f.excerpt ? { before: '', match: f.excerpt, after: '' } : null;
  const start = clamp(f.column - 1, 0, first.length);
  const multi = (f.endLine || f.line) > f.line;
  const last = multi ? chars[f.endLine - 1] || first : first;
  const end = clamp((f.endColumn || f.column) - 1, multi ? 0 : start, last.length);
  const from = Math.max(0, start - 10);
  const to = Math.min(last.length, end + 10);
  let match = multi ? (f.excerpt || '').replace(/\s+/g, ' ') : first.slice(start, end).join('');
  if (Array.from(match).length > 40) match = Array.from(match).slice(0, 40).join('') + '…';
  const before = (from > 0 ? '…' : '') + first.slice(from, start).join('');
  return { before: from > 0 ? before : before.trimStart(), match, after: last.slice(end, to).join('') + (to < last.length ? '…' : '') };
}

export function excerptNode(f, tag, attrs) {
  const e = excerptOf(f);
  if (!e || (!e.before && !e.match && !e.after)) return null;
  return el(tag, attrs, e.before, el('em', { class: 'hit', text: e.match }), e.after);
}

/** {0}, {1}… in a rule's own texts stand for what a finding found; without one, an ellipsis. */

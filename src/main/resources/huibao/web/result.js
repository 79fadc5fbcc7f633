// A check's result: score and verdict, the breakdown, the element checklist, the text and the findings.
import { $, el } from './dom.js';
import { renderFindings } from './findings.js';
import { goToLine } from './navigation.js';
import { ICONS, elementIds, elementName, formatScore, t } from './state.js';
import { renderText } from './text-view.js';

export function showResult(report) {
  $('empty').hidden = true;
  $('result').hidden = false;
  $('input-form').hidden = true;
  $('annotated').hidden = false;
  $('edit').hidden = false;

  const verdict = $('verdict');
  verdict.textContent = report.passed ? t('pass') : t('fail');
  verdict.className = 'badge ' + (report.passed ? 'pass' : 'fail');
  $('score-value').textContent = formatScore(report.score);
  $('threshold').textContent = t('threshold', report.threshold);
  const blocked = $('blocked');
  blocked.hidden = !report.blockedBy || report.blockedBy.length === 0;
  blocked.textContent = blocked.hidden ? '' : t('blockedBy', report.blockedBy.join(', '));
  const meta = [report.file];
  if (report.genre) meta.push(t('genre', t('genre.' + report.genre)));
  if (report.suppressed) meta.push(t('suppressed', report.suppressed));
  $('report-meta').textContent = meta.join(' · ');

  const breakdown = $('breakdown');
  breakdown.replaceChildren(...(report.breakdown || []).map((item) => el('tr', null,
    el('th', { scope: 'row', text: item.item === 'quality' ? t('quality') : elementName(report, item.item) }),
    el('td', { text: t('points', formatScore(item.points), formatScore(item.max)) }),
    el('td', { text: item.detail || '' }))));

  const findings = sortedFindings(report.findings);
  renderElements(report);
  renderText(report.text || '', findings, report);
  renderFindings(findings);
}

function sortedFindings(findings) {
  return findings.map((f, i) => ({ ...f, index: i }))
    .sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}

function renderElements(report) {
  const list = $('elements');
  list.replaceChildren();
  for (const id of elementIds(report)) {
    const v = report.elements[id];
    const status = v.status;
    const cls = 'element ' + (v.required === false ? 'optional ' : '') + status;
    const head = el('div', { class: 'element-head' },
      el('span', { class: 'mark-icon', 'aria-hidden': 'true', text: ICONS[status] || '' }),
      el('span', { class: 'element-name', text: elementName(report, id) }),
      el('span', { class: 'element-status', text: t('st.' + status) + (v.required === false ? t('notRequired') : '') }));
    const item = el('li', { class: cls, 'data-element': id, 'data-status': status }, head);
    if (v.quality === 'weak' && v.reason) item.append(el('p', { class: 'weak', text: t('weak', v.reason) }));
    if (v.evidence && v.evidence.length) {
      const ev = el('ul', { class: 'evidence' });
      // Several cues on one line (a heading and its first sentence) are one place for a reader.
      const lines = new Set();
      for (const e of v.evidence) {
        if (lines.has(e.line)) continue;
        lines.add(e.line);
        ev.append(el('li', null, el('button', {
          type: 'button', title: e.text, text: t('evidenceGo', e.line, e.text),
          onclick: () => goToLine(e.line),
        })));
      }
      item.append(ev);
    }
    list.append(item);
  }
}

/**
 * The report text line by line, every finding marked in place. Columns count code points and end
 * columns are exclusive, as in the JSON; each line is cut at every start and end of a finding and each
 * piece is one <mark> in the colour of the most severe finding covering it. A finding with an empty
 * range (about the whole report) is a small flag at its place.
 */

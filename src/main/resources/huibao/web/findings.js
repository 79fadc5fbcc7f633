// The list of findings: identical ones grouped with their places, each with its excerpt, suggestion and
// the rule's help.
import { $, el } from './dom.js';
import { goToFinding } from './navigation.js';
import { state, t } from './state.js';
import { excerptNode, isWhole } from './text-view.js';

function generic(text) {
  return (text || '').replace(/\{\d\}/g, '…');
}

/** "改为：…" for a finding with an edit, '' without. */
function fixText(f) {
  if (!f.fix) return '';
  return f.fix.replacement === '' ? t('fixDelete', f.fix.range.text) : t('fix', f.fix.replacement);
}

/** Findings of one rule with one message (a template's 55 "××") are one entry with their places. */

function groupFindings(findings) {
  const groups = new Map();
  for (const f of findings) {
    const key = `${f.rule}\u0000${f.severity}\u0000${f.message}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(f);
  }
  return [...groups.values()];
}

export function renderFindings(findings) {
  const list = $('findings');
  list.replaceChildren();
  $('finding-count').textContent = t('count', findings.length);
  $('no-findings').hidden = findings.length > 0;
  for (const members of groupFindings(findings)) {
    const f = members[0];
    const whole = isWhole(f, state.report);
    const rule = state.rules[f.rule];
    const where = whole ? t('wholeReport') : members.length > 1 ? t('places', members.length) : t('lineRef', f.line);
    const summary = el('summary', { title: rule ? `${rule.title}\n${rule.description}` : f.message },
      el('span', { class: 'sev sev-' + f.severity, text: t('sev.' + f.severity) }),
      el('span', { class: 'rule-id', text: f.rule }),
      el('span', { class: 'message', text: f.message }),
      el('span', { class: 'loc', text: where }));
    const body = el('div', { class: 'finding-body' });
    if (!whole) {
      const quote = excerptNode(f, 'blockquote', { 'aria-label': t('excerpt') });
      if (quote) body.append(quote);
    }
    // a finding's mechanical edit (what huibao fix applies): once when every place has the same one
    const fixes = new Set(members.map(fixText));
    const oneFix = fixes.size === 1 ? fixText(members[0]) : '';
    if (oneFix) body.append(el('p', { class: 'fix', text: oneFix }));
    if (f.suggestion) body.append(el('p', { class: 'suggestion', text: t('suggestion', f.suggestion) }));
    if (rule) {
      const help = el('dl', { class: 'rule-help' }, el('dt', { text: `${rule.id} ${rule.title}` }));
      if (rule.description) help.append(el('dt', { text: t('ruleChecks') }), el('dd', { text: generic(rule.description) }));
      if (rule.example) help.append(el('dt', { text: t('ruleExample') }), el('dd', { text: generic(rule.example) }));
      if (rule.fix) help.append(el('dt', { text: t('ruleFix') }), el('dd', { text: generic(rule.fix) }));
      body.append(help);
    }
    if (members.length > 1) {
      const places = el('ol', { class: 'places' });
      for (const m of members) {
        places.append(el('li', null, el('button', {
          type: 'button', class: 'place', title: t('locate'), onclick: () => goToFinding(m.index, m.line),
        }, el('span', { class: 'loc', text: t('lineRef', m.line) }), ' ', excerptNode(m, 'span', { class: 'ctx' }),
        !oneFix && m.fix ? el('span', { class: 'fix', text: ' ' + fixText(m) }) : null)));
      }
      body.append(el('details', { class: 'places-box' }, el('summary', { text: t('allPlaces', members.length) }), places));
    } else if (!whole) {
      body.append(el('p', null, el('button', {
        type: 'button', class: 'secondary', text: t('locate') + ' · ' + t('lineColRef', f.line, f.column),
        onclick: () => goToFinding(f.index, f.line),
      })));
    }
    list.append(el('li', null, el('details', {
      id: 'F' + f.index, 'data-rule': f.rule, 'data-members': members.map((m) => m.index).join(' '),
    }, summary, body)));
  }
}

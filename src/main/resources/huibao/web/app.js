// huibao review page: plain JavaScript, no build step, no external files.
// The server does all the checking (POST /api/check); this script only sends the report and shows the
// result. Report text is only ever inserted as text nodes, never as HTML.
'use strict';

const TEXTS = {
  zh: {
    pageTitle: '汇报审读 · huibao',
    skip: '跳到检查结果',
    appTitle: '汇报审读',
    appSub: '检查工作汇报稿的三项必备要素和常见问题。报告只在本机检查，不上传到其他地方。',
    langToggle: 'English',
    langToggleLabel: 'Switch to English',
    sourceHeading: '报告稿',
    edit: '修改或换一份',
    pasteLabel: '粘贴报告全文',
    pastePlaceholder: '在此粘贴报告全文，例如：\n关于2024年度工作情况的报告\n……',
    pasteHint: '按 Ctrl+Enter 也可开始检查。',
    dropHint: '或把文件拖到这里',
    chooseFile: '选择文件…',
    fileSelected: '将检查文件：',
    fileClear: '移除',
    check: '检查',
    busy: '正在检查…',
    legendEvidence: '要素依据',
    textViewLabel: '报告原文（已标注问题）',
    resultsHeading: '检查结果',
    empty: '粘贴报告或选择文件，然后点“检查”。',
    breakdown: '得分明细',
    elementsHeading: '必备要素',
    findingsHeading: '问题清单',
    noFindings: '没有发现问题。',
    downloadJson: '下载 JSON 结果',
    downloadHtml: '下载 HTML 报告',
    downloadDocx: '下载批注版 Word',
    'sev.error': '错误', 'sev.warning': '警告', 'sev.info': '提示',
    'el.leadership': '组织领导', 'el.shortcomings': '存在问题', 'el.next_steps': '下一步措施',
    'st.section': '有专门部分', 'st.inline': '文中提及', 'st.absent': '缺失',
    notRequired: '（本体裁不要求）',
    weak: '流于套话：{0}',
    pass: '通过', fail: '未通过',
    threshold: '及格线 {0}',
    blockedBy: '一票否决：{0}',
    genre: '体裁：{0}',
    'genre.report': '工作报告', 'genre.speech': '汇报发言', 'genre.debrief': '述职报告',
    'genre.self-check': '自查报告', 'genre.summary': '工作总结', 'genre.government-work-report': '政府工作报告',
    'genre.address': '讲话', 'genre.pledge': '表态发言', 'genre.rectification': '整改情况报告',
    'genre.not-a-report': '非报告（新闻、通知等）',
    wholeReport: '全文',
    aboutWhole: '关于全文',
    places: '共 {0} 处',
    allPlaces: '全部 {0} 处位置',
    quality: '规范性',
    points: '{0} / {1} 分',
    lineRef: '第 {0} 行',
    lineColRef: '第 {0} 行第 {1} 列',
    evidenceGo: '第 {0} 行：{1}',
    excerpt: '原文',
    suggestion: '建议：{0}',
    locate: '在原文中定位',
    ruleChecks: '说明', ruleExample: '示例', ruleFix: '改法',
    count: '（{0} 条）',
    statusDone: '检查完成：{0} 分，{1}，{2} 个问题。',
    statusChecking: '正在检查…',
    errNothing: '请先粘贴报告文本或选择一个文件。',
    errType: '不支持的文件类型：{0}。支持 {1}。',
    errSize: '文件过大（{0}），上限为 {1}。',
    errNetwork: '无法连接检查服务：{0}',
    errHttp: '检查失败（{0}）：{1}',
    pastedName: '粘贴的报告.txt',
    footer: 'huibao {0} · {1} 条规则 · 本页不联网，报告只在本机检查',
  },
  en: {
    pageTitle: 'Report review · huibao',
    skip: 'Skip to the result',
    appTitle: 'Report review',
    appSub: 'Checks a work-report draft for the three required elements and common mistakes. The report is checked on this machine only.',
    langToggle: '中文',
    langToggleLabel: '切换到中文',
    sourceHeading: 'Report',
    edit: 'Edit or check another',
    pasteLabel: 'Paste the whole report',
    pastePlaceholder: 'Paste the report here, for example:\n关于2024年度工作情况的报告\n……',
    pasteHint: 'Ctrl+Enter also starts the check.',
    dropHint: 'or drop a file here',
    chooseFile: 'Choose a file…',
    fileSelected: 'Will check the file: ',
    fileClear: 'Remove',
    check: 'Check',
    busy: 'Checking…',
    legendEvidence: 'element evidence',
    textViewLabel: 'Report text with findings marked',
    resultsHeading: 'Result',
    empty: 'Paste a report or choose a file, then press “Check”.',
    breakdown: 'Score breakdown',
    elementsHeading: 'Required elements',
    findingsHeading: 'Findings',
    noFindings: 'No findings.',
    downloadJson: 'Download JSON result',
    downloadHtml: 'Download HTML report',
    downloadDocx: 'Download annotated Word copy',
    'sev.error': 'error', 'sev.warning': 'warning', 'sev.info': 'info',
    'el.leadership': 'Leadership', 'el.shortcomings': 'Shortcomings', 'el.next_steps': 'Next steps',
    'st.section': 'has its own part', 'st.inline': 'stated in the text', 'st.absent': 'missing',
    notRequired: ' (not required for this genre)',
    weak: 'Only stock phrases: {0}',
    pass: 'Passed', fail: 'Failed',
    threshold: 'pass mark {0}',
    blockedBy: 'Blocked by {0}',
    genre: 'genre: {0}',
    'genre.report': 'report', 'genre.speech': 'speech', 'genre.debrief': 'debrief',
    'genre.self-check': 'self-check report', 'genre.summary': 'summary', 'genre.government-work-report': 'government work report',
    'genre.address': 'address', 'genre.pledge': 'pledge', 'genre.rectification': 'rectification report',
    'genre.not-a-report': 'not a report (news, notice…)',
    wholeReport: 'whole report',
    aboutWhole: 'About the whole report',
    places: '{0} places',
    allPlaces: 'all {0} places',
    quality: 'quality',
    points: '{0} / {1}',
    lineRef: 'line {0}',
    lineColRef: 'line {0}, column {1}',
    evidenceGo: 'line {0}: {1}',
    excerpt: 'Text',
    suggestion: 'Suggestion: {0}',
    locate: 'Show in the text',
    ruleChecks: 'Checks', ruleExample: 'Example', ruleFix: 'Fix',
    count: '({0})',
    statusDone: 'Checked: score {0}, {1}, {2} findings.',
    statusChecking: 'Checking…',
    errNothing: 'Paste the report text or choose a file first.',
    errType: 'Unsupported file type: {0}. Supported: {1}.',
    errSize: 'The file is too large ({0}); the limit is {1}.',
    errNetwork: 'Cannot reach the checking service: {0}',
    errHttp: 'The check failed ({0}): {1}',
    pastedName: 'pasted-report.txt',
    footer: 'huibao {0} · {1} rules · this page works offline; reports are checked on this machine only',
  },
};

/** A report's elements in the JSON's order: the built-in three, then an office's own (which carry a name). */
function elementIds(report) {
  return Object.keys(report.elements || {});
}

function elementName(report, id) {
  const v = report.elements && report.elements[id];
  return (v && v.name) || (TEXTS.zh['el.' + id] ? t('el.' + id) : id);
}
const SEVERITY_RANK = { error: 3, warning: 2, info: 1 };
const ICONS = { section: '✓', inline: '◐', absent: '✗' };

const state = {
  lang: 'zh',
  health: { version: '', maxUploadBytes: 10 * 1024 * 1024, extensions: ['doc', 'docx', 'md', 'pdf', 'txt'], rules: 0 },
  rules: {},        // rule id → rule help in state.lang
  file: null,       // the chosen File, if any (it wins over pasted text)
  input: null,      // what the shown result was checked from: {kind: 'text', text, name} | {kind: 'file', file}
  report: null,     // the shown report (reports[0] of the JSON result, with its text)
};

const $ = (id) => document.getElementById(id);

function t(key, ...args) {
  const s = (TEXTS[state.lang] && TEXTS[state.lang][key]) ?? TEXTS.zh[key] ?? key;
  return s.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) {
    if (c !== null && c !== undefined) node.append(c);
  }
  return node;
}

// ---- language -------------------------------------------------------------------------------

function applyLanguage() {
  document.documentElement.lang = state.lang === 'en' ? 'en' : 'zh-CN';
  document.title = t('pageTitle');
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t(node.dataset.i18nPlaceholder);
  for (const node of document.querySelectorAll('[data-i18n-aria-label]')) node.setAttribute('aria-label', t(node.dataset.i18nAriaLabel));
  const toggle = $('lang-toggle');
  toggle.textContent = t('langToggle');
  toggle.setAttribute('aria-label', t('langToggleLabel'));
  toggle.lang = state.lang === 'en' ? 'zh-CN' : 'en';
  $('footer-text').textContent = t('footer', state.health.version, state.health.rules);
}

async function switchLanguage() {
  state.lang = state.lang === 'en' ? 'zh' : 'en';
  try { localStorage.setItem('huibao.lang', state.lang); } catch (e) { /* private mode: not remembered */ }
  applyLanguage();
  await loadRules();
  // Messages come from the server in one language: check again to show them in the other.
  if (state.input && state.input.kind === 'text') state.input = { ...state.input, name: t('pastedName') };
  if (state.input) await check(state.input);
}

// ---- server ---------------------------------------------------------------------------------

class RequestError extends Error {
  constructor(message) { super(message); this.name = 'RequestError'; }
}

async function getJson(path) {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new RequestError(`${res.status}`);
  return res.json();
}

async function loadRules() {
  try {
    const data = await getJson('/api/rules?lang=' + state.lang);
    state.rules = Object.fromEntries(data.rules.map((r) => [r.id, r]));
  } catch (e) {
    state.rules = {}; // findings still show their own message
  }
}

/** POSTs the input to /api/check; resolves to parsed JSON (include text) or a Blob for downloads. */
async function postCheck(input, { format = 'json', includeText = false } = {}) {
  const params = new URLSearchParams({ lang: state.lang });
  if (format !== 'json') params.set('format', format);
  if (includeText) params.set('include', 'text');
  const init = { method: 'POST' };
  if (input.kind === 'file') {
    const form = new FormData();
    form.append('file', input.file, input.file.name);
    init.body = form;
  } else {
    params.set('name', input.name);
    init.body = input.text;
    init.headers = { 'Content-Type': 'text/plain; charset=utf-8' };
  }
  let res;
  try {
    res = await fetch('/api/check?' + params.toString(), init);
  } catch (e) {
    throw new RequestError(t('errNetwork', e.message));
  }
  if (!res.ok) {
    let message = res.statusText;
    try {
      const body = await res.json();
      message = (body.error && (body.error[state.lang] || body.error.message)) || message;
    } catch (e) { /* not JSON: keep the status text */ }
    throw new RequestError(t('errHttp', res.status, message));
  }
  return format === 'json' && includeText ? res.json() : res.blob();
}

// ---- input ----------------------------------------------------------------------------------

function extensionOf(name) {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

function humanSize(bytes) {
  if (bytes >= 1024 * 1024) return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '') + ' MB';
  if (bytes >= 1024) return (bytes / 1024).toFixed(1).replace(/\.0$/, '') + ' KB';
  return bytes + ' B';
}

/** Takes a dropped or chosen file, or explains why not. */
function chooseFile(file) {
  hideError();
  const exts = state.health.extensions;
  if (!exts.includes(extensionOf(file.name))) {
    showError(t('errType', file.name, exts.map((e) => '.' + e).join(' ')));
    return;
  }
  if (file.size > state.health.maxUploadBytes) {
    showError(t('errSize', humanSize(file.size), humanSize(state.health.maxUploadBytes)));
    return;
  }
  state.file = file;
  $('file-name').textContent = file.name;
  $('file-chip').hidden = false;
}

function clearFile() {
  state.file = null;
  $('file').value = '';
  $('file-chip').hidden = true;
}

function currentInput() {
  if (state.file) return { kind: 'file', file: state.file };
  const text = $('text').value;
  if (text.trim() === '') return null;
  return { kind: 'text', text, name: t('pastedName') };
}

// ---- check ----------------------------------------------------------------------------------

async function check(input) {
  hideError();
  setBusy(true);
  announce(t('statusChecking'));
  try {
    const run = await postCheck(input, { includeText: true });
    state.input = input;
    state.report = run.reports[0];
    showResult(state.report);
    const r = state.report;
    announce(t('statusDone', formatScore(r.score), r.passed ? t('pass') : t('fail'), r.findings.length));
  } catch (e) {
    showError(e instanceof RequestError ? e.message : String(e));
    announce('');
  } finally {
    setBusy(false);
  }
}

function setBusy(busy) {
  $('check').disabled = busy;
  $('busy').hidden = !busy;
  $('results').setAttribute('aria-busy', busy ? 'true' : 'false');
}

function announce(text) {
  $('status').textContent = text;
}

function showError(message) {
  const box = $('error');
  box.textContent = message;
  box.hidden = false;
}

function hideError() {
  $('error').hidden = true;
  $('error').textContent = '';
}

function formatScore(n) {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

// ---- result ---------------------------------------------------------------------------------

function showResult(report) {
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
function renderText(text, findings, report) {
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

function clamp(v, lo, hi) {
  return Math.min(Math.max(Number.isFinite(v) ? v : lo, lo), hi);
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

/** A missing part (HB101–HB103): reported at line 1 only because a finding needs a place. */
function isWhole(f, report) {
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

function excerptNode(f, tag, attrs) {
  const e = excerptOf(f);
  if (!e || (!e.before && !e.match && !e.after)) return null;
  return el(tag, attrs, e.before, el('em', { class: 'hit', text: e.match }), e.after);
}

/** {0}, {1}… in a rule's own texts stand for what a finding found; without one, an ellipsis. */
function generic(text) {
  return (text || '').replace(/\{\d\}/g, '…');
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

function renderFindings(findings) {
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
        }, el('span', { class: 'loc', text: t('lineRef', m.line) }), ' ', excerptNode(m, 'span', { class: 'ctx' }))));
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

// ---- navigation -----------------------------------------------------------------------------

function goToLine(n) {
  const line = document.getElementById('L' + n);
  if (!line) return;
  line.scrollIntoView({ block: 'center', behavior: 'smooth' });
  line.classList.remove('flash');
  void line.offsetWidth; // restart the animation when the same line is shown twice
  line.classList.add('flash');
  line.focus({ preventScroll: true });
}

function goToFinding(index, lineNo) {
  for (const m of document.querySelectorAll('mark.current')) m.classList.remove('current');
  for (const m of document.querySelectorAll('#text-view mark')) {
    if (m.dataset.findings.split(' ').includes(String(index))) m.classList.add('current');
  }
  goToLine(lineNo);
}

function openFinding(index) {
  const details = document.getElementById('F' + index)
    || document.querySelector(`.findings details[data-members~="${index}"]`);
  if (!details) return;
  for (const d of document.querySelectorAll('.findings details.current')) d.classList.remove('current');
  details.open = true;
  details.classList.add('current');
  details.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  details.querySelector('summary').focus({ preventScroll: true });
}

function showEditor() {
  $('input-form').hidden = false;
  $('annotated').hidden = true;
  $('edit').hidden = true;
  $('text').focus();
}

// ---- downloads ------------------------------------------------------------------------------

async function download(format) {
  if (!state.input) return;
  hideError();
  try {
    const blob = await postCheck(state.input, { format });
    const name = (state.report ? state.report.file : 'report').replace(/\.[^.]*$/, '');
    const a = el('a', { href: URL.createObjectURL(blob), download: `${name}.huibao.${format}` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  } catch (e) {
    showError(e instanceof RequestError ? e.message : String(e));
  }
}

// ---- start ----------------------------------------------------------------------------------

function wire() {
  $('lang-toggle').addEventListener('click', switchLanguage);
  $('input-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const input = currentInput();
    if (!input) {
      showError(t('errNothing'));
      $('text').focus();
      return;
    }
    check(input);
  });
  $('text').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      $('input-form').requestSubmit();
    }
  });
  $('file').addEventListener('change', () => {
    if ($('file').files.length) chooseFile($('file').files[0]);
  });
  $('file-clear').addEventListener('click', () => { clearFile(); $('file').focus(); });
  $('edit').addEventListener('click', showEditor);
  $('dl-json').addEventListener('click', () => download('json'));
  $('dl-html').addEventListener('click', () => download('html'));
  $('dl-docx').addEventListener('click', () => download('docx'));

  // Files may be dropped anywhere on the form; dropped text still goes into the text box as usual.
  const form = $('input-form');
  const drop = $('drop');
  const hasFiles = (e) => e.dataTransfer && Array.from(e.dataTransfer.types || []).includes('Files');
  form.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    drop.classList.add('over');
  });
  form.addEventListener('dragleave', () => drop.classList.remove('over'));
  form.addEventListener('drop', (e) => {
    drop.classList.remove('over');
    if (!hasFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer.files.length) chooseFile(e.dataTransfer.files[0]);
  });
}

async function start() {
  wire();
  let stored = null;
  try { stored = localStorage.getItem('huibao.lang'); } catch (e) { /* not remembered */ }
  try {
    state.health = await getJson('/api/health');
  } catch (e) {
    showError(t('errNetwork', e.message));
  }
  state.lang = stored === 'en' || stored === 'zh' ? stored : (state.health.lang === 'en' ? 'en' : 'zh');
  $('file').accept = state.health.extensions.map((x) => '.' + x).join(',');
  $('types').textContent = state.health.extensions.map((x) => '.' + x).join(' ');
  applyLanguage();
  await loadRules();
  document.body.dataset.ready = 'true';
}

document.addEventListener('DOMContentLoaded', start);

// huibao review page: plain JavaScript modules, no build step, no external files. This one wires the
// page up; each module it imports holds one concern, said in its first line. The server does all the
// checking (POST /api/check); the page only sends the report and shows the result. Report text is only
// ever inserted as text nodes, never as HTML.
import { RequestError, getJson, loadRules, postCheck } from './api.js';
import { $, el } from './dom.js';
import { chooseFile, clearFile, currentInput } from './input.js';
import { announce, hideError, setBusy, showError } from './notice.js';
import { showResult } from './result.js';
import { formatScore, state, t } from './state.js';

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

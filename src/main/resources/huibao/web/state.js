// What the page holds between requests, and the words of the interface in its language.
import { TEXTS } from './texts.js';

export const SEVERITY_RANK = { error: 3, warning: 2, info: 1 };
export const ICONS = { section: '✓', inline: '◐', absent: '✗' };

export const state = {
  lang: 'zh',
  health: { version: '', maxUploadBytes: 10 * 1024 * 1024, extensions: ['doc', 'docx', 'md', 'pdf', 'txt'], rules: 0 },
  rules: {},        // rule id → rule help in state.lang
  file: null,       // the chosen File, if any (it wins over pasted text)
  input: null,      // what the shown result was checked from: {kind: 'text', text, name} | {kind: 'file', file}
  report: null,     // the shown report (reports[0] of the JSON result, with its text)
};

export function t(key, ...args) {
  const s = (TEXTS[state.lang] && TEXTS[state.lang][key]) ?? TEXTS.zh[key] ?? key;
  return s.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

/** A report's elements in the JSON's order: the built-in three, then an office's own (which carry a name). */
export function elementIds(report) {
  return Object.keys(report.elements || {});
}

export function elementName(report, id) {
  const v = report.elements && report.elements[id];
  return (v && v.name) || (TEXTS.zh['el.' + id] ? t('el.' + id) : id);
}

export function formatScore(n) {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

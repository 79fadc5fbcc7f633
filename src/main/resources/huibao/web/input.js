// The report to check: pasted text, or a chosen or dropped file within the server's limits.
import { $ } from './dom.js';
import { hideError, showError } from './notice.js';
import { state, t } from './state.js';

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

export function chooseFile(file) {
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

export function clearFile() {
  state.file = null;
  $('file').value = '';
  $('file-chip').hidden = true;
}

export function currentInput() {
  if (state.file) return { kind: 'file', file: state.file };
  const text = $('text').value;
  if (text.trim() === '') return null;
  return { kind: 'text', text, name: t('pastedName') };
}

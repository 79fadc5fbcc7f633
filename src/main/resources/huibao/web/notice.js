// The busy state, the status line read out to screen readers, and the error box.
import { $ } from './dom.js';

export function setBusy(busy) {
  $('check').disabled = busy;
  $('busy').hidden = !busy;
  $('results').setAttribute('aria-busy', busy ? 'true' : 'false');
}

export function announce(text) {
  $('status').textContent = text;
}

export function showError(message) {
  const box = $('error');
  box.textContent = message;
  box.hidden = false;
}

export function hideError() {
  $('error').hidden = true;
  $('error').textContent = '';
}

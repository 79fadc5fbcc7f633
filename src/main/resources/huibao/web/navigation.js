// Moving between the findings list and the marked text.

export function goToLine(n) {
  const line = document.getElementById('L' + n);
  if (!line) return;
  line.scrollIntoView({ block: 'center', behavior: 'smooth' });
  line.classList.remove('flash');
  void line.offsetWidth; // restart the animation when the same line is shown twice
  line.classList.add('flash');
  line.focus({ preventScroll: true });
}

export function goToFinding(index, lineNo) {
  for (const m of document.querySelectorAll('mark.current')) m.classList.remove('current');
  for (const m of document.querySelectorAll('#text-view mark')) {
    if (m.dataset.findings.split(' ').includes(String(index))) m.classList.add('current');
  }
  goToLine(lineNo);
}

export function openFinding(index) {
  const details = document.getElementById('F' + index)
    || document.querySelector(`.findings details[data-members~="${index}"]`);
  if (!details) return;
  for (const d of document.querySelectorAll('.findings details.current')) d.classList.remove('current');
  details.open = true;
  details.classList.add('current');
  details.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  details.querySelector('summary').focus({ preventScroll: true });
}

#!/usr/bin/env python3
"""Check this set's planted strings against the `planted` column (only that column, with `category`) of every
earlier corpus/planted*/LABELS.tsv, and check that a defect probe adds no unintended second slip (ASCII
punctuation or an adjacent doubled character outside the planted text) on its line."""
import pathlib, re, sys
D = pathlib.Path(__file__).resolve().parent.parent
prev = set()
for f in sorted(D.parent.glob('planted*/LABELS.tsv')):
    if f.parent == D:
        continue
    for l in f.read_text(encoding='utf-8').split('\n')[1:]:
        c = l.split('\t')
        if len(c) > 3:
            prev.add(c[3])
bad = 0
for l in (D / 'LABELS.tsv').read_text(encoding='utf-8').split('\n')[1:-1]:
    f, cat, line, planted, base = l.split('\t')
    if planted in prev:
        bad += 1; print('REUSED', f, cat)
    if cat == 'clean':
        continue
    t = (D / f).read_text(encoding='utf-8').split('\n')[int(line) - 1]
    b = (D / base).read_text(encoding='utf-8').split('\n')[int(line) - 1]
    rest = t.replace(planted, '\x00')
    strip = lambda s: re.sub(r'\d\.\d|^\d+\.|%', '', s)
    a = set(re.findall(r'[!-/:-@\[-`{-~]', strip(rest))) - set(re.findall(r'[!-/:-@\[-`{-~]', strip(b)))
    d = {m.group() for m in re.finditer(r'([^0-9])\1', rest)} - {m.group() for m in re.finditer(r'([^0-9])\1', b)}
    if a or d:
        print('SECOND SLIP?', f, cat, a, d)
print(len(prev), 'earlier planted strings;', 'reused' if bad else 'none reused')
sys.exit(1 if bad else 0)

#!/usr/bin/env python3
"""Compare this set's planted strings with a TSV of earlier sets' (set, category, planted) rows, and check that no
defect probe carries a second slip (ASCII punctuation or a new adjacent doubled character outside the planted text).
Usage: python3 tools/novelty.py /tmp/prev.tsv   (the TSV is made from the category and planted columns only)"""
import re, sys, pathlib
D = pathlib.Path(__file__).resolve().parent.parent
pv = {}
if len(sys.argv) > 1:
    for l in open(sys.argv[1], encoding='utf-8'):
        s, c, p = l.rstrip('\n').split('\t'); pv.setdefault(p, []).append((s, c))
rows = [l.rstrip('\n').split('\t') for l in open(D / 'LABELS.tsv', encoding='utf-8')][1:]
for f, c, line, pl, base in rows:
    if pl in pv: print('EQUAL', f, c, pl, pv[pl])
    cont = [(p, v[0][1]) for p, v in pv.items() if len(p) >= 3 and p in pl and p != pl]
    if cont: print('CONTAINS', f, c, pl, '<-', cont[:4])
    if c == 'clean': continue
    t = (D / f).read_text(encoding='utf-8').split('\n')[int(line) - 1]; b = (D / base).read_text(encoding='utf-8').split('\n')[int(line) - 1]
    rest = t.replace(pl, '\x00')
    a = re.findall(r'[!-/:-@\[-`{-~]', re.sub(r'\d\.\d|^\d+\.|%|\+|\x00', '', rest))
    d = {m.group() for m in re.finditer(r'([^0-9\x00])\1', rest)} - {m.group() for m in re.finditer(r'([^0-9])\1', b)}
    if a or d: print('SLIP', f, c, pl, a, d)

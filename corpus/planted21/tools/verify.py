#!/usr/bin/env python3
"""Check the set from the files on disk: every labelled probe differs from its base in exactly its labelled
line, the planted substring is on that line and new there; no unlabelled or missing probe files; numbering
contiguous; counts; clean probes' changed lines carry no ASCII punctuation and no new adjacent doubled
character outside the planted substring."""
import pathlib, re, sys
from collections import Counter
D = pathlib.Path(__file__).resolve().parent.parent
bad = 0
def err(m):
    global bad; bad += 1; print('ERR', m)
def rows(name):
    L = (D / name).read_text(encoding='utf-8').split('\n')
    assert L[0] == 'file\tcategory\tline\tplanted\tbase' and L[-1] == ''
    return [l.split('\t') for l in L[1:-1]]
lab = rows('LABELS.tsv'); ext = rows('EXTRA.tsv') if (D / 'EXTRA.tsv').exists() else []
files = {f.name for f in D.glob('[dchm][0-9][0-9][0-9].txt')}
named = [r[0] for r in lab + ext]
if sorted(files) != sorted(named) or len(set(named)) != len(named): err('files vs labels')
for p in 'dchm':
    ns = sorted(int(n[1:4]) for n in named if n[0] == p)
    if ns != list(range(1, len(ns) + 1)): err(f'numbering {p}')
for r in lab + ext:
    f, cat, line, planted, base = r; line = int(line)
    t = (D / f).read_text(encoding='utf-8'); b = (D / base).read_text(encoding='utf-8')
    if '\r' in t or not t.endswith('\n') or t.endswith('\n\n'): err(f'{f} format')
    tl, bl = t.split('\n'), b.split('\n')
    if cat.startswith('missing-'):
        if tl == bl or len(tl) > len(bl) or tl[line - 1] != planted: err(f'{f} missing')
        continue
    if len(tl) != len(bl): err(f'{f} line count'); continue
    diff = [i + 1 for i in range(len(tl)) if tl[i] != bl[i]]
    if diff != [line]: err(f'{f} diff {diff} != {line}')
    if planted not in tl[line - 1]: err(f'{f} planted not on line')
    if planted in bl[line - 1]: err(f'{f} planted already in base line')
    if cat != 'clean':  # a defect probe should carry no second, unintended slip outside its planted text
        l = tl[line - 1].replace(planted, '\x00')
        a = re.findall(r'[!-/:-@\[-`{-~]', re.sub(r'\d\.\d|^\d+\.|%|\+', '', l)) 
        a = [x for x in a if x not in re.findall(r'[!-/:-@\[-`{-~]', re.sub(r'\d\.\d|^\d+\.|%|\+', '', bl[line - 1]))]
        if a: print('WARN', f, 'ASCII outside planted', a)
        d = {m.group() for m in re.finditer(r'([^0-9])\1', l)} - {m.group() for m in re.finditer(r'([^0-9])\1', bl[line - 1])}
        if d: print('WARN', f, 'doubled outside planted', d)
    if cat == 'clean':
        l = tl[line - 1]
        a = re.findall(r'[!-/:-@\[-`{-~]', re.sub(r'\d\.\d|^\d+\.|%|\+', '', l))
        if a: err(f'{f} clean ASCII {a}')
        d = {m.group() for m in re.finditer(r'([^0-9])\1', l)} - {m.group() for m in re.finditer(r'([^0-9])\1', bl[line - 1])}
        d = {x for x in d if x not in planted}
        if d: err(f'{f} clean new doubled {d}')
c = Counter(r[1] for r in lab)
print(dict(c)); print('defects', sum(v for k, v in c.items() if k != 'clean'), 'clean', c['clean'], 'extra', len(ext))
print('blocking', c['placeholder'] + c['request'] + c['formulation'])
sys.exit(1 if bad else 0)

#!/usr/bin/env python3
"""Independent check of planted3: reads only the files on disk, not gen.py's table."""
import collections, pathlib, re, sys
HERE = pathlib.Path(__file__).resolve().parent.parent
CATS = {'placeholder', 'request', 'formulation', 'doubled', 'number-date',
        'punctuation', 'closing', 'confusion', 'clean'}
MIN = {'placeholder': 16, 'request': 14, 'formulation': 12, 'doubled': 8, 'number-date': 10,
       'punctuation': 8, 'closing': 5, 'confusion': 7, 'clean': 30}
errors = []
def err(msg): errors.append(msg)

def lines_of(path):
    raw = path.read_bytes()
    t = raw.decode('utf-8')                      # must be UTF-8
    if b'\r' in raw: err(f'{path.name}: CR byte')
    if raw.startswith(b'\xef\xbb\xbf'): err(f'{path.name}: BOM')
    if not t.endswith('\n'): err(f'{path.name}: no final newline')
    ls = t[:-1].split('\n')
    if any(not l.strip() for l in ls): err(f'{path.name}: blank line')
    return ls

raw = (HERE / 'LABELS.tsv').read_text(encoding='utf-8')
rows = raw.rstrip('\n').split('\n')
if rows[0] != 'file\tcategory\tline\tplanted\tbase': err('bad header')
labels = [r.split('\t') for r in rows[1:]]
seen = set(); per_cat = collections.Counter(); per_base = collections.Counter()
for row in labels:
    if len(row) != 5: err(f'bad row {row}'); continue
    name, cat, line, planted, base = row
    if name in seen: err(f'{name}: duplicate label')
    seen.add(name)
    if cat not in CATS: err(f'{name}: category {cat}')
    if (cat == 'clean') != name.startswith('c'): err(f'{name}: prefix vs category')
    per_cat[cat] += 1; per_base[(base, cat)] += 1
    probe, orig = lines_of(HERE / name), lines_of(HERE / base)
    if len(probe) != len(orig): err(f'{name}: line count {len(probe)} != {len(orig)}'); continue
    diff = [i + 1 for i, (p, o) in enumerate(zip(probe, orig)) if p != o]
    if diff != [int(line)]: err(f'{name}: differing lines {diff}, label says {line}'); continue
    new, old = probe[int(line) - 1], orig[int(line) - 1]
    if planted not in new: err(f'{name}: planted {planted!r} not on line {line}')
    if planted in old: err(f'{name}: planted {planted!r} already in base line')
    # one contiguous replacement: strip common prefix/suffix, the rest must be one edit
    a = 0
    while a < min(len(new), len(old)) and new[a] == old[a]: a += 1
    b = 0
    while b < min(len(new), len(old)) - a and new[-1 - b] == old[-1 - b]: b += 1
    old_mid, new_mid = old[a:len(old) - b], new[a:len(new) - b]
    # the planted substring must overlap the changed span
    s = new.find(planted)
    if not (s <= len(new) - b and s + len(planted) >= a): err(f'{name}: planted outside changed span')
files = {p.name for p in HERE.glob('[dc][0-9][0-9][0-9].txt')}
if files != seen: err(f'files without label {sorted(files - seen)}, labels without file {sorted(seen - files)}')
for prefix in 'dc':
    nums = sorted(int(n[1:4]) for n in seen if n[0] == prefix)
    if nums != list(range(1, len(nums) + 1)): err(f'{prefix} numbering not contiguous')
for cat, m in MIN.items():
    if per_cat[cat] < m: err(f'{cat}: {per_cat[cat]} < {m}')
if sum(v for k, v in per_cat.items() if k != 'clean') < 80: err('fewer than 80 defects')
# no two probes identical
texts = collections.defaultdict(list)
for n in seen: texts[(HERE / n).read_bytes()].append(n)
for v in texts.values():
    if len(v) > 1: err(f'identical probes {v}')
for e in errors: print('ERROR', e)
print('counts:', dict(sorted(per_cat.items())))
bases = sorted({b for b, _ in per_base})
print('per base:', {b: sum(v for (bb, _), v in per_base.items() if bb == b) for b in bases})
print('verify OK' if not errors else f'verify FAILED ({len(errors)})')
sys.exit(1 if errors else 0)

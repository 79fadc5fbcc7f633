#!/usr/bin/env python3
"""Independent verification of corpus/planted4 (does not import gen.py)."""
import pathlib, re, sys, subprocess
from collections import Counter

D = pathlib.Path(__file__).resolve().parent.parent
CATS = {'placeholder', 'request', 'formulation', 'doubled', 'number-date',
        'punctuation', 'closing', 'confusion', 'clean'}
MIN = {'placeholder': 12, 'request': 12, 'formulation': 10, 'doubled': 6, 'number-date': 8,
       'punctuation': 6, 'closing': 4, 'confusion': 6, 'clean': 24}
errs = []
def bad(m): errs.append(m)

def read(p):
    b = p.read_bytes()
    if b.startswith(b'\xef\xbb\xbf'): bad(f'{p.name}: BOM')
    if b'\r' in b: bad(f'{p.name}: CR')
    if not b.endswith(b'\n') or b.endswith(b'\n\n'): bad(f'{p.name}: final newline')
    t = b.decode('utf-8')
    if '\n\n' in t: bad(f'{p.name}: blank line')
    return t

bases = {p.name: read(p) for p in sorted(D.glob('base-*.txt'))}
if sorted(bases) != ['base-a.txt', 'base-b.txt', 'base-c.txt']: bad(f'bases: {sorted(bases)}')

# base lint
r = subprocess.run([sys.executable, str(D / 'tools' / 'lint.py'), str(D)], capture_output=True, text=True)
if r.returncode: bad('lint: ' + r.stdout)

# LABELS.tsv
lab = (D / 'LABELS.tsv').read_text(encoding='utf-8').split('\n')
if lab[0] != 'file\tcategory\tline\tplanted\tbase': bad('LABELS header')
if lab[-1] != '': bad('LABELS final newline')
rows = [l.split('\t') for l in lab[1:-1]]
labels = {}
for row in rows:
    if len(row) != 5: bad(f'LABELS row {row}'); continue
    f, cat, line, planted, base = row
    if f in labels: bad(f'{f}: labelled twice')
    labels[f] = (cat, int(line), planted, base)

# README table of old -> new
table = {}
for l in (D / 'README.md').read_text(encoding='utf-8').split('\n'):
    m = re.match(r'^\| ([dc]\d{3}\.txt) \| ([^|]+) \| (base-[abc]\.txt) \| (\d+) \| ([^|]*) \| ([^|]*) \| ([^|]*) \|$', l)
    if m: table[m.group(1)] = m.groups()[1:]

files = sorted(p.name for p in D.glob('*.txt') if not p.name.startswith('base-'))
for f in files:
    if not re.fullmatch(r'[dc]\d{3}\.txt', f): bad(f'unexpected file {f}')
if set(files) != set(labels): bad(f'files vs labels: {set(files) ^ set(labels)}')
for pre in 'dc':
    nums = sorted(int(f[1:4]) for f in files if f[0] == pre)
    if nums != list(range(1, len(nums) + 1)): bad(f'{pre} numbering not contiguous')

seen = {}
for f in files:
    if f not in labels: continue
    cat, line, planted, base = labels[f]
    if cat not in CATS: bad(f'{f}: category {cat}')
    if (f[0] == 'c') != (cat == 'clean'): bad(f'{f}: prefix/category mismatch')
    if base not in bases: bad(f'{f}: base {base}'); continue
    t = read(D / f)
    if t in seen: bad(f'{f}: identical to {seen[t]}')
    seen[t] = f
    bl, pl = bases[base].split('\n'), t.split('\n')
    if len(bl) != len(pl): bad(f'{f}: line count differs'); continue
    diff = [i for i in range(len(bl)) if bl[i] != pl[i]]
    if len(diff) != 1: bad(f'{f}: {len(diff)} lines differ'); continue
    i = diff[0]
    if i + 1 != line: bad(f'{f}: label line {line}, diff line {i + 1}')
    a, b = bl[i], pl[i]
    if planted == '' or planted not in b: bad(f'{f}: planted not in line'); continue
    # changed span must overlap an occurrence of planted
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]: p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]: s += 1
    lo, hi = p, len(b) - s
    occ = [m.start() for m in re.finditer(re.escape(planted), b)]
    hit = (lambda o: o <= lo <= o + len(planted)) if hi <= lo else (lambda o: o < hi and o + len(planted) > lo)
    if not any(hit(o) for o in occ):
        bad(f'{f}: planted does not cover the change')
    # re-apply README old -> new
    if f not in table: bad(f'{f}: not in README table'); continue
    tcat, tbase, tline, old, new, tpl = table[f]
    if (tcat, tbase, int(tline), tpl) != (cat, base, line, planted): bad(f'{f}: README row disagrees with LABELS')
    if bases[base].count(old) != 1: bad(f'{f}: old not unique in base ({bases[base].count(old)})')
    if bases[base].replace(old, new) != t: bad(f'{f}: old -> new does not reproduce probe')

cnt = Counter(v[0] for v in labels.values())
for c, n in MIN.items():
    if cnt[c] < n: bad(f'count {c} = {cnt[c]} < {n}')
nd = sum(v for c, v in cnt.items() if c != 'clean')
if nd < 64: bad(f'defects {nd} < 64')
per = Counter((v[0], v[3]) for v in labels.values())
print('defects', nd, 'clean', cnt['clean'])
for c in sorted(CATS):
    print(f'  {c:12s}', cnt[c], {b: per[(c, b)] for b in sorted(bases)})
for e in errs: print('ERROR', e)
print('OK' if not errs else f'FAILED ({len(errs)} errors)')
sys.exit(1 if errs else 0)

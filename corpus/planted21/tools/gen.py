#!/usr/bin/env python3
"""Generate this planted set's probes from its base texts and tools/probes.py.

Each scored probe = one base with exactly one old -> new replacement on one line; old occurs exactly once
in the base. Defects dNNN, clean probes cNNN, each group shuffled with random.Random(SEED).
Extra probes (EXTRA.tsv): hNNN heading level, mNNN a whole part missing.
"""
import pathlib, random, sys
from collections import Counter

D = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(D / 'tools'))
import probes  # noqa: E402

SEED = getattr(probes, "SEED", 21)
CATS = ['placeholder', 'request', 'formulation', 'doubled', 'number-date',
        'punctuation', 'closing', 'confusion', 'clean']
KEYS = sorted({p[0] for p in probes.P})


def apply(text, old, new):
    lines = text.split('\n')
    if old.startswith('^'):  # a whole line (e.g. a signature that also occurs inside the title)
        old = old[1:]
        idx = [j for j, l in enumerate(lines) if l == old]
    else:
        assert text.count(old) == 1, (old, text.count(old))
        idx = [j for j, l in enumerate(lines) if old in l]
    assert len(idx) == 1, old
    j = idx[0]
    assert '\n' not in new
    lines[j] = lines[j].replace(old, new)
    return '\n'.join(lines), j + 1


def main():
    bases = {k: (D / f'base-{k}.txt').read_text(encoding='utf-8') for k in KEYS}
    for old in D.glob('[dchm][0-9][0-9][0-9].txt'):
        old.unlink()
    defects = [p for p in probes.P if p[1] != 'clean']
    clean = [p for p in probes.P if p[1] == 'clean']
    rng = random.Random(SEED)
    rng.shuffle(defects); rng.shuffle(clean)
    rows = []
    for prefix, group in (('d', defects), ('c', clean)):
        for i, (b, cat, old, new, planted) in enumerate(group, 1):
            assert cat in CATS, cat
            planted = planted or new
            assert planted in new, (b, new, planted)
            text, line = apply(bases[b], old, new)
            name = f'{prefix}{i:03d}.txt'
            (D / name).write_text(text, encoding='utf-8', newline='\n')
            rows.append((name, cat, line, planted, f'base-{b}.txt', old, new))
    with open(D / 'LABELS.tsv', 'w', encoding='utf-8', newline='\n') as f:
        f.write('file\tcategory\tline\tplanted\tbase\n')
        for r in rows:
            f.write('\t'.join(map(str, r[:5])) + '\n')
    extra = []
    for i, (b, cat, old, new, planted) in enumerate(getattr(probes, 'X', []), 1):
        text, line = apply(bases[b], old, new)
        name = f'h{i:03d}.txt'
        (D / name).write_text(text, encoding='utf-8', newline='\n')
        extra.append((name, cat, line, planted, f'base-{b}.txt', old, new))
    for i, (b, part, first, nxt, ren, put) in enumerate(getattr(probes, 'MISSING', []), 1):
        lines = bases[b].split('\n')
        s = [j for j, l in enumerate(lines) if l.startswith(first)]; e = [j for j, l in enumerate(lines) if l.startswith(nxt)]
        assert len(s) == 1 and len(e) == 1, (b, first, nxt); s, e = s[0], e[0]
        # a part deleted, or replaced by fewer lines that deny any problem (the heading kept)
        assert len(put) <= e - s
        lines[s:e] = put
        for o, n in ren:
            k = [j for j, l in enumerate(lines) if l.startswith(o)]
            assert len(k) == 1, (b, o)
            lines[k[0]] = n + lines[k[0]][len(o):]
        name = f'm{i:03d}.txt'
        (D / name).write_text('\n'.join(lines), encoding='utf-8', newline='\n')
        extra.append((name, 'missing-' + part, s + 1, lines[s], f'base-{b}.txt', f'lines {s + 1}–{e} ({first}…)', '(replaced by: ' + '／'.join(put) + ')' if put else '(deleted)'))
    if extra:
        with open(D / 'EXTRA.tsv', 'w', encoding='utf-8', newline='\n') as f:
            f.write('file\tcategory\tline\tplanted\tbase\n')
            for r in extra:
                f.write('\t'.join(map(str, r[:5])) + '\n')
    write_readme(rows, extra, bases)
    print(len(defects), 'defects,', len(clean), 'clean,', len(extra), 'extra')


def write_readme(rows, extra, bases):
    head = (D / 'tools' / 'README.head.md').read_text(encoding='utf-8')
    cnt = Counter((r[1], r[4]) for r in rows)
    out = [head.rstrip('\n'), '', '## Bases', '', '| file | genre | characters (without LF) | lines |', '|---|---|---|---|']
    for k in KEYS:
        t = bases[k]
        out.append(f'| base-{k}.txt | {probes.GENRE[k]} | {len(t.replace(chr(10), ""))} | {t.count(chr(10))} |')
    out += ['', '## Counts per category and base (LABELS.tsv, scored by bench/Planted.java)', '',
            '| category | ' + ' | '.join(f'base-{k}' for k in KEYS) + ' | total |',
            '|---' * (len(KEYS) + 2) + '|']
    for c in CATS:
        n = [cnt[(c, f'base-{k}.txt')] for k in KEYS]
        out.append(f'| {c} | ' + ' | '.join(map(str, n)) + f' | {sum(n)} |')
    n = [sum(cnt[(c, f'base-{k}.txt')] for c in CATS if c != 'clean') for k in KEYS]
    out.append('| all defects | ' + ' | '.join(map(str, n)) + f' | {sum(n)} |')
    b = [sum(cnt[(c, f'base-{k}.txt')] for c in ('placeholder', 'request', 'formulation')) for k in KEYS]
    out.append('| of which blocking (placeholder, request, formulation) | ' + ' | '.join(map(str, b)) + f' | {sum(b)} |')
    out += ['', '## Every scored probe (LABELS.tsv)', '', '| file | category | base | line | old | new | planted |', '|---|---|---|---|---|---|---|']
    for r in rows:
        out.append(f'| {r[0]} | {r[1]} | {r[4]} | {r[2]} | {r[5]} | {r[6]} | {r[3]} |')
    if extra:
      out += ['', '## Extra probes (EXTRA.tsv, scored by the EXTRA part of bench/Planted.java)', '', '| file | category | base | line | old | new | planted / first line after the gap |', '|---|---|---|---|---|---|---|']
    for r in extra:
      out.append(f'| {r[0]} | {r[1]} | {r[4]} | {r[2]} | {r[5]} | {r[6]} | {r[3]} |')
    tail = D / 'tools' / 'README.tail.md'
    if tail.exists():
        out += ['', tail.read_text(encoding='utf-8').rstrip('\n')]
    (D / 'README.md').write_text('\n'.join(out) + '\n', encoding='utf-8')


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Lint base texts: length, LF/final newline, blank lines, spaces, ASCII punctuation, doubled chars, pairing."""
import re, sys, pathlib
d = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent.parent)
bad = 0
for f in sorted(d.glob('base-*.txt')):
    b = f.read_bytes(); t = b.decode('utf-8')
    def err(m):
        global bad; bad += 1; print(f'{f.name}: {m}')
    if b'\r' in b: err('CR found')
    if not t.endswith('\n') or t.endswith('\n\n'): err('final newline')
    n = len(t.replace('\n', ''))
    if not 2000 <= n <= 3500: err(f'length {n}')
    for i, l in enumerate(t.split('\n')[:-1], 1):
        if not l.strip(): err(f'{i}: blank line')
        if re.search(r'[ \t\u3000]', l): err(f'{i}: space')
        for m in re.finditer(r'[!-/:-@\[-`{-~]', l):
            c = m.group(); s = m.start()
            if c in '%+' : continue
            if c == '.' and s > 0 and l[s-1].isdigit() and (s+1 < len(l) and l[s+1].isdigit()): continue
            if c == '.' and re.match(r'^\d+\.', l) and s == len(re.match(r'^\d+', l).group()): continue
            err(f'{i}: ASCII punct {c!r} at {s}')
        for m in re.finditer(r"([^0-9])\1", re.sub("小组组长|人民民主|十五五", "", l)): err(f'{i}: doubled {m.group()} at {m.start()}')
        for a, z in ['（）', '《》', '“”', '‘’', '〈〉', '【】']:
            depth = 0
            for ch in l:
                depth += (ch == a) - (ch == z)
                if depth < 0: break
            if depth != 0: err(f'{i}: unpaired {a}{z}')
    print(f'{f.name}: {n} chars, {t.count(chr(10))} lines')
sys.exit(1 if bad else 0)

#!/usr/bin/env python3
"""Lint the clean bases: anything a reviewer could call a slip must be absent."""
import re, sys, pathlib
here = pathlib.Path(__file__).resolve().parent.parent
PAIRS = ['“”', '‘’', '（）', '《》', '〈〉', '【】', '〔〕', '「」']
ok = True
def bad(f, n, msg):
    global ok; ok = False; print(f'{f}:{n}: {msg}')
for f in sorted(here.glob('base-*.txt')):
    raw = f.read_bytes()
    t = raw.decode('utf-8')
    if b'\r' in raw: bad(f.name, 0, 'CR')
    if not t.endswith('\n') or t.endswith('\n\n'): bad(f.name, 0, 'final newline')
    n_chars = len(t.replace('\n', ''))
    if not 1400 <= n_chars <= 2000: bad(f.name, 0, f'length {n_chars}')
    lines = t.split('\n')[:-1]
    if not lines[1].endswith('：'): bad(f.name, 2, 'addressee')
    for i, l in enumerate(lines, 1):
        if not l.strip(): bad(f.name, i, 'blank line')
        if re.search(r'\s', l): bad(f.name, i, 'whitespace')
        for m in re.finditer(r"(\D)\1", l): bad(f.name, i, f'repeated {m.group()}')
        s = re.sub(r'(?<=\d)\.(?=\d)', '', l)           # decimal points
        s = re.sub(r'^\d+\.', '', s)                    # heading 1.
        s = s.replace('%', '')
        for m in re.finditer(r'[!-/:-@\[-`{-~]', s): bad(f.name, i, f'ASCII punct {m.group()!r}')
        for o, c in PAIRS:
            if l.count(o) != l.count(c): bad(f.name, i, f'unpaired {o}{c}')
        if re.search(r'[０-９Ａ-Ｚａ-ｚ×○△□＿]', l): bad(f.name, i, 'full-width alnum or mask')
        if re.match(r'^[一二三四五六七八九十]+、.*[。；，]$', l): bad(f.name, i, 'level-1 heading punct')
        if re.search(r'[，。；：、]{2}', l): bad(f.name, i, 'doubled marks')
        if re.search(r'\d年(?!度)|\d月|\d日', l) and re.search(r'(?<!\d)\d{2}年', l): bad(f.name, i, 'two-digit year')
print('lint OK' if ok else 'lint FAILED'); sys.exit(0 if ok else 1)

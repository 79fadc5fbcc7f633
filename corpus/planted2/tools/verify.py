# -*- coding: utf-8 -*-
"""Independent check: each probe differs from exactly one base in exactly one line,
and the planted substring occurs on that line. Reads only the files in this folder."""
import csv, os, re, sys
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def read(p):
    with open(os.path.join(D, p), encoding="utf-8", newline="") as f:
        t = f.read()
    assert t.endswith("\n") and "\r" not in t
    return t[:-1].split("\n")
bases = {b: read(b) for b in ("base-a.txt", "base-b.txt", "base-c.txt")}
rows = []
with open(os.path.join(D, "LABELS.tsv"), encoding="utf-8") as f:
    header = f.readline().rstrip("\n").split("\t")
    assert header == ["file", "category", "line", "planted"], header
    for l in f:
        rows.append(l.rstrip("\n").split("\t"))
files = sorted(x for x in os.listdir(D) if re.fullmatch(r"[dc]\d{3}\.txt", x))
assert sorted(r[0] for r in rows) == files, "label/file mismatch"
bad = 0
from collections import Counter
cnt = Counter(); perbase = Counter(); insub = []
for fn, cat, line, planted in rows:
    lines = read(fn)
    matches = []
    for b, bl in bases.items():
        if len(bl) != len(lines):
            continue
        diff = [i for i in range(len(bl)) if bl[i] != lines[i]]
        if len(diff) == 1:
            matches.append((b, diff[0]))
    ok = len(matches) == 1 and matches[0][1] + 1 == int(line) and planted in lines[int(line) - 1]
    if ok and cat != "clean" and planted in bases[matches[0][0]][int(line) - 1]:
        insub.append((fn, cat, planted))
    if not ok:
        bad += 1; print("FAIL", fn, matches, line, planted)
    cnt[cat] += 1; perbase[(matches[0][0] if matches else "?", cat != "clean")] += 1
print("bad:", bad)
print(dict(cnt)); print(dict(perbase))
print("defects whose planted substring already occurs on the base line:", insub)

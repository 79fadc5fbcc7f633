#!/usr/bin/env python3
"""Harvests quoted slogans and counted formulas from published texts of state organs (issue 13, s13-form).

    python3 bench/slogans.py [--pub /work/pub] > src/main/resources/data/huibao/quoted-slogans.tsv

A slogan is what published texts put in quotation marks as a whole (“三支一扶”, “四议两公开”, “双随机、一公开”,
“枫桥经验”), compared without 、 and blanks inside (双随机一公开 is the same slogan). One is registered when
  - its quoted form is written in at least MIN_DOCS documents of at least MIN_ORGANS organs: a phrase one
    organ repeats is its own, one many organs write verbatim is a fixed formula;
  - it is 4 to 12 Han characters with at least two that are not number words: a shorter one (六稳, 三农,
    十四五) has a sibling for nearly every count and member, and a count alone (十百千万) is no name;
  - it is a counted formula (a number word inside) or at least MIN_PLAIN characters long: a four-character
    name without a count has legitimate siblings one character away (枫桥经验, 浦江经验, 晋江经验);
  - it is no count with a measure word (四个意识, 两个大局, 五大发展理念): the hand-written HB304 entries
    check those with their local exemptions, and texts coin one for every count (“六个全面”);
  - the same texts never vary it: no quoted phrase one edit away from it (a character replaced, or two
    exchanged) is written in them. A formula whose siblings are published (一村一品 and 一镇一品, 两抢一盗 and
    两抢三盗, 四方责任 and 五方责任) is a family that organs extend with their own, not a fixed name. On the other
    half a looser threshold (siblings in fewer than one document per 30 of the slogan's) let 10 of 11 findings
    through that were an organ's own sibling (“三方责任”, “两抢两盗”, “全国双拥模范县”, “一件事一家办”).

The corpus is split as bench/harvest.py splits it (MD5 of the path under /work/pub): the odd half is harvested,
the even half measures precision on text the harvest never read. Output, one slogan a line, tab-separated:
the slogan as most often written, documents, organs, its forms with 两 for 双 or 双 for 两 that the texts
also write (、-free, joined by |, or -).
"""
import argparse
import os
import re
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harvest import body, documents, half, organ  # noqa: E402

MIN_DOCS = 10
MIN_ORGANS = 5
MIN_LEN, MAX_LEN = 4, 12
MIN_PLAIN = 6
NUMBERS = "一二两三四五六七八九十百千万双"
QUOTED = re.compile(r"“([^“”\n]{2,24})”")
HAN_ONLY = re.compile(r"^[\u4e00-\u9fff]+$")
# a count with a measure word and what it counts (四个意识, 两个毫不动摇, 五大发展理念): HB304's counted-formula
# entries check those, and local texts coin one for every count (“六个全面”, “三个意识”教育)
MEASURED = re.compile(r"^[" + NUMBERS + r"]+[个大项种条类]")


def fold(q):
    return re.sub(r"[、\s\u3000·]", "", q)


def neighbours(key, keys_by_len):
    """The keys one edit from `key`: one character replaced, or two exchanged."""
    out = []
    for other in keys_by_len.get(len(key), ()):
        diff = [i for i in range(len(key)) if key[i] != other[i]]
        if len(diff) == 1 or len(diff) == 2 and key[diff[0]] == other[diff[1]] and key[diff[1]] == other[diff[0]]:
            out.append(other)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pub", default="/work/pub")
    args = ap.parse_args()
    docs = defaultdict(set)
    organs = defaultdict(set)
    written = defaultdict(lambda: defaultdict(int))
    for path in documents(args.pub):
        if half(args.pub, path) != "harvest":
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            raw = f.read()
        who = organ(args.pub, path, raw)
        for q in set(QUOTED.findall(body(raw))):
            key = fold(q)
            if HAN_ONLY.match(key):
                docs[key].add(path)
                organs[key].add(who)
                written[key][q] += 1
    by_len = defaultdict(list)
    for k in docs:
        by_len[len(k)].append(k)
    rows = []
    for key, ds in docs.items():
        n = len(ds)
        plain = sum(1 for c in key if c not in NUMBERS)
        counted = plain < len(key)
        if n < MIN_DOCS or len(organs[key]) < MIN_ORGANS or not MIN_LEN <= len(key) <= MAX_LEN or plain < 2:
            continue
        if not counted and len(key) < MIN_PLAIN or MEASURED.match(key):
            continue
        sib = neighbours(key, by_len)
        # 两 and 双 are one count: 两随机一公开 is 双随机一公开 spelt another way, not a sibling
        same = [x for x in sib if {c for c in x if c not in key} | {c for c in key if c not in x} == {"两", "双"}]
        if len(sib) > len(same):
            continue
        form = max(written[key].items(), key=lambda kv: (kv[1], kv[0]))[0]
        rows.append((n, len(organs[key]), form, sorted(same)))
    for n, o, form, same in sorted(rows, key=lambda r: (-r[0], r[2])):
        print(f"{form}\t{n}\t{o}\t{'|'.join(same) if same else '-'}")


if __name__ == "__main__":
    main()

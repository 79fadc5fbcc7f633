#!/usr/bin/env python3
"""Harvests enumerated formulas from published texts of state organs (issue 13, s12-lists).

    python3 bench/lists.py [--pub /work/pub] > src/main/resources/data/huibao/enumerated-formulas.tsv

An enumeration is a run of three or more items of 2–8 Han characters joined by 、 inside one clause (between
，。；：！？, brackets and line ends; quotation marks around items are dropped). Its middle items are
exact; its first item is the longest tail, and its last item the longest head, of the words there that
nearly all its documents share (a verb before it, 增强政治意识, is not the item). A run is a canonical list when the
same members in the same order are written in at least MIN_DOCS documents of at least MIN_ORGANS organs.

For each canonical list the same half of the corpus also tells what varies:
  - `orders`: the documents writing its members in another order (a list whose order varies is not checked
    for order);
  - `short`: the members the published texts leave out of a run that has all the others in order;
  - `swap`: the words the published texts put in a member's place (a run with all the others);
  - `count`: a count word (三个, 四大, 五项) written just before the run or naming it with the members' common
    tail (“四个意识”), and the counted names the texts write with that tail (two counts: both are used).

The corpus is split as bench/harvest.py splits it (MD5 of the path under /work/pub, odd half harvested),
so the even half measures precision on text the harvest never read. Output: one list a line,
tab-separated: members joined by 、, documents, organs, orders, short members (、), swaps (member=word,…),
count (or -), names seen (、), and the documents that put a word in a member's place, that go on past the
list with items of their own, that leave a member out.
"""
import os
import re
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harvest import body, documents, half, organ  # noqa: E402

MIN_DOCS = 8
MIN_ORGANS = 3
MIN_ITEM, MAX_ITEM = 2, 8
MIN_ITEMS, MAX_ITEMS = 3, 8
# a first (last) item grows by a character while this share of its documents write that character too: the
# item, not a verb before it that varies (提高政治判断力 / 增强政治判断力)
STEP = 0.95
# and by at most this many characters past the longest middle item
LONGER = 2

PIECES = re.compile(r"[，,。；;：:！？!?\n（）()【】\[\]〔〕《》—…]+")
QUOTES = re.compile(r"[“”‘’\"'「」]")
HAN_ONLY = re.compile(r"^[\u4e00-\u9fff]+$")
NUM = "一二两三四五六七八九十"
COUNTED = re.compile(r"([" + NUM + r"])(个|大|项|条|种|位|是|不|有)([\u4e00-\u9fff]{0,6})$")
NAME = re.compile(r"“([" + NUM + r"])(个|大|项)([\u4e00-\u9fff]{2,4})”")
# words of a text's own, never members of a formula
FRAME = re.compile(r"[等和及与的了]|我们|我市|我省|全市|全省|本|^[一二三四五六七八九十]+中$")


def runs(text):
    """(before, items) per 、-run of at least MIN_ITEMS items; before is the clause's text before the run."""
    for piece in PIECES.split(text):
        piece = QUOTES.sub("", piece).strip(" \t\u3000")
        parts = piece.split("、")
        if len(parts) < MIN_ITEMS:
            continue
        yield parts


def numeral(c):
    return NUM.index(c) + (0 if c != "两" else -1) + (1 if NUM.index(c) < 1 else 0)


def count_of(c):
    return {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}[c]


def main(pub):
    # key: middle items -> per document: first-item words, last-item words
    firsts = defaultdict(lambda: defaultdict(set))  # middle -> tail -> docs
    lasts = defaultdict(lambda: defaultdict(set))
    seen = []  # (doc, organ, parts)
    names = defaultdict(set)  # tail -> counts named with it
    doc_organ = {}
    for path in documents(pub):
        if half(pub, path) != "harvest":
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            raw = f.read()
        doc_organ[path] = organ(pub, path, raw)
        text = body(raw)
        for m in NAME.finditer(text):
            names[m.group(3)].add(count_of(m.group(1)) * 10 + ("个大项".index(m.group(2))))
        for parts in runs(text):
            mids = parts[1:-1]
            if not all(MIN_ITEM <= len(p) <= MAX_ITEM and HAN_ONLY.match(p) for p in mids):
                continue
            seen.append((path, parts))
            key = tuple(mids)
            first, last = parts[0], parts[-1]
            for k in range(MIN_ITEM, min(MAX_ITEM, len(first)) + 1):
                if HAN_ONLY.match(first[-k:]):
                    firsts[key][first[-k:]].add(path)
            for k in range(MIN_ITEM, min(MAX_ITEM, len(last)) + 1):
                if HAN_ONLY.match(last[:k]):
                    lasts[key][last[:k]].add(path)
    # the items at the ends: the longest word most of its documents share
    def ends(words, tail, cap):
        short = [(w, d) for w, d in words.items() if len(w) == MIN_ITEM]
        if not short:
            return None
        best = max(short, key=lambda kv: (len(kv[1]), kv[0]))
        while len(best[0]) < cap:
            longer = [(w, d) for w, d in words.items() if len(w) == len(best[0]) + 1
                      and (w.endswith(best[0]) if tail else w.startswith(best[0]))]
            nxt = max(longer, key=lambda kv: (len(kv[1]), kv[0]), default=None)
            if nxt is None or len(nxt[1]) < STEP * len(best[1]):
                break
            best = nxt
        return best if len(best[1]) >= MIN_DOCS else None

    lists = {}
    for key in firsts:
        # an end item is no longer than the longest middle one: what is longer is the clause around the run
        cap = max(len(m) for m in key) + LONGER
        f = ends(firsts[key], True, cap)
        l_ = ends(lasts[key], False, cap)
        # items of one length in the middle (完整、准确、全面贯彻): an end item longer than them is the clause
        # around the list unless it shares what they share at that end (建好、管好、护好、运营好)
        if f and l_ and len({len(m) for m in key}) == 1:
            size = len(key[0])
            head = os.path.commonprefix(list(key))
            tail = os.path.commonprefix([m[::-1] for m in key])[::-1]
            if len(f[0]) > size and not (head and f[0].startswith(head)):
                f = (f[0][-size:], firsts[key].get(f[0][-size:], set()))
            if len(l_[0]) > size and not (tail and l_[0].endswith(tail)):
                l_ = (l_[0][:size], lasts[key].get(l_[0][:size], set()))
        if not f or not l_:
            continue
        docs = f[1] & l_[1]
        items = (f[0],) + key + (l_[0],)
        if len(items) > MAX_ITEMS or len(set(items)) < len(items) or any(FRAME.search(i) for i in items):
            continue
        organs = {doc_organ[d] for d in docs}
        if len(docs) >= MIN_DOCS and len(organs) >= MIN_ORGANS:
            lists[items] = (docs, organs)
    # drop a list inside a longer canonical one that no document writes alone (its docs are the longer one's)
    for items in list(lists):
        for other in lists:
            if other != items and len(other) > len(items) and any(other[i:i + len(items)] == items for i in range(len(other))):
                if len(lists[items][0] - lists[other][0]) < MIN_DOCS:
                    lists.pop(items, None)
                    break
    # what varies: other orders, members left out, words put in a member's place, count words
    orders = defaultdict(set)
    short = defaultdict(set)
    swaps = defaultdict(set)
    counts = defaultdict(lambda: defaultdict(int))
    swapped = defaultdict(set)  # documents putting another word in a member's place
    extended = defaultdict(set)  # documents going on with items of their own
    shortdocs = defaultdict(set)  # documents leaving a member out
    by_member = defaultdict(set)
    for items in lists:
        for i in items:
            by_member[i].add(items)
    for path, parts in seen:
        cand = set()
        for p in parts:
            for items in by_member.get(p, ()):
                cand.add(items)
        inner = parts[1:-1]
        for items in cand:
            n = len(items)
            words = set(items)
            ends_ok = [p for p in parts]
            present = [p for p in inner if p in words]
            # the first and last parts may carry words of the clause around the run
            first_m = next((i for i in items if parts[0].endswith(i)), None)
            last_m = next((i for i in items if parts[-1].startswith(i)), None)
            run = ([first_m] if first_m else [parts[0]]) + inner + ([last_m] if last_m else [parts[-1]])
            members = [r for r in run if r in words]
            if len(members) == n and len(run) == n and tuple(members) != items:
                orders[items].add(path)
            if len(members) == n - 1 and len(set(members)) == n - 1:
                missing = (words - set(members)).pop()
                if [m for m in items if m != missing] == members:
                    if len(run) == n - 1:
                        short[items].add(missing)
                        shortdocs[items].add(path)
                    elif len(run) == n:
                        at = items.index(missing)
                        word = run[at]
                        # at an end the part carries the clause around it: the word of the member's length
                        word = parts[0][-len(missing):] if at == 0 else parts[-1][:len(missing)] if at == n - 1 else word
                        swaps[items].add(missing + "=" + word)
                        swapped[items].add(path)
            if tuple(members) == items and len(run) > n:
                extended[items].add(path)
            if tuple(run) == items or tuple(members) == items and len(run) == n:
                before = parts[0][: len(parts[0]) - len(first_m)] if first_m else ""
                m = COUNTED.search(before)
                if m and m.group(2) in "个大项":
                    counts[items][count_of(m.group(1))] += 1
    for items, (docs, organs) in sorted(lists.items(), key=lambda kv: (-len(kv[1][0]), kv[0])):
        tail = os.path.commonprefix([i[::-1] for i in items])[::-1]
        named = sorted(names.get(tail, ())) if len(tail) >= 2 else []
        count = max(counts[items].items(), key=lambda kv: kv[1])[0] if counts[items] else "-"
        print("\t".join([
            "、".join(items), str(len(docs)), str(len(organs)), str(len(orders[items])),
            "、".join(sorted(short[items])) or "-", ",".join(sorted(swaps[items])) or "-", str(count),
            "、".join(f"{c // 10}{'个大项'[c % 10]}{tail}" for c in named) or "-",
            str(len(swapped[items])), str(len(extended[items])), str(len(shortdocs[items]))]))


if __name__ == "__main__":
    args = sys.argv[1:]
    main(args[args.index("--pub") + 1] if "--pub" in args else "/work/pub")

# Harvests the fixed wordings of the fields a unit reports on (issue 13, HB304) from published texts of state
# organs, so that the standard phrase table is built from data and not from memory: quoted slogans, lists
# that recur in one order, and the titles of laws, regulations and plans, each with the number of texts
# and of organs that write it. Not a runtime dependency; it writes the candidates, and `table` writes a
# word list from the kept ones (bench/fields/field-formulations.lexicon.yaml, `lexicon: formulations`, which
# an office can load with --rules). It is NOT among the built-in rules: on the 734 held-out texts it added 16
# HB304 findings with the built-in near-miss reading, 1 of them right (解决思想 for 解放思想) — the other 15
# are lists whose order or members published texts vary (政治协商、参政议政、民主监督; 职业道德、社会公德…;
# 产权明晰) although the harvest texts, checked with `variants`, never wrote them so.
#
# Sources (official documents, outside copyright): a local copy of the government work reports of the
# State Council, the provinces and the cities, the five-year plans and the institutional reform plans
# (/work/pub/gov), and of the Party's published documents (/work/pub/cpc/content). One text in five (by the
# hash of its path, `held_out`) is held out of the harvest, to measure false findings on.
#
#   python3 bench/fields.py harvest K OUT.tsv DIR...   candidates attested in >= K harvest texts
#   python3 bench/fields.py table IN.tsv K DROP.txt RULES DIR... > bench/fields/field-formulations.lexicon.yaml
#   python3 bench/fields.py variants TABLE DIR... >> bench/fields/drop.txt   phrases the harvest texts write otherwise
#   python3 bench/fields.py held-out DIR... > held-out.txt   the held-out texts, one path a line
import hashlib
import os
import re
import sys
from collections import defaultdict

HAN = "\u4e00-\u9fff"
QUOTE = re.compile("“([%s、，]{4,24})”" % HAN)
TITLE = re.compile("《([%s（）]{4,30}(?:法|条例|规定|办法|规划|纲要|准则|规则))》" % HAN)
# a run of three or more items of two to eight characters joined by 、, between marks
LIST = re.compile("(?<![%s])((?:[%s]{2,8}、){2,7}[%s]{2,8})(?![%s])" % (HAN, HAN, HAN, HAN))
# two items, each of three characters or more (藏粮于地、藏粮于技): shorter pairs are any two nouns
PAIR = re.compile("(?<![%s])([%s]{3,8}、[%s]{3,8})(?![%s、])" % (HAN, HAN, HAN, HAN))
YEAR = re.compile(r"^((?:19|20)\d{2})")
FRONT_YEAR = re.compile(r"(?m)^(?:date|publication_date):\s*'?((?:19|20)\d{2})")


def held_out(path):
    return int(hashlib.sha1(path.encode()).hexdigest(), 16) % 5 == 0


def texts(dirs):
    for d in dirs:
        for root, _, files in os.walk(d):
            for f in sorted(files):
                if f.endswith(".md") and not f.startswith("_") and f != "README.md":
                    p = os.path.join(root, f)
                    with open(p, encoding="utf-8", errors="replace") as h:
                        yield p, h.read()


def year_of(path, text):
    m = YEAR.match(os.path.basename(path)) or FRONT_YEAR.search(text[:2000])
    return int(m.group(1)) if m else 0


CENTRAL = ("政府工作报告-国务院", "五年规划", "国务院机构改革", "/cpc/")


def central(path):
    """A text of the centre: the State Council's reports and plans, the Party's published documents."""
    return any(c in path for c in CENTRAL)


def organ_of(path):
    # the organ is the directory a text sits in (a province's or a city's reports, a kind of Party document)
    return os.path.dirname(path)


def candidates(text):
    out = set()
    for m in QUOTE.finditer(text):
        out.add(("quote", m.group(1)))
    for m in TITLE.finditer(text):
        out.add(("title", m.group(1)))
    for m in PAIR.finditer(text):
        out.add(("list", m.group(1)))
    for m in LIST.finditer(text):
        items = m.group(1).split("、")
        # the first item may carry the verb of its sentence (坚持预防为主、…), the last what follows the
        # list: every trimming of the two is a candidate, and counting picks the one the texts share
        firsts = {items[0][i:] for i in range(0, len(items[0]) - 1)}
        lasts = {items[-1][:j] for j in range(2, len(items[-1]) + 1)}
        for a in firsts:
            for b in lasts:
                out.add(("list", "、".join([a] + items[1:-1] + [b])))
    return out


def harvest(k, out_path, dirs):
    docs = defaultdict(set)
    organs = defaultdict(set)
    years = defaultdict(list)
    n = 0
    for p, t in texts(dirs):
        if held_out(p):
            continue
        n += 1
        y = year_of(p, t)
        for c in candidates(t):
            docs[c].add(p)
            organs[c].add(organ_of(p))
            if y:
                years[c].append(y)
    kept = {c: d for c, d in docs.items() if len(d) >= k}
    del docs
    # a list is a fixed wording only where the texts keep its order and its members: count, per kept list,
    # the texts that write its items in another order, or all its items but one with another in its place
    shape = {}
    for c in kept:
        if c[0] == "list":
            items = c[1].split("、")
            shape.setdefault(("set", tuple(sorted(items))), set()).add(c[1])
            for i in range(len(items)):
                shape.setdefault(("one", i, tuple(items[:i] + ["*"] + items[i + 1:])), set()).add(c[1])
    other = defaultdict(set)
    for p, t in texts(dirs):
        if held_out(p):
            continue
        for kind, s in candidates(t):
            if kind != "list":
                continue
            items = s.split("、")
            for l in shape.get(("set", tuple(sorted(items))), ()):
                if l != s:
                    other[("list", l)].add(p)
            for i in range(len(items)):
                for l in shape.get(("one", i, tuple(items[:i] + ["*"] + items[i + 1:])), ()):
                    if l != s:
                        other[("list", l)].add(p)
    # a list trimmed further than the texts write it is no formulation of its own: keep a list only if no
    # longer one (more characters at either end) is written in nearly as many texts
    lists = {c[1]: len(d) for c, d in kept.items() if c[0] == "list"}
    def closed(s, df):
        for other, odf in lists.items():
            if other != s and s in other and odf >= 0.8 * df:
                return False
        return True
    with open(out_path, "w", encoding="utf-8") as h:
        h.write("# bench/fields.py harvest %d: kind, texts, organs, first year, last year, phrase, a text, texts with the list's items"
                " in another order or one replaced, central texts (of %d harvested)\n" % (k, n))
        for c, d in sorted(kept.items(), key=lambda e: (-len(e[1]), e[0])):
            if c[0] == "list" and not closed(c[1], len(d)):
                continue
            ys = years.get(c) or [0]
            mid = sorted(p for p in d if central(p))
            h.write("%s\t%d\t%d\t%d\t%d\t%s\t%s\t%d\t%d\n" % (c[0], len(d), len(organs[c]), min(ys), max(ys), c[1],
                                                           (mid or sorted(d))[0], len(other.get(c, set()) - d), len(mid)))


def existing(rules_dir):
    """The phrases the hand-made tables already hold (standard, name or allowed), folded."""
    out = set()
    for f in os.listdir(rules_dir):
        if f.endswith(".lexicon.yaml") and f != "field-formulations.lexicon.yaml":
            for m in re.finditer(r"(?m)^\s*- (?:standard|name|allowed): (.+)$", open(os.path.join(rules_dir, f), encoding="utf-8").read()):
                out.add(fold(m.group(1)))
    return out


def fold(s):
    return re.sub("[“”‘’\"' ]", "", s)


def han(s):
    return len(re.findall("[%s]" % HAN, s))


def table(tsv, k, drop_path, rules_dir, dirs):
    """The word list of the kept candidates: quoted slogans and lists attested in >= k texts of >= 3 organs,
    lists only where the texts keep their order and members (no more than one text in twenty writes the
    items otherwise), titles in >= 3 texts; none the hand-made tables hold, none in DROP (one a line:
    phrases the check of the harvest texts showed to be written otherwise too)."""
    drop = {l.strip() for l in open(drop_path, encoding="utf-8") if l.strip() and not l.startswith("#")} if drop_path else set()
    have = existing(rules_dir)
    rows = []
    for line in open(tsv, encoding="utf-8"):
        if line.startswith("#"):
            continue
        kind, df, organs, first, last, phrase, src, other, mid = line.rstrip("\n").split("\t")
        rows.append((kind, int(df), int(organs), int(first), phrase, src, int(other)))
    # a fixed wording is one the centre writes (anywhere in its texts, quoted or not): a city's own slogan
    # (千名干部进千企) is one other cities vary
    centre = "\n".join(fold(t) for p, t in texts(dirs) if central(p) and not held_out(p))
    lists = {r[4] for r in rows if r[0] == "list"}
    out = []
    for kind, df, organs, first, phrase, src, other in rows:
        if phrase in drop or "《%s》" % phrase in drop or fold(phrase) in have or organs < 3 or fold(phrase) not in centre:
            continue
        have.add(fold(phrase))
        if kind == "title":
            # a short title is one or two characters from another law's (《劳动法》, 《劳动合同法》)
            if df < 3 or han(phrase) < 6:
                continue
            entry = "name: 《%s》" % phrase
        else:
            if df < k or han(phrase) < 6:
                continue
            if kind == "list" or "、" in phrase:
                # a list whose items are not each written once (谋一件、干一件) is read as a phrase, not a list
                if any(phrase.count(i) != 1 or not i for i in phrase.split("、")) or other > 0.05 * df:
                    continue
                # the list as the texts write it without the verb or the noun around it (打好…保卫战)
                if any(o != phrase and o in phrase for o in lists):
                    continue
            entry = "standard: " + phrase
        out.append((entry, first, df, organs, src))
    print("""# Fixed wordings of the fields a unit reports on — slogans, lists in their order, titles of laws,
# regulations and plans — harvested from published texts of state organs (the government work reports of
# the State Council, the provinces and the cities, the five-year plans, the Party's published documents)
# by bench/fields.py, which also says how they were chosen: each is written in at least %d texts of at
# least three organs (titles: three texts), and a list only where no more than one text in twenty writes
# its items in another order or with one replaced. A bench artefact, not a built-in list (see the head of
# bench/fields.py for its precision on held-out texts); loaded with --rules it joins the word list
# `formulations` (see standard-formulations.lexicon.yaml for what is compared): text one edit from one of
# these, and not itself one of them, is reported with it as its correct form. `since` is the first year
# the texts write it. Each entry's comment: texts, organs, one source.
#
# Generated: python3 bench/fields.py table /tmp/fields.tsv %d bench/fields/drop.txt rules GOV CPC/content; edit the
# script or bench/fields/drop.txt, not this file.
lexicon: formulations
entries:""" % (k, k))
    for entry, first, df, organs, src in out:
        print("  - %s" % entry)
        if first >= 2000:
            print("    since: %d" % first)
        print("    # %d texts, %d organs: %s" % (df, organs, src.replace("/work/pub/", "")))


def norm(s):
    """A text as a phrase is compared in: no quotation marks or blanks, every joiner of a list a 、."""
    return re.sub("[和及与，,]", "、", fold(s))


def variants(table_path, dirs):
    """Per phrase of a generated table, the harvest texts that write it otherwise — its characters in
    another order (a list reordered) or one to two characters changed, dropped or put in, around an intact
    half of it — the way HB304 would read them: such a phrase is no fixed wording, and its line belongs in
    the drop list. Prints the phrase, the texts and one variant."""
    phrases = [m.group(1) for m in re.finditer(r"(?m)^  - (?:standard|name): (.+)$", open(table_path, encoding="utf-8").read())]
    docs = [(p, norm(t)) for p, t in texts(dirs) if not held_out(p)]
    for phrase in phrases:
        e = norm(phrase)
        n = len(e)
        halves = (e[: n // 2 - 1], e[n // 2 + 1:]) if n >= 8 else (e[: n // 2], e[n // 2:])
        found = {}
        for p, t in docs:
            for h in halves:
                i = t.find(h)
                while i >= 0 and p not in found:
                    for start in range(i - n - 2, i + 1):
                        for size in (n - 2, n - 1, n, n + 1, n + 2):
                            w = t[max(start, 0): max(start, 0) + size]
                            if w == e or h not in w or w.startswith("、") or w.endswith("、"):
                                continue
                            if w.count("、") != e.count("、"):
                                continue
                            if sorted(w) == sorted(e) or close(w, e):
                                found[p] = w
                                break
                        if p in found:
                            break
                    i = t.find(h, i + 1)
        if found:
            print("%s\t%d\t%s" % (phrase, len(found), sorted(found.values())[0]))


def close(a, b):
    """One to two characters changed, dropped or put in, inside the phrase (not at its first or last two)."""
    if a[:2] != b[:2] or a[-2:] != b[-2:]:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return 0 < prev[-1] <= 2


def main():
    cmd = sys.argv[1]
    if cmd == "harvest":
        harvest(int(sys.argv[2]), sys.argv[3], sys.argv[4:])
    elif cmd == "table":
        table(sys.argv[2], int(sys.argv[3]), sys.argv[4] if sys.argv[4] != "-" else None, sys.argv[5], sys.argv[6:])
    elif cmd == "variants":
        variants(sys.argv[2], sys.argv[3:])
    elif cmd == "held-out":
        for p, _ in texts(sys.argv[2:]):
            if held_out(p):
                print(p)
    else:
        raise SystemExit("harvest K OUT DIR... | held-out DIR...")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Harvests canonical formulations from published texts of state organs (issue 13, s11-form).

    python3 bench/harvest.py phrases [--pub /work/pub] [--half harvest|all] > /tmp/phrases.tsv
    python3 bench/harvest.py lexicon /tmp/phrases.tsv /tmp/variants.tsv > rules/harvested-formulations.lexicon.yaml

`phrases` splits every text into clauses (between ，。；：！？ and line ends, brackets, and the inner text
of “…” quotations), and counts in how many distinct documents each clause occurs verbatim and from how
many organs (a government: its region's directory; a Party or state text: its first author). A clause is
a canonical formulation when it is 6–30 Han characters long, occurs in at least MIN_DOCS documents of at
least MIN_ORGANS organs, and is no generic syntax: no digits, dates or ordinals, no place name of the
corpus, no deictic or sentence-frame words (see GENERIC).

`lexicon` writes them as `standard:` entries; the variants file (span <tab> documents, from running
huibao with the phrases over the same half of the corpus, see bench/harvest.sh) lists what the published
texts themselves write one edit away: those are `allowed:` unless only one document writes it and it is
at least RARER times rarer than the phrase it is near.

The corpus is split in two by the parity of the MD5 of each file's path under /work/pub: the harvest
reads the odd half (--half harvest) so that the even half measures precision on text it never saw.
"""
import hashlib
import os
import re
import sys
from collections import defaultdict

MIN_LEN, MAX_LEN = 6, 30
MIN_DOCS = 12
MIN_ORGANS = 3
RARER = 50
# Only phrases this frequent are checked: on the held-out half, near misses of rarer clauses were nearly
# all other correct phrases (12 documents: 141 findings, about 6 real; 100 documents: 7, of them 2 real).
CHECKED_DOCS = 100

SPLIT = re.compile(r"[，。；：！？!?;:\n（）()【】\[\]〔〕《》—…]+|(?<=[，。；：])")
QUOTED = re.compile(r"“([^“”]{2,40})”")
HAN = re.compile(r"[\u4e00-\u9fff]")
NOT_FORMULA = re.compile(
    r"[0-9０-９%％.．a-zA-Z]"
    r"|[一二三四五六七八九十百千万亿零〇两][个项条大是年月日届次号批家种类位名户人元亩吨]"
    r"|第[一二三四五六七八九十]|[上下今去明本当近前后]年|[上下本]半年|今后|今年|去年|明年|过去|目前|当前|日前|近期|近日"
    r"|我们|我市|我省|我区|我县|我州|我国|全市|全省|全区|全县|全州|本市|本省|该|这|那|此|其|他们|各位|代表|同志们"
    r"|以下|如下|上述|下列|以上|是指|所称|本办法|本条例|本规定|本准则|本规则|本细则|本法|本章|本条|本决定|本意见"
    r"|市委|省委|区委|县委|州委|市政府|省政府|区政府|县政府|州政府|政府工作|工作报告|报告")
GENERIC_END = re.compile(r"(的|了|和|与|及|或|并|等|是|在|对|为|把|将|从|向|于|使|让|由|被|要|应|须|可|能|会)$")
GENERIC_START = re.compile(r"^(的|了|和|与|及|或|并|等|是|在|对|为|把|将|从|向|于|由|被|但|而|也|还|又|就|都|则|且|如|若)")


def documents(pub):
    for top in ("gov", "cpc/content"):
        for root, dirs, files in os.walk(os.path.join(pub, top)):
            dirs.sort()
            for f in sorted(files):
                if f.endswith(".md") and not f.startswith("_") and f != "search.md":
                    yield os.path.join(root, f)


def half(pub, path):
    """'held' for the even half (precision sweep), 'harvest' for the odd half."""
    digest = hashlib.md5(os.path.relpath(path, pub).encode("utf-8")).digest()
    return "held" if digest[-1] % 2 == 0 else "harvest"


def organ(pub, path, text):
    rel = os.path.relpath(path, pub)
    if rel.startswith("gov/"):
        parts = rel.split("/")
        return "/".join(parts[1:3]) if len(parts) > 3 else parts[1]
    m = re.search(r"^authors:\s*\n\s*-\s*(\S+)", text, re.M)
    return m.group(1) if m else rel.split("/")[2]


def body(text):
    if text.startswith("---"):
        end = text.find("\n---", 3)
        text = text[end + 4:] if end > 0 else text
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return re.sub(r"[#*>|`_]", "", text)


def places(pub):
    """Place names of the corpus: the directories of the government reports, without their suffix."""
    out = set()
    for root, dirs, _ in os.walk(os.path.join(pub, "gov")):
        for d in dirs:
            name = re.sub(r"(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|地区|省|市|盟|州)$", "", d)
            if len(name) >= 2 and HAN.match(name) and not name.startswith(("政府", "五年", "国务院", "国家统计")):
                out.add(name)
    return out


def clauses(text):
    for piece in SPLIT.split(text):
        yield piece.strip(" \t　、")
    for q in QUOTED.findall(text):
        for piece in SPLIT.split(q):
            yield piece.strip(" \t　、")


def canonical(c, place_re):
    n = len(HAN.findall(c))
    if n < MIN_LEN or n > MAX_LEN or n < len(c) - c.count("“") - c.count("”") - c.count("、"):
        return False
    if c.count("“") != c.count("”") or NOT_FORMULA.search(c) or place_re.search(c):
        return False
    return not GENERIC_END.search(c) and not GENERIC_START.search(c)


def phrases(pub, which):
    place_re = re.compile("|".join(sorted(map(re.escape, places(pub)), key=len, reverse=True)))
    docs = defaultdict(int)
    organs = defaultdict(set)
    for path in documents(pub):
        if which != "all" and half(pub, path) != which:
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            raw = f.read()
        who = organ(pub, path, raw)
        for c in set(clauses(body(raw))):
            if canonical(c, place_re):
                docs[c] += 1
                organs[c].add(who)
    for c, n in sorted(docs.items(), key=lambda kv: (-kv[1], kv[0])):
        if n >= MIN_DOCS and len(organs[c]) >= MIN_ORGANS:
            print(f"{c}\t{n}\t{len(organs[c])}")


def curated(rules):
    """The phrases of the hand-written formulation lists: they and their near misses are theirs."""
    out = set()
    for f in os.listdir(rules):
        if f.endswith("formulations.lexicon.yaml") and not f.startswith("harvested-"):
            with open(os.path.join(rules, f), encoding="utf-8") as lines:
                for line in lines:
                    m = re.match(r"\s*-\s*(?:standard|name|allowed):\s*(.+)", line)
                    if m:
                        out.add(m.group(1).strip().strip("'\""))
    return out


def lexicon(phrase_file, variant_file, rules="rules"):
    hand = curated(rules)
    variants = []
    if variant_file:
        with open(variant_file, encoding="utf-8") as f:
            variants = [line.rstrip("\n").split("\t") for line in f]
    # a clause the published texts write that is a near miss of a hand-written phrase stays a slip
    slips = {span for span, n, canon in variants if canon in hand}
    counts = {}
    with open(phrase_file, encoding="utf-8") as f:
        for line in f:
            c, n, o = line.rstrip("\n").split("\t")
            if c not in hand and c not in slips and int(n) >= CHECKED_DOCS:
                counts[c] = int(n)
    allowed = {}
    for span, n, canon in variants:
        if canon in counts:
            # a variant the published texts write is a phrase of its own, unless one document has it
            # and it is far rarer than the phrase it is near
            if span not in counts and span not in hand and (int(n) >= 2 or int(n) * RARER > counts[canon]):
                allowed[span] = max(allowed.get(span, 0), int(n))
    print("# Canonical formulations harvested from published texts of state organs (generated; do not edit).")
    print("# Generator: bench/harvest.py (run by bench/harvest.sh). Source: /work/pub — government work reports")
    print("# of the State Council, provinces and cities, five-year plans (gov/), and Party and state documents")
    print("# (cpc/content: 党章, 党代会报告, 党规, 规范性文件, 法规规章), the half of the files whose path MD5 is odd.")
    print(f"# A `standard:` is a clause (between ，。；：！？, brackets or quotation marks) of {MIN_LEN}–{MAX_LEN} Han characters")
    print(f"# written verbatim in at least {MIN_DOCS} documents of at least {MIN_ORGANS} organs, without digits, dates, ordinals,")
    print(f"# place names or sentence-frame words; those in at least {CHECKED_DOCS} documents are checked. An `allowed:`")
    print("# is a span the same texts write one edit away from")
    print(f"# a standard (huibao's near-miss matcher run over them), unless one document alone writes it, {RARER} times rarer than the standard.")
    print("# Clauses that the hand-written formulation lists have, or report as near misses, are left to them.")
    print(f"# {len(counts)} standards, {len(allowed)} allowed.")
    print("lexicon: formulations")
    print("entries:")
    for c in counts:
        print(f"  - standard: {c}")
    for a in sorted(allowed):
        print(f"  - allowed: {a}")


def link(pub, which, into):
    """The half's documents as links in one directory, for huibao to check."""
    os.makedirs(into, exist_ok=True)
    for path in documents(pub):
        if half(pub, path) == which:
            os.symlink(path, os.path.join(into, os.path.relpath(path, pub).replace("/", "_")))


def variants(found):
    """huibao's HB304 findings (JSON) as span <tab> documents <tab> the standard it is near."""
    import json
    docs = defaultdict(set)
    canon = {}
    for report in json.load(open(found, encoding="utf-8"))["reports"]:
        for f in report.get("findings", []):
            if f["rule"] == "HB304" and "fix" in f:
                docs[f["excerpt"]].add(report["file"])
                canon[f["excerpt"]] = f["fix"]["replacement"]
    for span in sorted(docs):
        print(f"{span}\t{len(docs[span])}\t{canon[span]}")


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[0] == "phrases":
        pub = args[args.index("--pub") + 1] if "--pub" in args else "/work/pub"
        phrases(pub, args[args.index("--half") + 1] if "--half" in args else "harvest")
    elif args[0] == "link":
        link(args[args.index("--pub") + 1], args[args.index("--half") + 1], args[-1])
    elif args[0] == "variants":
        variants(args[1])
    elif args[0] == "lexicon":
        lexicon(args[1], args[2] if len(args) > 2 else None)

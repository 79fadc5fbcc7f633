#!/usr/bin/env python3
"""Deletion harness — issue 12's criterion "deleting any one part of a complete report flips exactly that element".

    python3 bench/deletion.py target/huibao.jar [--dump=DIR] [SET ...]   (default: every readable labelled set;
                                                                     --dump keeps the cut copies in DIR)

For every report labelled present/present/present in a readable set's LABELS.csv, the harness cuts out the part
that carries each element in turn, runs huibao once over all the cut copies (check -j 2 --format json) and prints
per element: flipped (that element now absent and the report fails, the other two unchanged), still present (with
the evidence huibao cites), collateral (another element flipped too, or the report still passes), and cut failed
(the harness found no part to cut); an element huibao already finds absent in the uncut report is
counted apart (uncut lacks it), and a genre that does not require the element need not fail. The blind sets are never read.

The cutting rule works on the text's structure and a reader's words for what a part is about, not on huibao's own
cues (so that a cue that fires on the wrong text shows up as "still present"):
  1. Headings: a line opening with 一、 / 第一部分 / （一） (or marked as a heading in markdown, ## or **…**) at the
     head of a short line or of its first sentence. A heading whose own words name one element's topic (a
     reader's words below) marks the part it heads: the heading and everything up to the next heading of the
     same or a higher level. Top level first; the second only when no top-level heading names the element.
     Items (1. / 一是 / 第一，) are paragraphs: they are cut inline.
  2. Inline: otherwise every paragraph whose words name the element (a reader's broader words below) is cut,
     from the sentence that names it to the paragraph's end when an earlier sentence names another element,
     the whole paragraph otherwise.
     Not inside a part whose heading names another element.
  3. Spread: then, outside the part, every clause the labeller quoted for the element in LABELS.csv's notes
     ("L: …", "problems: '…'", "next steps 「…」", less what the note disclaims: "… is not decisive"), every
     clause in a reader's words for it, a requirement or pledge not told as past (要/必须/将…: speeches and
     reports say them all along) and a rectification item's unfinished remainder (仍有/尚未/正在…) — each only
     when it names no other element. An item (一是 / 第一， / （一） / 1. / - ) goes whole when its first clause or
     a quote goes, and so do the items after a lead-in that went ("新的一年，我所将："); a heading naming two
     parts ("存在的主要问题和改进措施") loses the words for the part cut.
  4. The title block (short lines among the first three) and the date/signature lines are never cut.
"""
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

READABLE = ["dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout7", "heldout8", "written",
            "written2", "dev2"]
ELEMENTS = ["leadership", "shortcomings", "next_steps"]

# what a heading names, in a reader's words (not huibao's cue lists)
HEAD = {
    "leadership": r"组织领导|领导(小组|机制|体制|责任)|加强领导|强化领导|组织保障|责任(落实|体系|制)|主体责任|第一责任|"
                  r"一岗双责|管党治党|压实.{0,8}责任|扛起.{0,8}责任|履行.{0,8}责任|抓班子|党组织领导|高度重视|精心(组织|部署)|"
                  r"工作机制|组织机构|周密部署",
    "shortcomings": r"问题|不足|差距|短板|困难|薄弱|挑战|教训|弱项|需要?改进的(地方|方面)|缺点",
    "next_steps": r"下一步|下步|今后|打算|计划|思路|安排|展望|努力方向|工作重点|重点工作|主要任务|任务要求|"
                  r"(19|20)\d\d年.{0,6}(工作|任务|重点抓好|着力抓好)|明年|今年.{0,4}(工作|任务)|下半年|意见建议|几点要求|工作建议|"
                  r"(整改|改进|工作|下步)措施",
}
# what a paragraph says, when no heading names the part
BODY = {
    "leadership": r"领导小组|工作专班|专班|指挥部|第一责任|主体责任|一岗双责|负总责|亲自|专题研究|研究部署|带队|包保|领办|挂帅|"
                  r"成立.{0,20}委员会|第一议题|联席会议|"
                  r"(党组|党委|党工委|常委会|局务会|办公会|班子)(扩大)?会议?|一把手|牵头|任组长|为组长|责任书|责任清单",
    "shortcomings": r"存在.{0,20}(问题|不足|差距|短板)|(问题|不足|差距|短板|薄弱环节)(主要|还|仍|依然|有)|"
                    r"(不够|不足|不到位|不平衡|不充分|滞后|薄弱|有待|仍需|亟待|还需)",
    "next_steps": r"下一步|下步|今后|接下来|明年|(19|20)\d\d年(?!.{0,20}(以来|来|期间))|将(继续|进一步|着力|重点|全力|持续)|"
                  r"(?<!需)要(进一步|继续|切实|坚持|着力)|计划|打算|力争|下半年|表态|承诺",
}
LEVELS = [
    # markdown-like headings of a copy or a draft: "## 二、存在的问题", "**改进措施**"
    (1, re.compile(r"^\s*(#{1,3}\s*|\*\*(?=[^*]{2,30}\*\*\s*$))?(第[一二三四五六七八九十]+(部分|章)|[一二三四五六七八九十]+[、.．]"
                   r"|[IVX]+[、.．]|(?<=\*\*)|(?<=#)|(?<=# ))")),
    (2, re.compile(r"^\s*[（(][一二三四五六七八九十]+[）)]")),
]
DATE = re.compile(r"^\s*(19|20)\d\d年\d{1,2}月(\d{1,2}日)?\s*$")


def fixed(line, k):
    """never cut: the title block (a short line among the first three: a text without blank lines has its
    first paragraphs there), the date line, blank lines"""
    return (k < 3 and len(line.strip()) <= 40 and "。" not in line) or DATE.match(line) or not line.strip()


BARE = re.compile(r"^[^，。；：:！？,;]{2,16}$")


def heading(line, k=99):
    """(level, the heading's own words) or None: the line or its first sentence when short; a short line without
    punctuation below the title block is an un-numbered heading ("短板弱项", "2026年重点抓好")"""
    if k >= 3 and BARE.match(line.strip()) and not DATE.match(line) and not line.strip().endswith(("党组", "党委", "局", "公司")):
        return 1, line.strip()
    for level, pattern in LEVELS:
        m = pattern.match(line)
        if not m:
            continue
        rest = line[m.end():]
        first = re.split(r"[。：:；！？]", rest, maxsplit=1)[0]
        if len(first) <= 40:
            return level, first
    return None


def names(words, element, table, reviewed=0):
    """the element named by these words; a heading naming problems and measures at once ("存在问题及整改措施")
    names both. A heading's year names next steps only when it is after the year the title looks back on
    ("一、2025年主要工作" in a summary of 2025 is work done)."""
    if element == "next_steps" and table is BODY and reviewed:
        # in a paragraph, the reviewed year and those before it are the work done ("2014年度共接受群众咨询0次")
        words = re.sub(r"(?:19|20)\d\d(?=年)", lambda y: y.group() if int(y.group()) > reviewed else "", words)
    m = re.search(table[element], words)
    if m and element == "next_steps" and table is HEAD and reviewed:
        years = [int(y) for y in re.findall(r"(?:19|20)\d\d(?=年)", words)]
        if years and max(years) <= reviewed and not re.search(r"计划|打算|安排|下一步|今后", words):
            return False
    return m is not None


def reviewed_year(lines):
    """the earliest year in the title block (its first three lines), 0 when none"""
    years = [int(y) for y in re.findall(r"(?:19|20)\d\d(?=年)(?!\d{1,2}月\d{1,2}日)", "\n".join(lines[:3]))]
    return min(years) if years else 0


def cut(lines, element, genre="", quotes=()):
    """(kept lines, how) — how is "section Lk", "inline" or None when nothing to cut; "+spread" when sentences
    outside the part were cut too"""
    kept, how = part(lines, element)
    rest, hit = spread(kept, element, genre, quotes, reviewed_year(lines))
    if hit:
        return rest, (how + "+spread") if how else "spread"
    return kept, how


def part(lines, element):
    """(kept lines, how): the part a heading names, or the paragraphs that name the element"""
    heads = [(i, h) for i, h in ((i, heading(l, i)) for i, l in enumerate(lines)) if h]
    reviewed = reviewed_year(lines)
    for level in (1, 2):
        marked = [i for i, (lv, words) in heads if lv == level and names(words, element, HEAD, reviewed)
                  and not (element != "shortcomings" and re.search(r"问题|不足|差距", words) and "整改" not in words)]
        if not marked:
            continue
        drop = set()
        for i in marked:
            end = next((j for j, (lv, _) in heads if j > i and lv <= level), len(lines))
            # a paragraph that runs on after its own heading line is cut to its end only
            drop.update(range(i, end))
        return [l for k, l in enumerate(lines) if k not in drop], f"section L{level}"
    kept, hit, under = [], False, None
    others = [e for e in ELEMENTS if e != element]
    for k, line in enumerate(lines):
        h = heading(line, k)
        if h and h[0] == 1:
            under = h[1]
        # not inside a part whose heading names another element: the sentences there belong to that part
        inside_other = under is not None and any(names(under, o, HEAD, reviewed) for o in others)
        if fixed(line, k) or inside_other:
            kept.append(line)
            continue
        # clauses, so that "存在的主要问题是…不够全面，下步打算将…" keeps its problem when the plan goes
        units = [s for s in re.findall(r"[^。！？；，]*[。！？；，]?", line) if s]
        first = next((n for n, s in enumerate(units) if names(s, element, BODY, reviewed)), None)
        if first is None:
            kept.append(line)
            continue
        hit = True
        if any(names(s, o, BODY, reviewed) for s in units[:first] for o in others):
            kept.append("".join(units[:first]))
    return (kept, "inline") if hit else (lines, None)


# where a label's note names an element's evidence: "L:", "leadership", "problems", "next steps", "plan"…
MARKERS = [("leadership", r"\bL\s*(?:weak\s*)?:|[Ll]eadership"),
           ("shortcomings", r"\bS\s*(?:weak\s*|ok\s*)?:|[Ss]hortcomings|[Pp]roblems?\b"),
           ("next_steps", r"\bN\s*:|[Nn]ext steps|\bplan\b|[Pp]ledge")]
RUN = re.compile(r"[\u3400-\u9fff0-9０-９%％“”‘’《》（）、，：；·—\-.．]{6,}")
# what the note says a quote is not: "(按照…的部署 is not decisive)", "(…的坚强领导下 is boilerplate)"
DISCLAIMED = re.compile(r"^[^\u3400-\u9fff]{0,12}\b(is|are|as)\b[^\u3400-\u9fff]{0,12}"
                        r"(not|boilerplate|slogan|higher|others|the [a-z]+'s|stock|generic|a title)")


def evidence(note, element):
    """the labeller's quoted words for the element: Chinese runs of six or more in the note's stretch about the
    element, split at ellipses, less those the note disclaims"""
    spots = sorted((m.start(), e) for e, pat in MARKERS for m in re.finditer(pat, note))
    pieces = []
    for n, (start, e) in enumerate(spots):
        if e != element:
            continue
        end = spots[n + 1][0] if n + 1 < len(spots) else len(note)
        stretch = note[start:end]
        for m in RUN.finditer(stretch):
            if DISCLAIMED.match(stretch[m.end():m.end() + 40]):
                continue
            pieces += [p.strip("“”‘’（），、：；") for p in re.split(r"…+|\.\.\.", m.group())]
    return [p for p in pieces if len(p) >= 6]


# a requirement or a pledge, in a reader's words: the modal 要 (not 重要/需要/主要/要求…), 必须, 务必, 将…, 确保…
REQUIRE = re.compile(r"(?<![重需主只纲摘首简提概紧必])要(?![求点素件案闻务员领害紧事职道])|必须|务必|一定|确保|力争|希望|"
                     r"(?<![即现])将(?!近|来|军|士|其)")
TOLD = re.compile(r"了|已经|已|表示|提出|指出|曾|过去|去年|以来")
# what a rectification item still lacks: the unfinished remainder of a problem, told by the unit itself
UNFINISHED = re.compile(r"正在|尚未|仍未|仍需|还需|未完成|没有完成|难以|未能|还没有|仍有|还有")
ITEM = re.compile(r"^\s*([一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，、,]|[（(][一二三四五六七八九十\d]+[）)]|"
                  r"\d+[.．、]|[一二三四五六七八九十]+要|[-•·*]\s)")


PUNCT = re.compile(r"[，,、：:；;“”‘’\s]")


def within(quote, text):
    """the quote is in the text, whatever commas the labeller left out ("工作专班亲自担任组长")"""
    return PUNCT.sub("", quote) in PUNCT.sub("", text)


def sentences(line):
    """a paragraph's clauses: "存在的主要问题是…不够全面，下步打算将…" is a problem and a plan"""
    return [s for s in re.findall(r"[^。！？；，]*[。！？；，]?", line) if s]


def combined(line, words, element):
    """a heading that names two parts at once loses the words for the part cut: "七、存在的主要问题和改进措施"
    without its measures is "七、存在的主要问题" """
    others = [e for e in ELEMENTS if e != element]
    if not (names(words, element, HEAD) and any(names(words, o, HEAD) for o in others)):
        return line
    pieces = re.split(r"(和|及|与|以及)", words)
    keep = [p for p in pieces[::2] if not names(p, element, HEAD) or any(names(p, o, HEAD) for o in others)]
    if not keep or len(keep) == len(pieces[::2]):
        return line
    return line.replace(words, "和".join(keep))


def spread(lines, element, genre, quotes, reviewed=0):
    """the element's sentences spread outside its part: the labeller's quotes (from their sentence to the
    paragraph's end, until a sentence names another element), any sentence in a reader's words for it, a
    requirement or pledge not told as past (speeches, and reports that say 要/将 all along), a rectification
    item's unfinished remainder — each sentence only when it names no other element. An item
    (一是 / 第一， / （一） / 1. / - ) is one unit: when its first sentence or a quote goes, all of it goes, and so do
    the items that follow a lead-in that went ("先说问题，我直说。", "新的一年，我所将：")."""
    others = [e for e in ELEMENTS if e != element]
    out, hit, run = [], False, False
    for k, line in enumerate(lines):
        if fixed(line, k):
            out.append(line)
            continue
        h = heading(line, k)
        if h and any(within(q, line) for q in quotes):
            hit, run = True, True     # a quoted heading: the section cut already took its part when it could
            continue
        if h:
            out.append(combined(line, h[1], element))
            run = False
            continue
        item = ITEM.match(line) is not None
        if item and run:
            hit = True
            continue
        run = False
        kept, cutting, dropped = [], False, []
        for s in sentences(line):
            other = any(names(s, o, BODY, reviewed) for o in others)
            if cutting and other and not names(s, element, BODY, reviewed):
                cutting = False
            if any(within(q, s) for q in quotes) or any(within(q, line) and within(s, q) for q in quotes):
                cutting = True
            wide = (names(s, element, BODY, reviewed)
                    or (element == "next_steps" and REQUIRE.search(s) and not TOLD.search(s))
                    or (element == "shortcomings" and genre == "rectification" and UNFINISHED.search(s)))
            if cutting or (wide and not other):
                dropped.append(s)
                continue
            kept.append(s)
        if dropped and len(line.strip()) <= 30 and line.rstrip().endswith(("：", ":")):
            kept = []         # a lead-in goes whole: "新的一年，我所将："
        if dropped:
            hit = True
            whole = item and (dropped[0] == sentences(line)[0] or any(within(q, line) for q in quotes))
            # a lead-in that went takes the items after it
            run = (whole or not kept) and (len(line.strip()) <= 30 or line.rstrip().endswith(("：", ":")))
            if whole:
                continue
        if kept:
            out.append("".join(kept))
    return out, hit


def reports(sets):
    for s in sets:
        with open(f"corpus/{s}/LABELS.csv", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                if all(row.get(e) == "present" for e in ELEMENTS):
                    yield s, row["file"], row.get("genre", ""), row.get("notes", "")


def main():
    jar = sys.argv[1] if len(sys.argv) > 1 else "target/huibao.jar"
    sets = sys.argv[2:] or READABLE
    dump = None
    if sets and sets[0].startswith("--dump="):
        dump, sets = sets[0][7:], sets[1:] or READABLE
    work = tempfile.mkdtemp(prefix="deletion-")
    plan = {}
    try:
        for s, f, genre, note in reports(sets):
            with open(f"corpus/{s}/{f}", encoding="utf-8") as fh:
                lines = fh.read().split("\n")
            stem = f"{s}__{f[:-4]}"
            with open(f"{work}/{stem}__whole.txt", "w", encoding="utf-8") as out:
                out.write("\n".join(lines))
            for e in ELEMENTS:
                kept, how = cut(lines, e, genre, evidence(note, e))
                plan[(s, f, e)] = how
                if how:
                    with open(f"{work}/{stem}__{e}.txt", "w", encoding="utf-8") as out:
                        out.write("\n".join(kept))
        out = f"{work}.json"
        subprocess.run(["java", "-jar", jar, "check", "-j", "2", "--format", f"json:{out}", work],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(out, encoding="utf-8") as fh:
            results = {os.path.basename(r["file"])[:-4]: r for r in json.load(fh)["reports"]}
        os.remove(out)
    finally:
        if dump:
            shutil.copytree(work, dump, dirs_exist_ok=True)
        shutil.rmtree(work, ignore_errors=True)

    def status(r, e):
        return r["elements"][e]["status"] if r and "elements" in r else "?"

    tally = {e: {"flipped": 0, "still present": 0, "collateral": 0, "cut failed": 0, "whole lacks it": 0}
             for e in ELEMENTS}
    lines = []
    for (s, f, e), how in sorted(plan.items()):
        stem = f"{s}__{f[:-4]}"
        whole = results.get(f"{stem}__whole")
        if status(whole, e) == "absent":
            tally[e]["whole lacks it"] += 1
            lines.append(f"  whole lacks it  {e:13} {s}/{f}: huibao already finds it absent in the uncut report")
            continue
        if not how:
            tally[e]["cut failed"] += 1
            lines.append(f"  cut failed      {e:13} {s}/{f}")
            continue
        r = results.get(f"{stem}__{e}")
        if status(r, e) != "absent":
            tally[e]["still present"] += 1
            ev = "; ".join(f"{x['line']}:{x['text'][:40]}" for x in r["elements"][e].get("evidence", [])[:3])
            lines.append(f"  still present   {e:13} {s}/{f} [{how}] {status(r, e)}: {ev}")
            continue
        # exactly that element: the others as huibao read them in the uncut report, and the report fails when
        # its genre requires the element
        lost = [x for x in ELEMENTS if x != e and status(r, x) == "absent" and status(whole, x) != "absent"]
        required = r["elements"][e].get("required", True)
        if lost or (required and r.get("passed")):
            tally[e]["collateral"] += 1
            lines.append(f"  collateral      {e:13} {s}/{f} [{how}] also absent: {','.join(lost) or '-'}"
                         f" passed: {r.get('passed')}")
            continue
        tally[e]["flipped"] += 1
    n = len({(s, f) for s, f, _ in plan})
    print(f"deletion harness: {n} complete labelled reports in {' '.join(sets)}")
    for e in ELEMENTS:
        t = tally[e]
        print(f"{e:13} flipped {t['flipped']:3}  still present {t['still present']:3}  collateral "
              f"{t['collateral']:3}  cut failed {t['cut failed']:3}  uncut lacks it {t['whole lacks it']:3}")
    print("\n".join(lines))


if __name__ == "__main__":
    main()

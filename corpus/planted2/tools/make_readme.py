# -*- coding: utf-8 -*-
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(D, 'tools/edits.tsv'), encoding='utf-8')][1:]
order = ['placeholder', 'request', 'formulation', 'doubled', 'number-date', 'punctuation', 'closing', 'confusion', 'clean']
def vis(s):
    return s.replace('\u3000', '〈U+3000〉').replace('|', '\\|')
out = []
out.append('''# planted2 — blind probe set for a Chinese work-report (报告) checker

## How it was made (blind)

* Written from scratch in `/work/planted2` only. Nothing under `/work/main/src`, `/work/main/rules`,
  `/work/main/config.yaml`, `/work/main/README.md`, `/work/main/corpus` or `/work/shared/seeds` was read,
  and the checker was never run. The probes therefore test generalisation, not recall of the checker's word lists.
* All text is original; units, people, places and figures are fictional (云川市审计局, 青石镇, 青禾县教育局,
  周立新, 李文涛, 张海平, 陈晓峰, 白沙村, 东岭村 …). The only real titles quoted are standard political
  formulations, 《中国共产党纪律处分条例》 and the title of the explanation of the 二十届三中全会 decision (clean probe).
* `tools/bases.py` holds the three bases as Python lists; `tools/gen.py` writes the bases and every probe
  (one `old → new` replacement on exactly one line; `old` must be unique in its base, so the changed line is
  unambiguous; every other line is copied byte-identically); `tools/verify.py` independently re-reads the files and
  checks that each probe differs from exactly one base in exactly one line, that this is the labelled line, and
  that the planted substring occurs on it. `tools/checkbase.py` lints the bases (adjacent repeated characters,
  ASCII punctuation, stray dots, spaces, unpaired marks, watch-words). Rebuild: `python3 tools/gen.py && python3 tools/verify.py`.
* Files: UTF-8, LF line endings, final newline, one paragraph per line, no blank lines.
* Numbering: the 65 defect specs were listed in category order and shuffled with `random.Random(7)`, then numbered
  d001–d065; the 25 clean specs were shuffled the same way (separate `Random(7)`) and numbered c001–c025.
  The number reveals neither category nor base.
* `LABELS.tsv`: `file  category  line  planted` (tab-separated, header row, no quoting — read it with plain
  `split("\\t")` or `csv` with `quoting=csv.QUOTE_NONE`, because d038's planted text contains ASCII `"`).
  `tools/edits.tsv` adds the base and the exact `old`/`new` strings of every edit.

## The bases

| file | genre / unit | lines | chars (excl. / incl. newlines) | date line |
|---|---|---|---|---|
| base-a.txt | 中共云川市审计局党组关于2025年度党风廉政建设工作情况的报告 (述责述廉/党建, city bureau), addressee 市委： | 22 | 1615 / 1637 | 2025年12月5日 |
| base-b.txt | 中共青石镇委员会关于县委第三巡察组反馈问题整改情况的报告 (rectification), addressee 县委巡察工作领导小组： | 25 | 1657 / 1682 | 2025年11月28日 |
| base-c.txt | 青禾县教育局2025年工作总结和2026年工作打算 (summary + plan), addressee 县委、县政府： | 25 | 1600 / 1625 | 2025年12月20日 |

Each base has: title line; addressee line ending in full-width colon; GB/T 9704 heading levels 一、 （一） 1. （1）
(level-1 and standalone level-2 headings without final punctuation, run-in level-2/3/4 headings ending in 。);
an organisational-leadership part (领导小组, 第一责任人, 主体责任, 党组/党委会专题研究部署); a specific
shortcomings part with figures (二、存在的问题 / 三、存在的问题 / 二、存在的问题和不足); a next-step part
(下一步工作打算 / 2026年工作打算); closing 特此报告。, signature (unit name) and date line.
Standard forms used: 截至, 党的二十大, 党的二十届三中全会, 以习近平同志为核心的党中央 (base-b),
习近平新时代中国特色社会主义思想, “两个确立”/“两个维护”, 四个意识 items (base-b), 四个自信 items and
the 行动指南 list incl. 科学发展观 (base-a), 中国特色社会主义进入新时代 (base-c); numbers per GB/T 15835
(1260万元, 92.4%, 3.6万元, 2025年12月5日). Base lint result: no adjacent repeated non-digit character, no
ASCII punctuation other than the decimal point/`%`/`1.` heading dot, no spaces, all paired marks balanced.
Deliberately absent from the bases (so that the clean probes really add them): any AA/AABB reduplication,
截至目前, dash or tilde ranges (the bases only use 至), document numbers other than 〔2025〕3号 in base-a, Chinese-numeral dates, 请 + upward verb.

## Counts

| category | defects | base-a | base-b | base-c |
|---|---|---|---|---|''')
from collections import Counter
c = Counter((r[1], r[2]) for r in rows)
for cat in order:
    tot = sum(v for (k, b), v in c.items() if k == cat)
    out.append('| %s | %d | %d | %d | %d |' % (cat, tot, c[(cat, 'base-a.txt')], c[(cat, 'base-b.txt')], c[(cat, 'base-c.txt')]))
out.append('| **total** | %d defects + 25 clean | | | |' % (len(rows) - 25))
out.append('')
out.append('## Every probe')
out.append('')
out.append('`planted` is exactly the LABELS.tsv value; `old → new` is the edit on that line (〈U+3000〉 marks an ideographic space).')
for cat in order:
    out.append('')
    out.append('### %s' % cat)
    out.append('')
    out.append('| file | base | line | planted | old → new |')
    out.append('|---|---|---|---|---|')
    for fn, k, base, line, planted, old, new in sorted(rows, key=lambda r: r[0]):
        if k == cat:
            out.append('| %s | %s | %s | `%s` | %s → %s |' % (fn, base[5], line, vis(planted), vis(old), vis(new)))
out.append('''
## Notes for scoring

* **Unit of truth is the line.** Every probe changes exactly one line; score a detection as correct if the checker
  flags that line (optionally: with a finding whose span overlaps `planted`). Any finding on another line of a
  d-file, or any finding at all in a c-file that is not also raised on the unchanged base, is a false positive.
  Run the checker on the three bases first: whatever it reports there is base noise (the bases are meant to be
  clean) and should be subtracted, not counted against probe accuracy.
* **Planted text that is a substring of the base:** d045 (`25年全年`) — the base line already contains
  `2025年全年`, so a naive "is `planted` present?" test is true on the base too. Score by line + diff, or require
  the match not to be preceded by a digit. No other defect's planted string occurs in its base line, and no
  planted string occurs on any other line of its probe file.
* **Planted strings are sometimes wider than the offending token** (to make them unique and to give an overlap span):
  e.g. `“两个维护”的决定性意义` (d025), `政治意识、大局意识、核心意识、责任意识` (d010),
  `道路自信、理论自信、制度自信、历史自信` (d048), `问题,实行` (d059), `整改情况:一是` (d042),
  `百分点;中考` (d002), `308处，，` (d018), `投资〈U+3000〉〈U+3000〉万元` (d040), `xxx村` (d060), `○○小学` (d031),
  and the full inserted sentence for the in-body request probes. Use overlap, not equality, for span matching.
* **Whole-line closings.** d003 (妥否，请批示。), d014 (特此请示。) are labelled `request` but replace the
  closing line just like the four `closing` probes (d004, d027, d047, d054); a checker may report them as a
  wrong closing and/or as request wording — both should count. They also mean 特此报告。 is missing.
  d052 (当否，请示。) is appended to the last body paragraph of base-a while 特此报告。 stays in place.
* **Multi-label possibilities.** d022 (2025/11/28) and d029 (2025.12.20) are date-line probes; d017 (2025年 月 日)
  is a placeholder on the date line. d001 (`____`) also contains ASCII characters; d033 (`2025年-2026年`)
  contains an ASCII hyphen; d038 uses ASCII `"` and could be reported as punctuation or quote-pairing; d030 is an
  unpaired 《 that a checker may locate at the 《 or at the end of the line. Accept any category if the line is right,
  and keep category-accuracy as a secondary score.
* **Formulation subtleties.** d048 uses 历史自信 (a real phrase elsewhere, but not one of the 四个自信);
  d063 `两个树立` is a garbled 两个确立; d025 keeps the correct “两个维护” later in the same line (`坚决做到“两个维护”`),
  so only the first, mis-used occurrence is the defect; d049 replaces 科学发展观 with 科学发展理论 (deliberately not
  a superstring such as 科学发展观点, so substring matching on the correct form does not mask it).
* **Paired sites** (same base location, one defect and one clean variant) — useful for precision/recall at
  the same spot: base-a line 9 `95%` → d020 `九十五%` vs c014 `百分之九十五`; base-c line 19 `2025年至2026年` → d033
  `2025年-2026年` vs c008 `2025—2026年`; base-a line 20 `特此报告。` → d003/d004/d027 vs c003 `以上报告，请批评指正。`;
  base-a line 17 append site → d039 (恳请市委…予以倾斜) vs c018 (已报请市政府批复, narrative);
  base-b line 21 → d026 (请求上级拨付…) vs c001 (3—5月) and c009 (研究研究).
* **Clean probes that mention 请/请示/报请/批复/批准** (c003 请批评指正, c018 已报请市政府批复, c020 经市委批准,
  c023 重大事项请示报告制度, c024 请各科室认真抓好落实) are narrative, fixed terms, or downward requests — not
  upward requests to the addressee. c003 replaces 特此报告。 with 以上报告，请批评指正。, a normal ending of a
  述责述廉 report; a checker that *requires* 特此报告。 would flag it — count that as a false positive.
* **Clean probes with reduplication:** c012 层层, c021 侃侃而谈, c009 研究研究, c017 井井有条, c025 件件…事事,
  c006 人人…处处…时时, c019 扎扎实实. **Clean number forms:** c013 1.5亿元, c002 第3.2.1条, c001 3—5月 (em dash),
  c022 20～30人 (full-width tilde), c016 PM2.5, c004 X射线 (not a placeholder X), c011 〔2025〕8号, c007
  二〇二五年十二月五日 (U+3007 〇, not digit 0 — contrast d021 `二0二五年` with ASCII 0), c014 百分之九十五,
  c008 2025—2026年, c005 in-paragraph `1.…；2.…` items under （一）, c015 截至目前, c010 nested
  《关于〈…〉的说明》.
* **Judgement calls** (flag if your gold standard differs): c003 请批评指正 in a report to 市委 is common but some
  style guides prefer 特此报告。; c024 addresses 各科室 inside a report whose addressee is 市委 (a downward request,
  not a defect in the checker's sense, though stylistically odd); c002 cites a clause of an unnamed 设计规范.
''')
open(os.path.join(D, 'README.md'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')

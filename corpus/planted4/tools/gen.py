#!/usr/bin/env python3
"""Generate corpus/planted4 probes from the three base texts.

Each probe = one base with exactly one old -> new replacement on one line;
old must occur exactly once in the base. Numbering shuffled with random.Random(23).
"""
import pathlib, random, sys

D = pathlib.Path(__file__).resolve().parent.parent

# (base, category, old, new, planted)  planted defaults to new
P = [
# ---- placeholder
('a','placeholder','覆盖党员413人次','覆盖党员4□3人次','4□3'),
('a','placeholder','压缩至18个工作日','压缩至？？个工作日','？？'),
('a','placeholder','全年为1.8万户群众','全年为（待统计）万户群众','（待统计）'),
('a','placeholder','2024年1月15日','2024年1月　日','1月　日'),
('b','placeholder','对4名责任人','对　　名责任人','对　　名'),
('b','placeholder','收回租金欠款1386万元','收回租金欠款[数据待财务部核实]万元','[数据待财务部核实]'),
('b','placeholder','并于12月5日反馈','并于12月■日反馈','12月■日'),
('c','placeholder','桐川市人民政府办公室：','＿＿＿＿人民政府办公室：','＿＿＿＿'),
('c','placeholder','受理政府信息公开申请87件','受理政府信息公开申请{N}件','{N}'),
('a','placeholder','交流发言22篇','交流发言N篇','发言N篇'),
('a','placeholder','办理建设用地审批手续143件','办理建设用地审批手续（请各科室补充）件','（请各科室补充）'),
('c','placeholder','副主任周文涛同志','副主任周　　同志','周　　同志'),
('b','placeholder','压减非主业投资，','压减非主业投资（此处补充1至2个典型案例），','（此处补充1至2个典型案例）'),
('c','placeholder','县财政拨付专项经费38万元','县财政拨付专项经费（金额）万元','（金额）'),
# ---- request
('a','request','特此报告。','以上报告妥否，请审示。','妥否，请审示'),
('b','request','特此报告。','专此报告，盼予函复。','盼予函复'),
('c','request','特此报告。','以上报告如无不妥，请转发各乡镇、各部门参照执行。','如无不妥，请转发各乡镇、各部门参照执行'),
('a','request','其中2项涉及跨部门协调，推进较慢。','其中2项涉及跨部门协调，推进较慢，恳请领导小组出面统筹协调。','恳请领导小组出面统筹协调'),
('a','request','对跨部门事项主动对接相关部门，建立会商机制。','对跨部门事项，提请领导小组协调市住建局、市财政局共同推进。','提请领导小组协调市住建局、市财政局共同推进'),
('b','request','办理周期较长；','办理周期较长，请市委巡察办商请市自然资源和规划局予以支持；','请市委巡察办商请市自然资源和规划局予以支持'),
('b','request','资金筹措压力较大。','资金筹措压力较大，望领导小组协调市财政局先行拨付。','望领导小组协调市财政局先行拨付'),
('c','request','开展政务公开业务轮训1轮','拟请市政务公开办派员来县开展政务公开业务轮训1轮','拟请市政务公开办派员来县'),
('c','request','业务衔接不够顺畅。','业务衔接不够顺畅，恳望市政府办公室在编制和经费上给予倾斜。','恳望市政府办公室在编制和经费上给予倾斜'),
('b','request','逐项组织验收销号。','逐项组织验收销号，届时请领导小组审核确认后准予销号。','请领导小组审核确认后准予销号'),
('a','request','推动学习成果转化为工作实效。','推动学习成果转化为工作实效。我局读书班做法如可行，请领导小组批转各单位学习借鉴。','请领导小组批转各单位学习借鉴'),
('c','request','建立按月抽查通报制度。','建立按月抽查通报制度，为此申请市级财政追加专项经费40万元，请审批为盼。','申请市级财政追加专项经费40万元，请审批为盼'),
('b','request','防止问题反弹。','防止问题反弹。是否将剩余5项转入常态化整改，请领导小组明示。','请领导小组明示'),
# ---- formulation
('a','formulation','以习近平同志为核心的党中央','以习近平同志为首的党中央',None),
('a','formulation','重实践、建新功','重实践、立新功',None),
('a','formulation','理论学习、调查研究、推动发展、检视整改、建章立制','理论学习、调查研究、检视整改、推动发展、建章立制',None),
('a','formulation','增强“四个意识”、坚定“四个自信”','坚定“四个意识”、增强“四个自信”',None),
('a','formulation','深刻领悟“两个确立”的决定性意义','深刻领悟“两个维护”的决定性意义',None),
('b','formulation','中央八项规定精神','中央八条规定精神',None),
('c','formulation','发展全过程人民民主','发展全方位人民民主',None),
('b','formulation','坚持以习近平新时代中国特色社会主义思想为指导','坚持以习近平新时代中国特色社会主义理论为指导','习近平新时代中国特色社会主义理论'),
('c','formulation','党的二十届三中全会精神','党的二十大三中全会精神','二十大三中全会'),
('b','formulation','全面从严治党永远在路上','全面从严治党始终在路上',None),
('c','formulation','以人民为中心的发展思想','以人民为核心的发展思想',None),
('b','formulation','坚决做到“两个维护”','坚决树立“两个维护”',None),
# ---- doubled
('a','doubled','推动主题教育成果常态化','推动主题教育成果成果常态化','成果成果'),
('a','doubled','局党组第一时间成立','局党组党组第一时间成立','党组党组'),
('b','doubled','已完成整改48项','已完成完成整改48项','完成完成'),
('b','doubled','对照反馈的4个方面','对照对照反馈的4个方面','对照对照'),
('c','doubled','完成8个乡镇政务公开专栏','完成8个乡镇政务公公开专栏','政务公公开'),
('c','doubled','进一步提升解读质量','进一步一步提升解读质量','进一步一步'),
('c','doubled','均在法定期限内','均在在法定期限内','在在'),
# ---- number-date
('a','number-date','2024年3月31日前','2024-3-31前','2024-3-31'),
('a','number-date','用地2860亩','用地2千8百60亩','2千8百60亩'),
('b','number-date','同比增长14.3%','同比增长十四点三%','十四点三%'),
('b','number-date','津补贴12.4万元','津补贴12。4万元','12。4万元'),
('b','number-date','约需资金2.3亿元','约需资金2.3亿多元','约需资金2.3亿多元'),
('c','number-date','2025年6月底前','2O25年6月底前','2O25年'),
('c','number-date','2024年，丰禾县','二〇24年，丰禾县','二〇24年'),
('b','number-date','2023年8月22日至10月20日','2023.8.22至10.20','2023.8.22至10.20'),
('c','number-date','2025年1月20日','25年1月20日','25年1月20日'),
('c','number-date','收到留言1042件','收到留言一千零42件','一千零42件'),
# ---- punctuation
('a','punctuation','市委主题教育领导小组：','市委主题教育领导小组:','领导小组:'),
('a','punctuation','结合“三会一课”开展','结合“三会一课“开展','“三会一课“'),
('a','punctuation','《局党组理论学习中心组学习制度》','《局党组理论学习中心组学习制度〉',None),
('a','punctuation','1.抓好集中学习。','1、抓好集中学习。','1、'),
('b','punctuation','（一）坚持书记带头。','（一）、坚持书记带头。','（一）、'),
('c','punctuation','（二）做好主动公开','(二)做好主动公开','(二)'),
('b','punctuation','闲置土地4宗。','闲置土地4宗、。','4宗、。'),
('c','punctuation','错链断链、信息','错链断链,信息','断链,信息'),
# ---- closing
('a','closing','特此报告。','此致敬礼！',None),
('b','closing','特此报告。','特此说明。',None),
('c','closing','特此报告。','特此公告。',None),
('c','closing','特此报告。','特此通报。',None),
('b','closing','特此报告。','此复。',None),
# ---- confusion
('a','confusion','按照市委统一部署','按照市委统一布署','统一布署'),
('a','confusion','群众反映强烈','群众反应强烈','反应强烈'),
('a','confusion','以身作则','以身做则',None),
('b','confusion','截至2024年3月31日','截止2024年3月31日','截止'),
('b','confusion','诫勉谈话','戒勉谈话',None),
('c','confusion','县财政拨付','县财政拔付','拔付'),
('b','confusion','防止问题反弹','防止问题返弹','返弹'),
# ---- clean
('a','clean','局党组理论学习中心组开展专题学习8次','局党组理论学习中心组扎扎实实开展专题学习8次','扎扎实实'),
('b','clean','改造老旧小区37个','改造老旧小区37个，为群众办了一批实实在在的好事实事','实实在在'),
('a','clean','班子成员围绕党的二十大精神','班子成员围绕深入学习习近平新时代中国特色社会主义思想和党的二十大精神','学习习近平'),
('a','clean','深入乡镇、企业和项目现场','深入全市市直部门、乡镇、企业和项目现场','全市市直'),
('b','clean','摸清闲置房产72处','摸清国有资产产权不清的闲置房产72处','资产产权'),
('c','clean','专题研究政务公开工作，','专题研究政务公开工作，会议议定事项均按期办结，','会议议定'),
('c','clean','周文涛','陈晶晶',None),
('c','clean','和市政府办公室关于政务公开工作的部署要求','和《国务院办公厅关于印发〈2024年政务公开工作要点〉的通知》要求','《国务院办公厅关于印发〈2024年政务公开工作要点〉的通知》'),
('a','clean','压缩至18个工作日','压缩至17.5个工作日','17.5个工作日'),
('c','clean','分值占比2%','分值占比2%，具体按《丰禾县政务公开考核细则》第4.2.1条执行','第4.2.1条'),
('a','clean','每季度组织1次专题研讨','每季度组织1—2次专题研讨','1—2次'),
('c','clean','全年组织业务培训4期、培训186人次','全年组织业务培训4期、每期40～50人、累计培训186人次','40～50人'),
('a','clean','已解决36项','截至2023年12月底已解决36项','截至2023年12月底'),
('c','clean','完成政府门户网站集约化改造','完成政府门户网站集约化改造和IPv6升级','IPv6'),
('c','clean','细化任务清单5个方面32项。','细化任务清单5个方面32项，公文格式统一执行GB/T 9704—2012。','GB/T 9704—2012'),
('b','clean','修订《集团中层管理人员选拔任用办法》','经市国资委批准，修订《集团中层管理人员选拔任用办法》','经市国资委批准'),
('c','clean','县财政拨付专项经费38万元','经县政府主要领导批示同意，县财政拨付专项经费38万元','经县政府主要领导批示同意'),
('a','clean','推行“交地即交证”改革','报请市政府批复同意后推行“交地即交证”改革','报请市政府批复同意后'),
('a','clean','特此报告。','以上报告，请审阅。',None),
('b','clean','特此报告。','以上报告，不妥之处请批评指正。',None),
('a','clean','建新功的总要求，','建新功的总要求，锚定以学铸魂、以学增智、以学正风、以学促干的目标任务，','以学铸魂、以学增智、以学正风、以学促干'),
('b','clean','中央八项规定精神','中央八项规定及其实施细则精神',None),
('b','clean','全面从严治党永远在路上','全面从严治党永远在路上、党的自我革命永远在路上',None),
('c','clean','全面贯彻党的二十大和','全面贯彻党的第二十次全国代表大会和','党的第二十次全国代表大会'),
('a','clean','修订完善《局党组','修订完善二〇一九年十二月印发的《局党组','二〇一九年十二月'),
('b','clean','逐项督办。','逐项督办，严格执行重大事项请示报告制度。','重大事项请示报告制度'),
('a','clean','班子成员分工负责','班子成员一一认领、分工负责','一一认领'),
('b','clean','坚决做到“两个维护”','坚定拥护“两个确立”、坚决做到“两个维护”',None),
('b','clean','办理周期较长；','已主动对接市自然资源和规划局协调解决，但办理周期较长；','已主动对接市自然资源和规划局协调解决'),
('c','clean','信息员培训全覆盖','信息员人人参训、培训全覆盖','人人参训'),
]

CATS = ['placeholder', 'request', 'formulation', 'doubled', 'number-date',
        'punctuation', 'closing', 'confusion', 'clean']
GENRE = {'a': '主题教育开展情况汇报（市自然资源和规划局党组 → 市委主题教育领导小组）',
         'b': '巡察反馈问题整改情况的报告（国有企业集团党委 → 市委巡察工作领导小组）',
         'c': '政务公开工作情况报告（县人民政府 → 市人民政府办公室）'}


def write_readme(rows, bases):
    from collections import Counter
    cnt = Counter((r[1], r[4]) for r in rows)
    out = []
    w = out.append
    w('# planted4 — planted defects and tricky-clean probes (blind set)')
    w('')
    w('## How it was made')
    w('')
    w('- Written blind for issue 13: the author did not read the checker source, rules, config, README, other corpus')
    w('  sets or other worktrees, did not run the checker and did not use shared seed lists.')
    w('- Three original, fictional base reports (units, people, places and figures invented) were written by hand and')
    w('  linted with `tools/lint.py` (length, LF and final newline, no blank lines, no spaces, no ASCII punctuation')
    w('  except decimal point, % and the heading dot, no adjacent repeated characters except digits and 人民民主,')
    w('  paired brackets, quotes and book-title marks).')
    w('- `tools/gen.py` holds every probe as (base, category, old, new, planted); each probe is a copy of one base with')
    w('  exactly one old → new replacement on one line, old occurring exactly once in its base; every other line is')
    w('  byte-identical. Defects are numbered d001…, clean probes c001…, each group shuffled with random.Random(23).')
    w('- `tools/verify.py` checks the result independently (re-applies the table below, diffs every probe against')
    w('  its base, checks LABELS.tsv, formats and counts).')
    w('- Surface forms were chosen to go beyond textbook examples: masks of other shapes (□ ■ ？？ N {N} ＿＿＿＿),')
    w('  instruction brackets, blank runs of full-width spaces inside sentences and dates, request wording in many')
    w('  phrasings and at mid-text, swapped or substituted members of fixed lists, mixed numeral systems, the letter O')
    w('  for zero, a full-width stop as a decimal point, doubled words and partial doublings.')
    w('- The scripts live in `corpus/planted4/tools/` (kept inside the set so that sets built in parallel do not')
    w('  collide): `python3 corpus/planted4/tools/gen.py` regenerates, `python3 corpus/planted4/tools/verify.py` checks.')
    w('- The third genre chosen is a 政务公开工作情况报告 (not a 讲话稿), so every base closes with 特此报告。')
    w('- LABELS.tsv: `file, category, line (1-based), planted (the planted substring, present in that line), base`.')
    w('  For clean probes, planted is the tricky-but-correct substring that must draw no warning or error.')
    w('')
    w('## Bases')
    w('')
    w('| file | genre | characters (without LF) | lines |')
    w('|---|---|---|---|')
    for k in 'abc':
        t = bases[k]
        w(f'| base-{k}.txt | {GENRE[k]} | {len(t.replace(chr(10), ""))} | {t.count(chr(10))} |')
    w('')
    w('## Counts per category and base')
    w('')
    w('| category | base-a | base-b | base-c | total |')
    w('|---|---|---|---|---|')
    for c in CATS:
        n = [cnt[(c, f'base-{k}.txt')] for k in 'abc']
        w(f'| {c} | {n[0]} | {n[1]} | {n[2]} | {sum(n)} |')
    n = [sum(cnt[(c, f'base-{k}.txt')] for c in CATS if c != 'clean') for k in 'abc']
    w(f'| all defects | {n[0]} | {n[1]} | {n[2]} | {sum(n)} |')
    w('')
    w('## Every probe')
    w('')
    w('| file | category | base | line | old | new | planted |')
    w('|---|---|---|---|---|---|---|')
    for r in rows:
        w(f'| {r[0]} | {r[1]} | {r[4]} | {r[2]} | {r[5]} | {r[6]} | {r[3]} |')
    (D / 'README.md').write_text('\n'.join(out) + '\n', encoding='utf-8')


def main():
    bases = {k: (D / f'base-{k}.txt').read_text(encoding='utf-8') for k in 'abc'}
    for old in D.glob('[dc][0-9][0-9][0-9].txt'):
        old.unlink()
    defects = [p for p in P if p[1] != 'clean']
    clean = [p for p in P if p[1] == 'clean']
    rng = random.Random(23)
    rng.shuffle(defects); rng.shuffle(clean)
    rows = []
    for prefix, group in (('d', defects), ('c', clean)):
        for i, (b, cat, old, new, planted) in enumerate(group, 1):
            planted = planted or new
            text = bases[b]
            assert text.count(old) == 1, (b, old)
            assert planted in new, (b, new, planted)
            lines = text.split('\n')
            idx = [j for j, l in enumerate(lines) if old in l]
            assert len(idx) == 1
            j = idx[0]
            lines[j] = lines[j].replace(old, new)
            assert '\n' not in new
            name = f'{prefix}{i:03d}.txt'
            (D / name).write_text('\n'.join(lines), encoding='utf-8', newline='\n')
            rows.append((name, cat, j + 1, planted, f'base-{b}.txt', old, new))
    with open(D / 'LABELS.tsv', 'w', encoding='utf-8', newline='\n') as f:
        f.write('file\tcategory\tline\tplanted\tbase\n')
        for r in rows:
            f.write('\t'.join(map(str, r[:5])) + '\n')
    write_readme(rows, bases)
    print(len(defects), 'defects,', len(clean), 'clean')

if __name__ == '__main__':
    main()

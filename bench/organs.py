# Generates rules/outdated-organs.lexicon.yaml: organ names the reforms of Party and state institutions
# replaced (2008, 2013, 2018, 2021, 2023), for rule HB304. Run: python3 bench/organs.py > rules/outdated-organs.lexicon.yaml
# bench/laws.py builds rules/outdated-laws.lexicon.yaml the same way from its own table.
#
# Every entry is `dated: true`: a text is held to it only when it shows it was written in `since` or later
# (its title, dateline or front-matter date, or a year it speaks of as reached: 2024年以来, 2025年，…) —
# an old name in a text that says nothing of its time is taken as a text of that time. `since` is the
# first year a report is held: a year after the reform ended locally (a title's year is the period
# reported on). `unless` keeps a name the sentence places in its past: 原/时任/时称…, a year up to the
# change, a document number of those years, a rename told (更名为, 机构改革中…组建), a gloss (（现…）),
# a name inside a document's title in 《》 (the issuer of an old document), or words of others quoted
# in “” (来信写明“请环保局马上来查”).
import sys


def upto(y):
    """A regular expression for the years 1900..y (y in 1900..2099)."""
    if y < 2000:
        return "19[0-9]{2}"
    d, u = divmod(y - 2000, 10)
    alts = []
    if d > 0:
        alts.append("[0-%d][0-9]" % (d - 1) if d > 1 else "0[0-9]")
    alts.append("%d[0-%d]" % (d, u))
    return "(?:19[0-9]{2}|20(?:%s))" % "|".join(alts)


CHANGES = "更名|改名|改为|组建|重组|整合|撤销|撤并|并入|划入|划转|不再保留|机构改革|前身|废止|取代|代替|停止执行|失效|修订为|修改为"
HISTORY = ("(?:原|前|旧|时任|时称|即|老)[^，。；：、！？]{0,12}(?:%(n)s)"
           "|%(y)s\\s*年[^。；！？]{0,60}(?:%(n)s)"
           "|(?:%(n)s)[^。；！？]{0,60}(?:〔|\\[|（|\\()%(y)s(?:〕|\\]|）|\\))"
           "|(?:%(n)s)[^。；！？]{0,40}(?:%(c)s|[（(]现)"
           "|(?:%(c)s|改革前|施行前)[^。；！？]{0,40}(?:%(n)s)")
IN_TITLE = "|《[^《》]{0,60}(?:%(n)s)[^《》]{0,80}》|“[^“”]{0,40}(?:%(n)s)[^“”]{0,40}”"


def q(s):
    return "'" + s.replace("'", "''") + "'"


def emit(header, name, rows, titles, changes=""):
    """The lexicon file: rows are (pattern, right, since, last old year, fix, note, source); {@code changes}
    adds words that tell the change (a law's successor named beside it)."""
    out = [header.rstrip("\n"), "lexicon: " + name, "entries:"]
    for p, r, since, old, fix, note, src in rows:
        unless = HISTORY % {"n": p, "y": upto(old), "c": CHANGES + changes} + (IN_TITLE % {"n": p} if titles else "")
        out.append("  - pattern: " + q(p))
        out.append("    since: %d" % since)
        out.append("    dated: true")
        out.append("    unless: " + q(unless))
        out.append("    right: " + q(r))
        if not fix:
            out.append("    fix: false")
        out.append("    note: " + q(note + "（" + src + "）"))
    return "\n".join(out) + "\n"


R08 = "国务院机构改革方案（2008年）"
R13 = "国务院机构改革和职能转变方案（2013年）"
R18 = "深化党和国家机构改革方案（2018年）"
R21 = "中共中央 国务院关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的意见（2020年）"
R23 = "党和国家机构改革方案（2023年）"
P = "(省|市|县|区|州|盟|旗)"
E = [
    # ---- 2008: personnel and labour made one department (gov/国务院机构改革/2008.md: 不再保留人事部、劳动和社会保障部)
    ("((?:省|市|县|区|州|盟|旗)?)(?:劳动和社会保障|劳动保障)(部|厅|局)(?!监察)", "$1人力资源和社会保障$2", 2011, 2009, True, "2008年机构改革组建人力资源和社会保障部门，不再保留人事部门和劳动和社会保障部门", R08),
    (P + "人事(厅|局)", "$1人力资源和社会保障$2", 2011, 2009, True, "2008年机构改革组建人力资源和社会保障部门，不再保留人事部门和劳动和社会保障部门", R08),
    # ---- 2013: health and family planning merged (then 卫生健康 in 2018)
    (P + "卫生(厅|局)", "卫生健康委员会或卫生健康局", 2016, 2014, False, "2013年卫生部门与人口计生部门合并为卫生计生部门，2018年机构改革后为卫生健康部门", R13 + "；" + R18),
    ("(?:人口和计划生育|人口计生)(?:委员会|委|局)|(?:省|市|县|区|州|旗)?(?<!卫生)计生(?:委(?!员)|局)", "卫生健康委员会或卫生健康局", 2016, 2014, False, "2013年人口计生部门并入卫生计生部门，2018年机构改革后为卫生健康部门", R13 + "；" + R18),
    # ---- 2018: health
    ("(国家|省|市|县|区|州|盟|旗)?卫生和计划生育委员会", "$1卫生健康委员会", 2020, 2018, True, "2018年机构改革组建卫生健康委员会，不再保留卫生和计划生育委员会", R18),
    ("(国家)?(?:卫生计生委|卫计委)", "$1卫生健康委", 2020, 2018, True, "2018年机构改革组建卫生健康委员会，不再保留卫生和计划生育委员会（卫生计生委）", R18),
    ("(?:卫生和计划生育局|卫生计生局|卫计局)", "卫生健康局", 2020, 2018, True, "2018年机构改革后卫生计生部门改为卫生健康部门", R18),
    # ---- 2018: emergency management
    ("国家(?:安全生产监督管理总局|安全监管总局|安监总局)", "应急管理部", 2020, 2018, True, "2018年机构改革组建应急管理部，不再保留国家安全生产监督管理总局", R18),
    ("(?<!煤矿)(?<!矿山)(?<!食品)(?<!药品)(?:安全生产监督管理局|安全监管局|安监局)", "应急管理局", 2020, 2018, True, "2018年机构改革后安全生产监督管理部门改为应急管理部门", R18),
    ("(?:国家)?煤矿安全监察局", "国家矿山安全监察局", 2021, 2020, False, "2020年国家煤矿安全监察局更名为国家矿山安全监察局", "国务院办公厅关于调整国家煤矿安全监察局职责机构编制的通知（2020年）"),
    # ---- 2018: natural resources, ecology, agriculture
    ("国土资源(部|厅|局)(?![门分署位件])", "自然资源$1", 2020, 2018, False, "2018年机构改革组建自然资源部门，不再保留国土资源部门（各地名称以当地机构改革后的为准，如自然资源和规划局）", R18),
    # not 国家海洋局: 自然资源部 keeps it as its name abroad (对外保留国家海洋局牌子), as 国家乡村振兴局 is kept below
    ("国家测绘地理信息局", "自然资源部", 2020, 2018, False, "2018年机构改革国家测绘地理信息局的职责整合到自然资源部", R18),
    ("(?<!生态)环境保护(部|厅|局)(?![门分署位件])", "生态环境$1", 2020, 2018, False, "2018年机构改革组建生态环境部门，不再保留环境保护部门", R18),
    ("环保(厅|局)", "生态环境$1", 2020, 2018, False, "2018年机构改革组建生态环境部门，不再保留环境保护部门", R18),
    ("(?<![美英法德日俄]国)(?<!欧盟)(?<!农村)(?<![畜牧渔林]业)(?<![畜牧渔林])农业(部|厅)(?![门分署位件长])", "农业农村$1", 2020, 2018, True, "2018年机构改革组建农业农村部门，不再保留农业部门", R18),
    (P + "(?:农业局|农业委员会|农委)", "$1农业农村局", 2020, 2018, False, "2018年机构改革后农业部门改为农业农村部门", R18),
    ("国家林业局", "国家林业和草原局", 2020, 2018, True, "2018年机构改革组建国家林业和草原局，不再保留国家林业局", R18),
    ("国家粮食局", "国家粮食和物资储备局", 2020, 2018, True, "2018年机构改革组建国家粮食和物资储备局，不再保留国家粮食局", R18),
    # ---- 2018: culture and media
    ("(?<![\\p{IsHan}])文化部(?![门分署位件长])|国家旅游局", "文化和旅游部", 2020, 2018, True, "2018年机构改革组建文化和旅游部，不再保留文化部、国家旅游局", R18),
    ("国家新闻出版广电总局", "国家广播电视总局", 2020, 2018, False, "2018年机构改革组建国家广播电视总局，新闻出版由中央宣传部统一管理，不再保留国家新闻出版广电总局", R18),
    ("(?<!国家)新闻出版广电(局|厅)|文广新局|文化广电新闻出版局", "广播电视或文化和旅游部门", 2020, 2018, False, "2018年机构改革后新闻出版广电部门已调整（广播电视局或并入文化和旅游部门，以当地机构改革后的名称为准）", R18),
    # ---- 2018: market regulation
    ("国家(?:工商行政管理总局|工商总局|质量监督检验检疫总局|质检总局|食品药品监督管理总局|食药监总局)", "国家市场监督管理总局", 2020, 2018, False, "2018年机构改革组建国家市场监督管理总局，不再保留国家工商行政管理总局、国家质量监督检验检疫总局、国家食品药品监督管理总局", R18),
    ("(?<!国家)(?:工商行政管理局|工商局|工商分局|质量技术监督局|质监局|食品药品监督管理局|食药监局)", "市场监督管理局", 2020, 2018, False, "2018年机构改革组建市场监督管理部门，工商、质监、食品药品监管部门不再保留", R18),
    ("(?:出入境)?检验检疫局", "海关", 2020, 2018, False, "2018年机构改革出入境检验检疫管理职责和队伍划入海关总署", R18),
    # ---- 2018: taxation, justice, supervision, political-legal
    ("(?<!总)(?:国家税务局|地方税务局|国税局|地税局)", "税务局", 2020, 2018, False, "2018年国税地税征管体制改革，省级和省级以下国税地税机构合并为税务局", R18),
    ("(?:国务院|政府|省|市|县|区)法制(?:办公室|办)", "司法行政部门", 2020, 2018, False, "2018年机构改革政府法制办公室的职责整合到司法行政部门（司法部、司法局）", R18),
    ("(?<!纪检)(?<!纪委)(?<!安全)监察部(?![门分署位件])", "国家监察委员会", 2020, 2018, False, "2018年设立国家监察委员会，不再保留监察部、国家预防腐败局", R18),
    ("(省|市|县|区)监察局局长", "$1监察委员会主任", 2020, 2018, False, "2018年监察体制改革设立各级监察委员会，不再保留监察局", R18),
    ("(省|市|县|区)监察局(?!局?长)", "$1监察委员会", 2020, 2018, False, "2018年监察体制改革设立各级监察委员会，不再保留监察局", R18),
    ("(中央|省委|市委|县委|区委|省|市|县|区)?(?:社会治安综合治理委员会|综治委)", "政法委员会（平安建设领导小组）", 2020, 2018, False, "2018年机构改革不再设立中央社会治安综合治理委员会及其办公室，有关职责交由政法委员会承担", R18),
    # ---- 2018: leading groups made commissions
    ("(中央|省委|市委|县委|区委)?全面深化改革领导小组", "$1全面深化改革委员会", 2020, 2018, True, "2018年起全面深化改革领导小组改为全面深化改革委员会", R18),
    ("(中央|省委|市委|县委|区委)?网络安全和信息化领导小组", "$1网络安全和信息化委员会", 2020, 2018, True, "2018年起网络安全和信息化领导小组改为网络安全和信息化委员会", R18),
    ("中央(财经|外事工作)领导小组", "中央$1委员会", 2020, 2018, True, "2018年起中央财经领导小组、中央外事工作领导小组改为委员会", R18),
    ("中央(?:党史研究室|文献研究室|编译局)", "中央党史和文献研究院", 2020, 2018, False, "2018年机构改革组建中央党史和文献研究院", R18),
    ("公安消防(总队|支队|大队|中队|部队)", "消防救援$1", 2020, 2018, True, "公安消防部队2018年改制，组建国家综合性消防救援队伍（消防救援总队、支队、大队）", R18),
    ("中国银行业监督管理委员会|中国保险监督管理委员会|银监会|(?<!银)保监会", "国家金融监督管理总局", 2020, 2018, False, "2018年银监会、保监会合并为银保监会，2023年组建国家金融监督管理总局", R18 + "；" + R23),
    # ---- 2021: poverty alleviation offices became rural revitalisation bodies
    ("(?:国务院)?扶贫开发领导小组办公室|(?:国务院|省|市|县|区|州|旗)?扶贫办|扶贫开发(?:局|办公室)", "乡村振兴部门", 2022, 2020, False, "2021年扶贫开发领导小组办公室改为乡村振兴局（2023年机构改革后乡村振兴职责划入农业农村部门，加挂乡村振兴局牌子）", R21 + "；" + R23),
    # ---- 2023 (国家乡村振兴局 and 国家外国专家局 stay as names: 农业农村部 and 人力资源和社会保障部 carry them as 牌子)
    ("中国银行保险监督管理委员会|银保监会", "国家金融监督管理总局", 2024, 2023, True, "2023年机构改革组建国家金融监督管理总局，不再保留中国银行保险监督管理委员会", R23),
    ("银保监(局|分局)|银监(局|分局)|保监(局|分局)", "金融监管$1$2$3", 2024, 2023, True, "2023年机构改革后派出机构为国家金融监督管理总局的金融监管局、金融监管分局", R23),
    ("国务院金融稳定发展委员会|国务院金融委", "中央金融委员会", 2024, 2023, True, "2023年机构改革组建中央金融委员会，不再保留国务院金融稳定发展委员会", R23),
]

HEADER = """# Organ names the reforms of Party and state institutions replaced (issue 13), used by rule HB304 in
# wording.drl (the list `outdated-organs`): right in a text of their time, outdated in a draft of today
# (配合市安监局开展…, 根据国家卫生计生委等部门…). Harvested from the reform plans in lawtext/gov
# (国务院机构改革/2008.md, 2013.md, 2018.md) and lawtext/cpc (规范性文件/深化党和国家机构改革方案（2018年）,
# 党和国家机构改革方案（2023年）), national and local, full and short forms. `since` is the first year a
# report is held to the new names; `dated: true`: only a text that shows it was written then or later
# (its date, or a year it names as reached) is — an old name in a text that says nothing of its time is
# taken as a text of that time. `unless` keeps a name said to be the old one (原市安监局, 时任…,
# 2016年国家卫生计生委印发…, a document number of those years, …更名为…, 机构改革中…, （现…）, the issuer in a
# document's title). Where the new organ differs by place (文化广电和旅游局, 自然资源和规划局), `fix: false`.
#
# Generated by bench/organs.py from the table there; edit the table, not this file.
"""

if __name__ == "__main__":
    sys.stdout.write(emit(HEADER, "outdated-organs", E, True))

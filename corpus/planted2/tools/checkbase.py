import re, sys
sys.path.insert(0, '.')
from bases import BASES
cjk = r'[\u4e00-\u9fff]'
for name, lines in BASES.items():
    text = "\n".join(lines)
    print(name, "lines", len(lines), "chars(no newline)", sum(len(l) for l in lines))
    for i, l in enumerate(lines, 1):
        # adjacent repeats
        for m in re.finditer(r'(.)\1', l):
            if not m.group(1).isdigit():
                print("  REPEAT", i, m.group(0), l[max(0,m.start()-5):m.end()+5])
        # repeated bigram adjacent
        for m in re.finditer(r'(..)\1', l):
            print("  REPEAT2", i, m.group(0))
        # ascii punct
        for m in re.finditer(r'[,;:?!"\'()\[\]<>_\-/]', l):
            print("  ASCII", i, repr(l[max(0,m.start()-5):m.end()+5]))
        for m in re.finditer(r'\.', l):
            ctx = l[max(0,m.start()-1):m.end()+1]
            if not (re.match(r'\d\.\d', ctx) or (m.start()<=2 and l[0].isdigit())):
                print("  DOT", i, ctx)
        if ' ' in l or '\u3000' in l or '\t' in l: print("  SPACE", i)
        for a,b in [('“','”'),('《','》'),('（','）'),('〔','〕'),('【','】')]:
            if l.count(a)!=l.count(b): print("  UNPAIRED", i, a)
        for bad in ['XX','××','某某','截止','布署','按排','松驰','再接再励','请示','请批','批示','恳请','请求','特此请示','函告','通知','此复','公告','%', '百分之']:
            if bad in l and bad not in ('%',):
                print("  NOTE", i, bad)
    print()

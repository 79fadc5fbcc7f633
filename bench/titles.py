"""Harvests the titles registry of rules/titles.lexicon.yaml from /work/pub: prints its entries
(append them to the file's header). See the header for what is kept."""
import os,re,sys,collections
ROOT='/work/pub'
pat=re.compile(r'《([^《》〈〉\n]{3,60}?(?:法典|法|条例|规定|准则|规则|细则|办法)(?:（(?:试行|暂行)）)?)》')
PLACE=re.compile(r'^(?:中华人民共和国)?.{1,7}?(省|市|自治区|县|州|特区|地区)')
docs=collections.defaultdict(set)
for d,_,fs in os.walk(ROOT):
    for f in fs:
        if f.endswith('.md'):
            p=os.path.join(d,f)
            for m in set(pat.findall(open(p,encoding='utf-8',errors='replace').read())): docs[m].add(p)
off=set()
for sub in ('党规','法规规章'):
  for d,_,fs in os.walk(ROOT+'/cpc/content/'+sub):
    for f in fs:
        if f!='_index.md' and f.endswith('.md'):
            n=re.sub(r'（\d{4}年[^）]*）$','',f[:-3])
            if re.search(r'(法典|法|条例|规定|准则|规则|细则|办法)(（(试行|暂行)）)?$',n): off.add(n)
# the loader reads 、 as a list's separator; titles are compared without it anyway
merged=collections.defaultdict(set)
for k,v in docs.items(): merged[k.replace('、','')]|=v
docs=merged
off={t.replace('、','') for t in off}
cnt={k:len(v) for k,v in docs.items()}
names=[t for t in set(off)|{k for k,v in cnt.items() if v>=2} if not PLACE.match(t)]
allowed=[t for t,v in cnt.items() if v==1 and t not in off and not PLACE.match(t)]
names.sort(key=lambda t:(-max(cnt.get(t,0),2),t))
allowed.sort()
print(len(names),len(allowed),file=sys.stderr)
if True:
    o=sys.stdout
    o.write('  # ---- titles written in two documents or more, or in the Party regulations collection ----\n')
    for t in names: o.write(f'  - name: {t}\n')
    o.write('  # ---- titles written in one document: right, never a target ----\n')
    for t in allowed: o.write(f'  - allowed: {t}\n')

import re,sys,statistics as st
rows=[]
for line in open(sys.argv[1]):
    m=re.match(r'(\w+) (jdk\d+) latency: Row\[(.*)\]',line)
    if not m: continue
    d=dict(kv.split('=',1) for kv in m.group(3).split(', '))
    d['variant']=m.group(1); d['jdk']=m.group(2); rows.append(d)
def f(d,k): return float(d[k])
# JDK17 1000 waits
print("JDK 17, 1,000 waits, 150 ms, sigma 0.5")
for v in ['before','after']:
    for mode in ['per-job','shared']:
        rs=[r for r in rows if r['variant']==v and r['jdk']=='jdk17' and r['mode']==mode]
        if not rs: continue
        def col(k): return [f(r,k) for r in rs]
        print(f"  {v:6} {mode:8} n={len(rs)} threads {col('peakExtraThreads')} creates/polls at peak {[ (int(f(r,'createsAtThreadPeak')),int(f(r,'pollsAtThreadPeak'))) for r in rs]} peak creates {col('peakCreatesInFlight')} peak polls {col('peakPollsInFlight')} p95 {col('p95')} req/job {col('requestsPerJob')}")
print("JDK 25, 10 waits x 5 rounds, 150 ms: p95 shared - per-job per pass")
for v in ['before','after']:
    for sig in ['0.35','0.5']:
        diffs=[];req=[]
        for rep in sorted(set(r['repeat'] for r in rows)):
            pass
        pj=[r for r in rows if r['variant']==v and r['jdk']=='jdk25' and r['sigma']==sig and r['mode']=='per-job']
        sh=[r for r in rows if r['variant']==v and r['jdk']=='jdk25' and r['sigma']==sig and r['mode']=='shared']
        diffs=[round(f(s,'p95')-f(p,'p95'),3) for p,s in zip(pj,sh)]
        reqs=[round(f(s,'requestsPerJob')/f(p,'requestsPerJob'),3) for p,s in zip(pj,sh)]
        if diffs:
            print(f"  {v:6} sigma {sig}: p95 per-job {[f(p,'p95') for p in pj]} shared {[f(s,'p95') for s in sh]} diff {diffs} median {st.median(diffs):+.3f}; requests shared/per-job {reqs} median {st.median(reqs):.3f}")

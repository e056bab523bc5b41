#!/usr/bin/env python3
"""Print the 193 UN Member States and 2 observer states as TSV (alpha2, numeric, status, region, group).

Membership and region are cross-checked facts; the input is the world-countries npm package's
countries.json (ODbL), used as a lookup of ISO numeric codes, M49 regions and UN regional groups.
The Holy See (VA) is an observer state, not a member, whatever the input says.
"""
import json, sys

OBSERVERS = {"PS", "VA"}
data = json.load(open(sys.argv[1], encoding="utf-8"))
rows = []
for c in data:
    code = c["cca2"]
    if c.get("unMember") or code in OBSERVERS:
        status = "OBSERVER" if code in OBSERVERS else "MEMBER"
        rows.append((code, c["ccn3"], status, c["region"], c.get("unRegionalGroup") or ""))
rows.sort()
assert sum(1 for r in rows if r[2] == "MEMBER") == 193, len(rows)
for r in rows:
    print("\t".join(r))

#!/usr/bin/env python3
"""Turn world-atlas' countries-110m.json (Natural Earth, public domain; ISC packaging) into SVG paths.

Usage: python3 tools/data/world_map.py PATH/countries-110m.json > src/main/resources/data/map/world-110m.tsv
Output: one line per country: ISO 3166-1 numeric code, Natural Earth name, SVG path in an
equirectangular projection on a 960 x 384 canvas (latitudes 84 N to 60 S; Antarctica left out).
"""
import json, sys

topo = json.load(open(sys.argv[1], encoding="utf-8"))
sx, sy = topo["transform"]["scale"]
tx, ty = topo["transform"]["translate"]
K = 960 / 360


def decode(arc):
    x = y = 0
    pts = []
    for dx, dy in arc:
        x += dx; y += dy
        lon, lat = x * sx + tx, y * sy + ty
        pts.append(((lon + 180) * K, (84 - lat) * K))
    return pts


arcs = [decode(a) for a in topo["arcs"]]


def ring(indices):
    pts = []
    for i in indices:
        seg = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        pts.extend(seg if not pts else seg[1:])
    out, last, shift, prev = [], None, 0.0, None
    for x, y in pts:
        # a ring that crosses the antimeridian is unwrapped; the viewBox clips what passes its edge
        if prev is not None and abs(x + shift - prev) > 480:
            shift += -960 if x + shift > prev else 960
        prev = x + shift
        p = (round(x + shift, 1), round(y, 1))
        if p != last:
            out.append(p); last = p
    return "M" + "L".join(f"{x:g},{y:g}" for x, y in out) + "Z"


for g in topo["objects"]["countries"]["geometries"]:
    if g.get("id") in (None, "010") or g["type"] not in ("Polygon", "MultiPolygon"):
        continue
    polys = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"]
    path = "".join(ring(r) for poly in polys for r in poly)
    print(f'{g["id"]}\t{g["properties"]["name"]}\t{path}')

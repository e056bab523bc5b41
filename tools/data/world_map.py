#!/usr/bin/env python3
"""Turn world-atlas' countries-110m.json (Natural Earth, public domain; ISC packaging) into SVG paths.

Usage: python3 tools/data/world_map.py PATH/countries-110m.json > src/main/resources/static/img/world.svg
Output: an SVG sprite, served as a fingerprinted static file kept a year: one <path id="n{ISO 3166-1
numeric}" data-name="{Natural Earth name}"> per country in an equirectangular projection on a 960 x 384
canvas (latitudes 84 N to 60 S; Antarctica left out). Pages draw each country with <use> and colour it, so a
reader's browser fetches the outlines once for every map page and every later visit (shared.WorldMap).

The map goes into pages read on slow links, so its paths are small: the shared borders (topology
arcs) are simplified once with Douglas-Peucker at half a pixel of the canvas, so that neighbours
still meet, and written in whole pixels as relative moves (l/h/v). A ring that would shrink below
three points (a small island) is kept as a one-pixel triangle, so that it still shows.
"""
import html, json, sys

TOLERANCE = 0.5
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


def simplify(pts, tolerance):
    """Douglas-Peucker: keep the point farthest from the chord while it is farther than the tolerance."""
    if len(pts) < 3:
        return pts
    (x1, y1), (x2, y2) = pts[0], pts[-1]
    dx, dy = x2 - x1, y2 - y1
    norm = (dx * dx + dy * dy) ** .5
    far, index = 0, 0
    for i in range(1, len(pts) - 1):
        x0, y0 = pts[i]
        d = abs(dy * x0 - dx * y0 + x2 * y1 - y2 * x1) / norm if norm else ((x0 - x1) ** 2 + (y0 - y1) ** 2) ** .5
        if d > far:
            far, index = d, i
    if far <= tolerance:
        return [pts[0], pts[-1]]
    return simplify(pts[:index + 1], tolerance)[:-1] + simplify(pts[index:], tolerance)


arcs = [simplify(decode(a), TOLERANCE) for a in topo["arcs"]]


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
        p = (round(x + shift), round(y))
        if p != last:
            out.append(p); last = p
    if len(out) > 1 and out[-1] == out[0]:
        out.pop()
    if len(out) < 3:
        x, y = out[0]
        out = [(x, y), (x + 1, y), (x + 1, y + 1)]
    path, (px, py) = f"M{out[0][0]} {out[0][1]}", out[0]
    for x, y in out[1:]:
        dx, dy = x - px, y - py
        path += f"h{dx}" if dy == 0 else f"v{dy}" if dx == 0 else f"l{dx} {dy}".replace(" -", "-")
        px, py = x, y
    return path + "z"


print('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 960 384">')
print('<!-- Country outlines: Natural Earth 1:110m (public domain) via world-atlas (ISC), made by tools/data/world_map.py.')
print('     Pages draw each country with <use href="world.svg#n{ISO 3166-1 numeric}"> and colour it; data-name is Natural Earth\'s name. -->')
print('<defs>')
for g in topo["objects"]["countries"]["geometries"]:
    if g.get("id") in (None, "010") or g["type"] not in ("Polygon", "MultiPolygon"):
        continue
    polys = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"]
    path = "".join(ring(r) for poly in polys for r in poly)
    print(f'<path id="n{g["id"]}" data-name="{html.escape(g["properties"]["name"], quote=True)}" d="{path}"/>')
print('</defs>')
print('</svg>')

#!/usr/bin/env python3
"""Derive the A4P framework data files from the captured UN page.

Usage: python3 tools/data/extract_declaration.py ../shared/seeds/000_bfb1703ea4d5411a.txt

Writes src/main/resources/data/framework/a4p-areas.csv and a4p-commitments.csv.
Rules (docs/domain.md): area by commitment number; actor by the commitment's subject;
a bracketed opening continues the actor of the commitment before it; the capture's
doubled link words ("effective field supporteffective field support") are said once.
"""
import csv, re, sys

SOURCE = "Declaration of Shared Commitments on UN Peacekeeping Operations (2018), as published on peacekeeping.un.org/en/action-for-peacekeeping-a4p"
AREA_OF = [(1, 9, 1), (10, 12, 2), (13, 15, 3), (16, 17, 4), (18, 29, 5), (30, 36, 6), (37, 40, 7), (41, 45, 8)]
DOUBLED = ["effective field support", "specialized capabilities", "triangular partnerships and co-deployments"]


def area_of(n):
    return next(a for lo, hi, a in AREA_OF if lo <= n <= hi)


def actor_of(text, previous):
    if text.startswith("["):
        return previous
    for prefix, actor in (("As Member States", "MEMBER_STATES"), ("We as Member States", "MEMBER_STATES"),
                          ("We commit as Member States", "MEMBER_STATES"),
                          ("The Secretary-General commits", "SECRETARY_GENERAL"),
                          ("As host governments", "HOST_GOVERNMENTS")):
        if text.startswith(prefix):
            return actor
    return "COLLECTIVE"


def main(path):
    lines = [l.rstrip("\n") for l in open(path, encoding="utf-8")][1:]  # first line is page noise
    start = lines.index("45 shared commitments")
    commitments, previous = [], None
    for line in lines[start:]:
        m = re.match(r"^(\d+)\. (.*) \(Para (\d+)\)$", line)
        if not m:
            continue
        n, text, para = int(m.group(1)), m.group(2), int(m.group(3))
        for phrase in DOUBLED:
            text = text.replace(phrase + phrase, phrase)
        previous = actor_of(text, previous)
        commitments.append((n, area_of(n), previous, para, text))
    assert [c[0] for c in commitments] == list(range(1, 46)), "expected commitments 1..45"

    areas = []
    for i, line in enumerate(lines[:start]):
        m = re.match(r"^([1-8])\. (.+)$", line)
        if m and lines[i + 1].startswith("A4P Commitment"):
            heading = lines[i + 3]
            statement = lines[i + 5]
            areas.append((int(m.group(1)), m.group(2), heading, statement))
    assert [a[0] for a in areas] == list(range(1, 9)), "expected areas 1..8"

    out = "src/main/resources/data/framework/"
    with open(out + "a4p-areas.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["number", "short_title", "title", "statement", "source"])
        for a in areas:
            w.writerow([*a, SOURCE])
    with open(out + "a4p-commitments.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["number", "area", "actor", "paragraph", "text", "source"])
        for c in commitments:
            w.writerow([*c, SOURCE])


if __name__ == "__main__":
    main(sys.argv[1])

#!/usr/bin/env bash
# Rebuilds src/main/resources/fonts/ (the fonts embedded in the PDF reports) from Debian's Noto packages:
# Noto Sans (Latin, Greek, Cyrillic) and Noto Sans Arabic as shipped, and Noto Sans CJK SC cut down to GB 2312
# (6,763 hanzi), the punctuation and every character of messages_zh.properties, with TrueType outlines (OpenPDF
# draws TrueType glyphs; CFF-keyed CJK glyphs came out blank). All under the SIL Open Font License 1.1.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! dpkg -s fonts-noto-core fonts-noto-cjk python3-fonttools >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-core fonts-noto-cjk python3-fonttools
fi
out=src/main/resources/fonts
noto=/usr/share/fonts/truetype/noto
cp "$noto/NotoSans-Regular.ttf" "$noto/NotoSans-Bold.ttf" "$noto/NotoSansArabic-Regular.ttf" "$noto/NotoSansArabic-Bold.ttf" "$out/"
work=$(mktemp -d)
/usr/bin/python3 - "$work/unicodes.txt" <<'PY'
import sys
cps = set(range(0x20, 0x7f)) | set(range(0xa0, 0x100)) | set(range(0x2000, 0x2070)) | set(range(0x3000, 0x3040)) \
    | set(range(0xff00, 0xfff0))
for hi in range(0xa1, 0xf8):
    for lo in range(0xa1, 0xff):
        try:
            cps.add(ord(bytes([hi, lo]).decode("gb2312")))
        except UnicodeDecodeError:
            pass
cps |= {ord(c) for c in open("src/main/resources/messages/messages_zh.properties", encoding="utf-8").read()}
open(sys.argv[1], "w").write("\n".join("U+%04X" % c for c in sorted(cps)))
PY
/usr/bin/python3 -m fontTools.subset /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc --font-number=2 \
  --unicodes-file="$work/unicodes.txt" --layout-features='*' --output-file="$work/sc.otf"
/usr/bin/python3 tools/fonts/otf2ttf.py "$work/sc.otf" "$out/NotoSansSC-Regular.ttf"
rm -rf "$work"
ls -la "$out"

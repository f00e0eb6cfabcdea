#!/usr/bin/env python3
"""Render ../shared/corpus/real as plain text for the Lucene peer, which reads *.txt only: one .txt per source
with the same stem. .txt is copied; .html has its tags stripped (scripts and styles dropped, block ends as line
breaks); .docx has word/document.xml read by walking the zip's local headers (the Glostrup file lacks its central
directory) with paragraphs as lines; a .pdf is skipped when a .txt of the same stem exists (pdftotext -layout of it).
Usage: real_to_text.py SRC_DIR OUT_DIR"""
import html, os, re, struct, sys, zlib

def text_of_html(fragment):
    fragment = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", fragment)
    fragment = re.sub(r"(?i)<br\s*/?>|</(p|div|h\d|li|tr|td)>", "\n", fragment)
    fragment = html.unescape(re.sub(r"<[^>]+>", " ", fragment))
    return "\n".join(" ".join(line.split()) for line in fragment.splitlines() if line.strip())

def text_of_docx(data):
    at = 0
    while (at := data.find(b"PK\x03\x04", at)) >= 0:
        method, = struct.unpack("<H", data[at + 8:at + 10])
        size, = struct.unpack("<I", data[at + 18:at + 22])
        name_len, extra_len = struct.unpack("<HH", data[at + 26:at + 30])
        name = data[at + 30:at + 30 + name_len].decode("utf-8", "replace")
        start = at + 30 + name_len + extra_len
        if name == "word/document.xml":
            raw = data[start:start + size] if size else data[start:]
            xml = (zlib.decompressobj(-15).decompress(raw) if method == 8 else raw).decode("utf-8", "replace")
            xml = xml.replace("</w:p>", "\n")
            return html.unescape(re.sub(r"<[^>]+>", "", xml))
        at += 4
    return ""

src, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
names = sorted(os.listdir(src))
stems_with_txt = {n[:-4] for n in names if n.endswith(".txt")}
for name in names:
    stem, ext = os.path.splitext(name)
    path = os.path.join(src, name)
    if ext == ".txt":
        text = open(path, encoding="utf-8", errors="replace").read()
    elif ext in (".html", ".htm"):
        text = text_of_html(open(path, encoding="utf-8", errors="replace").read())
    elif ext == ".docx":
        text = text_of_docx(open(path, "rb").read())
    else:
        continue
    if ext != ".txt" and stem in stems_with_txt:
        continue
    with open(os.path.join(out, stem + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)

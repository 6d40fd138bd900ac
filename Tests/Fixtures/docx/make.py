#!/usr/bin/env python3
"""Writes the .docx fixtures of BoardDocxTests: a Writer document (flat ODF) for each, turned
into .docx by LibreOffice (soffice --headless --convert-to docx), and the bad .docx files.
Run once by make.sh; its output is committed, so the tests need no word processor."""
import os, re, struct, subprocess, sys, zipfile, shutil
from xml.sax.saxutils import escape

here = os.path.dirname(os.path.abspath(__file__))
seeds = os.path.join(here, "..", "seeds")

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
 <text:list-style style:name="Plan">
  <text:list-level-style-number text:level="1" style:num-suffix="、" style:num-format="一, 二, 三, ..."/>
  <text:list-level-style-number text:level="2" style:num-prefix="（" style:num-suffix="）" style:num-format="一, 二, 三, ..."/>
  <text:list-level-style-number text:level="3" style:num-suffix="." style:num-format="1"/>
 </text:list-style>
</office:styles>
<office:master-styles>
 <style:master-page style:name="Standard">
  <style:header><text:p>页眉文字不是正文</text:p></style:header>
  <style:footer><text:p>页脚文字不是正文</text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
"""
TAIL = "</office:text></office:body></office:document>\n"

def para(text):
    return "<text:p>%s</text:p>\n" % text

def numbered(level, text):
    inner = "<text:p>%s</text:p>" % text
    for _ in range(level):
        inner = "<text:list-item>%s</text:list-item>" % inner
        inner = "<text:list>%s</text:list>" % inner
    # The outermost list names the style and continues the one before it.
    return inner.replace("<text:list>", '<text:list text:style-name="Plan" text:continue-numbering="true">', 1) + "\n"

MARKERS = [
    (1, re.compile(r"^[一二三四五六七八九十]+、")),
    (2, re.compile(r"^（[一二三四五六七八九十]+）")),
    (3, re.compile(r"^[0-9]+\.")),
]

def seed_numbered():
    """The Qianjiang seed with its 一、 / （一） / 1. as Word numbering, a footnote and a
    comment in a task, a header and a footer."""
    lines = open(os.path.join(seeds, "000_be29924751dc76b6.txt"), encoding="utf-8").read().split("\n")
    body = ""
    noted = False
    for line in lines:
        text = line.strip()
        level = None
        for lv, pattern in MARKERS:
            m = pattern.match(text)
            if m:
                level, text = lv, text[m.end():]
                break
        content = escape(text)
        if level == 3 and not noted:
            # The footnote and the comment are not part of the task's text.
            stop = content.index("。") + 1
            content = (content[:stop]
                + '<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
                + "<text:note-body><text:p>脚注文字不是正文</text:p></text:note-body></text:note>"
                + "<office:annotation><dc:creator>审核人</dc:creator><text:p>批注文字不是正文</text:p></office:annotation>"
                + content[stop:])
            noted = True
        body += numbered(level, content) if level else para(content)
    return HEAD + body + TAIL

def cell(text, rows=1, cols=1):
    attrs = ""
    if rows > 1: attrs += ' table:number-rows-spanned="%d"' % rows
    if cols > 1: attrs += ' table:number-columns-spanned="%d"' % cols
    return "<table:table-cell%s><text:p>%s</text:p></table:table-cell>" % (attrs, escape(text))

COVERED = "<table:covered-table-cell/>"

DIVISION_BODY = [
    "璧山区知识产权运用工作方案（2025—2026年）",
    "",
    "一、重点任务",
    "1.建立企业融资需求清单。每季度摸排企业融资需求。",
    "2.开展银企对接活动。组织银行走进园区。",
    "3.推广知识产权保险。支持保险机构开发产品。",
    "4.培育专利导航机构。引进专利导航服务机构。",
    "",
    "附件",
    "任务分工表",
]
# Rows: 序号, 任务类别, 重点任务, 牵头单位, 配合单位, 完成时限. 任务类别 is merged over rows
# 1–2 and 3–4, 牵头单位 over rows 1–2.
DIVISION_ROWS = [
    ("1", "金融服务", "建立企业融资需求清单", "区金融发展中心", "区科技局、区经济信息委", "2025年6月底前"),
    ("2", "金融服务", "开展银企对接活动", "区金融发展中心", "区市场监管局", "持续推进"),
    ("3", "保险与导航", "推广知识产权保险", "区市场监管局", "区财政局", "2026年12月底前"),
    ("4", "保险与导航", "培育专利导航机构", "区科技局", "", "2025年12月底前"),
]
HEADER = ("序号", "任务类别", "重点任务", "牵头单位", "配合单位", "完成时限")

def division_docx():
    body = "".join(para(escape(t.split(".", 1)[-1] if re.match(r"^[0-9]+\.", t) else t)) for t in DIVISION_BODY)
    # The body's items are plain paragraphs with their numbers typed, as many offices write.
    body = "".join(para(escape(t)) for t in DIVISION_BODY)
    table = '<table:table table:name="分工"><table:table-column table:number-columns-repeated="6"/>'
    table += "<table:table-row>" + "".join(cell(h) for h in HEADER) + "</table:table-row>"
    for index, row in enumerate(DIVISION_ROWS):
        cells = cell(row[0])
        cells += cell(row[1], rows=2) if index % 2 == 0 else COVERED
        cells += cell(row[2])
        if index == 0: cells += cell(row[3], rows=2)
        elif index == 1: cells += COVERED
        else: cells += cell(row[3])
        cells += cell(row[4]) + cell(row[5])
        table += "<table:table-row>" + cells + "</table:table-row>"
    table += "</table:table>\n"
    return HEAD + body + table + TAIL

def division_text():
    """What copying the table from Word gives: a merged cell's text in its first row only."""
    lines = list(DIVISION_BODY)
    lines.append("\t".join(HEADER))
    for index, row in enumerate(DIVISION_ROWS):
        cells = list(row)
        if index % 2 == 1: cells[1] = ""
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"

TRACKED = """<text:tracked-changes text:track-changes="true">
 <text:changed-region xml:id="ct1" text:id="ct1"><text:deletion>
  <office:change-info><dc:creator>办公室</dc:creator><dc:date>2025-01-02T09:00:00</dc:date></office:change-info>
  <text:p>区科技局、</text:p></text:deletion></text:changed-region>
 <text:changed-region xml:id="ct2" text:id="ct2"><text:insertion>
  <office:change-info><dc:creator>办公室</dc:creator><dc:date>2025-01-02T09:01:00</dc:date></office:change-info>
 </text:insertion></text:changed-region>
 <text:changed-region xml:id="ct3" text:id="ct3"><text:deletion>
  <office:change-info><dc:creator>办公室</dc:creator><dc:date>2025-01-02T09:02:00</dc:date></office:change-info>
  <text:p>2.删除的任务。已删除的任务不应导入。（牵头单位：区教委）</text:p></text:deletion></text:changed-region>
</text:tracked-changes>
"""

def tracked_docx():
    body = TRACKED
    body += para("荣昌区商标品牌建设行动计划（2025—2026年）")
    body += para("一、主要任务")
    body += para("1.培育地理标志商标。指导申请地理标志证明商标。（牵头单位：区市场监管局；配合单位："
        '<text:change text:change-id="ct1"/>区农业农村委'
        '<text:change-start text:change-id="ct2"/>、区商务委<text:change-end text:change-id="ct2"/>）')
    body += '<text:p><text:change text:change-id="ct3"/></text:p>\n'
    body += para("2.推动老字号品牌发展。开展老字号认定。（牵头单位：区商务委）")
    return HEAD + body + TAIL

TRACKED_TEXT = """荣昌区商标品牌建设行动计划（2025—2026年）
一、主要任务
1.培育地理标志商标。指导申请地理标志证明商标。（牵头单位：区市场监管局；配合单位：区农业农村委、区商务委）
2.推动老字号品牌发展。开展老字号认定。（牵头单位：区商务委）
"""

def convert(name, fodt):
    work = os.path.join(here, "work")
    os.makedirs(work, exist_ok=True)
    source = os.path.join(work, name + ".fodt")
    open(source, "w", encoding="utf-8").write(fodt)
    subprocess.run(["soffice", "--headless", "--convert-to", "docx", "--outdir", work, source],
                   check=True, stdout=subprocess.DEVNULL)
    shutil.move(os.path.join(work, name + ".docx"), os.path.join(here, name + ".docx"))

def bad_files():
    good = open(os.path.join(here, "tracked-changes.docx"), "rb").read()
    open(os.path.join(here, "bad-not-zip.docx"), "w", encoding="utf-8").write("这不是 Word 文件。\n")
    open(os.path.join(here, "bad-truncated.docx"), "wb").write(good[: len(good) // 2])
    with zipfile.ZipFile(os.path.join(here, "bad-no-document.docx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr("word/styles.xml", '<?xml version="1.0"?><w:styles/>')
    with zipfile.ZipFile(os.path.join(here, "bad-too-large.docx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr("word/document.xml", b"<w:document>" + b" " * (65 << 20) + b"</w:document>")
    # An encrypted entry: the zip's own encryption flag (bit 0) set in both headers.
    data = bytearray(good)
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while True:
            start = data.find(signature, start)
            if start < 0: break
            flags = struct.unpack_from("<H", data, start + offset)[0]
            struct.pack_into("<H", data, start + offset, flags | 1)
            start += 4
    open(os.path.join(here, "bad-encrypted-entry.docx"), "wb").write(bytes(data))
    # A password-protected Word file: an OLE compound file holding EncryptedPackage.
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    name = "EncryptedPackage".encode("utf-16-le")
    open(os.path.join(here, "bad-password.docx"), "wb").write(header + name + b"\x00" * 512)
    open(os.path.join(here, "old-word.doc"), "wb").write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024)
    open(os.path.join(here, "scan.pdf"), "wb").write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")

if __name__ == "__main__":
    convert("seed-numbered", seed_numbered())
    convert("division-table", division_docx())
    open(os.path.join(here, "division-table.txt"), "w", encoding="utf-8").write(division_text())
    convert("tracked-changes", tracked_docx())
    open(os.path.join(here, "tracked-changes.txt"), "w", encoding="utf-8").write(TRACKED_TEXT)
    bad_files()
    shutil.rmtree(os.path.join(here, "work"), ignore_errors=True)

"""Bytes -> an lxml tree that never fails: charset sniffing, broken markup, huge pages.

Steps:
1. sniff the charset: byte-order mark, then valid UTF-8 (declared charsets are often wrong),
   then the HTTP header's charset, then ``<meta charset>``, else Windows-1252;
2. decode leniently (undecodable bytes become U+FFFD), cap the size, drop control characters;
3. parse with lxml's forgiving HTML parser (comments and processing instructions dropped).

lxml is used directly rather than through BeautifulSoup: it is the parser bs4 would use, and
building bs4's Python-side tree costs ~30 ms per page, which alone would blow the 40 pages/s
budget of ``statements parse``.
"""

from __future__ import annotations

import codecs
import re

import lxml.etree
import lxml.html

__all__ = ["MAX_PAGE_BYTES", "decode_html", "parse_document", "sniff_charset"]

#: pages are cut at this size before parsing; no real article body comes after 8 MB of markup
MAX_PAGE_BYTES = 8 * 1024 * 1024

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE
)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
#: labels whose real-world meaning is a superset codec (WHATWG encoding standard)
_SUPERSETS = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "euc-kr": "cp949",
    "iso-8859-9": "cp1254",
    "tis-620": "cp874",
}
_PARSER = lxml.html.HTMLParser(
    encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True, default_doctype=False
)


def _codec(label: str | None) -> str | None:
    """A Python codec name for a charset label, or None when Python does not know it."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _SUPERSETS.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _SUPERSETS.get(name, name)


_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def _utf8_errors(data: bytes) -> int:
    """How many undecodable sequences ``data`` has as UTF-8 (0: valid UTF-8)."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace").count("\ufffd")
    return 0


def sniff_charset(data: bytes, *, declared: str | None = None) -> str:
    """The codec to decode ``data`` with (see the module docstring for the order)."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    errors = _utf8_errors(data)
    if not errors:
        return "utf-8"
    match = _META_CHARSET.search(data[:8192])
    meta = _codec(match.group(1).decode("ascii", "replace")) if match else None
    for label in (_codec(declared), meta):
        if label and label not in ("utf-8", "utf-16"):
            return label
    # a page that is UTF-8 but for a few stray bytes (cut mid-character, one pasted byte) has
    # more valid multi-byte sequences than bad bytes; a legacy 8-bit page has almost none
    if len(_UTF8_SEQUENCE.findall(data)) > errors:
        return "utf-8"
    return "cp1252"


def decode_html(data: bytes | str, *, declared: str | None = None) -> str:
    """Page bytes as text, never raising: sniffed charset, bad bytes replaced."""
    if isinstance(data, str):
        return data
    data = data[:MAX_PAGE_BYTES]
    return data.decode(sniff_charset(data, declared=declared), errors="replace")


def parse_document(data: bytes | str, *, declared: str | None = None) -> lxml.html.HtmlElement:
    """The page's ``<html>`` element; an empty document for an empty or unparsable page."""
    text = _XML_DECLARATION.sub("", decode_html(data, declared=declared)[:MAX_PAGE_BYTES])
    # control characters are not allowed in XML text: lxml refuses to move them (drop_tree)
    text = _CONTROL.sub("", text)
    payload = text.encode("utf-8", errors="replace")
    try:
        root = lxml.html.document_fromstring(payload, parser=_PARSER) if payload.strip() else None
    except (lxml.etree.ParserError, ValueError):
        root = None
    if root is None:
        root = lxml.html.document_fromstring(b"<html><body></body></html>", parser=_PARSER)
    return root

"""HTML pages -> Articles: charset sniffing, metadata, dates, body text with captions apart.

Importing this package loads lxml; ``crawler`` itself does not import it, so text-only runs
stay fast.
"""

from crawler.pages.article import parse_html
from crawler.pages.body import BodyText, extract_body
from crawler.pages.dates import find_modified, find_published, parse_date
from crawler.pages.document import decode_html, parse_document, sniff_charset
from crawler.pages.metadata import PageMeta, read_page_meta

__all__ = [
    "BodyText",
    "PageMeta",
    "decode_html",
    "extract_body",
    "find_modified",
    "find_published",
    "parse_date",
    "parse_document",
    "parse_html",
    "read_page_meta",
    "sniff_charset",
]

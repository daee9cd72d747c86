"""Quote extraction and speaker attribution: ``extract_statements(article)``.

Pure Python (regular expressions and word lists of general English news), so importing it
costs next to nothing. The steps are numbered in :mod:`crawler.quotes.extract`.
"""

from crawler.quotes.extract import extract_statements

__all__ = ["extract_statements"]

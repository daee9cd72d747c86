"""Baseline: Tantivy through its official Python bindings (``pip install '.[bench]'``)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["build", "open_engine"]

HEAP = 256_000_000


def _schema() -> Any:
    import tantivy

    builder = tantivy.SchemaBuilder()
    builder.add_text_field("text", stored=True, tokenizer_name="en_stem")
    builder.add_text_field("speakers", stored=True, fast=True, tokenizer_name="raw")
    builder.add_date_field("date", stored=True, indexed=True, fast=True)
    for name in ("outlet", "party", "kind"):
        builder.add_text_field(name, stored=True, fast=True, tokenizer_name="raw")
    for name in ("url", "title", "context"):
        builder.add_text_field(name, stored=True, index_option="basic", tokenizer_name="raw")
    return builder.build()


def _date(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC)


def build(corpus: Path, index_dir: Path) -> int:
    import tantivy

    index_dir.mkdir(parents=True, exist_ok=True)
    index = tantivy.Index(_schema(), path=str(index_dir))
    writer = index.writer(HEAP, 2)
    count = 0
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            s = json.loads(line)
            doc = tantivy.Document()
            doc.add_text("text", s["text"])
            for speaker in s["speakers"]:
                doc.add_text("speakers", speaker)
            if s.get("date"):
                doc.add_date("date", _date(s["date"]))
            for name in ("outlet", "party", "kind", "url", "title", "context"):
                if s.get(name):
                    doc.add_text(name, s[name])
            writer.add_document(doc)
            count += 1
    writer.commit()
    writer.wait_merging_threads()
    return count


def _text_query(index: Any, query: dict[str, Any]) -> Any:
    words = query["words"]
    if query["op"] == "phrase":
        text = '"' + " ".join(words) + '"'
    elif query["op"] == "and":
        text = " ".join(f"+{w}" for w in words)
    else:
        text = " ".join(words)
    return index.parse_query(text, ["text"])


def _query(index: Any, schema: Any, query: dict[str, Any]) -> Any:
    import tantivy

    text = _text_query(index, query)
    must = tantivy.Occur.Must
    if "speaker" in query:
        speaker = tantivy.Query.term_query(schema, "speakers", query["speaker"])
        return tantivy.Query.boolean_query([(must, text), (must, speaker)])
    if "since" in query:
        dates = tantivy.Query.range_query(
            schema, "date", tantivy.FieldType.Date, _date(query["since"]), _date(query["until"])
        )
        return tantivy.Query.boolean_query([(must, text), (must, dates)])
    return text


def open_engine(index_dir: Path) -> Callable[[dict[str, Any]], object]:
    import tantivy

    index = tantivy.Index.open(str(index_dir))
    schema = index.schema
    searcher = index.searcher()

    def answer(query: dict[str, Any]) -> object:
        q = _query(index, schema, query)
        result = searcher.search(q, 10)
        hits = [(score, searcher.doc(address)["text"]) for score, address in result.hits]
        if "facet" in query:
            agg = {"speaker": {"terms": {"field": "speakers", "size": 10}}}
            return hits, result.count, searcher.aggregate(q, agg)
        return hits, result.count

    return answer

"""Whole articles written for these tests, one UK and one US in layout and quote style, with
every statement expected: its words, its speakers by canonical name, kind, cue and venue."""

from __future__ import annotations

from crawler.models import Article
from crawler.quotes import extract_statements

Row = tuple[str, tuple[str, ...], str, str | None, str | None]


def rows(text: str) -> list[Row]:
    statements = extract_statements(Article(text=text, source="fixture.txt"))
    return [(s.text, s.speakers, s.kind, s.cue, s.venue) for s in statements]


UK_ARTICLE = (
    "Defence Secretary warns Russia over Baltic drones\n"
    "\n"
    "The Defence Secretary, Owen Marsh, has said Britain will 'not be "
    "intimidated' after drones were spotted over a Baltic base.\n"
    "\n"
    "Speaking to Times Radio, Mr Marsh said: \u2018We\u2019ve seen this before. They "
    "test us, they probe us, and they don\u2019t like it when we push back.\u2019\n"
    "\n"
    "He added that Nato allies were \u2018united as never before\u2019.\n"
    "\n"
    "Labour\u2019s defence spokeswoman, Harriet Quayle, accused ministers of "
    "\u2018sleepwalking\u2019 into a crisis. \u2018The Government\u2019s own review said we "
    "needed more air defence,\u2019 she said. \u2018They called it \u201ca priority\u201d and "
    "then did nothing.\u2019\n"
    "\n"
    "The former chief of the defence staff, Sir Nicholas Pemberton, told "
    "the BBC: \u2018I don\u2019t think people realise how thin we are.\n"
    "\n"
    "\u2018We have fewer frigates than at any time since the war.\u2019\n"
    "\n"
    "Asked whether Britain was ready, the Defence Secretary replied: \u2018Yes. "
    "Absolutely.\u2019\n"
    "\n"
    "A Ministry of Defence spokesperson said the drones had been \u2018monitored"
    " throughout\u2019.\n"
    "\n"
    "Mr Marsh later told LBC on Sunday that the threat was \u2018real and "
    "growing\u2019.\n"
)

US_ARTICLE = (
    "Senate race tightens as Ortiz courts suburban voters\n"
    "\n"
    "PHOENIX \u2014 Sen. Daniel Ortiz (D-Ariz.) spent Saturday knocking on doors"
    " in Mesa, where his Republican challenger has gained ground.\n"
    "\n"
    "The Republican nominee, Kari Lindqvist, told reporters that Ortiz had "
    '"never met a tax he didn\'t like."\n'
    "\n"
    "The race has narrowed to two points in recent weeks, said Mindy "
    "Calloway, director of the Arizona Voter Project at the state "
    "university.\n"
    "\n"
    '"These are voters who split their tickets," she said. "Nobody owns '
    'them."\n'
    "\n"
    "Ortiz's campaign manager, Rebecca Stroud, said the senator would spend"
    ' "every last day" in the suburbs.\n'
    "\n"
    'Asked about the attack, the senator replied: "She can say what she '
    "wants. I'll talk about water and jobs.\"\n"
    "\n"
    'Housing matters more than taxes in Mesa, Calloway said. "It is rent, '
    'rent and rent," she added.\n'
    "\n"
    'The campaign manager said: "We are going to win this."\n'
)

MARSH = ("Owen Marsh",)
QUAYLE = ("Harriet Quayle",)
PEMBERTON = ("Nicholas Pemberton",)


def test_a_uk_article_in_single_curly_quotes() -> None:
    """A role written before the name ('The Defence Secretary, Owen Marsh,') answers to 'the
    Defence Secretary' later; a double quote nested in a single one stays inside it; a quote
    running on into the next paragraph keeps its speaker; the venue of 'told the BBC:'."""
    assert rows(UK_ARTICLE) == [
        ("not be intimidated", MARSH, "partial", "say", None),
        (
            "We\u2019ve seen this before. They test us, they probe us, and they don\u2019t like"
            " it when we push back.",
            MARSH,
            "direct",
            "say",
            "Times Radio",
        ),
        ("united as never before", MARSH, "partial", "add", None),
        ("sleepwalking", QUAYLE, "partial", "accuse", None),
        (
            "The Government\u2019s own review said we needed more air defence,",
            QUAYLE,
            "direct",
            "say",
            None,
        ),
        (
            "They called it \u201ca priority\u201d and then did nothing.",
            QUAYLE,
            "direct",
            "say",
            None,
        ),
        ("I don\u2019t think people realise how thin we are.", PEMBERTON, "direct", "tell", "BBC"),
        (
            "We have fewer frigates than at any time since the war.",
            PEMBERTON,
            "direct",
            "tell",
            "BBC",
        ),
        ("Yes. Absolutely.", MARSH, "direct", "reply", None),
        (
            "monitored throughout",
            ("Ministry of Defence spokesperson",),
            "partial",
            "say",
            None,
        ),
        ("real and growing", MARSH, "partial", "tell", "LBC"),
    ]


CALLOWAY = ("Mindy Calloway",)


def test_a_us_article_in_straight_double_quotes() -> None:
    """The one who speaks in ', said Mindy Calloway, director of ...' and 'Housing matters
    more ..., Calloway said.' is who the sentence is about, so 'she' after it is her, not the
    woman named before; 'Ortiz's campaign manager, Rebecca Stroud,' answers to 'The campaign
    manager' and 'the senator' to Sen. Daniel Ortiz."""
    assert rows(US_ARTICLE) == [
        ("never met a tax he didn't like.", ("Kari Lindqvist",), "partial", "tell", None),
        ("These are voters who split their tickets,", CALLOWAY, "direct", "say", None),
        ("Nobody owns them.", CALLOWAY, "direct", "say", None),
        ("every last day", ("Rebecca Stroud",), "partial", "say", None),
        (
            "She can say what she wants. I'll talk about water and jobs.",
            ("Daniel Ortiz",),
            "direct",
            "reply",
            None,
        ),
        ("It is rent, rent and rent,", CALLOWAY, "direct", "add", None),
        ("We are going to win this.", ("Rebecca Stroud",), "direct", "say", None),
    ]

"""Three more whole articles written for these tests, in the quote styles of UK and US
political news, with every statement expected: its words, speakers by canonical name, kind,
cue, venue and the mention as written."""

from __future__ import annotations

from crawler.models import Article
from crawler.quotes import extract_statements

Row = tuple[str, tuple[str, ...], str, str | None, str | None, str | None]


def rows(text: str) -> list[Row]:
    statements = extract_statements(Article(text=text, source="fixture.txt"))
    return [(s.text, s.speakers, s.kind, s.cue, s.venue, s.mention) for s in statements]


BOYLE = ("Karen Boyle",)
DELGADO = ("Maria Delgado",)
FARAGE = ("Nigel Farage",)
MAHMOOD = ("Shabana Mahmood",)
NEWTON_SMITH = ("Rain Newton-Smith",)
ORTEGA = ("Luis Ortega",)
PHILP = ("Chris Philp",)
REEVES = ("Rachel Reeves",)
SOLOMON = ("Enver Solomon",)
STRIDE = ("Mel Stride",)
WHITAKER = ("Tom Whitaker",)

UK_BUDGET = (
    "Reeves rules out income tax rise as Tories accuse her of \u2018broken promises\u2019\n"
    "\n"
    "Rachel Reeves has ruled out raising income tax in next month\u2019s budget, "
    "insisting working people would be \u2018protected\u2019.\n"
    "\n"
    "The Chancellor told the BBC\u2019s Sunday with Laura Kuenssberg: \u2018I said before "
    "the election that we would not raise taxes on working people, and I meant "
    "it.\u2019\n"
    "\n"
    "She added: \u2018There will be difficult choices. But they will be fair "
    "choices.\u2019\n"
    "\n"
    "Her Conservative shadow, Mel Stride, said the pledge was \u2018not worth the "
    "paper it is written on\u2019.\n"
    "\n"
    "\u2018The Chancellor has already broken her promises once,\u2019 the Tory frontbencher "
    "said. \u2018Why should anyone believe her now?\u2019\n"
    "\n"
    "Sir Ed Davey, the Liberal Democrat leader, urged Ms Reeves to \u2018look again\u2019 "
    "at the freeze on thresholds.\n"
    "\n"
    "A Treasury spokesperson said: \u2018We do not comment on speculation about the "
    "budget.\u2019\n"
    "\n"
    "Business groups were more cautious. Rain Newton-Smith, chief executive of "
    "the CBI, said: \u2018Firms need stability above all.\n"
    "\n"
    "\u2018Another round of tax rises would hit investment just when we need it "
    "most.\u2019\n"
    "\n"
    "The Prime Minister\u2019s official spokesman said Sir Keir Starmer had \u2018full "
    "confidence\u2019 in his Chancellor.\n"
)

US_VETO = (
    "Governor vetoes school funding bill, setting up clash with legislature\n"
    "\n"
    "SACRAMENTO, Calif. (AP) \u2014 Gov. Maria Delgado on Thursday vetoed a bill that "
    'would have sent $2 billion to rural school districts, calling it "a promise '
    'we cannot keep."\n'
    "\n"
    '"I support our rural schools. I always have," Delgado said in a statement. '
    '"But this bill spends money the state does not have."\n'
    "\n"
    "State Sen. Tom Whitaker, a Republican from Redding who wrote the bill, said "
    'he was "stunned" by the veto.\n'
    "\n"
    '"The governor has turned her back on half the state," Whitaker told '
    'reporters at the Capitol. "We will override her."\n'
    "\n"
    'Asked whether he had the votes, the senator said, "We\'re close."\n'
    "\n"
    "Delgado, a Democrat, faces re-election next year. Her spokesman, Luis "
    'Ortega, said the governor "looks forward to working with the legislature on '
    'a budget that adds up."\n'
    "\n"
    '"This is not the end of the conversation," Ortega said.\n'
    "\n"
    "Teachers' union president Karen Boyle said the decision was \"deeply "
    'disappointing."\n'
    "\n"
    '"Our kids can\'t wait another year," she said.\n'
)

UK_BOATS = (
    "Home Secretary vows crackdown on small boats after record week\n"
    "\n"
    "The Home Secretary has vowed to 'smash the gangs' after more than 1,200 "
    "people crossed the Channel in a single week.\n"
    "\n"
    "Shabana Mahmood said: 'These criminals are making a fortune out of misery. "
    "We will find them, we will stop them, and we will bring them to justice.'\n"
    "\n"
    "'It will not happen overnight,' she told Sky News, 'but it will happen.'\n"
    "\n"
    "Pictured: Migrants arrive at Dover on Tuesday\n"
    "\n"
    "Shadow home secretary Chris Philp accused the Government of 'losing control "
    "of our borders'.\n"
    "\n"
    "'Labour promised to smash the gangs. Instead the gangs are smashing "
    "records,' the Conservative frontbencher said.\n"
    "\n"
    "Nigel Farage, the Reform UK leader, said the figures were 'a national "
    "humiliation'.\n"
    "\n"
    "The Reform leader added: 'People are sick of being lied to.'\n"
    "\n"
    "Kemi Badenoch, the Conservative leader, and the Labour leader, Sir Keir "
    "Starmer, clashed over the figures at Prime Minister's Questions.\n"
    "\n"
    "'The Prime Minister has lost control of our borders,' the Tory leader said.\n"
    "\n"
    "'We inherited this chaos,' the Labour leader replied.\n"
    "\n"
    "Enver Solomon, chief executive of the Refugee Council, warned that 'tough "
    "talk' would not save lives.\n"
    "\n"
    "'Most of the people in these boats are fleeing war and persecution,' he "
    "said.\n"
)


def test_a_uk_budget_story_in_single_curly_quotes() -> None:
    """A lede's pronoun and title ('The Chancellor told the BBC's Sunday with Laura
    Kuenssberg:') go to the person named first; a shadow set off by commas answers to 'the Tory
    frontbencher'; a quote running on into the next paragraph keeps its speaker; an office's
    spokesman stays a speaker of its own."""
    assert rows(UK_BUDGET) == [
        ("protected", REEVES, "partial", "insist", None, "Rachel Reeves"),
        (
            "I said before the election that we would not raise taxes on working people, and I"
            " meant it.",
            REEVES,
            "direct",
            "tell",
            "BBC\u2019s Sunday with Laura Kuenssberg",
            "The Chancellor",
        ),
        (
            "There will be difficult choices. But they will be fair choices.",
            REEVES,
            "direct",
            "add",
            None,
            "She",
        ),
        ("not worth the paper it is written on", STRIDE, "partial", "say", None, "Mel Stride"),
        (
            "The Chancellor has already broken her promises once,",
            STRIDE,
            "direct",
            "say",
            None,
            "the Tory frontbencher",
        ),
        (
            "Why should anyone believe her now?",
            STRIDE,
            "direct",
            "say",
            None,
            "the Tory frontbencher",
        ),
        ("look again", ("Ed Davey",), "partial", "urge", None, "Sir Ed Davey"),
        (
            "We do not comment on speculation about the budget.",
            ("Treasury spokesperson",),
            "direct",
            "say",
            None,
            "A Treasury spokesperson",
        ),
        (
            "Firms need stability above all.",
            NEWTON_SMITH,
            "direct",
            "say",
            None,
            "Rain Newton-Smith",
        ),
        (
            "Another round of tax rises would hit investment just when we need it most.",
            NEWTON_SMITH,
            "direct",
            "say",
            None,
            "Rain Newton-Smith",
        ),
        (
            "full confidence",
            ("Prime Minister\u2019s official spokesman",),
            "partial",
            "say",
            None,
            "Prime Minister\u2019s official spokesman",
        ),
    ]


def test_a_us_wire_story_in_straight_double_quotes() -> None:
    """Surnames go to the full names ('Delgado', 'Whitaker', 'Ortega'); 'the senator' is the
    state senator named with 'State Sen.'; a quote split by its attribution is two statements
    of one speaker; 'she' after a role written before a name is that name."""
    assert rows(US_VETO) == [
        ("a promise we cannot keep.", DELGADO, "partial", "call", None, "Gov. Maria Delgado"),
        ("I support our rural schools. I always have,", DELGADO, "direct", "say", None, "Delgado"),
        (
            "But this bill spends money the state does not have.",
            DELGADO,
            "direct",
            "say",
            None,
            "Delgado",
        ),
        ("stunned", WHITAKER, "partial", "say", None, "State Sen. Tom Whitaker"),
        (
            "The governor has turned her back on half the state,",
            WHITAKER,
            "direct",
            "tell",
            None,
            "Whitaker",
        ),
        ("We will override her.", WHITAKER, "direct", "tell", None, "Whitaker"),
        ("We're close.", WHITAKER, "direct", "say", None, "the senator"),
        (
            "looks forward to working with the legislature on a budget that adds up.",
            ORTEGA,
            "partial",
            "say",
            None,
            "Luis Ortega",
        ),
        ("This is not the end of the conversation,", ORTEGA, "direct", "say", None, "Ortega"),
        ("deeply disappointing.", BOYLE, "partial", "say", None, "Karen Boyle"),
        ("Our kids can't wait another year,", BOYLE, "direct", "say", None, "she"),
    ]


def test_a_uk_story_in_straight_single_quotes() -> None:
    """A lede's title under a headline goes to the person named next; a quote split by 'she
    told Sky News,' keeps its venue on both halves; a caption is never an antecedent; party
    leaders are told apart by the party the article ties them to ('the Labour leader, Sir
    Keir Starmer,')."""
    assert rows(UK_BOATS) == [
        ("smash the gangs", MAHMOOD, "partial", "vow", None, "The Home Secretary"),
        (
            "These criminals are making a fortune out of misery. We will find them, we will stop"
            " them, and we will bring them to justice.",
            MAHMOOD,
            "direct",
            "say",
            None,
            "Shabana Mahmood",
        ),
        ("It will not happen overnight,", MAHMOOD, "direct", "tell", "Sky News", "she"),
        ("but it will happen.", MAHMOOD, "direct", "tell", "Sky News", "she"),
        ("losing control of our borders", PHILP, "partial", "accuse", None, "Chris Philp"),
        (
            "Labour promised to smash the gangs. Instead the gangs are smashing records,",
            PHILP,
            "direct",
            "say",
            None,
            "the Conservative frontbencher",
        ),
        ("a national humiliation", FARAGE, "partial", "say", None, "Nigel Farage"),
        ("People are sick of being lied to.", FARAGE, "direct", "add", None, "The Reform leader"),
        (
            "The Prime Minister has lost control of our borders,",
            ("Kemi Badenoch",),
            "direct",
            "say",
            None,
            "the Tory leader",
        ),
        (
            "We inherited this chaos,",
            ("Keir Starmer",),
            "direct",
            "reply",
            None,
            "the Labour leader",
        ),
        ("tough talk", SOLOMON, "partial", "warn", None, "Enver Solomon"),
        (
            "Most of the people in these boats are fleeing war and persecution,",
            SOLOMON,
            "direct",
            "say",
            None,
            "he",
        ),
    ]

"""Three more whole articles written for these tests, in the quote styles of UK and US
political news, with every statement expected: its words, speakers by canonical name, kind,
cue, venue and the mention as written."""

from __future__ import annotations

import datetime as dt

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


US_TARIFFS = (
    "Trump allies split over tariff plan as markets slide\n"
    "\n"
    "WASHINGTON \u2014 President Donald Trump on Wednesday defended his new tariffs, "
    'writing on Truth Social that the duties would make America "RICH AGAIN."\n'
    "\n"
    '"We are not going to be ripped off anymore," Trump told reporters in the '
    'Oval Office. "Other countries have been laughing at us for years."\n'
    "\n"
    "Vice President JD Vance and Defense Secretary Pete Hegseth said in a joint "
    'statement that the plan was "long overdue."\n'
    "\n"
    'But Sen. Rand Paul, R-Ky., who has long opposed tariffs, called them "a tax '
    'on American families."\n'
    "\n"
    '"Tariffs are taxes. Period," the Kentucky Republican said on Fox News '
    "Sunday.\n"
    "\n"
    "Treasury Secretary Scott Bessent, a former hedge fund manager, sought to "
    'calm investors. "The fundamentals of this economy are strong," he said.\n'
    "\n"
    "Former President Joe Biden's spokesperson, according to The Associated "
    'Press, said the tariffs were "reckless."\n'
    "\n"
    'House Minority Leader Hakeem Jeffries (D-N.Y.) called it "the Trump Slump" '
    "and said Democrats would force a vote.\n"
    "\n"
    '"Every family in America is going to pay for this," Jeffries said. "Every '
    'single one."\n'
    "\n"
    'The so-called "Liberation Day" tariffs took effect at midnight.\n'
    "\n"
    'White House press secretary Karoline Leavitt said the president "will not '
    'back down."\n'
    "\n"
    '"He is doing exactly what he promised," Leavitt said, adding, "The American '
    'people voted for this."\n'
)
#: the article's date: a Tuesday
TUESDAY = dt.datetime(2025, 6, 24, 9, tzinfo=dt.UTC)


def test_a_us_story_with_a_post_in_capitals_a_joint_statement_and_dates() -> None:
    """Words in capitals from a post are a statement ('writing on Truth Social that ...
    "RICH AGAIN."'); 'Vance and Hegseth said in a joint statement' speaks for both; 'the
    Kentucky Republican' is Sen. Rand Paul, R-Ky.; 'Fox News Sunday' is a venue, not a day;
    a former president's spokesperson is named by the person ("Joe Biden's spokesperson"); a
    nickname ('called it "the Trump Slump"') and 'the so-called "Liberation Day"' are no
    statements; 'on Wednesday' in an article of Tuesday is the Wednesday before."""
    statements = extract_statements(
        Article(text=US_TARIFFS, source="fixture.txt", published=TUESDAY)
    )
    found = [
        (
            s.text,
            s.speakers,
            s.kind,
            s.cue,
            s.venue,
            s.mention,
            s.date.isoformat() if s.date else None,
        )
        for s in statements
    ]
    assert found == [
        (
            "RICH AGAIN.",
            ("Donald Trump",),
            "partial",
            "write",
            "Truth Social",
            "President Donald Trump",
            "2025-06-18",
        ),
        (
            "We are not going to be ripped off anymore,",
            ("Donald Trump",),
            "direct",
            "tell",
            None,
            "Trump",
            "2025-06-24",
        ),
        (
            "Other countries have been laughing at us for years.",
            ("Donald Trump",),
            "direct",
            "tell",
            None,
            "Trump",
            "2025-06-24",
        ),
        (
            "long overdue.",
            ("JD Vance", "Pete Hegseth"),
            "partial",
            "say",
            None,
            "JD Vance and Pete Hegseth",
            "2025-06-24",
        ),
        (
            "a tax on American families.",
            ("Rand Paul",),
            "partial",
            "call",
            None,
            "Sen. Rand Paul",
            "2025-06-24",
        ),
        (
            "Tariffs are taxes. Period,",
            ("Rand Paul",),
            "direct",
            "say",
            "Fox News Sunday",
            "the Kentucky Republican",
            "2025-06-24",
        ),
        (
            "The fundamentals of this economy are strong,",
            ("Scott Bessent",),
            "direct",
            "say",
            None,
            "he",
            "2025-06-24",
        ),
        (
            "reckless.",
            ("Joe Biden's spokesperson",),
            "partial",
            "say",
            None,
            "Former President Joe Biden's spokesperson",
            "2025-06-24",
        ),
        (
            "Every family in America is going to pay for this,",
            ("Hakeem Jeffries",),
            "direct",
            "say",
            None,
            "Jeffries",
            "2025-06-24",
        ),
        (
            "Every single one.",
            ("Hakeem Jeffries",),
            "direct",
            "say",
            None,
            "Jeffries",
            "2025-06-24",
        ),
        (
            "will not back down.",
            ("Karoline Leavitt",),
            "partial",
            "say",
            None,
            "Karoline Leavitt",
            "2025-06-24",
        ),
        (
            "He is doing exactly what he promised,",
            ("Karoline Leavitt",),
            "direct",
            "say",
            None,
            "Leavitt",
            "2025-06-24",
        ),
        (
            "The American people voted for this.",
            ("Karoline Leavitt",),
            "direct",
            "add",
            None,
            "Leavitt",
            "2025-06-24",
        ),
    ]

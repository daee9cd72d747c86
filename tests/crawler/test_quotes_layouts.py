"""Attribution layouts of English news: who said each quote, and how it was said."""

from __future__ import annotations

import datetime as dt

import pytest

from crawler.models import Article, Statement
from crawler.quotes import extract_statements


def statements(text: str) -> list[Statement]:
    return extract_statements(Article(text=text, source="fixture.txt"))


def found(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    """(quoted words, speakers, kind) of every statement, in text order."""
    return [(s.text, s.speakers, s.kind) for s in statements(text)]


ORLA = ("Orla Finch",)


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Orla Finch said: 'Taxes will not rise.'", "Taxes will not rise."),
        ("'Taxes will not rise,' Orla Finch said.", "Taxes will not rise,"),
        ("'Taxes will not rise,' said Orla Finch.", "Taxes will not rise,"),
        (
            '"Taxes will not rise," Orla Finch, who chairs the budget committee, said.',
            "Taxes will not rise,",
        ),
        (
            '"Taxes will not rise," Orla Finch, the committee chair, told reporters.',
            "Taxes will not rise,",
        ),
        ("\u201cTaxes will not rise,\u201d said Sen. Orla Finch (D-Ore.).", "Taxes will not rise,"),
        ("\u201cTaxes will not rise.\u201d \u2015 Orla Finch", "Taxes will not rise."),
    ],
    ids=[
        "said-colon",
        "quote-name-said",
        "quote-said-name",
        "who-clause",
        "apposition",
        "titled-inverted",
        "credit-line",
    ],
)
def test_direct_quote_layouts(text: str, quoted: str) -> None:
    assert found(text) == [(quoted, ORLA, "direct")]


def test_told_keeps_the_venue_and_the_cue() -> None:
    (statement,) = statements("Orla Finch told Times Radio: 'We have a plan.'")
    assert (statement.speakers, statement.cue, statement.venue, statement.mention) == (
        ORLA,
        "tell",
        "Times Radio",
        "Orla Finch",
    )


def test_venues_of_several_words_and_participle_appositions() -> None:
    text = (
        "Orla Finch told the Mail on Sunday: 'We will win.'\n"
        "Tomas Reyes, asked about the poll, said: 'It is meaningless.'\n"
    )
    assert [(s.text, s.speakers, s.venue) for s in statements(text)] == [
        ("We will win.", ORLA, "Mail on Sunday"),
        ("It is meaningless.", ("Tomas Reyes",), None),
    ]


def test_according_to_names_the_speaker() -> None:
    text = 'The plan is "dead on arrival," according to Orla Finch.'
    assert found(text) == [("dead on arrival,", ORLA, "partial")]


def test_according_to_a_document_names_who_issued_it() -> None:
    text = 'The plan is "unworkable," according to a statement from the Harbour Authority.'
    assert found(text) == [("unworkable,", ("Harbour Authority",), "partial")]


def test_a_quote_split_by_its_attribution_is_two_statements_of_one_speaker() -> None:
    text = "'We will,' she said, 'do more.'\nOrla Finch closed the meeting."
    text = "Orla Finch spoke first.\n" + text
    assert found(text) == [("We will,", ORLA, "direct"), ("do more.", ORLA, "direct")]


def test_a_colon_lead_in_paragraph_attributes_the_next_one() -> None:
    text = 'Orla Finch continued:\n"We cannot wait another year for this."'
    assert found(text) == [("We cannot wait another year for this.", ORLA, "direct")]


def test_pronoun_follow_ups_keep_the_speaker() -> None:
    text = (
        "Orla Finch said the bill was 'a step forward' for renters.\n"
        "She added: 'Nobody should pay half their wage in rent.'\n"
    )
    assert found(text) == [
        ("a step forward", ORLA, "partial"),
        ("Nobody should pay half their wage in rent.", ORLA, "direct"),
    ]


def test_a_new_paragraph_opening_with_a_quote_continues_the_last_speaker() -> None:
    text = (
        "'The plan is ready,' Orla Finch said.\n"
        "'We only need the votes now, and we will find them.'\n"
    )
    assert found(text) == [
        ("The plan is ready,", ORLA, "direct"),
        ("We only need the votes now, and we will find them.", ORLA, "direct"),
    ]


def test_several_speakers_share_one_quote() -> None:
    text = (
        "Orla Finch and Tomas Reyes met in March.\n"
        "Finch and Reyes called the deal 'a betrayal of workers' in a joint letter.\n"
    )
    assert found(text) == [("a betrayal of workers", ("Orla Finch", "Tomas Reyes"), "partial")]


def test_partial_quotes_inside_reported_speech() -> None:
    text = "Orla Finch said the ruling was 'deeply worrying' and warned of 'years of chaos'."
    assert found(text) == [
        ("deeply worrying", ORLA, "partial"),
        ("years of chaos", ORLA, "partial"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        'Orla Finch appeared on "Meet the Press" on Sunday.',
        "The so-called 'reform' passed on Tuesday.",
        "Orla Finch read \u201cThe Long Road Home\u201d to pupils.",
    ],
    ids=["show-title", "scare-quote", "book-title"],
)
def test_titles_and_scare_quotes_are_not_statements(text: str) -> None:
    assert found(text) == []


def test_named_terms_are_not_statements_even_beside_a_cue() -> None:
    text = "Orla Finch said the so-called 'bedroom tax' and the scheme dubbed 'Plan Z' would fail."
    assert found(text) == []


def test_transcript_labels_are_not_quotations() -> None:
    assert found('"FINCH: We will talk about it later.') == []


def test_us_wire_style_with_party_tags_and_a_role_follow_up() -> None:
    text = (
        "WASHINGTON (AP) \u2014 House Speaker Dale Whitcombe said Tuesday that Republicans "
        '"will not back down" on the bill.\n'
        'Rep. Nora Feld-Ortiz, D-N.M., wrote on X that the plan was "a disgrace."\n'
        '"It is over," said Sen. Arlo Petrakis, R-Ky.\n'
        'The speaker, who took office in October, added that the deal was "the best we can get."\n'
    )
    assert found(text) == [
        ("will not back down", ("Dale Whitcombe",), "partial"),
        ("a disgrace.", ("Nora Feld-Ortiz",), "partial"),
        ("It is over,", ("Arlo Petrakis",), "direct"),
        ("the best we can get.", ("Dale Whitcombe",), "partial"),
    ]


def test_an_opening_phrase_gives_the_venue_but_a_day_is_no_venue() -> None:
    text = (
        "Speaking to the BBC, Orla Finch said: 'This is a tax on work.'\n"
        "Speaking on Sunday, Orla Finch said: 'No.'\n"
    )
    assert [s.venue for s in statements(text)] == ["BBC", None]


def test_a_short_lead_in_clause_with_a_colon_gives_its_subject() -> None:
    text = "Orla Finch cut her off: \u201cNo, that is not the point I am making.\u201d"
    assert found(text) == [("No, that is not the point I am making.", ORLA, "direct")]


def test_a_partial_quote_whose_speaker_cannot_be_named_is_dropped() -> None:
    assert found("They said the rules were 'far too strict' for small firms.") == []


def test_a_sentence_after_a_closed_quote_is_not_its_attribution() -> None:
    text = (
        "Orla Finch met tenants in Leeds. She said: \u201cWe need more homes.\u201d The minister "
        "later recalled a visit to an estate that had lost its only shop.\n"
        "Tomas Reyes told the Herald: \u201cIt is a shame.\u201d He added that the plan was late.\n"
        "\u201cWe will do more.\u201d Reyes told LBC Radio on Sunday.\n"
        "\u201cWe will never give up.\u201d Finch told reporters in Downing Street yesterday "
        "afternoon.\n"
    )
    assert [(s.text, s.speakers, s.mention) for s in statements(text)] == [
        ("We need more homes.", ORLA, "She"),
        ("It is a shame.", ("Tomas Reyes",), "Tomas Reyes"),
        ("We will do more.", ("Tomas Reyes",), "Reyes"),
        ("We will never give up.", ORLA, "Finch"),
    ]


def test_a_cue_introducing_its_own_quote_is_not_the_attribution_of_the_one_before() -> None:
    text = "Orla Finch answered Reyes with: 'Why now?' Tomas Reyes then wrote back, 'Why not?'"
    assert found(text) == [
        ("Why now?", ORLA, "direct"),
        ("Why not?", ("Tomas Reyes",), "direct"),
    ]


def test_a_cue_between_two_quotes_with_nothing_before_them_attributes_both() -> None:
    text = "\u201cStop!\u201d Orla Finch shouted, \u201cStop it now!\u201d"
    assert found(text) == [("Stop!", ORLA, "direct"), ("Stop it now!", ORLA, "direct")]


def test_a_participle_or_prepositional_apposition_before_the_cue() -> None:
    text = (
        "Orla Finch, also campaigning in Derby, said Tomas Reyes was to blame and accused him "
        "of 'stoking anger'.\n"
        "Orla Finch, in a statement, said: 'We are ready.'\n"
    )
    assert found(text) == [("stoking anger", ORLA, "partial"), ("We are ready.", ORLA, "direct")]


def test_a_place_before_a_role_is_no_speaker_and_a_noun_after_an_owner_is_no_cue() -> None:
    text = (
        "In May, Finch's Ohio state director, Tomas Reyes, reached out to the firm, writing in "
        "an email: 'We want to use this now.'\n"
        "'She does not whine,' said Dana Whitlow, who has long been a target of Reyes's "
        "Twitter attacks. 'She does not run away.'\n"
    )
    assert [s.speakers for s in statements(text)] == [
        ("Tomas Reyes",),
        ("Dana Whitlow",),
        ("Dana Whitlow",),
    ]


def test_a_participle_cue_takes_the_pronoun_opening_its_sentence() -> None:
    text = (
        "Orla Finch has stepped down.\n"
        "She gave no details, saying only that she was 'refining some practices'.\n"
    )
    assert found(text) == [("refining some practices", ORLA, "partial")]


def test_a_name_between_a_dash_and_a_colon_speaks_the_quote() -> None:
    text = "Pollsters agree \u2014 Orla Finch: \u201cThe polls missed the late swing.\u201d"
    assert found(text) == [("The polls missed the late swing.", ORLA, "direct")]


def test_cues_after_a_role_subject_and_less_common_speech_verbs() -> None:
    text = (
        "Orla Finch toured the port on Monday.\n"
        "\u201cThe way I see it,\u201d she elaborated, \u201cnobody lost.\u201d\n"
        "\u201cIt was a disaster,\u201d the senator noted.\n"
    )
    assert found(text) == [
        ("The way I see it,", ORLA, "direct"),
        ("nobody lost.", ORLA, "direct"),
        ("It was a disaster,", ORLA, "direct"),
    ]


def test_a_quote_followed_by_another_speakers_sentence_keeps_the_speaker_before_it() -> None:
    text = (
        '"This is the moment," Orla Finch said on Monday night. "They told me we had no '
        'chance." Her campaign manager, Tomas Reyes, struck a similar tune. "This is a big '
        'night for us," Reyes said.\n'
    )
    assert [s.speakers for s in statements(text)] == [ORLA, ORLA, ("Tomas Reyes",)]


def test_a_colon_after_an_object_gives_the_subject_of_the_clause() -> None:
    text = (
        "Senate leader Orla Finch, D-Ore., delivered a blunt message to Tomas Reyes: "
        '"It is time to stop."\n'
        'More from Reyes: "We will not stop."\n'
    )
    assert found(text) == [
        ("It is time to stop.", ORLA, "direct"),
        ("We will not stop.", ("Tomas Reyes",), "direct"),
    ]


def test_two_appositions_and_an_opening_clause_before_the_subject() -> None:
    text = (
        "Just last week, Orla Finch, editor of The Harbour, a weekly newspaper in Leeds, "
        "wrote, 'We should think harder.'\n"
        "Ever since she endorsed Tomas Reyes in May, Orla Finch has been his surrogate, "
        "telling voters in every town: 'Do not give up!'\n"
        "At the 1992 convention, when Mr. Tomas Reyes, who had lost, spoke, he called for "
        "a 'cultural war'.\n"
    )
    assert [s.speakers for s in statements(text)] == [ORLA, ORLA, ("Tomas Reyes",)]


def test_less_common_speech_verbs_introduce_partial_quotes() -> None:
    text = (
        "Orla Finch likened the rules to 'burning the constitution'.\n"
        "Tomas Reyes bemoaned a climate in which people 'literally hate each other'.\n"
    )
    assert found(text) == [
        ("burning the constitution", ORLA, "partial"),
        ("literally hate each other", ("Tomas Reyes",), "partial"),
    ]


def test_a_quote_set_off_by_dashes_after_a_name_is_theirs() -> None:
    text = (
        'Prominent Republicans have said the same, including Orla Finch -- "It is '
        'disqualifying for a nominee" -- and Tomas Reyes.\n'
        "One of the men had served in Vietnam - 'thirteen months in living hell' - before "
        "he moved to Ohio.\n"
    )
    assert found(text) == [("It is disqualifying for a nominee", ORLA, "direct")]


def test_a_nickname_in_quotes_is_part_of_the_name() -> None:
    text = (
        'Her niece, state Del. Marcia "Cia" Pryce, spoke first.\n'
        '"The nation is watching," Pryce shouted to the crowd.\n'
    )
    assert found(text) == [("The nation is watching,", ("Marcia Pryce",), "direct")]


def test_a_participle_cue_looks_for_its_subject_after_a_closed_quote_sentence() -> None:
    text = (
        "Then came another, more sympathetic tweet about the Leeds tragedy, followed by one "
        'in which he took credit for "being right on the floods." And then Orla Finch went '
        'fully on the attack, saying, "Will the minister finally resign?"\n'
    )
    assert found(text) == [("Will the minister finally resign?", ORLA, "direct")]


def test_two_names_after_the_quote_share_it() -> None:
    text = '"The party is filled with resentment," Orla Finch and Tomas Reyes wrote.'
    assert found(text) == [
        ("The party is filled with resentment,", ("Orla Finch", "Tomas Reyes"), "direct")
    ]


def test_a_long_lead_in_ending_in_a_noun_for_speech_gives_its_subject() -> None:
    text = (
        "With her allies worried about turnout, Orla Finch is rolling out a new and more "
        "personal campaign message: 'This is about me.'\n"
    )
    assert found(text) == [("This is about me.", ORLA, "direct")]


def test_a_venue_keeps_the_number_in_a_station_name() -> None:
    text = (
        "Jane Hollis told BBC Radio 4's Today programme: 'We are ready.'\n"
        "Speaking on Channel 4 News, Tom Reed said: 'We are not.'\n"
    )
    assert [(s.text, s.speakers, s.venue) for s in statements(text)] == [
        ("We are ready.", ("Jane Hollis",), "BBC Radio 4's Today"),
        ("We are not.", ("Tom Reed",), "Channel 4 News"),
    ]


def test_more_cues_name_their_venue_and_a_month_is_none() -> None:
    text = (
        'Dan Pryor responded on Truth Social: "That is false."\n'
        'Ada Quist replied in March: "We never agreed."\n'
    )
    assert [(s.text, s.cue, s.venue) for s in statements(text)] == [
        ("That is false.", "respond", "Truth Social"),
        ("We never agreed.", "reply", None),
    ]


def test_a_programme_quoted_after_its_channel_is_part_of_the_venue() -> None:
    text = (
        'Appearing on CBS\'s "Face the Nation," Kamala Harris said prices were "still too '
        'high."\n'
        'Jo Vance told ABC\'s "This Week with George Stephanopoulos" that she was "failing."\n'
        "Ed Marr told the BBC\u2019s \u2018Sunday with Laura Kuenssberg\u2019 he was "
        "\u2018confident\u2019.\n"
    )
    published = dt.datetime(2025, 6, 24, 9, tzinfo=dt.UTC)  # a Tuesday
    found = [
        (s.text, s.venue, s.date)
        for s in extract_statements(Article(text=text, source="f.txt", published=published))
    ]
    assert found == [
        ("still too high.", "CBS's Face the Nation", dt.date(2025, 6, 24)),
        ("failing.", "ABC's This Week with George Stephanopoulos", dt.date(2025, 6, 24)),
        ("confident", "BBC\u2019s Sunday with Laura Kuenssberg", dt.date(2025, 6, 24)),
    ]


@pytest.mark.parametrize("mark", ["'", "\u2019"])
def test_a_headline_quote_before_a_colon_is_the_words_of_the_name_after_it(mark: str) -> None:
    opening = "'" if mark == "'" else "\u2018"
    text = (
        f"{opening}I{mark}m not going anywhere{mark}: Badenoch defiant after poll slump\n"
        "\n"
        "Kemi Badenoch has insisted she will lead the party into the next election.\n"
    )
    assert found(text) == [(f"I{mark}m not going anywhere", ("Kemi Badenoch",), "direct")]


def test_tabloid_cues_name_the_speaker_of_their_own_quote() -> None:
    text = (
        "Local businessman Tony Briggs blasted the plans as \u2018the final nail in the "
        "coffin\u2019.\n"
        "\u2018I\u2019ve never seen it this bad,\u2019 he raged.\n"
        "\u2018We are being robbed,\u2019 ranted Margaret Hill, 78.\n"
    )
    assert [(s.text, s.speakers, s.cue, s.mention) for s in statements(text)] == [
        ("the final nail in the coffin", ("Tony Briggs",), "blast", "Tony Briggs"),
        ("I\u2019ve never seen it this bad,", ("Tony Briggs",), "rage", "he"),
        ("We are being robbed,", ("Margaret Hill",), "rant", "Margaret Hill"),
    ]


def test_a_quote_running_into_the_next_paragraph_takes_the_cue_given_there() -> None:
    text = (
        "Gov. Ron DeSantis signed the ban late Thursday.\n"
        "\n"
        '"We are proud to support this landmark legislation.\n'
        "\n"
        '"This bill protects the most vulnerable," DeSantis said in a statement.\n'
    )
    assert [(s.text, s.speakers, s.cue, s.mention) for s in statements(text)] == [
        (
            "We are proud to support this landmark legislation.",
            ("Ron DeSantis",),
            "say",
            "DeSantis",
        ),
        ("This bill protects the most vulnerable,", ("Ron DeSantis",), "say", "DeSantis"),
    ]


def test_an_interviews_answers_are_the_interviewees_and_q_is_nobody() -> None:
    text = (
        "Nigel Farage sat down with The Spectator this week. Here is an edited extract.\n"
        "\n"
        "Q: Do you really think you can win?\n"
        "\n"
        'A: "Absolutely. The two old parties are finished."\n'
        "\n"
        'Zia Yusuf, Reform\'s head of policy, said the party was "ready to govern".\n'
    )
    assert found(text) == [
        ("Absolutely. The two old parties are finished.", ("Nigel Farage",), "direct"),
        ("ready to govern", ("Zia Yusuf",), "partial"),
    ]

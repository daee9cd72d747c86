"""Speakers written in the harder shapes of news copy: employers and roles before a name,
hyphenated descriptions, given names that look like other words, participle cues."""

from __future__ import annotations

import pytest

from crawler.models import Article, Statement
from crawler.quotes import extract_statements


def statements(text: str) -> list[Statement]:
    return extract_statements(Article(text=text, source="fixture.txt"))


def speakers(text: str) -> list[tuple[str, ...]]:
    return [s.speakers for s in statements(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("\u201cWe will win,\u201d said Ohio-based Democratic strategist Nora Pell.", "Nora Pell"),
        ("\u201cWe will win,\u201d Brightline co-founder Amos Reed told reporters.", "Amos Reed"),
        ("\u201cWe will win,\u201d said Judiciary ranking Republican Tom Vance.", "Tom Vance"),
        (
            "\u201cWe will win,\u201d said Lakeside State University political scientist"
            " Ida Marsh.",
            "Ida Marsh",
        ),
        (
            "\u201cWe will win,\u201d said United Bakers Secretary-Treasurer Walter Grove.",
            "Walter Grove",
        ),
        ("\u201cWe will win,\u201d said Harbor City Mayor Don Guardian.", "Don Guardian"),
    ],
    ids=[
        "hyphenated-adjective",
        "co-role",
        "capitalised-role",
        "scientist",
        "hyphen-title",
        "surname-like-a-paper",
    ],
)
def test_the_person_after_an_employer_and_role_words(text: str, speaker: str) -> None:
    assert speakers(text) == [(speaker,)]


def test_an_owner_before_a_role_is_not_the_speaker() -> None:
    text = "\u201cWe stand together,\u201d Ms. Holm\u2019s spokesman, Pavel Ilic, wrote on Twitter."
    assert speakers(text) == [("Pavel Ilic",)]


def test_a_noun_after_a_name_is_no_cue() -> None:
    text = (
        "Nora Pell immediately posted a Twitter comment of her own, saying,"
        " \u201cWe are so excited!\u201d"
    )
    assert speakers(text) == [("Nora Pell",)]


def test_she_skips_a_man_known_by_his_given_name() -> None:
    text = (
        "Marion Vale arrived at the rally early.\n\n"
        "Peter Coyle introduced the speakers.\n\n"
        "\u201cWe are ready,\u201d she said."
    )
    assert speakers(text) == [("Marion Vale",)]


def test_a_pronoun_skips_a_name_after_a_preposition() -> None:
    text = (
        "Marion Vale arrived at the rally early.\n\n"
        "Asked about Peter Coyle, Vale said \u201cI have never met him,\u201d she said."
    )
    assert speakers(text) == [("Marion Vale",)]


def test_a_sentence_with_a_cue_introduces_the_quote_after_it() -> None:
    text = (
        "Lakeside State University\u2019s Ida Marsh agreed. \u201cThe party is running out of"
        " time to find a candidate.\u201d"
    )
    assert speakers(text) == [("Ida Marsh",)]


def test_a_person_described_by_a_role_for_an_organisation() -> None:
    text = (
        "Amos Reed, the communications director for the Harbor Democratic Party said in a"
        " statement. \u201cThere are no ballots to recount.\u201d"
    )
    assert speakers(text) == [("Amos Reed",)]


def test_a_titled_name_after_an_of_phrase_is_the_speaker() -> None:
    text = "Speaker of the House Rep. Tom Vance (R-WI) said \u201cthose images have no place.\u201d"
    assert speakers(text) == [("Tom Vance",)]


def test_an_opening_adverb_is_not_the_subject_of_a_participle() -> None:
    text = (
        "Back in 1999, Mr. Amos Reed praised the governor, telling a radio host:"
        " \u201cI wish I could be like that.\u201d"
    )
    assert speakers(text) == [("Amos Reed",)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("\u201cHe is a friend,\u201d said Vance ally Ida Marsh.", "Ida Marsh"),
        ("\u201cHe is a friend,\u201d City Public Advocate Ida Marsh said.", "Ida Marsh"),
    ],
    ids=["ally", "advocate"],
)
def test_more_role_nouns_before_a_name(text: str, speaker: str) -> None:
    assert speakers(text) == [(speaker,)]


def test_a_surname_written_first_still_finds_the_full_name() -> None:
    text = (
        "Finance Minister Lou Jiwei spoke on Monday.\n\n"
        "\u201cWe will keep growing,\u201d Mr. Lou told reporters."
    )
    assert speakers(text) == [("Lou Jiwei",)]


def test_a_headline_run_is_not_the_full_name_of_its_first_word() -> None:
    text = (
        "Brightline Fires Reed Over a post\n\n"
        "Brightline fired the analyst on Tuesday over a post he shared.\n\n"
        "\u201cHe was warned,\u201d Brightline said in a statement."
    )
    assert speakers(text) == [("Brightline",)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "\u201cI think so,\u201d Harbor Policy Forum\u2019s Walter Grove said at the event.",
            "Walter Grove",
        ),
        ("\u201cI think so,\u201d said Republican strategist Walter Grove.", "Walter Grove"),
        ("\u201cI think so,\u201d said Democratic party boss Walter Grove.", "Walter Grove"),
        (
            "Walter Grove, president and CEO of Harbor Grocers Association stated,"
            " \u201cIt is not a political problem.\u201d",
            "Walter Grove",
        ),
    ],
    ids=["owner-possessive", "party-role", "party-boss", "president-and-ceo"],
)
def test_the_person_behind_an_owner_party_or_joined_roles(text: str, speaker: str) -> None:
    assert speakers(text) == [(speaker,)]


def test_a_bare_lower_case_role_is_no_speaker_name() -> None:
    text = (
        "The education minister defended the plan on Monday.\n"
        "\u201cNo child should learn on an empty stomach,\u201d the minister said.\n"
        "\u201cIt stays embargoed,\u201d the press officer said.\n"
    )
    got = [(s.speakers, s.mention) for s in statements(text)]
    assert got == [((), "the minister"), ((), "the press officer")]


def test_headline_runs_and_sentence_adverbs_are_nobody() -> None:
    text = (
        "Nora Pell Says Amos Reed \u2018Must Go Now\u2019\n\n"
        "Amos Reed spoke in Leeds on Monday.\n\n"
        "\u201cI am going nowhere,\u201d Reed said.\n\n"
        "Hastily, \u201cthe plan was dropped,\u201d the board said.\n"
    )
    assert speakers(text) == [("Amos Reed",)]


def test_a_vague_role_with_a_capitalised_word_inside_is_still_no_speaker() -> None:
    text = "\u201cHe has no chance,\u201d the senior Reed adviser said."
    assert speakers(text) == [()]


def test_a_place_medium_or_audience_before_the_cue_is_not_its_subject() -> None:
    text = (
        "Another source speaking to Harbor Radio said, \u201cThe agents are still looking.\u201d\n"
        "Nora Pell answered the question on Facebook writing, \u201cYes, I will.\u201d\n"
    )
    assert speakers(text) == [(), ("Nora Pell",)]


def test_a_lead_in_paragraph_without_a_cue_verb_names_the_speaker() -> None:
    text = (
        "When Amos Reed died in 1998, Governor Nora Pell released the following statement:\n"
        "\u201cWe offer our condolences to his family and friends.\u201d\n"
        "Wait, it gets better:\n"
        "\u201cThe budget was balanced for the first time in a decade.\u201d\n"
    )
    # the reporter's "Wait, it gets better:" names nobody: the statement read on is Pell's
    assert speakers(text) == [("Nora Pell",), ("Nora Pell",)]


def test_a_headline_with_a_verb_and_a_colon_is_the_first_persons_quote() -> None:
    text = "Nora Pell Addresses Harbor Attack: \u2018This cannot continue.\u2019\n"
    assert speakers(text) == [("Nora Pell",)]


def test_a_one_word_place_name_is_a_speaker_only_when_the_article_names_the_person() -> None:
    text = (
        "Rep. Steve Israel spoke after the vote.\n"
        "\u201cThey will recruit interns to fill the seats,\u201d Israel said.\n"
    )
    assert speakers(text) == [("Steve Israel",)]
    assert speakers("\u201cWe will respond in kind,\u201d Israel said.\n") == [()]


def test_a_credit_line_paragraph_names_the_quote_before_it() -> None:
    text = (
        "\u201cI will look into it. I don\u2019t know the status.\u201d\n\n"
        "- Nora Pell.\n\n"
        "Pell has been looking into it for a long time.\n"
    )
    assert speakers(text) == [("Nora Pell",)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("\u201cWould it be negotiable?\u201d Amos Reed pressed.", "press"),
        ("\u201cGo back to your seat,\u201d Amos Reed barked.", "bark"),
        ("\u201cGun owners should leave their weapons at home,\u201d opined Amos Reed.", "opine"),
    ],
)
def test_more_cue_verbs(text: str, cue: str) -> None:
    (statement,) = statements(text)
    assert (statement.speakers, statement.cue) == (("Amos Reed",), cue)


def test_press_as_a_noun_is_no_cue() -> None:
    text = "\u201cWe disagree,\u201d White House press secretary Josh Earnest said."
    assert speakers(text) == [("Josh Earnest",)]


def test_initials_and_owners_are_never_the_speaker() -> None:
    text = (
        "At a rally in Portsmouth, N.H., on Tuesday, Senator Nora Pell said the governor"
        " would \u201cmake an outstanding president.\u201d\n"
        "\u201cWe are ready,\u201d California Rep. Amos Reed\u2019s chief of staff, Joe Kasper,"
        " told reporters.\n"
    )
    assert speakers(text) == [("Nora Pell",), ("Joe Kasper",)]


def test_an_interviewer_in_an_opening_phrase_is_not_the_speaker() -> None:
    text = (
        "Sir Edwin Marlow has promised to 'fix the foundations' of the economy.\n"
        "Speaking to the BBC's Laura Finch, the Prime Minister said: 'We've got to be honest"
        " with people.'\n"
    )
    assert speakers(text) == [("Edwin Marlow",), ("Edwin Marlow",)]


def test_a_title_case_headline_quote_after_a_headline_verb() -> None:
    text = (
        "Nora Pell Hammers Harbor Bank Chief: \u2018You Should Be Investigated.\u2019\n\n"
        "Senator Nora Pell questioned the bank\u2019s chief on Tuesday.\n"
    )
    assert [(s.text, s.speakers) for s in statements(text)] == [
        ("You Should Be Investigated.", ("Nora Pell",))
    ]


def test_a_party_tag_in_commas_before_an_apposition() -> None:
    text = (
        "Rep. Amos Reed, R-Ohio, the chairman of the Judiciary Committee, said in a"
        " statement: \u201cSenator Pell is grandstanding again.\u201d"
    )
    assert speakers(text) == [("Amos Reed",)]


def test_a_party_leader_is_the_person_the_text_is_about() -> None:
    text = (
        "Nora Pell has said her party will 'take the fight to the heartlands'.\n"
        "The Harbor Party leader told Radio Leeds: 'People are fed up.'\n"
        "She added that voters were 'sick and tired of being taken for granted'.\n"
    )
    assert speakers(text) == [("Nora Pell",)] * 3


def test_an_opening_participle_is_no_person() -> None:
    text = (
        "Recalling \u201cthe consequences for those unable to flee,\u201d the statement urged"
        " leaders to \u201cavoid condemning refugees as a group.\u201d\n"
        "Setting aside taxes, there would be \u201cimmediate\u201d concerns, Nora Pell said.\n"
    )
    assert [s.speakers for s in statements(text)] == [("Nora Pell",)]


def test_a_participle_after_a_comma_takes_the_clause_subject() -> None:
    text = (
        "Nora Pell spoke about the shooting in Tulsa, Oklahoma, arguing that it was"
        " \u201cintolerable.\u201d\n"
        "DECATUR, Ill. \u2014 Sen. Amos Reed weighed in on the allegations, calling the"
        " behavior a \u201cfireable offense.\u201d\n"
    )
    assert speakers(text) == [("Nora Pell",), ("Amos Reed",)]


def test_a_name_describing_a_role_is_not_the_person() -> None:
    text = (
        "Sen. Amos Reed spoke in Manchester on Monday.\n"
        "The Vermont senator later met Nora Pell's staff in New Hampshire.\n"
        "\u201cWe will win this state,\u201d he said.\n"
        "When Reed spoke, Pell protesters interrupted him, shouting \u201cshame!\u201d\n"
    )
    # the protesters' chant names nobody, so it is no statement; it is never Reed's or Pell's
    assert speakers(text) == [("Amos Reed",)]


def test_places_and_labels_are_never_pronoun_antecedents() -> None:
    text = (
        "Nora Pell toured the state on Monday.\n"
        "New Hampshire voted later, and the FULL TEXT of the speech was released.\n"
        "\u201cWe are ready for the primary,\u201d she said.\n"
    )
    assert speakers(text) == [("Nora Pell",)]


def test_sentence_adverbs_and_executive_titles_are_no_part_of_a_name() -> None:
    text = (
        "\u201cWe moved fast,\u201d said Harbor Telecom CIO Amos Reed.\n"
        "Once Reed took over, the network grew. Soon Reed said: \u201cWe will double it.\u201d\n"
    )
    assert [(s.speakers, s.mention) for s in statements(text)] == [
        (("Amos Reed",), "Harbor Telecom CIO Amos Reed"),
        (("Amos Reed",), "Soon Reed"),
    ]


def test_flights_places_and_capitalised_roles_are_no_names() -> None:
    text = (
        "Ida Marsh grew up near Chandler Mountain.\n"
        "Flight HB17 was diverted, and Chandler Mountain was closed for a week.\n"
        "\u201cWe shop for them at night,\u201d she said.\n"
        "Farmer Amos Reed lost half his crop. \u201cWe will be lucky to last the year,\u201d"
        " he said.\n"
    )
    assert speakers(text) == [("Ida Marsh",), ("Amos Reed",)]


def test_inverted_one_word_names_and_participles_that_take_no_subject() -> None:
    text = (
        "Mayor Don Guardian welcomed the visit.\n"
        "\u201cThat is an interesting question,\u201d said Guardian, who declined to say more.\n"
        "Amos Reed said the club would go on, but said, \u201cIt is time we change how we do"
        " it,\u201d promising the Friends of Abe a return to its roots.\n"
        "\u201cWe are reviewing our rules,\u201d Brightline said in a statement.\n"
    )
    assert speakers(text) == [("Don Guardian",), ("Amos Reed",), ("Brightline",)]


def test_a_british_lede_with_scare_quotes_a_constituency_mp_and_a_sunday_venue() -> None:
    text = (
        "Starmer vows to 'fix the roads' as Tories accuse him of 'betrayal'\n"
        "Nigel Pryor, the Reform leader, told GB News that the plan was 'a disaster'.\n"
        "'This is the end of the road for Labour,' the Clacton MP claimed.\n"
        "Speaking to the BBC's Laura Kuenssberg on Sunday, Ms Reeves said: 'It is fair.'\n"
        "Ms Reeves told the Mail on Sunday: 'It is still fair.'\n"
    )
    assert [(s.text, s.speakers, s.venue) for s in statements(text)] == [
        ("fix the roads", ("Starmer",), None),
        ("a disaster", ("Nigel Pryor",), "GB News"),
        ("This is the end of the road for Labour,", ("Nigel Pryor",), None),
        ("It is fair.", ("Reeves",), "BBC's Laura Kuenssberg"),
        ("It is still fair.", ("Reeves",), "Mail on Sunday"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Dr Ada Nwosu, of the British Medical Association (BMA), said: 'Doctors are exhausted.'",
        "Dr Ada Nwosu, from the union, told reporters: 'Doctors are exhausted.'",
        "'Doctors are exhausted,' said Dr Ada Nwosu, of Leeds.",
        "Praise came from a colleague, from Dr Ada Nwosu, who said: 'Doctors are exhausted.'",
    ],
    ids=["of-org-with-initials", "from-org", "of-place-inverted", "who-after-from"],
)
def test_a_prepositional_apposition_after_the_name(text: str) -> None:
    assert speakers(text) == [("Ada Nwosu",)]


def test_a_weak_cue_after_a_time_adverb_is_still_the_subjects_verb() -> None:
    text = (
        "Elon Mask and Donald Trump fell out on Thursday.\n"
        "A spokesman for Mask did not respond to a request for comment. "
        'Mask later posted, "Such an obvious lie. So sad."\n'
    )
    assert [(s.text, s.speakers, s.cue) for s in statements(text)] == [
        ("Such an obvious lie. So sad.", ("Elon Mask",), "post")
    ]


def test_someone_the_text_does_not_name_is_not_the_last_speaker() -> None:
    text = (
        "Mrs Roberts added: \u2018We are listening. We\u2019ve always listened.\u2019\n"
        "\n"
        "\u2018It\u2019s the same old story,\u2019 one shopkeeper told the Oxford Mail. "
        "\u2018They decide, then they consult.\u2019\n"
        "\n"
        "As Rubio spoke, a young man shouted: \u201cGo home!\u201d\n"
    )
    found = [(s.text, s.speakers, s.mention, s.venue) for s in statements(text)]
    assert found == [
        ("We are listening. We\u2019ve always listened.", ("Roberts",), "Mrs Roberts", None),
        ("It\u2019s the same old story,", (), "one shopkeeper", "Oxford Mail"),
        ("They decide, then they consult.", (), "one shopkeeper", "Oxford Mail"),
        ("Go home!", (), "a young man", None),
    ]

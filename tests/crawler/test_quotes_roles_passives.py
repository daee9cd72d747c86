"""Roles bound to exactly their holder, passive cues, two speakers joined by "and", and
organisations as speakers."""

from __future__ import annotations

from crawler.models import Article
from crawler.quotes import extract_statements


def found(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """(quoted words, speakers) of every statement, in text order."""
    return [(s.text, s.speakers) for s in extract_statements(Article(text=text))]


def test_the_chancellor_is_not_the_shadow_chancellor() -> None:
    text = (
        "Margaret Ellwood has promised there will be 'no emergency budget' this autumn.\n\n"
        "The Chancellor told LBC: 'We will not borrow our way out of this. Not on my watch.'\n\n"
        "The shadow chancellor, Tobias Grint, called the plan 'a fantasy'. 'It will not "
        "survive the winter,' Mr Grint said.\n"
    )
    assert found(text) == [
        ("no emergency budget", ("Margaret Ellwood",)),
        ("We will not borrow our way out of this. Not on my watch.", ("Margaret Ellwood",)),
        ("a fantasy", ("Tobias Grint",)),
        ("It will not survive the winter,", ("Tobias Grint",)),
    ]


def test_the_home_secretary_is_not_the_shadow_home_secretary() -> None:
    text = (
        "The shadow home secretary, Carl Benning, said the figures were 'a disgrace'.\n\n"
        "The Home Secretary, Ruth Okonjo, said: 'Crossings are down by a third.'\n\n"
        "'We are winning this fight,' the Home Secretary added.\n"
    )
    assert found(text) == [
        ("a disgrace", ("Carl Benning",)),
        ("Crossings are down by a third.", ("Ruth Okonjo",)),
        ("We are winning this fight,", ("Ruth Okonjo",)),
    ]


def test_a_deputy_or_former_holder_is_not_the_holder() -> None:
    text = (
        "Deputy Mayor Lina Ortiz and former mayor Greg Hollis toured the depot on Monday.\n\n"
        "'The buses will run on time,' the mayor said in a statement.\n"
    )
    assert found(text) == [("The buses will run on time,", ())]


def test_the_prime_minister_is_not_the_opposition_leader() -> None:
    text = (
        "Daniel Rowe faced a rowdy Commons yesterday as the Tory leader Fiona Blythe attacked "
        "his record on housing.\n\n"
        "Mrs Blythe told MPs: 'Rents are up and the Prime Minister has no plan.'\n\n"
        "The Prime Minister hit back: 'Her party sold off the council houses.'\n"
    )
    speakers = [who for _, who in found(text)]
    assert speakers[:2] == [("Fiona Blythe",), ("Daniel Rowe",)]


def test_the_target_of_a_passive_cue_is_not_the_speaker() -> None:
    text = (
        "Greta Holm was accused of 'betraying every voter in the north' yesterday.\n\n"
        "At the hustings she was told: 'Your time is up, and everyone here knows it.'\n\n"
        "Oskar Lind was branded 'a coward' by Victor Laine after the vote.\n"
    )
    assert found(text) == [
        ("betraying every voter in the north", ()),
        ("Your time is up, and everyone here knows it.", ()),
        ("a coward", ("Victor Laine",)),
    ]


def test_one_of_an_unnamed_group_is_not_the_person_the_sentence_is_about() -> None:
    text = (
        "Mayor Tom Reyes faced fresh criticism from councillors, with one calling the budget "
        "'a bonfire of promises' on Tuesday.\n"
    )
    assert found(text) == [("a bonfire of promises", ())]


def test_both_speakers_joined_by_and_before_a_cue_are_kept() -> None:
    text = (
        "Defence Secretary Ian Carver has rejected the criticism.\n\n"
        "Both Mr Carver and the Foreign Secretary, Nadia Brook, later said Britain would "
        "'not be pushed around' by anyone.\n"
    )
    assert found(text) == [("not be pushed around", ("Ian Carver", "Nadia Brook"))]
    statement = text.replace("later said", "later issued a statement saying")
    assert found(statement) == [("not be pushed around", ("Ian Carver", "Nadia Brook"))]


def test_two_titled_speakers_joined_by_and_keep_both() -> None:
    text = (
        "Treasury Secretary Alan Pike and Secretary of State Maria Duval on Tuesday defended "
        "the tariffs, saying partners had been 'given fair notice.'\n"
    )
    assert found(text) == [("given fair notice.", ("Alan Pike", "Maria Duval"))]


def test_an_organisation_before_a_cue_is_the_speaker() -> None:
    text = (
        "The council approved the new road on Thursday.\n\n"
        "In a letter to councillors, the Society for Quiet Lanes wrote: 'This decision will "
        "be remembered for the worst reasons.'\n"
    )
    assert found(text) == [
        ("This decision will be remembered for the worst reasons.", ("Society for Quiet Lanes",))
    ]
    campaign = text.replace("Society for Quiet Lanes", "Campaign to Save Green Fields")
    assert [who for _, who in found(campaign)] == [("Campaign to Save Green Fields",)]


def test_a_one_word_sentence_after_a_speakers_quote_is_theirs() -> None:
    text = (
        'Governor Ana Ruiz spoke to reporters on Friday. "We will not raise taxes on '
        'families," she said. "Ever."\n\n'
        'Her book, "Forward," came out in May.\n'
    )
    assert found(text) == [
        ("We will not raise taxes on families,", ("Ana Ruiz",)),
        ("Ever.", ("Ana Ruiz",)),
    ]


def test_a_headline_name_and_colon_speak_the_quote_after_them() -> None:
    text = (
        "Okafor: schools \u2018will not be left behind\u2019 in funding row\n\n"
        "Daniel Okafor, the Education Secretary, has promised more money for schools.\n"
    )
    assert found(text) == [("will not be left behind", ("Daniel Okafor",))]


def test_an_office_issuing_a_statement_saying_speaks_the_quote() -> None:
    text = (
        "Rep. Laura Voss voted against the bill on Monday.\n\n"
        "Her office later released a statement saying the congresswoman had "
        "\u201creceived threats\u201d after the vote.\n"
    )
    assert found(text) == [("received threats", ("Laura Voss's office",))]

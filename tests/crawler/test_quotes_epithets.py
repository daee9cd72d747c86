"""Epithets and office-holders: "the Democrat", "the Tory leader" resolve to the person the
article ties to that party; "a Downing Street spokesman" stays a speaker of its own."""

from __future__ import annotations

from crawler.models import Article
from crawler.quotes import extract_statements


def speakers(text: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    """(quoted words, speakers, mention) of every statement, in text order."""
    statements = extract_statements(Article(text=text, source="fixture.txt"))
    return [(s.text, s.speakers, s.mention) for s in statements]


def test_a_party_epithet_is_the_person_the_article_ties_to_that_party() -> None:
    text = (
        "Sen. Elizabeth Warren (D-Mass.) and Sen. Ted Cruz (R-Texas) clashed over the bill.\n"
        "\n"
        'Cruz called it a giveaway. "This is a bailout for Wall Street," he said.\n'
        "\n"
        '"It is nothing of the sort," the Democrat told reporters.\n'
        "\n"
        '"We will fight it," the Republican said.\n'
    )
    assert speakers(text) == [
        ("This is a bailout for Wall Street,", ("Ted Cruz",), "he"),
        ("It is nothing of the sort,", ("Elizabeth Warren",), "the Democrat"),
        ("We will fight it,", ("Ted Cruz",), "the Republican"),
    ]


def test_uk_party_leaders_are_told_apart_by_party() -> None:
    text = (
        "Labour leader Sir Keir Starmer and Kemi Badenoch, the Conservative leader, clashed "
        "at Prime Minister\u2019s Questions.\n"
        "\n"
        "Mrs Badenoch said the Government had \u2018no plan\u2019.\n"
        "\n"
        "\u2018She is wrong,\u2019 the Labour leader replied.\n"
        "\n"
        "Rachel Reeves, the Labour Chancellor, was beside him. Sir Ed Davey, the Liberal "
        "Democrat leader, said: \u2018Both of them are wrong.\u2019\n"
        "\n"
        "\u2018The Chancellor has lost control,\u2019 the Tory leader said.\n"
        "\n"
        "\u2018We will hold them to account,\u2019 the Lib Dem leader added.\n"
    )
    assert speakers(text) == [
        ("no plan", ("Kemi Badenoch",), "Mrs Badenoch"),
        ("She is wrong,", ("Keir Starmer",), "the Labour leader"),
        ("Both of them are wrong.", ("Ed Davey",), "Sir Ed Davey"),
        ("The Chancellor has lost control,", ("Kemi Badenoch",), "the Tory leader"),
        ("We will hold them to account,", ("Ed Davey",), "the Lib Dem leader"),
    ]


def test_a_party_epithet_never_goes_to_someone_of_another_party() -> None:
    text = (
        "Cruz, a Republican, said the bill was a giveaway. "
        '"This is a bailout," Sen. Ted Cruz said.\n'
        '"It is nothing of the sort," the Democrat told reporters.\n'
    )
    assert speakers(text) == [
        ("This is a bailout,", ("Ted Cruz",), "Sen. Ted Cruz"),
        ("It is nothing of the sort,", (), "the Democrat"),
    ]


def test_a_party_adjective_before_a_noun_makes_no_subject() -> None:
    text = (
        "Melania Trump spoke on the opening night.\n"
        "The Republican convention got off to a rocky start on Monday.\n"
        '"He will go to work for you," she said.\n'
    )
    assert speakers(text) == [("He will go to work for you,", ("Melania Trump",), "she")]


def test_a_party_epithet_for_someone_given_no_party_is_the_person_written_about() -> None:
    text = (
        "Sen. Ted Cruz (R-Texas) spoke first.\n"
        "Mike Pence says too much is made of the tweets.\n"
        "The Republican vice presidential nominee was speaking in Fort Wayne.\n"
        'The Indiana governor said the media kept saying "he said this, he tweeted that."\n'
    )
    assert speakers(text) == [
        ("he said this, he tweeted that.", ("Mike Pence",), "The Indiana governor")
    ]


def test_office_holders_spokespeople_stay_unnamed_speakers_of_their_own() -> None:
    text = (
        "Sir Keir Starmer spoke to President Joe Biden by phone on Friday.\n"
        "\n"
        "The Prime Minister\u2019s official spokesperson said: \u2018They discussed "
        "Ukraine.\u2019\n"
        "\n"
        "A No 10 spokeswoman said the call lasted an hour. \u2018It was a warm call,\u2019 "
        "she said.\n"
        "\n"
        "Asked about the deal, the spokeswoman said: \u2018We do not comment on leaks.\u2019\n"
        "\n"
        "Cameron will work with whoever is elected, the prime minister\u2019s spokesman said.\n"
        "\n"
        "\u2018He stands by his comments,\u2019 the spokesman said.\n"
        "\n"
        "Mr Biden\u2019s chief of staff said the President would \u2018keep pushing\u2019.\n"
    )
    assert speakers(text) == [
        (
            "They discussed Ukraine.",
            ("Prime Minister\u2019s official spokesperson",),
            "Prime Minister\u2019s official spokesperson",
        ),
        ("It was a warm call,", ("Downing Street spokeswoman",), "she"),
        ("We do not comment on leaks.", ("Downing Street spokeswoman",), "the spokeswoman"),
        ("He stands by his comments,", ("Prime Minister\u2019s spokesman",), "the spokesman"),
        ("keep pushing", ("Joe Biden\u2019s chief of staff",), "Mr Biden\u2019s chief of staff"),
    ]


def test_a_role_written_before_a_name_makes_the_name_the_subject() -> None:
    text = (
        "Sanders Promises Action On Immigration.\n"
        "\n"
        "Democratic presidential candidate Bernie Sanders promised Monday to act on "
        "immigration within 100 days, going beyond the policies of President Barack Obama.\n"
        "\n"
        "\u201cIt is clear to me that the president has got to use his powers,\u201d he said.\n"
    )
    assert speakers(text) == [
        (
            "It is clear to me that the president has got to use his powers,",
            ("Bernie Sanders",),
            "he",
        ),
    ]


def test_a_peer_is_known_by_title_and_surname() -> None:
    text = (
        "Baroness Jenkin of Kennington said the bill was \u201cdangerous\u201d.\n"
        "\u201cIt puts vulnerable people at risk,\u201d the Conservative peer said.\n"
        "Lord Falconer, who has championed the change, said: \u201cThis is humane.\u201d\n"
        "Falconer later added: \u201cWe will return.\u201d\n"
    )
    assert speakers(text) == [
        ("dangerous", ("Baroness Jenkin",), "Baroness Jenkin"),
        ("It puts vulnerable people at risk,", ("Baroness Jenkin",), "the Conservative peer"),
        ("This is humane.", ("Lord Falconer",), "Lord Falconer"),
        ("We will return.", ("Lord Falconer",), "Falconer"),
    ]


def test_the_company_or_the_agency_is_the_organisation_just_named() -> None:
    text = (
        "Boeing said Tuesday it would cooperate with investigators, according to a Boeing "
        "spokesman.\n"
        '"Safety is our top priority," the company said in a statement.\n'
        "\n"
        "The Federal Aviation Administration grounded 171 planes.\n"
        '"We will not allow these aircraft back," the agency said.\n'
        "\n"
        "The Home Office announced new rules.\n"
        "\u2018This will protect the public,\u2019 the department said.\n"
        "\n"
        '"We have always sought a balance," Twitter said in a statement. The company said its '
        'moves had produced "an increase in account suspensions."\n'
    )
    assert speakers(text) == [
        ("Safety is our top priority,", ("Boeing",), "the company"),
        (
            "We will not allow these aircraft back,",
            ("Federal Aviation Administration",),
            "the agency",
        ),
        ("This will protect the public,", ("Home Office",), "the department"),
        ("We have always sought a balance,", ("Twitter",), "Twitter"),
        ("an increase in account suspensions.", ("Twitter",), "The company"),
    ]


def test_the_two_senators_are_the_last_two_people_written_about() -> None:
    text = (
        "Sen. Ted Cruz spoke first.\n"
        "Sen. Marco Rubio followed him.\n"
        '"We agree on this," the two senators said.\n'
        'Rep. Marjorie Taylor Greene, R-Ga., disagreed. "This is a betrayal," she wrote on X.\n'
    )
    statements = extract_statements(Article(text=text, source="fixture.txt"))
    assert [(s.text, s.speakers, s.mention, s.venue) for s in statements] == [
        ("We agree on this,", ("Ted Cruz", "Marco Rubio"), "the two senators", None),
        ("This is a betrayal,", ("Marjorie Taylor Greene",), "she", "X"),
    ]


def test_the_first_minister_is_the_person_the_article_gives_that_title() -> None:
    text = (
        "Scotland's First Minister John Swinney said a referendum was \u201cinevitable\u201d.\n"
        "Russell Findlay, the Scottish Conservative leader, told MSPs the SNP had \u201cfailed "
        "Scotland\u201d.\n"
        "\u201cThe Tory leader has nothing to offer,\u201d the First Minister replied.\n"
    )
    assert speakers(text) == [
        ("inevitable", ("John Swinney",), "First Minister John Swinney"),
        ("failed Scotland", ("Russell Findlay",), "Russell Findlay"),
        ("The Tory leader has nothing to offer,", ("John Swinney",), "the First Minister"),
    ]

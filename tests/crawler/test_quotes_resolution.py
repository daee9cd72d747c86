"""Speaker resolution: names to their fullest form, pronouns, roles, captions, unnamed roles."""

from __future__ import annotations

from crawler.models import Article, Statement
from crawler.quotes import extract_statements


def statements(text: str) -> list[Statement]:
    return extract_statements(Article(text=text, source="fixture.txt"))


def found(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    """(quoted words, speakers, kind) of every statement, in text order."""
    return [(s.text, s.speakers, s.kind) for s in statements(text)]


def test_surnames_and_titled_forms_resolve_to_the_fullest_name() -> None:
    text = (
        "Senator Marcus Oyelaran and Mrs Helen Ashdown spoke at the summit.\n"
        "'We need a deal,' Mr Oyelaran said.\n"
        "'We have one,' Ashdown replied.\n"
        "\u201cNot yet,\u201d said Sen. Oyelaran.\n"
    )
    assert found(text) == [
        ("We need a deal,", ("Marcus Oyelaran",), "direct"),
        ("We have one,", ("Helen Ashdown",), "direct"),
        ("Not yet,", ("Marcus Oyelaran",), "direct"),
    ]


def test_a_role_resolves_to_the_person_the_article_ties_to_it() -> None:
    text = (
        "Home Secretary Priya Lakhani visited Leeds on Friday.\n"
        "The Home Secretary said the police needed 'more officers on the beat'.\n"
    )
    assert found(text) == [("more officers on the beat", ("Priya Lakhani",), "partial")]


def test_a_lede_role_resolves_to_the_person_named_next() -> None:
    text = (
        "Schools will get 'every penny they were promised', the Education Secretary has said.\n"
        "Daniel Okafor said the money would arrive by September.\n"
    )
    assert found(text) == [("every penny they were promised", ("Daniel Okafor",), "partial")]


def test_a_possessive_role_before_a_name_is_the_named_person() -> None:
    text = (
        "His Labour predecessor Fiona Garside said the cuts went 'far too deep'.\n"
        "She added: 'Families are paying the price.'\n"
    )
    assert found(text) == [
        ("far too deep", ("Fiona Garside",), "partial"),
        ("Families are paying the price.", ("Fiona Garside",), "direct"),
    ]


def test_an_unnamed_but_specific_role_is_its_own_speaker() -> None:
    text = (
        "Yesterday the Prime Minister's official spokesperson rejected the claims.\n"
        "He said: 'The government stands by every figure it has published.'\n"
    )
    assert found(text) == [
        (
            "The government stands by every figure it has published.",
            ("Prime Minister's official spokesperson",),
            "direct",
        )
    ]


def test_captions_between_a_pronoun_and_its_antecedent_are_skipped() -> None:
    text = (
        "Councillor Ruth Abernethy said the budget was balanced.\n"
        "The mayor Kofi Mensah opened the new library in March\n"
        "She said: 'Not a single service will close this year.'\n"
    )
    assert found(text) == [
        ("Not a single service will close this year.", ("Ruth Abernethy",), "direct")
    ]


def test_quotes_in_captions_are_still_statements() -> None:
    text = (
        "Ruth Abernethy said the plan was 'fully costed' at a meeting on Monday.\n"
        "Ruth Abernethy said the plan was 'fully costed'\n"
    )
    assert found(text) == [
        ("fully costed", ("Ruth Abernethy",), "partial"),
        ("fully costed", ("Ruth Abernethy",), "partial"),
    ]


def test_a_repeated_quote_keeps_the_speaker_named_elsewhere() -> None:
    text = (
        "Ministers were branded 'asleep at the wheel' by them, critics say.\n"
        "Ruth Abernethy and Kofi Mensah said ministers were 'asleep at the wheel'.\n"
    )
    assert [s.speakers for s in statements(text)] == [
        ("Ruth Abernethy", "Kofi Mensah"),
        ("Ruth Abernethy", "Kofi Mensah"),
    ]


def test_mention_keeps_the_words_as_written() -> None:
    text = "Ruth Abernethy chaired the session.\n'We are done here,' she said.\n"
    (statement,) = statements(text)
    assert (statement.speakers, statement.mention, statement.cue) == (
        ("Ruth Abernethy",),
        "she",
        "say",
    )


def test_a_title_further_down_is_the_person_the_text_is_about() -> None:
    text = (
        "Amara Whitlock has defended her budget as 'tough but fair'.\n"
        "The Chancellor told Radio Wessex: 'We had to fix the foundations.'\n"
        "Her shadow, Piers Okonjo, said it was 'a budget for the few'.\n"
        "'We will not apologise,' the Chancellor said.\n"
    )
    assert found(text) == [
        ("tough but fair", ("Amara Whitlock",), "partial"),
        ("We had to fix the foundations.", ("Amara Whitlock",), "direct"),
        ("a budget for the few", ("Piers Okonjo",), "partial"),
        ("We will not apologise,", ("Amara Whitlock",), "direct"),
    ]


def test_a_role_owned_by_a_named_person_is_a_speaker_of_its_own() -> None:
    # the owner as a canonical name, without the honorific, as every speaker is written
    text = "Sir Edwin Marlow's spokesman told reporters: 'The minister has full confidence.'\n"
    assert found(text) == [
        ("The minister has full confidence.", ("Edwin Marlow's spokesman",), "direct")
    ]


def test_unicode_names_and_a_place_before_the_role() -> None:
    text = (
        "\u201cThe vote was stolen,\u201d said Ohio delegate Jos\u00e9 Rodr\u00edguez, who "
        "wore a \u201cCount Every Vote\u201d badge.\n"
    )
    assert found(text) == [("The vote was stolen,", ("Jos\u00e9 Rodr\u00edguez",), "direct")]


def test_organisations_speak_as_themselves() -> None:
    text = (
        "In a statement, the Home Office said: 'We do not comment on individual cases.'\n"
        '"We are reviewing the footage," the US State Department said.\n'
    )
    assert found(text) == [
        ("We do not comment on individual cases.", ("Home Office",), "direct"),
        ("We are reviewing the footage,", ("US State Department",), "direct"),
    ]


def test_she_skips_a_man_the_article_titles_mr() -> None:
    text = (
        "Mrs Helen Ashdown met Mr Marcus Oyelaran in Leeds.\n"
        "Oyelaran said the talks had gone well.\n"
        "'We made progress,' she said.\n"
    )
    assert found(text) == [("We made progress,", ("Helen Ashdown",), "direct")]


def test_he_is_never_a_newspaper_nor_an_opening_adverb() -> None:
    text = (
        "Ruth Abernethy spoke first.\n"
        "The Harbour Times reported that the deal was close.\n"
        "Strangely, the talks stalled.\n"
        "She said the club was 'playing in the first division'.\n"
    )
    assert found(text) == [("playing in the first division", ("Ruth Abernethy",), "partial")]


def test_a_lower_case_role_before_a_name_ties_the_role_to_the_person() -> None:
    text = (
        "Green leader Imogen Tallis accused Sir Rupert Vane of 'betraying renters'.\n"
        "Sir Rupert insisted: 'We inherited a mess.'\n"
        "The Green leader hit back, saying: 'He is making excuses.'\n"
        "In a post on X, Labour's Dev Anand wrote: 'Renters deserve better.'\n"
    )
    assert found(text) == [
        ("betraying renters", ("Imogen Tallis",), "partial"),
        ("We inherited a mess.", ("Rupert Vane",), "direct"),
        ("He is making excuses.", ("Imogen Tallis",), "direct"),
        ("Renters deserve better.", ("Dev Anand",), "direct"),
    ]


def test_lower_case_offices_and_places_after_a_role() -> None:
    text = (
        "Amara Whitlock faced MPs on Wednesday.\n"
        "The prime minister told reporters: \u201cWe will not back down.\u201d\n"
        "The senator from Ohio, Dale Pruitt, said the plan was \u201ca disgrace\u201d.\n"
        "Later the senator from Ohio said it was \u201cdead on arrival\u201d.\n"
    )
    assert found(text) == [
        ("We will not back down.", ("Amara Whitlock",), "direct"),
        ("a disgrace", ("Dale Pruitt",), "partial"),
        ("dead on arrival", ("Dale Pruitt",), "partial"),
    ]


def test_a_spokesman_is_never_the_politician_the_text_is_about() -> None:
    text = (
        "His Labour opponent Ruth Abernethy said the forces had been 'hollowed out'.\n"
        "A Ministry of Defence spokesman said: 'We are investing record sums.'\n"
        "The Ministry of Defence spokesman added: 'Every ship will sail.'\n"
        "A spokesman said: 'No comment.'\n"
    )
    mod = ("Ministry of Defence spokesman",)
    assert found(text) == [
        ("hollowed out", ("Ruth Abernethy",), "partial"),
        ("We are investing record sums.", mod, "direct"),
        ("Every ship will sail.", mod, "direct"),
        ("No comment.", (), "direct"),
    ]


def test_former_titles_and_party_epithets_refer_back() -> None:
    text = (
        "President Lena Ortiz on Tuesday signed the bill.\n"
        "Former President Hal Brandt called the law \u201ca disaster.\u201d\n"
        "\u201cIt will cost jobs,\u201d the former president told supporters.\n"
        "Asked about it, Sen. Cora Blum said she had \u201cno comment.\u201d\n"
        "The Vermont Republican later said: \u201cWe will repeal it.\u201d\n"
    )
    assert [s.speakers for s in statements(text)] == [
        ("Hal Brandt",),
        ("Hal Brandt",),
        ("Cora Blum",),
        ("Cora Blum",),
    ]


def test_a_who_clause_speaks_for_the_person_before_it() -> None:
    text = (
        "The Tories' 'plan' was dismissed by Ms Nadia Crewe, who said it was 'a fantasy'.\n"
        "It gave fodder to Sen. Ivo Marsh of Utah, who mused that the bill was "
        '"dead on arrival."\n'
        '"We are ready," said Bea Lund, president of the Harbour Trust, who added that the '
        'board was "united."\n'
    )
    assert found(text) == [
        ("a fantasy", ("Nadia Crewe",), "partial"),
        ("dead on arrival.", ("Ivo Marsh",), "partial"),
        ("We are ready,", ("Bea Lund",), "direct"),
        ("united.", ("Bea Lund",), "partial"),
    ]


def test_a_name_set_off_after_an_inverted_role_is_the_speaker() -> None:
    text = (
        "'He told me \"no\", and that was that,' said the witness, Jane Holt.\n"
        "'It was his first campaign,' said his best friend at college, Omar Reddy, who now "
        "lives in Leeds.\n"
    )
    assert [s.speakers for s in statements(text)] == [("Jane Holt",), ("Omar Reddy",)]


def test_a_role_nobody_in_particular_holds_stays_unnamed() -> None:
    text = (
        "Labour MP Dawn Pryce said: 'We will vote against it.'\n"
        "'The minister has done nothing,' claimed one MP. 'Nothing at all.'\n"
        "'It is over,' added another Labour MP.\n"
    )
    assert [s.speakers for s in statements(text)] == [("Dawn Pryce",), (), (), ()]


def test_a_shared_title_goes_to_the_holder_the_text_is_about() -> None:
    text = (
        "Sen. Rhea Sandoval spoke first.\n"
        "Later, Sen. Miles Corbin walked into the office.\n"
        'The senator said his campaign was "closing really strong."\n'
    )
    assert found(text) == [("closing really strong.", ("Miles Corbin",), "partial")]


def test_a_surname_given_only_with_a_title_can_be_he() -> None:
    text = (
        "Mr. Okafor dismissed the criticism as the voice of Mr. Lindqvist's client.\n"
        '"You know, I love Lars," he said.\n'
    )
    assert found(text) == [("You know, I love Lars,", ("Okafor",), "direct")]


def test_a_name_in_apposition_to_the_subject_role_is_who_the_sentence_is_about() -> None:
    text = (
        "Sen. Tom Arkwright, D-N.Y., said the court had lost its way.\n"
        "The White House press secretary, Dana Kowalczyk, said the governor would sign it.\n"
        "Asked about the court, she said: \u201cI will not get ahead of the governor.\u201d\n"
    )
    assert found(text) == [("I will not get ahead of the governor.", ("Dana Kowalczyk",), "direct")]


def test_a_closing_reporting_name_tells_who_he_is() -> None:
    text = (
        "Ivo Marsh, the campaign manager, said the team was ready.\n"
        "He should also get a boost from the win, Senator Walt Pruitt said.\n"
        '"For many voters, there was a question," he said.\n'
    )
    assert found(text) == [("For many voters, there was a question,", ("Walt Pruitt",), "direct")]


def test_a_person_named_by_a_given_name_alone_can_be_she() -> None:
    text = (
        "The mayor's wife, Melania, will speak on Monday.\n"
        '"He is kind and he is strong," she said at a rally.\n'
    )
    assert found(text) == [("He is kind and he is strong,", ("Melania",), "direct")]


def test_the_former_president_and_the_president_are_told_apart() -> None:
    text = (
        "President Lena Ortiz and former President Hal Brandt met in Ohio.\n"
        "Ortiz spoke first and Brandt listened.\n"
        '"We will win," the president said.\n'
        'Later, the former president insisted: "No, we will."\n'
    )
    assert [s.speakers for s in statements(text)] == [("Lena Ortiz",), ("Hal Brandt",)]


def test_a_role_in_apposition_is_tied_to_the_name_before_it() -> None:
    text = (
        "Ann Vale, the health secretary, visited Leeds on Monday.\n"
        "Angela Moss, who is deputy prime minister, spoke later.\n"
        "Tom Reed, the mayor, met them both.\n"
        "'No,' the health secretary said.\n"
        "'I stand by every word,' the deputy PM added.\n"
        "Tom Reed, through a spokeswoman, declined to comment.\n"
        "'I was misquoted,' he told reporters later.\n"
    )
    assert [s.speakers for s in statements(text)] == [
        ("Ann Vale",),
        ("Angela Moss",),
        ("Tom Reed",),
    ]


def test_a_surname_written_first_needs_a_title_somewhere() -> None:
    text = (
        "Ban Ki-moon, the secretary general of the United Nations, flew to Paris.\n"
        "Fans rode the Dunmore Train to the rally.\n"
        '"We did it," Ban said.\n'
        '"We will win," Dunmore said.\n'
    )
    assert [s.speakers for s in statements(text)] == [("Ban Ki-moon",), ("Dunmore",)]


def test_a_pronoun_after_the_subject_name_does_not_hide_it() -> None:
    text = (
        "Tad Devine, the chief strategist, spoke first.\n"
        "Bo Hart, the party chairman, agreed.\n"
        "Devine said he does not think it will hurt the party.\n"
        '"We can do a lot of good," he said.\n'
    )
    assert found(text) == [("We can do a lot of good,", ("Tad Devine",), "direct")]


def test_a_quote_nothing_attributes_goes_to_the_person_just_written_about() -> None:
    text = (
        "Richard Blackwell is upbeat about the senator's chances, because he sees him as a "
        "uniter.\n"
        "\u201cNot only can he win in November, he is the one with the best chance.\u201d\n"
        "The Rose Garden was packed on Monday.\n"
        "\u201cNobody expected a crowd like this one at all, nobody.\u201d\n"
    )
    assert found(text) == [
        (
            "Not only can he win in November, he is the one with the best chance.",
            ("Richard Blackwell",),
            "direct",
        ),
        ("Nobody expected a crowd like this one at all, nobody.", (), "direct"),
    ]


def test_she_looks_past_the_two_men_named_since() -> None:
    text = (
        "Ms. Ada Nwosu was shocked by the reaction, she said later.\n"
        "Tom Reed said nothing. John Hart left early.\n"
        "She said she was thinking: 'This cannot be happening.'\n"
    )
    assert found(text) == [("This cannot be happening.", ("Ada Nwosu",), "direct")]


def test_an_epithet_goes_to_the_person_written_about_if_the_gender_fits() -> None:
    text = (
        "Donald Lusk toured the plant on Monday.\n"
        '"We will bring the jobs back," the billionaire businessman said.\n'
        "Helen Ortiz spoke later.\n"
        '"He has no plan," the New York businessman said.\n'
        "Developer Redrow said in a statement: 'We have listened.'\n"
    )
    assert [s.speakers for s in statements(text)] == [
        ("Donald Lusk",),
        ("New York businessman",),
        ("Redrow",),
    ]


def test_a_role_owned_by_a_pronoun_is_the_role_of_the_person_it_stands_for() -> None:
    text = (
        "Senator Walt Pruitt spoke in Iowa on Monday.\n"
        "His campaign said the rally was 'a huge success'.\n"
        "As the crowd cheered, his wife whispered to him: 'They are still with you.'\n"
        "The Ohio senator later emailed supporters saying: 'The struggle continues.'\n"
    )
    assert [s.speakers for s in statements(text)] == [
        ("Walt Pruitt's campaign",),
        ("Walt Pruitt's wife",),
        ("Walt Pruitt",),
    ]


def test_a_role_owned_by_a_pronoun_nobody_fits_is_nobody() -> None:
    text = "Senator John Pruitt spoke first.\nHer campaign said it was 'a lie'.\n"
    assert found(text) == []


def test_an_honorific_tells_which_of_two_people_with_one_surname_speaks() -> None:
    text = (
        "Bill Ashdown and Helen Ashdown arrived together.\n"
        '"We will win," Mrs. Ashdown said.\n'
        '"Yes, we will," Mr. Ashdown said.\n'
        '"Absolutely," Ms. Ashdown added.\n'
    )
    assert [s.speakers for s in statements(text)] == [
        ("Helen Ashdown",),
        ("Bill Ashdown",),
        ("Helen Ashdown",),
    ]


def test_a_named_owner_of_a_role_is_written_in_full() -> None:
    text = (
        "Bill Ashdown, Helen Ashdown and Tom Reed campaigned in Iowa.\n"
        "Mrs. Ashdown's campaign said it was 'a great night'.\n"
        "Reed's spokesman told reporters: 'We are ready.'\n"
    )
    assert [s.speakers for s in statements(text)] == [
        ("Helen Ashdown's campaign",),
        ("Tom Reed's spokesman",),
    ]


def test_a_spokesperson_for_a_named_organisation_is_its_spokesperson() -> None:
    text = (
        "A spokesman for the Home Office said: 'We do not comment on individual cases.'\n"
        "A spokeswoman for the Harbour Commission said the plan was 'under review'.\n"
        "A spokesman for the family said: 'They are devastated.'\n"
    )
    assert [s.speakers for s in statements(text)] == [
        ("Home Office spokesman",),
        ("Harbour Commission spokeswoman",),
        (),
    ]


def test_a_named_persons_office_speaks_as_that_persons_office() -> None:
    text = (
        "Colin Marsh, the former envoy, spoke last week.\n"
        "\u201cHe did write to her,\u201d Marsh\u2019s office said in a statement. \u201cThere "
        "was no other system.\u201d\n"
        "The Home Office said: 'We will not comment.'\n"
    )
    assert [s.speakers for s in statements(text)] == [
        ("Colin Marsh\u2019s office",),
        ("Colin Marsh\u2019s office",),
        ("Home Office",),
    ]


def test_a_given_name_worn_by_women_and_men_does_not_rule_out_she() -> None:
    text = (
        "Councillor Lee Barwick and Mark Ellis clashed over the bypass.\n"
        "Mr Ellis said the road would 'ruin the valley'.\n"
        "'We have waited twenty years for this road,' she said.\n"
    )
    assert found(text) == [
        ("ruin the valley", ("Mark Ellis",), "partial"),
        ("We have waited twenty years for this road,", ("Lee Barwick",), "direct"),
    ]


def test_she_skips_a_spokesman_and_looks_past_him_to_the_woman_quoted_before() -> None:
    text = (
        "Home Secretary Nadia Crewe promised more police officers.\n"
        "'Every town will see them,' Ms Crewe said.\n"
        "Shadow home secretary Tom Harlow called it 'a fantasy'.\n"
        "A Downing Street spokesman said: 'The Home Secretary has our full support.'\n"
        "The Prime Minister's official spokesman said: 'The plan is funded.'\n"
        "Picture: Nadia Crewe in Whitehall.\n"
        "'I will not be rushed,' she said on Tuesday.\n"
    )
    assert found(text) == [
        ("Every town will see them,", ("Nadia Crewe",), "direct"),
        ("a fantasy", ("Tom Harlow",), "partial"),
        ("The Home Secretary has our full support.", ("Downing Street spokesman",), "direct"),
        ("The plan is funded.", ("Prime Minister's official spokesman",), "direct"),
        ("I will not be rushed,", ("Nadia Crewe",), "direct"),
    ]


def test_a_role_owned_by_someone_answers_to_the_role_alone() -> None:
    text = (
        "The force's chief constable, Ann Vale, met residents.\n"
        "John Smith said no.\n"
        "The chief constable said: 'We are ready.'\n"
    )
    assert found(text) == [("We are ready.", ("Ann Vale",), "direct")]


def test_a_closing_said_after_a_name_does_not_make_the_name_a_speaker() -> None:
    text = (
        "Ada Kerr, a council member, said Trump would win the county.\n"
        "Marta Ruiz spoke next.\n"
        "'He will not,' she said.\n"
    )
    assert found(text)[-1] == ("He will not,", ("Marta Ruiz",), "direct")


def test_a_source_of_a_named_organisation_is_one_voice_and_a_bare_source_nobody() -> None:
    text = (
        "A Department for Education source said the unions were 'playing politics'.\n"
        "A Labour source said: 'It is over.'\n"
        "A senior source said: 'No comment.'\n"
    )
    assert found(text) == [
        ("playing politics", ("Department for Education source",), "partial"),
        ("It is over.", ("Labour source",), "direct"),
        ("No comment.", (), "direct"),
    ]


def test_a_senator_named_by_state_is_the_senator_the_article_ties_to_it() -> None:
    text = (
        "Sen. Ted Cruz of Texas and Sen. Marco Rubio of Florida clashed on Tuesday.\n"
        'Rubio disagreed. "We can fix it," he said.\n'
        'The Texas senator later told Fox News that the bill was "dead on arrival."\n'
        "The Florida senator said he would keep talking.\n"
        '"I\'m not giving up," he said.\n'
    )
    assert found(text) == [
        ("We can fix it,", ("Marco Rubio",), "direct"),
        ("dead on arrival.", ("Ted Cruz",), "partial"),
        ("I'm not giving up,", ("Marco Rubio",), "direct"),
    ]


def test_the_two_senators_are_the_pair_just_quoted_together() -> None:
    text = (
        "Sens. Elizabeth Warren and Bernie Sanders said in a joint statement that price gouging"
        ' was "the real driver of inflation."\n'
        '"Americans deserve the truth," the two senators said.\n'
    )
    assert found(text) == [
        ("the real driver of inflation.", ("Elizabeth Warren", "Bernie Sanders"), "partial"),
        ("Americans deserve the truth,", ("Elizabeth Warren", "Bernie Sanders"), "direct"),
    ]


def test_a_common_given_name_missing_before_tells_he_from_she() -> None:
    text = (
        "Governor Tom Ashby spoke first.\n"
        "Press secretary Karine Lamont replied that the claims were 'simply false'.\n"
        "'We will not be lectured,' he said.\n"
    )
    assert found(text)[-1] == ("We will not be lectured,", ("Tom Ashby",), "direct")


def test_a_one_word_name_with_an_apposition_opens_its_sentence_as_the_subject() -> None:
    text = (
        "Mayor Marty Quill spoke at the rally.\n"
        "Quill, a former union organiser, has long been close to Governor Dan Pike.\n"
        '"She is the fighter we need," he said.\n'
        "Pike, 61, has backed her rival, Councillor Tom Reyes.\n"
        '"We will win this," he said.\n'
    )
    assert found(text) == [
        ("She is the fighter we need,", ("Marty Quill",), "direct"),
        ("We will win this,", ("Dan Pike",), "direct"),
    ]


def test_the_78_year_old_is_the_person_the_article_gives_that_age() -> None:
    text = (
        "Former President Donald Trump held a rally in Ohio on Saturday.\n"
        "Trump, 78, also attacked the state's senator, Sherrod Brown.\n"
        'Brown said in a statement that Trump was "desperate."\n'
        "The 78-year-old then turned to immigration.\n"
        '"We will close the border on day one," he told the crowd.\n'
    )
    assert found(text) == [
        ("desperate.", ("Sherrod Brown",), "partial"),
        ("We will close the border on day one,", ("Donald Trump",), "direct"),
    ]


def test_a_title_after_a_closed_quote_in_its_sentence_is_that_quotes_speaker() -> None:
    text = (
        "Mark Fairley, national chair of the union, told Sky News: 'It's chaos out there.'\n"
        "Robert Jennings, the shadow justice secretary, said: 'This is a dereliction of duty.'"
        " The Tory MP added that the public would 'pay the price'.\n"
    )
    assert found(text) == [
        ("It's chaos out there.", ("Mark Fairley",), "direct"),
        ("This is a dereliction of duty.", ("Robert Jennings",), "direct"),
        ("pay the price", ("Robert Jennings",), "partial"),
    ]


def test_a_spokesperson_for_a_title_speaks_as_that_office_holders_spokesperson() -> None:
    text = (
        "Justice Secretary Shona Mattock defended the early releases.\n"
        "A spokesperson for the Prime Minister said: 'We inherited a crisis.'\n"
        "A spokesman for the Home Office said: 'No.'\n"
    )
    assert found(text) == [
        ("We inherited a crisis.", ("Prime Minister's spokesperson",), "direct"),
        ("No.", ("Home Office spokesman",), "direct"),
    ]


def test_an_organisation_named_with_a_plural_owner_speaks_in_full() -> None:
    text = (
        "In a statement, the Prison Officers' Association said the move was 'a sticking"
        " plaster'.\n"
        "The National Farmers\u2019 Union said: \u2018We are angry.\u2019\n"
    )
    assert found(text) == [
        ("a sticking plaster", ("Prison Officers' Association",), "partial"),
        ("We are angry.", ("National Farmers\u2019 Union",), "direct"),
    ]


def test_she_is_the_one_woman_named_lately_even_as_an_object() -> None:
    text = (
        'Sir Keir Starmer accused Kemi Badenoch of "jumping on a bandwagon" at PMQs.\n'
        '"Why is he so afraid of the truth?" she asked.\n'
        '"Get out and vote," urged Barack Obama.\n'
    )
    assert found(text) == [
        ("jumping on a bandwagon", ("Keir Starmer",), "partial"),
        ("Why is he so afraid of the truth?", ("Kemi Badenoch",), "direct"),
        ("Get out and vote,", ("Barack Obama",), "direct"),
    ]


def test_he_is_no_one_when_a_titled_surname_may_be_him_too() -> None:
    text = (
        "He lashes out at critics, including Trump.\n"
        "President Obama rebuked critics who want him to say it.\n"
        '"The answer is none of the above," he said.\n'
    )
    assert found(text) == [("The answer is none of the above,", (), "direct")]

# ruff: noqa: RUF001
# (the articles are news text: curly quote marks are the point, not a typo for ASCII ones)
"""Write our own held-out gold set for quote extraction and speaker attribution.

The articles below are written for this set (fictional politicians and events, UK and US house
styles). Each quoted span is marked inline as ``<<TEXT @SPEC>>``, where SPEC is the speakers'
canonical names separated by ``;`` (empty: unknown speaker), optionally followed by ``#p``
(partial: a few words inside reported speech), ``#n`` (non_quote: a title, nickname or scare
quote that is nobody's words) or ``#i`` (ignore: a fragment the scorer should neither require
nor penalise, e.g. a quotation inside a quotation); without a kind the quote is ``direct``.
Markers may nest. The script strips them and writes, beside itself::

    news.docs.jsonl   {"doc", "text"}
    news.gold.jsonl   {"doc", "start", "end", "quote", "speakers", "kind"}

in the format of ``../shared/tools/score_quotes.py``; offsets are those of the quoted words
(marks, spaces and edge punctuation trimmed). Run ``python -m benchmarks.gold.make_gold``.
"""

from __future__ import annotations

import json
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: what the scorer trims from both ends of a span before comparing
TRIM = " \t\r\n\"'“”‘’«»„‟‚‛.,;:!?—–-…()[]"
KINDS = {"": "direct", "p": "partial", "n": "non_quote", "i": "ignore"}
_MARKER = re.compile(r"<<|\s*@([^<>@]*)>>")


@dataclass(frozen=True, slots=True)
class GoldQuote:
    doc: str
    start: int
    end: int
    quote: str
    speakers: tuple[str, ...]
    kind: str


ARTICLES: dict[str, str] = {
    "uk-budget": """
Marsh vows <<‘no return to austerity’ @Helen Marsh#p>> as Chancellor faces backbench revolt

By a Political Correspondent

Helen Marsh has insisted there will be <<‘no return to austerity’ @Helen Marsh#p>> as she
prepares to deliver her first Budget next week.

The Chancellor told Times Radio: <<‘We are not going to balance the books on the backs of
working families. That is a promise I made and it is a promise I will keep.’ @Helen Marsh>>

She added that the Treasury was <<‘looking very carefully’ @Helen Marsh#p>> at property taxes
but refused to rule out changes to capital gains.

Ms Marsh faces pressure from some 40 Labour MPs who have signed a letter calling for a wealth
tax. Their organiser, Sian Rees, said: <<‘The Chancellor has the headroom. What she lacks is
the nerve.’ @Sian Rees>>

<<‘We will not be lectured,’ @Helen Marsh>> Ms Marsh replied, <<‘by people who have never had
to make a hard choice in their lives.’ @Helen Marsh>>

A Treasury spokesman said the letter contained <<‘nothing new’ @Treasury spokesman#p>>.

The shadow chancellor, Robert Kirkby, accused the Government of preparing a <<‘smash and
grab’ @Robert Kirkby#p>> raid on pensions. <<‘Every household in the country will pay for
this,’ @Robert Kirkby>> Mr Kirkby said.

Asked whether she would resign if the Budget was voted down, she laughed: <<‘I’m not going
anywhere.’ @Helen Marsh>>
""",
    "uk-defence": """
Pritchard: Britain <<‘will not be bullied’ @Owen Pritchard#p>> over defence spending

Owen Pritchard, the Defence Secretary, has hit back at Washington after US officials described
European allies as <<‘free riders’ @#p>>.

Speaking on a visit to RAF Lossiemouth, Mr Pritchard said: <<‘I understand the frustration in
Washington. But Britain has spent more on defence than almost any other European country for
two decades, and I will not have our armed forces talked down.’ @Owen Pritchard>>

He said the UK was <<‘on track’ @Owen Pritchard#p>> to reach 3 per cent of GDP by the end of
the Parliament.

His Conservative predecessor, Grant Halloway, said the pledge was <<‘a fantasy’ @Grant
Halloway#p>>. <<‘They have not found a single penny of new money,’ @Grant Halloway>> he told
GB News.

The Prime Minister’s official spokesperson said: <<‘The Prime Minister has full confidence in
the Defence Secretary and in our relationship with the United States.’ @Prime Minister’s
official spokesperson>>

Asked about the row, a Downing Street spokesman added that the two countries <<‘remain the
closest of allies’ @Downing Street spokesman#p>>.

Both Mr Pritchard and the Foreign Secretary, Amira Shah, later issued a joint statement saying
Britain would <<‘stand shoulder to shoulder’ @Owen Pritchard; Amira Shah#p>> with its Nato
partners.
""",
    "uk-asylum": """
Home Secretary defends asylum plan as critics warn of <<'chaos' @#p>>

The Home Secretary, Nadia Okonjo, has defended plans to house asylum seekers on former military
sites, insisting the policy is <<'fair, firm and lawful' @Nadia Okonjo#p>>.

In a speech to the Police Federation in Birmingham, Ms Okonjo said: <<'For too long this
country has lost control of its borders. I make no apology for taking that control back. @Nadia
Okonjo>>

<<'We will deliver these sites on time and on budget, and we will do it within the law.' @Nadia
Okonjo>>

Her shadow, Priya Lal, said the plan would end in <<'chaos' @Priya Lal#p>>. <<'The Home
Secretary has announced this policy four times,' @Priya Lal>> Ms Lal said. <<'Not one person
has yet been moved.' @Priya Lal>>

The Refugee Council said in a statement that the sites were <<'unfit for human habitation'
@Refugee Council#p>>.

Fergus Doyle, the Liberal Democrat home affairs spokesman, told the BBC's Today programme:
<<'This is government by press release.' @Fergus Doyle>>

Ms Okonjo's officials insist the first site, at Wethersfield, will open next month. One senior
source said: <<'It is happening whether the critics like it or not.' @>>
""",
    "uk-pmqs": """
PMQs: Ashworth and Clarke clash over NHS waiting lists

Daniel Ashworth was accused of running a <<'zombie government' @Eleanor Clarke#p>> at Prime
Minister's Questions yesterday as the Tory leader Eleanor Clarke seized on new NHS figures.

Mrs Clarke, dubbed the <<'Iron Vicar' @#n>> by her own backbenchers, told MPs: <<'Waiting lists
are up, morale is down and the Prime Minister is nowhere to be seen.' @Eleanor Clarke>>

The Prime Minister hit back: <<'She talks about waiting lists. Her party built them.' @Daniel
Ashworth>>

Labour MPs roared as he added: <<'We inherited a health service on its knees and we are getting
it back on its feet.' @Daniel Ashworth>>

The exchange came days after the publication of the King's Fund report <<'Waiting for Care'
@#n>>, which found that one in eight people in England is on a waiting list.

Speaking afterwards, a Conservative spokesman said: <<'Mr Ashworth had no answers today.'
@Conservative spokesman>>

Dr Anil Mehta, chair of the BMA council, said doctors were <<'exhausted and angry' @Anil
Mehta#p>>. In an interview with Sky News he warned: <<'If nothing changes, we will ballot for
further action.' @Anil Mehta>>
""",
    "uk-scotland": """
First Minister warns of <<‘constitutional crisis’ @Fiona Grant#p>> over funding

Image caption: Alistair Munro said the claims were <<‘nonsense’ @Alistair Munro#p>>

Scotland’s First Minister, Fiona Grant, has warned that a row over funding could spark a
<<‘constitutional crisis’ @Fiona Grant#p>>.

Ms Grant, who met the Prime Minister in London on Wednesday, said: <<‘I was told to my face that
Scotland would get its fair share. Now I am being told that the money <<“isn’t there” @#i>>.
Which is it?’ @Fiona Grant>>

The Scottish Secretary, Alistair Munro, dismissed the claims as <<‘nonsense on stilts’
@Alistair Munro#p>>. <<‘Scotland is receiving record funding from the UK Government,’
@Alistair Munro>> he said. <<‘The First Minister knows that perfectly well.’ @Alistair Munro>>

According to a senior SNP source, Ms Grant is preparing to take the issue to the Joint
Ministerial Committee. <<‘She is not bluffing,’ @>> the source said.

Labour’s Scottish leader, Callum Fraser, said both governments were <<‘playing games with
people’s livelihoods’ @Callum Fraser#p>>.
""",
    "uk-tube": """
Mayor blames Government for Tube strike as talks collapse

London's Mayor, Samuel Okafor, has blamed ministers for a fresh wave of Tube strikes after talks
between unions and Transport for London broke down.

<<'This dispute could have been settled weeks ago if the Government had kept its promises on
funding,' @Samuel Okafor>> said Mr Okafor.

Speaking to LBC, the Mayor added: <<'I am not going to stand here and pretend that Londoners are
not furious. They are, and they have every right to be.' @Samuel Okafor>>

The Transport Secretary, Lucy Brennan, rejected his account. <<'The Mayor is responsible for
the Tube,' @Lucy Brennan>> she said. <<'Passing the buck will not get a single train running.'
@Lucy Brennan>>

The RMT general secretary, Kevin Walsh, told reporters outside TfL's headquarters that his
members had been <<'pushed to the brink' @Kevin Walsh#p>>.

<<'We have not taken this decision lightly,' @Kevin Walsh>> Mr Walsh said. <<'But we will not
accept cuts to safety-critical jobs.' @Kevin Walsh>>

Commuters face disruption from Tuesday. One, a nurse from Walthamstow, said: <<'I just need to
get to work.' @>>
""",
    "uk-lords": """
Peers reject Government’s planning bill in fresh defeat

The House of Lords has inflicted another defeat on the Government’s flagship planning bill, with
peers voting by 241 to 187 to protect green belt land.

Lord Pemberton, the former Conservative environment minister who tabled the amendment, said:
<<‘This is not about blocking homes. It is about building the right homes in the right places.’
@Lord Pemberton>>

The Housing Minister, Matthew Carr, wrote on X that the vote was <<‘deeply disappointing’
@Matthew Carr#p>>. <<‘The Lords are standing in the way of a generation who cannot afford a
home of their own,’ @Matthew Carr>> he wrote.

Baroness Iqbal, who sits as a crossbencher, said she had voted against the Government <<‘with a
heavy heart’ @Baroness Iqbal#p>>. She told the chamber: <<‘I support more housing. I do not
support handing the countryside to developers with no strings attached.’ @Baroness Iqbal>>

The bill, nicknamed the <<‘Bulldozer Bill’ @#n>> by campaigners, will now return to the
Commons.

In a letter to MPs, the Campaign to Protect Rural England wrote: <<‘Today’s vote shows that the
countryside still has friends in Parliament.’ @Campaign to Protect Rural England>>
""",
    "uk-water": """
Minister orders inquiry into water company bonuses

By Political Staff

The Environment Secretary has ordered an independent review of bonuses paid to water company
bosses after sewage spills hit a record high last year.

Kate Ellison said she was <<'appalled' @Kate Ellison#p>> by figures showing that discharges had
risen by a third. <<'Bosses who preside over this should not be rewarded for it,' @Kate
Ellison>> Ms Ellison told Times Radio. <<'Not a penny.' @Kate Ellison>>

Pictured: The Environment Secretary, Kate Ellison, visiting the River Wye on Monday

Her opposite number, Thomas Bright, said the review was <<'too little, too late' @Thomas
Bright#p>>. Mr Bright, who represents a Devon constituency, said: <<'My constituents have been
swimming in sewage for years. A review will not clean a single beach.' @Thomas Bright>>

Water UK, which represents the industry, said companies were investing <<'record sums' @Water
UK#p>>. Its chief executive, Ruth Abara, said: <<'We accept that performance has not been good
enough.' @Ruth Abara>> She added: <<'But the answer is investment, and that is exactly what is
happening.' @Ruth Abara>>

The campaign group Surfers Against Sewage welcomed the review but warned it must not become a
<<'talking shop' @Surfers Against Sewage#p>>.

Asked whether ministers would cap bonuses, the Environment Secretary said: <<'Nothing is off the
table.' @Kate Ellison>>
""",
    "us-ukraine": """
Senate Republicans split over Ukraine aid package

WASHINGTON — Sen. Marcus Bell (R-Ohio) said Tuesday he would vote against a $40 billion aid
package for Ukraine, calling it <<“a blank check with no end in sight.” @Marcus Bell#p>>

<<“I have supported Ukraine from day one,” @Marcus Bell>> Bell said. <<“But the American people
deserve to know what the plan is, and nobody in this administration can tell me.” @Marcus Bell>>

The senator’s opposition leaves Senate Majority Leader Ray Donnelly (R-Tenn.) several votes
short. Donnelly told reporters he was <<“confident” @Ray Donnelly#p>> the bill would pass by the
end of the week.

<<“We’re going to get this done,” @Ray Donnelly>> Donnelly said. <<“Our allies are watching, and
so are our adversaries.” @Ray Donnelly>>

Democrats have largely backed the measure. Sen. Laura Kim (D-Wash.) said in a statement: <<“This
is not charity. It is an investment in our own security.” @Laura Kim>>

According to two aides familiar with the negotiations, the White House has offered to add
stricter oversight provisions. One aide said the offer was <<“serious but late.” @#p>>

Bell, asked whether any change could win his vote, said: <<“Show me the exit strategy and we can
talk.” @Marcus Bell>>
""",
    "us-border": """
House Democrats demand answers on border contracts

Rep. Elena Ruiz (D-Calif.) on Monday accused the Department of Homeland Security of hiding the
cost of new detention contracts, saying the agency had <<"stonewalled" @Elena Ruiz#p>> Congress
for months.

<<"We have asked the same questions four times and received the same non-answers four times,"
@Elena Ruiz>> Ruiz said at a news conference on Capitol Hill. <<"That is not oversight. That is
a cover-up." @Elena Ruiz>>

She said she would seek a subpoena if the documents were not handed over by Friday.

<<"The department has responded to every letter from Congress in a timely manner," @Tricia
Vaughn>> said Tricia Vaughn, a DHS spokeswoman.

Homeland Security Secretary David Ortega, appearing on <<"Fox News Sunday" @#n>> the day before,
had defended the contracts as <<"good value for taxpayers." @David Ortega#p>>

<<"Every dollar is accounted for," @David Ortega>> Ortega said. <<"Every single one." @David
Ortega>>

Rep. James Whitaker (R-Texas), chairman of the House Homeland Security Committee, said he saw no
need for a subpoena. <<"This is a fishing expedition, plain and simple," @James Whitaker>> he
said.

Ruiz said she had not ruled out an inquiry by the inspector general. <<"If they have nothing to
hide," @Elena Ruiz>> the congresswoman said, <<"they have nothing to fear." @Elena Ruiz>>
""",
    "us-california": """
Kessler signs budget, vetoes tax rebate

SACRAMENTO — Gov. Tom Kessler signed a $310 billion state budget on Thursday but vetoed a
one-time tax rebate, a move that drew immediate fire from lawmakers in both parties.

In a signing statement, Kessler wrote: <<“This budget protects schools, keeps our hospitals open
and puts money aside for the hard years ahead. @Tom Kessler>>

<<“What it cannot do is hand out checks we cannot afford. I was elected to be honest with
Californians, and that is what I am doing today.” @Tom Kessler>>

Assembly Speaker Maria Delgado, a fellow Democrat, said she was <<“deeply disappointed.” @Maria
Delgado#p>> <<“Families are struggling with the cost of living right now, not in some hard year
ahead,” @Maria Delgado>> she said.

Republican leader Brent Mayhew, who has nicknamed the governor <<“Tax-and-Spend Tom,” @#n>>
called the veto <<“a slap in the face.” @Brent Mayhew#p>>

A spokesperson for the governor, Leah Ng, said the rebate would have cost $9 billion. <<“The
math simply does not work,” @Leah Ng>> Ng said.

According to the Legislative Analyst’s Office, the state faces <<“a structural deficit of
roughly $18 billion” @Legislative Analyst’s Office#p>> next year.
""",
    "us-troops": """
Pentagon, State Department defend troop drawdown in Europe

Defense Secretary Karen Whitfield and Secretary of State Paul Navarro on Wednesday defended
plans to withdraw 8,000 U.S. troops from Europe, saying allies had been <<"warned for years."
@Karen Whitfield; Paul Navarro#p>>

<<"Nobody should be surprised by this decision," @Karen Whitfield>> Whitfield said at a Pentagon
briefing. <<"We told our partners in 2019, and we told them again last year." @Karen
Whitfield>>

Navarro, speaking alongside her, said the move was <<"a reallocation, not a retreat." @Paul
Navarro#p>>

The announcement drew sharp criticism from Sen. Robert Hale (D-Del.), a senior member of the
Armed Services Committee. Hale said: <<"This sends exactly the wrong message to Moscow at
exactly the wrong time." @Robert Hale>>

In a joint statement, the German and Polish defense ministers said they <<"regret" @#p>> the
decision.

White House press secretary Jordan Mills told reporters that President Carter had approved the
plan personally. <<"The president believes Europe can and should do more for its own defense,"
@Jordan Mills>> Mills said.

Asked whether the drawdown was linked to trade talks, the defense secretary said:
<<"Absolutely not." @Karen Whitfield>>
""",
    "us-chicago": """
Chicago mayor faces backlash over police overtime

CHICAGO — Mayor Denise Harlow is facing growing criticism from aldermen over a $120 million
police overtime bill, with one calling the city's finances <<"a house of cards." @#p>>

Ald. Victor Pruitt, who chairs the City Council's budget committee, said: <<"We were promised
overtime would come down. Instead it has doubled." @Victor Pruitt>>

Harlow defended the spending at a news conference Friday. <<"I will never apologize for keeping
Chicagoans safe," @Denise Harlow>> she said. <<"Never." @Denise Harlow>>

According to a memo obtained by the Tribune, the police department expects overtime to exceed
its budget again next year. The memo describes staffing levels as <<"critically low." @#p>>

Police Superintendent Gregory Lang tweeted that officers were working <<"double shifts, week
after week." @Gregory Lang#p>> He later told WBEZ: <<"My people are tired. They need relief, and
they need it now." @Gregory Lang>>

Some residents said the city's so-called <<"safety surge" @#n>> had made little difference.
<<"I still don't let my kids walk to school," @Tanya Brooks>> said Tanya Brooks, a mother of
three from Englewood.
""",
    "us-crypto": """
Freshman lawmaker breaks with party over crypto bill

Rep. Wesley Pike (R-Fla.), a first-term lawmaker, said Thursday he would vote against his
party’s cryptocurrency bill, becoming the first Republican to publicly oppose it.

<<“I came to Washington to protect my constituents, not the people who lobby for them,”
@Wesley Pike>> Pike said in an interview with CNN. <<“This bill was written by the industry,
for the industry.” @Wesley Pike>>

House Speaker Thomas Greer dismissed the defection. <<“One vote does not change anything,”
@Thomas Greer>> Greer said.

Pike’s office later released a statement saying the lawmaker had <<“received threats” @Pike’s
office#p>> after the interview. <<“Rep. Pike will not be intimidated,” @Aaron Feld>> his
spokesman, Aaron Feld, said in the statement.

The bill’s chief sponsor, Rep. Sandra Collins (R-Ky.), said she respected Pike but believed he
was <<“simply wrong on the facts.” @Sandra Collins#p>> She added: <<“When he says it was
<<‘written by the industry,’ @#i>> he is repeating a talking point, not reading the bill.”
@Sandra Collins>>
""",
    "us-debt": """
Carter: <<'We will not default' @Michael Carter>> as debt-limit deadline nears

President Michael Carter on Saturday vowed that the United States would not default on its
debt, even as talks with House Republicans stalled for a third day.

<<"We will not default. Not on my watch," @Michael Carter>> Carter told supporters at a rally in
Milwaukee. <<"Every bill this country owes, it will pay." @Michael Carter>>

Treasury Secretary Angela Moss has warned that the government could run out of cash by June 5.
In a letter to congressional leaders, Moss wrote that the department's options were <<"rapidly
running out." @Angela Moss#p>>

House Minority Whip Nicole Dubois (D-Mich.) blamed Republicans. According to Dubois, GOP
negotiators <<"walked away from a deal that was ninety percent done." @Nicole Dubois#p>>

Republicans tell a different story. Rep. Mark Fenton (R-Ind.), one of the negotiators, said
Democrats had refused to discuss spending caps. <<"You cannot negotiate with people who will not
put anything on the table," @Mark Fenton>> he said.

Moss, speaking later on CNBC, struck a cautious note: <<"I remain hopeful. But hope is not a
plan, and the markets know that." @Angela Moss>>
""",
    "us-ai-hearing": """
Senators grill tech executives over AI safety

WASHINGTON — Senators from both parties on Tuesday pressed the heads of three major artificial
intelligence companies on whether their products could be used to spread election
disinformation.

Sen. Patricia Okoye (D-Ga.), who chairs the Senate Commerce subcommittee, opened the hearing
with a warning. <<“We have seen this movie before,” @Patricia Okoye>> she said. <<“Social media
companies promised to police themselves, and we are still cleaning up the mess. @Patricia
Okoye>>

<<“I do not intend to make the same mistake twice.” @Patricia Okoye>>

Sen. Dale Harmon (R-Mont.) struck a different tone, warning that heavy-handed rules would hand
the lead to China. <<“If we regulate this industry into the ground, Beijing will thank us,”
@Dale Harmon>> the senator said.

Lena Varga, chief executive of Corvid Labs, told the committee her company had blocked
<<“millions” @Lena Varga#p>> of attempts to misuse its tools. <<“No system is perfect,” @Lena
Varga>> Varga said, <<“but we take this responsibility extremely seriously.” @Lena Varga>>

According to Okoye, the subcommittee will release draft legislation within weeks. Asked whether
it would include criminal penalties, she said: <<“Everything is on the table.” @Patricia
Okoye>>

Harmon, speaking to reporters afterward, called the hearing <<“productive” @Dale Harmon#p>> but
said he remained <<“skeptical of any bill written in a hurry.” @Dale Harmon#p>>
""",
}


def reflow(source: str) -> str:
    """Paragraphs separated by one blank line; a paragraph's source lines joined by spaces."""
    paragraphs = re.split(r"\n\s*\n", textwrap.dedent(source).strip())
    return "\n\n".join(" ".join(line.strip() for line in p.splitlines()) for p in paragraphs)


def parse_spec(spec: str) -> tuple[tuple[str, ...], str]:
    """``"A; B#p"`` -> (("A", "B"), "partial")."""
    names, _, kind = spec.partition("#")
    speakers = tuple(name.strip() for name in names.split(";") if name.strip())
    return speakers, KINDS[kind.strip()]


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the marks, spaces and edge punctuation around its words."""
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def strip_markers(doc: str, marked: str) -> tuple[str, list[GoldQuote]]:
    """The plain text and its gold quotes, from text marked up with ``<<TEXT @SPEC>>``."""
    pieces: list[str] = []
    length = 0
    opened: list[int] = []
    spans: list[tuple[int, int, str]] = []
    position = 0
    for marker in _MARKER.finditer(marked):
        pieces.append(marked[position : marker.start()])
        length += marker.start() - position
        position = marker.end()
        if marker.group(0) == "<<":
            opened.append(length)
        else:
            spans.append((opened.pop(), length, marker.group(1)))
    pieces.append(marked[position:])
    if opened or "<<" in "".join(pieces) or ">>" in "".join(pieces):
        raise ValueError(f"{doc}: unbalanced quote markers")
    text = "".join(pieces)
    quotes = []
    for start, end, spec in sorted(spans):
        speakers, kind = parse_spec(spec)
        word_start, word_end = trim(text, start, end)
        if word_start == word_end:
            raise ValueError(f"{doc}: empty quote at {start}")
        quote = text[word_start:word_end]
        quotes.append(GoldQuote(doc, word_start, word_end, quote, speakers, kind))
    return text, quotes


def write(directory: Path) -> tuple[int, int]:
    """Write the docs and gold files; the number of documents and of gold quotes."""
    with (
        open(directory / "news.docs.jsonl", "w", encoding="utf-8") as docs,
        open(directory / "news.gold.jsonl", "w", encoding="utf-8") as gold,
    ):
        count = 0
        for doc, marked in ARTICLES.items():
            text, quotes = strip_markers(doc, reflow(marked))
            docs.write(json.dumps({"doc": doc, "text": text}, ensure_ascii=False) + "\n")
            for q in quotes:
                record = {
                    "doc": q.doc,
                    "start": q.start,
                    "end": q.end,
                    "quote": q.quote,
                    "speakers": list(q.speakers),
                    "kind": q.kind,
                }
                gold.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
    return len(ARTICLES), count


def main() -> None:
    documents, quotes = write(HERE)
    print(f"wrote {documents} documents and {quotes} gold spans to {HERE}")


if __name__ == "__main__":
    main()

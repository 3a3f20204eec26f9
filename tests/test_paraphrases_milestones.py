"""Issue 15: every milestone rule holds on its own sentence and on paraphrases of it.

Groups: ACTIONS (which act a sentence states: joined, signed, submitted, adopted, started, contributed,
ended), the WHEN_CLAUSE ("date back to 1992, when ... joined"), PERSONAL_SERVICE (one officer's career
is no step of the country) and CARRY_CUE (a year in a sentence that names no programme belongs to the
last one when it says what the country did). Each case is (text, expected sorted (programme, year,
action)). The first case of each group is in the style the rule was written for, the others
paraphrase it; all sentences are invented. A case the rule does not yet cover is a strict xfail
naming the rule.
"""
from __future__ import annotations

import pytest

from azdata.extract import extract
from azdata.read import Article, read_text


def _milestones(text: str, published: str = "2024-01-01"):
    art = read_text(Article(article_id="t", source_file="t.txt"), f" date {published} {text}".encode())
    return sorted((m.programme, m.year, m.action) for m in extract(art).milestones)


def case(case_id: str, *values, gap: str | None = None):
    marks = [pytest.mark.xfail(strict=True, reason=f"paraphrase not covered: {gap}")] if gap else []
    return pytest.param(*values, id=case_id, marks=marks)


@pytest.mark.parametrize("text, expected", [
    # joined
    case("joined", "Azerbaijan joined the Partnership for Peace programme in 1994.", [("PfP", 1994, "joined")]),
    case("became-a-member", "Azerbaijan became a member of the Partnership for Peace in 1994.",
         [("PfP", 1994, "joined")]),
    case("member-since", "Azerbaijan has been a member of the Partnership for Peace since 1994.",
         [("PfP", 1994, "joined")]),
    case("acceded-to", "In 1994 Azerbaijan acceded to the Partnership for Peace.", [("PfP", 1994, "joined")]),
    case("entered", "Azerbaijan entered the Partnership for Peace in 1994.", [("PfP", 1994, "joined")]),
    # signed
    case("signed", "Azerbaijan signed the Partnership for Peace Framework Document in 1994.",
         [("PfP", 1994, "signed")]),
    case("was-signed-by", "The Partnership for Peace Framework Document was signed by Azerbaijan in 1994.",
         [("PfP", 1994, "signed")]),
    case("put-its-signature", "Azerbaijan put its signature to the PfP Framework Document in 1994.",
         [("PfP", 1994, "signed")]),
    # submitted
    case("submitted", "Azerbaijan submitted its first IPAP document in 2004.", [("IPAP", 2004, "submitted")]),
    case("handed-over", "Azerbaijan handed over its first IPAP document in 2004.", [("IPAP", 2004, "submitted")]),
    case("presented", "Azerbaijan presented its first IPAP document to NATO in 2004.", [("IPAP", 2004, "submitted")]),
    case("delivered", "Azerbaijan delivered its first IPAP document in 2004.", [("IPAP", 2004, "submitted")]),
    case("forwarded", "Azerbaijan forwarded its first IPAP document to NATO in 2004.", [("IPAP", 2004, "submitted")]),
    # adopted
    case("approved", "The North Atlantic Council approved the Individual Partnership Action Plan in 2005.",
         [("IPAP", 2005, "adopted")]),
    case("was-adopted", "The Individual Partnership Action Plan was adopted in 2005.", [("IPAP", 2005, "adopted")]),
    case("was-ratified", "The Individual Partnership Action Plan was ratified in 2005.", [("IPAP", 2005, "adopted")]),
    case("endorsed", "NATO endorsed the Individual Partnership Action Plan in 2005.", [("IPAP", 2005, "adopted")]),
    case("was-agreed", "The Individual Partnership Action Plan was agreed in 2005.", [("IPAP", 2005, "adopted")]),
    # started
    case("launched", "The Resolute Support Mission was launched in 2015.", [("RSM", 2015, "started")]),
    case("began", "The Resolute Support Mission began in 2015.", [("RSM", 2015, "started")]),
    case("was-set-up", "The Resolute Support Mission was set up in 2015.", [("RSM", 2015, "started")]),
    case("was-established", "The Resolute Support Mission was established in 2015.", [("RSM", 2015, "started")]),
    case("got-under-way", "The Resolute Support Mission got under way in 2015.", [("RSM", 2015, "started")]),
    # contributed
    case("served-in", "Azerbaijani troops served in ISAF from 2002.", [("ISAF", 2002, "contributed")]),
    case("deployed-to", "Azerbaijan deployed troops to ISAF in 2002.", [("ISAF", 2002, "contributed")]),
    case("sent-troops-to", "Azerbaijan sent troops to ISAF in 2002.", [("ISAF", 2002, "contributed")]),
    case("contributed-since", "Azerbaijani troops have contributed to ISAF since 2002.",
         [("ISAF", 2002, "contributed")]),
    # ended
    case("withdrew", "Azerbaijan withdrew its troops from KFOR in 2008.", [("KFOR", 2008, "ended")]),
    case("pulled-out", "Azerbaijan pulled its troops out of KFOR in 2008.", [("KFOR", 2008, "ended")]),
    case("ended-its-participation", "Azerbaijan ended its participation in KFOR in 2008.", [("KFOR", 2008, "ended")]),
])
def test_actions(text, expected):
    assert _milestones(text) == expected


@pytest.mark.parametrize("text", [
    case("date-back-to", "Relations with NATO date back to 1992, when Azerbaijan joined the North Atlantic "
         "Cooperation Council."),
    case("go-back-to", "Relations with NATO go back to 1992, when Azerbaijan joined the North Atlantic Cooperation "
         "Council."),
    case("began-in", "Cooperation with NATO began in 1992, when Azerbaijan joined the North Atlantic Cooperation "
         "Council."),
    case("started-in-month", "Ties with NATO started in March 1992, when Azerbaijan joined the North Atlantic "
         "Cooperation Council."),
    case("date-from-became-member", "Relations with NATO date from 1992, when Azerbaijan became a member of the "
         "North Atlantic Cooperation Council."),
])
def test_when_clause(text):
    assert _milestones(text) == [("NACC", 1992, "joined")]


@pytest.mark.parametrize("text", [
    case("an-officer-has-been-working", "An officer of the ministry has been working at the Partnership Staff Element "
         "since 2009."),
    case("a-senior-officer-has-worked", "A senior officer from the General Staff has worked at the Partnership Staff "
         "Element since 2009."),
    case("since-first", "Since 2009 an officer of the ministry has been working at the Partnership Staff Element."),
    case("one-azerbaijani-officer", "One Azerbaijani officer has served at the Partnership Staff Element since 2009."),
    case("an-azerbaijani-diplomat", "An Azerbaijani diplomat has been serving at the Partnership Staff Element since "
         "2009."),
    case("has-been-employed", "An officer of the ministry has been employed at the Partnership Staff Element since "
         "2009."),
])
def test_personal_service_is_no_milestone(text):
    assert _milestones(text) == []


def test_personal_service_control():
    """The country's own service is a milestone: the cases above test PERSONAL_SERVICE alone."""
    assert _milestones("Azerbaijan has been part of the Partnership Staff Element since 2009.") == [
        ("PSE", 2009, "joined")]


_OCC = "Azerbaijan joined the Operational Capabilities Concept in 2004. "


@pytest.mark.parametrize("text, expected", [
    case("contributed-in", _OCC + "In 2007 it contributed a battalion.",
         [("OCC", 2004, "joined"), ("OCC", 2007, "contributed")]),
    case("deployed-in", _OCC + "In 2007 it deployed a company for evaluation.",
         [("OCC", 2004, "joined"), ("OCC", 2007, "contributed")]),
    case("served-in", _OCC + "In 2007 its engineers served with Allied units.",
         [("OCC", 2004, "joined"), ("OCC", 2007, "contributed")]),
    case("has-contributed-since", _OCC + "It has contributed a battalion since 2007.",
         [("OCC", 2004, "joined"), ("OCC", 2007, "contributed")]),
    case("has-taken-part-since", _OCC + "Since 2007 it has taken part in evaluations.",
         [("OCC", 2004, "joined"), ("OCC", 2007, "joined")]),
])
def test_carry_cue(text, expected):
    assert _milestones(text) == expected


# ------------------------------------------------------------ a day or a month dates a milestone in a sentence with no
# event when it names the act: a leading date, the programme named with the act, or the document it modifies

@pytest.mark.parametrize("text, expected", [
    case("on-day-comma-decree-approving", "On 3 August 2005, the President signed a decree approving the Individual "
         "Partnership Action Plan.", [("IPAP", 2005, "signed")]),
    case("in-month-signed-within-framework", "In April 1996 a further document, listing the areas of cooperation, "
         "was signed within the framework of the Partnership for Peace.", [("PfP", 1996, "signed")]),
    case("document-comma-signed-on-day", "Cooperation rests on the Partnership for Peace Framework Document, signed "
         "on 4 May 1994.", [("PfP", 1994, "signed")]),
    case("programme-named-only-later", "The minister said the agreement, signed in Brussels on 9 December 2004, sets "
         "out the status of troops during PfP exercises.", []),
    case("paraphrased-programme-name", "On 3 August 2005, the President signed a decree approving an action plan on "
         "individual partnership with NATO.", [("IPAP", 2005, "signed")]),
    # ('approved' is also an event word, of type other: the day dates that event and the milestone)
    case("act-that-is-an-event-word", "On 3 August 2005, the President approved an action plan on individual "
         "partnership with NATO.", [("IPAP", 2005, "adopted")]),
])
def test_day_or_month_dated_milestones(text, expected):
    assert _milestones(text) == expected


@pytest.mark.parametrize("text, expected", [
    # another country's step in a programme is not the country's milestone
    case("another-countrys-contribution", "The exercise of 2009 is Kazakhstan's contribution to the Partnership for "
         "Peace programme.", []),
    case("another-country-offers", "The exercise follows the plan for 2009, and Kazakhstan offers it as its "
         "contribution to the Partnership for Peace.", []),
    case("another-country-became-the-first", "On 29 October 2004 Georgia became the first country whose IPAP NATO "
         "accepted.", []),
    case("another-country-signed", "Armenia signed the Partnership for Peace Framework Document in 1994.", []),
    case("home-country-named-too", "Azerbaijan, like Georgia, joined the Partnership for Peace in 1994.",
         [("PfP", 1994, "joined")]),
    # a step still to come: a year after publication, or "once <the body> ends in <year>"
    case("once-the-mission-ends", "There is good ground for cooperation once the ISAF mission ends in 2013.", []),
    case("a-year-after-publication", "Azerbaijan's contribution to the ISAF mission ended in 2025.", []),
    case("once-again", "Azerbaijan once again contributed troops to the ISAF mission in 2009.",
         [("ISAF", 2009, "contributed")]),
])
def test_another_countrys_step_or_one_to_come(text, expected):
    assert _milestones(text, "2013-06-01") == expected


@pytest.mark.parametrize("text, expected", [
    # a date that opens the sentence in a clause of its own dates the act a later clause names
    case("date-opens-then-during-visit", "On 4 May 1994, during his visit to Brussels, the President of Azerbaijan "
         "signed the Partnership for Peace Framework Document.", [("PfP", 1994, "signed")]),
    case("year-opens-then-act", "In 2004, at a ceremony in Brussels, Azerbaijan submitted its Individual Partnership "
         "Action Plan.", [("IPAP", 2004, "submitted")]),
    # a date in the middle of the sentence stays with the programme named before it
    case("date-after-the-programme", "Azerbaijan had joined the North Atlantic Cooperation Council earlier, in 1992, "
         "and began taking part in the Partnership for Peace later.", [("NACC", 1992, "joined")]),
])
def test_a_date_opening_the_sentence(text, expected):
    assert _milestones(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the NATO-led force in Kosovo named by its place, not its name: KFOR
    case("operations-in-kosovo", "From its platoon, the country served in the peacekeeping operations in Kosovo "
         "from 1999 to 2008.", [("KFOR", 1999, "contributed"), ("KFOR", 2008, "ended")]),
    case("operations-in-kosovo-dash", "Azerbaijani troops were deployed in the NATO-led force in Kosovo in 1999-2008.",
         [("KFOR", 1999, "contributed"), ("KFOR", 2008, "ended")]),
    case("two-years-not-a-span", "Azerbaijan contributed to the peacekeeping mission in Kosovo in 1999 and 2003.",
         [("KFOR", 1999, "contributed"), ("KFOR", 2003, "contributed")]),
    case("mission-in-kosovo", "Azerbaijani peacekeepers served in the NATO-led mission in Kosovo from 1999.",
         [("KFOR", 1999, "contributed")]),
    case("peacekeeping-force-in-kosovo", "A platoon of Azerbaijan joined the peacekeeping force in Kosovo in 1999.",
         [("KFOR", 1999, "joined")]),
    # NATO's partnerships began in 1991: an earlier year beside a programme dates something else
    case("year-before-partnerships", "Azerbaijan, a Partnership for Peace partner, opened its first university back in "
         "1919.", []),
    case("year-before-partnerships-since", "A PfP member, Azerbaijan has had a parliament since 1918.", []),
    # a programme in a relative clause with its own year: the year of the main clause is another act's
    case("relative-clause-dated", "The country, which entered the Partnership for Peace in 1994, formed a "
         "peacekeeping unit of its own in 1997.", [("PfP", 1994, "joined")]),
    case("relative-clause-dated-other-act", "The country, which signed the IPAP in 2005, established a new "
         "defence academy in 2008.", [("IPAP", 2005, "signed")]),
    case("programme-subject-keeps-later-year", "The Individual Partnership Action Plan, first adopted in 2005, was "
         "extended in 2008.", [("IPAP", 2005, "adopted"), ("IPAP", 2008, "adopted")]),
    # the years of a programme's cycle or period are its term, not an act
    case("cycle-of-years", "In the PARP cycle of 2003-2005, the army accepted 30 goals.", []),
    case("years-cycle", "Within the 2019-2021 IPAP cycle, the ministry reformed its logistics.", []),
    case("period-for-years", "The Individual Partnership Action Plan for the period 2017–2019 covers defence "
         "reform.", []),
    # a body that discusses the country's participation or accession on a day: a meeting, not a step
    case("discussed-participation", "On 3 June 1999 an Alliance committee discussed the country's "
         "participation in the PfP.", []),
    case("considered-accession", "In March 2001 the Council considered the accession of Azerbaijan to the PARP.",
         []),
    case("discussed-control", "In 1998 Azerbaijan signed the PfP SOFA, which the council had discussed.",
         [("SOFA", 1998, "signed")]),
    # a programme named after "will" that follows the date: a step still to come
    case("will-serve-after-the-date", "The contingent has grown since 2018, and six officers will serve at the "
         "headquarters of the Resolute Support mission.", []),
    case("cycle-control", "Azerbaijan joined the Planning and Review Process in 1997.", [("PARP", 1997, "joined")]),
])
def test_programme_named_by_place_or_dated_elsewhere(text, expected):
    assert _milestones(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "dates back to <month year>, when the country ... joined <a body>, the <programme>": the programme may come
    # clauses after the "when", and the "when" may follow the date without a comma
    case("when-programme-clauses-later", "The ties of the Alliance and Azerbaijan began in March 1992, when the "
         "country, with several other former Soviet republics, joined a new consultative body, the North "
         "Atlantic Cooperation Council.", [("NACC", 1992, "joined")]),
    case("when-without-comma", "Cooperation dates from 1992 when Azerbaijan entered a new forum, the North Atlantic "
         "Cooperation Council.", [("NACC", 1992, "joined")]),
    case("when-dash-apposition", "Ties began in March 1992 when Azerbaijan joined a newly created forum – the NACC.",
         [("NACC", 1992, "joined")]),
    # the years a stage of a programme covers are its term
    case("term-for-a-span", "NATO approved the document of the third stage of the IPAP for 2013-2014.", []),
    case("term-covering-a-span", "The Alliance endorsed the next stage of the IPAP, covering 2019-2020.", []),
    case("term-control", "The Alliance endorsed Azerbaijan's IPAP in 2019.", [("IPAP", 2019, "adopted")]),
    # a programme named in the plural ("IPAPs", "Action Plans") is the programme
    case("plural-abbreviation", "IPAPs were first launched in 2002 to complement the Individual Partnership "
         "Programmes.", [("IPAP", 2002, "started")]),
    case("plural-name", "Individual Partnership Action Plans were introduced in 2002 as a step beyond the Partnership "
         "for Peace.", [("IPAP", 2002, "started")]),
    case("act-after-the-date", "In 1996, Azerbaijan presented the Individual Partnership Programme.",
         [("IPP", 1996, "submitted")]),
    # the upper-case spelling of older wire copy
    case("upper-case-pfp", "In May 1994 Azerbaijan signed the framework document on joining PFP.",
         [("PfP", 1994, "signed")]),
    # a span of years opening the sentence dates the act the clause after it names
    case("span-opens-the-sentence", "From 1999 to 2008, Azerbaijani troops served in the NATO-led operation in Kosovo "
         "(KFOR).", [("KFOR", 1999, "contributed"), ("KFOR", 2008, "ended")]),
    case("between-span", "Between 2002 and 2014, Azerbaijani soldiers served in ISAF.",
         [("ISAF", 2002, "contributed"), ("ISAF", 2014, "ended")]),
    # an act after "and later" or "then" is not dated by the year before it
    case("and-later", "In 1994 Azerbaijan joined NATO's peacekeeping programme and later sent troops to the "
         "peacekeeping mission in Kosovo.", []),
    case("and-subsequently", "In 1996 the country signed the IPP and subsequently took part in the PARP.",
         [("IPP", 1996, "signed")]),
    # NATO's own act, or another country's plan, carries no year to the last programme
    case("nato-launched-another-thing", _OCC + "In 2014 NATO launched a package of steps to help Georgia.",
         [("OCC", 2004, "joined")]),
    case("another-countrys-plan-then-the-plan", "Armenia's ministers discussed Armenia's new Individual Partnership "
         "Action Plan with NATO. The plan was launched in 2005.", []),
    # translated names of the PfP's planning process and presentation document ("SNT" for PfP)
    case("planning-and-analysis-process", "In 1997 Azerbaijan joined the planning and analysis process.",
         [("PARP", 1997, "joined")]),
    case("snt-presentation-document", "Azerbaijan presented the SNT presentation document in 1996.",
         [("PfP Presentation Document", 1996, "submitted")]),
])
def test_real_page_milestone_shapes(text, expected):
    assert _milestones(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the act between a programme and the date is that programme's only when it is the last one named before it
    case("the-last-programme-before-the-date", "In 1992 Azerbaijan joined the North Atlantic Cooperation Council "
         "(renamed the Euro-Atlantic Partnership Council in 1997).", [("EAPC", 1997), ("NACC", 1992)]),
    case("second-act-own-programme", "Azerbaijan joined the Partnership for Peace in 1994 and agreed to send "
         "troops to KFOR in 1999.", [("KFOR", 1999), ("PfP", 1994)]),
])
def test_which_programme_a_year_dates(text, expected):
    assert [m[:2] for m in _milestones(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "<year>, when <act on a programme>, <another year> ...": the "when" clause is the first year's; the second
    # year opens a statement of its own and dates no step of that programme
    case("when-clause-then-a-year-of-news", "For Azerbaijan's ties with NATO, which go back to 1994, when Baku joined "
         "the Partnership for Peace programme, 2023 brought no breakthrough.", [("PfP", 1994)]),
    case("when-clause-then-a-year-of-news-and", "Cooperation dates back to May 1994, when Azerbaijan joined the "
         "Partnership for Peace, and the year 2025 brought new talks.", [("PfP", 1994)]),
    case("when-clause-then-a-year-signed", "Cooperation, which began in 1996, when the country signed the "
         "Individual Partnership Programme, reached a new stage in 2022.", [("IPP", 1996)]),
    # (a second programme named inside the clause keeps its own year)
    case("when-clause-renamed-body", "Contacts go back to March 1992, when Azerbaijan joined a new forum, the North "
         "Atlantic Cooperation Council (the Euro-Atlantic Partnership Council since 1997).",
         [("EAPC", 1997), ("NACC", 1992)]),
])
def test_a_when_clause_belongs_to_the_year_before_it(text, expected):
    assert sorted(m[:2] for m in _milestones(text, "2025-12-30")) == sorted(expected)

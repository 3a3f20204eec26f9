"""azdata.extract.milestones: programme milestones on small hand-written texts."""
import pytest

from azdata import resources, schema
from azdata.extract import extract
from azdata.read import Article, read_text


def _extract(text: str):
    art = read_text(Article(article_id="t", source_file="t.txt"), text.encode())
    return extract(art)


def test_milestones_are_anchored_to_the_programme_in_their_clause():
    x = _extract(" date 2021-11-16 Relations with NATO date back to 1992, when Azerbaijan joined the North "
                 "Atlantic Cooperation Council, a forum replaced in 1997 by the Euro-Atlantic Partnership Council. "
                 "The Individual Partnership Action Plan, first adopted in 2005 and now in its fourth cycle, and "
                 "the country's contribution to ISAF were discussed.")
    assert sorted((m.programme, m.year) for m in x.milestones) == [("EAPC", 1997), ("IPAP", 2005), ("NACC", 1992)]


# issue 16: one milestone fact per programme, year and sentence (the more specific act), and a
# planned, expected or hoped-for step is no milestone
@pytest.mark.parametrize("text, expected", [
    pytest.param("Cooperation started in 1992, when Azerbaijan joined the North Atlantic Cooperation Council.",
                 [("NACC", 1992, "joined")], id="joined-and-started-nacc"),
    pytest.param("Azerbaijan joined the Partnership for Peace programme in 1994, which started its practical "
                 "cooperation with the Alliance in 1994.", [("PfP", 1994, "joined")], id="joined-and-started-pfp"),
    pytest.param("Some 25 Alliance experts would come to Ganja in June 2026 for the yearly Planning and Review "
                 "Process (PARP) review.", [], id="would-visit-parp"),
    pytest.param("A team of evaluators is to arrive in March 2027 to assess the PARP goals.", [], id="is-to-parp"),
    pytest.param("The country plans to submit its next IPAP document in 2026.", [], id="plans-to-ipap"),
    pytest.param("Baku is expected to host the NATO Days event in October 2026.", [], id="expected-to-nato-days"),
    pytest.param("The new Individual Partnership Action Plan will be adopted in 2027.", [], id="will-ipap"),
    pytest.param("Azerbaijan submitted its first IPAP document in 2004.", [("IPAP", 2004, "submitted")],
                 id="past-ipap-kept"),
    pytest.param("The engineering unit, set up as a platoon in 1999 and enlarged to a company in 2003, and the "
                 "lessons of ISAF are expected to guide its training.", [], id="hope-about-the-programme"),
    pytest.param("Cyber experts, formed as a team in 2012 and made a centre in 2016, and the KFOR experience "
                 "will help the new unit.", [], id="will-about-the-programme"),
    pytest.param("In 2005 parliament approved the Agreement between the Parties to the North Atlantic Treaty and "
                 "the countries of the Partnership for Peace on the Status of their Forces (PfP SOFA).",
                 [("SOFA", 2005, "adopted")], id="bracketed-abbreviation-closes-the-name"),
    pytest.param("Its troops served with the International Security Assistance Force (ISAF) from 2003 and then "
                 "with Resolute Support until 2020.", [("ISAF", 2003, "contributed"), ("RSM", 2020, "contributed")],
                 id="bracket-of-another-clause-part"),
    pytest.param("The minister took part in the ISAF meeting on 14 February 2026 in Brussels.", [],
                 id="a-meeting-of-isaf"),
    pytest.param("The defence minister attended the NATO Days meeting in Ostrava on 21 September 2025.", [],
                 id="a-meeting-of-nato-days"),
])
def test_milestones_one_per_sentence_and_never_planned(text, expected):
    x = _extract(" date 2026-03-01 " + text)
    assert sorted((m.programme, m.year, m.action) for m in x.milestones) == expected


# the programme nearest a date is measured from the date's whole span: a name right after a long
# date ("on 18 September 1996 handed the X") is nearer than one a few words before it
@pytest.mark.parametrize("text, expected", [
    pytest.param("The president noted that he signed the Partnership for Peace Framework Document in 1994 and on "
                 "18 September 1996 handed the PfP Presentation Document to the Alliance.",
                 [("PfP", 1994), ("PfP Presentation Document", 1996)], id="name-after-a-long-date"),
    pytest.param("Azerbaijan signed the Partnership for Peace Framework Document in 1994 and on 11 February 2019 "
                 "presented the PfP Presentation Document in its new form.",
                 [("PfP", 1994), ("PfP Presentation Document", 2019)], id="another-year-and-day"),
])
def test_programme_nearest_the_whole_date(text, expected):
    x = _extract(" date 2026-03-01 " + text)
    assert sorted((m.programme, m.year) for m in x.milestones) == expected


def test_the_acts_of_milestone_actions_csv_are_the_tables_acts():
    acts = [action for action, _ in resources.milestone_actions()]
    assert set(acts) | {"other"} == set(schema.ACTIONS)
    ranked = sorted(acts + ["other"], key=resources.action_rank)
    assert ranked == ["signed", "submitted", "adopted", "renamed", "joined", "contributed", "ended", "started", "other"]


# --- which act: the explicit verb over a bare "since", and words that only look like an act (issue 15) ---

def _acts(text: str):
    art = read_text(Article(article_id="t", source_file="t.txt"), f" date 2024-01-01 {text}".encode())
    return sorted((m.programme, m.year, m.action) for m in extract(art).milestones)


@pytest.mark.parametrize("text, expected", [
    # an act named in the clause wins over its "since"
    ("Azerbaijani engineers have served with KFOR since 2001.", [("KFOR", 2001, "contributed")]),
    ("Azerbaijan has contributed a company to the OCC since 2010.", [("OCC", 2010, "contributed")]),
    # "since" alone still means the country has been in since then
    ("Azerbaijan has been in the PARP since 1997.", [("PARP", 1997, "joined")]),
    ("Azerbaijan has been a partner in the OCC since 2005.", [("OCC", 2005, "joined")]),
    # "agreed to join" is joining; "a jointly agreed plan" adopts nothing
    ("Azerbaijan agreed to join the PARP in 1997.", [("PARP", 1997, "joined")]),
    ("In 1997 the country agreed to join the PARP.", [("PARP", 1997, "joined")]),
    ("Azerbaijan joined the OCC in 2004 and completed its evaluation.", [("OCC", 2004, "joined")]),
    # ending a participation is ended, whoever ends it
    ("Azerbaijan ended its participation in ISAF in 2014.", [("ISAF", 2014, "ended")]),
    ("The country ended their participation in KFOR in 2008.", [("KFOR", 2008, "ended")]),
])
def test_the_act_a_clause_names(text, expected):
    assert _acts(text) == expected

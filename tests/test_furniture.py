"""Page furniture set aside, truncated pages flagged: the reading stage on invented pages.

Each page is written for this test in the shapes real news sites print around a story (menus,
share widgets, related-story lists, cookie and script notices, footers, other-language lines,
repeated headlines, photo credits). The story's paragraphs must be exactly the body; furniture
is counted in ``furniture_lines`` and stays in ``Article.text`` (offsets point into the file).
"""
from __future__ import annotations

import pytest

from azdata.extract import extract
from azdata.read import Article, read_text

STORY = [
    "The Chief of the General Staff received a delegation of the Alliance's military committee and "
    "discussed the training of the units that the army has declared to the partnership programme.",
    "The guests were briefed on the reforms in military education and visited the staff college.",
    "At the end of the visit, both sides said they would meet again in the spring.",
]


def _read(text: str) -> Article:
    return read_text(Article(article_id="t", source_file="t.txt"), text.encode("utf-8"))


def _body(art: Article) -> list[str]:
    return [art.text[s:e] for s, e in art.paragraphs]


def _page(top: list[str], bottom: list[str], story=STORY) -> str:
    return "\n".join(top) + "\n\n" + "\n\n".join(story) + "\n\n" + "\n".join(bottom) + "\n"


FURNITURE = [
    # (lines above the story, lines below it, how many of them are furniture, headline)
    pytest.param(["Home", "News", "Politics", "Economy", "Society", "Sport", "Contacts",
                  "Alliance delegation visits the staff college", "18 March 2024 17:24 (UTC+04:00)"],
                 [], 7, "Alliance delegation visits the staff college", id="section-menu-run"),
    pytest.param(["Main » Politics » Alliance delegation visits the staff college",
                  "Alliance delegation visits the staff college"],
                 ["Share", "Tweet", "Print", "Follow us on Telegram"], 5,
                 "Alliance delegation visits the staff college", id="breadcrumb-and-share-widget"),
    pytest.param(["This website uses cookies to make your visit better. Accept all cookies",
                  "Please enable JavaScript to see the comments",
                  "Alliance delegation visits the staff college"],
                 [], 2, "Alliance delegation visits the staff college", id="cookie-and-script-notices"),
    pytest.param(["Alliance delegation visits the staff college"],
                 ["Related news", "Farmers brace for a dry summer in the south", "A new bridge opens over the river",
                  "Read more: Cadets of the naval school take their exams"], 4,
                 "Alliance delegation visits the staff college", id="related-stories-list"),
    pytest.param(["Alliance delegation visits the staff college"],
                 ["Minister of Foreign Affairs meets the envoy of the Union in Brussels",
                  "Farmers in the south expect a record harvest of wheat this year",
                  "A new line of the metro will open in the capital next spring"], 3,
                 "Alliance delegation visits the staff college", id="headlines-of-other-stories-without-a-heading"),
    pytest.param(["Alliance delegation visits the staff college"],
                 ["Leave a comment", "Name *", "Email *", "Website", "Post comment"], 5,
                 "Alliance delegation visits the staff college", id="comment-form"),
    pytest.param(["Alliance delegation visits the staff college"],
                 ["Xəbər lentində gündəlik yeniliklər və ölkənin ən son hadisələri barədə məlumat verilir",
                  "Все права защищены, перепечатка материалов только со ссылкой на сайт",
                  "Copyright © 2024 Example Media. All rights reserved."], 3,
                 "Alliance delegation visits the staff college", id="other-language-lines-and-copyright"),
    pytest.param(["Alliance delegation visits the staff college",
                  "Alliance delegation visits the staff college The Chief of the General Staff received a "
                  "delegation of the Alliance's military committee and discussed the tr",
                  "12.10.2021 [19:23]", "Alliance delegation visits the staff college"],
                 [], 2, "Alliance delegation visits the staff college", id="repeated-headline-and-teaser"),
    pytest.param(["Alliance delegation visits the staff college",
                  "Officers of both sides at the college entrance / Press service"],
                 [], 1, "Alliance delegation visits the staff college", id="photo-credit"),
    pytest.param(["• Homepage", "• Alliance delegation visits the staff college", "• Print version",
                  "Alliance delegation visits the staff college"],
                 ["Tags: army, alliance, education", "Most read", "Views: 1290"], 6,
                 "Alliance delegation visits the staff college", id="bullets-tags-counters"),
    pytest.param(["Alliance delegation visits the staff college"],
                 ["Related articles", "Editor's choice", "Farmers brace for a dry summer, the weather service says.",
                  "Farmers brace for a dry summer, the weather service says.",
                  "The weather service expects the driest summer in a decade and has asked farmers in the south "
                  "to save water for the autumn sowing."], 5,
                 "Alliance delegation visits the staff college", id="prose-teasers-under-a-related-heading"),
    pytest.param(["Alliance delegation visits the staff college"],
                 ["You may also like:", "The new season of the opera house opens with a premiere, and tickets for "
                  "the first night were sold out within a day."], 2,
                 "Alliance delegation visits the staff college", id="you-may-also-like"),
    pytest.param(["Alliance delegation visits the staff college"],
                 ["Leave a Reply", "Fill in your details below or click an icon to log in:",
                  "You are commenting using your account. Log Out /  Change )",
                  "You are commenting using your Twitter account. Log Out /  Change )"], 4,
                 "Alliance delegation visits the staff college", id="comment-form-of-a-blog"),
    pytest.param(["Alliance delegation visits the staff college"],
                 ["Connect with us. Get latest news and updates.", "Recommend news to friend"], 2,
                 "Alliance delegation visits the staff college", id="connect-with-us"),
    pytest.param(["Alliance delegation visits the staff college"],
                 ["photo: The chief of staff and the envoy of the Alliance at the entrance of the staff college on "
                  "3 May (picture courtesy of the ministry's press service)."], 1,
                 "Alliance delegation visits the staff college", id="long-lower-case-photo-caption"),
]


@pytest.mark.parametrize("top, bottom, n_furniture, title", FURNITURE)
def test_furniture_is_set_aside(top, bottom, n_furniture, title):
    text = _page(top, bottom)
    art = _read(text)
    assert _body(art) == STORY
    assert art.title == title
    assert art.furniture_lines == n_furniture
    for line in top + bottom:  # nothing is cut out: offsets still point into the decoded file
        assert line.strip() in art.text
    assert not art.truncated


# a subscription, donation or "support our journalism" appeal: prose sentences, with verbs, that speak to the
# reader in the vocabulary of paying for the news (resources/appeal_words.csv)
HEAD = ["Alliance delegation visits the staff college"]
APPEALS = [
    # (lines above the story, lines below it, how many of them are furniture)
    pytest.param(HEAD, ["Here we are to serve you with news right now. It does not cost much, but worth your "
                        "attention.",
                        "Choose to support open, independent, quality journalism and subscribe on a monthly basis.",
                        "By subscribing to our online newspaper, you can have full digital access to all news, "
                        "analysis, and much more.",
                        "You can also follow the paper on Twitter or Facebook",
                        "Thank you!"], 5, id="a-syndicated-paper's-subscription-boilerplate"),
    pytest.param(HEAD, ["Good reporting on the region takes time and money. If you value what we publish, please "
                        "consider a monthly donation: every contribution helps our small newsroom stay on the story."],
                 1, id="a-donation-appeal-in-one-paragraph"),
    pytest.param(HEAD, ["Become a member today.", "Your support keeps our journalism free for every reader, with no "
                        "paywall and no owner to please."], 2, id="a-membership-appeal-over-two-lines"),
    pytest.param(HEAD, ["Support independent journalism in the Caucasus. Donate now."], 1,
                 id="imperative-appeal"),
    pytest.param(["Dear reader, our journalism depends on people like you. Please support us with a donation of "
                  "any size, once or every month.", *HEAD], [], 1, id="an-appeal-above-the-headline"),
    pytest.param(HEAD, ["Subscribe to our newsletter and you will receive the most important stories of the day "
                        "in your inbox every morning, free of charge."], 1, id="a-newsletter-pitch-with-a-verb"),
]


@pytest.mark.parametrize("top, bottom, n_furniture", APPEALS)
def test_an_appeal_to_the_reader_is_furniture(top, bottom, n_furniture):
    art = _read(_page(top, bottom))
    assert _body(art) == STORY
    assert art.title == HEAD[0]
    assert art.furniture_lines == n_furniture


@pytest.mark.parametrize("paragraph", [
    "The Alliance has supported courses for journalists from the region, the embassy said, and will fund "
    "two more of them next year.",
    "“We ask you to support our reforms and to see what our soldiers contribute,” the minister told the guests.",
    "How do you assess the support and the contribution of the country's units to the missions of the Alliance?",
    "The independent newspaper, which has no paywall, was founded by a group of reporters in 2005, the "
    "ambassador recalled.",
])
def test_a_story_paragraph_with_appeal_words_stays_body(paragraph):
    story = STORY[:2] + [paragraph] + STORY[2:]
    art = _read(_page(HEAD, [], story=story))
    assert _body(art) == story


# an author's bio above or below the story: who wrote it, not what it reports (no person, no event)
BIOS = [
    # (lines above the story, lines below it, how many of them are furniture, the bio's surname)
    pytest.param([*HEAD, "Leyla Mammadova is a journalist covering defence and security in the South Caucasus."], [],
                 1, "Mammadova", id="one-line-bio-under-the-headline"),
    pytest.param(HEAD, ["About the author", "Rashad Aliyev is a senior fellow at a think tank in Baku who writes "
                        "on the partnerships of the Alliance."], 2, "Aliyev", id="about-the-author-block-below"),
    pytest.param(HEAD, ["Kenan Ismayilov is a freelance reporter based in Ganja. He has written about the army and "
                        "its reforms since 2015."], 1, "Ismayilov", id="two-sentence-bio-below-without-a-heading"),
    pytest.param(HEAD, ["ABOUT THE AUTHORS Elvin Guliyev is a researcher at a university in Baku. Nigar Hasanova "
                        "is a lecturer in international relations at the same university."], 1, "Guliyev",
                 id="authors-heading-run-into-the-bios"),
    pytest.param([*HEAD, "Dr. Farid Safarli is Visiting Fellow in Security Studies at an institute in Brussels and "
                  "the author of two books on the region."], [], 1, "Safarli", id="bio-with-a-title-before-the-name"),
    pytest.param(HEAD, ["Tural Ahmadov covers politics and the army for the paper from its office in Baku."], 1,
                 "Ahmadov", id="bio-with-a-reporting-verb"),
]


@pytest.mark.parametrize("top, bottom, n_furniture, surname", BIOS)
def test_an_author_bio_is_furniture(top, bottom, n_furniture, surname):
    art = _read(_page(top, bottom))
    assert _body(art) == STORY
    assert art.title == HEAD[0]
    assert art.furniture_lines == n_furniture
    x = extract(art)
    assert surname not in {p.surname for p in x.people}
    assert not any(surname in e.summary for e in x.events)


def test_a_person_introduced_inside_the_story_stays_body():
    story = [STORY[0], "Farhad Mammadov is a political analyst at a research centre in Baku. He said the visit "
             "showed how far the training of the units had come.", *STORY[1:]]
    art = _read(_page(HEAD, [], story=story))
    assert _body(art) == story


def test_a_person_named_only_in_a_latest_news_list_is_not_read():
    text = _page(["Alliance delegation visits the staff college", "18 March 2024 17:24 (UTC+04:00)"],
                 ["Latest news", "President Emmanuel Macron meets Chancellor Olaf Scholz in Paris", "17.Mar.2024",
                  "Minister Sergei Lavrov speaks at a forum in Sochi", "16.Mar.2024",
                  "Ceasefire talks continue in the region", "15.Mar.2024"],
                 story=["Colonel General Karim Valiyev, Chief of the General Staff, has met Lieutenant General "
                        "Janusz Brzozowski, Director of the Alliance's military staff, in Baku.", *STORY[1:]])
    art = _read(text)
    names = {p.surname for p in extract(art).people}
    assert {"Valiyev", "Brzozowski"} <= names
    assert not names & {"Macron", "Scholz", "Lavrov"}
    assert str(art.published) == "2024-03-18"


def test_a_person_named_only_below_a_related_heading_is_not_read():
    text = _page(["Alliance delegation visits the staff college"],
                 ["Related articles", "Minister Sergei Lavrov said on Monday that the talks in Geneva would go on "
                  "for another week, his office said."],
                 story=["Colonel General Karim Valiyev, Chief of the General Staff, has met Lieutenant General "
                        "Janusz Brzozowski, Director of the Alliance's military staff, in Baku.", *STORY[1:]])
    art = _read(text)
    names = {p.surname for p in extract(art).people}
    assert {"Valiyev", "Brzozowski"} <= names
    assert "Lavrov" not in names


def test_hard_wrapped_lines_make_one_paragraph():
    text = ("NATO course opens\n\nA course on the protection of borders sponsored by the Alliance got\n"
            "under way on Monday for officers of the land forces, officials said.\n\n"
            "It is run by instructors of a member state within the Partnership for\n"
            "Peace programme and lasts four days.\n")
    art = _read(text)
    assert [p.replace("\n", " ") for p in _body(art)] == [
        "A course on the protection of borders sponsored by the Alliance got under way on Monday for officers "
        "of the land forces, officials said.",
        "It is run by instructors of a member state within the Partnership for Peace programme and lasts four days."]


def test_a_bullet_that_is_prose_is_body():
    story = STORY[:2] + ["• On 3-5 June 2019, a seminar on security in the region, with speakers from the "
                         "parliaments of the member states and of the partner countries, was held in the capital."]
    art = _read(_page(["• Homepage", "• Contacts", "Alliance delegation visits the staff college"], [], story=story))
    assert _body(art) == story


# ------------------------------------------------------------------ truncation

FOOTER = ["Share", "Copyright © 2024 Example Media"]
TRUNCATION = [
    # (last paragraph of the story, lines after it, truncated?)
    pytest.param("The sides agreed to continue the talks in the spring of the next year, the ministry said.",
                 FOOTER, False, id="full-stop"),
    pytest.param("“We will continue this work,” the minister said.", FOOTER, False, id="quote-then-full-stop"),
    pytest.param("The minister thanked the guests for “the excellent cooperation”", FOOTER, False,
                 id="closing-quote"),
    pytest.param("Is the partnership ready for the next step?", FOOTER, False, id="question-mark"),
    pytest.param("The sides agreed to continue the talks in the spring of the next year, and the", [], True,
                 id="stops-in-the-word-the"),
    pytest.param("The sides agreed to continue the talks in the spring of the next year, and the guests vis", [],
                 True, id="stops-mid-word"),
    pytest.param("The sides agreed to continue the talks in the spring of the next year, and the guests vis",
                 ["Latest news", "Farmers brace for a dry summer", "Copyright © 2024 Example Media"], True,
                 id="footer-does-not-hide-the-cut"),
    pytest.param("The sides agreed to continue the talks in the spring of the next year, the ministry said.",
                 ["Latest news", "Farmers brace for a dry summer", "Share"], False, id="footer-after-a-full-stop"),
    # (a related-list heading on a block of its own below the cut: the cut paragraph is still the story's)
    pytest.param("On Monday the Secretary General will hold talks with the foreign minister and the defence minister "
                 "on the reforms of the arm", ["Further news", "", "• Delegation travels to Strasbourg for talks",
                                    "• New road link opens between two regions"], True,
                 id="cut-above-a-related-heading-block"),
    pytest.param("The visit ended with", [], True, id="short-fragment-at-the-end-of-the-page"),
    pytest.param("He also noted that the talks", [], True, id="six-words-at-the-end-of-the-page"),
    pytest.param("“We are ready to go on with this work together with our partners in the", [], True,
                 id="cut-inside-a-quotation"),
    pytest.param("During the visit, the Chief of Staff also met Deputy Assistant Secretary General Anna Berg and "
                 "Special Representative Carl Lund, who lead the partnership progra", [], True,
                 id="long-capitalised-sentence-cut"),
    pytest.param("The talks will continue next month, the ministry said. -0-", FOOTER, False, id="wire-end-mark"),
    pytest.param("The talks will continue next month, the ministry said.*", FOOTER, False, id="asterisk-end-mark"),
    pytest.param("The talks will continue next month, the ministry said. (END)", [], False, id="end-in-brackets"),
]


def test_a_subscription_line_above_a_related_heading_is_no_cut_story():
    # "Stay up to date with our news on the channel" (no final mark) over "Latest": a widget, not the story cut short
    art = _read(_page(["Alliance delegation visits the staff college"],
                      ["Stay up-to-date with more news at our Telegram channel", "", "Latest", "",
                       "• Delegation travels to Strasbourg for talks", "• New road link opens between two regions"]))
    assert _body(art) == STORY
    assert art.truncated is False


@pytest.mark.parametrize("last, bottom, truncated", TRUNCATION)
def test_truncation(last, bottom, truncated):
    art = _read(_page(["Alliance delegation visits the staff college"], bottom, story=STORY[:2] + [last]))
    assert _body(art)[-1] == last
    assert art.truncated is truncated
    assert any("stops mid-sentence" in p for p in art.problems) is truncated
    if truncated:
        assert art.status == "warning"


CUT_NAMES = [
    # (the last paragraph, cut short inside a name; what of it is kept; the names that stay)
    pytest.param("The guests were later received by Lieutenant General Adam", "The guests were later received by ",
                 [], id="rank-and-first-name"),
    pytest.param("The minister also met the head of the NATO liaison office, Colonel Jan Ko",
                 "The minister also met the head of the NATO liaison office, ", [], id="cut-inside-the-surname"),
    pytest.param("It was followed by talks that Ilham Aliyev held with Secretary General Mark",
                 "It was followed by talks that Ilham Aliyev held with ", ["Ilham Aliyev"], id="office-and-first-name"),
    pytest.param("The exercise is to be held near Baku", "The exercise is to be held near Baku", [],
                 id="one-word-is-kept"),
    # a number the cut runs through, and the month or name before it: "in April 2" may have been a year
    pytest.param("They restated it at the next summit in April 2", "They restated it at the next summit in", [],
                 id="cut-inside-a-year"),
    pytest.param("The drills will bring together more than 1", "The drills will bring together more than", [],
                 id="cut-inside-a-count"),
    pytest.param("The talks are set to resume on 1", "The talks are set to resume on", [], id="cut-inside-a-day"),
]


@pytest.mark.parametrize("last, kept, names", CUT_NAMES)
def test_a_name_the_cut_runs_through_is_not_read(last, kept, names):
    art = _read(_page(["Alliance delegation visits the staff college"], [], story=STORY[:2] + [last]))
    assert art.truncated
    assert _body(art)[-1] == kept.rstrip()
    assert [p.name for p in extract(art).people if p.name in last] == names


@pytest.mark.parametrize("top, between", [
    pytest.param(['"Strength lies in unity, and unity in a strong army!"', "A Founding Leader",
                  "20 April 2018 13:13", "Alliance delegation visits the staff college"], None,
                 id="slogan-above-the-head"),
    pytest.param(["Alliance delegation visits the staff college"], "Read also: Cadets of the naval school take exams",
                 id="short-lead-then-a-read-also-line"),
])
def test_the_body_starts_at_the_lead(top, between):
    lead = "The chief of staff met the envoy of the Alliance, the ministry said."
    story = [lead, between, *STORY[1:]] if between else [lead, *STORY[1:]]
    art = _read(_page(top, [], story=story))
    assert _body(art) == [lead, *STORY[1:]]
    assert art.title == "Alliance delegation visits the staff college"


# ------------------------------------------------------------------ hard-wrapped pages (mailing-list and wire copies)

def _wrapped(paragraph: str, width: int) -> str:
    import textwrap
    return textwrap.fill(paragraph, width)


WRAPPED_STORY = [
    "The defence ministers of three partner nations will take part in a staff exercise that the "
    "alliance's civil emergency centre organises together with the host nation in the autumn, the "
    "ministry said on its website.",
    "Besides the host, the exercise will bring in officers from the United States, the United Kingdom, "
    "Norway, North Macedonia, Bosnia and Herzegovina and the Partnership for Peace (PfP) programme's "
    "newest members, who have sent small teams of experts.",
    "The first phase runs from the middle of September, the second in the spring of the following "
    "year, when field teams from the Western Balkans join the rescue units on the ground.",
]


@pytest.mark.parametrize("width", [64, 70, 76], ids=["wrapped-at-64", "wrapped-at-70", "wrapped-at-76"])
def test_a_hard_wrapped_page_keeps_its_paragraphs_whole(width):
    """A line cut at the page's width runs on into the next even when the next begins with a capital
    ("the United" / "States") or the line ends with a bracket; a blank line still ends the paragraph."""
    text = ("Exercise planned for the autumn\n\n" + "\n\n".join(_wrapped(p, width) for p in WRAPPED_STORY)
            + "\n\nShare\n")
    art = _read(text)
    assert [" ".join(p.split()) for p in _body(art)] == WRAPPED_STORY


def test_short_lines_of_an_unwrapped_page_are_not_joined_by_the_wrap_rule():
    """Menus and headlines of a page that is not hard-wrapped stay apart from the story."""
    art = _read(_page(["Home", "Politics", "Alliance delegation visits the staff college"], ["Share"]))
    assert _body(art) == STORY
    assert art.title == "Alliance delegation visits the staff college"


@pytest.mark.parametrize("cut_at", [70, 120, 170])
def test_a_story_printed_twice_and_cut_in_its_copy_counts_once(cut_at):
    """Forum and aggregator copies print a story twice; a saved page cut inside the second copy leaves
    the start of a paragraph above: set aside as a copy (its facts not doubled), the page still cut."""
    first = STORY[0]
    copy = first[:cut_at].rstrip()
    art = _read(_page(["Alliance delegation visits the staff college"], ["Alliance delegation visits the staff "
                                                                          "college", copy], story=STORY))
    assert _body(art) == STORY
    assert art.truncated is True
    assert any("stops mid-sentence" in p for p in art.problems)


def test_a_lead_that_a_later_paragraph_only_begins_like_is_kept():
    # two paragraphs opening with the same words are not copies unless one is the start of the other
    other = STORY[0][:80] + " and agreed on a new training plan for the next year."
    art = _read(_page(["Alliance delegation visits the staff college"], [], story=STORY + [other]))
    assert _body(art) == STORY + [other]


@pytest.mark.parametrize("heading", ["6 November 2001", "NOVEMBER 6, 2001", "November 6, 2001"])
def test_a_day_by_day_log_dates_each_paragraph_by_its_heading(heading):
    """Press-office pages log an exercise day by day: a bare date on its own line, then what happened."""
    second = heading.replace("6", "8")
    page = (" date 2001-11-20 Exercise news\n\nExercise log\n\n" + heading + "\n\n"
            "Participants held a press conference at the exercise site for the local media. "
            "Major Anna Berg, the press officer, opened the conference with a briefing on the plan.\n\n"
            + second + "\n\n"
            "Troops from eighteen nations came together in Baku for the opening ceremony of the exercise. "
            "The speakers at the ceremony were Colonel General Safar Abiyev and General Jan Novak.\n")
    art = _read(page)
    x = extract(art)
    got = [(e.event_type, str(e.date_start), sorted(x.people[p].surname for p, _ in e.people)) for e in x.events]
    assert got == [("conference", "2001-11-06", ["Berg"]), ("ceremony", "2001-11-08", ["Abiyev", "Novak"])]


@pytest.mark.parametrize("heading", ["Statement by NATO Secretary General Anna Berg", "Remarks by Anna Berg, NATO "
                                     "Deputy Secretary General", "Speech of NATO Secretary General Anna Berg",
                                     # a long heading, the speaker's whole office in it
                                     "Remarks by the Special Representative of the NATO Secretary General for the "
                                     "South Caucasus and Central Asia, Anna Berg, to the press"])
def test_a_statement_heading_names_the_speaker_of_what_follows(heading):
    """Transcript pages head each statement with its speaker; the heading stays in the story, and what the
    speaker then says with "we"/"our" about a meeting makes the speaker a participant of it."""
    page = (" date 2014-01-15 Official site\nHome | News | Speeches\nJoint press statements after the talks\n\n"
            + heading + "\n\n- Mr. President.\n\nWelcome back to Brussels.\n\n"
            "Today's meeting shows the commitment that both of us have to our partnership, and we will build on it "
            "in the months ahead.\n")
    art = _read(page)
    assert _body(art)[0] == heading
    assert art.title == "Joint press statements after the talks"
    x = extract(art)
    assert [(e.event_type, str(e.date_start), [x.people[p].surname for p, _ in e.people]) for e in x.events] == [
        ("meeting", "2014-01-15", ["Berg"])]


@pytest.mark.parametrize("cut, rest", [
    ("After the capital, the delegation will travel to the coast on 19 May, where it is to meet the Governor and "
     "the Mayor", "Anna Kowalska."),
    ("The envoy, who arrived on Monday, held talks with the Minister of Defence and the Chief of the General",
     "Staff."),
])
def test_a_prose_line_cut_before_its_last_words_runs_on(cut, rest):
    """A long line of prose that does not end its sentence runs on into a short next line that does, also
    when that line begins with a capital (a name, an office)."""
    art = _read(_page(["Delegation tours the region"], ["Share"], story=[cut + "\n" + rest, STORY[1]]))
    assert [" ".join(p.split()) for p in _body(art)] == [cut + " " + rest, STORY[1]]


def test_a_headline_is_not_run_on_into_the_outlet_line():
    art = _read(_page(["Alliance delegation visits the staff college in the capital on Monday", "Trend."], ["Share"]))
    assert _body(art) == STORY


@pytest.mark.parametrize("subheading, cut", [
    ("Expertise in clearing dangerous munitions",
     "The official ceremony held on 5 July to open the clearance project was attended as well by diplomats and offi"),
    ("Training for the staff officers",
     "On the second day the officers of the brigade went through a command post drill together with the instru"),
])
def test_a_page_cut_under_a_subheading_keeps_both(subheading, cut):
    # the story's last section: a subheading, then its first paragraph cut off at the end of the page
    art = _read(_page(["Alliance delegation visits the staff college"], [], story=STORY + [subheading, cut]))
    assert _body(art)[-2:] == [subheading, cut]
    assert art.truncated is True


def test_a_subheading_over_a_finished_paragraph_is_read_as_before():
    # a short line over a whole last sentence: the rule for cut pages does not apply
    closing = "Photo gallery"
    art = _read(_page(["Alliance delegation visits the staff college"], [closing, "", "Copyright 2024 Example Media"]))
    assert closing not in _body(art)

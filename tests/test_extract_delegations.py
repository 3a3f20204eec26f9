"""azdata.extract.delegations: the countries a delegation list names."""
import pytest

from azdata.extract import delegation_countries, extract
from azdata.read import Article, read_text


@pytest.mark.parametrize("sentence, expected", [
    ("The delegation included the permanent representatives of Türkiye, Greece and Spain to NATO, as well as "
     "the deputy permanent representatives of the United States and France.", ["TUR", "GRC", "ESP", "USA", "FRA"]),
    ("Defense attaches and defense ministry officials from Bulgaria, Georgia and the United States are attending.",
     ["BGR", "GEO", "USA"]),
    ("It gathered about 40 students and young scholars from Azerbaijan, Pakistan and Romania.", []),
    ("up to 250 representatives of the Azerbaijan Army participated", []),
    ("brings together experts from Azerbaijan and NATO member states", []),
])
def test_delegation_lists(sentence, expected):
    assert [iso for iso, _ in delegation_countries(sentence)] == expected


# --- issue 14: list shapes of real pages, each in two invented wordings ---

@pytest.mark.parametrize("sentence, expected", [
    # the body the representatives sit in comes between the office and the countries
    ("Among the visitors were the Permanent Representatives to NATO of Belgium, Denmark and Croatia.",
     ["BEL", "DNK", "HRV"]),
    ("The group consisted of the deputy permanent representatives to the Alliance of Albania and Lithuania.",
     ["ALB", "LTU"]),
    # "Türkiye" and "North Macedonia" are the names in use
    ("The permanent representatives of Türkiye and North Macedonia were also present.", ["TUR", "MKD"]),
    ("Officers from Turkiye and Macedonia followed the drill.", ["TUR", "MKD"]),
    # a group with a number, then the list and "among them"
    ("Ambassadors from nine Allied countries, Canada and Italy among them, visited the academy.", ["CAN", "ITA"]),
    ("Envoys from 12 member states, Latvia and Estonia among them, arrived on Monday.", ["LVA", "EST"]),
    # a list only when the group says the countries belong to it
    ("Experts from the member states, Belgium hosting the meeting, gathered.", []),
])
def test_office_lists(sentence, expected):
    assert [iso for iso, _ in delegation_countries(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # the exercise "brings in" the countries, one name hard-wrapped over two lines
    ("Apart from the hosts, the drill will bring in the United\nKingdom, Canada, Croatia and Georgia.",
     ["GBR", "CAN", "HRV", "GEO"]),
    ("The training brought together Moldova, Serbia, Romania and Greece.", ["MDA", "SRB", "ROU", "GRC"]),
    # a demonym slipped into the list for its country stays an item of it
    ("The course involves Estonia, Latvian, Lithuania and Poland.", ["EST", "LVA", "LTU", "POL"]),
    ("The workshop gathers Spain, Italian and Greece.", ["ESP", "ITA", "GRC"]),
    # the list before the noun
    ("Georgia and Moldova will be among the nations taking part in the drills.", ["GEO", "MDA"]),
    ("Canada, Norway and Denmark were among the participating countries.", ["CAN", "NOR", "DNK"]),
    # a single name after such a verb is no list
    ("The programme involves Germany closely.", []),
])
def test_participating_country_lists(sentence, expected):
    assert [iso for iso, _ in delegation_countries(sentence)] == expected


def _event_countries(text: str) -> list[str]:
    from azdata.extract import extract
    from azdata.read import Article, read_text

    art = read_text(Article(article_id="t", source_file="t.txt"), f" date 2024-05-04 {text}".encode())
    return sorted(iso for e in extract(art).events for iso, _, _ in e.countries)


@pytest.mark.parametrize("text, expected", [
    # the host is where the event is held: the venue, not a delegation
    ("The exercise, hosted by Georgia, opened in Tbilisi on 3 May 2024. Officers from Italy and Poland took part.",
     ["ITA", "POL"]),
    ("Drills hosted by Armenia were held in Yerevan on 2 May 2024. Observers from Latvia attended them.", ["LVA"]),
    # a host elsewhere than the venue is still a taking part
    ("The seminar, hosted by Romania, opened in Baku on 3 May 2024.", ["ROU"]),
])
def test_a_host_that_is_the_venue_is_no_delegation(text, expected):
    assert _event_countries(text) == expected


# --- delegation lists of exercise reports: the forces of, observers, a list in brackets, a joint exercise ---

@pytest.mark.parametrize("sentence, expected", [
    # a verb of gathering, then the forces of the countries
    ("The naval drills involve the armed forces of the US, Bulgaria, Romania and the UK.",
     ["USA", "BGR", "ROU", "GBR"]),
    ("The manoeuvres brought together troops from Canada, Latvia and Poland.", ["CAN", "LVA", "POL"]),
    ("The exercise involves military personnel of Greece and Spain.", ["GRC", "ESP"]),
    ("The talks involved the defence ministers of Turkey and Georgia.", ["TUR", "GEO"]),
    # countries that joined, attend or take part as observers
    ("Bahrain, Algeria, Qatar and Pakistan have joined Azerbaijan as observers at the exercises.",
     ["BHR", "DZA", "QAT", "PAK"]),
    ("Moldova and Ukraine attended the drills as military observers.", ["MDA", "UKR"]),
    ("Sweden will take part in the exercise as observers.", ["SWE"]),
    ("Azerbaijan joined the programme as observers noted.", []),
    # the group counted, then its countries in brackets
    ("More than 350 soldiers from 21 NATO member states (Albania, Belgium, Bulgaria and Denmark) take part.",
     ["ALB", "BEL", "BGR", "DNK"]),
    ("Officers from three countries (Italy, Spain and Greece) attended the course.", ["ITA", "ESP", "GRC"]),
    ("Officers from three countries (see below) attended the course.", []),
    # the partner of a joint exercise, after "with" or before the verb
    ("The ministry said it started joint drills with Türkiye close to the border.", ["TUR"]),
    ("The army held exercises with Georgia and Ukraine last week.", ["GEO", "UKR"]),
    ("Azerbaijan and Turkey hold joint military exercises in Nakhchivan.", ["TUR"]),
    ("Azerbaijan, Georgia and Türkiye have started joint drills.", ["GEO", "TUR"]),
    ("Azerbaijan held joint drills with live fire.", []),
    ("The troops held drills with NATO forces.", []),
])
def test_exercise_report_lists(sentence, expected):
    assert [iso for iso, _ in delegation_countries(sentence)] == expected


# --- the list before a verb of joining, attending or being represented; "attended by <list>"; "contributed" ---

@pytest.mark.parametrize("sentence, expected", [
    ("Georgia, Ukraine and Moldova also joined the exercise.", ["GEO", "UKR", "MDA"]),
    ("Türkiye is joining the exercise with one infantry company.", ["TUR"]),
    ("Germany and Italy attended the seminar in Baku.", ["DEU", "ITA"]),
    ("Turkey, Georgia and Ukraine were represented at the meeting.", ["TUR", "GEO", "UKR"]),
    ("Latvia and Estonia will also be represented.", ["LVA", "EST"]),
    # the verb ends the sentence: the event is the one under way
    ("Georgia and Turkey will also participate.", ["GEO", "TUR"]),
    ("Moldova took part in it.", ["MDA"]),
    ("The exercise, attended by Kazakhstan, Kyrgyzstan and Tajikistan, ended on Friday.", ["KAZ", "KGZ", "TJK"]),
    ("The United States, Turkey and Georgia contributed troops to the drills.", ["USA", "TUR", "GEO"]),
    ("Turkey provided aircraft for the drills.", ["TUR"]),
    # a programme one joins, a person who attends, a deployment of forces: no delegation
    ("Azerbaijan and Georgia joined NATO programmes in 1994.", []),
    ("President Aliyev attended the summit.", []),
    ("Russia has deployed forces in the region.", []),
])
def test_joined_attended_represented(sentence, expected):
    assert [iso for iso, _ in delegation_countries(sentence)] == expected


LIST_PAGE = (" date 2009-08-12 The multinational exercise Steppe Guard 2009 opened at the range on 11 August, the "
             "defence ministry of the host country said on Wednesday.\n\n{heading}\n\n{items}\n\nThe exercise will "
             "last ten days and will end with a live-fire phase at the range, the ministry said.\n")


@pytest.mark.parametrize("heading, items, expected", [
    # a list heading, then one country a line: bulleted, numbered or bare
    ("Participating countries:", "- Kazakhstan\n- Kyrgyzstan\n- Tajikistan\n- the United States",
     ["KAZ", "KGZ", "TJK", "USA"]),
    ("Partner nations taking part:", "• Georgia\n• Moldova;\n• and Ukraine.", ["GEO", "MDA", "UKR"]),
    ("Nations participating in the drills:", "1. Latvia\n2. Estonia", ["LVA", "EST"]),
    ("Participating countries:", "Kazakhstan\nKyrgyzstan", ["KAZ", "KGZ"]),
    ("Participating countries", "Kazakhstan\nKyrgyzstan\nTajikistan", ["KAZ", "KGZ", "TJK"]),  # no colon
    ("Participating nations", "- Kazakhstan\n- Kyrgyzstan", ["KAZ", "KGZ"]),
    # a table: a header row, then the country in each row's first cell
    ("Servicemen of the following countries take part:", "Country | Personnel\nKazakhstan | 120\nKyrgyzstan | 80",
     ["KAZ", "KGZ"]),
    ("Countries taking part", "Country | Troops | Vehicles\nKazakhstan | 120 | 10\nTajikistan | 60 | 4",
     ["KAZ", "TJK"]),
    # the names on one line under the heading; labelled lines
    ("Participating countries:", "Kazakhstan, Kyrgyzstan, Tajikistan and the United States.",
     ["KAZ", "KGZ", "TJK", "USA"]),
    ("NATO members: Latvia, Estonia", "Partners: Kazakhstan, Tajikistan", ["LVA", "EST", "KAZ", "TJK"]),
    # each name with its count
    ("The following countries take part:", "Kazakhstan — 120 servicemen\nKyrgyzstan — 80 servicemen",
     ["KAZ", "KGZ"]),
    ("Participating nations:", "Kazakhstan (120)\nTajikistan (60)\nKyrgyzstan: 45", ["KAZ", "TJK", "KGZ"]),
    # one name is no list; a heading that is not about countries lists none
    ("Participating countries:", "- Kazakhstan\n- Officers of the staff college", []),
    ("Programme of the week:", "- Georgia\n- Moldova", []),
])
def test_a_list_of_countries_one_a_line(heading, items, expected):
    art = read_text(Article(article_id="t", source_file="t.txt"), LIST_PAGE.format(heading=heading,
                                                                                   items=items).encode())
    x = extract(art)
    assert [iso for e in x.events for iso, _, _ in e.countries] == expected


@pytest.mark.parametrize("sentence, expected", [
    # the forces of the countries after "with the participation of" or a verb of gathering, units of them too
    ("The drills are held with the participation of the armed forces of Georgia, Turkey and Ukraine.",
     ["GEO", "TUR", "UKR"]),
    ("The exercise involves units of the armed forces of Latvia and Estonia.", ["LVA", "EST"]),
    # contingents sent; the list after "taking part ... are"
    ("Georgia, Turkey and Ukraine sent their contingents to the exercise.", ["GEO", "TUR", "UKR"]),
    ("Also taking part in the exercise are Georgia, Turkey and Ukraine.", ["GEO", "TUR", "UKR"]),
    ("Participating in the drills were Latvia and Estonia.", ["LVA", "EST"]),
    ("Taking part in the exercise: Latvia, Estonia and Lithuania.", ["LVA", "EST", "LTU"]),
    # people after the verb are no countries
    ("Taking part in the talks were Aliyev and Rutte.", []),
])
def test_forces_contingents_and_lists_after_taking_part(sentence, expected):
    assert [iso for iso, _ in delegation_countries(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # "<exercise> of <A>, <B> and <C>": the parties of a gathering of several armies
    ("Military exercises of Georgia, Azerbaijan and Turkey started near Tbilisi on 4 June.", ["GEO", "TUR"]),
    ("The trilateral drill of the armed forces of Romania, Bulgaria and Greece got under way on Monday.",
     ["ROU", "BGR", "GRC"]),
    ("Manoeuvres between the navies of Kazakhstan, Russia and Azerbaijan opened in the Caspian.", ["KAZ", "RUS"]),
    # one name is the exercise's host, and a topic of talks names no parties
    ("The exercise of Georgia was praised by the guests.", []),
    ("The general briefed his guest on the strategic exercise of Russia and Belarus.", []),
    ("They talked about the large exercises of Poland and Lithuania held last year.", []),
])
def test_the_parties_of_an_exercise(sentence, expected):
    assert [iso for iso, _ in delegation_countries(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # peacekeepers, sailors and rescuers "from" a list, as soldiers are
    ("Peacekeepers from Kazakhstan, Kyrgyzstan and the United States began the drills.", ["KAZ", "KGZ", "USA"]),
    ("Sailors from Turkey and Romania joined the naval exercise.", ["TUR", "ROU"]),
    ("Rescuers from Georgia and Moldova are taking part.", ["GEO", "MDA"]),
    # after a demonym the place is where they serve: their country is already said
    ("The president asked to withdraw the Azeri peacekeepers from Kosovo.", []),
    ("Turkish troops from Afghanistan returned home.", []),
    ("The Georgian military observers from Moldova were briefed.", []),
    # (the adjectives before the noun still name the countries)
    ("Italian, Polish and Romanian troops from Kosovo joined them.", ["ITA", "POL", "ROU"]),
])
def test_units_from_a_list(sentence, expected):
    assert [iso for iso, _ in delegation_countries(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a group, then its countries in brackets
    ("Some 7,000 troops from Alliance members and three partners of the bloc (Finland, Austria and Malta) joined "
     "the drill.", ["FIN", "AUT", "MLT"]),
    ("About 5,000 soldiers take part, including 700 from the allied countries (Italy, Spain, Greece).",
     ["ITA", "ESP", "GRC"]),
    # an aside in brackets inside the list, and one more group after it
    ("Troops from Kazakhstan, Kyrgyzstan (host nation), Mongolia and the United States began the drill.",
     ["KAZ", "KGZ", "MNG", "USA"]),
    ("Experts from Ireland (a PfP partner), Denmark and Portugal attended the workshop.", ["IRL", "DNK", "PRT"]),
    ("Officers of Moldova, Ukraine and Estonia, and an observer from Finland, attended the seminar.",
     ["MDA", "UKR", "EST", "FIN"]),
    # "not only from <A> and <B>, but also from <C>"
    ("Some 1,500 servicemen not only from Georgia and Turkey, but also from Poland and Spain will take part.",
     ["GEO", "TUR", "POL", "ESP"]),
    # "<A>, along with <B>, <C> and <D>, took part"
    ("Kazakhstan, along with Turkmenistan, Georgia and Latvia, took part in it.", ["KAZ", "TKM", "GEO", "LVA"]),
    ("Moldova, together with Ukraine and Lithuania, took part in the drill.", ["MDA", "UKR", "LTU"]),
    # contingents counted by their country
    ("The drill gathers 20,000 soldiers, including 7,000 from Norway, 4,000 from the United States and about 500 "
     "from the Netherlands.", ["NOR", "USA", "NLD"]),
    ("The mission includes some 300 from Austria and 200 from Switzerland.", ["AUT", "CHE"]),
    # the adjectives before a word for armies, and ships and students "from" a list
    ("It involves servicemen of Uzbek, Kazakh, Pakistani and U.S. forces.", ["UZB", "KAZ", "PAK", "USA"]),
    ("The Azerbaijani and Turkish armed forces held the drill.", []),
    ("Warships from Canada, Spain and Greece will take part.", ["CAN", "ESP", "GRC"]),
    ("In addition to the hosts, Serbia, Moldova and Montenegro have sent students.", ["SRB", "MDA", "MNE"]),
    ("The operation was the first with participation from Latvia, the Netherlands and Italy.", ["LVA", "NLD", "ITA"]),
    # (not a long run of words before a place: "servicemen of <group> are already in <country>")
    ("Servicemen of NATO member and partner countries are already in Georgia and preparing the drills.", []),
])
def test_list_shapes_of_multinational_reports(sentence, expected):
    assert [iso for iso, _ in delegation_countries(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # NATO heads a list of countries and is none of them
    ("The evaluation was observed by specialists from NATO, Germany and Poland.", ["DEU", "POL"]),
    ("It was monitored by evaluators from NATO, the United Kingdom and Norway.", ["GBR", "NOR"]),
    # adjectives before "military" as a noun, and before staff officers
    ("The stage took place with the participation of Lithuanian, Canadian and Dutch military.", ["LTU", "CAN", "NLD"]),
    ("A drill of Azerbaijani, American and Italian staff officers was held.", ["USA", "ITA"]),
    ("Lithuanian and Canadian military officials met.", ["LTU", "CAN"]),
    # the partner of joint drills named by its adjective
    ("The army has held joint tactical drills with its Turkish ally near the border.", ["TUR"]),
    ("The special forces conducted joint drills with their Georgian counterparts.", ["GEO"]),
    ("The drills with their new partners began.", []),
    # a compound head before the list
    ("It involves about 4,000 troops and 60 aircraft from Romania, Bulgaria and Azerbaijan.", ["ROU", "BGR"]),
])
def test_observers_adjectives_allies_and_compound_heads(sentence, expected):
    assert [iso for iso, _ in delegation_countries(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # groups of a list, each under its label
    ("Personnel of these nations will take part: NATO - Canada, Italy and Spain; and PfP - Finland and Moldova.",
     ["CAN", "ITA", "ESP", "FIN", "MDA"]),
    ("The participants are: Allies - Greece, Latvia; Partners - Georgia, Serbia, Ukraine.",
     ["GRC", "LVA", "GEO", "SRB", "UKR"]),
    ("The alliance said: NATO - a defensive organisation.", []),
    # the list fronted before its people
    ("Hailing from Austria, Ireland and Greece, the participants rehearsed convoy escort.", ["AUT", "IRL", "GRC"]),
    ("Coming from Finland, Estonia and Croatia, the instructors opened the course.", ["FIN", "EST", "HRV"]),
    ("Coming from Finland, the instructor opened the course.", []),
])
def test_labelled_groups_and_fronted_lists(sentence, expected):
    assert [iso for iso, _ in delegation_countries(sentence)] == expected


@pytest.mark.parametrize("text, expected", [
    # the countries of earlier editions told in background are not the reported edition's
    ("Azerbaijani sailors take part in the drills that began on 14 May off Varna. Ships from Bulgaria and Italy are "
     "involved. In past years, vessels from Spain and the Netherlands have also joined the drills.", ["BGR", "ITA"]),
    ("The exercise, which opened on 11 June near Lviv, brings together officers from Ukraine and Canada. Since 2015 "
     "staff officers from several Allies, including Slovakia and Croatia, have taken part in it.", ["UKR", "CAN"]),
    # (a sentence that dates an edition of its own keeps its list, for that edition)
    ("The drills began on 5 May with troops from Turkey. The previous round, held in October 2023, brought together "
     "forces from Oman and Mongolia.", ["TUR", "OMN", "MNG"]),
])
def test_countries_of_earlier_editions_are_not_this_ones(text, expected):
    art = read_text(Article(article_id="t", source_file="t.txt"), f" date 2024-05-20 {text}".encode())
    x = extract(art)
    found = [iso for e in x.events for iso, _, _ in e.countries] + [iso for iso, _, _, _ in x.undated_countries]
    assert found == expected

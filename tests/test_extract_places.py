"""azdata.extract.places: where an event happens; "the Dutch capital" is read like "the Belgian
capital", from resources/capitals.csv (issue 15)."""
import pytest

from azdata import resources
from azdata.extract import extract
from azdata.read import Article, read_text


def _extract(text: str):
    art = read_text(Article(article_id="t", source_file="t.txt"), text.encode())
    return extract(art)


@pytest.mark.parametrize("text", [
    pytest.param("On 3 March 2025 Defence Minister Zakir Hasanov met NATO officials in the Dutch capital.",
                 id="in-the-dutch-capital"),
    pytest.param("The Dutch capital hosted talks between Jeyhun Bayramov and Mark Rutte on 3 March 2025.",
                 id="the-dutch-capital-hosted"),
    pytest.param("Jeyhun Bayramov, who visited the Netherlands’ capital on 3 March 2025, met Mark Rutte.",
                 id="the-netherlands-possessive"),
])
def test_the_dutch_capital_is_amsterdam(text):
    x = _extract(" date 2025-03-04 " + text)
    assert x.events and {e.location for e in x.events} == {"Amsterdam"}
    assert resources.country_of_place("Amsterdam") == "NLD"


@pytest.mark.parametrize("text, city", [
    ("On 3 March 2025 Jeyhun Bayramov met Mark Rutte in the Belgian capital.", "Brussels"),
    ("On 3 March 2025 Jeyhun Bayramov met Mark Rutte in Georgia’s capital.", "Tbilisi"),
    ("On 3 March 2025 Jeyhun Bayramov met Mark Rutte in the Turkish capital.", "Ankara"),
    ("The Azerbaijani capital hosted talks between Jeyhun Bayramov and Mark Rutte on 3 March 2025.", "Baku"),
])
def test_every_capital_of_the_list(text, city):
    x = _extract(" date 2025-03-04 " + text)
    assert [e.location for e in x.events] == [city]


def test_a_country_without_its_possessive_names_no_capital():
    """"the Azerbaijan capital region" is not read as a capital, as before the list grew."""
    from azdata.extract.places import capital_pattern

    assert capital_pattern().search("the Azerbaijan capital region") is None
    assert capital_pattern().search("Azerbaijan’s capital").group(2) == "Azerbaijan"


def test_every_capital_belongs_to_a_listed_country():
    assert set(resources.capitals()) <= set(resources.country_names().values())

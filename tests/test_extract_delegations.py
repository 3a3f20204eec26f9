"""azdata.extract.delegations: the countries a delegation list names."""
import pytest

from azdata.extract import delegation_countries


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

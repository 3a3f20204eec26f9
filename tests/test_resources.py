"""Every data file of azdata/resources/ is cross-checked: resources.check() names file, line and problem."""
from __future__ import annotations

import shutil

import pytest

from azdata import resource_check, resources

LOADERS = ("programmes", "programme_pattern", "ranks", "title_words", "nato_bodies", "national_bodies",
           "country_names", "demonyms", "country_display_names", "outlets", "event_triggers", "event_types", "cities",
           "office_synonyms",
           "non_name_words", "month_names", "weekday_names", "stopwords", "furniture_patterns", "nato_members",
           "relation_cues", "ordinal_days", "planned_pattern", "pronoun_followers", "common_words",
           "date_words", "appeal_words", "bio_words", "media_tag_pattern", "background_words",
           "week_pattern")


def test_the_shipped_files_have_no_problems():
    assert resources.check() == []


@pytest.mark.parametrize("loader", LOADERS)
def test_every_loader_loads_its_file(loader):
    assert getattr(resources, loader)()


def test_every_csv_file_has_a_rule():
    assert {p.name for p in resources.RESOURCE_DIR.glob("*.csv")} == set(resource_check.CSV_RULES)


@pytest.fixture
def copy(tmp_path):
    folder = tmp_path / "resources"
    shutil.copytree(resources.RESOURCE_DIR, folder)
    return folder


def _edit(folder, name, old=None, new="", append=None):
    path = folder / name
    text = path.read_text(encoding="utf-8")
    if old is not None:
        assert old in text
        text = text.replace(old, new, 1)
    if append is not None:
        text += append
    path.write_text(text, encoding="utf-8")
    return sum(1 for _ in text.splitlines())  # the last line's number


def test_a_city_in_an_unknown_country(copy):
    n = _edit(copy, "cities.csv", append="Atlantis,ATL\n")
    assert resources.check(copy) == [
        f"cities.csv, line {n}: iso3 'ATL' is not a country (ISO alpha-3 or countries.csv)"]


def test_a_nato_member_that_is_no_country_and_a_repeated_member(copy):
    n = _edit(copy, "nato_members.csv", append="XXX,2030\nUSA,1949\n")
    assert resources.check(copy) == [f"nato_members.csv, line {n}: iso3 'USA' repeats line 16",
                                     f"nato_members.csv, line {n - 1}: iso3 'XXX' is not a country "
                                     "(ISO alpha-3 or countries.csv)"]


def test_an_empty_required_cell_and_a_short_row(copy):
    n = _edit(copy, "programmes.csv", append="XYZ,,XYZ\nABC,Alpha\n")
    assert resources.check(copy) == [f"programmes.csv, line {n - 1}: name is empty",
                                     f"programmes.csv, line {n}: 2 cells where the header has 3"]


def test_a_wrong_header(copy):
    _edit(copy, "ordinal_days.csv", "word,day", "word,days")
    assert resources.check(copy) == ["ordinal_days.csv, line 2: header word,days is not word,day"]


def test_a_pattern_that_does_not_compile(copy):
    n = _edit(copy, "outlets.csv", append="Broken,broken,\\bBroken(\n")
    [problem] = resources.check(copy)
    assert problem.startswith(f"outlets.csv, line {n}: pattern is not a regular expression (missing )")


def test_an_event_type_of_a_family_without_ranks(copy):
    n = _edit(copy, "event_types.csv", append="parade,festivity,parade\n")
    assert resources.check(copy) == [f"event_types.csv, line {n}: family 'festivity' is not a family of "
                                     "event_families.csv (add it there to give it its ranks)"]
    _edit(copy, "event_families.csv", append="festivity,5,5\n")
    assert resources.check(copy) == []


def test_a_name_of_two_months_and_a_month_out_of_range(copy):
    n = _edit(copy, "months.csv", append="13,Smarch|March\n")
    assert resources.check(copy) == [f"months.csv, line {n}: month '13' is not a whole number from 1 to 12",
                                     f"months.csv, line {n}: 'March' already names another month (line 7)"]


def test_an_alias_of_two_countries(copy):
    n = _edit(copy, "countries.csv", append="AND,Andorra|Turkey,\n")
    assert resources.check(copy) == [f"countries.csv, line {n}: 'Turkey' already names another country (line 3)"]


def test_the_fallback_level_must_be_last(copy):
    n = _edit(copy, "levels.csv", append="ambassador,\\bAmbassador\\b,\n")
    assert resources.check(copy) == [f"levels.csv, line {n - 1}: the row with an empty pattern matches every title; "
                                     "it must be the last row"]


def test_a_repeated_word_in_a_list_and_a_bad_furniture_pattern(copy):
    n = _edit(copy, "titles.txt", append="President\n")
    m = _edit(copy, "furniture.txt", append="[unclosed\n")
    problems = resources.check(copy)
    assert f"titles.txt, line {n}: 'President' repeats line 3" in problems
    assert any(p.startswith(f"furniture.txt, line {m}: not a regular expression") for p in problems)
    assert len(problems) == 2


def test_a_date_word_in_capitals_and_a_week_phrase_with_a_number(copy):
    n = _edit(copy, "date_words.txt", append="Release\n")
    m = _edit(copy, "week_words.txt", append="week 45 of\n")
    problems = resources.check(copy)
    assert any(p.startswith(f"date_words.txt, line {n}: 'Release' is not lower case") for p in problems)
    assert any(p.startswith(f"week_words.txt, line {m}: 'week 45 of' is not lower case without digits")
               for p in problems)
    assert len(problems) == 2


def test_a_file_that_is_not_utf8(copy):
    (copy / "weekdays.txt").write_bytes(b"Monday\n\xff\xfe\n")
    [problem] = resources.check(copy)
    assert problem.startswith("weekdays.txt: cannot be read as UTF-8 text")


def test_the_command_line_names_the_problems(copy, capsys):
    from azdata.cli import main

    assert main(["check-resources"]) == 0
    n = _edit(copy, "cities.csv", append="Atlantis,ATL\n")
    assert main(["check-resources", "--folder", str(copy)]) == 2
    out, err = capsys.readouterr()
    assert f"cities.csv, line {n}: iso3 'ATL'" in out and "1 problem in the data files" in err

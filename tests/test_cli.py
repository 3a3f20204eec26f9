"""The command line: help, version, projects and init, quiet pipes, and a summary that names."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from azdata import cli, config
from azdata.plots import figure_folder

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "tests" / "data" / "seeds"


def _azdata(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "azdata", *args], capture_output=True, text=True, cwd=cwd)


def test_help_names_every_command_and_every_option_has_help():
    top = cli.parser()
    commands = top._subparsers._group_actions[0].choices
    assert set(commands) == {"build", "tables", "evaluate", "text", "dictionary", "init",
                             "check-resources"}
    for name, sub in commands.items():
        for action in sub._actions:
            assert action.help, f"{name} {action.option_strings or action.dest} has no help"
    assert "build" in _azdata("--help").stdout and "``" not in _azdata("--help").stdout


def test_version():
    res = _azdata("--version")
    assert res.returncode == 0 and res.stdout.startswith("azdata ")


def test_output_into_a_closed_pipe_ends_quietly():
    res = subprocess.run(f"{sys.executable} -m azdata dictionary | head -1", shell=True, capture_output=True,
                         text=True, cwd=ROOT)
    assert res.stdout.startswith("### articles") and "Traceback" not in res.stderr and "Broken" not in res.stderr


def test_the_summary_names_the_articles_with_problems(tmp_path):
    for n in range(7):
        (tmp_path / f"empty{n}.txt").write_text("")
    shutil.copy(SEEDS / "000_f4110fb23c896afe.txt", tmp_path / "good.txt")
    line = cli.write_tables(tmp_path, tmp_path / "out")
    assert "with errors: empty0.txt, empty1.txt, empty2.txt, empty3.txt, empty4.txt and 2 more" in line
    assert "articles.csv" in line and "good.txt" not in line


def test_init_lays_out_a_project_where_build_and_tables_find_their_folders(tmp_path):
    project = tmp_path / "p"
    cli.main(["init", str(project)])
    assert sorted(p.name for p in project.iterdir()) == ["data", "figures", "notebooks", "seeds"]
    assert len(list((project / "seeds").glob("*.txt"))) == 5 and len(list((project / "notebooks").glob("*.ipynb"))) == 6
    assert config.find_project(project / "notebooks") == config.Project(project.resolve())
    res = _azdata("tables", cwd=project)
    assert res.returncode == 0 and (project / "data" / "articles.csv").is_file()
    assert _azdata("init", str(project)).returncode == 2  # never over a folder that holds something


def test_outside_any_project_the_folders_must_be_named(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "find_project", lambda start=None: None)
    with pytest.raises(cli.CLIError, match="azdata init"):
        cli.project_folder(None, "--corpus", "seeds")
    assert cli.project_folder(str(tmp_path), "--corpus", "seeds") == tmp_path


@pytest.mark.parametrize("corpus, figures, expected", [
    ("../seeds", None, "{project}/figures"),
    ("../seeds", "/out/figures", "/out/figures"),
    ("{tmp}/mine", None, "{tmp}/mine-figures"),
    ("../tests/data/dev-corpus", None, "{project}/tests/data/dev-corpus-figures"),
], ids=["the project's seeds", "a build's folder", "another corpus", "a corpus inside the project"])
def test_a_notebook_never_saves_another_corpus_over_the_projects_figures(tmp_path, monkeypatch, corpus, figures,
                                                                         expected):
    project = tmp_path / "project"
    (project / "notebooks").mkdir(parents=True)
    (project / "seeds").mkdir()
    monkeypatch.chdir(project / "notebooks")
    fill = dict(project=project, tmp=tmp_path)
    assert figure_folder(corpus.format(**fill), figures) == Path(expected.format(**fill)).resolve()

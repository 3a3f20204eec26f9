"""azdata.build: notebook normalisation, parameter replacement, one real notebook run,
and the shape of the committed notebooks.

Executing the five notebooks is left to ``pytest --nbval`` (which runs them) and
to ``python -m azdata build``; here one tiny notebook goes through the kernel.
"""
from __future__ import annotations

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from azdata import config
from azdata.build import build, normalise, run_notebook, set_parameters
from azdata.cli import CLIError

NOTEBOOKS = sorted(config.NOTEBOOKS.glob("*.ipynb"))


def _notebook():
    params = new_code_cell('# Parameters\ncorpus = "../seeds"\nfigures = "../figures"', id="p")
    params.metadata["tags"] = ["parameters"]
    return new_notebook(cells=[new_markdown_cell("# Question", id="q"), params,
                               new_code_cell("print(corpus)\nlen(figures)", id="c")])


def test_set_parameters_replaces_values_and_keeps_comments():
    nb = _notebook()
    set_parameters(nb, {"corpus": "/data/my articles", "figures": "/out/figures"})
    assert nb.cells[1].source == '# Parameters\ncorpus = "/data/my articles"\nfigures = "/out/figures"'
    with pytest.raises(CLIError):
        set_parameters(new_notebook(cells=[new_code_cell("x = 1")]), {"corpus": "x"})


def test_normalise_strips_timestamps_versions_and_renumbers():
    nb = _notebook()
    nb.metadata = {"kernelspec": {"name": "something"}, "widgets": {"state": {}},
                   "language_info": {"name": "python", "version": "3.11.9"}}
    for n, cell in enumerate(nb.cells[1:], 7):
        cell.execution_count = n
        cell.metadata["execution"] = {"iopub.execute_input": "2026-01-01T00:00:00Z"}
    nb.cells[2].outputs = [new_output("execute_result", {"text/plain": "13"}, execution_count=9)]
    normalise(nb)
    assert nb.metadata == {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python",
                                          "name": "python3"}, "language_info": {"name": "python"}}
    assert [c.get("execution_count") for c in nb.cells] == [None, 1, 2]
    assert nb.cells[2].outputs[0]["execution_count"] == 2
    assert all("execution" not in c.metadata for c in nb.cells)
    assert nb.cells[1].metadata["tags"] == ["parameters"]


def test_corpus_without_out_is_refused(tmp_path):
    with pytest.raises(CLIError, match="--out"):
        build(tmp_path, None)


def test_run_notebook_executes_with_parameters(tmp_path):
    source = tmp_path / "src" / "n.ipynb"
    source.parent.mkdir()
    nbformat.write(_notebook(), source)
    target = tmp_path / "out" / "n.ipynb"
    run_notebook(source, target, {"corpus": "/some/folder", "figures": "/f"})
    nb = nbformat.read(target, as_version=4)
    assert nb.cells[2].outputs[0]["text"] == "/some/folder\n"
    assert nb.cells[2].outputs[1]["data"]["text/plain"] == "2"
    assert [c.get("execution_count") for c in nb.cells] == [None, 1, 2]
    assert "version" not in nb.metadata["language_info"]
    assert nbformat.read(source, as_version=4).cells[1].source.endswith('figures = "../figures"')  # source untouched


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_committed_notebooks_are_thin_and_parameterised(path):
    nb = nbformat.read(path, as_version=4)
    assert nb.cells[0].cell_type == "markdown" and "Question" in nb.cells[0].source
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code[0].metadata.get("tags") == ["parameters"]
    assert 'corpus = "../seeds"' in code[0].source and "figures = None" in code[0].source
    assert "figures = plots.figure_folder(corpus, figures)" in code[1].source
    sources = "\n".join(c.source for c in code)
    assert "from azdata import load_corpus" in sources and "from azdata import plots" in sources
    assert "import re" not in sources and ".str." not in sources          # no text parsing in notebooks
    assert nb.cells[-1].cell_type == "markdown" and "cannot tell" in nb.cells[-1].source
    assert nb.metadata["kernelspec"]["name"] == "python3"
    assert all("execution" not in c.metadata for c in nb.cells)


def test_notebooks_are_numbered_in_reading_order():
    assert [p.name[:3] for p in NOTEBOOKS] == ["00_", "01_", "02_", "03_", "04_", "05_"]

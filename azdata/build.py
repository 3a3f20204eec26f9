"""The main job: tables for a corpus, a TimelineJS file, then every notebook executed
(which writes the figures).

    azdata build                            the project's seeds/ -> data/, notebooks/ in place, figures/
    azdata build --corpus DIR --out RESULTS DIR -> RESULTS/data, RESULTS/notebooks, RESULTS/figures

Two builds of the same corpus give byte-identical tables, notebooks and figures:
notebooks are normalised after execution (no timestamps, sequential execution
counts, no interpreter version) and figures are saved without dates.
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

from . import config
from .runs import CLIError, save_tables, summary_line

KERNEL = "python3"
CELL_TIMEOUT = 600            # seconds per cell; extraction of a large folder runs in the first cells
PARAMETERS_TAG = "parameters"  # papermill convention: the cell whose values a build may replace
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": KERNEL}
VOLATILE_CELL_METADATA = ("execution", "ExecuteTime", "collapsed", "scrolled")


def build(corpus: Path | None = None, out: Path | None = None, jobs: int = 1, use_cache: bool = True) -> None:
    """Tables, timeline and notebooks for ``corpus`` (default: the project's seeds/), into ``out``
    (default: the project itself)."""
    from .cache import default_dir
    from .pipeline import run
    from .timeline import timeline_bytes

    if corpus is not None and out is None:
        raise CLIError("--corpus needs --out: a build of another folder never overwrites the project's results")
    project = config.find_project()
    if out is None:
        if project is None:
            raise CLIError("no azdata project here (a folder with seeds/ and notebooks/): "
                           "make one with: azdata init DIR, or give --corpus and --out")
        corpus_dir, data_dir, notebook_dir, figure_dir = project.seeds, project.data, project.notebooks, project.figures
        parameters = None
    else:
        corpus_dir, out = corpus or (project.seeds if project else None), out.resolve()
        if corpus_dir is None:
            raise CLIError("no azdata project here: give --corpus")
        data_dir, notebook_dir, figure_dir = out / "data", out / "notebooks", out / "figures"
        parameters = {"corpus": str(Path(corpus_dir).resolve()), "figures": str(figure_dir)}
    notebook_sources = project.notebooks if project else config.starting_material()[0]
    sources = sorted(notebook_sources.glob("*.ipynb"))
    if not sources:
        raise CLIError(f"no notebooks in {notebook_sources}")

    tables, _ = run(corpus_dir, jobs=jobs, cache=default_dir() if use_cache else None)  # load_corpus reads it back
    save_tables(tables, data_dir, {"timeline.json": timeline_bytes(tables)})
    print(summary_line(tables, Path(corpus_dir), data_dir))
    print(f"timeline -> {data_dir / 'timeline.json'}")
    notebook_dir.mkdir(parents=True, exist_ok=True)
    figure_dir.mkdir(parents=True, exist_ok=True)
    env = {"AZDATA_CACHE": "off"} if not use_cache else {}
    for n, source in enumerate(sources, 1):
        target = notebook_dir / source.name
        print(f"executing {source.name} ({n}/{len(sources)}) ...", end=" ", flush=True)
        started = time.monotonic()
        run_notebook(source, target, parameters, env)
        print(f"{time.monotonic() - started:.0f} s -> {target}", flush=True)


def run_notebook(source: Path, target: Path, parameters: dict[str, str] | None = None,
                 env_overrides: dict[str, str] | None = None) -> None:
    """Execute ``source`` with its working folder at ``target``'s, normalise it and write it to ``target``.

    ``parameters`` replace the values in the cell tagged ``parameters``; None keeps them.
    A failing cell stops the build with one line, and ``target`` is left as it was.
    """
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    nb = nbformat.read(source, as_version=4)
    if parameters:
        set_parameters(nb, parameters)
    env = dict(os.environ, **(env_overrides or {}))
    # The checkout's own package first, installed or not.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(config.ROOT), env.get("PYTHONPATH", "")) if p)
    client = NotebookClient(nb, timeout=CELL_TIMEOUT, kernel_name=KERNEL,
                            resources={"metadata": {"path": str(target.parent)}},
                            # the kernel's own start-up chatter (transport warnings) stays off the terminal
                            extra_arguments=["--IPKernelApp.log_level=ERROR"])
    target.parent.mkdir(parents=True, exist_ok=True)     # the kernel's working folder
    try:
        client.execute(env=env)
    except CellExecutionError as exc:
        lines = [ln for ln in str(exc).splitlines() if ln.strip()]
        raise CLIError(f"notebook {source.name} failed: {lines[-1] if lines else exc}") from exc
    normalise(nb)
    nbformat.validate(nb)
    nbformat.write(nb, target)


def set_parameters(nb, values: dict[str, str]) -> None:
    """Replace the source of the cell tagged ``parameters`` with ``name = value`` lines."""
    for cell in nb.cells:
        if cell.cell_type == "code" and PARAMETERS_TAG in cell.get("metadata", {}).get("tags", []):
            lines = [ln for ln in cell.source.splitlines() if ln.startswith("#")]
            lines += [f"{name} = {json.dumps(value)}" for name, value in values.items()]
            cell.source = "\n".join(lines)
            return
    raise CLIError("a notebook has no cell tagged 'parameters'")


def normalise(nb) -> None:
    """Make an executed notebook depend only on its inputs: no timestamps, sequential
    execution counts, a fixed kernelspec and no interpreter version."""
    language = dict(nb.metadata.get("language_info", {}))
    language.pop("version", None)
    nb.metadata = {"kernelspec": dict(KERNELSPEC), "language_info": language or {"name": "python"}}
    count = 0
    for cell in nb.cells:
        for key in VOLATILE_CELL_METADATA:
            cell.metadata.pop(key, None)
        if cell.cell_type != "code":
            continue
        count += 1
        cell.execution_count = count
        for output in cell.get("outputs", []):
            if "execution_count" in output:
                output["execution_count"] = count

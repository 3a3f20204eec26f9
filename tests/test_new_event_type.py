"""Issue 15's check: a new event type added in its data file alone appears in events.csv, the
schema and the charts. The run happens in a child process whose azdata reads a copy of the
resources folder with one more row (AZDATA_RESOURCES), as an edited installation would."""
from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap

from azdata import resources

ARTICLE = (" date 2024-03-06\n\nAlliance officers at the capital's parade\n\n"
           "On 5 March 2024, officers of the NATO liaison office watched a military parade of the "
           "Azerbaijani army in Baku.\n")

CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    import matplotlib
    matplotlib.use("Agg")
    from azdata import load_corpus, plots, schema
    from azdata.pipeline import run
    from azdata.runs import save_tables
    tables, _ = run(Path(sys.argv[2]))
    save_tables(tables, Path(sys.argv[3]))          # validates every table before writing
    print("types", sorted(set(tables.events.event_type)))
    print("allowed", "parade" in schema.event_types())
    fig, rows = plots.plot_events_per_year(load_corpus(sys.argv[2]))
    labels = [t.get_text() for ax in fig.axes if ax.get_legend() for t in ax.get_legend().get_texts()]
    labels += [t.get_text() for leg in fig.legends for t in leg.get_texts()]
    print("legend", "parade" in labels)
    print("colour", plots.palette("event_type").get("parade") is not None)
""")


def test_a_new_event_type_in_its_data_file_alone_reaches_the_tables_schema_and_charts(tmp_path):
    folder = tmp_path / "resources"
    shutil.copytree(resources.RESOURCE_DIR, folder)
    types = folder / "event_types.csv"
    text = types.read_text(encoding="utf-8")
    types.write_text(text.rstrip("\n") + "\nparade,activity,military parade|parade\n", encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    env = {"AZDATA_CACHE": "off", "AZDATA_RESOURCES": str(folder), "MPLBACKEND": "Agg", "PATH": ""}
    done = subprocess.run([sys.executable, "-c", CHILD, str(folder), str(corpus), str(tmp_path / "out")],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "types ['parade']" in done.stdout, done.stdout
    assert "allowed True" in done.stdout
    assert "legend True" in done.stdout, done.stdout
    assert "colour True" in done.stdout, done.stdout
    assert ",parade," in (tmp_path / "out" / "events.csv").read_text(encoding="utf-8")

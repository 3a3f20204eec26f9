"""Charts for the notebooks: one shared style, small pure helpers that compute
what is plotted, and one ``plot_*`` function per figure.

Every ``plot_*`` function takes a :class:`~azdata.tables.Corpus` and returns
``(figure, rows)``: the matplotlib Figure and the DataFrame of the rows it
plots (with ``date_text`` and ``evidence`` where the table has them), so a
notebook can show the sources under each chart.  An empty table gives a figure
that says "no data", never an error.  ``save_figure`` writes a PNG and an SVG
that are byte-identical from one run to the next.

Figures are built with ``matplotlib.figure.Figure`` rather than pyplot: nothing
is registered globally, nothing needs closing, and a notebook shows a figure
only when it asks to.  Which offices count as "head of state", "minister" and
so on is data, in ``azdata/resources/levels.csv``.

The package: ``style`` (rcParams, layout, saving, alt text), ``colours`` (one colour set per
meaning), ``levels`` (levels of office), then one module per notebook: ``corpus`` (01),
``meetings`` (02), ``delegations`` (03), ``milestones`` (04), ``statistics`` (05). Everything a
notebook or a test uses is importable from ``azdata.plots`` itself.
"""
from __future__ import annotations

from matplotlib.patches import Wedge  # noqa: F401  (tests look for the milestone wedges)

from ..schema import ACTIONS  # noqa: F401

from .colours import (  # noqa: F401
    FAMILY_COLOURS,
    BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY, YELLOW, BLACK, GREY, NEUTRAL, NOTE_COLOUR,
    OTHER_COLOUR, OTHER_HATCH, HATCH_COLOUR, REPEAT_HATCHES, NO_OUTLET, OTHER_OUTLETS, NO_DATE,
    OTHER_KEYS, event_types, outlets, order, fills, palette, lab, colour_distance)

from .style import (  # noqa: F401
    DPI, NOTE_INCHES, WIDTH, MIN_BAR_SLOTS, MAX_ROWS, MAX_COLUMNS, STYLE, apply_style,
    figure_folder, save_figure, ShownFigure, alt_text, show_figure, CHAR_INCHES, no_data_figure,
    LOG_TICKS, TICK_GAP_PIXELS, _visible_labels, labels_collide)

from .levels import (  # noqa: F401
    NO_ONE, OTHER_LEVEL, level_rules, levels, official_level, level_table, participant_levels,
    event_levels)

from .corpus import (  # noqa: F401
    FACT_COLOURS, MAX_OUTLETS, articles_per_year, table_sizes, article_problems, facts_per_article,
    plot_articles_per_year, plot_facts_per_article)

from .meetings import (  # noqa: F401
    RECALL_DAYS, TIMING, TIMING_LABELS, TIMING_MARKERS, date_label, report_timing, DISTINCT_COLUMNS,
    DEFAULT_RELATIONS, RELATION_LABELS, distinct_events, contacts, events_per_year,
    plot_events_per_year, plot_meeting_timeline)

from .delegations import (  # noqa: F401
    MEMBER_COLUMNS, delegation_members, delegation_makeup, plot_delegation_makeup, PR_LEVEL,
    PR_COLUMNS, permanent_representatives, plot_permanent_representatives)

from .milestones import (  # noqa: F401
    MARK_COLUMNS, milestone_disagreements, milestone_marks, MAX_PROGRAMMES, MAX_PERIODS,
    PERIOD_YEARS, MARK_INCHES, milestone_periods, plot_milestones)

from .statistics import (  # noqa: F401
    STAT_COLUMNS, QUALIFIER_MEANING, MEANING_MARKERS, QUALIFIER_MARKERS, LOG_RANGE, GROUP_INCHES,
    statistics_as_written, other_statistics, plot_statistics, PARTICIPATION_COLUMNS, group_rules,
    participation_groups, participation_group, group_table, participation, ungrouped_counts,
    plot_participation)

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
    BLACK,
    BLUE,
    DICHROMACY,
    FAMILY_COLOURS,
    GREEN,
    HATCH_COLOUR,
    MIN_DISTANCE,
    NEUTRAL,
    NO_DATE,
    NO_OUTLET,
    NONE_HATCHES,
    NOTE_COLOUR,
    ORANGE,
    OTHER_COLOUR,
    OTHER_HATCH,
    OTHER_KEYS,
    OTHER_OUTLETS,
    PURPLE,
    REPEAT_HATCHES,
    SKY,
    VERMILLION,
    YELLOW,
    colour_distance,
    event_types,
    fills,
    lab,
    order,
    outlets,
    palette,
    simulated,
)
from .corpus import (  # noqa: F401
    FACT_COLOURS,
    MAX_OUTLETS,
    article_problems,
    articles_per_year,
    facts_per_article,
    plot_articles_per_year,
    plot_facts_per_article,
    table_sizes,
)
from .delegations import (  # noqa: F401
    MEMBER_COLUMNS,
    PR_COLUMNS,
    PR_LEVEL,
    delegation_makeup,
    delegation_members,
    permanent_representatives,
    plot_delegation_makeup,
    plot_permanent_representatives,
)
from .levels import (  # noqa: F401
    NO_ONE,
    OTHER_LEVEL,
    event_levels,
    level_rules,
    level_table,
    levels,
    official_level,
    participant_levels,
)
from .meetings import (  # noqa: F401
    DEFAULT_RELATIONS,
    DISTINCT_COLUMNS,
    RECALL_DAYS,
    RELATION_LABELS,
    TIMELINE_ROWS,
    TIMING,
    TIMING_LABELS,
    TIMING_MARKERS,
    contacts,
    date_label,
    distinct_events,
    events_per_year,
    plot_events_per_year,
    plot_meeting_timeline,
    report_timing,
)
from .milestones import (  # noqa: F401
    MARK_COLUMNS,
    MARK_INCHES,
    MAX_PERIODS,
    MAX_PROGRAMMES,
    PERIOD_YEARS,
    milestone_disagreements,
    milestone_marks,
    milestone_periods,
    plot_milestones,
)
from .statistics import (  # noqa: F401
    GROUP_INCHES,
    LOG_RANGE,
    MEANING_MARKERS,
    PARTICIPATION_COLUMNS,
    QUALIFIER_MARKERS,
    QUALIFIER_MEANING,
    STAT_COLUMNS,
    group_rules,
    group_table,
    other_statistics,
    participation,
    participation_group,
    participation_groups,
    plot_participation,
    plot_statistics,
    statistics_as_written,
    ungrouped_counts,
)
from .style import (  # noqa: F401
    CHAR_INCHES,
    DPI,
    LOG_TICKS,
    MAX_COLUMNS,
    MAX_ROWS,
    MIN_BAR_SLOTS,
    NOTE_INCHES,
    SHOWN_ROWS,
    STYLE,
    TICK_GAP_PIXELS,
    WIDTH,
    ShownFigure,
    alt_text,
    apply_style,
    figure_folder,
    labels_collide,
    listing,
    no_data_figure,
    save_figure,
    show_figure,
    visible_labels,
)

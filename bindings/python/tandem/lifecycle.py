"""Product lifecycle stages, stage histories and the stage classifier (tandem.h, org section).

    >>> import tandem
    >>> product = tandem.ProductLifecycle("widget_a")
    >>> product.enter("introduction", "2026-01-01")
    >>> product.enter("growth", "2026-07-01")
    >>> product.stage_on("2026-03-15"), product.current
    ('introduction', 'growth')
    >>> p = tandem.classify_lifecycle([100, 110, 121, 133, 146, 161, 177, 195])
    >>> p.stage, p.rule, p.growth_bp
    ('growth', 'rising', 3308)
    >>> tandem.lifecycle_stage_id("maturity"), tandem.is_extension("decline")
    ('lifecycle_maturity', True)
    >>> [f.text for f in tandem.marketing_focus("growth", "zh")][1]
    '制定年度营销目标计划'

Stages are the names "introduction" (导入期), "growth" (成长期), "maturity" (成熟期)
and "decline" (衰退期, an extension beyond the seed); their stable ids
("lifecycle_growth") are accepted too. No stage is None. Sales are ints >= 0 in the
smallest unit, oldest first; docs/domain.md states the classifier's rule.
"""

import datetime
from collections import namedtuple
from ctypes import byref, c_bool, c_int32, c_int64, c_size_t, create_string_buffer

from ._arrays import int64_input, integer
from ._library import (LifecycleOptionsPtr, LifecycleProposal, ProductLifecyclePtr, check,
                       lib)
from ._names import _names
from .catalog import _lang
from .errors import InvalidArgument
from .time import _Handle, _create, _date_text, _read_text

_DATE_SIZE = 11  # TANDEM_DATE_SIZE
_NO_STAGE = -1   # TANDEM_LIFECYCLE_NO_STAGE

Transition = namedtuple("Transition", "stage effective")
Transition.__doc__ = "One history entry: from `effective` (datetime.date) on, the product is in `stage`."

Proposal = namedtuple("Proposal", "stage rule periods periods_since_first_sale recent_level "
                                  "previous_level peak_level growth_bp level_bp")
Proposal.__doc__ = """A proposed stage (None when the rule gives none) and the figures behind it.

rule: "insufficient_data", "no_sales", "falling", "young", "sporadic", "takeoff",
"rising", "plateau" or "below_peak". Levels are lower medians of a window of
periods (recent: the last window, previous: the one before, peak: the highest).
growth_bp is None when previous_level is 0; level_bp is recent * 10000 // peak."""


def lifecycle_stages():
    """The stage names, in the order of their pinned values."""
    return _names(lib.tandem_lifecycle_stage_name)


def lifecycle_rules():
    """The classifier's rule names, in the order of their pinned values."""
    return _names(lib.tandem_lifecycle_rule_name)


def _stage_code(stage):
    """The tandem_lifecycle_stage of a name or stable id, parsed by the library."""
    if not isinstance(stage, str):
        raise TypeError("stage must be a str, not %s" % type(stage).__name__)
    if "\0" in stage:
        raise InvalidArgument("stage contains a NUL character")
    code = c_int32()
    check(lib.tandem_lifecycle_stage_from_name(stage.encode("utf-8"), byref(code)))
    return code.value


def _stage_name(code):
    return None if code == _NO_STAGE else lib.tandem_lifecycle_stage_name(code).decode("ascii")


def lifecycle_stage_id(stage):
    """The stable id of a stage ("growth" -> "lifecycle_growth"; the catalog's ids)."""
    return lib.tandem_lifecycle_stage_id(_stage_code(stage)).decode("ascii")


def is_extension(stage):
    """True for a stage the seed does not name ("decline")."""
    return bool(lib.tandem_lifecycle_stage_is_extension(_stage_code(stage)))


FocusActivity = namedtuple("FocusActivity", "id text inferred")
FocusActivity.__doc__ = """One thing marketing focuses on at a stage: the catalog's activity id
(Tandem's own for decline), its text, and whether it is Tandem's inference."""



def marketing_focus(stage, lang="en"):
    """What marketing focuses on at `stage` (市场部在各阶段的侧重点), in the seed's order.

    For the seed's stages, the catalog's activities; for "decline", which the seed
    leaves without focus, Tandem's three (harvest, prune, reposition or withdraw),
    each with inferred=True. `lang` is "zh" or "en".
    """
    code = _stage_code(stage)
    language = _lang(lang)  # "zh" or "en" in any case, as in tandem.catalog
    count = c_size_t()
    check(lib.tandem_lifecycle_focus_count(code, byref(count)))
    found = []
    for index in range(count.value):
        id_length, text_length, inferred = c_size_t(), c_size_t(), c_bool()
        check(lib.tandem_lifecycle_focus_get(code, index, language, None, 0, byref(id_length),
                                             None, 0, byref(text_length), byref(inferred)))
        id_buffer = create_string_buffer(id_length.value + 1)
        text_buffer = create_string_buffer(text_length.value + 1)
        check(lib.tandem_lifecycle_focus_get(code, index, language, id_buffer, len(id_buffer),
                                             None, text_buffer, len(text_buffer), None, None))
        found.append(FocusActivity(id_buffer.value.decode("ascii"),
                                   text_buffer.value.decode("utf-8"), inferred.value))
    return found


class ProductLifecycle(_Handle):
    """A product and the stages it entered, each from a date on, in increasing date order.

    The id is 1 to 64 characters of a-z, 0-9 and _, starting with a letter. Going
    back to an earlier stage (a relaunch) is allowed; the same stage twice in a row,
    or a date not after the last entry's, raises InvalidArgument and changes nothing.
    """

    _kind_name = "ProductLifecycle"

    def __init__(self, product_id):
        if not isinstance(product_id, str):
            raise TypeError("product_id must be a str, not %s" % type(product_id).__name__)
        if "\0" in product_id:
            raise InvalidArgument("product_id contains a NUL character")
        handle = _create(lib.tandem_product_lifecycle_create, ProductLifecyclePtr,
                         product_id.encode("utf-8"))
        super().__init__(handle, lib.tandem_product_lifecycle_destroy)

    @property
    def product_id(self):
        with self._use() as handle:
            return _read_text(lib.tandem_product_lifecycle_id, handle)

    def enter(self, stage, effective):
        """Records that the product enters `stage` on `effective` (a date or "YYYY-MM-DD")."""
        code = _stage_code(stage)
        day = _date_text(effective, "effective")
        with self._use() as handle:
            check(lib.tandem_product_lifecycle_enter(handle, code, day))

    def stage_on(self, day):
        """The stage in force on `day`, or None before the first entry."""
        text = _date_text(day, "day")
        code = c_int32()
        with self._use() as handle:
            check(lib.tandem_product_lifecycle_stage_on(handle, text, byref(code)))
        return _stage_name(code.value)

    @property
    def current(self):
        """The stage of the latest entry (whatever its date), or None."""
        code = c_int32()
        with self._use() as handle:
            check(lib.tandem_product_lifecycle_current(handle, byref(code)))
        return _stage_name(code.value)

    def __len__(self):
        with self._use() as handle:
            return lib.tandem_product_lifecycle_count(handle)

    @property
    def history(self):
        """Every entry, oldest first, as Transition(stage, effective)."""
        entries = []
        with self._use() as handle:
            for index in range(lib.tandem_product_lifecycle_count(handle)):
                code, date = c_int32(), create_string_buffer(_DATE_SIZE)
                check(lib.tandem_product_lifecycle_entry(handle, index, byref(code), date,
                                                         _DATE_SIZE))
                entries.append(Transition(
                    _stage_name(code.value),
                    datetime.date.fromisoformat(date.value.decode("ascii"))))
        return entries

    def __repr__(self):
        if self.closed:
            return "<tandem.ProductLifecycle (closed)>"
        return "<tandem.ProductLifecycle %s: %s>" % (self.product_id, self.current)


_SETTERS = (
    ("window", "tandem_lifecycle_options_set_window"),
    ("introduction_periods", "tandem_lifecycle_options_set_introduction_periods"),
    ("growth_threshold_bp", "tandem_lifecycle_options_set_growth_threshold_bp"),
    ("decline_threshold_bp", "tandem_lifecycle_options_set_decline_threshold_bp"),
    ("maturity_level_bp", "tandem_lifecycle_options_set_maturity_level_bp"),
)


def classify_lifecycle(sales, window=3, introduction_periods=6, growth_threshold_bp=1000,
                       decline_threshold_bp=1000, maturity_level_bp=8000):
    """Proposes a stage from sales per period (ints >= 0, oldest first): a Proposal.

    `sales` is a list, tuple or int64 buffer (array.array('q'), read in place).
    Thresholds are basis points (10000 = 100 %). Too few periods (fewer than
    2 * window), no sales or only sporadic ones give stage None, not an error. A
    negative sale raises OutOfRange with .child its index; an option outside its
    range raises OutOfRange naming it.
    """
    values = {"window": window, "introduction_periods": introduction_periods,
              "growth_threshold_bp": growth_threshold_bp,
              "decline_threshold_bp": decline_threshold_bp,
              "maturity_level_bp": maturity_level_bp}
    checked = {name: integer(value, name) for name, value in values.items()}
    options = _create(lib.tandem_lifecycle_options_create, LifecycleOptionsPtr)
    releases = []
    try:
        for name, setter in _SETTERS:
            check(getattr(lib, setter)(options, c_int64(checked[name])))
        pointer, count = int64_input(sales, "sales", releases)
        out = LifecycleProposal()
        check(lib.tandem_lifecycle_classify(pointer, count, options, byref(out)))
    finally:
        for release in releases:
            release()
        lib.tandem_lifecycle_options_destroy(options)
    return Proposal(
        stage=_stage_name(out.stage),
        rule=lib.tandem_lifecycle_rule_name(out.rule).decode("ascii"),
        periods=out.periods, periods_since_first_sale=out.periods_since_first_sale,
        recent_level=out.recent_level, previous_level=out.previous_level,
        peak_level=out.peak_level, growth_bp=out.growth_bp if out.has_growth else None,
        level_bp=out.level_bp)

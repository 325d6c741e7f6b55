"""Which of the seed's four organisation models (组织模式) an organisation runs, why,
and what would move it to model 4 (tandem.h, "org: organisation and organisation
model"; docs/domain.md, "Organisation model", states the rules and the reason ids).

    >>> import tandem
    >>> org = tandem.Organisation()
    >>> org.add_unit("marketing_sales", zh="市场营销部", function="marketing_and_sales")
    >>> result = tandem.classify_org_model(org)
    >>> result.model, result.model_id
    (1, 'org_model_1_marketing_equals_sales')
    >>> [reason.id for reason in result.reasons]
    ['marketing_and_sales_in_one_unit']
    >>> [change.id for change in tandem.changes_towards_model_4(org)][:2]
    ['split_marketing_from_sales', 'assign_duty_to_marketing']

The rules, first match wins: no marketing unit, no sales unit, or one unit doing both
-> 1; the marketing unit reports to the sales unit at any distance -> 2; the marketing
side owns every management and every support duty -> 4; otherwise 3. Both functions
validate the organisation first and raise its InvalidArgument.
"""

from dataclasses import dataclass
from typing import Tuple

from ._library import OrgModelResultPtr, lib
from .catalog import _lang
from .catalog import text as _catalog_text
from .organisation import Organisation, _ids
from .time import _create, _read_text


@dataclass(frozen=True)
class Reason:
    """One reason for a classification, or one change towards model 4.

    id      stable id ("marketing_reports_to_sales", "move_duty_to_marketing"...)
    zh, en  its text in each language
    ids     the units and duties it concerns, in the order docs/domain.md gives
    """

    id: str
    zh: str
    en: str
    ids: Tuple[str, ...]

    def text(self, lang="en"):
        """The text in `lang` ("zh" or "en")."""
        return self.zh if _lang(lang) == _lang("zh") else self.en


@dataclass(frozen=True)
class OrgModelClassification:
    """The model an organisation runs: its number (1..4, as the seed numbers them),
    its catalog id ("org_model_4_marketing_supports_and_manages_sales"), and the
    reasons (Reason) for it."""

    model: int
    model_id: str
    reasons: Tuple[Reason, ...]

    def model_name(self, lang="en"):
        """The model's name in `lang`, from the catalog."""
        return _catalog_text(self.model_id, lang)


def _reasons(handle):
    found = []
    for index in range(lib.tandem_org_model_result_reason_count(handle)):
        found.append(Reason(
            id=_read_text(lib.tandem_org_model_result_reason_id, handle, index),
            zh=_read_text(lib.tandem_org_model_result_reason_text, handle, index, _lang("zh")),
            en=_read_text(lib.tandem_org_model_result_reason_text, handle, index, _lang("en")),
            ids=tuple(_ids(lib.tandem_org_model_result_reason_ids, handle, index))))
    return tuple(found)


def _result(function, org):
    if not isinstance(org, Organisation):
        raise TypeError("org must be a tandem.Organisation, not %s" % type(org).__name__)
    with org._use() as org_handle:
        handle = _create(function, OrgModelResultPtr, org_handle)
    try:
        return (lib.tandem_org_model_result_model(handle),
                _read_text(lib.tandem_org_model_result_model_id, handle), _reasons(handle))
    finally:
        lib.tandem_org_model_result_destroy(handle)


def classify_org_model(org):
    """The OrgModelClassification of an Organisation (validated first)."""
    model, model_id, reasons = _result(lib.tandem_org_model_classify, org)
    return OrgModelClassification(model=model, model_id=model_id, reasons=reasons)


def changes_towards_model_4(org):
    """What to change so that `org` would run model 4, in the order to do it
    (structural changes first, then duties to give the marketing side), as a list of
    Reason; [] when it runs model 4 already."""
    return list(_result(lib.tandem_org_model_changes_towards_model_4, org)[2])


__all__ = ["Reason", "OrgModelClassification", "classify_org_model", "changes_towards_model_4"]

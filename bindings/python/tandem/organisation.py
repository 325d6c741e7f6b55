"""One company's organisation: departments and roles in a reporting tree, people in
roles, and who owns which duty (职责) (tandem.h, "org: organisation and organisation
model").

    >>> import tandem
    >>> org = tandem.Organisation()
    >>> org.add_unit("role_marketing_director", "role")
    >>> org.add_unit("org_marketing_department", superior="role_marketing_director")
    >>> org.add_unit("org_sales_department", superior="role_marketing_director")
    >>> org.add_duty("key_account_reviews", zh="大客户评审", en="Key account reviews")
    >>> org.assign_duty("key_account_reviews", "org_sales_department")
    >>> org.assign_person("li_lei", "role_marketing_director")
    >>> org.validate()
    >>> org.find_unit("org_sales_department").name("zh"), org.owners_of("key_account_reviews")
    ('销售部', ['org_sales_department'])
    >>> org.unit_with("marketing").id
    'org_marketing_department'

Ids are 1 to 64 characters of a-z, 0-9 and _, starting with a letter. A unit whose
id is a catalog org unit or role takes its names from the catalog; the catalog's 22
marketing duties and its sales responsibilities are always known duties. Units may
name a superior added later: validate() (which every tree query runs first) checks
the tree. Unit kinds are "department" and "role"; unit functions "none",
"marketing", "sales" and "marketing_and_sales" ("from_id", the default when adding,
derives it from the id). Every failure raises InvalidArgument naming the ids and
changes nothing.
"""

from collections import namedtuple
from ctypes import byref, c_bool, c_int32, c_size_t
from dataclasses import dataclass
from typing import Optional

from ._library import IdListPtr, OrganisationPtr, check, lib
from ._names import _names
from .catalog import _lang, _name
from .errors import InvalidArgument
from .time import _Handle, _create, _library_name, _read_text

# TANDEM_UNIT_FUNCTION_MARKETING, _SALES, _MARKETING_AND_SALES: at most one unit each.
_UNIQUE_FUNCTIONS = (2, 3, 4)


def _optional(value, what):
    """Text for the C API, or None (NULL) for None."""
    return None if value is None else _name(value, what)


def _code_name(function, code, what):
    """The library's name of a pinned value (never NULL for a value it wrote)."""
    name = function(code)
    if name is None:  # a newer library with a value this binding does not know
        return "%s_%d" % (what, code)
    return name.decode("ascii")


def _unit_kind(name):
    return _library_name(name, lib.tandem_unit_kind_from_name, "kind")


def _unit_function(name):
    return _library_name(name, lib.tandem_unit_function_from_name, "function")


def unit_kinds():
    """The unit kind names, in the order of their pinned values: ("department", "role")."""
    return _names(lib.tandem_unit_kind_name)


def unit_functions():
    """The unit function names, in the order of their pinned values ("from_id" first)."""
    return _names(lib.tandem_unit_function_name)


def duty_sources():
    """("marketing_duty", "sales_responsibility", "host")."""
    return _names(lib.tandem_duty_source_name)


def is_well_formed_org_id(id_):
    """Whether `id_` can name a unit, duty or person: [a-z][a-z0-9_]*, at most 64."""
    if not isinstance(id_, str):
        raise TypeError("id must be a str, not %s" % type(id_).__name__)
    if "\0" in id_:
        return False
    return bool(lib.tandem_org_id_is_well_formed(id_.encode("utf-8")))


def _read_id_list(handle, related):
    """The ids of a tandem_id_list, each as (id, [related ids]) when `related`."""
    found = []
    count = c_size_t()
    for index in range(lib.tandem_id_list_count(handle)):
        id_ = _read_text(lib.tandem_id_list_get, handle, index)
        if not related:
            found.append(id_)
            continue
        check(lib.tandem_id_list_related_count(handle, index, byref(count)))
        found.append((id_, [_read_text(lib.tandem_id_list_related, handle, index, other)
                            for other in range(count.value)]))
    return found


def _ids(function, *args, related=False):
    """Calls a C query writing a new tandem_id_list; reads it and destroys it."""
    handle = _create(function, IdListPtr, *args)
    try:
        return _read_id_list(handle, related)
    finally:
        lib.tandem_id_list_destroy(handle)


@dataclass(frozen=True)
class Unit:
    """A department or role as stored: names and function resolved.

    id        its id
    kind      "department" or "role"
    zh, en    its names (the catalog's for a catalog id; the other language's when
              only one was given)
    superior  the id of the unit it reports to, or None for a top of the tree
    function  "none", "marketing", "sales" or "marketing_and_sales"
    """

    id: str
    kind: str
    zh: str
    en: str
    superior: Optional[str]
    function: str

    def name(self, lang="en"):
        """The name in `lang` ("zh" or "en")."""
        return self.zh if _lang(lang) == _lang("zh") else self.en


@dataclass(frozen=True)
class Duty:
    """A known duty: id, names, and source ("marketing_duty", "sales_responsibility"
    for the catalog's, "host" for one added with add_duty)."""

    id: str
    zh: str
    en: str
    source: str

    def name(self, lang="en"):
        """The name in `lang` ("zh" or "en")."""
        return self.zh if _lang(lang) == _lang("zh") else self.en


DutyAssignment = namedtuple("DutyAssignment", "duty_id owner_id")
DutyAssignment.__doc__ = "A duty and one of its owners (a department or role)."


def _unit_at(handle, index):
    kind, function = c_int32(), c_int32()
    check(lib.tandem_organisation_unit_info(handle, index, byref(kind), byref(function)))
    return Unit(id=_read_text(lib.tandem_organisation_unit_id, handle, index),
                kind=_code_name(lib.tandem_unit_kind_name, kind.value, "kind"),
                zh=_read_text(lib.tandem_organisation_unit_name, handle, index, _lang("zh")),
                en=_read_text(lib.tandem_organisation_unit_name, handle, index, _lang("en")),
                superior=_read_text(lib.tandem_organisation_unit_superior, handle, index) or None,
                function=_code_name(lib.tandem_unit_function_name, function.value, "function"))


def _duty_at(handle, index):
    source = c_int32()
    check(lib.tandem_organisation_duty_source(handle, index, byref(source)))
    return Duty(id=_read_text(lib.tandem_organisation_duty_id, handle, index),
                zh=_read_text(lib.tandem_organisation_duty_name, handle, index, _lang("zh")),
                en=_read_text(lib.tandem_organisation_duty_name, handle, index, _lang("en")),
                source=_code_name(lib.tandem_duty_source_name, source.value, "source"))


class Organisation(_Handle):
    """A company's organisation (see the module's docstring). Organisation() is empty;
    copy() gives an independent copy. Every use of the handle holds its lock, so one
    object may be shared between threads."""

    _kind_name = "Organisation"

    def __init__(self, _handle=None):
        if _handle is None:
            _handle = _create(lib.tandem_organisation_create, OrganisationPtr)
        elif not isinstance(_handle, OrganisationPtr):
            raise TypeError("use Organisation() to make an organisation")
        super().__init__(_handle, lib.tandem_organisation_destroy)

    def copy(self):
        """An independent copy: changing one does not change the other."""
        with self._use() as handle:
            return Organisation(_create(lib.tandem_organisation_clone, OrganisationPtr, handle))

    # -- building ----------------------------------------------------------------------

    def add_unit(self, id, kind="department", *, zh=None, en=None, superior=None,
                 function="from_id"):
        """Adds a department or role (kind "department" or "role").

        zh, en     names; a catalog id may have none (the catalog's are used), a host
                   id needs at least one (the other falls back to it).
        superior   the id of the unit it reports to (it may be added later), or None.
        function   "from_id" (org_marketing_department is marketing,
                   org_sales_department sales, anything else none), "none",
                   "marketing", "sales" or "marketing_and_sales"; at most one unit
                   has each of the last three.
        """
        args = (_name(id, "id"), _unit_kind(kind), _optional(zh, "zh"), _optional(en, "en"),
                _optional(superior, "superior"), _unit_function(function))
        with self._use() as handle:
            check(lib.tandem_organisation_add_unit(handle, *args))

    def add_duty(self, id, *, zh=None, en=None):
        """Adds a host duty with at least one name (the other falls back to it); its
        id may not be any catalog entry's."""
        args = (_name(id, "id"), _optional(zh, "zh"), _optional(en, "en"))
        with self._use() as handle:
            check(lib.tandem_organisation_add_duty(handle, *args))

    def assign_person(self, person_id, role_id):
        """Puts a person into a role (a unit of kind "role")."""
        args = (_name(person_id, "person_id"), _name(role_id, "role_id"))
        with self._use() as handle:
            check(lib.tandem_organisation_assign_person(handle, *args))

    def assign_duty(self, duty_id, owner_id):
        """Makes a unit an owner of a known duty. A duty may have several owners."""
        args = (_name(duty_id, "duty_id"), _name(owner_id, "owner_id"))
        with self._use() as handle:
            check(lib.tandem_organisation_assign_duty(handle, *args))

    def validate(self):
        """Checks the reporting tree: InvalidArgument for an unknown superior ("unit 'x'
        reports to unknown superior 'y'") or a cycle ("reporting cycle: a -> b -> a")."""
        with self._use() as handle:
            check(lib.tandem_organisation_validate(handle))

    # -- lookups -------------------------------------------------------------------------

    @property
    def units(self):
        """Every Unit, in the order added."""
        with self._use() as handle:
            return [_unit_at(handle, index)
                    for index in range(lib.tandem_organisation_unit_count(handle))]

    def _find(self, finder, key, read):
        found, index = c_bool(), c_size_t()
        with self._use() as handle:
            check(finder(handle, key, byref(found), byref(index)))
            return read(handle, index.value) if found.value else None

    def find_unit(self, id):
        """The Unit with this id, or None."""
        return self._find(lib.tandem_organisation_find_unit, _name(id, "id"), _unit_at)

    def unit_with(self, function):
        """The Unit with function "marketing", "sales" or "marketing_and_sales", or None."""
        code = _unit_function(function)
        if code not in _UNIQUE_FUNCTIONS:  # the C message would name the number
            raise InvalidArgument("unit_with takes marketing, sales or marketing_and_sales "
                                  "(the functions one unit at most has), not %s" % function)
        return self._find(lib.tandem_organisation_unit_with, code, _unit_at)

    @property
    def duties(self):
        """Every known Duty: the catalog's marketing duties and sales responsibilities
        in the catalog's order, then host duties in the order added."""
        with self._use() as handle:
            return [_duty_at(handle, index)
                    for index in range(lib.tandem_organisation_duty_count(handle))]

    def find_duty(self, id):
        """The known Duty with this id, or None."""
        return self._find(lib.tandem_organisation_find_duty, _name(id, "id"), _duty_at)

    @property
    def duty_assignments(self):
        """Every DutyAssignment(duty_id, owner_id), in the order made."""
        with self._use() as handle:
            pairs = _ids(lib.tandem_organisation_duty_assignments, handle, related=True)
        return [DutyAssignment(duty, owners[0]) for duty, owners in pairs]

    # -- queries -------------------------------------------------------------------------

    def _query(self, function, *args, related=False):
        with self._use() as handle:
            return _ids(function, handle, *args, related=related)

    def owners_of(self, duty_id):
        """The owners of a known duty, in the order assigned ([] when unowned)."""
        return self._query(lib.tandem_organisation_owners_of, _name(duty_id, "duty_id"))

    def unowned_duties(self):
        """Known duties nobody owns, in the order of duties."""
        return self._query(lib.tandem_organisation_unowned_duties)

    def duties_owned_more_than_once(self):
        """{duty_id: [owner ids in the order assigned]} for each duty with more than
        one owner, in the order of duties."""
        return dict(self._query(lib.tandem_organisation_duties_owned_more_than_once,
                                related=True))

    def duties_of(self, unit_id, include_subordinates=False):
        """What a unit owns (and, with include_subordinates, every unit below it) as
        DutyAssignment(duty_id, owner_id), in the order of duties. Validates first."""
        if not isinstance(include_subordinates, bool):
            raise TypeError("include_subordinates must be a bool, not %s"
                            % type(include_subordinates).__name__)
        pairs = self._query(lib.tandem_organisation_duties_of, _name(unit_id, "unit_id"),
                            include_subordinates, related=True)
        return [DutyAssignment(duty, owners[0]) for duty, owners in pairs]

    def direct_subordinates(self, unit_id):
        """Units reporting directly to `unit_id`, in the order added. Validates first."""
        return self._query(lib.tandem_organisation_direct_subordinates, _name(unit_id, "unit_id"))

    def subtree(self, unit_id):
        """The unit and every unit below it, depth first in the order added."""
        return self._query(lib.tandem_organisation_subtree, _name(unit_id, "unit_id"))

    def superior_chain(self, unit_id):
        """The unit's superiors, nearest first, up to a top (itself not included)."""
        return self._query(lib.tandem_organisation_superior_chain, _name(unit_id, "unit_id"))

    def people_in(self, role_id):
        """People in a role, in the order assigned."""
        return self._query(lib.tandem_organisation_people_in, _name(role_id, "role_id"))

    def roles_of(self, person_id):
        """Roles a person holds, in the order assigned ([] for a person never assigned)."""
        return self._query(lib.tandem_organisation_roles_of, _name(person_id, "person_id"))

    def __repr__(self):
        if self.closed:
            return "<tandem.Organisation closed>"
        with self._use() as handle:
            units = lib.tandem_organisation_unit_count(handle)
        return "<tandem.Organisation %d units>" % units


__all__ = ["Organisation", "Unit", "Duty", "DutyAssignment", "unit_kinds", "unit_functions",
           "duty_sources", "is_well_formed_org_id"]

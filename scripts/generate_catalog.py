#!/usr/bin/env python3
"""Generates src/org/catalog_data.cpp from data/domain/catalog.json.

The built-in catalog (include/tandem/org/catalog.hpp) is compiled into the library as
constexpr static data, so that building Tandem needs no Python and looking an entry up
never allocates. This script is the only writer of that file; the output is committed
and a test (org.catalog_data_is_fresh) fails when it no longer matches the JSON.

    scripts/generate_catalog.py            # rewrite src/org/catalog_data.cpp
    scripts/generate_catalog.py --check    # exit 1 if the committed file is stale

The script also checks what the C++ types assume (ids unique and well formed, known
relation kinds and structures, numbers in range) and that the entries it emits match
the catalog's own "counts", so a refreshed catalog that breaks an assumption fails here
rather than at run time.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INPUT = ROOT / "data" / "domain" / "catalog.json"
DEFAULT_OUTPUT = ROOT / "src" / "org" / "catalog_data.cpp"

RELATION_KINDS = [
    "contains", "includes", "part_of", "reports_to", "supervises", "reviews",
    "assigns_targets_to", "co_trains_with", "plans_training_for", "supports",
    "supports_and_manages", "feeds_back_to", "jointly_set_targets",
]
ORG_STRUCTURES = [
    "merged", "marketing_subordinate_to_sales", "independent_peers",
    "marketing_supports_and_manages_sales",
]
HORIZON_ROLES = ["unit_of_account", "verification_cycle"]
DEPARTMENT_OF_HORIZONS = {"marketing": "org_marketing_department", "sales": "org_sales_department"}
ID_PATTERN = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


class CatalogError(Exception):
    pass


def cpp_string(text: str) -> str:
    """A C++ narrow string literal holding `text` as UTF-8.

    Printable characters, CJK included, are kept as they are so that the generated
    file stays readable; control characters use octal escapes (at most three digits,
    so a following digit cannot extend them as it would a hex escape)."""
    out = ['"']
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("\\%03o" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def sv(text: str | None) -> str:
    return "std::string_view{}" if not text else cpp_string(text) + "sv"


def boolean(value: bool | None) -> str:
    return "true" if value else "false"


def small_number(value: object, what: str, limit: int = 255) -> str:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= limit:
        raise CatalogError(f"{what}: expected an integer in 0..{limit}, got {value!r}")
    return str(value)


def as_list(value: object) -> list[str]:
    return value if isinstance(value, list) else [value]


class Generator:
    def __init__(self, catalog: dict) -> None:
        self.catalog = catalog
        self.lines: list[str] = []
        self.seen_ids: dict[str, str] = {}
        self.all_entries: list[str] = []  # C++ expressions of `const entry*`, lookup order
        self.emitted: dict[str, int] = {}

    # -- helpers -------------------------------------------------------------------

    def register(self, ident: str, kind: str, address: str) -> None:
        if not isinstance(ident, str) or not ID_PATTERN.match(ident):
            raise CatalogError(f"{kind}: malformed id {ident!r}")
        if ident in self.seen_ids:
            raise CatalogError(f"duplicate id '{ident}' ({self.seen_ids[ident]} and {kind})")
        self.seen_ids[ident] = kind
        self.all_entries.append(address)

    def entry(self, item: dict, kind: str) -> str:
        for field in ("zh", "en"):
            if not isinstance(item.get(field), str) or not item[field]:
                raise CatalogError(f"{item.get('id')!r}: missing {field} text")
        return (f"{{{sv(item['id'])}, {sv(item['zh'])}, {sv(item['en'])}, "
                f"entry_kind::{kind}, {boolean(item.get('inferred'))}}}")

    def id_array(self, name: str, ids: list[str]) -> str:
        """Emits a constexpr array of ids and returns the span expression over it."""
        if not ids:
            return "{}"
        body = ", ".join(sv(i) for i in ids)
        self.lines.append(f"constexpr std::string_view {name}[] = {{{body}}};")
        return name

    def array(self, cpp_type: str, name: str, rows: list[str]) -> None:
        self.lines.append(f"constexpr {cpp_type} {name}[] = {{")
        for row in rows:
            self.lines.append(f"    {row},")
        self.lines.append("};")
        self.lines.append("")

    def count(self, what: str, n: int) -> None:
        self.emitted[what] = n

    # -- sections ------------------------------------------------------------------

    def org_units_and_roles(self) -> None:
        dr = self.catalog["departments_and_roles"]
        relations = dr["relations"]

        def related(kind: str, side: str, ident: str, other: str) -> list[str]:
            found: list[str] = []
            for rel in relations:
                if rel["type"] == kind and ident in as_list(rel[side]):
                    for x in as_list(rel[other]):
                        if x not in found:
                            found.append(x)
            return found

        def merge(*lists: list[str]) -> list[str]:
            out: list[str] = []
            for lst in lists:
                for x in lst:
                    if x not in out:
                        out.append(x)
            return out

        self.lines.append("// Departments and roles. Superiors and subordinates are derived from the")
        self.lines.append("// reports_to and supervises relations (and a role's own reports_to field).")
        rows = []
        for i, unit in enumerate(dr["org_units"]):
            ident = unit["id"]
            parents = related("contains", "to", ident, "from")
            if len(parents) > 1:
                raise CatalogError(f"org unit '{ident}' is contained in more than one unit")
            superiors = merge(related("reports_to", "from", ident, "to"),
                              related("supervises", "to", ident, "from"))
            subordinates = merge(related("supervises", "from", ident, "to"),
                                 related("reports_to", "to", ident, "from"))
            sup = self.id_array(f"org_unit_{i}_superiors", superiors)
            sub = self.id_array(f"org_unit_{i}_subordinates", subordinates)
            parent = parents[0] if parents else None
            rows.append(f"{{{self.entry(unit, 'org_unit')}, {sv(parent)}, {sup}, {sub}}}")
            self.register(ident, "org_unit", f"&org_unit_data[{i}]")
        self.array("org_unit", "org_unit_data", rows)
        self.count("org_units", len(rows))

        rows = []
        for i, role in enumerate(dr["roles"]):
            ident = role["id"]
            own = [role["reports_to"]] if role.get("reports_to") else []
            superiors = merge(own, related("reports_to", "from", ident, "to"),
                              related("supervises", "to", ident, "from"))
            subordinates = merge(related("supervises", "from", ident, "to"),
                                 related("reports_to", "to", ident, "from"))
            sup = self.id_array(f"role_{i}_superiors", superiors)
            sub = self.id_array(f"role_{i}_subordinates", subordinates)
            rows.append(f"{{{self.entry(role, 'role')}, {sup}, {sub}}}")
            self.register(ident, "role", f"&role_data[{i}]")
        self.array("role", "role_data", rows)
        self.count("roles", len(rows))

        rows = []
        for i, rel in enumerate(relations):
            if rel["type"] not in RELATION_KINDS:
                raise CatalogError(f"relation '{rel['id']}': unknown type '{rel['type']}'")
            frm = self.id_array(f"relation_{i}_from", as_list(rel["from"]))
            to = self.id_array(f"relation_{i}_to", as_list(rel["to"]))
            rows.append(f"{{{self.entry(rel, 'relation')}, relation_kind::{rel['type']}, {frm}, {to}, "
                        f"{sv(rel.get('alternative_group'))}}}")
            self.register(rel["id"], "relation", f"&relation_data[{i}]")
        self.array("relation", "relation_data", rows)
        self.count("relations", len(rows))

    def marketing(self) -> None:
        areas = self.catalog["marketing_department_responsibilities"]["areas"]
        self.lines.append("// The marketing department's responsibility areas; duties are stored area by")
        self.lines.append("// area in one array so that marketing_duties() is a single span.")
        duty_rows, area_rows = [], []
        per_area: dict[str, int] = {}
        for a, area in enumerate(areas):
            first = len(duty_rows)
            for duty in area["items"]:
                duty_rows.append(f"{{{self.entry(duty, 'marketing_duty')}, "
                                 f"{small_number(duty['number'], duty['id'])}, {sv(area['id'])}}}")
            per_area[area["id"]] = len(duty_rows) - first
            span = f"std::span<const marketing_duty>{{marketing_duty_data + {first}, {len(duty_rows) - first}}}"
            area_rows.append(f"{{{self.entry(area, 'marketing_area')}, "
                             f"{small_number(area['number'], area['id'])}, {span}}}")
        self.array("marketing_duty", "marketing_duty_data", duty_rows)
        self.array("marketing_area", "marketing_area_data", area_rows)
        for a, area in enumerate(areas):
            self.register(area["id"], "marketing_area", f"&marketing_area_data[{a}]")
        n = 0
        for area in areas:
            for duty in area["items"]:
                self.register(duty["id"], "marketing_duty", f"&marketing_duty_data[{n}]")
                n += 1
        self.count("marketing_responsibility_areas", len(area_rows))
        self.count("marketing_responsibility_sub_items", len(duty_rows))
        self.count("marketing_sub_items_per_area", per_area)

        rows = []
        for i, item in enumerate(self.catalog["sales_department"]["responsibilities"]):
            rows.append(f"{{{self.entry(item, 'sales_responsibility')}}}")
            self.register(item["id"], "sales_responsibility", f"&sales_responsibility_data[{i}]")
        self.array("sales_responsibility", "sales_responsibility_data", rows)
        self.count("sales_responsibilities", len(rows))

    def lifecycle(self) -> None:
        lc = self.catalog["product_lifecycle"]
        activities = lc["activities"]
        index = {act["id"]: i for i, act in enumerate(activities)}
        rows = [f"{{{self.entry(act, 'lifecycle_activity')}}}" for act in activities]
        self.array("lifecycle_activity", "lifecycle_activity_data", rows)
        mentions = 0
        stage_rows = []
        for s, stage in enumerate(lc["stages"]):
            focus = []
            for ident in stage["focus_activity_ids"]:
                if ident not in index:
                    raise CatalogError(f"stage '{stage['id']}': unknown focus activity '{ident}'")
                focus.append(f"&lifecycle_activity_data[{index[ident]}]")
            mentions += len(focus)
            name = f"lifecycle_stage_{s}_focus"
            self.lines.append(f"constexpr const lifecycle_activity* {name}[] = {{{', '.join(focus)}}};")
            stage_rows.append(f"{{{self.entry(stage, 'lifecycle_stage')}, "
                              f"{small_number(stage['order'], stage['id'])}, {name}}}")
        self.lines.append("")
        self.array("lifecycle_stage_entry", "lifecycle_stage_data", stage_rows)
        for s, stage in enumerate(lc["stages"]):
            self.register(stage["id"], "lifecycle_stage", f"&lifecycle_stage_data[{s}]")
        for i, act in enumerate(activities):
            self.register(act["id"], "lifecycle_activity", f"&lifecycle_activity_data[{i}]")
        self.count("lifecycle_stages", len(stage_rows))
        self.count("lifecycle_focus_mentions", mentions)
        self.count("lifecycle_unique_activities", len(activities))

    def flows(self) -> None:
        f = self.catalog["information_flows"]

        def flow_row(item: dict, direction: str, number: int, parent: str | None) -> str:
            return (f"{{{self.entry(item, 'information_flow')}, flow_direction::{direction}, "
                    f"{small_number(number, item['id'])}, {sv(parent)}}}")

        plans = f["marketing_to_sales"]["items"]
        self.array("information_flow", "plan_data",
                   [flow_row(p, "marketing_to_sales", p["number"], None) for p in plans])
        subs = [(s, p["id"]) for p in plans for s in p.get("sub_items", [])]
        self.array("information_flow", "plan_sub_item_data",
                   [flow_row(s, "marketing_to_sales", 0, parent) for s, parent in subs])
        reports = f["sales_to_marketing"]["items"]
        self.array("information_flow", "report_data",
                   [flow_row(r, "sales_to_marketing", r["number"], None) for r in reports])
        others = f["other_flows"]
        for o in others:
            if o["direction"] not in ("marketing_to_sales", "sales_to_marketing"):
                raise CatalogError(f"flow '{o['id']}': unknown direction '{o['direction']}'")
        self.array("information_flow", "other_flow_data",
                   [flow_row(o, o["direction"], 0, None) for o in others])
        for name, items in (("plan_data", plans), ("plan_sub_item_data", [s for s, _ in subs]),
                            ("report_data", reports), ("other_flow_data", others)):
            for i, item in enumerate(items):
                self.register(item["id"], "information_flow", f"&{name}[{i}]")
        self.count("marketing_to_sales_items", len(plans))
        self.count("marketing_to_sales_sub_items", len(subs))
        self.count("sales_to_marketing_items", len(reports))
        self.count("other_information_flows", len(others))

    def models_and_capabilities(self) -> None:
        om = self.catalog["organisational_models"]
        rows = []
        for m in om["models"]:
            if m["structure"] not in ORG_STRUCTURES:
                raise CatalogError(f"model '{m['id']}': unknown structure '{m['structure']}'")
            d = m["description"]
            rows.append(f"{{{self.entry(m, 'org_model')}, {small_number(m['number'], m['id'])}, "
                        f"org_structure::{m['structure']}, {boolean(m['recommended_for_industrial'])}, "
                        f"{{{sv(d['zh'])}, {sv(d['en'])}}}}}")
        self.array("org_model", "org_model_data", rows)
        recommended = [i for i, m in enumerate(om["models"]) if m["recommended_for_industrial"]]
        ids = [m["id"] for m in om["models"]]
        if len(recommended) != 1 or ids[recommended[0]] != om["recommended_model_for_industrial"]:
            raise CatalogError("exactly one model must be recommended_for_industrial, and it must be "
                               "recommended_model_for_industrial")
        self.recommended_model = recommended[0]
        for i, m in enumerate(om["models"]):
            self.register(m["id"], "org_model", f"&org_model_data[{i}]")
        self.count("organisational_models", len(rows))

        caps = self.catalog["industrial_marketing_capabilities"]["items"]
        rows = [f"{{{self.entry(c, 'capability')}, {small_number(c['number'], c['id'])}, {sv(c['symbol'])}}}"
                for c in caps]
        self.array("capability", "capability_data", rows)
        for i, c in enumerate(caps):
            self.register(c["id"], "capability", f"&capability_data[{i}]")
        self.count("capabilities", len(rows))

    def comparison(self) -> None:
        c = self.catalog["comparison"]

        def pair(side: dict | None) -> str:
            if not side:
                return "{}"
            return f"{{{sv(side.get('zh'))}, {sv(side.get('en'))}}}"

        rows = []
        for d in c["dimensions"]:
            rows.append(f"{{{self.entry(d, 'comparison_dimension')}, {small_number(d['number'], d['id'])}, "
                        f"{pair(d.get('marketing'))}, {pair(d.get('sales'))}, {pair(d.get('summary'))}, "
                        f"{boolean(d.get('truncated_in_source'))}}}")
        self.array("comparison_dimension", "comparison_dimension_data", rows)
        for i, d in enumerate(c["dimensions"]):
            self.register(d["id"], "comparison_dimension", f"&comparison_dimension_data[{i}]")
        self.count("comparison_dimensions", len(rows))

        periods = c["planning_periods"]
        index = {p["id"]: i for i, p in enumerate(periods)}
        rows = [f"{{{self.entry(p, 'planning_period')}, "
                f"{small_number(p['months'] if p['months'] is not None else 0, p['id'], 65535)}}}"
                for p in periods]
        self.array("planning_period", "planning_period_data", rows)
        for i, p in enumerate(periods):
            self.register(p["id"], "planning_period", f"&planning_period_data[{i}]")
        self.count("planning_periods", len(rows))

        for side in ("marketing", "sales"):
            rows = []
            for h in c["time_horizons"][side]:
                if h["role"] not in HORIZON_ROLES:
                    raise CatalogError(f"horizon '{h['id']}': unknown role '{h['role']}'")
                if h["period"] not in index:
                    raise CatalogError(f"horizon '{h['id']}': unknown period '{h['period']}'")
                rows.append(f"{{{self.entry(h, 'time_horizon')}, {sv(DEPARTMENT_OF_HORIZONS[side])}, "
                            f"&planning_period_data[{index[h['period']]}], horizon_role::{h['role']}, "
                            f"{boolean(h.get('is_maximum'))}}}")
            self.array("time_horizon", f"{side}_horizon_data", rows)
            for i, h in enumerate(c["time_horizons"][side]):
                self.register(h["id"], "time_horizon", f"&{side}_horizon_data[{i}]")
            self.count(f"time_horizons_{side}", len(rows))

    def workflows(self) -> None:
        stages = {s["id"]: s for s in self.catalog["product_lifecycle"]["stages"]}
        rows = []
        steps_per_workflow: dict[str, int] = {}
        step_addresses: list[tuple[str, str]] = []
        for w, wf in enumerate(self.catalog["workflows"]):
            step_rows = []
            if "steps" in wf:
                for step in wf["steps"]:
                    step_rows.append(f"{{{self.entry(step, 'workflow_step')}, "
                                     f"{small_number(step['order'], step['id'])}, "
                                     f"{boolean(step.get('kind') == 'input')}, {sv(step.get('actor'))}}}")
                    step_addresses.append((step["id"], f"&workflow_{w}_steps[{len(step_rows) - 1}]"))
            else:
                # The lifecycle progression lists stage ids as its states: its steps are
                # the stages themselves, in order, with the stages' ids and text.
                for order, ident in enumerate(wf["states"], start=1):
                    if ident not in stages:
                        raise CatalogError(f"workflow '{wf['id']}': unknown state '{ident}'")
                    step_rows.append(f"{{{self.entry(stages[ident], 'workflow_step')}, {order}, false, "
                                     f"std::string_view{{}}}}")
            steps_per_workflow[wf["id"]] = len(step_rows)
            self.array("workflow_step", f"workflow_{w}_steps", step_rows)
            rows.append(f"{{{self.entry(wf, 'workflow')}, {boolean(wf.get('sequence_inferred'))}, "
                        f"workflow_{w}_steps}}")
        self.array("workflow", "workflow_data", rows)
        for w, wf in enumerate(self.catalog["workflows"]):
            self.register(wf["id"], "workflow", f"&workflow_data[{w}]")
        for ident, address in step_addresses:
            self.register(ident, "workflow_step", address)
        self.count("workflows", len(rows))
        self.count("workflow_steps", steps_per_workflow)

    # -- the file ------------------------------------------------------------------

    def generate(self, json_sha256: str) -> str:
        c = self.catalog
        self.org_units_and_roles()
        self.marketing()
        self.lifecycle()
        self.flows()
        self.models_and_capabilities()
        self.comparison()
        self.workflows()
        for key, value in self.emitted.items():
            if c["counts"].get(key) != value:
                raise CatalogError(f"count '{key}': catalog says {c['counts'].get(key)!r}, emitted {value!r}")

        head = [
            "// GENERATED by scripts/generate_catalog.py from data/domain/catalog.json — DO NOT EDIT.",
            f"// catalog.json sha256 {json_sha256}",
            f"// catalog {c['catalog_id']} {c['schema_version']}; seed sha256 {c['source_document']['sha256']}",
            "// To refresh: replace data/domain/catalog.json, run scripts/generate_catalog.py, commit both.",
            "// The test org.catalog_data_is_fresh fails while this file is stale.",
            "#include <span>",
            "#include <string_view>",
            "",
            '#include "org/catalog_data.hpp"',
            '#include "tandem/org/catalog.hpp"',
            "",
            "namespace tandem::org {",
            "namespace {",
            "",
            "using namespace std::string_view_literals;",
            "",
        ]
        tail = [
            "// Every entry, for lookup by id, in this order: units, roles, relations, areas,",
            "// duties, sales, stages, activities, flows, models, capabilities, dimensions,",
            "// periods, horizons, workflows, steps (a progression step shares its stage's id:",
            "// the stage, listed first, is what find_entry returns).",
            "constexpr const entry* all_entry_data[] = {",
        ]
        tail += [f"    {a}," for a in self.all_entries]
        tail += [
            "};",
            "",
            "}  // namespace",
            "",
            f"std::string_view catalog_id() noexcept {{ return {sv(c['catalog_id'])}; }}",
            f"std::string_view catalog_schema_version() noexcept {{ return {sv(c['schema_version'])}; }}",
            f"std::string_view catalog_source_sha256() noexcept {{ return {sv(c['source_document']['sha256'])}; }}",
            f"bilingual catalog_title() noexcept {{ return {{{sv(c['title']['zh'])}, {sv(c['title']['en'])}}}; }}",
            "",
        ]
        accessors = [
            ("org_unit", "org_units", "org_unit_data"),
            ("role", "roles", "role_data"),
            ("relation", "relations", "relation_data"),
            ("marketing_area", "marketing_areas", "marketing_area_data"),
            ("marketing_duty", "marketing_duties", "marketing_duty_data"),
            ("sales_responsibility", "sales_responsibilities", "sales_responsibility_data"),
            ("lifecycle_stage_entry", "lifecycle_stages", "lifecycle_stage_data"),
            ("lifecycle_activity", "lifecycle_activities", "lifecycle_activity_data"),
            ("information_flow", "marketing_to_sales_plans", "plan_data"),
            ("information_flow", "marketing_to_sales_sub_items", "plan_sub_item_data"),
            ("information_flow", "sales_to_marketing_reports", "report_data"),
            ("information_flow", "other_information_flows", "other_flow_data"),
            ("org_model", "org_models", "org_model_data"),
            ("capability", "capabilities", "capability_data"),
            ("comparison_dimension", "comparison_dimensions", "comparison_dimension_data"),
            ("planning_period", "planning_periods", "planning_period_data"),
            ("time_horizon", "marketing_time_horizons", "marketing_horizon_data"),
            ("time_horizon", "sales_time_horizons", "sales_horizon_data"),
            ("workflow", "workflows", "workflow_data"),
        ]
        for cpp_type, fn, data in accessors:
            tail.append(f"std::span<const {cpp_type}> {fn}() noexcept {{ return {data}; }}")
        tail += [
            "",
            f"const org_model& recommended_org_model() noexcept {{ return org_model_data[{self.recommended_model}]; }}",
            "",
            "namespace detail {",
            "std::span<const entry* const> all_entries() noexcept { return all_entry_data; }",
            "}  // namespace detail",
            "",
            "}  // namespace tandem::org",
        ]
        return "\n".join(head + self.lines + tail) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT, help="catalog.json to read")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="C++ file to write")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if OUTPUT differs from what would be generated")
    args = parser.parse_args()

    raw = args.input.read_bytes()
    try:
        text = Generator(json.loads(raw.decode("utf-8"))).generate(hashlib.sha256(raw).hexdigest())
    except (CatalogError, KeyError, TypeError) as e:
        print(f"generate_catalog.py: {args.input}: {e}", file=sys.stderr)
        return 1
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else None
        if current != text:
            print(f"generate_catalog.py: {args.output} is stale; run scripts/generate_catalog.py",
                  file=sys.stderr)
            return 1
        return 0
    args.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""tandem.catalog: the built-in domain catalog, checked against its source.

The expectations are read independently of the library: from data/domain/catalog.json,
the file the built-in catalog is generated from, and by hand from it for the
spot checks (the comment next to each says where).
"""

import doctest
import json
import os
import threading
import unittest

import tandem
from tandem import catalog

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..")
SOURCE = os.path.join(ROOT, "data", "domain", "catalog.json")


def load_tests(loader, tests, ignore):
    """The examples in tandem.catalog's docstring run and give what they show."""
    tests.addTests(doctest.DocTestSuite(catalog))
    return tests


def source():
    with open(SOURCE, encoding="utf-8") as file:
        return json.load(file)


def source_lists(data):
    """{list name: [json entries]} for each list of the C API, in the JSON's order."""
    roles = data["departments_and_roles"]
    flows = data["information_flows"]
    areas = data["marketing_department_responsibilities"]["areas"]
    comparison = data["comparison"]
    m2s = flows["marketing_to_sales"]["items"]
    return {
        "org_units": roles["org_units"],
        "roles": roles["roles"],
        "relations": roles["relations"],
        "marketing_areas": areas,
        "marketing_duties": [duty for area in areas for duty in area["items"]],
        "sales_responsibilities": data["sales_department"]["responsibilities"],
        "lifecycle_stages": data["product_lifecycle"]["stages"],
        "lifecycle_activities": data["product_lifecycle"]["activities"],
        "marketing_to_sales_plans": m2s,
        "marketing_to_sales_sub_items": [sub for item in m2s for sub in item.get("sub_items", [])],
        "sales_to_marketing_reports": flows["sales_to_marketing"]["items"],
        "other_information_flows": flows["other_flows"],
        "org_models": data["organisational_models"]["models"],
        "capabilities": data["industrial_marketing_capabilities"]["items"],
        "comparison_dimensions": comparison["dimensions"],
        "planning_periods": comparison["planning_periods"],
        "marketing_time_horizons": comparison["time_horizons"]["marketing"],
        "sales_time_horizons": comparison["time_horizons"]["sales"],
        "workflows": data["workflows"],
    }


class AgainstTheSource(unittest.TestCase):
    """Every list, id, text and number equals catalog.json's."""

    @classmethod
    def setUpClass(cls):
        cls.data = source()
        cls.lists = source_lists(cls.data)

    def test_lists_are_those_of_the_c_api_in_order(self):
        self.assertEqual(catalog.lists(), tuple(self.lists))

    def test_counts_match_the_source_counts_block(self):
        counts = self.data["counts"]
        self.assertEqual(catalog.count("marketing_areas"), counts["marketing_responsibility_areas"])
        self.assertEqual(catalog.count("marketing_areas"), 5)
        self.assertEqual(catalog.count("marketing_duties"),
                         counts["marketing_responsibility_sub_items"])
        self.assertEqual(catalog.count("marketing_duties"), 22)
        self.assertEqual(catalog.count("marketing_to_sales_plans"), 5)
        self.assertEqual(catalog.count("sales_to_marketing_reports"),
                         counts["sales_to_marketing_items"])
        self.assertEqual(catalog.count("sales_to_marketing_reports"), 9)
        self.assertEqual(catalog.count("org_models"), 4)
        self.assertEqual(catalog.count("capabilities"), 8)
        self.assertEqual(catalog.count("roles"), counts["roles"])
        self.assertEqual(catalog.count("sales_responsibilities"), counts["sales_responsibilities"])
        self.assertEqual(catalog.count("workflows"), counts["workflows"])
        for area in self.lists["marketing_areas"]:
            self.assertEqual(len(catalog.children(area["id"])),
                             counts["marketing_sub_items_per_area"][area["id"]])

    def test_every_entry_has_the_source_ids_texts_and_flags(self):
        for name, expected in self.lists.items():
            with self.subTest(list=name):
                self.assertEqual(catalog.ids(name), [item["id"] for item in expected])
                for item, got in zip(expected, catalog.entries(name)):
                    self.assertEqual((got.zh, got.en), (item["zh"], item["en"]), item["id"])
                    self.assertEqual(got.inferred, bool(item.get("inferred")), item["id"])
                    if "number" in item:
                        self.assertEqual(got.number, item["number"], item["id"])
                    if "order" in item:
                        self.assertEqual(got.number, item["order"], item["id"])

    def test_duties_belong_to_their_areas(self):
        for area in self.lists["marketing_areas"]:
            self.assertEqual(catalog.children(area["id"]), [d["id"] for d in area["items"]])
            for duty in area["items"]:
                self.assertEqual(catalog.parent(duty["id"]), area["id"])

    def test_lifecycle_focus(self):
        for stage in self.lists["lifecycle_stages"]:
            self.assertEqual(catalog.links(stage["id"], "focus"), stage["focus_activity_ids"])
            self.assertEqual(catalog.integer(stage["id"], "order"), stage["order"])
        for activity in self.lists["lifecycle_activities"]:
            self.assertEqual(catalog.links(activity["id"], "stages"),
                             [s["id"] for s in self.lists["lifecycle_stages"]
                              if activity["id"] in s["focus_activity_ids"]])

    def test_flows_go_their_direction(self):
        for name, sender, receiver in (
                ("marketing_to_sales_plans", "org_marketing_department", "org_sales_department"),
                ("sales_to_marketing_reports", "org_sales_department",
                 "org_marketing_department")):
            for flow in self.lists[name]:
                self.assertEqual(catalog.field(flow["id"], "sender"), sender)
                self.assertEqual(catalog.field(flow["id"], "receiver"), receiver)
        for flow in self.lists["other_information_flows"]:
            self.assertEqual(catalog.field(flow["id"], "direction"), flow["direction"])

    def test_models_capabilities_comparison_periods_horizons_workflows(self):
        for model in self.lists["org_models"]:
            self.assertEqual(catalog.field(model["id"], "structure"), model["structure"])
            self.assertEqual(catalog.flag(model["id"], "recommended_for_industrial"),
                             model["recommended_for_industrial"])
            self.assertEqual(catalog.field(model["id"], "description", "zh"),
                             model["description"]["zh"])
        for item in self.lists["capabilities"]:
            self.assertEqual(catalog.field(item["id"], "symbol"), item["symbol"])
        for dimension in self.lists["comparison_dimensions"]:
            for side in ("marketing", "sales", "summary"):
                text = (dimension.get(side) or {}).get("en", "")
                self.assertEqual(catalog.field(dimension["id"], side, "en"), text)
            self.assertEqual(catalog.flag(dimension["id"], "truncated_in_source"),
                             bool(dimension.get("truncated_in_source")))
        for period in self.lists["planning_periods"]:
            self.assertEqual(catalog.integer(period["id"], "months"), period["months"] or 0)
        for unit, horizons in (("org_marketing_department", "marketing_time_horizons"),
                               ("org_sales_department", "sales_time_horizons")):
            for horizon in self.lists[horizons]:
                self.assertEqual(catalog.field(horizon["id"], "org_unit"), unit)
                self.assertEqual(catalog.field(horizon["id"], "period"), horizon["period"])
                self.assertEqual(catalog.field(horizon["id"], "role"), horizon["role"])
                self.assertEqual(catalog.flag(horizon["id"], "is_maximum"),
                                 bool(horizon.get("is_maximum")))
        for workflow in self.lists["workflows"]:
            steps = [s["id"] for s in workflow.get("steps", [])] or workflow.get("states", [])
            self.assertEqual(catalog.children(workflow["id"]), steps)
            for step in workflow.get("steps", []):
                self.assertEqual(catalog.parent(step["id"]), workflow["id"])
                self.assertEqual(catalog.integer(step["id"], "order"), step["order"])
                self.assertEqual(catalog.field(step["id"], "actor"), step.get("actor", ""))
                self.assertEqual(catalog.flag(step["id"], "is_input"),
                                 step.get("kind") == "input")

    def test_info(self):
        self.assertEqual(catalog.info("id"), self.data["catalog_id"])
        self.assertEqual(catalog.info("schema_version"), self.data["schema_version"])
        self.assertEqual(catalog.info("source_sha256"), self.data["source_document"]["sha256"])
        self.assertEqual(catalog.info("title", "zh"), self.data["title"]["zh"])
        self.assertEqual(catalog.info("title"), self.data["title"]["en"])


class Lookups(unittest.TestCase):
    def test_spot_values(self):
        # catalog.json product_lifecycle.stages[0].
        self.assertEqual(catalog.text("lifecycle_introduction", "zh"), "导入期")
        self.assertEqual(catalog.text("lifecycle_introduction", "ZH"), "导入期")
        self.assertEqual(catalog.text("lifecycle_introduction"), "Introduction stage")
        stage = catalog.entry("lifecycle_growth")
        self.assertEqual(stage, catalog.Entry("lifecycle_growth", "lifecycle_stage", "成长期",
                                              "Growth stage", None, False, 2))
        self.assertEqual(stage.text("zh"), "成长期")
        self.assertEqual(stage.text(), "Growth stage")
        # departments_and_roles.org_units: the division contains both departments.
        self.assertEqual(catalog.children("org_marketing_division"),
                         ["org_marketing_department", "org_sales_department"])
        self.assertEqual(catalog.links("org_marketing_department", "superiors"),
                         ["role_marketing_director", "role_marketing_vp"])
        self.assertEqual(len(catalog.links("org_marketing_department", "subordinates")), 5)
        self.assertEqual(catalog.parent("org_marketing_division"), None)
        self.assertEqual(catalog.kind("cap_01_mission_vision"), "capability")
        self.assertTrue(catalog.contains("flow_s2m_09_customer_feedback"))
        self.assertFalse(catalog.contains("flow_s2m_10_gossip"))
        self.assertEqual(catalog.languages(), ("zh", "en"))
        # A duty has a number but an org unit has none.
        self.assertEqual(catalog.entry("org_sales_department").number, None)

    def test_errors_name_what_is_wrong(self):
        with self.assertRaises(tandem.InvalidArgument) as caught:
            catalog.text("lifecycle_adolescence")
        self.assertIn("lifecycle_adolescence", caught.exception.message)
        self.assertIsInstance(caught.exception, ValueError)
        with self.assertRaises(tandem.InvalidArgument) as caught:
            catalog.text("lifecycle_growth", "fr")
        self.assertIn("fr", caught.exception.message)
        with self.assertRaises(tandem.InvalidArgument):
            catalog.entry("lifecycle_growth").text("fr")
        with self.assertRaises(tandem.InvalidArgument) as caught:
            catalog.links("role_marketing_vp", "focus")
        self.assertIn("children, superiors, subordinates", caught.exception.message)
        with self.assertRaises(tandem.InvalidArgument):
            catalog.field("role_marketing_vp", "symbol")
        with self.assertRaises(tandem.InvalidArgument):
            catalog.flag("role_marketing_vp", "is_input")
        with self.assertRaises(tandem.InvalidArgument):
            catalog.integer("lifecycle_growth", "number")
        with self.assertRaises(tandem.InvalidArgument):
            catalog.count("departments")
        with self.assertRaises(tandem.InvalidArgument):
            catalog.ids("departments")
        with self.assertRaises(tandem.InvalidArgument):
            catalog.info("version")
        with self.assertRaises(tandem.InvalidArgument):
            catalog.kind("role_marketing_vp\0role_marketing_director")
        with self.assertRaises(TypeError):
            catalog.text(7)
        with self.assertRaises(TypeError):
            catalog.text("lifecycle_growth", 1)

    def test_long_texts_are_read_whole(self):
        # Longer than the binding's first buffer (128 bytes): read again at full size.
        description = catalog.field("org_model_3_marketing_independent", "description", "zh")
        self.assertGreater(len(description.encode("utf-8")), 128)
        self.assertTrue(description.startswith("就大多数企业的实际情况而言"))
        self.assertTrue(description.endswith("公关联络工作"))

    def test_threads_read_the_same_catalog(self):
        expected = [catalog.text(i, "zh") for i in catalog.ids("marketing_duties")]
        results, errors = [], []

        def read():
            try:
                for _ in range(20):
                    results.append([catalog.text(i, "zh") for i in catalog.ids("marketing_duties")])
            except Exception as error:  # reported below, not lost in the thread
                errors.append(error)

        threads = [threading.Thread(target=read) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual(errors, [])
        self.assertEqual(len(results), 80)
        self.assertTrue(all(result == expected for result in results))


if __name__ == "__main__":
    unittest.main()

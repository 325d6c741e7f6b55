"""tandem.organisation and tandem.org_model: building, every error with its message, the
queries and the classifier on the catalog company of tests/org/fixtures/organisations.hpp
(rebuilt here), and that every C handle is freed.

Expected lists are read off the fixture by hand, as in tests/org/organisation_test.cpp
and org_model_classifier_test.cpp (docs/domain.md, "Organisation model", states the rules).
"""

import ctypes
import doctest
import gc
import threading
import unittest

import tandem
from tandem import _library, catalog

PLAN = ["mkt_resp_marketing_plan_01_annual_plan_for_review",
        "mkt_resp_marketing_plan_02_stage_strategies",
        "mkt_resp_marketing_plan_03_targets_decompose_quantify",
        "mkt_resp_marketing_plan_04_promotion_advertising_brand",
        "mkt_resp_marketing_plan_05_training_and_process_plans",
        "mkt_resp_marketing_plan_06_evaluation_and_expense_plans"]
PAYMENT_SUPERVISION = "mkt_resp_marketing_plan_07_sales_payment_supervision"
ANALYSIS = ["mkt_resp_market_analysis_01_trends_and_customer_relations",
            "mkt_resp_market_analysis_02_environment_and_strategy",
            "mkt_resp_market_analysis_03_survey_and_forecast",
            "mkt_resp_market_analysis_04_target_analysis"]
NEW_PRODUCT = ["mkt_resp_new_product_01_research_and_concept",
               "mkt_resp_new_product_02_proposal_and_review",
               "mkt_resp_new_product_03_revise_launch_and_implementation"]
INFO = ["mkt_resp_info_mgmt_01_related_information",
        "mkt_resp_info_mgmt_02_competitor_information",
        "mkt_resp_info_mgmt_03_early_warning",
        "mkt_resp_info_mgmt_04_market_survey_information"]
ACTIONS = ["mkt_resp_org_actions_01_set_and_assign_targets",
           "mkt_resp_org_actions_02_professional_training",
           "mkt_resp_org_actions_03_brand_promotion_incentives",
           "mkt_resp_org_actions_04_mobilise_review_reward"]
MANAGEMENT = [PLAN[0], PLAN[1], PLAN[2], PLAN[5], ACTIONS[0]]
SUPPORT = ANALYSIS + INFO
SUPERVISORS = ["role_business_supervisor", "role_planning_supervisor",
               "role_office_admin_supervisor", "role_new_product_development_supervisor",
               "role_distribution_supervisor"]
MALFORMED = "must match [a-z][a-z0-9_]* and have at most 64 characters"


def catalog_company(marketing_superior="role_marketing_director"):
    """catalog_company() of tests/org/fixtures/organisations.hpp, with the marketing
    department's superior replaceable (the model 2 variant)."""
    org = tandem.Organisation()
    org.add_unit("role_general_manager", "role")
    org.add_unit("role_marketing_director", "role", superior="role_general_manager")
    org.add_unit("org_marketing_department", superior=marketing_superior)
    for supervisor in SUPERVISORS:
        org.add_unit(supervisor, "role", superior="org_marketing_department")
    org.add_unit("org_sales_department", superior="role_marketing_director")
    org.add_unit("role_sales_department_manager", "role", superior="org_sales_department")
    org.add_unit("role_field_sales_staff", "role", superior="role_sales_department_manager")
    org.add_unit("finance_department", zh="财务部", en="Finance Department",
                 superior="role_general_manager")
    org.add_duty("key_account_review", zh="大客户评审", en="Key account review")
    org.add_duty("trade_fair_budget", en="Trade fair budget")
    for duty in ANALYSIS:
        org.assign_duty(duty, "role_planning_supervisor")
    for duty in PLAN:
        org.assign_duty(duty, "org_marketing_department")
    org.assign_duty(PAYMENT_SUPERVISION, "role_office_admin_supervisor")
    org.assign_duty(PAYMENT_SUPERVISION, "finance_department")
    for duty in NEW_PRODUCT:
        org.assign_duty(duty, "role_new_product_development_supervisor")
    for duty in INFO:
        org.assign_duty(duty, "role_office_admin_supervisor")
    org.assign_duty(ACTIONS[0], "org_marketing_department")
    org.assign_duty(ACTIONS[1], "role_business_supervisor")
    org.assign_duty(ACTIONS[1], "role_sales_department_manager")
    org.assign_duty(ACTIONS[2], "role_planning_supervisor")
    for duty in catalog.ids("sales_responsibilities"):
        if duty in ("sales_resp_convey_brand_image", "sales_resp_market_share_growth"):
            continue  # gaps
        if duty == "sales_resp_payment_collection":
            org.assign_duty(duty, "role_field_sales_staff")
            org.assign_duty(duty, "finance_department")
            continue
        org.assign_duty(duty, "org_sales_department")
    org.assign_duty("key_account_review", "role_sales_department_manager")
    org.assign_person("wang_fang", "role_marketing_director")
    org.assign_person("zhao_lei", "role_sales_department_manager")
    org.assign_person("zhao_lei", "role_business_supervisor")
    org.assign_person("chen_jing", "role_field_sales_staff")
    org.assign_person("liu_yang", "role_field_sales_staff")
    return org


class tracked_handles:
    """Within the block, records every handle a C function creates and every handle a
    destroy function frees; on leaving, collects garbage and fails the test if any
    handle created inside is still alive. The C functions are found from their
    declarations: a creator's last parameter is T** for a handle type T that has a
    destroy function. Wrapping the attributes of the shared CDLL reaches every
    module, which look functions up on it at call time."""

    def __init__(self, test):
        self.test = test
        self.live = {}
        self.created = 0
        self.saved = {}

    def __enter__(self):
        lib = _library.lib
        destroys = {argtypes[0]: name for name, (_, argtypes) in _library._PROTOTYPES.items()
                    if name.endswith("_destroy") and len(argtypes) == 1}
        for name, (_, argtypes) in _library._PROTOTYPES.items():
            if name in destroys.values():
                self._wrap(lib, name, self._destroyer)
            elif argtypes and getattr(argtypes[-1], "_type_", None) in destroys:
                self._wrap(lib, name, self._creator)
        return self

    def _wrap(self, lib, name, make):
        original = getattr(lib, name)
        self.saved[name] = original
        setattr(lib, name, make(name, original))

    def _creator(self, name, original):
        def create(*args):
            status = original(*args)
            if status == 0:
                address = ctypes.cast(args[-1]._obj, ctypes.c_void_p).value
                self.live[address] = name
                self.created += 1
            return status
        return create

    def _destroyer(self, name, original):
        def destroy(handle):
            self.live.pop(ctypes.cast(handle, ctypes.c_void_p).value, None)
            return original(handle)
        return destroy

    def __exit__(self, *exc):
        gc.collect()
        for name, original in self.saved.items():
            setattr(_library.lib, name, original)
        if exc[0] is None:
            self.test.assertGreater(self.created, 0)
            self.test.assertEqual(self.live, {}, "handles created but never destroyed")
        return False


def load_tests(loader, tests, ignore):
    """The examples in the docstrings of tandem.organisation and tandem.org_model."""
    tests.addTests(doctest.DocTestSuite(tandem.organisation))
    tests.addTests(doctest.DocTestSuite(tandem.org_model))
    return tests


class Names(unittest.TestCase):
    def test_pinned_names(self):
        self.assertEqual(tandem.unit_kinds(), ("department", "role"))
        self.assertEqual(tandem.unit_functions(),
                         ("from_id", "none", "marketing", "sales", "marketing_and_sales"))
        self.assertEqual(tandem.duty_sources(), ("marketing_duty", "sales_responsibility", "host"))

    def test_well_formed_ids(self):
        for good in ("a", "org_x_9", "a" * 64):
            self.assertTrue(tandem.is_well_formed_org_id(good), good)
        for bad in ("a" * 65, "", "Sales", "9sales", "_sales", "sales-dept", "销售部", "a\0b"):
            self.assertFalse(tandem.is_well_formed_org_id(bad), bad)
        with self.assertRaises(TypeError):
            tandem.is_well_formed_org_id(b"sales")


class Building(unittest.TestCase):
    def test_catalog_ids_take_catalog_names_and_host_names_override(self):
        org = tandem.Organisation()
        org.add_unit("org_sales_department")
        org.add_unit("org_marketing_department", en="Market Department")
        org.add_unit("buyer", "role", zh="采购员")
        self.assertEqual(org.find_unit("org_sales_department"),
                         tandem.Unit("org_sales_department", "department", "销售部",
                                     "Sales Department", None, "sales"))
        marketing = org.find_unit("org_marketing_department")
        self.assertEqual((marketing.zh, marketing.en, marketing.function),
                         ("市场部", "Market Department", "marketing"))
        self.assertEqual(marketing.name("ZH"), "市场部")
        self.assertEqual(marketing.name(), "Market Department")
        self.assertEqual(org.find_unit("buyer"),
                         tandem.Unit("buyer", "role", "采购员", "采购员", None, "none"))
        self.assertEqual(org.unit_with("sales").id, "org_sales_department")
        self.assertIsNone(org.unit_with("marketing_and_sales"))
        self.assertIsNone(org.find_unit("nobody"))
        self.assertEqual([unit.id for unit in org.units],
                         ["org_sales_department", "org_marketing_department", "buyer"])

    def test_unit_errors_name_the_ids_and_change_nothing(self):
        org = tandem.Organisation()
        org.add_unit("org_marketing_department")
        cases = [
            (dict(id="Sales", en="S"), "malformed unit id 'Sales': " + MALFORMED),
            (dict(id="sales", en="S", superior="the-boss"),
             "malformed superior id 'the-boss': " + MALFORMED),
            (dict(id="org_marketing_department"),
             "duplicate unit id 'org_marketing_department'"),
            (dict(id="org_sales_department", kind="role"),
             "unit 'org_sales_department' is a catalog org_unit id and cannot be a role"),
            (dict(id="role_marketing_director"),
             "unit 'role_marketing_director' is a catalog role id and cannot be a department"),
            (dict(id="plant"), "unit 'plant' is not a catalog id and needs a zh or en name"),
            (dict(id="a", en="A", superior="a"), "reporting cycle: a -> a"),
            (dict(id="org_sales_department", function="marketing"),
             "unit 'org_sales_department' is the catalog's sales department and cannot have "
             "the function marketing"),
            (dict(id="promo", zh="推广部", function="marketing"),
             "unit 'promo' (marketing) conflicts with unit 'org_marketing_department' "
             "(marketing): at most one marketing and one sales unit, or one unit doing both"),
            (dict(id="plant", en="Plant", kind="team"), 'name "team" is not a unit kind'),
            (dict(id="plant", en="Plant", function="boss"), 'name "boss" is not a unit function'),
            (dict(id="plant\0x", en="Plant"), "id contains a NUL character"),
            (dict(id="plant", en="Pl\0ant"), "en contains a NUL character"),
        ]
        for keywords, message in cases:
            with self.subTest(**{k: repr(v) for k, v in keywords.items()}):
                with self.assertRaises(tandem.InvalidArgument) as caught:
                    org.add_unit(**keywords)
                self.assertEqual(caught.exception.message, message)
                self.assertEqual(caught.exception.status, 1)
                self.assertIsNone(caught.exception.child)
        self.assertEqual([unit.id for unit in org.units], ["org_marketing_department"])
        for bad in (dict(id=1), dict(id="x", zh=b"x"), dict(id="x", en="X", kind=0),
                    dict(id="x", en="X", superior=3)):
            with self.assertRaises(TypeError):
                org.add_unit(**bad)

    def test_duty_and_person_errors(self):
        org = tandem.Organisation()
        org.add_unit("org_sales_department")
        org.add_unit("role_cfo", "role", en="CFO")
        cases = [
            (lambda: org.add_duty("1st_duty", en="First"),
             "malformed duty id '1st_duty': " + MALFORMED),
            (lambda: org.add_duty("sales_resp_product_sales", en="Sell"),
             "host duty id 'sales_resp_product_sales' collides with the catalog's "
             "sales_responsibility 'sales_resp_product_sales'"),
            (lambda: org.add_duty("mkt_resp_market_analysis", en="Area"),
             "host duty id 'mkt_resp_market_analysis' collides with the catalog's marketing_area "
             "'mkt_resp_market_analysis'"),
            (lambda: org.add_duty("audit"), "duty 'audit' needs a zh or en name"),
            (lambda: org.assign_person("Li Lei", "role_cfo"),
             "malformed person id 'Li Lei': " + MALFORMED),
            (lambda: org.assign_person("li_lei", "role_ceo"),
             "cannot assign person 'li_lei' to unknown role 'role_ceo'"),
            (lambda: org.assign_person("li_lei", "org_sales_department"),
             "cannot assign person 'li_lei' to 'org_sales_department': it is a department, "
             "not a role"),
            (lambda: org.assign_duty("mkt_resp_market_analysis", "org_sales_department"),
             "cannot assign unknown duty 'mkt_resp_market_analysis' to 'org_sales_department': "
             "not a catalog marketing duty or sales responsibility, nor a host duty"),
            (lambda: org.assign_duty("sales_resp_product_sales", "org_marketing_department"),
             "cannot assign duty 'sales_resp_product_sales' to unknown unit "
             "'org_marketing_department'"),
            (lambda: org.owners_of("nope"), "unknown duty 'nope'"),
            (lambda: org.duties_of("nope"), "unknown unit 'nope'"),
            (lambda: org.people_in("role_ceo"), "unknown unit 'role_ceo'"),
            (lambda: org.direct_subordinates("ghost"), "unknown unit 'ghost'"),
            (lambda: org.unit_with("none"),
             "unit_with takes marketing, sales or marketing_and_sales (the functions one unit "
             "at most has), not none"),
            (lambda: org.unit_with("boss"), 'name "boss" is not a unit function'),
        ]
        for index, (call, message) in enumerate(cases):
            with self.subTest(case=index):
                with self.assertRaises(tandem.InvalidArgument) as caught:
                    call()
                self.assertEqual(caught.exception.message, message)
        org.add_duty("audit", zh="审计", en="Audit")
        with self.assertRaises(tandem.InvalidArgument) as caught:
            org.add_duty("audit", en="Audit")
        self.assertEqual(caught.exception.message, "duplicate duty id 'audit'")
        org.assign_person("li_lei", "role_cfo")
        with self.assertRaises(tandem.InvalidArgument) as caught:
            org.assign_person("li_lei", "role_cfo")
        self.assertEqual(caught.exception.message,
                         "person 'li_lei' is already assigned to role 'role_cfo'")
        org.assign_duty("audit", "role_cfo")
        with self.assertRaises(tandem.InvalidArgument) as caught:
            org.assign_duty("audit", "role_cfo")
        self.assertEqual(caught.exception.message, "duty 'audit' is already assigned to 'role_cfo'")
        self.assertEqual(org.duty_assignments, [tandem.DutyAssignment("audit", "role_cfo")])
        self.assertEqual(org.people_in("role_cfo"), ["li_lei"])
        with self.assertRaises(TypeError):
            org.duties_of("role_cfo", 1)

    def test_the_tree_is_checked_by_validate_and_every_tree_query(self):
        org = tandem.Organisation()
        org.add_unit("org_sales_department", superior="role_marketing_vp")  # added later: fine
        org.add_unit("role_marketing_vp", "role")
        org.validate()
        org.add_unit("plant", zh="工厂", en="Plant", superior="operations_director")
        dangling = "unit 'plant' reports to unknown superior 'operations_director'"
        for call in (org.validate, lambda: org.subtree("role_marketing_vp"),
                     lambda: tandem.classify_org_model(org),
                     lambda: tandem.changes_towards_model_4(org),
                     lambda: tandem.LoopSchedule(org, tandem.FiscalCalendar.gregorian())):
            with self.assertRaises(tandem.InvalidArgument) as caught:
                call()
            self.assertEqual(caught.exception.message, dangling)
        cycle = tandem.Organisation()
        cycle.add_unit("tail", zh="尾", superior="a")
        cycle.add_unit("a", zh="甲", superior="b")
        cycle.add_unit("b", zh="乙", superior="c")
        cycle.add_unit("c", zh="丙", superior="a")
        for call in (cycle.validate, lambda: cycle.superior_chain("tail"),
                     lambda: cycle.duties_of("a", True)):
            with self.assertRaises(tandem.InvalidArgument) as caught:
                call()
            self.assertEqual(caught.exception.message, "reporting cycle: a -> b -> c -> a")

    def test_copy_is_independent(self):
        org = catalog_company()
        twin = org.copy()
        twin.assign_duty("trade_fair_budget", "finance_department")
        self.assertIn("trade_fair_budget", org.unowned_duties())
        self.assertNotIn("trade_fair_budget", twin.unowned_duties())
        self.assertEqual(twin.units, org.units)


class CatalogCompany(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.org = catalog_company()

    def test_units(self):
        units = self.org.units
        self.assertEqual(len(units), 12)
        self.assertEqual(units[0], tandem.Unit("role_general_manager", "role", "总经理",
                                               catalog.text("role_general_manager"), None,
                                               "none"))
        self.assertEqual(units[-1], tandem.Unit("finance_department", "department", "财务部",
                                                "Finance Department", "role_general_manager",
                                                "none"))
        self.assertEqual(self.org.unit_with("marketing").superior, "role_marketing_director")
        self.assertEqual(repr(self.org), "<tandem.Organisation 12 units>")

    def test_duties_are_the_catalogs_then_the_hosts(self):
        duties = self.org.duties
        self.assertEqual(len(duties), 22 + 23 + 2)
        self.assertEqual((duties[0].id, duties[0].source), (ANALYSIS[0], "marketing_duty"))
        self.assertEqual((duties[22].id, duties[22].source),
                         ("sales_resp_find_demand_customers", "sales_responsibility"))
        self.assertEqual(duties[45], tandem.Duty("key_account_review", "大客户评审",
                                                 "Key account review", "host"))
        self.assertEqual(duties[46], tandem.Duty("trade_fair_budget", "Trade fair budget",
                                                 "Trade fair budget", "host"))
        self.assertEqual(self.org.find_duty("sales_resp_customer_development").name("zh"), "客户开发")
        self.assertIsNone(self.org.find_duty("mkt_resp_market_analysis"))  # an area

    def test_tree_queries(self):
        org = self.org
        self.assertEqual(org.superior_chain("role_field_sales_staff"),
                         ["role_sales_department_manager", "org_sales_department",
                          "role_marketing_director", "role_general_manager"])
        self.assertEqual(org.superior_chain("role_general_manager"), [])
        self.assertEqual(org.direct_subordinates("org_marketing_department"), SUPERVISORS)
        self.assertEqual(org.direct_subordinates("role_marketing_director"),
                         ["org_marketing_department", "org_sales_department"])
        self.assertEqual(org.subtree("role_marketing_director"),
                         ["role_marketing_director", "org_marketing_department"] + SUPERVISORS
                         + ["org_sales_department", "role_sales_department_manager",
                            "role_field_sales_staff"])

    def test_people(self):
        self.assertEqual(self.org.people_in("role_field_sales_staff"), ["chen_jing", "liu_yang"])
        self.assertEqual(self.org.people_in("role_distribution_supervisor"), [])
        self.assertEqual(self.org.roles_of("zhao_lei"),
                         ["role_sales_department_manager", "role_business_supervisor"])
        self.assertEqual(self.org.roles_of("nobody"), [])

    def test_ownership(self):
        org = self.org
        self.assertEqual(org.owners_of(ACTIONS[1]),
                         ["role_business_supervisor", "role_sales_department_manager"])
        self.assertEqual(org.owners_of("trade_fair_budget"), [])
        self.assertEqual(org.unowned_duties(),
                         [ACTIONS[3], "sales_resp_convey_brand_image",
                          "sales_resp_market_share_growth", "trade_fair_budget"])
        self.assertEqual(tandem.Organisation().unowned_duties(),
                         catalog.ids("marketing_duties") + catalog.ids("sales_responsibilities"))
        twice = org.duties_owned_more_than_once()
        self.assertEqual(list(twice.items()), [
            (PAYMENT_SUPERVISION, ["role_office_admin_supervisor", "finance_department"]),
            (ACTIONS[1], ["role_business_supervisor", "role_sales_department_manager"]),
            ("sales_resp_payment_collection", ["role_field_sales_staff", "finance_department"])])
        assignments = org.duty_assignments
        self.assertEqual(len(assignments), 4 + 6 + 2 + 3 + 4 + 4 + 21 + 1 + 1)
        self.assertEqual(assignments[0], tandem.DutyAssignment(ANALYSIS[0],
                                                               "role_planning_supervisor"))
        self.assertEqual(assignments[-1], tandem.DutyAssignment("key_account_review",
                                                                "role_sales_department_manager"))

    def test_duties_of(self):
        org = self.org
        self.assertEqual(org.duties_of("role_office_admin_supervisor"),
                         [(PAYMENT_SUPERVISION, "role_office_admin_supervisor")]
                         + [(duty, "role_office_admin_supervisor") for duty in INFO])
        own = org.duties_of("org_marketing_department")
        self.assertEqual([a.duty_id for a in own], PLAN + [ACTIONS[0]])
        below = org.duties_of("org_marketing_department", include_subordinates=True)
        self.assertEqual(len(below), 21)
        self.assertEqual(below[0], (ANALYSIS[0], "role_planning_supervisor"))
        self.assertEqual(below[20], (ACTIONS[2], "role_planning_supervisor"))
        self.assertEqual(org.duties_of("role_marketing_director"), [])
        self.assertEqual(len(org.duties_of("role_marketing_director", True)),
                         len(org.duty_assignments) - 2)
        sales = org.duties_of("org_sales_department", True)
        self.assertEqual(len(sales), 23)
        self.assertEqual(sales[-1], ("key_account_review", "role_sales_department_manager"))

    def test_reads_from_several_threads(self):
        seen, errors = [], []

        def read():
            try:
                for _ in range(50):
                    seen.append(tuple(self.org.unowned_duties()))
                    seen.append(tandem.classify_org_model(self.org).model)
            except BaseException as error:  # reported on the main thread
                errors.append(error)
        threads = [threading.Thread(target=read) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual(errors, [])
        self.assertEqual(set(seen), {tuple(self.org.unowned_duties()), 4})


class Classifier(unittest.TestCase):
    def test_the_catalog_company_runs_model_4(self):
        result = tandem.classify_org_model(catalog_company())
        self.assertEqual(result.model, 4)
        self.assertEqual(result.model_id, "org_model_4_marketing_supports_and_manages_sales")
        self.assertEqual(result.model_name("zh"),
                         catalog.text("org_model_4_marketing_supports_and_manages_sales", "zh"))
        self.assertEqual([reason.id for reason in result.reasons],
                         ["marketing_independent_of_sales", "marketing_owns_management_duties",
                          "marketing_owns_support_duties"])
        self.assertEqual(result.reasons[0].ids, ("org_marketing_department",
                                                 "org_sales_department"))
        self.assertEqual(list(result.reasons[1].ids), MANAGEMENT)
        self.assertEqual(list(result.reasons[2].ids), SUPPORT)
        self.assertEqual(tandem.changes_towards_model_4(catalog_company()), [])

    def test_marketing_under_the_sales_manager_is_model_2(self):
        org = catalog_company(marketing_superior="role_sales_department_manager")
        result = tandem.classify_org_model(org)
        self.assertEqual((result.model, result.model_id), (2, "org_model_2_marketing_under_sales"))
        self.assertEqual(len(result.reasons), 1)
        reason = result.reasons[0]
        self.assertEqual(reason.id, "marketing_reports_to_sales")
        self.assertEqual(reason.ids, ("org_marketing_department", "role_sales_department_manager",
                                      "org_sales_department"))
        self.assertEqual(reason.text("en"),
                         "The marketing department reports to the sales department: Marketing "
                         "Department (org_marketing_department) -> Sales Department Manager "
                         "(role_sales_department_manager) -> Sales Department "
                         "(org_sales_department)")
        self.assertEqual(reason.text("zh"),
                         "市场部隶属于销售部:市场部(org_marketing_department) -> "
                         "销售部经理(role_sales_department_manager) -> 销售部(org_sales_department)")
        changes = tandem.changes_towards_model_4(org)
        self.assertEqual(len(changes), 1)  # marketing owns every duty: only the line moves
        self.assertEqual(changes[0].id, "make_marketing_a_peer_of_sales")
        self.assertEqual(changes[0].ids, ("org_marketing_department", "org_sales_department",
                                          "role_sales_department_manager",
                                          "role_marketing_director"))

    def test_model_1_and_its_changes(self):
        org = tandem.Organisation()
        org.add_unit("role_general_manager", "role")
        org.add_unit("marketing_sales_department", zh="市场营销部",
                     en="Marketing & Sales Department", superior="role_general_manager",
                     function="marketing_and_sales")
        org.assign_duty(PLAN[2], "marketing_sales_department")
        result = tandem.classify_org_model(org)
        self.assertEqual((result.model, [r.id for r in result.reasons]),
                         (1, ["marketing_and_sales_in_one_unit"]))
        self.assertEqual(result.reasons[0].text("zh"),
                         "市场营销部(marketing_sales_department)同时承担市场和销售工作,没有独立的市场部")
        changes = tandem.changes_towards_model_4(org)
        self.assertEqual(len(changes), 1 + 5 + 8)
        self.assertEqual(changes[0].ids, ("marketing_sales_department", "org_marketing_department",
                                          "role_general_manager"))
        self.assertEqual((changes[3].id, changes[3].ids),
                         ("move_duty_to_marketing",
                          (PLAN[2], "org_marketing_department", "marketing_sales_department")))
        self.assertEqual((changes[1].id, changes[1].ids),
                         ("assign_duty_to_marketing", (PLAN[0], "org_marketing_department")))
        # Nothing at all: both departments are missing.
        self.assertEqual([r.id for r in tandem.classify_org_model(tandem.Organisation()).reasons],
                         ["no_marketing_department", "no_sales_department"])

    def test_one_missing_management_duty_is_model_3_and_its_change_gives_model_4(self):
        # The catalog company's marketing duties, with sales issuing the targets.
        org = catalog_company()
        moved = tandem.Organisation()
        for unit in org.units:
            moved.add_unit(unit.id, unit.kind, zh=unit.zh, en=unit.en, superior=unit.superior,
                           function=unit.function)
        for assignment in org.duty_assignments:
            if assignment.duty_id.startswith("mkt_resp"):
                moved.assign_duty(assignment.duty_id, "org_sales_department"
                                  if assignment.duty_id == ACTIONS[0] else assignment.owner_id)
        result = tandem.classify_org_model(moved)
        self.assertEqual(result.model, 3)
        self.assertEqual(result.reasons[2].id, "marketing_lacks_management_duties")
        self.assertEqual(result.reasons[2].ids, (ACTIONS[0],))
        changes = tandem.changes_towards_model_4(moved)
        self.assertEqual([(c.id, c.ids) for c in changes],
                         [("move_duty_to_marketing", (ACTIONS[0], "org_marketing_department",
                                                      "org_sales_department"))])
        moved.assign_duty(changes[0].ids[0], changes[0].ids[1])
        self.assertEqual(tandem.classify_org_model(moved).model, 4)

    def test_errors(self):
        with self.assertRaises(TypeError):
            tandem.classify_org_model("org")
        with self.assertRaises(TypeError):
            tandem.changes_towards_model_4(None)
        reason = tandem.classify_org_model(tandem.Organisation()).reasons[0]
        with self.assertRaises(tandem.InvalidArgument):
            reason.text("fr")


class Lifetime(unittest.TestCase):
    def test_every_handle_is_destroyed(self):
        with tracked_handles(self) as tracked:
            org = catalog_company()
            org.unowned_duties()
            org.duties_owned_more_than_once()
            org.duties_of("org_marketing_department", True)
            org.duty_assignments
            tandem.classify_org_model(org)
            tandem.changes_towards_model_4(catalog_company("role_sales_department_manager"))
            twin = org.copy()
            with self.assertRaises(tandem.InvalidArgument):
                twin.owners_of("nope")  # a failed query creates nothing
            with org:
                pass
            del twin
        self.assertGreaterEqual(tracked.created, 10)

    def test_close(self):
        with tandem.Organisation() as org:
            self.assertFalse(org.closed)
        self.assertTrue(org.closed)
        org.close()  # twice is fine
        self.assertEqual(repr(org), "<tandem.Organisation closed>")
        for call in (lambda: org.units, lambda: org.add_unit("x", en="X"), org.validate,
                     lambda: tandem.classify_org_model(org), org.copy):
            with self.assertRaises(ValueError) as caught:
                call()
            self.assertEqual(str(caught.exception), "tandem.Organisation is closed")

    def test_garbage_collection_destroys(self):
        for _ in range(200):
            org = tandem.Organisation()
            org.add_unit("org_sales_department")
        del org
        gc.collect()
        with self.assertRaises(TypeError):
            tandem.Organisation(_handle=object())


if __name__ == "__main__":
    unittest.main()

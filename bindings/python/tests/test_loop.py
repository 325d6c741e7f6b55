"""tandem.loop and tandem.org_document: a schedule on the catalog company with due dates,
statuses and loop health computed by hand, every error with its message, organisation
documents (load errors, save round trip), and that every C handle is freed.

The schedule (fiscal years from 1 April, months labelled "2027-04", quarters
"FY2028 Q1"):
  regional sales report   flow_s2m_07, monthly, period_end + 5: April's due 2027-05-05
  quarterly promotion     host, marketing -> sales, quarterly, period_start - 31:
                          FY2028 Q2 (2027-07-01..09-30) due 2027-05-31
  campaign review         host, sales -> marketing, per campaign, period_end + 7:
                          spring_fair (2027-05-10..16) due 2027-05-23
  survey and forecast     duty, monthly, period_end + 3: April's due 2027-05-03
Deliveries: April's regional report on 2027-05-04 (on time), the campaign review on
2027-05-26 (3 days late). On 2027-05-28 the survey is missing (25 days late) and the
quarterly plan pending.
"""

import datetime
import doctest
import os
import pathlib
import re
import tempfile
import threading
import unittest

import tandem
from test_organisation import ANALYSIS, catalog_company, tracked_handles

D = datetime.date
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..")
REGIONAL = "flow_s2m_07_regional_sales"
SURVEY = ANALYSIS[2]
MALFORMED = "must match [a-z][a-z0-9_]* and have at most 64 characters"


def load_tests(loader, tests, ignore):
    """The examples in the docstring of tandem.loop."""
    tests.addTests(doctest.DocTestSuite(tandem.loop))
    return tests


def company_schedule():
    schedule = tandem.LoopSchedule(catalog_company(), tandem.FiscalCalendar.fiscal(4))
    schedule.add_flow(REGIONAL, every="monthly", anchor="period_end", offset_days=5)
    schedule.add_flow("quarterly_promotion_plan", zh="季度促销计划", direction="marketing_to_sales",
                      sender="role_planning_supervisor", receiver="role_sales_department_manager",
                      every="quarterly", anchor="period_start", offset_days=-31)
    schedule.add_flow("campaign_review", en="Campaign review", direction="sales_to_marketing",
                      every="per_campaign", offset_days=7)
    schedule.schedule_duty(SURVEY, "monthly", "period_end", 3)
    schedule.add_campaign("spring_fair", "2027-05-10", D(2027, 5, 16), zh="春季展会")
    schedule.record_delivery(REGIONAL, "2027-04", "2027-05-04", "zhao_lei")
    schedule.record_delivery("campaign_review", "spring_fair", D(2027, 5, 26), "chen_jing")
    return schedule


def health(direction, due=0, on_time=0, late=0, missing=0, pending=0):
    return tandem.DirectionHealth(direction, due, on_time, late, missing, pending)


M2S, S2M = "marketing_to_sales", "sales_to_marketing"


class Names(unittest.TestCase):
    def test_pinned_names(self):
        self.assertEqual(tandem.cadences(), ("weekly", "monthly", "quarterly", "half_yearly",
                                             "yearly", "per_campaign"))
        self.assertEqual(tandem.due_anchors(), ("period_start", "period_end"))
        self.assertEqual(tandem.flow_directions(), (M2S, S2M))
        self.assertEqual(tandem.obligation_statuses(), ("pending", "on_time", "late", "missing"))


class Building(unittest.TestCase):
    def test_what_was_added_reads_back(self):
        schedule = company_schedule()
        self.assertEqual(schedule.flows, [
            tandem.Flow(REGIONAL, "区域销售状况", "Regional sales status", S2M,
                        "org_sales_department", "org_marketing_department", "monthly",
                        tandem.DueRule("period_end", 5), True),
            tandem.Flow("quarterly_promotion_plan", "季度促销计划", "季度促销计划", M2S,
                        "role_planning_supervisor", "role_sales_department_manager", "quarterly",
                        tandem.DueRule("period_start", -31), False),
            tandem.Flow("campaign_review", "Campaign review", "Campaign review", S2M,
                        "org_sales_department", "org_marketing_department", "per_campaign",
                        tandem.DueRule("period_end", 7), False)])
        self.assertEqual(schedule.find_flow(REGIONAL).name("zh"), "区域销售状况")
        self.assertIsNone(schedule.find_flow(SURVEY))
        self.assertEqual(schedule.duty_schedules,
                         [tandem.DutySchedule(SURVEY, "monthly", tandem.DueRule("period_end", 3))])
        self.assertEqual(schedule.campaigns, [tandem.Campaign("spring_fair", "春季展会", "春季展会",
                                                              D(2027, 5, 10), D(2027, 5, 16))])
        self.assertEqual(schedule.deliveries, [
            tandem.Delivery(REGIONAL, "2027-04", D(2027, 5, 4), "zhao_lei"),
            tandem.Delivery("campaign_review", "spring_fair", D(2027, 5, 26), "chen_jing")])
        self.assertEqual(repr(schedule), "<tandem.LoopSchedule 3 flows, 1 duties, 2 deliveries>")

    def test_the_organisation_and_calendar_are_copied(self):
        org = catalog_company()
        calendar = tandem.FiscalCalendar.fiscal(4)
        schedule = tandem.LoopSchedule(org, calendar)
        org.add_unit("plant", en="Plant")
        calendar.close()
        self.assertIsNone(schedule.organisation().find_unit("plant"))
        self.assertEqual(schedule.organisation().units, catalog_company().units)
        self.assertEqual(schedule.calendar().describe(), tandem.FiscalCalendar.fiscal(4).describe())
        copy = schedule.organisation()
        copy.add_unit("plant", en="Plant")  # changes the copy only
        self.assertIsNone(schedule.organisation().find_unit("plant"))

    def test_standard_flows(self):
        schedule = tandem.LoopSchedule(catalog_company(), tandem.FiscalCalendar.fiscal(4))
        schedule.add_standard_flows()
        flows = schedule.flows
        self.assertEqual(len(flows), 5 + 9)
        self.assertEqual(sum(flow.direction == M2S for flow in flows), 5)
        targets = schedule.find_flow("flow_m2s_04_sales_targets")
        self.assertEqual((targets.every, targets.due),
                         ("yearly", tandem.DueRule("period_start", -30)))
        # FY2028 starts 2027-04-01: its targets are due 30 days before, on 2027-03-02.
        # (April's plans are due 2027-03-27, February's reports 2027-03-05.)
        due = schedule.due_in("2027-03-02", "2027-03-02")
        self.assertEqual([(o.item_id, o.occurrence, o.due) for o in due],
                         [("flow_m2s_04_sales_targets", "FY2028", D(2027, 3, 2))])
        self.assertEqual((due[0].first, due[0].last), (D(2027, 4, 1), D(2028, 3, 31)))
        may_plans = [o for o in schedule.due_in("2027-04-26", "2027-04-26")]
        self.assertEqual({o.occurrence for o in may_plans}, {"2027-05"})
        self.assertEqual(len(may_plans), 4)  # the other four plans, monthly
        self.assertTrue(all(o.direction == M2S and o.responsible == ("org_marketing_department",)
                            for o in may_plans))
        reports = schedule.due_in("2027-05-05", "2027-05-05")
        self.assertEqual(len(reports), 9)
        self.assertTrue(all(o.occurrence == "2027-04" and o.direction == S2M for o in reports))
        # All or nothing: a second time, every one of them is a duplicate.
        with self.assertRaises(tandem.InvalidArgument) as caught:
            schedule.add_standard_flows()
        self.assertEqual(caught.exception.message,
                         "duplicate flow id 'flow_m2s_01_sales_promotion_plan'")
        self.assertEqual(len(schedule.flows), 14)

    def test_errors_name_what_is_wrong_and_change_nothing(self):
        schedule = company_schedule()
        host = dict(en="X", direction=S2M)
        cases = [
            (tandem.InvalidArgument, lambda: schedule.add_standard_flows(),
             "duplicate flow id 'flow_s2m_07_regional_sales'"),
            (tandem.InvalidArgument, lambda: schedule.add_flow("org_sales_department"),
             "flow 'org_sales_department' is a catalog org_unit, not an information flow"),
            (tandem.InvalidArgument, lambda: schedule.add_flow("host_x", en="X"),
             "flow 'host_x' is not a catalog id and needs a direction"),
            (tandem.InvalidArgument, lambda: schedule.add_flow("host_x", direction=S2M),
             "flow 'host_x' is not a catalog id and needs a zh or en name"),
            (tandem.InvalidArgument,
             lambda: schedule.add_flow("flow_s2m_08_competitor_brand_feedback", direction=M2S),
             "flow 'flow_s2m_08_competitor_brand_feedback' is the catalog's sales_to_marketing "
             "flow and cannot go marketing_to_sales"),
            (tandem.InvalidArgument, lambda: schedule.add_flow("host_x", sender="ghost", **host),
             "flow 'host_x' has unknown sender 'ghost'"),
            (tandem.InvalidArgument,
             lambda: schedule.add_flow("host_x", sender="org_sales_department",
                                       receiver="org_sales_department", **host),
             "flow 'host_x' has the same unit 'org_sales_department' as sender and receiver (only "
             "a unit doing both marketing and sales may send to itself)"),
            (tandem.OutOfRange, lambda: schedule.add_flow("host_x", offset_days=367, **host),
             "flow 'host_x' has a due offset of 367 days: at most 366 days before or after the "
             "anchor day"),
            (tandem.OutOfRange, lambda: schedule.add_flow("host_x", offset_days=2**31, **host),
             "offset_days = 2147483648 is outside -2147483648..2147483647"),
            (tandem.InvalidArgument, lambda: schedule.add_flow("host_x", en="X", direction="up"),
             'name "up" is not a flow direction'),
            (tandem.InvalidArgument, lambda: schedule.add_flow("host_x", every="daily", **host),
             'name "daily" is not a cadence'),
            (tandem.InvalidArgument, lambda: schedule.add_flow("host_x", anchor="middle", **host),
             'name "middle" is not a due anchor'),
            (tandem.InvalidArgument, lambda: schedule.add_flow("Host", **host),
             "malformed flow id 'Host': " + MALFORMED),
            (tandem.InvalidArgument, lambda: schedule.schedule_duty("nope"),
             "cannot schedule unknown duty 'nope'"),
            (tandem.InvalidArgument, lambda: schedule.schedule_duty(SURVEY),
             "duty '%s' is already scheduled" % SURVEY),
            (tandem.OutOfRange, lambda: schedule.schedule_duty(ANALYSIS[1], offset_days=-367),
             "duty '%s' has a due offset of -367 days: at most 366 days before or after the "
             "anchor day" % ANALYSIS[1]),
            (tandem.InvalidArgument,
             lambda: schedule.add_campaign("spring_fair", "2027-06-01", "2027-06-02", zh="再"),
             "duplicate campaign id 'spring_fair'"),
            (tandem.InvalidArgument, lambda: schedule.add_campaign("autumn", "2027-09-01",
                                                                   "2027-09-02"),
             "campaign 'autumn' needs a zh or en name"),
            (tandem.InvalidArgument,
             lambda: schedule.add_campaign("autumn", "2027-05-10", "2027-05-09", en="A"),
             "campaign 'autumn' ends (2027-05-09) before it starts (2027-05-10)"),
            (tandem.ParseError, lambda: schedule.add_campaign("autumn", "2027-5-10", "2027-05-19",
                                                              en="A"),
             "first: '2027-5-10' is not a date of the form YYYY-MM-DD"),
            (tandem.OutOfRange,
             lambda: schedule.add_campaign("autumn", "2027-02-30", "2027-05-19", en="A"),
             "first: '2027-02-30' is not a day of the calendar (dates run from 1400-01-01 to "
             "9999-12-31)"),
            (tandem.InvalidArgument,
             lambda: schedule.record_delivery(REGIONAL, "2027-04", "2027-05-06", "zhao_lei"),
             "occurrence '2027-04' of 'flow_s2m_07_regional_sales' was delivered on 2027-05-04 "
             "by zhao_lei"),
            (tandem.InvalidArgument,
             lambda: schedule.record_delivery("ghost", "2027-04", "2027-05-06", "zhao_lei"),
             "cannot record a delivery of 'ghost': it is neither a flow nor a scheduled duty"),
            (tandem.InvalidArgument,
             lambda: schedule.record_delivery(REGIONAL, "2027-05", "2027-06-01", "Zhao Lei"),
             "malformed person id 'Zhao Lei': " + MALFORMED),
            (tandem.InvalidArgument,
             lambda: schedule.record_delivery(REGIONAL, "FY2028 Q1", "2027-05-06", "zhao_lei"),
             "occurrence 'FY2028 Q1' of monthly item 'flow_s2m_07_regional_sales' is not the "
             "label of a month in FY2026..FY2029 (two fiscal years before to one after the "
             "delivery on 2027-05-06)"),
            (tandem.InvalidArgument,
             lambda: schedule.record_delivery("campaign_review", "autumn", "2027-05-06",
                                              "zhao_lei"),
             "occurrence 'autumn' of per-campaign item 'campaign_review' is not a campaign"),
            (tandem.InvalidArgument, lambda: schedule.due_in("2027-05-31", "2027-05-01"),
             "last (2027-05-01) is before first (2027-05-31)"),
            (tandem.InvalidArgument,
             lambda: schedule.health_by_period("2027-05-01", "2027-05-31", "fortnight",
                                               "2027-05-02"),
             'name "fortnight" is not a period kind (year, half, quarter, month, week, day)'),
            (tandem.OutOfRange, lambda: schedule.health("2027-05-01", "2027-05-31", "2027-13-01"),
             "as_of: '2027-13-01' is not a day of the calendar (dates run from 1400-01-01 to "
             "9999-12-31)"),
            (tandem.InvalidArgument, lambda: schedule.find_flow("a\0b"),
             "id contains a NUL character"),
        ]
        for index, (kind, call, message) in enumerate(cases):
            with self.subTest(case=index, message=message):
                with self.assertRaises(kind) as caught:
                    call()
                self.assertEqual(caught.exception.message, message)
                self.assertIsNone(caught.exception.child)
        unchanged = company_schedule()
        for read in ("flows", "duty_schedules", "campaigns", "deliveries"):
            self.assertEqual(getattr(schedule, read), getattr(unchanged, read), read)
        for call in (lambda: schedule.add_flow(REGIONAL.encode()),
                     lambda: schedule.add_flow("x", offset_days=1.0),
                     lambda: schedule.add_flow("x", offset_days=True),
                     lambda: schedule.status("2027-05-01", "2027-05-31",
                                             datetime.datetime(2027, 5, 2)),
                     lambda: tandem.LoopSchedule(catalog_company(), None),
                     lambda: tandem.LoopSchedule(None, tandem.FiscalCalendar.gregorian())):
            with self.assertRaises(TypeError):
                call()


class Schedule(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.schedule = company_schedule()

    def test_due_in_orders_by_due_date(self):
        due = self.schedule.due_in("2027-05-01", D(2027, 5, 31))
        self.assertEqual(due, [
            tandem.Obligation("duty", SURVEY, "2027-04", D(2027, 4, 1), D(2027, 4, 30),
                              D(2027, 5, 3), ("role_planning_supervisor",), (), None),
            tandem.Obligation("flow", REGIONAL, "2027-04", D(2027, 4, 1), D(2027, 4, 30),
                              D(2027, 5, 5), ("org_sales_department",),
                              ("org_marketing_department",), S2M),
            tandem.Obligation("flow", "campaign_review", "spring_fair", D(2027, 5, 10),
                              D(2027, 5, 16), D(2027, 5, 23), ("org_sales_department",),
                              ("org_marketing_department",), S2M),
            tandem.Obligation("flow", "quarterly_promotion_plan", "FY2028 Q2", D(2027, 7, 1),
                              D(2027, 9, 30), D(2027, 5, 31), ("role_planning_supervisor",),
                              ("role_sales_department_manager",), M2S)])
        self.assertEqual(self.schedule.due_in("2027-05-06", "2027-05-22"), [])

    def test_status_on_a_day(self):
        states = self.schedule.status("2027-05-01", "2027-05-31", as_of="2027-05-28")
        self.assertEqual([state.what for state in states],
                         self.schedule.due_in("2027-05-01", "2027-05-31"))
        self.assertEqual([(s.status, s.days_late, s.delivered) for s in states], [
            ("missing", 25, None),  # 2027-05-28 - 2027-05-03
            ("on_time", 0, tandem.Delivery(REGIONAL, "2027-04", D(2027, 5, 4), "zhao_lei")),
            ("late", 3, tandem.Delivery("campaign_review", "spring_fair", D(2027, 5, 26),
                                        "chen_jing")),
            ("pending", 0, None)])
        # On the due day itself an undelivered obligation is still pending.
        self.assertEqual([s.status for s in self.schedule.status("2027-05-03", "2027-05-03",
                                                                 "2027-05-03")], ["pending"])
        self.assertEqual([(s.status, s.days_late) for s in
                          self.schedule.status("2027-05-03", "2027-05-03", "2027-05-04")],
                         [("missing", 1)])

    def test_health_counts_flows_only(self):
        result = self.schedule.health("2027-05-01", "2027-05-31", "2027-05-28")
        self.assertEqual(result, tandem.LoopHealth(
            D(2027, 5, 1), D(2027, 5, 31), None,
            health(M2S, due=1, pending=1), health(S2M, due=2, on_time=1, late=1)))
        self.assertEqual(result.sales_to_marketing.assessed, 2)
        self.assertEqual(result.sales_to_marketing.on_time_percent(), "50.0")
        self.assertEqual(result.sales_to_marketing.on_time_percent(0), "50")
        self.assertIsNone(result.marketing_to_sales.on_time_percent())

    def test_health_by_period(self):
        months = self.schedule.health_by_period("2027-04-15", "2027-06-10", "month", "2027-05-28")
        self.assertEqual(months, [
            # March's regional report, due 2027-04-05, was never delivered.
            tandem.LoopHealth(D(2027, 4, 1), D(2027, 4, 30), "2027-04", health(M2S),
                              health(S2M, due=1, missing=1)),
            tandem.LoopHealth(D(2027, 5, 1), D(2027, 5, 31), "2027-05",
                              health(M2S, due=1, pending=1), health(S2M, due=2, on_time=1, late=1)),
            tandem.LoopHealth(D(2027, 6, 1), D(2027, 6, 30), "2027-06", health(M2S),
                              health(S2M, due=1, pending=1))])
        quarter = self.schedule.health_by_period("2027-05-01", "2027-05-01", "quarter",
                                                 "2027-05-28")
        self.assertEqual([(q.label, q.first, q.last) for q in quarter],
                         [("FY2028 Q1", D(2027, 4, 1), D(2027, 6, 30))])
        self.assertEqual(quarter[0].sales_to_marketing, health(S2M, due=4, on_time=1, late=1,
                                                               missing=1, pending=1))

    def test_on_time_percent_is_exact(self):
        third = health(S2M, due=3, on_time=1, late=1, missing=1)
        self.assertEqual(third.on_time_percent(), "33.3")
        self.assertEqual(third.on_time_percent(0), "33")
        self.assertEqual(third.on_time_percent(6), "33.333333")
        two_thirds = health(S2M, due=3, on_time=2, late=1)
        self.assertEqual(two_thirds.on_time_percent(), "66.7")  # half up
        self.assertEqual(health(S2M, due=8, on_time=1, late=7).on_time_percent(1), "12.5")
        self.assertEqual(health(S2M, due=8, on_time=1, late=7).on_time_percent(0), "13")
        self.assertEqual(health(S2M, due=1, on_time=1).on_time_percent(), "100.0")
        for decimals in (-1, 7):
            with self.assertRaises(tandem.OutOfRange) as caught:
                third.on_time_percent(decimals)
            self.assertEqual(caught.exception.message, "decimals %d is outside 0..6" % decimals)
        with self.assertRaises(TypeError):
            third.on_time_percent(1.0)
        with self.assertRaises(tandem.OutOfRange) as caught:
            health(S2M, due=1, on_time=-1).on_time_percent()
        self.assertEqual(caught.exception.message, "on_time = -1 is outside 0..4294967295")

    def test_large_counts_do_not_wrap(self):
        # on_time + late + missing is summed in 64 bits: 4 + 0xFFFFFFFE would wrap to 2
        # ("200.0") in 32 bits, and 2**31 + 2**31 to 0 (nothing to judge).
        big = 0xFFFFFFFF
        wrapping = health(S2M, due=0, on_time=4, late=big - 1)
        self.assertEqual(wrapping.assessed, 4294967298)
        self.assertEqual(wrapping.on_time_percent(), "0.0")
        halves = health(S2M, due=0, on_time=2**31, late=2**31)
        self.assertEqual(halves.assessed, 2**32)
        self.assertEqual(halves.on_time_percent(), "50.0")
        all_max = health(S2M, due=big, on_time=big, late=big, missing=big, pending=big)
        self.assertEqual(all_max.assessed, 3 * big)
        self.assertEqual(all_max.on_time_percent(6), "33.333333")
        self.assertEqual(health(S2M, due=0, on_time=big, missing=1).on_time_percent(6), "100.000000")
        with self.assertRaises(tandem.OutOfRange) as caught:
            health(S2M, due=0, on_time=big + 1).on_time_percent()
        self.assertEqual(caught.exception.message, "on_time = 4294967296 is outside 0..4294967295")

    def test_reads_from_several_threads(self):
        expected = self.schedule.status("2027-05-01", "2027-05-31", "2027-05-28")
        seen, errors = [], []

        def read():
            try:
                for _ in range(30):
                    seen.append(self.schedule.status("2027-05-01", "2027-05-31", "2027-05-28")
                                == expected)
            except BaseException as error:  # reported on the main thread
                errors.append(error)
        threads = [threading.Thread(target=read) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual(errors, [])
        self.assertEqual(seen, [True] * 120)


class Documents(unittest.TestCase):
    def test_save_and_load_round_trip(self):
        schedule = company_schedule()
        text = tandem.save_org_document(schedule)
        self.assertTrue(text.endswith("}\n"))
        self.assertIn('\n  "schema_version": %d,' % tandem.org_document_schema_version(), text)
        self.assertEqual(tandem.org_document_schema_version(), 1)
        loaded = tandem.load_org_document(text, "company.json")
        self.assertEqual(tandem.save_org_document(loaded), text)  # deterministic, lossless
        for read in ("flows", "duty_schedules", "campaigns", "deliveries"):
            self.assertEqual(getattr(loaded, read), getattr(schedule, read), read)
        self.assertEqual(loaded.organisation().units, schedule.organisation().units)
        self.assertEqual(loaded.organisation().duty_assignments,
                         schedule.organisation().duty_assignments)
        self.assertEqual(loaded.calendar().describe(), schedule.calendar().describe())
        self.assertEqual(loaded.status("2027-05-01", "2027-05-31", "2027-05-28"),
                         schedule.status("2027-05-01", "2027-05-31", "2027-05-28"))
        self.assertEqual(tandem.load_org_document(text.encode("utf-8")).flows, schedule.flows)

    def test_load_a_file(self):
        text = tandem.save_org_document(company_schedule())
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "company.json")
            with open(path, "w", encoding="utf-8-sig") as file:  # with a BOM
                file.write(text)
            self.assertEqual(tandem.save_org_document(tandem.load_org_document_file(path)), text)
            self.assertEqual(len(tandem.load_org_document_file(pathlib.Path(path)).flows), 3)
            missing = os.path.join(folder, "missing.json")
            with self.assertRaises(tandem.InvalidArgument) as caught:
                tandem.load_org_document_file(missing)
            self.assertEqual(caught.exception.message,
                             "cannot read '%s': No such file or directory" % missing)
            with open(path, "w", encoding="utf-8") as file:
                file.write('{"schema_version": 2}')
            with self.assertRaises(tandem.InvalidArgument) as caught:
                tandem.load_org_document_file(path)
            self.assertEqual(caught.exception.message, "%s: $.schema_version: unsupported "
                                                       "schema_version 2; this version of Tandem "
                                                       "reads 1" % path)

    def test_load_reports_every_problem_one_per_line(self):
        document = """{"schema_version": 1, "calendar": {"kind": "gregorian"},
          "units": [{"id": "east_team", "kind": "team", "en": "East"},
                    {"id": "Bad", "en": "Bad"}]}"""
        with self.assertRaises(tandem.InvalidArgument) as caught:
            tandem.load_org_document(document, "company.json")
        self.assertEqual(caught.exception.message.split("\n"), [
            'company.json: $.units[0].kind: expected one of department, role, got the string '
            '"team"',
            "company.json: $.units[1]: malformed unit id 'Bad': " + MALFORMED])
        self.assertEqual(str(caught.exception), caught.exception.message)
        with self.assertRaises(tandem.InvalidArgument) as caught:
            tandem.load_org_document("{")
        self.assertEqual(caught.exception.message,
                         "<memory>: $: invalid JSON at line 1, column 2: syntax error while "
                         "parsing object key - unexpected end of input; expected string literal")
        with self.assertRaises(tandem.InvalidArgument) as caught:
            tandem.load_org_document('{"schema_version": 2}', "in.json")
        self.assertEqual(caught.exception.message, "in.json: $.schema_version: unsupported "
                                                   "schema_version 2; this version of Tandem "
                                                   "reads 1")
        with self.assertRaises(tandem.InvalidArgument) as caught:
            tandem.load_org_document("", "x.json\0y")
        self.assertEqual(caught.exception.message, "source_name contains a NUL character")
        with self.assertRaises(tandem.InvalidArgument) as caught:
            tandem.load_org_document_file("a\0b.json")
        self.assertEqual(caught.exception.message, "path contains a NUL character")
        for call in (lambda: tandem.load_org_document(None), lambda: tandem.load_org_document({}),
                     lambda: tandem.load_org_document("{}", b"x"),
                     lambda: tandem.load_org_document_file(3),
                     lambda: tandem.save_org_document(catalog_company())):
            with self.assertRaises(TypeError):
                call()


class DocumentedExamples(unittest.TestCase):
    def test_docs_python_md_organisation_loop_and_document_examples(self):
        """The examples of docs/python.md's organisation, loop and document sections
        give what they show (they share their variables, in order)."""
        with open(os.path.join(ROOT, "docs", "python.md"), encoding="utf-8") as file:
            blocks = re.findall(r"```python\n(.*?)```", file.read(), re.S)
        marks = ("tandem.Organisation()", "tandem.LoopSchedule(org", "tandem.load_org_document(")
        example = "".join(next(block for block in blocks if mark in block) for mark in marks)
        test = doctest.DocTestParser().get_doctest(example, {}, "docs/python.md", None, 0)
        runner, report = doctest.DocTestRunner(verbose=False), []
        results = runner.run(test, out=report.append)
        self.assertEqual(results.failed, 0, "docs/python.md:\n" + "".join(report))
        self.assertGreater(results.attempted, 20)


class Lifetime(unittest.TestCase):
    def test_every_handle_is_destroyed(self):
        with tracked_handles(self) as tracked:
            schedule = company_schedule()
            schedule.due_in("2027-05-01", "2027-05-31")
            schedule.status("2027-05-01", "2027-05-31", "2027-05-28")
            schedule.health_by_period("2027-04-01", "2027-06-30", "month", "2027-05-28")
            schedule.organisation()
            schedule.calendar()
            with self.assertRaises(tandem.InvalidArgument):  # fails after its spec was made
                schedule.add_flow(REGIONAL)
            with self.assertRaises(tandem.InvalidArgument):  # refused before any handle is made
                schedule.add_flow("x", en="X\0")
            text = tandem.save_org_document(schedule)
            with tandem.load_org_document(text) as loaded:
                loaded.flows
            with self.assertRaises(tandem.InvalidArgument):
                tandem.load_org_document("{")
            del schedule
        self.assertGreaterEqual(tracked.created, 20)

    def test_close(self):
        schedule = company_schedule()
        schedule.close()
        schedule.close()
        self.assertTrue(schedule.closed)
        self.assertEqual(repr(schedule), "<tandem.LoopSchedule closed>")
        for call in (lambda: schedule.flows, lambda: schedule.due_in("2027-05-01", "2027-05-31"),
                     lambda: schedule.add_flow(REGIONAL), schedule.organisation,
                     lambda: tandem.save_org_document(schedule)):
            with self.assertRaises(ValueError) as caught:
                call()
            self.assertEqual(str(caught.exception), "tandem.LoopSchedule is closed")
        with self.assertRaises(TypeError):
            tandem.LoopSchedule(_handle=object())


if __name__ == "__main__":
    unittest.main()

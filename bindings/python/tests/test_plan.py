"""tandem.plan: the small plan of tests/capi/capi_plan_test.c decomposed by hand (1200.00
split 2:1 between lathes and parts, 3:1 between east and west, 1:2 between east's
people, every quantum 1.00, even seasonality with ties to the earlier months), every
query, edits (a failing edit leaves the plan exactly as it was), actuals and reports,
every error with its class, and that every C handle is freed.
"""

import datetime
import doctest
import importlib
import os
import re
import tempfile
import threading
import unittest
from decimal import Decimal
from fractions import Fraction

import tandem
from test_organisation import tracked_handles

module = importlib.import_module("tandem.plan")
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..")
EXAMPLE_PLAN = os.path.join(ROOT, "examples", "plan", "huadong_plan.json")
EXAMPLE_ACTUALS = os.path.join(ROOT, "examples", "plan", "actuals.csv")

SMALL = module.EXAMPLE
SALES = ("unit,product,date,amount\n"
         "east_li,lathes,2026-04-10,50.00\n"
         "east_wang,parts,2026-05-20,25.00\n"
         "east_li,lathes,2026-04-11,-5.00\n"
         "west,lathes,2026-07-01,1000\n")


def load_tests(loader, tests, ignore):
    tests.addTests(doctest.DocTestSuite(module, optionflags=doctest.ELLIPSIS))
    return tests


def small():
    return tandem.Plan.load(SMALL, "small.json")


class Queries(unittest.TestCase):
    def test_the_plan_as_a_whole(self):
        plan = small()
        self.assertEqual(plan.id, "small")
        self.assertEqual(plan.currency, "CNY")
        self.assertEqual(plan.fiscal_year, 2027)
        self.assertEqual(plan.measures, ["amount"])
        self.assertEqual(plan.scale(), 2)
        self.assertEqual(plan.scale("quantity"), 0)
        self.assertEqual(plan.annual_target(), 120000)
        self.assertEqual(plan.annual_target("quantity"), 0)
        self.assertEqual(plan.format(120000), "1200.00")
        self.assertEqual(plan.decimal(-5), Decimal("-0.05"))
        self.assertEqual(tandem.plan_document_schema_version(), 1)
        with plan.calendar() as calendar:
            self.assertEqual(calendar.year(2027), (datetime.date(2026, 4, 1),
                                                   datetime.date(2027, 3, 31)))
        self.assertEqual(repr(plan), "<tandem.Plan 'small' FY2027, 5 units>")

    def test_units_in_depth_first_order(self):
        plan = small()
        units = plan.units
        self.assertEqual([u.id for u in units], ["company", "east", "east_li", "east_wang", "west"])
        company, east, li = units[0], units[1], units[2]
        self.assertEqual((company.parent, company.depth, company.children, company.subtree_size),
                         (None, 0, ["east", "west"], 5))
        self.assertEqual((li.parent, li.depth, li.is_leaf, li.kind), ("east", 2, True, "person"))
        self.assertEqual((east.zh, east.en, east.kind, east.basis, east.weight),
                         ("华东区", "", "region", "weight", "3"))
        self.assertEqual(plan.unit("east_wang").weight, "2")
        self.assertEqual(plan.unit(4).id, "west")
        self.assertEqual(plan.unit_index("west"), 4)
        self.assertEqual(plan.unit_bounds("east"), tandem.Bounds())

    def test_product_lines_and_months(self):
        plan = small()
        lathes, parts = plan.products
        self.assertEqual((lathes.id, lathes.stage, lathes.weight, lathes.seasonality),
                         ("lathes", "maturity", "2", "even"))
        self.assertEqual((parts.index, parts.stage, parts.basis), (1, "growth", "weight"))
        self.assertEqual(plan.product_bounds("parts"), tandem.Bounds(None, None, None))
        months = plan.months
        self.assertEqual(len(months), 12)
        self.assertEqual(months[0], (0, "2026-04", datetime.date(2026, 4, 1),
                                     datetime.date(2026, 4, 30)))
        self.assertEqual(months[10].last, datetime.date(2027, 2, 28))

    def test_targets_known_by_hand(self):
        plan = small()
        self.assertEqual(plan.cell_total("company", "lathes"), 80000)
        self.assertEqual(plan.cell_total("company", "parts"), 40000)
        self.assertEqual([plan.unit_total(u) for u in ("east", "east_li", "east_wang", "west")],
                         [90000, 30000, 60000, 30000])
        self.assertEqual(plan.cell_total("east_li", "lathes"), 20000)
        self.assertEqual(plan.cell_total("west"), 30000)  # every line
        self.assertEqual(plan.monthly("west", "parts"), [900] * 4 + [800] * 8)
        self.assertEqual(plan.target("west", "parts", "2026-08"), 800)
        self.assertEqual(plan.target(4, 1, 3), 900)
        self.assertEqual(plan.last_replan, tandem.Replan(2, 6))

    def test_every_level_sums_to_its_parent(self):
        plan = tandem.Plan.load_file(EXAMPLE_PLAN)
        units = plan.units
        by_id = {u.id: u for u in units}
        for unit in units:
            monthly = plan.monthly(unit.id)
            self.assertEqual(sum(monthly), plan.unit_total(unit.id))
            self.assertEqual(sum(plan.cell_total(unit.id, p.id) for p in plan.products),
                             plan.unit_total(unit.id))
            if unit.children:
                self.assertEqual(sum(plan.unit_total(c) for c in unit.children),
                                 plan.unit_total(unit.id))
                for t in (0, 6, 11):
                    self.assertEqual(sum(plan.target(c, None, t) for c in unit.children),
                                     monthly[t])
        self.assertEqual(plan.unit_total(0), plan.annual_target())
        self.assertIn(by_id[units[1].id].parent, by_id)

    def test_query_errors(self):
        plan = small()
        with self.assertRaises(tandem.InvalidArgument) as caught:
            plan.unit_total("north")
        self.assertEqual(caught.exception.message, "unknown unit 'north'")
        with self.assertRaises(tandem.InvalidArgument) as caught:
            plan.unit_total("east", "quantity")
        self.assertEqual(caught.exception.message, "the plan does not target quantity")
        with self.assertRaises(tandem.InvalidArgument):
            plan.unit_total("east", "revenue")
        with self.assertRaises(tandem.InvalidArgument):
            plan.cell_total("east", "drills")
        with self.assertRaises(tandem.InvalidArgument):
            plan.unit_total(5)
        with self.assertRaises(tandem.InvalidArgument) as caught:
            plan.target("east", None, 12)
        self.assertEqual(caught.exception.message,
                         "month 12 is out of range: the plan has 12 months")
        with self.assertRaises(tandem.InvalidArgument):
            plan.target("east", None, "2027-04")
        with self.assertRaises(tandem.OutOfRange):
            plan.unit_total(-1)
        with self.assertRaises(TypeError):
            plan.unit_total(1.0)
        with self.assertRaises(TypeError):
            plan.format(1.5)


class Loading(unittest.TestCase):
    def test_every_problem_of_a_document(self):
        text = ('{"schema_version": 1, "colour": 1, "fiscal_year": 2027, "measures": ["amount"],'
                ' "annual_target": {"amount": 100}, "units": [{"id": "company"}], "products": []}')
        with self.assertRaises(tandem.InvalidArgument) as caught:
            tandem.Plan.load(text, "p.json")
        lines = caught.exception.message.split("\n")
        self.assertTrue(lines[0].startswith("p.json: $.colour: unknown key"), lines)
        self.assertTrue(lines[1].startswith("p.json: $.annual_target.amount: expected a decimal "
                                            "string, got the integer 100"), lines)
        self.assertIsNone(caught.exception.child)
        with self.assertRaises(tandem.InvalidArgument) as caught:
            tandem.Plan.load(b"{")
        self.assertTrue(caught.exception.message.startswith("<memory>: $: "))

    def test_numbers_that_do_not_fit(self):
        text = ('{"schema_version": 1, "fiscal_year": 2027, "measures": ["amount"],'
                ' "annual_target": {"amount": "100"}, "units": [{"id": "company"},'
                ' {"id": "east", "parent": "company", "bounds": {"amount": {"fixed": "200"}}}],'
                ' "products": [{"id": "lathes"}]}')
        with self.assertRaises(tandem.Infeasible) as caught:
            tandem.Plan.load(text)
        self.assertIn("'east'", caught.exception.message)
        self.assertIsNone(caught.exception.child)

    def test_files(self):
        with self.assertRaises(tandem.InvalidArgument) as caught:
            tandem.Plan.load_file("/nonexistent/plan.json")
        self.assertEqual(caught.exception.message,
                         "cannot read '/nonexistent/plan.json': No such file or directory")
        with self.assertRaises(tandem.InvalidArgument):
            tandem.Plan.load_file("a\0b")
        with self.assertRaises(TypeError):
            tandem.Plan.load(12)
        with self.assertRaises(TypeError):
            tandem.Plan(None)

    def test_save_round_trip(self):
        plan = small()
        text = plan.save()
        self.assertTrue(text.startswith('{\n  "schema_version": 1'))
        self.assertTrue(text.endswith("\n"))
        again = tandem.Plan.load(text)
        self.assertEqual(again.save(), text)
        self.assertEqual(again.monthly("east_wang", "parts"), plan.monthly("east_wang", "parts"))

    def test_copy_is_independent(self):
        plan = small()
        twin = plan.copy()
        twin.set_weight("west", 3)
        self.assertEqual(twin.unit_total("west"), 60000)
        self.assertEqual(plan.unit_total("west"), 30000)


class Edits(unittest.TestCase):
    def test_edits_re_plan(self):
        plan = small()
        plan.set_weight("east_li", Decimal("2.5"))
        self.assertEqual((plan.unit_total("east_li"), plan.unit_total("east_wang")), (50000, 40000))
        self.assertEqual(plan.unit("east_li").weight, "2.5")
        self.assertEqual(plan.last_replan, tandem.Replan(1, 4))
        plan.set_annual_target("2400.00")
        self.assertEqual(plan.annual_target(), 240000)
        self.assertEqual(plan.unit_total("west"), 60000)
        plan.set_bounds("west", fixed="400.00")
        self.assertEqual(plan.unit_bounds("west"), tandem.Bounds(fixed=40000))
        self.assertEqual(plan.unit_total("east"), 200000)
        plan.set_bounds("west")
        self.assertEqual(plan.unit_total("west"), 60000)
        plan.set_product_weight("parts", "2")
        self.assertEqual(plan.cell_total("company", "parts"), 120000)
        plan.set_product_bounds("parts", max=100000)
        self.assertEqual(plan.cell_total("company", "parts"), 100000)
        plan.set_mix("west", "parts", "1")
        self.assertEqual((plan.cell_total("west", "lathes"), plan.cell_total("west", "parts")),
                         (0, 60000))
        plan.set_period_bounds("east_li", "lathes", "2026-08", fixed=5000)
        self.assertEqual(plan.target("east_li", "lathes", "2026-08"), 5000)
        self.assertEqual(plan.last_replan, tandem.Replan(0, 1))

    def test_a_failing_edit_changes_nothing(self):
        plan = small()
        before = plan.save()
        targets = [plan.monthly(u.id) for u in plan.units]
        failing = [
            (tandem.Infeasible, lambda: plan.set_bounds("east", fixed="1300.00")),
            (tandem.Infeasible, lambda: plan.set_mix("east", "parts", "0")),
            (tandem.Infeasible, lambda: plan.set_product_bounds("parts", min=130000)),
            (tandem.InvalidArgument, lambda: plan.set_weight("north", "1")),
            (tandem.ParseError, lambda: plan.set_weight("east", "1,5")),
            (tandem.OutOfRange, lambda: plan.set_weight("east", "-1")),
            (tandem.InvalidArgument, lambda: plan.set_bounds("east", min=9000, max=100)),
            (tandem.InvalidArgument, lambda: plan.set_bounds("east", min=1, measure="quantity")),
            (tandem.InvalidArgument, lambda: plan.set_product_weight("drills", 1)),
            (tandem.InvalidArgument, lambda: plan.set_mix("company", "parts", "1")),
            (tandem.InvalidArgument,
             lambda: plan.set_period_bounds("east_li", "lathes", "2026-13", fixed=1)),
            (tandem.OutOfRange, lambda: plan.set_annual_target(-1)),
            (tandem.OutOfRange, lambda: plan.set_bounds("east", min="1.005")),
            (TypeError, lambda: plan.set_weight("east", 1.5)),
            (TypeError, lambda: plan.set_bounds("east", min=1.5)),
            (TypeError, lambda: plan.set_weight(3, "1")),
        ]
        for error, edit in failing:
            with self.subTest(error=error.__name__):
                with self.assertRaises(error) as caught:
                    edit()
                if isinstance(caught.exception, tandem.TandemError):
                    self.assertIsNone(caught.exception.child)
                self.assertEqual(plan.save(), before)
                self.assertEqual([plan.monthly(u.id) for u in plan.units], targets)


class ActualsAndReports(unittest.TestCase):
    def test_booked_and_loaded_agree(self):
        plan = small()
        booked = tandem.Actuals(plan)
        self.assertEqual((booked.rows, booked.last_date), (0, None))
        booked.add(plan, "east_li", "lathes", datetime.date(2026, 4, 10), amount="50.00")
        booked.add(plan, "east_wang", "parts", "2026-05-20", amount=2500)
        booked.add(plan, "east_li", "lathes", "2026-04-11", amount=Decimal("-5.00"))
        booked.add(plan, "west", "lathes", "2026-07-01", amount="1000")
        self.assertEqual((booked.rows, booked.last_date), (4, datetime.date(2026, 7, 1)))
        self.assertEqual(booked.actual(plan, "east", None, 0), 4500)
        self.assertEqual(booked.actual(plan, "east", "parts", "2026-05"), 2500)
        self.assertEqual(booked.actual(plan, "company"), 107000)
        loaded = tandem.Actuals.load_csv(plan, SALES, "sales.csv")
        for unit in plan.units:
            for month in range(12):
                self.assertEqual(loaded.actual(plan, unit.id, "lathes", month),
                                 booked.actual(plan, unit.id, "lathes", month))
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "sales.csv")
            with open(path, "w", encoding="utf-8") as file:
                file.write(SALES)
            self.assertEqual(tandem.Actuals.load_csv_file(plan, path).actual(plan, 0), 107000)

    def test_actuals_errors(self):
        plan = small()
        sales = tandem.Actuals(plan)
        with self.assertRaises(tandem.InvalidArgument) as caught:
            sales.add(plan, "east", "lathes", "2026-04-10", amount=1)
        self.assertIn("'east' is not a leaf", caught.exception.message)
        with self.assertRaises(tandem.OutOfRange):
            sales.add(plan, "east_li", "lathes", "2027-04-01", amount=1)
        with self.assertRaises(tandem.ParseError):
            sales.add(plan, "east_li", "lathes", "2026-4-1", amount=1)
        with self.assertRaises(tandem.InvalidArgument):
            sales.add(plan, "east_li", "lathes", "2026-04-10", quantity=3)
        with self.assertRaises(tandem.Overflow):
            sales.add(plan, "east_li", "lathes", "2026-04-10", amount=2**63)
        with self.assertRaises(tandem.InvalidArgument):
            sales.actual(plan, "east", None, 0, "quantity")
        self.assertEqual(sales.rows, 0)
        with self.assertRaises(tandem.InvalidArgument) as caught:
            tandem.Actuals.load_csv(plan, "unit,product,date,amount\neast,lathes,2026-04-10,1\n",
                                    "s.csv")
        self.assertIn("s.csv: row 2", caught.exception.message)
        self.assertEqual(caught.exception.child, 0)
        with self.assertRaises(tandem.InvalidArgument):
            tandem.Actuals.load_csv_file(plan, "/nonexistent/sales.csv")
        with self.assertRaises(TypeError):
            tandem.Actuals("plan")

    def test_reports(self):
        plan = small()
        sales = tandem.Actuals.load_csv(plan, SALES)
        rows = tandem.plan_report(plan, sales, by="quarter", unit="east")
        self.assertEqual(len(rows), 12)
        q1 = rows[0]
        self.assertEqual((q1.unit, q1.product, q1.period), ("east", None, "FY2027 Q1"))
        self.assertEqual(q1.target, sum(plan.target("east", None, t) for t in range(3)))
        self.assertEqual((q1.actual, q1.variance), (7000, 7000 - q1.target))
        self.assertEqual(q1.attainment, Fraction(7000, q1.target))
        self.assertEqual((rows[4].product, rows[4].period), ("lathes", "FY2027 Q1"))
        self.assertIsNone(q1.target_to_date)
        year = tandem.plan_report(plan, sales, by="year", unit="east_li", by_product=False)
        self.assertEqual(len(year), 1)
        self.assertEqual((year[0].target, year[0].actual, year[0].attainment,
                          year[0].attainment_percent), (30000, 4500, Fraction(3, 20), "15.0"))
        level = tandem.plan_report(plan, None, unit=None, level=1, by_product=False,
                                   as_of="2026-05-15")
        self.assertEqual([(r.unit, r.period) for r in level[:2]],
                         [("east", "2026-04"), ("east", "2026-05")])
        self.assertEqual(len(level), 24)
        april, may, june = level[:3]
        self.assertEqual((april.target_to_date, april.actual, april.attainment_to_date),
                         (april.target, 0, Fraction(0)))
        self.assertTrue(0 < may.target_to_date < may.target)
        self.assertEqual((june.target_to_date, june.attainment_to_date,
                          june.attainment_to_date_percent), (0, None, ""))

    def test_report_errors(self):
        plan = small()
        with self.assertRaises(tandem.InvalidArgument):
            tandem.plan_report(plan, by="week")
        with self.assertRaises(tandem.InvalidArgument):
            tandem.plan_report(plan, measure="quantity")
        with self.assertRaises(tandem.InvalidArgument):
            tandem.plan_report(plan, unit="north")
        with self.assertRaises(tandem.InvalidArgument):
            tandem.plan_report(plan, level=3)
        with self.assertRaises(tandem.OutOfRange):
            tandem.plan_report(plan, as_of="2027-04-01")
        with self.assertRaises(tandem.ParseError):
            tandem.plan_report(plan, as_of="someday")
        with self.assertRaises(TypeError):
            tandem.plan_report(plan, actuals="sales")
        with self.assertRaises(TypeError):
            tandem.plan_report("plan")

    def test_what_remains_re_planned(self):
        plan = small()
        sales = tandem.Actuals.load_csv(plan, SALES)
        revision = tandem.plan_respread_remaining(plan, sales, "2026-06-30")
        self.assertEqual(revision.closed_months, 3)
        self.assertEqual(sorted(revision.cells), [(u, p) for u in ("east_li", "east_wang", "west")
                                                  for p in ("lathes", "parts")])
        for (unit, product), months in revision.cells.items():
            self.assertEqual(months[:3], [sales.actual(plan, unit, product, t) for t in range(3)])
            self.assertEqual(sum(months) + revision.unallocated[(unit, product)],
                             plan.cell_total(unit, product))
        # Carry: the open months keep their targets; 155.00 remain against 149.00.
        carried = tandem.plan_respread_remaining(plan, sales, datetime.date(2026, 6, 30),
                                                 on_shortfall="carry")
        self.assertEqual(carried.cells[("east_li", "lathes")][3:],
                         plan.monthly("east_li", "lathes")[3:])
        self.assertEqual(carried.unallocated[("east_li", "lathes")], 600)
        evenly = tandem.plan_respread_remaining(plan, sales, "2026-06-30", basis="even")
        self.assertEqual(len(set(evenly.cells[("west", "parts")][3:]) - {1111, 1112}), 0)
        with self.assertRaises(tandem.InvalidArgument):
            tandem.plan_respread_remaining(plan, sales, "2026-04-15")
        with self.assertRaises(tandem.InvalidArgument):
            tandem.plan_respread_remaining(plan, sales, "2026-06-30", on_shortfall="bank")
        with self.assertRaises(tandem.ParseError):
            tandem.plan_respread_remaining(plan, sales, "June")
        with self.assertRaises(TypeError):
            tandem.plan_respread_remaining(plan, None, "2026-06-30")

    def test_the_example_plan_and_its_actuals(self):
        plan = tandem.Plan.load_file(EXAMPLE_PLAN)
        sales = tandem.Actuals.load_csv_file(plan, EXAMPLE_ACTUALS)
        rows = tandem.plan_report(plan, sales, by="year", unit=0, by_product=True)
        company = rows[0]
        self.assertEqual(company.target, plan.annual_target())
        self.assertEqual(company.actual, sum(r.actual for r in rows[1:]))
        self.assertEqual(company.actual, sales.actual(plan, 0))


class Documentation(unittest.TestCase):
    def test_docs_python_md_plan_example(self):
        """The example of docs/python.md, "Target plans", gives what it shows."""
        with open(os.path.join(ROOT, "docs", "python.md"), encoding="utf-8") as file:
            blocks = re.findall(r"```python\n(.*?)```", file.read(), re.S)
        example = next(block for block in blocks if "tandem.Plan.load(" in block)
        names = {"tandem": tandem, "Fraction": Fraction}
        test = doctest.DocTestParser().get_doctest(example, names, "docs/python.md", None, 0)
        runner, report = doctest.DocTestRunner(verbose=False, optionflags=doctest.ELLIPSIS), []
        results = runner.run(test, out=report.append)
        self.assertEqual(results.failed, 0, "docs/python.md:\n" + "".join(report))
        self.assertEqual(results.attempted, 10)


class Lifetime(unittest.TestCase):
    def test_every_handle_is_destroyed(self):
        with tracked_handles(self) as tracked:
            plan = small()
            twin = plan.copy()
            plan.calendar()
            sales = tandem.Actuals.load_csv(plan, SALES)
            tandem.Actuals(plan)
            tandem.plan_report(plan, sales, by="quarter")
            tandem.plan_respread_remaining(plan, sales, "2026-06-30")
            with self.assertRaises(tandem.InvalidArgument):
                tandem.plan_report(plan, sales, unit="north")  # a failed call creates nothing
            with self.assertRaises(tandem.Infeasible):
                tandem.Plan.load(SMALL.replace('"weight": "3"', '"bounds": {"amount": '
                                               '{"fixed": "9999.00"}}'))
            del plan, twin, sales
        self.assertGreaterEqual(tracked.created, 6)

    def test_close(self):
        with small() as plan:
            self.assertFalse(plan.closed)
        self.assertTrue(plan.closed)
        self.assertEqual(repr(plan), "<tandem.Plan closed>")
        with self.assertRaises(ValueError):
            plan.unit_total("east")
        plan.close()

    def test_one_plan_shared_by_threads(self):
        plan = small()
        results, errors = [], []

        def read():
            try:
                for _ in range(20):
                    results.append(plan.unit_total("east"))
            except Exception as error:  # pragma: no cover - reported below
                errors.append(error)

        threads = [threading.Thread(target=read) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual(errors, [])
        self.assertEqual(set(results), {90000})


if __name__ == "__main__":
    unittest.main()

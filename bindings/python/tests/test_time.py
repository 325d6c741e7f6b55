"""tandem.time: calendars, periods, spread, TargetSeries, respread. Known results by hand."""

import datetime
import decimal
import doctest
import os
import random
import re
import tempfile
import threading
import unittest

import tandem

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..")
CN_2026 = os.path.join(ROOT, "examples", "calendars", "cn-2026.csv")
D = datetime.date


def load_tests(loader, tests, ignore):
    """The examples in tandem.time's docstring run and give what they show."""
    tests.addTests(doctest.DocTestSuite(tandem.time))
    return tests


def fy2028(kind="month"):
    """Periods of the fiscal year from 1 April named FY2028 (2027-04-01..2028-03-31)."""
    return tandem.periods(tandem.FiscalCalendar.fiscal(4), "2027-04-01", "2028-03-31", kind)


class FiscalCalendars(unittest.TestCase):
    def test_gregorian(self):
        calendar = tandem.FiscalCalendar.gregorian()
        self.assertEqual(calendar.year(2027), (D(2027, 1, 1), D(2027, 12, 31)))
        self.assertEqual(calendar.year_of(D(2027, 6, 30)), 2027)
        self.assertEqual(calendar.describe(), "gregorian")

    def test_fiscal_year_from_april(self):
        end_named = tandem.FiscalCalendar.fiscal(4, 1)
        self.assertEqual(end_named.year(2028), (D(2027, 4, 1), D(2028, 3, 31)))
        self.assertEqual(end_named.year_of("2027-04-01"), 2028)
        self.assertEqual(end_named.year_of("2027-03-31"), 2027)
        self.assertEqual(end_named.describe(), "fiscal year from 04-01 (named by end year)")
        self.assertIn("fiscal year from 04-01", repr(end_named))
        start_named = tandem.FiscalCalendar.fiscal(4, naming="start_year")
        self.assertEqual(start_named.year_of("2027-04-01"), 2027)

    def test_nrf_retail_calendar(self):
        # The NRF 4-5-4 calendar: fiscal 2023 ran 2023-01-29..2024-02-03 (53 weeks).
        nrf = tandem.FiscalCalendar.retail("4-5-4", 1, "saturday", "nearest", "start-year")
        first, last = nrf.year(2023)
        self.assertEqual((first, last), (D(2023, 1, 29), D(2024, 2, 3)))
        self.assertEqual((last - first).days + 1, 371)
        self.assertEqual(tandem.FiscalCalendar.retail("4-5-4", 1, 6, "nearest", "start-year")
                         .year(2023), (first, last))
        self.assertEqual(len(nrf.periods(first, last, "week")), 53)

    def test_errors(self):
        with self.assertRaises(tandem.OutOfRange):
            tandem.FiscalCalendar.fiscal(13)
        with self.assertRaises(tandem.OutOfRange):
            tandem.FiscalCalendar.fiscal(4, 29)
        with self.assertRaises(tandem.OutOfRange):
            tandem.FiscalCalendar.retail("4-4-5", 0)
        for bad in ({"pattern": "4-4-4"}, {"end_weekday": "someday"}, {"rule": "first"},
                    {"naming": "middle"}):
            with self.subTest(bad=bad), self.assertRaises(tandem.InvalidArgument):
                tandem.FiscalCalendar.retail(**bad)
        with self.assertRaises(tandem.OutOfRange):
            tandem.FiscalCalendar.retail(end_weekday=8)
        with self.assertRaises(TypeError):
            tandem.FiscalCalendar.fiscal(4.0)
        calendar = tandem.FiscalCalendar.gregorian()
        with self.assertRaises(tandem.ParseError) as caught:
            calendar.year_of("2027/04/01")
        self.assertIn("2027/04/01", caught.exception.message)
        with self.assertRaises(tandem.OutOfRange):
            calendar.year_of("2027-02-29")
        with self.assertRaises(tandem.OutOfRange):
            calendar.year(20000)
        with self.assertRaises(TypeError):
            calendar.year_of(datetime.datetime(2027, 4, 1, 12, 0))
        with self.assertRaises(TypeError):
            tandem.FiscalCalendar(None)

    def test_close(self):
        with tandem.FiscalCalendar.gregorian() as calendar:
            self.assertFalse(calendar.closed)
        self.assertTrue(calendar.closed)
        calendar.close()  # twice is fine
        with self.assertRaises(ValueError):
            calendar.year(2027)
        self.assertIn("closed", repr(calendar))


class WorkingCalendars(unittest.TestCase):
    def test_weekend_holiday_and_make_up_day(self):
        calendar = tandem.WorkingCalendar()
        # February 2026 starts on a Sunday: four whole weeks, 20 weekdays.
        self.assertEqual(calendar.working_days("2026-02-01", "2026-02-28"), 20)
        self.assertFalse(calendar.is_working_day(D(2026, 2, 14)))  # a Saturday
        calendar.add_workday("2026-02-14", "make-up")
        calendar.add_holiday(D(2026, 2, 16))
        self.assertTrue(calendar.is_working_day("2026-02-14"))
        self.assertFalse(calendar.is_working_day("2026-02-16"))
        self.assertEqual(calendar.working_days("2026-02-01", "2026-02-28"), 20)
        with self.assertRaises(tandem.InvalidArgument):
            calendar.add_holiday("2026-02-16")  # already listed
        with self.assertRaises(tandem.InvalidArgument):
            calendar.add_workday("2026-02-17")  # a Tuesday
        with self.assertRaises(tandem.InvalidArgument):
            calendar.working_days("2026-02-28", "2026-02-01")
        with self.assertRaises(TypeError):
            calendar.add_holiday("2026-02-18", 5)

    def test_other_weekends(self):
        gulf = tandem.WorkingCalendar(weekend=("fri", "sat"))
        self.assertFalse(gulf.is_working_day("2026-02-13"))  # Friday
        self.assertTrue(gulf.is_working_day("2026-02-15"))   # Sunday
        self.assertEqual(tandem.WorkingCalendar(weekend="friday,saturday")
                         .is_working_day("2026-02-13"), False)
        self.assertEqual(tandem.WorkingCalendar(weekend=()).working_days("2026-02-01",
                                                                         "2026-02-28"), 28)
        self.assertEqual(tandem.WorkingCalendar(weekend=[7]).working_days("2026-02-01",
                                                                          "2026-02-28"), 24)
        with self.assertRaises(tandem.InvalidArgument):
            tandem.WorkingCalendar(weekend=("sat", "saturday"))
        with self.assertRaises(tandem.InvalidArgument):
            tandem.WorkingCalendar(weekend=("caturday",))

    def test_china_2026(self):
        china = tandem.WorkingCalendar.load(CN_2026)
        # February: 20 weekdays, 6 of them in the Spring Festival closure (16-20 and
        # 23 February), Saturdays 14 and 28 worked: 16. January: 22 - 2 + 1 = 21.
        self.assertEqual(china.working_days("2026-02-01", "2026-02-28"), 16)
        self.assertEqual(china.working_days("2026-01-01", "2026-01-31"), 21)
        self.assertTrue(china.is_working_day("2026-10-10"))
        self.assertFalse(china.is_working_day("2026-10-07"))

    def test_load_errors_name_file_line_and_row(self):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "bad.csv")
            with open(path, "w", encoding="utf-8") as file:
                file.write("date,kind\n2026-03-02,holiday\n2026-03-03,vacation\n")
            with self.assertRaises(tandem.ParseError) as caught:
                tandem.WorkingCalendar.load(path)
            self.assertEqual(caught.exception.child, 1)
            self.assertIn("bad.csv:3", caught.exception.message)
            self.assertIn("vacation", caught.exception.message)
            with self.assertRaises(tandem.InvalidArgument) as caught:
                tandem.WorkingCalendar.load(os.path.join(folder, "missing.csv"))
            self.assertIn("missing.csv", caught.exception.message)


class Periods(unittest.TestCase):
    def test_fiscal_months(self):
        months = fy2028()
        self.assertEqual(len(months), 12)
        self.assertEqual(months.labels[0], "2027-04")
        self.assertEqual(months[-1].label, "2028-03")
        # February 2028 has 29 days.
        self.assertEqual((months[10].first, months[10].last), (D(2028, 2, 1), D(2028, 2, 29)))
        self.assertFalse(any(period.partial for period in months))

    def test_cut_range(self):
        months = tandem.periods(tandem.FiscalCalendar.fiscal(4), D(2027, 4, 10), "2027-06-15")
        self.assertEqual([p.partial for p in months], [True, False, True])
        self.assertEqual(months[0], tandem.Period("2027-04", D(2027, 4, 10), D(2027, 4, 30),
                                                  D(2027, 4, 1), D(2027, 4, 30), True))
        self.assertEqual((months[2].first, months[2].last), (D(2027, 6, 1), D(2027, 6, 15)))

    def test_labels_of_each_kind(self):
        self.assertEqual(fy2028("quarter").labels, ["FY2028 Q1", "FY2028 Q2", "FY2028 Q3",
                                                    "FY2028 Q4"])
        self.assertEqual(fy2028("half").labels, ["FY2028 H1", "FY2028 H2"])
        self.assertEqual(fy2028("year").labels, ["FY2028"])
        self.assertEqual(len(fy2028("day")), 366)
        self.assertEqual(tandem.period_kinds(), ("year", "half", "quarter", "month", "week",
                                                 "day"))

    def test_errors(self):
        calendar = tandem.FiscalCalendar.gregorian()
        with self.assertRaises(tandem.InvalidArgument):
            tandem.periods(calendar, "2027-06-15", "2027-04-10")
        with self.assertRaises(tandem.InvalidArgument) as caught:
            tandem.periods(calendar, "2027-04-10", "2027-06-15", "fortnight")
        self.assertIn("fortnight", caught.exception.message)
        with self.assertRaises(tandem.ParseError):
            tandem.periods(calendar, "10/04/2027", "2027-06-15")
        with self.assertRaises(TypeError):
            tandem.periods("gregorian", "2027-04-10", "2027-06-15")
        with self.assertRaises(TypeError):
            tandem.periods(calendar, 20270410, "2027-06-15")


class Spread(unittest.TestCase):
    def test_even_over_fiscal_months(self):
        # 1200.00 in cents over twelve months: 100.00 each.
        self.assertEqual(tandem.spread(120000, fy2028()), [10000] * 12)
        self.assertEqual(tandem.spread_decimal("1200.00", fy2028(), 2), ["100.00"] * 12)
        self.assertEqual(tandem.spread(-120000, fy2028()), [-10000] * 12)

    def test_calendar_days(self):
        # 366 days; quotas 9836.07 (30 days), 10163.93 (31), 9508.20 (29). Floors sum to
        # 119993: the 7 spare cents go to the seven 31-day months.
        self.assertEqual(tandem.spread(120000, fy2028(), "calendar-days"),
                         [9836, 10164, 9836, 10164, 10164, 9836, 10164, 9836, 10164, 10164,
                          9508, 10164])

    def test_working_days_in_china(self):
        months = tandem.periods(tandem.FiscalCalendar.gregorian(), "2026-01-01", "2026-03-31")
        china = tandem.WorkingCalendar.load(CN_2026)
        # 21, 16 and 22 working days: 100 per working day.
        self.assertEqual(tandem.spread(5900, months, "working_days", calendar=china),
                         [2100, 1600, 2200])
        with self.assertRaises(tandem.InvalidArgument):
            tandem.spread(5900, months, "working-days")
        with self.assertRaises(TypeError):
            tandem.spread(5900, months, "working-days", calendar=CN_2026)

    def test_key_and_reference(self):
        quarters = fy2028("quarter")
        percent = {"FY2028 Q1": "10", "FY2028 Q2": decimal.Decimal("20.5"), "FY2028 Q3": 30,
                   "FY2028 Q4": "39.5"}
        self.assertEqual(tandem.spread(2000, quarters, "key", values=percent, unit="percent"),
                         [200, 410, 600, 790])
        pairs = [("FY2028 Q1", "1"), ("FY2028 Q2", "1"), ("FY2028 Q3", "1"), ("FY2028 Q4", "2")]
        self.assertEqual(tandem.spread(2000, quarters, "key", values=pairs), [400, 400, 400, 800])
        with self.assertRaises(tandem.Infeasible):
            tandem.spread(2000, quarters, "key", values=pairs, unit="percent")
        with self.assertRaises(tandem.InvalidArgument) as caught:
            tandem.spread(2000, quarters, "key", values=pairs[:3])
        self.assertEqual(caught.exception.child, 3)  # the period with no value
        with self.assertRaises(tandem.InvalidArgument) as caught:
            tandem.spread(2000, quarters, "key", values=pairs[:3] + [("FY2029 Q4", "2")])
        self.assertIn("FY2029 Q4", caught.exception.message)
        with self.assertRaises(tandem.ParseError) as caught:
            tandem.spread(2000, quarters, "key", values=[("FY2028 Q1", "1.2.3")] + pairs[1:])
        self.assertEqual(caught.exception.child, 0)
        with self.assertRaises(tandem.OutOfRange) as caught:
            tandem.spread(2000, quarters, "key", values=pairs[:2] + [("FY2028 Q3", "-1")]
                          + pairs[3:])
        self.assertEqual(caught.exception.child, 2)
        with self.assertRaises(TypeError):
            tandem.spread(2000, quarters, "key", values={"FY2028 Q1": 1.5})
        zeros = {label: "0" for label in quarters.labels}
        with self.assertRaises(tandem.Infeasible):
            tandem.spread(2000, quarters, "reference", values=zeros)
        self.assertEqual(tandem.spread(2000, quarters, "reference", values=zeros,
                                       when_zero="even"), [500] * 4)
        # Last year's actuals under last year's labels: matched by position.
        last_year = [("FY2027 Q1", "1"), ("FY2027 Q2", "1"), ("FY2027 Q3", "1"), ("FY2027 Q4", "2")]
        with self.assertRaises(tandem.InvalidArgument):
            tandem.spread(2000, quarters, "reference", values=last_year)
        self.assertEqual(tandem.spread(2000, quarters, "reference", values=last_year,
                                       match="position"), [400, 400, 400, 800])
        with self.assertRaises(tandem.InvalidArgument):
            tandem.spread(2000, quarters, "reference", values=last_year, match="order")
        # Values given to a basis that takes none are refused, not ignored.
        with self.assertRaises(tandem.InvalidArgument):
            tandem.spread(2000, quarters, "even", values=pairs)
        self.assertEqual(tandem.spread_bases(), ("even", "calendar-days", "working-days", "key",
                                                 "reference"))

    def test_rounding_and_limits(self):
        quarters = fy2028("quarter")
        # Quantum 100: 10 hundreds over 4 quarters, the spare two to Q1 and Q2.
        self.assertEqual(tandem.spread(1000, quarters, quantum=100), [300, 300, 200, 200])
        with tandem.Options(quantum=100) as options:
            self.assertEqual(tandem.spread(1000, quarters, options=options), [300, 300, 200, 200])
        self.assertEqual(tandem.spread_decimal("10.00", quarters, 2, quantum=100),
                         ["3.00", "3.00", "2.00", "2.00"])
        with self.assertRaises(tandem.Infeasible):
            tandem.spread(1050, quarters, quantum=100)
        # Q2 locked at 400: 600 left, 200 each; Q1 at most 100: 300 for the others.
        self.assertEqual(tandem.spread(1000, quarters, fixed={"FY2028 Q2": 400}),
                         [200, 400, 200, 200])
        self.assertEqual(tandem.spread(1000, quarters, max=[100, None, None, None]),
                         [100, 300, 300, 300])
        # Q4 at least 500: 500 for three, 166.67 each, the two spare units in order.
        self.assertEqual(tandem.spread(1000, quarters, min={"FY2028 Q4": 500}),
                         [167, 167, 166, 500])
        self.assertEqual(tandem.spread_decimal("10.00", quarters, 2, min={"FY2028 Q4": "5"}),
                         ["1.67", "1.67", "1.66", "5.00"])
        with self.assertRaises(tandem.OutOfRange) as caught:
            tandem.spread(1000, quarters, min=[None, None, None, 500],
                          max=[None, None, None, 100])
        self.assertEqual(caught.exception.child, 3)
        with self.assertRaises(tandem.InvalidArgument):
            tandem.spread(1000, quarters, min=[1, 2])
        with self.assertRaises(tandem.InvalidArgument):
            tandem.spread(1000, quarters, min={"FY2029 Q1": 1})
        with self.assertRaises(tandem.InvalidArgument):
            tandem.spread(1000, quarters, fixed=[tandem.NONE, None, None, None])
        with self.assertRaises(tandem.Overflow):
            tandem.spread(-2**63, quarters)
        with self.assertRaises(tandem.Overflow):
            tandem.spread(2**63, quarters)
        with self.assertRaises(TypeError):
            tandem.spread(1000, quarters, quantum=100, options=tandem.Options())
        with self.assertRaises(tandem.InvalidArgument):
            tandem.spread(1000, quarters, "weekly")
        with self.assertRaises(tandem.InvalidArgument):
            tandem.spread(1000, quarters, unit="permille")
        with self.assertRaises(tandem.InvalidArgument):
            tandem.spread(1000, quarters, when_zero="ignore")
        with self.assertRaises(TypeError):
            tandem.spread(1000, list(quarters))

    def test_random_totals_sum_exactly(self):
        chooser = random.Random(20261127)
        calendar = tandem.FiscalCalendar.fiscal(7)
        china = tandem.WorkingCalendar.load(CN_2026)
        for _ in range(40):
            start = D(2026, 1, 1) + datetime.timedelta(days=chooser.randrange(300))
            end = start + datetime.timedelta(days=chooser.randrange(1, 400))
            kind = chooser.choice(["month", "quarter", "week", "half"])
            total = chooser.randrange(-10**12, 10**12)
            basis = chooser.choice(["even", "calendar-days", "working-days"])
            with self.subTest(start=start, end=end, kind=kind, total=total, basis=basis):
                spans = tandem.periods(calendar, start, end, kind)
                shares = tandem.spread(total, spans, basis, calendar=china, when_zero="even")
                self.assertEqual(sum(shares), total)
                self.assertEqual(len(shares), len(spans))
                self.assertEqual(spans[0].first, start)
                self.assertEqual(spans[-1].last, end)


class TargetSeries(unittest.TestCase):
    def test_pro_rating_and_to_date(self):
        fy = tandem.FiscalCalendar.fiscal(4)
        series = tandem.TargetSeries(fy2028(), [10000] * 12)
        self.assertEqual(series.between("2027-04-01", "2027-06-30"), 30000)
        # 10000 over April's 30 days: 333 each, 10 spare units to the first 10 days;
        # 1..15 April = 10 * 334 + 5 * 333 = 5005, the rest 4995.
        self.assertEqual(series.between("2027-04-01", "2027-04-15"), 5005)
        self.assertEqual(series.between(D(2027, 4, 16), D(2027, 4, 30)), 4995)
        # By working days: 22 in April 2027, 10000 = 454 * 22 + 12; 1..15 April holds
        # 11 working days, all among the first 12: 11 * 455 = 5005.
        weekdays = tandem.WorkingCalendar()
        self.assertEqual(series.between("2027-04-01", "2027-04-15", "working-days", weekdays),
                         5005)
        # YTD at 30 June: 30000. QTD at 15 August: July 10000 plus 15 days of August
        # (10000 = 322 * 31 + 18, the first 18 days get 323): 14845. MTD: 4845.
        self.assertEqual(series.to_date(fy, "2027-06-30"), 30000)
        self.assertEqual(series.to_date(fy, "2027-08-15", "quarter"), 14845)
        self.assertEqual(series.to_date(fy, D(2027, 8, 15), "month"), 4845)
        self.assertEqual(series.to_date(fy, "2028-03-31", "year", "working-days", weekdays),
                         120000)

    def test_targets_by_label(self):
        quarters = fy2028("quarter")
        series = tandem.TargetSeries(quarters, dict(zip(quarters.labels, [1, 2, 3, 4])))
        self.assertEqual(series.between("2027-04-01", "2028-03-31"), 10)
        with self.assertRaises(tandem.InvalidArgument):
            tandem.TargetSeries(quarters, {"FY2028 Q1": 1})

    def test_errors(self):
        fy = tandem.FiscalCalendar.fiscal(4)
        series = tandem.TargetSeries(fy2028(), [10000] * 12)
        with self.assertRaises(tandem.InvalidArgument):
            series.between("2027-04-01", "2027-04-15", "working-days")
        with self.assertRaises(tandem.OutOfRange):
            series.between("2027-03-31", "2027-04-15")
        with self.assertRaises(tandem.OutOfRange):
            series.to_date(fy, "2028-04-01")
        with self.assertRaises(tandem.InvalidArgument):
            series.between("2027-04-01", "2027-04-15", "hours")
        with self.assertRaises(tandem.InvalidArgument):
            series.to_date(fy, "2027-08-15", "decade")
        with self.assertRaises(TypeError):
            series.to_date(tandem.WorkingCalendar(), "2027-08-15")
        with self.assertRaises(tandem.InvalidArgument):
            tandem.TargetSeries(fy2028(), [1] * 11)
        with self.assertRaises(tandem.Overflow):
            tandem.TargetSeries(fy2028(), [2**62] * 12)
        series.close()
        with self.assertRaises(ValueError):
            series.between("2027-04-01", "2027-04-15")


class Respread(unittest.TestCase):
    def test_policies(self):
        quarters = fy2028("quarter")
        original = [250, 250, 250, 250]
        # Behind: 1000 - 400 = 600 remains for 500 of open targets.
        self.assertEqual(tandem.respread(1000, quarters, original, [200, 200]),
                         tandem.Respread([200, 200, 300, 300], 0, 600))
        self.assertEqual(tandem.respread(1000, quarters, original, [200, 200],
                                         on_shortfall="carry"),
                         ([200, 200, 250, 250], 100, 600))
        # Ahead: 400 remains for 500; spread lowers, bank keeps and reports the lead.
        self.assertEqual(tandem.respread(1000, quarters, original, [300, 300]),
                         ([300, 300, 200, 200], 0, 400))
        self.assertEqual(tandem.respread(1000, quarters, original, [300, 300],
                                         on_surplus="bank"),
                         ([300, 300, 250, 250], -100, 400))
        self.assertEqual(tandem.respread(1000, quarters, original, [600, 600]),
                         ([600, 600, 0, 0], -200, -200))

    def test_proportional_or_by_basis(self):
        quarters = fy2028("quarter")
        # Open originals 100 and 400: proportional gives 600 * 1/5 and 600 * 4/5.
        self.assertEqual(tandem.respread(1000, quarters, [250, 250, 100, 400], [200, 200]).targets,
                         [200, 200, 120, 480])
        self.assertEqual(tandem.respread(1000, quarters, [250, 250, 100, 400], [200, 200],
                                         basis="even").targets, [200, 200, 300, 300])

    def test_invariant_on_random_inputs(self):
        chooser = random.Random(4)
        months = fy2028()
        for _ in range(50):
            original = [chooser.randrange(0, 10**6) for _ in range(12)]
            closed = chooser.randrange(0, 12)
            actuals = [chooser.randrange(0, 2 * 10**6) for _ in range(closed)]
            annual = sum(original)
            result = tandem.respread(annual, months, original, actuals,
                                     on_shortfall=chooser.choice(["spread", "carry"]),
                                     on_surplus=chooser.choice(["spread", "bank"]),
                                     when_zero="even")
            self.assertEqual(result.targets[:closed], actuals)
            self.assertEqual(sum(result.targets) + result.unallocated, annual)
            self.assertEqual(result.remaining, annual - sum(actuals))
            self.assertTrue(all(target >= 0 for target in result.targets[closed:]))

    def test_errors(self):
        quarters = fy2028("quarter")
        with self.assertRaises(tandem.InvalidArgument):
            tandem.respread(1000, quarters, [250] * 4, [250] * 4)  # all closed
        with self.assertRaises(tandem.OutOfRange) as caught:
            tandem.respread(1000, quarters, [250, 250, 250, -1], [200])
        self.assertEqual(caught.exception.child, 3)
        with self.assertRaises(tandem.InvalidArgument):
            tandem.respread(1000, quarters, [250] * 3, [200])
        with self.assertRaises(tandem.InvalidArgument):
            tandem.respread(1000, quarters, [250] * 4, [200], on_shortfall="forgive")
        with self.assertRaises(tandem.InvalidArgument):
            tandem.respread(1000, quarters, [250] * 4, [200], on_surplus="forgive")
        with self.assertRaises(tandem.InvalidArgument):
            tandem.respread(1000, quarters, [250] * 4, [200], basis="key")


class DocumentedExample(unittest.TestCase):
    def test_docs_python_md_time_example(self):
        """The time example of docs/python.md gives what it shows (run from the root)."""
        with open(os.path.join(ROOT, "docs", "python.md"), encoding="utf-8") as file:
            blocks = re.findall(r"```python\n(.*?)```", file.read(), re.S)
        example = next(block for block in blocks if "FiscalCalendar" in block)
        test = doctest.DocTestParser().get_doctest(example, {}, "docs/python.md", None, 0)
        runner, report = doctest.DocTestRunner(verbose=False), []
        here = os.getcwd()
        os.chdir(ROOT)
        try:
            results = runner.run(test, out=report.append)
        finally:
            os.chdir(here)
        self.assertEqual(results.failed, 0, "docs/python.md:\n" + "".join(report))
        self.assertGreater(results.attempted, 10)


class Threads(unittest.TestCase):
    def test_shared_calendars_on_several_threads(self):
        fy = tandem.FiscalCalendar.fiscal(4)
        china = tandem.WorkingCalendar.load(CN_2026)
        months = tandem.periods(tandem.FiscalCalendar.gregorian(), "2026-01-01", "2026-03-31")
        results, errors = [], []

        def work():
            try:
                for _ in range(50):
                    results.append((tandem.spread(5900, months, "working-days", calendar=china),
                                    fy.year_of("2027-04-01")))
            except Exception as error:  # reported below
                errors.append(error)

        threads = [threading.Thread(target=work) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual(errors, [])
        self.assertEqual(set(map(repr, results)), {repr(([2100, 1600, 2200], 2028))})


if __name__ == "__main__":
    unittest.main()

"""tandem.lifecycle: stages, ProductLifecycle, classify_lifecycle. Known results by hand.

The classifier's expected figures follow the rule of docs/domain.md: level = lower
median of a window of 3 periods; recent = the last window, previous = the one
before, peak = the highest; growth_bp = floor((recent - previous) * 10000 / previous).
"""

import array
import datetime
import doctest
import random
import threading
import unittest

import tandem

D = datetime.date
INT64_MAX = 2**63 - 1


def load_tests(loader, tests, ignore):
    """The examples in tandem.lifecycle's docstring run and give what they show."""
    tests.addTests(doctest.DocTestSuite(tandem.lifecycle))
    return tests


class Stages(unittest.TestCase):
    def test_names_ids_and_the_extension(self):
        self.assertEqual(tandem.lifecycle_stages(),
                         ("introduction", "growth", "maturity", "decline"))
        self.assertEqual([tandem.lifecycle_stage_id(s) for s in tandem.lifecycle_stages()],
                         ["lifecycle_introduction", "lifecycle_growth", "lifecycle_maturity",
                          "lifecycle_decline"])
        self.assertEqual(tandem.lifecycle_stage_id("lifecycle_growth"), "lifecycle_growth")
        self.assertEqual([tandem.is_extension(s) for s in tandem.lifecycle_stages()],
                         [False, False, False, True])

    def test_rule_names(self):
        self.assertEqual(tandem.lifecycle_rules(),
                         ("insufficient_data", "no_sales", "falling", "young", "sporadic",
                          "takeoff", "rising", "plateau", "below_peak"))

    def test_unknown_names(self):
        for bad in ("Growth", "", "成长期"):
            with self.assertRaises(tandem.InvalidArgument) as caught:
                tandem.lifecycle_stage_id(bad)
            self.assertIn("is not a lifecycle stage", caught.exception.message)
        with self.assertRaises(tandem.InvalidArgument):
            tandem.is_extension("growth\0")
        with self.assertRaises(TypeError):
            tandem.is_extension(1)


class Focus(unittest.TestCase):
    # Expected ids and texts copied from catalog.json (product_lifecycle).
    def test_seed_stages_compose_the_catalog(self):
        self.assertEqual([f.id for f in tandem.marketing_focus("growth")],
                         ["lc_marketing_information_system", "lc_annual_marketing_target_plan",
                          "lc_production_sales_coordination"])
        intro = tandem.marketing_focus("lifecycle_introduction", "zh")
        self.assertEqual(len(intro), 5)
        self.assertEqual(intro[3], tandem.FocusActivity("lc_product_pricing", "制定产品价格", False))
        self.assertEqual(len(tandem.marketing_focus("maturity")), 5)
        # The language is read in any case, as by tandem.catalog.
        self.assertEqual(tandem.marketing_focus("growth", "ZH"), tandem.marketing_focus("growth", "zh"))

    def test_decline_is_ours_and_inferred(self):
        decline = tandem.marketing_focus("decline")
        self.assertEqual([f.id for f in decline],
                         ["lc_decline_harvest", "lc_decline_prune", "lc_decline_reposition"])
        self.assertTrue(all(f.inferred for f in decline))
        self.assertTrue(decline[0].text.startswith("Harvest"))
        self.assertTrue(tandem.marketing_focus("decline", "zh")[0].text.startswith("收割"))

    def test_errors(self):
        with self.assertRaises(tandem.InvalidArgument):
            tandem.marketing_focus("growth", "fr")
        with self.assertRaises(tandem.InvalidArgument):
            tandem.marketing_focus("harvest")


class History(unittest.TestCase):
    def test_stage_on_and_current(self):
        with tandem.ProductLifecycle("widget_a") as product:
            self.assertEqual(product.product_id, "widget_a")
            self.assertIsNone(product.current)
            self.assertEqual(len(product), 0)
            product.enter("introduction", D(2026, 1, 1))
            product.enter("lifecycle_growth", "2026-07-01")
            product.enter("maturity", "2028-01-01")
            product.enter("growth", "2030-03-01")  # a relaunch goes back
            self.assertIsNone(product.stage_on("2025-12-31"))
            self.assertEqual(product.stage_on(D(2026, 1, 1)), "introduction")
            self.assertEqual(product.stage_on("2026-06-30"), "introduction")
            self.assertEqual(product.stage_on("2027-01-01"), "growth")
            self.assertEqual(product.stage_on("2029-12-31"), "maturity")
            self.assertEqual(product.current, "growth")
            self.assertEqual(product.history, [
                tandem.Transition("introduction", D(2026, 1, 1)),
                tandem.Transition("growth", D(2026, 7, 1)),
                tandem.Transition("maturity", D(2028, 1, 1)),
                tandem.Transition("growth", D(2030, 3, 1))])
            self.assertIn("widget_a: growth", repr(product))
        self.assertTrue(product.closed)
        self.assertIn("closed", repr(product))
        with self.assertRaises(ValueError):
            product.current

    def test_failures_change_nothing(self):
        product = tandem.ProductLifecycle("widget_a")
        product.enter("growth", "2026-01-01")
        with self.assertRaises(tandem.InvalidArgument) as caught:
            product.enter("maturity", "2026-01-01")
        self.assertIn("widget_a", caught.exception.message)
        with self.assertRaises(tandem.InvalidArgument) as caught:
            product.enter("growth", "2026-02-01")
        self.assertIn("already in growth since 2026-01-01", caught.exception.message)
        with self.assertRaises(tandem.ParseError):
            product.enter("maturity", "2026/02/01")
        with self.assertRaises(tandem.OutOfRange):
            product.enter("maturity", "2026-02-30")
        with self.assertRaises(tandem.InvalidArgument):
            product.enter("mature", "2026-02-01")
        with self.assertRaises(TypeError):
            product.enter("maturity", datetime.datetime(2026, 2, 1))
        with self.assertRaises(tandem.ParseError):
            product.stage_on("2026-1-1")
        self.assertEqual(product.history, [tandem.Transition("growth", D(2026, 1, 1))])

    def test_malformed_ids(self):
        for bad in ("Widget", "1a", "", "a-b", "a" * 65):
            with self.assertRaises(tandem.InvalidArgument):
                tandem.ProductLifecycle(bad)
        with self.assertRaises(tandem.InvalidArgument):
            tandem.ProductLifecycle("a\0b")
        with self.assertRaises(TypeError):
            tandem.ProductLifecycle(b"widget")
        self.assertEqual(tandem.ProductLifecycle("a" * 64).product_id, "a" * 64)

    def test_reads_from_several_threads(self):
        product = tandem.ProductLifecycle("widget_a")
        product.enter("introduction", "2026-01-01")
        product.enter("growth", "2026-07-01")
        seen = []

        def read():
            for _ in range(200):
                seen.append(product.stage_on("2026-08-01"))

        threads = [threading.Thread(target=read) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(set(seen), {"growth"})
        self.assertEqual(len(seen), 800)


class Classify(unittest.TestCase):
    def test_each_stage(self):
        # previous [121,133,146] -> 133, recent [161,177,195] -> 177: 3308 bp.
        p = tandem.classify_lifecycle([100, 110, 121, 133, 146, 161, 177, 195])
        self.assertEqual(p, tandem.Proposal("growth", "rising", 8, 8, 177, 133, 177, 3308, 10000))
        self.assertEqual(tandem.classify_lifecycle([100] * 7).stage, "maturity")
        falling = tandem.classify_lifecycle([100] * 6 + [90, 80, 70])
        self.assertEqual((falling.stage, falling.rule, falling.growth_bp), ("decline", "falling",
                                                                            -2000))
        under = tandem.classify_lifecycle([100] * 4 + [60] * 6)
        self.assertEqual((under.stage, under.rule, under.level_bp), ("decline", "below_peak", 6000))
        young = tandem.classify_lifecycle([0] * 7 + [5, 8, 12])
        self.assertEqual((young.stage, young.rule, young.growth_bp), ("introduction", "young", None))
        takeoff = tandem.classify_lifecycle([4] + [0] * 10 + [3, 5, 6])
        self.assertEqual((takeoff.stage, takeoff.rule), ("introduction", "takeoff"))

    def test_no_stage(self):
        self.assertEqual(tandem.classify_lifecycle([5] * 5),
                         tandem.Proposal(None, "insufficient_data", 5, 0, 0, 0, 0, None, 0))
        self.assertEqual(tandem.classify_lifecycle([]).rule, "insufficient_data")
        self.assertEqual(tandem.classify_lifecycle([0] * 9).rule, "no_sales")
        self.assertEqual(tandem.classify_lifecycle([0, 0, 500] + [0] * 7).rule, "sporadic")

    def test_thresholds_at_their_boundaries(self):
        self.assertEqual(tandem.classify_lifecycle([100] * 6 + [110] * 3).rule, "rising")
        self.assertEqual(tandem.classify_lifecycle([100] * 6 + [109] * 3).rule, "plateau")
        self.assertEqual(tandem.classify_lifecycle([100] * 6 + [90] * 3).rule, "falling")
        self.assertEqual(tandem.classify_lifecycle([100] * 6 + [91] * 3).rule, "plateau")
        series = [100] * 6 + [105] * 3
        self.assertEqual(tandem.classify_lifecycle(series, growth_threshold_bp=500).rule, "rising")
        self.assertEqual(tandem.classify_lifecycle(series, growth_threshold_bp=501).rule, "plateau")
        self.assertEqual(tandem.classify_lifecycle([10, 20], window=1, introduction_periods=0)
                         .growth_bp, 10000)

    def test_exact_at_int64_max(self):
        p = tandem.classify_lifecycle([1] * 7 + [INT64_MAX] * 3)
        self.assertEqual((p.rule, p.growth_bp, p.recent_level), ("rising", INT64_MAX, INT64_MAX))
        big, tenth_off = 9 * 10**18, 81 * 10**17
        self.assertEqual(tandem.classify_lifecycle([big] * 6 + [tenth_off] * 3).rule, "falling")
        self.assertEqual(tandem.classify_lifecycle([big] * 6 + [tenth_off + 1] * 3).rule, "plateau")

    def test_buffers_are_read_in_place(self):
        series = array.array("q", [100, 110, 121, 133, 146, 161, 177, 195])
        self.assertEqual(tandem.classify_lifecycle(series).rule, "rising")
        self.assertEqual(tandem.classify_lifecycle(memoryview(series)).rule, "rising")
        self.assertEqual(tandem.classify_lifecycle(iter([7] * 7)).rule, "plateau")

    def test_errors(self):
        with self.assertRaises(tandem.OutOfRange) as caught:
            tandem.classify_lifecycle([5, 5, 5, -1, 5, 5])
        self.assertEqual(caught.exception.child, 3)
        self.assertIn("index 3", caught.exception.message)
        for name, value in (("window", 0), ("window", 1001), ("window", -1),
                            ("window", 2**32 + 3), ("introduction_periods", 1000001),
                            ("growth_threshold_bp", 0), ("decline_threshold_bp", 10001),
                            ("maturity_level_bp", 0)):
            with self.subTest(option=name, value=value):
                with self.assertRaises(tandem.OutOfRange) as caught:
                    tandem.classify_lifecycle([1] * 10, **{name: value})
                self.assertIn("%s = %d" % (name, value), caught.exception.message)
        with self.assertRaises(tandem.Overflow):
            tandem.classify_lifecycle([1] * 10, window=2**63)
        with self.assertRaises(tandem.Overflow):
            tandem.classify_lifecycle([2**63])
        with self.assertRaises(TypeError):
            tandem.classify_lifecycle([1.5] * 6)
        with self.assertRaises(TypeError):
            tandem.classify_lifecycle([True] * 6)
        with self.assertRaises(TypeError):
            tandem.classify_lifecycle([1] * 6, window=3.0)
        with self.assertRaises(TypeError):
            tandem.classify_lifecycle(array.array("d", [1.0] * 6))

    def test_scaling_never_changes_the_stage(self):
        rng = random.Random(20261127)
        for _ in range(300):
            n = rng.randrange(0, 25)
            drift = rng.choice((-30, 0, 30))
            value, series = rng.randrange(0, 1000), []
            for _ in range(n):
                value = max(0, value + drift + rng.randrange(-20, 21))
                series.append(value)
            p = tandem.classify_lifecycle(series)
            self.assertEqual(tandem.classify_lifecycle(series), p)  # deterministic
            factor = rng.randrange(2, 10**6)
            q = tandem.classify_lifecycle([v * factor for v in series])
            self.assertEqual((q.stage, q.rule, q.growth_bp, q.level_bp),
                             (p.stage, p.rule, p.growth_bp, p.level_bp))
            self.assertEqual(q.peak_level, p.peak_level * factor)


if __name__ == "__main__":
    unittest.main()

"""allocate(): known results checked by hand, every method and alias, limits, quantum, ties."""

import unittest

import tandem

# 7 among weights 5, 3, 2 (quotas 3.5, 2.1, 1.4) and 5 among 70, 20, 10 (quotas 3.5,
# 1, 0.5), worked by hand with divisor d; each divisor range below is the only one
# whose rounded quotients sum to the total.
KNOWN = {
    #                        7 among 5,3,2   5 among 70,20,10
    # hamilton: floors 3,2,1 + the largest remainder (.5, child 0); floors 3,1,0 and
    # remainders .5/.0/.5 tie: input order gives child 0 the unit.
    "hamilton":              ([4, 2, 1], [4, 1, 0]),
    # jefferson, floor(w/d): d in (1, 1.25] and d in (14, 17.5].
    "jefferson":             ([4, 2, 1], [4, 1, 0]),
    # webster, w/d rounded half up: d = 1.4 (3.57, 2.14, 1.43); d = 20 puts 70 and 10
    # on the signposts 3.5 and 0.5 at once: a tie, input order.
    "webster":               ([4, 2, 1], [4, 1, 0]),
    # modified Sainte-Lague, first signpost 0.7: d = 1.4 as webster; d = 20 as webster.
    "modified-sainte-lague": ([4, 2, 1], [4, 1, 0]),
    # adams, ceil(w/d): d in (1.667, 2): 2.6->3, 1.6->2, 1.1->2; d in [23.3, 35).
    "adams":                 ([3, 2, 2], [3, 1, 1]),
    # dean, signposts 0, 4/3, 2.4, 3.43: d = 1.48: 3.38->3, 2.03->2, 1.35->2;
    # d = 25: 2.8->3, 0.8->1, 0.4->1.
    "dean":                  ([3, 2, 2], [3, 1, 1]),
    # huntington-hill, signposts 0, 1.41, 2.45, 3.46: d = 1.43: 3.50->4, 2.10->2,
    # 1.40->1; d = 25 as dean.
    "huntington-hill":       ([4, 2, 1], [3, 1, 1]),
}

ALIASES = {"hare": "hamilton", "largest-remainder": "hamilton", "largest_remainder": "hamilton",
           "dhondt": "jefferson", "sainte-lague": "webster", "sainte_lague": "webster",
           "modified_sainte_lague": "modified-sainte-lague", "huntington_hill": "huntington-hill"}


class KnownResults(unittest.TestCase):
    def test_default_is_hamilton(self):
        self.assertEqual(tandem.allocate(7, [5, 3, 2]), [4, 2, 1])

    def test_every_method(self):
        self.assertEqual(set(tandem.methods()), set(KNOWN))
        for method, (first, second) in KNOWN.items():
            with self.subTest(method=method):
                self.assertEqual(tandem.allocate(7, [5, 3, 2], method), first)
                self.assertEqual(tandem.allocate(5, [70, 20, 10], method=method), second)

    def test_aliases_give_the_canonical_method(self):
        for alias, method in ALIASES.items():
            with self.subTest(alias=alias):
                self.assertEqual(tandem.allocate(5, [70, 20, 10], alias), KNOWN[method][1])
                self.assertEqual(tandem.Options(alias).method, method)

    def test_result_is_a_list_of_ints(self):
        shares = tandem.allocate(7, (5, 3, 2))
        self.assertIs(type(shares), list)
        self.assertTrue(all(type(share) is int for share in shares))

    def test_any_iterable_of_weights(self):
        self.assertEqual(tandem.allocate(7, (w for w in [5, 3, 2])), [4, 2, 1])
        self.assertEqual(tandem.allocate(7, range(5, 1, -1)), [3, 2, 1, 1])  # 5,4,3,2 quotas 2.5,2,1.5,1

    def test_no_children_and_zero_total(self):
        self.assertEqual(tandem.allocate(0, []), [])
        self.assertEqual(tandem.allocate(0, [5, 3, 2]), [0, 0, 0])

    def test_weight_zero_gets_nothing(self):
        self.assertEqual(tandem.allocate(7, [5, 0, 2]), [5, 0, 2])

    def test_exact_beyond_double_precision(self):
        # 2**62 + 1 halves are not representable in a double; the split must be exact.
        total = 2**62 + 1
        self.assertEqual(tandem.allocate(total, [1, 1]), [2**61 + 1, 2**61])


class Limits(unittest.TestCase):
    def test_max(self):
        # child 0 capped at 3; 4 left among 3 and 2: quotas 2.4, 1.6 -> 2, 1 + 1 to child 2.
        self.assertEqual(tandem.allocate(7, [5, 3, 2], max=[3, None, None]), [3, 2, 2])

    def test_min(self):
        # child 2 at least 4; L = 3/8: quotas 1.875, 1.125, (0.75 -> 4) -> 1, 1, 4 + 1 to child 0.
        self.assertEqual(tandem.allocate(7, [5, 3, 2], min=[None, None, 4]), [2, 1, 4])

    def test_fixed(self):
        # child 2 fixed at 0; 7 among 5 and 3: quotas 4.375, 2.625 -> 4, 2 + 1 to child 1.
        self.assertEqual(tandem.allocate(7, [5, 3, 2], fixed=[None, None, 0]), [4, 3, 0])
        self.assertEqual(tandem.allocate(7, [5, 3, 2], fixed=[None, 6, None]), [1, 6, 0])

    def test_limits_as_tuples_and_without_none(self):
        self.assertEqual(tandem.allocate(7, [5, 3, 2], min=(0, 0, 4), max=(7, 7, 7)), [2, 1, 4])

    def test_all_limits_together(self):
        shares = tandem.allocate(100, [1, 1, 1, 1], min=[30, None, None, None],
                                 max=[None, 10, None, None], fixed=[None, None, None, 5])
        # child 3 fixed at 5, 95 left; child 1 capped at 10, so children 0 and 2 share
        # 85 evenly (42.5 each, above child 0's 30); the tie goes to child 0 (input order).
        self.assertEqual(shares, [43, 10, 42, 5])


class QuantumAndTies(unittest.TestCase):
    def test_quantum(self):
        self.assertEqual(tandem.allocate(700, [5, 3, 2], quantum=100), [400, 200, 100])
        self.assertEqual(tandem.allocate(70, [1, 1, 1], quantum=10), [30, 20, 20])

    def test_tie_rules(self):
        # 5 among 70, 20, 10 (hamilton): children 0 and 2 tie for the last unit.
        self.assertEqual(tandem.allocate(5, [70, 20, 10], ties="input-order"), [4, 1, 0])
        self.assertEqual(tandem.allocate(5, [70, 20, 10], ties="larger"), [4, 1, 0])
        self.assertEqual(tandem.allocate(5, [70, 20, 10], ties="larger-weight"), [4, 1, 0])
        self.assertEqual(tandem.allocate(5, [70, 20, 10], ties="smaller"), [3, 1, 1])
        self.assertEqual(tandem.allocate(5, [70, 20, 10], ties="smaller_weight"), [3, 1, 1])
        self.assertEqual(set(tandem.tie_rules()), {"input-order", "larger", "smaller", "error"})

    def test_tie_error_names_the_first_tied_child(self):
        with self.assertRaises(tandem.Tie) as caught:
            tandem.allocate(5, [70, 20, 10], ties="error")
        self.assertEqual(caught.exception.status, 6)
        self.assertEqual(caught.exception.child, 0)
        self.assertIn("tie", caught.exception.message)
        # Without a tie the rule "error" is not an error.
        self.assertEqual(tandem.allocate(7, [5, 3, 2], ties="error"), [4, 2, 1])

    def test_tie_on_later_children(self):
        with self.assertRaises(tandem.Tie) as caught:
            tandem.allocate(1, [0, 1, 1], ties="error")
        self.assertEqual(caught.exception.child, 1)


if __name__ == "__main__":
    unittest.main()

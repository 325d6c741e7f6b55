"""Large inputs: 100 000 children, exact sums, the quota rule, list and buffer paths agree."""

import array
import random
import unittest

import tandem

COUNT = 100_000


class LargeInputs(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        generator = random.Random(20261127)
        cls.weights = [generator.randrange(0, 10**12) for _ in range(COUNT)]
        cls.total = 987_654_321_987_654

    def test_sum_and_quota_rule(self):
        shares = tandem.allocate(self.total, self.weights)
        self.assertEqual(len(shares), COUNT)
        self.assertEqual(sum(shares), self.total)
        weight_sum = sum(self.weights)
        for weight, share in zip(self.weights, shares):
            floor = self.total * weight // weight_sum  # Hamilton: floor or ceiling of the quota
            self.assertIn(share - floor, (0, 1))

    def test_every_method_sums_exactly(self):
        with tandem.Options() as options:
            for method in tandem.methods():
                options.method = method
                shares = tandem.allocate(self.total, self.weights, options=options)
                self.assertEqual(sum(shares), self.total, method)
                self.assertTrue(all(share >= 0 for share in shares), method)

    def test_buffer_path_matches_list_path(self):
        out = array.array("q", bytes(8 * COUNT))
        tandem.allocate(self.total, array.array("q", self.weights), "webster", out=out)
        self.assertEqual(out.tolist(), tandem.allocate(self.total, self.weights, "webster"))

    def test_bounds_hold_at_scale(self):
        maxes = [None if i % 2 else 10**9 for i in range(COUNT)]
        shares = tandem.allocate(self.total, self.weights, max=maxes)
        self.assertEqual(sum(shares), self.total)
        self.assertTrue(all(s <= 10**9 for s, m in zip(shares, maxes) if m is not None))


if __name__ == "__main__":
    unittest.main()

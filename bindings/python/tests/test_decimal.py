"""allocate_decimal(), parse_decimal(), format_decimal(): exact decimal text."""

import decimal
import unittest

import tandem


class AllocateDecimal(unittest.TestCase):
    def test_cents(self):
        # 1000 cents among three equal weights: 333 each, the extra cent to child 0.
        self.assertEqual(tandem.allocate_decimal("10.00", ["1", "1", "1"], 2),
                         ["3.34", "3.33", "3.33"])

    def test_decimal_weights(self):
        # "1.5", "2" -> 15, 20: 10.00 * 15/35 = 4.2857, * 20/35 = 5.7142 -> 4.29, 5.71.
        self.assertEqual(tandem.allocate_decimal("10.00", ["1.5", "2"], 2), ["4.29", "5.71"])
        self.assertEqual(tandem.allocate_decimal("7", ["0.5", "0.3", "0.2"], 0), ["4", "2", "1"])

    def test_methods_and_ties(self):
        self.assertEqual(tandem.allocate_decimal("7", ["5", "3", "2"], 0, "adams"),
                         ["3", "2", "2"])
        self.assertEqual(tandem.allocate_decimal("5", ["70", "20", "10"], 0, ties="smaller"),
                         ["3", "1", "1"])
        with self.assertRaises(tandem.Tie) as caught:
            tandem.allocate_decimal("5", ["70", "20", "10"], 0, ties="error")
        self.assertEqual(caught.exception.child, 0)

    def test_limits_with_none_and_empty(self):
        # min 5.00 on child 2; whole units (quantum 100 cents); 5.00 left between two
        # equal weights: 2.50 each, rounded to units with the tie to child 0.
        self.assertEqual(tandem.allocate_decimal("10.00", ["1", "1", "1"], 2,
                                                 min=["", None, "5"], quantum=100),
                         ["3.00", "2.00", "5.00"])
        self.assertEqual(tandem.allocate_decimal("10.00", ["1.5", "2"], 2, fixed=[None, "1.11"]),
                         ["8.89", "1.11"])
        self.assertEqual(tandem.allocate_decimal("7", ["5", "3", "2"], 0, max=["3", "", ""]),
                         ["3", "2", "2"])

    def test_int_and_decimal_inputs_are_exact(self):
        self.assertEqual(tandem.allocate_decimal(decimal.Decimal("1E+1"), [1, decimal.Decimal("1")],
                                                 2), ["5.00", "5.00"])

    def test_options(self):
        with tandem.Options("jefferson", 100) as options:
            self.assertEqual(tandem.allocate_decimal("7.00", ["5", "3", "2"], 2, options=options),
                             ["4.00", "2.00", "1.00"])

    def test_no_children(self):
        self.assertEqual(tandem.allocate_decimal("0", [], 2), [])

    def test_large_scale(self):
        shares = tandem.allocate_decimal("9.223372036854775807", ["1", "1"], 18)
        self.assertEqual(shares, ["4.611686018427387904", "4.611686018427387903"])

    def test_wrong_types(self):
        with self.assertRaises(TypeError):
            tandem.allocate_decimal("1", "123", 0)
        with self.assertRaises(TypeError):
            tandem.allocate_decimal("1", None, 0)
        with self.assertRaises(TypeError):
            tandem.allocate_decimal("1", ["1"], 2.0)
        with self.assertRaises(tandem.OutOfRange):
            tandem.allocate_decimal("1", ["1"], 2**40)


class DecimalText(unittest.TestCase):
    def test_parse(self):
        self.assertEqual(tandem.parse_decimal("12.34", 2), 1234)
        self.assertEqual(tandem.parse_decimal("12", 2), 1200)
        self.assertEqual(tandem.parse_decimal("1.235", 2, "half-even"), 124)
        self.assertEqual(tandem.parse_decimal("1.225", 2, "half_even"), 122)
        self.assertEqual(tandem.parse_decimal("1.239", 2, "down"), 123)
        self.assertEqual(tandem.parse_decimal("-1.231", 2, "floor", allow_negative=True), -124)
        self.assertEqual(tandem.parse_decimal("-1.231", 2, "ceiling", allow_negative=True), -123)

    def test_parse_errors(self):
        with self.assertRaises(tandem.OutOfRange):
            tandem.parse_decimal("1.235", 2)  # exact by default
        with self.assertRaises(tandem.OutOfRange):
            tandem.parse_decimal("-1", 2)
        with self.assertRaises(tandem.ParseError):
            tandem.parse_decimal("1e5", 2)
        with self.assertRaises(tandem.Overflow):
            tandem.parse_decimal("99999999999999999999", 2)
        with self.assertRaises(tandem.InvalidArgument):
            tandem.parse_decimal("1", 2, "sideways")
        with self.assertRaises(TypeError):
            tandem.parse_decimal(1.5, 2)

    def test_format(self):
        self.assertEqual(tandem.format_decimal(-5, 2), "-0.05")
        self.assertEqual(tandem.format_decimal(123456, 0), "123456")
        self.assertEqual(tandem.format_decimal(2**63 - 1, 18), "9.223372036854775807")
        self.assertEqual(tandem.format_decimal(-2**63, 18), "-9.223372036854775808")
        with self.assertRaises(tandem.OutOfRange):
            tandem.format_decimal(1, 19)

    def test_round_trip(self):
        for units in (0, 1, -1, 99, 10**17, -(10**18) + 3):
            for scale in (0, 2, 9, 18):
                text = tandem.format_decimal(units, scale)
                self.assertEqual(tandem.parse_decimal(text, scale, allow_negative=True), units)


if __name__ == "__main__":
    unittest.main()

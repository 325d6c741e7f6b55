"""Every error class: raised with the library's status, message and child."""

import array
import unittest

import tandem
from tandem.errors import error_for_status


class ErrorClasses(unittest.TestCase):
    def assertFails(self, cls, status, child, call, *args, **kwargs):
        with self.assertRaises(cls) as caught:
            call(*args, **kwargs)
        error = caught.exception
        self.assertIsInstance(error, tandem.TandemError)
        self.assertEqual(error.status, status)
        self.assertEqual(error.child, child)
        self.assertTrue(error.message)
        return error

    def test_invalid_argument(self):
        error = self.assertFails(tandem.InvalidArgument, 1, None, tandem.allocate, 7, [5, 3, 2],
                                 "borda")
        self.assertIn("borda", error.message)
        self.assertFails(tandem.InvalidArgument, 1, None, tandem.allocate, 7, [5, 3], quantum=0)
        self.assertFails(tandem.InvalidArgument, 1, None, tandem.allocate, 7, [5, 3], ties="coin")
        # Sizes are checked by the binding, which knows them (the C API takes pointers).
        self.assertFails(tandem.InvalidArgument, 1, None, tandem.allocate, 7, [5, 3, 2],
                         min=[1, 2])
        self.assertFails(tandem.InvalidArgument, 1, None, tandem.allocate_decimal, "7", ["5"], 0,
                         max=["1", "2"])

    def test_parse_error(self):
        error = self.assertFails(tandem.ParseError, 2, 1, tandem.allocate_decimal, "10",
                                 ["1", "1.2.3"], 2)
        self.assertIn("1.2.3", error.message)
        self.assertFails(tandem.ParseError, 2, None, tandem.allocate_decimal, "1e5", ["1"], 2)
        self.assertFails(tandem.ParseError, 2, 0, tandem.allocate_decimal, "1", ["1\x002"], 0)

    def test_out_of_range(self):
        self.assertFails(tandem.OutOfRange, 3, 1, tandem.allocate, 7, [5, -3, 2])
        self.assertFails(tandem.OutOfRange, 3, None, tandem.allocate, -7, [5, 3, 2])
        self.assertFails(tandem.OutOfRange, 3, 1, tandem.allocate, 7, [5, 3, 2],
                         min=[0, 4, None], max=[None, 3, None])
        self.assertFails(tandem.OutOfRange, 3, None, tandem.allocate_decimal, "1.234", ["1"], 2)
        self.assertFails(tandem.OutOfRange, 3, None, tandem.allocate_decimal, "1", ["1"], 19)

    def test_overflow(self):
        self.assertFails(tandem.Overflow, 4, None, tandem.allocate_decimal,
                         "99999999999999999999", ["1", "1"], 2)
        # A Python int beyond int64 is refused before it reaches C (ctypes would wrap it).
        self.assertFails(tandem.Overflow, 4, 1, tandem.allocate, 7, [5, 2**64, 2])
        self.assertFails(tandem.Overflow, 4, None, tandem.allocate, 2**63, [1])
        self.assertIsInstance(tandem.Overflow("x"), OverflowError)

    def test_infeasible(self):
        self.assertFails(tandem.Infeasible, 5, None, tandem.allocate, 7, [5, 3, 2], min=[3, 3, 3])
        self.assertFails(tandem.Infeasible, 5, None, tandem.allocate, 5, [0, 0])
        self.assertFails(tandem.Infeasible, 5, None, tandem.allocate, 750, [5, 3, 2], quantum=100)
        self.assertFails(tandem.Infeasible, 5, 2, tandem.allocate, 7, [5, 3, 2],
                         fixed=[None, None, 9])

    def test_tie(self):
        self.assertFails(tandem.Tie, 6, 0, tandem.allocate, 5, [70, 20, 10], ties="error")

    def test_statuses_without_a_safe_trigger_map_to_their_classes(self):
        # Out of memory and internal errors cannot be provoked safely from a test, so
        # the mapping from the pinned codes is checked directly.
        for status, cls in [(1, tandem.InvalidArgument), (2, tandem.ParseError),
                            (3, tandem.OutOfRange), (4, tandem.Overflow), (5, tandem.Infeasible),
                            (6, tandem.Tie), (7, tandem.NoMemory), (8, tandem.Internal)]:
            error = error_for_status(status, "message", -1)
            self.assertIs(type(error), cls)
            self.assertEqual((error.status, error.message, error.child), (status, "message", None))
        self.assertEqual(error_for_status(7, "m", 4).child, 4)
        self.assertIsInstance(error_for_status(7, "m", -1), MemoryError)

    def test_unknown_status_is_still_a_tandem_error(self):
        error = error_for_status(99, "from a newer library", -1)
        self.assertIs(type(error), tandem.TandemError)
        self.assertEqual(error.status, 99)

    def test_argument_errors_are_value_errors(self):
        for cls in (tandem.InvalidArgument, tandem.ParseError, tandem.OutOfRange):
            self.assertTrue(issubclass(cls, ValueError))

    def test_str_names_the_child(self):
        error = error_for_status(3, "weight must not be negative", 2)
        self.assertEqual(str(error), "weight must not be negative (child 2)")
        self.assertEqual(str(error_for_status(5, "no way", -1)), "no way")

    def test_status_names(self):
        self.assertEqual(tandem.status_name(0), "ok")
        self.assertEqual(tandem.status_name(5), "infeasible")
        self.assertEqual(tandem.status_name(6), "tie")
        self.assertEqual(tandem.status_name(99), "unknown")

    def test_a_failed_call_leaves_out_untouched(self):
        out = array.array("q", [-1, -2, -3])
        with self.assertRaises(tandem.Infeasible):
            tandem.allocate(7, [5, 3, 2], min=[3, 3, 3], out=out)
        self.assertEqual(out.tolist(), [-1, -2, -3])

    def test_a_success_after_a_failure_is_clean(self):
        with self.assertRaises(tandem.Infeasible):
            tandem.allocate(5, [0, 0])
        self.assertEqual(tandem.allocate(7, [5, 3, 2]), [4, 2, 1])


class Types(unittest.TestCase):
    """Money and weights never pass through float; bools are not numbers here."""

    def test_floats_are_refused(self):
        for call in (lambda: tandem.allocate(7.0, [5, 3, 2]),
                     lambda: tandem.allocate(7, [5, 3.0, 2]),
                     lambda: tandem.allocate(7, [5, 3, 2], min=[None, 1.0, None]),
                     lambda: tandem.allocate(7, [5, 3, 2], quantum=1.0),
                     lambda: tandem.allocate(7, array.array("d", [5, 3, 2])),
                     lambda: tandem.allocate_decimal("7", ["5", 3.0], 0),
                     lambda: tandem.allocate_decimal(7.5, ["5"], 1)):
            with self.assertRaises(TypeError):
                call()

    def test_bools_are_refused(self):
        for call in (lambda: tandem.allocate(True, [5, 3, 2]),
                     lambda: tandem.allocate(7, [5, True, 2]),
                     lambda: tandem.allocate(7, [5, 3, 2], max=[None, False, None]),
                     lambda: tandem.allocate(7, [5, 3, 2], quantum=True),
                     lambda: tandem.allocate_decimal("7", [True], 0)):
            with self.assertRaises(TypeError):
                call()

    def test_other_non_integers_are_refused(self):
        import decimal
        import fractions
        with self.assertRaises(TypeError):
            tandem.allocate(decimal.Decimal(7), [5, 3, 2])
        with self.assertRaises(TypeError):
            tandem.allocate(7, [fractions.Fraction(5), 3])
        with self.assertRaises(TypeError):
            tandem.allocate(7, [5, None, 2])
        with self.assertRaises(TypeError):
            tandem.allocate(7, ["5", "3"])
        with self.assertRaises(TypeError):
            tandem.allocate(7, [5, 3], 0)  # method is a name
        with self.assertRaises(TypeError):
            tandem.allocate(7, b"\x05\x03")  # a buffer, but of bytes

    def test_integer_like_objects_are_accepted(self):
        class Units:
            def __index__(self):
                return 7
        self.assertEqual(tandem.allocate(Units(), [5, 3, 2]), [4, 2, 1])

    def test_the_none_sentinel_is_not_a_value_in_lists(self):
        # In a list None means "no limit"; INT64_MIN (TANDEM_NONE) is a negative bound.
        with self.assertRaises(tandem.OutOfRange) as caught:
            tandem.allocate(7, [5, 3, 2], min=[None, tandem.NONE, None])
        self.assertEqual(caught.exception.child, 1)

    def test_options_and_settings_are_exclusive(self):
        with tandem.Options() as options:
            with self.assertRaises(TypeError):
                tandem.allocate(7, [5, 3, 2], "webster", options=options)
            with self.assertRaises(TypeError):
                tandem.allocate(7, [5, 3, 2], quantum=1, options=options)
        with self.assertRaises(TypeError):
            tandem.allocate(7, [5, 3, 2], options="webster")


if __name__ == "__main__":
    unittest.main()

"""tandem.biproportional: known results worked out by hand, certificates verified here
with Fractions and our own signposts (never with the library's check alone), random
matrices with a fixed seed, every input form, and every error with its class and child.

The worked example (webster; rows 5, 3; columns 4, 4; weights 30 10 / 10 20): every
filling meeting the totals is [[a, 5-a], [4-a, a-1]], a in 1..4. The quotients
x = w / (r c) keep the weights' cross ratio x11 x22 / (x12 x21) = 6, and webster needs
each x within 1/2 of its share: a = 4 needs a ratio >= 3.5*2.5/(1.5*0.5) = 11.7, a = 2
at most 1, a = 1 less than 1; a = 3 allows 6 (r = 1, 9/5 and c = 10, 5 give 3, 2,
10/18, 20/9). So [[3, 2], [1, 2]] is the only answer.
"""

import array
import decimal
import doctest
import importlib
import os
import random
import re
import unittest
from fractions import Fraction

import tandem
from test_organisation import tracked_handles

module = importlib.import_module("tandem.biproportional")
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..")

ROWS, COLUMNS = [5, 3], [4, 4]
WEIGHTS = [[30, 10], [10, 20]]
SHARES = [[3, 2], [1, 2]]


def load_tests(loader, tests, ignore):
    tests.addTests(doctest.DocTestSuite(module, optionflags=doctest.ELLIPSIS))
    return tests


def signpost(method, n):
    """The rounding threshold between n and n + 1, as docs/allocation.md defines it."""
    if method == "webster":
        return Fraction(2 * n + 1, 2)
    if method == "modified-sainte-lague":
        return Fraction(7, 10) if n == 0 else Fraction(2 * n + 1, 2)
    if method == "jefferson":
        return Fraction(n + 1)
    if method == "adams":
        return Fraction(n)
    if method == "dean":
        return Fraction(2 * n * (n + 1), 2 * n + 1)
    raise AssertionError(method)


def certificate_problems(rows, columns, weights, result, method, quantum=1):
    """Why `result` is not a biproportional apportionment under its own divisors (a
    list of texts; empty when it is), and whether a positive cell is on a signpost."""
    problems, on_signpost = [], False
    if [sum(row) for row in result.shares] != list(rows):
        problems.append("row sums %s" % [sum(row) for row in result.shares])
    if [sum(column) for column in zip(*result.shares)] != list(columns):
        problems.append("column sums")
    if any(not isinstance(d, Fraction) or d <= 0
           for d in result.row_divisors + result.column_divisors):
        problems.append("divisors must be positive Fractions")
        return problems, on_signpost
    for i, row in enumerate(weights):
        for j, w in enumerate(row):
            share = result.shares[i][j]
            if share % quantum:
                problems.append("cell %d,%d: not a multiple of the quantum" % (i, j))
                continue
            n = share // quantum
            if w == 0:
                if n:
                    problems.append("cell %d,%d: zero weight, share %d" % (i, j, share))
                continue
            x = Fraction(w) / (result.row_divisors[i] * result.column_divisors[j])
            low = signpost(method, n - 1) if n > 0 else Fraction(0)
            high = signpost(method, n)
            if not low <= x <= high or (n > 0 and x == 0):
                problems.append("cell %d,%d: quotient %s does not round to %d" % (i, j, x, n))
            if x == high or (n > 0 and x == low):
                on_signpost = True
    return problems, on_signpost


class WorkedExamples(unittest.TestCase):
    def assert_certified(self, rows, columns, weights, result, method="webster", quantum=1):
        problems, on_signpost = certificate_problems(rows, columns, weights, result, method,
                                                     quantum)
        self.assertEqual(problems, [])
        self.assertEqual(result.tied, on_signpost)
        tandem.check_biproportional(rows, columns, weights, result.shares, result.row_divisors,
                                    result.column_divisors, method, quantum)

    def test_two_by_two(self):
        result = tandem.biproportional(ROWS, COLUMNS, WEIGHTS)
        self.assertIsInstance(result, tandem.Biproportional)
        self.assertEqual(result.shares, SHARES)
        self.assertEqual((result.rows, result.columns), (2, 2))
        self.assertEqual(result.flat_shares(), [3, 2, 1, 2])
        self.assertFalse(result.stats.used_multiprecision)
        self.assert_certified(ROWS, COLUMNS, WEIGHTS, result)

    def test_quantum(self):
        result = tandem.biproportional([50, 30], [40, 40], WEIGHTS, quantum=10)
        self.assertEqual(result.shares, [[30, 20], [10, 20]])
        self.assert_certified([50, 30], [40, 40], WEIGHTS, result, quantum=10)

    def test_jefferson_and_adams(self):
        # Jefferson, rows 3, 1, columns 2, 2, weights 3 1 / 1 3: [[1, 2], [1, 0]] would
        # need a cross ratio <= 2*1/(2*1) = 1, but it is 9; [[2, 1], [0, 1]] holds with
        # r = 1, 3 and c = 3/2, 3/4 (x = 2, 4/3, 2/9, 4/3).
        weights = [[3, 1], [1, 3]]
        result = tandem.biproportional([3, 1], [2, 2], weights, method="dhondt")
        self.assertEqual(result.shares, [[2, 1], [0, 1]])
        self.assert_certified([3, 1], [2, 2], weights, result, "jefferson")
        tandem.check_biproportional([3, 1], [2, 2], weights, [[2, 1], [0, 1]], [1, 3],
                                    [Fraction(3, 2), Fraction(3, 4)], "jefferson")
        # Under adams the same divisors fail: x12 = 4/3 rounds up to 2 (the first
        # fault, cell (row 1, column 2), index 1), and x21 = 2/9 up to 1.
        with self.assertRaises(tandem.Infeasible) as caught:
            tandem.check_biproportional([3, 1], [2, 2], weights, [[2, 1], [0, 1]], [1, 3],
                                        [Fraction(3, 2), Fraction(3, 4)], "adams")
        self.assertIn("cell (row 1, column 2)", caught.exception.message)
        self.assertEqual(caught.exception.child, 1)
        # Adams gives each of four positive cells a unit: four units, all ones.
        result = tandem.biproportional([2, 2], [2, 2], [[1, 3], [3, 1]], method="adams")
        self.assertEqual(result.shares, [[1, 1], [1, 1]])
        self.assert_certified([2, 2], [2, 2], [[1, 3], [3, 1]], result, "adams")

    def test_tie(self):
        # Equal weights, totals 1: both diagonals, every quotient on 1/2 whatever the
        # certificate (x11 x22 = x12 x21 and x11, x22 >= 1/2 >= x12, x21).
        first = tandem.biproportional([1, 1], [1, 1], [[1, 1], [1, 1]])
        self.assertIn(first.shares, ([[1, 0], [0, 1]], [[0, 1], [1, 0]]))
        self.assertTrue(first.tied)
        self.assert_certified([1, 1], [1, 1], [[1, 1], [1, 1]], first)
        self.assertEqual(tandem.biproportional([1, 1], [1, 1], [[1, 1], [1, 1]]), first)

    def test_zero_weight_stays_zero(self):
        # Rows 3, 2, columns 3, 2, cell (1, 1) weight 0: row 2 puts 2 in column 1, so
        # row 1 gets 1 and 2: forced.
        result = tandem.biproportional([3, 2], [3, 2], [[1, 1], [1, 0]])
        self.assertEqual(result.shares, [[1, 2], [2, 0]])
        self.assert_certified([3, 2], [3, 2], [[1, 1], [1, 0]], result)

    def test_random_matrices(self):
        generator = random.Random(20261127)
        for method in ("webster", "jefferson", "adams", "dean", "modified-sainte-lague"):
            for _ in range(25):
                rows, columns = generator.randint(1, 4), generator.randint(1, 5)
                weights = [[generator.randint(1, 60) for _ in range(columns)]
                           for _ in range(rows)]
                low = rows * columns if method in ("adams", "dean") else 0  # a unit per cell
                row_totals = [generator.randint(columns if low else 0, 40) for _ in range(rows)]
                total = sum(row_totals)
                # Columns: the same total, each column at least its rows' count when
                # every positive cell needs a unit.
                floor = rows if low else 0
                spare = total - floor * columns
                cuts = sorted(generator.randint(0, spare) for _ in range(columns - 1))
                column_totals = [floor + b - a for a, b in zip([0] + cuts, cuts + [spare])]
                with self.subTest(method=method, rows=row_totals, columns=column_totals,
                                  weights=weights):
                    result = tandem.biproportional(row_totals, column_totals, weights, method)
                    self.assert_certified(row_totals, column_totals, weights, result, method)


class InputForms(unittest.TestCase):
    def test_every_form_gives_the_same_answer(self):
        flat = [30, 10, 10, 20]
        buffer = array.array("q", flat)
        forms = [WEIGHTS, tuple(map(tuple, WEIGHTS)), flat, tuple(flat), buffer,
                 memoryview(buffer).cast("B").cast("q", [2, 2]),          # 2-D, writable
                 memoryview(buffer.tobytes()).cast("q", [2, 2]),          # 2-D, read-only
                 memoryview(buffer.tobytes()).cast("q"),                  # 1-D, read-only
                 iter(flat)]
        for weights in forms:
            with self.subTest(weights=weights):
                result = tandem.biproportional(array.array("q", ROWS), (4, 4), weights)
                self.assertEqual(result.shares, SHARES)
        self.assertEqual(list(buffer), flat)  # read, never written

    def test_divisor_forms(self):
        for row_divisors, column_divisors in (
                ([1, Fraction(9, 5)], [10, 5]),
                (["1", "9/5"], ["10", "5"]),
                (["01", "018/010"], ["010", "05"]),  # decimal, not octal
                ([decimal.Decimal(1), decimal.Decimal("1.8")], [decimal.Decimal("10.0"), 5]),
                ([2, Fraction(18, 5)], [5, Fraction(5, 2)])):
            with self.subTest(rows=row_divisors, columns=column_divisors):
                self.assertIsNone(tandem.check_biproportional(
                    ROWS, COLUMNS, WEIGHTS, SHARES, row_divisors, column_divisors))

    def test_divisors_are_exact_fractions(self):
        result = tandem.biproportional([1000003, 999997], [999999, 1000001],
                                       [[7, 3], [2, 9]])
        for divisor in result.row_divisors + result.column_divisors:
            self.assertIsInstance(divisor, Fraction)
        problems, _ = certificate_problems([1000003, 999997], [999999, 1000001],
                                           [[7, 3], [2, 9]], result, "webster")
        self.assertEqual(problems, [])


class Errors(unittest.TestCase):
    def fails(self, error, child, *args, **kwargs):
        with self.assertRaises(error) as caught:
            tandem.biproportional(*args, **kwargs)
        self.assertEqual(caught.exception.child, child)
        self.assertTrue(caught.exception.message)
        return caught.exception

    def test_methods_and_quantum(self):
        error = self.fails(tandem.InvalidArgument, None, ROWS, COLUMNS, WEIGHTS, "hamilton")
        self.assertIn("hamilton", error.message)
        self.fails(tandem.InvalidArgument, None, ROWS, COLUMNS, WEIGHTS, "huntington-hill")
        self.fails(tandem.InvalidArgument, None, ROWS, COLUMNS, WEIGHTS, "no-such-method")
        self.fails(tandem.InvalidArgument, None, ROWS, COLUMNS, WEIGHTS, quantum=0)
        with self.assertRaises(TypeError):
            tandem.biproportional(ROWS, COLUMNS, WEIGHTS, quantum=1.0)
        with self.assertRaises(TypeError):
            tandem.biproportional(ROWS, COLUMNS, WEIGHTS, method=2)

    def test_values(self):
        error = self.fails(tandem.OutOfRange, 2, ROWS, COLUMNS, [[30, 10], [-10, 20]])
        self.assertIn("row 2", error.message)  # cell (row 2, column 1): index 2
        self.fails(tandem.OutOfRange, 1, [5, -3], COLUMNS, WEIGHTS)
        self.fails(tandem.Infeasible, None, ROWS, [4, 5], WEIGHTS)  # 8 against 9
        self.fails(tandem.Infeasible, 0, ROWS, COLUMNS, WEIGHTS, quantum=2)
        self.fails(tandem.Infeasible, 1, [2, 2], [2, 2], [[1, 1], [0, 0]])  # row 2 empty
        self.fails(tandem.Infeasible, 3, [2, 2], [2, 2], [[1, 0], [1, 0]])  # column 2: 2 + 1
        self.fails(tandem.Infeasible, 0, [1, 3], [2, 2], [[1, 1], [1, 1]], "adams")
        self.fails(tandem.Overflow, None, [2**63 - 1, 1], [2**63 - 1, 1], [[1, 1], [1, 1]])
        with self.assertRaises(tandem.Overflow):
            tandem.biproportional([2**63, 0], COLUMNS, WEIGHTS)
        with self.assertRaises(TypeError):
            tandem.biproportional(ROWS, COLUMNS, [[30, 10.0], [10, 20]])
        with self.assertRaises(TypeError):
            tandem.biproportional(ROWS, COLUMNS, [[30, True], [10, 20]])

    def test_shapes(self):
        self.fails(tandem.InvalidArgument, None, [], COLUMNS, [])
        self.fails(tandem.InvalidArgument, None, ROWS, [], [[], []])
        error = self.fails(tandem.InvalidArgument, None, ROWS, COLUMNS, [[30, 10], [10]])
        self.assertIn("weights[1]", error.message)
        self.fails(tandem.InvalidArgument, None, ROWS, COLUMNS, [[30, 10]])
        self.fails(tandem.InvalidArgument, None, ROWS, COLUMNS, [30, 10, 10])
        self.fails(tandem.InvalidArgument, None, ROWS, COLUMNS, array.array("q", [1, 2, 3]))
        one_by_four = memoryview(array.array("q", [30, 10, 10, 20])).cast("B").cast("q", [1, 4])
        error = self.fails(tandem.InvalidArgument, None, ROWS, COLUMNS, one_by_four)
        self.assertIn("shape 1 x 4", error.message)
        with self.assertRaises(TypeError):
            tandem.biproportional(ROWS, COLUMNS, [[30, 10], "ab"])
        with self.assertRaises(TypeError):
            tandem.biproportional(ROWS, COLUMNS, array.array("d", [30, 10, 10, 20]))

    def test_check(self):
        def check(shares=SHARES, rows=(1, Fraction(9, 5)), columns=(10, 5), **kwargs):
            tandem.check_biproportional(ROWS, COLUMNS, WEIGHTS, shares, rows, columns, **kwargs)

        def fails(error, child, **kwargs):
            with self.assertRaises(error) as caught:
                check(**kwargs)
            self.assertEqual(caught.exception.child, child)
            return caught.exception

        check()
        check(rows=(1, 2))  # x21 = 1/2 exactly: a signpost, either neighbour
        error = fails(tandem.Infeasible, 3, rows=(1, 1))  # x22 = 4, not 2
        self.assertIn("cell (row 2, column 2)", error.message)
        fails(tandem.Infeasible, 0, shares=[[4, 1], [0, 3]])  # x11 = 3, not 4
        fails(tandem.Infeasible, 1, shares=[[3, 2], [0, 2]], rows=(1, 2))  # row 2 short
        fails(tandem.Infeasible, 0, rows=(0, 1))
        fails(tandem.Infeasible, 3, columns=(10, Fraction(-5)))
        fails(tandem.Infeasible, 2, method="jefferson")  # x21 = 5/9 rounds down to 0
        error = fails(tandem.ParseError, 1, rows=("1", "1.8"))
        self.assertIn("row_divisors[1]", error.message)
        fails(tandem.ParseError, 2, columns=("1/0", "5"))
        fails(tandem.ParseError, 3, columns=("10", "+5"))
        fails(tandem.ParseError, 3, columns=("10", "五"))
        fails(tandem.InvalidArgument, None, columns=("10", "5\0"))
        fails(tandem.InvalidArgument, None, rows=(1,))
        fails(tandem.InvalidArgument, None, shares=[[3, 2]])
        fails(tandem.InvalidArgument, None, method="hamilton")
        with self.assertRaises(TypeError):
            check(rows=(1, 1.8))
        with self.assertRaises(TypeError):
            check(rows=(1, True))
        with self.assertRaises(TypeError):
            check(rows=(1, object()))
        # Divisors are not bounded by int64: 2**70 and 2**70 * 9/5 scale together.
        check(rows=(2**70, Fraction(9 * 2**70, 5)),
              columns=(Fraction(10, 2**70), Fraction(5, 2**70)))


class Lifetime(unittest.TestCase):
    def test_every_result_handle_is_destroyed(self):
        with tracked_handles(self) as tracked:
            tandem.biproportional(ROWS, COLUMNS, WEIGHTS)
            tandem.biproportional([1, 1], [1, 1], [[1, 1], [1, 1]])
            with self.assertRaises(tandem.Infeasible):  # fails in C: no handle is made
                tandem.biproportional(ROWS, [4, 5], WEIGHTS)
        self.assertEqual(tracked.created, 2)


class DocumentedExample(unittest.TestCase):
    def test_docs_python_md_biproportional_example(self):
        """The example of docs/python.md, "Biproportional apportionment", gives what it shows."""
        with open(os.path.join(ROOT, "docs", "python.md"), encoding="utf-8") as file:
            blocks = re.findall(r"```python\n(.*?)```", file.read(), re.S)
        example = next(block for block in blocks if "tandem.biproportional(" in block)
        test = doctest.DocTestParser().get_doctest(example, {"tandem": tandem}, "docs/python.md",
                                                   None, 0)
        runner, report = doctest.DocTestRunner(verbose=False), []
        results = runner.run(test, out=report.append)
        self.assertEqual(results.failed, 0, "docs/python.md:\n" + "".join(report))
        self.assertEqual(results.attempted, 6)


if __name__ == "__main__":
    unittest.main()

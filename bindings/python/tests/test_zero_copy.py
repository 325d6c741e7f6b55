"""Buffers read and written in place: results identical to the list path."""

import array
import ctypes
import random
import unittest

import tandem


def int64s(values):
    return array.array("q", values)


class ZeroCopyInputs(unittest.TestCase):
    def setUp(self):
        generator = random.Random(3)
        self.weights = [generator.randrange(0, 10**9) for _ in range(1000)]
        self.maxes = [None if i % 3 else generator.randrange(0, 10**6) for i in range(1000)]
        self.total = 10**9 + 7
        self.expected = tandem.allocate(self.total, self.weights, max=self.maxes)

    def test_array_q(self):
        self.assertEqual(tandem.allocate(self.total, int64s(self.weights), max=self.maxes),
                         self.expected)

    def test_writable_memoryview(self):
        view = memoryview(int64s(self.weights))
        self.assertEqual(tandem.allocate(self.total, view, max=self.maxes), self.expected)

    def test_read_only_memoryview(self):
        view = memoryview(int64s(self.weights).tobytes()).cast("q")
        self.assertTrue(view.readonly)
        self.assertEqual(tandem.allocate(self.total, view, max=self.maxes), self.expected)
        view.release()  # raises BufferError if the binding had kept an export

    def test_memoryview_of_format_l(self):
        if array.array("l").itemsize != 8:
            self.skipTest("C long is not 64-bit here")
        view = memoryview(array.array("l", self.weights))
        self.assertEqual(view.format, "l")
        self.assertEqual(tandem.allocate(self.total, view, max=self.maxes), self.expected)

    def test_ctypes_array(self):
        weights = (ctypes.c_int64 * len(self.weights))(*self.weights)  # exports format '<q'
        self.assertEqual(tandem.allocate(self.total, weights, max=self.maxes), self.expected)

    def test_limits_as_buffers_use_tandem_none(self):
        maxes = int64s(tandem.NONE if m is None else m for m in self.maxes)
        self.assertEqual(tandem.allocate(self.total, int64s(self.weights), max=maxes),
                         self.expected)
        read_only = memoryview(maxes.tobytes()).cast("q")
        self.assertEqual(tandem.allocate(self.total, self.weights, max=read_only), self.expected)

    def test_small_known_result(self):
        self.assertEqual(tandem.allocate(7, int64s([5, 3, 2]), min=int64s([0, 0, 0]),
                                         fixed=int64s([tandem.NONE] * 3)), [4, 2, 1])
        self.assertEqual(tandem.allocate(0, int64s([])), [])

    def test_array_can_be_resized_after_the_call(self):
        weights = int64s([5, 3, 2])
        tandem.allocate(7, weights)
        weights.append(1)  # BufferError if an export outlived the call
        with self.assertRaises(tandem.Infeasible):
            tandem.allocate(7, weights, min=int64s([9, 0, 0, 0]))
        weights.append(1)  # also after a failure

    def test_inputs_are_not_written(self):
        weights = int64s([5, 3, 2])
        tandem.allocate(7, weights)
        self.assertEqual(weights.tolist(), [5, 3, 2])

    def test_wrong_buffers_are_refused(self):
        with self.assertRaises(TypeError):
            tandem.allocate(7, array.array("i", [5, 3, 2]))  # 32-bit
        with self.assertRaises(TypeError):
            tandem.allocate(7, array.array("Q", [5, 3, 2]))  # unsigned
        with self.assertRaises(TypeError):
            tandem.allocate(7, array.array("d", [5, 3, 2]))  # float
        with self.assertRaises(tandem.InvalidArgument):
            tandem.allocate(7, memoryview(int64s([5, 0, 3, 0, 2, 0]))[::2])  # strided
        with self.assertRaises(tandem.InvalidArgument):
            tandem.allocate(7, int64s([5, 3, 2]), min=int64s([0, 0]))


class ZeroCopyOutput(unittest.TestCase):
    def test_out_is_filled_in_place_and_returned(self):
        out = int64s([0, 0, 0])
        address = out.buffer_info()[0]
        result = tandem.allocate(7, [5, 3, 2], out=out)
        self.assertIs(result, out)
        self.assertEqual(out.tolist(), [4, 2, 1])
        self.assertEqual(out.buffer_info()[0], address)

    def test_out_as_writable_memoryview(self):
        backing = bytearray(24)
        view = memoryview(backing).cast("q")
        self.assertIs(tandem.allocate(7, int64s([5, 3, 2]), out=view), view)
        self.assertEqual(array.array("q", bytes(backing)).tolist(), [4, 2, 1])

    def test_out_reused_across_calls(self):
        out = int64s([0] * 3)
        for total in range(0, 50):
            tandem.allocate(total, int64s([5, 3, 2]), out=out)
            self.assertEqual(list(out), tandem.allocate(total, [5, 3, 2]))

    def test_out_must_not_share_memory_with_an_input(self):
        weights = int64s([5, 3, 2])
        with self.assertRaises(tandem.InvalidArgument):
            tandem.allocate(7, weights, out=weights)
        limits = int64s([0, 0, 0])
        with self.assertRaises(tandem.InvalidArgument):
            tandem.allocate(7, [5, 3, 2], min=limits, out=limits)
        backing = int64s([5, 3, 2, 0])
        with self.assertRaises(tandem.InvalidArgument):  # overlapping by all but one value
            tandem.allocate(7, memoryview(backing)[:3], out=memoryview(backing)[1:])
        read_only = memoryview(backing).toreadonly()[:3]
        with self.assertRaises(tandem.InvalidArgument):
            tandem.allocate(7, read_only, out=memoryview(backing)[:3])
        self.assertEqual(backing.tolist(), [5, 3, 2, 0])
        out = memoryview(backing)[1:]
        self.assertEqual(tandem.allocate(7, [5, 3, 2], out=out).tolist(), [4, 2, 1])

    def test_bad_out(self):
        with self.assertRaises(tandem.InvalidArgument):
            tandem.allocate(7, [5, 3, 2], out=int64s([0, 0]))
        with self.assertRaises(TypeError):
            tandem.allocate(7, [5, 3, 2], out=memoryview(bytes(24)).cast("q"))  # read-only
        with self.assertRaises(TypeError):
            tandem.allocate(7, [5, 3, 2], out=[0, 0, 0])
        with self.assertRaises(TypeError):
            tandem.allocate(7, [5, 3, 2], out=array.array("i", [0, 0, 0]))


if __name__ == "__main__":
    unittest.main()

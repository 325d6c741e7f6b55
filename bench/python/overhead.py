#!/usr/bin/env python3
"""The Python binding's overhead over the C call it makes, at N = 1e3 and 1e6.

    TANDEM_LIBRARY=build/release/capi/libtandem.so PYTHONPATH=bindings/python \
        python3 bench/python/overhead.py

Rows (time per call, best of 7 interleaved rounds):
  C via ctypes      tandem_apportion called directly with preconverted int64 buffers
                    and the output buffer made once: the floor any binding pays.
  allocate(list)    list of ints in, list out (conversion both ways).
  allocate(array)   array.array('q') in, out= array.array('q'): the zero-copy path.
Each is measured with a reused Options (scratch kept between calls) and with the
defaults (NULL options: the library allocates scratch per call), against the
matching C baseline. Weights are random in [0, 1e9), Hamilton, seed fixed.
"""

import argparse
import array
import ctypes
import os
import random
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                "bindings", "python"))
import tandem  # noqa: E402
from tandem import _library  # noqa: E402


def best_per_call(functions, budget_seconds, rounds=7):
    """Best mean time per call of each function, over `rounds` interleaved batches.

    Interleaving puts every variant under the same machine load in each round, so
    that load drifting on a shared machine does not favour one of them.
    """
    calls = []
    for function in functions:
        start = time.perf_counter()
        function()
        once = max(time.perf_counter() - start, 1e-7)
        calls.append(max(1, int(budget_seconds / rounds / once)))
    best = [float("inf")] * len(functions)
    for _ in range(rounds):
        for index, function in enumerate(functions):
            start = time.perf_counter_ns()
            for _ in range(calls[index]):
                function()
            best[index] = min(best[index], (time.perf_counter_ns() - start) / calls[index])
    return best


def measure(count, budget):
    generator = random.Random(count)
    weights = [generator.randrange(0, 10**9) for _ in range(count)]
    total = 10**12 + 7
    weights_array = array.array("q", weights)
    out = array.array("q", bytes(8 * count))
    c_weights = (ctypes.c_int64 * count)(*weights)
    c_shares = (ctypes.c_int64 * count)()
    apportion = _library.lib.tandem_apportion
    rows = []
    with tandem.Options() as options:
        for label, opts in (("reused Options", options), ("default (NULL) options", None)):
            handle = None if opts is None else opts._handle

            def raw():
                if apportion(handle, total, c_weights, count, None, None, None, c_shares):
                    raise RuntimeError("tandem_apportion failed")
            base, listed, zero_copy = best_per_call(
                [raw, lambda: tandem.allocate(total, weights, options=opts),
                 lambda: tandem.allocate(total, weights_array, options=opts, out=out)], budget)
            rows.append((label, "C via ctypes", base, base))
            rows.append((label, "allocate(list) -> list", listed, base))
            rows.append((label, "allocate(array, out=array)", zero_copy, base))
    assert list(out) == list(c_shares) == tandem.allocate(total, weights)
    return rows


def show(count, rows):
    print("N = %d" % count)
    print("  %-24s %-28s %12s %12s %8s" % ("options", "path", "per call", "overhead", "ratio"))
    for label, path, nanos, base in rows:
        print("  %-24s %-28s %12s %12s %7.2fx" % (label, path, human(nanos),
                                                  human(nanos - base), nanos / base))


def human(nanos):
    if abs(nanos) >= 1e6:
        return "%.2f ms" % (nanos / 1e6)
    return "%.2f us" % (nanos / 1e3)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--budget", type=float, default=2.0,
                        help="seconds spent per measurement (default 2)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 1000000])
    arguments = parser.parse_args()
    print("tandem %s at %s, Python %s" % (tandem.__version__, _library.lib._name,
                                          sys.version.split()[0]))
    for count in arguments.sizes:
        show(count, measure(count, arguments.budget))


if __name__ == "__main__":
    main()

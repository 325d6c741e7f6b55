#!/usr/bin/env python3
"""Turns the JSON of tandem_alloc_bench into the tables of docs/performance.md.

    tandem_alloc_bench --benchmark_repetitions=3 --benchmark_report_aggregates_only=true \
        --benchmark_out=alloc.json --benchmark_out_format=json
    bench/alloc/summarize.py alloc.json

Reports the minimum of the repetitions (the benchmarks register a "min"
statistic: on a shared machine other processes only ever add time) and, for the
goals, the median as well. ns_per_child is stored in seconds (it is the
inverse of a rate): it is scaled to nanoseconds here. Prints markdown: per-child
time and extra memory for every method and N in each calling mode, the goals of the
issue against the measured figures, and the speed ratios against the baseline.
"""
import json
import re
import sys

GOAL_HAMILTON_NS = 10.0  # hamilton at N = 1e6
GOAL_DIVISOR_NS = 15.0  # every divisor method at N = 1e6, total 1e7
GOAL_BYTES = 32.0  # extra memory per child
GOAL_BASELINE_RATIO = 10.0

METHODS = ["hamilton", "jefferson", "webster", "modified-sainte-lague", "adams", "dean",
           "huntington-hill"]


def load(path, preferred):
    with open(path) as f:
        data = json.load(f)
    results = {}
    rank = {preferred: 0, "median": 1, "mean": 2, "": 3}
    for b in data["benchmarks"]:
        kind = b.get("aggregate_name", "")
        if kind not in rank:
            continue
        name = re.sub(r"/repeats:\d+$", "", b.get("run_name", b["name"]))
        if b.get("error_occurred"):
            results[name] = {"error": b.get("error_message", "error"), "rank": -1}
            continue
        if name in results and results[name]["rank"] <= rank[kind]:
            continue
        results[name] = {
            "rank": rank[kind],
            "ns": b["ns_per_child"] * 1e9,
            "bytes": b["extra_bytes_per_child"],
        }
    return data.get("context", {}), results


def cell(r):
    if r is None:
        return "—"
    if "error" in r:
        return "error: " + r["error"]
    return f"{r['ns']:.2f} ns · {r['bytes']:.1f} B"


def sizes_of(results, family):
    return sorted({int(k.split("/")[2]) for k in results if k.startswith(family + "/")})


def table(results, family):
    sizes = sizes_of(results, family)
    print("| method | " + " | ".join(f"N = {n:.0e}".replace("e+0", "e") for n in sizes) + " |")
    print("|---|" + "---|" * len(sizes))
    for m in METHODS:
        row = [cell(results.get(f"{family}/{m}/{n}")) for n in sizes]
        if any(c != "—" for c in row):
            print(f"| {m} | " + " | ".join(row) + " |")
    print()


def verdict(ok):
    return "met" if ok else "**missed**"


def ns(r):
    return f"{r['ns']:.2f}" if r is not None and "error" not in r else "—"


def goals(results, medians):
    print("| goal | steady state: min (median) | cold: min (median) | verdict steady · cold |")
    print("|---|---|---|---|")
    for m in METHODS:
        key = f"apportion/{m}/1000000"
        cold_key = f"apportion_cold/{m}/1000000"
        warm, cold = results.get(key), results.get(cold_key)
        if warm is None or "error" in warm:
            continue
        limit = GOAL_HAMILTON_NS if m == "hamilton" else GOAL_DIVISOR_NS
        cold_ok = cold is not None and "error" not in cold and cold["ns"] <= limit
        print(f"| {m}, N = 1e6: <= {limit:g} ns/child | {ns(warm)} ({ns(medians.get(key))}) | "
              f"{ns(cold)} ({ns(medians.get(cold_key))}) | {verdict(warm['ns'] <= limit)} · {verdict(cold_ok)} |")
    worst = max((r["bytes"], k) for k, r in results.items()
                if k.startswith("apportion/") and "error" not in r)
    print(f"| <= {GOAL_BYTES:g} extra bytes/child, every method and N | worst {worst[0]:.1f} "
          f"({worst[1]}) | (the same: counted from an empty workspace) | "
          f"{verdict(worst[0] <= GOAL_BYTES)} |")
    print()


def baseline(results):
    print("| baseline | baseline ns/child | engine ns/child (steady · cold) | ratio (steady · cold) | goal >= 10x |")
    print("|---|---|---|---|---|")
    for name in sorted(k for k in results if k.startswith("baseline/")):
        b = results[name]
        _, m, n = name.split("/")
        warm = results.get(f"apportion/{m}/{n}")
        cold = results.get(f"apportion_cold/{m}/{n}")
        if "error" in b or warm is None or cold is None:
            print(f"| {m} N = {n} | {cell(b)} | — | — | — |")
            continue
        rw, rc = b["ns"] / warm["ns"], b["ns"] / cold["ns"]
        print(f"| {m}, N = {n} | {b['ns']:.0f} | {warm['ns']:.2f} · {cold['ns']:.2f} | "
              f"{rw:.0f}x · {rc:.0f}x | {verdict(min(rw, rc) >= GOAL_BASELINE_RATIO)} |")
    print()


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: summarize.py BENCH.json")
    context, results = load(sys.argv[1], "min")
    _, medians = load(sys.argv[1], "median")
    print(f"<!-- {context.get('date', '')}, {context.get('num_cpus', '?')} CPUs at "
          f"{context.get('mhz_per_cpu', '?')} MHz, load {context.get('load_avg', '?')} -->")
    print("Minimum of the repetitions. Steady state (one workspace reused by every call): "
          "ns/child · extra bytes/child\n")
    table(results, "apportion")
    print("Cold (no workspace: every call allocates its scratch): ns/child · extra bytes/child\n")
    table(results, "apportion_cold")
    print("Goals at N = 1e6\n")
    goals(results, medians)
    print("Against the Boost.Multiprecision baseline\n")
    baseline(results)


if __name__ == "__main__":
    main()

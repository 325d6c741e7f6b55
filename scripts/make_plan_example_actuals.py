#!/usr/bin/env python3
"""Writes examples/plan/actuals.csv: six months of invented sales (2026-04-01 to
2026-09-30, the first half of FY2027) for the plan in examples/plan/huadong_plan.json.

The figures are illustrative. Each leaf unit (salesperson, agent, distributor) sells
the product lines of its mix (its own entries, else its region's) at roughly its share
of the plan, shaped by each line's seasonality key, scaled by how well the unit is
doing (some ahead of plan, some behind) and by some noise. Machines are sold whole at
a list price with a negotiated discount; spare parts and service come as several
smaller orders. One row is a return (a negative amount and quantity).

Deterministic: a fixed-seed integer generator, integer and Decimal arithmetic only
(no floating point), rows sorted. Re-run it after changing the plan:

    python3 scripts/make_plan_example_actuals.py            # writes the CSV
    python3 scripts/make_plan_example_actuals.py --check    # fails if the CSV differs
"""

import argparse
import datetime
import json
import pathlib
import sys
from decimal import Decimal

ROOT = pathlib.Path(__file__).resolve().parent.parent
PLAN = ROOT / "examples" / "plan" / "huadong_plan.json"
OUT = ROOT / "examples" / "plan" / "actuals.csv"

FIRST = datetime.date(2026, 4, 1)
MONTHS = 6  # April to September 2026: the fiscal year's first six months

# List prices per machine, in fen; lines not listed are sold as parts and service.
MACHINE_PRICE = {
    "cnc_lathes": 17_800_000,         # 178,000.00 yuan
    "machining_centres": 43_600_000,  # 436,000.00
    "laser_cutting": 60_000_000,      # 600,000.00
    "manual_lathes": 6_150_000,       # 61,500.00
}
SERVICE_ORDER = 930_000  # an average parts or service order: 9,300.00 yuan

# The plan's company-wide annual target of each line, in fen (what tandem plans for
# huadong_plan.json: the laser line is locked, manual lathes capped, machining centres
# held up by a minimum). Each unit's share of a line is scaled so the lines add up to
# these; update them with the plan.
LINE_PLAN = {
    "cnc_lathes": 2_854_000_000,
    "machining_centres": 2_400_000_000,
    "laser_cutting": 600_000_000,
    "manual_lathes": 800_000_000,
    "spare_parts_service": 1_946_000_000,
}

# How each unit is doing against plan, in per cent (100 = on plan).
PERFORMANCE = {
    "zhang_wei": 108, "liu_yang": 92, "chen_jing": 100, "yang_fan": 84, "huang_lei": 113,
    "east_agent_wuxi": 95, "east_distributor_hefei": 104,
    "lin_xiaoming": 102, "he_jun": 79, "zheng_hui": 116, "xie_ting": 97,
    "south_agent_dongguan": 110, "south_distributor_xiamen": 88,
    "wang_qiang": 98, "sun_li": 90, "ma_chao": 105, "north_agent_shijiazhuang": 76,
    "luo_bin": 121, "tang_yu": 93, "southwest_distributor_chongqing": 100,
}

# Days no orders are booked: weekends and the 2026 public holidays in these months
# (Qingming, Labour Day, Dragon Boat, Mid-Autumn).
HOLIDAYS = {datetime.date(2026, 4, d) for d in (4, 5, 6)} | {datetime.date(2026, 5, d) for d in range(1, 6)} | {
    datetime.date(2026, 6, 19), datetime.date(2026, 9, 25)}

# The one return: a lathe sent back in August (a credit note: negative amount and quantity).
RETURN = ("he_jun", "cnc_lathes", datetime.date(2026, 8, 18), -17_650_000, -1)


class Generator:
    """64-bit linear congruential generator (Knuth's MMIX constants): integers only."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFFFFFFFFFF

    def below(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (self.state >> 33) % n

    def between(self, low, high):
        return low + self.below(high - low + 1)


def fen(text):
    return int(Decimal(text) * 100)


def format_fen(value):
    sign = "-" if value < 0 else ""
    value = abs(value)
    return f"{sign}{value // 100}.{value % 100:02d}"


def unit_targets(plan):
    """Each unit's share of the annual amount, in fen, top-down by weights (fixed
    units take their fixed value; minimum and maximum bounds are left out: this only
    needs to look like the plan, not equal it)."""
    units = plan["units"]
    children = {}
    for u in units:
        children.setdefault(u.get("parent"), []).append(u)
    target = {}
    root = children[None][0]
    target[root["id"]] = fen(plan["annual_target"]["amount"])
    todo = [root]
    while todo:
        parent = todo.pop()
        kids = children.get(parent["id"], [])
        rest = target[parent["id"]]
        weighted = []
        for k in kids:
            if k.get("basis") == "fixed":
                target[k["id"]] = fen(k["bounds"]["amount"]["fixed"])
                rest -= target[k["id"]]
            else:
                weighted.append(k)
        total = sum(fen(k.get("weight", "1")) for k in weighted)
        for k in weighted:
            target[k["id"]] = rest * fen(k.get("weight", "1")) // total
        todo.extend(kids)
    leaves = [u["id"] for u in units if u["id"] not in children]
    return target, leaves


def line_weights(plan, unit_id):
    """The product lines a unit sells and their weights: its own mix, else its
    nearest ancestor's."""
    parent = {u["id"]: u.get("parent") for u in plan["units"]}
    at = unit_id
    while at is not None:
        mix = {e["product"]: fen(e["weight"]) for e in plan.get("mix", []) if e["unit"] == at}
        if mix:
            return {line: w for line, w in mix.items() if w > 0}
        at = parent[at]
    return {p["id"]: fen(p.get("weight", "1")) for p in plan["products"]}


def working_days(month_index):
    year = FIRST.year + (FIRST.month - 1 + month_index) // 12
    month = (FIRST.month - 1 + month_index) % 12 + 1
    day = datetime.date(year, month, 1)
    days = []
    while day.month == month:
        if day.weekday() < 5 and day not in HOLIDAYS:
            days.append(day)
        day += datetime.timedelta(days=1)
    return days


def rows_for(plan):
    rng = Generator(20260406)
    keys = {}
    for p in plan["products"]:
        key = [Decimal(k) for k in p["key"]]
        total = sum(key)
        # Per-month weight in parts per million of the year.
        keys[p["id"]] = [int(k * 1_000_000 / total) for k in key]
    target, leaves = unit_targets(plan)
    # Each leaf's share of each line by its unit target and mix, then scaled so that
    # every line adds up to the plan's target for it.
    raw = {}
    for unit in leaves:
        lines = line_weights(plan, unit)
        line_total = sum(lines.values())
        for line, weight in lines.items():
            raw[unit, line] = target[unit] * weight // line_total
    line_sum = {}
    for (unit, line), value in raw.items():
        line_sum[line] = line_sum.get(line, 0) + value
    rows = []
    for unit in leaves:
        performance = PERFORMANCE.get(unit, 100)
        for line in (p["id"] for p in plan["products"]):
            if (unit, line) not in raw:
                continue
            annual = raw[unit, line] * LINE_PLAN[line] // line_sum[line]
            carry = rng.below(1000)  # thousandths of a machine, carried between months
            for m in range(MONTHS):
                noise = rng.between(85, 115)
                expected = annual * keys[line][m] // 1_000_000 * performance // 100 * noise // 100
                days = working_days(m)
                if line in MACHINE_PRICE:
                    price = MACHINE_PRICE[line]
                    carry += expected * 1000 // price
                    machines = carry // 1000
                    carry -= machines * 1000
                    while machines > 0:
                        n = min(machines, 1 + rng.below(2))
                        machines -= n
                        discount = rng.between(92, 106)  # per cent of list price
                        amount = n * price * discount // 100 // 10_000 * 10_000  # whole hundreds of yuan
                        rows.append((unit, line, days[rng.below(len(days))], amount, n))
                else:
                    orders = 1 + min(3, expected // 40_000_000) + rng.below(2)
                    left = expected
                    for k in range(orders):
                        amount = left if k == orders - 1 else left * rng.between(20, 60) // 100
                        left -= amount
                        if amount <= 0:
                            continue
                        quantity = max(1, amount // SERVICE_ORDER)
                        rows.append((unit, line, days[rng.below(len(days))], amount, quantity))
    rows.append(RETURN)
    rows.sort(key=lambda r: (r[2], r[0], r[1], r[3]))
    return rows


def render(rows):
    lines = ["unit,product,date,amount,quantity"]
    for unit, line, day, amount, quantity in rows:
        lines.append(f"{unit},{line},{day.isoformat()},{format_fen(amount)},{quantity}")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed CSV differs")
    args = parser.parse_args()
    plan = json.loads(PLAN.read_text(encoding="utf-8"))
    text = render(rows_for(plan))
    if args.check:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} is out of date: run {pathlib.Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - 1} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

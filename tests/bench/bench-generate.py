#!/usr/bin/env python3
# bench-generate.py — write a large, valid plan for the load/schedule/export benchmark
#
# 2,000 contracts across 300 clients: 1,400 hourly with 60 logged weeks each (150 of them
# also projecting 27 future weeks) and 600 fixed-price with 20 milestones each, plus a bonus
# on every fifth contract: about 100,000 schedule items. Deterministic (fixed seed), and
# indented like a plan Payday saves.
#
# usage: bench-generate.py [--compact] OUT.payday [CONTRACTS]
#
# SPDX-License-Identifier: GPL-3.0-or-later
import datetime
import json
import random
import sys

TODAY = datetime.date(2026, 3, 2)


def day(d):
    return d.isoformat()


def main():
    args = sys.argv[1:]
    compact = "--compact" in args
    args = [a for a in args if a != "--compact"]
    out = args[0]
    n_contracts = int(args[1]) if len(args) > 1 else 2000
    n_hourly = n_contracts * 7 // 10
    n_fixed = n_contracts - n_hourly
    rng = random.Random(42)

    clients = [{"id": "cl%03d" % i, "name": "Client %d" % i,
                "payment_verified": rng.random() < 0.9,
                "billed_before_cents": rng.choice([0, 0, 0, 25000, 120000, 2500000])}
               for i in range(1, 301)]

    contracts = []
    first_monday = datetime.date(2024, 12, 2)
    for i in range(n_hourly):
        start = first_monday + datetime.timedelta(weeks=rng.randrange(6))
        weeks = []
        for w in range(60):
            hours = round(rng.uniform(0.25, 45), 2)
            week = {"week_start": day(start + datetime.timedelta(weeks=w)),
                    "hours": hours, "manual_hours": 0, "disputed_hours": 0,
                    "dispute_outcome": "paid"}
            if rng.random() < 0.02:
                week["disputed_hours"] = round(min(hours, rng.uniform(0.5, 5)), 2)
                week["dispute_outcome"] = rng.choice(["pending", "paid", "refunded"])
            weeks.append(week)
        projecting = i < 150
        contract = {"id": "h%04d" % i, "title": "Hourly contract %d" % i,
                    "client": clients[rng.randrange(len(clients))]["id"],
                    "type": "hourly", "start": day(start), "end": None,
                    "fee_percent": None, "bonuses": [],
                    "rate_cents": rng.randrange(1500, 12000, 50),
                    "weekly_limit_hours": rng.choice([None, 20, 40]),
                    "planned_hours_per_week": 20 if projecting else None,
                    "weeks": weeks}
        contracts.append(contract)

    for i in range(n_fixed):
        start = datetime.date(2025, 3, 3) + datetime.timedelta(days=rng.randrange(60))
        milestones = []
        for m in range(20):
            funded = start + datetime.timedelta(days=14 * m)
            submitted = funded + datetime.timedelta(days=rng.randrange(3, 13))
            ms = {"id": "m%02d" % (m + 1), "title": "Milestone %d" % (m + 1),
                  "amount_cents": rng.randrange(5000, 500000, 100),
                  "funded": day(funded), "due": None, "submitted": None,
                  "approved": None, "paid_cents": None,
                  "status": "active"}
            r = rng.random()
            if r < 0.02:
                ms["status"] = "cancelled"
            elif r < 0.03:
                ms["status"] = "disputed"
            if submitted <= TODAY:
                ms["submitted"] = day(submitted)
                if rng.random() < 0.6:
                    ms["approved"] = day(submitted + datetime.timedelta(days=rng.randrange(6)))
            else:
                ms["due"] = day(submitted)
            milestones.append(ms)
        contracts.append({"id": "f%04d" % i, "title": "Fixed contract %d" % i,
                          "client": clients[rng.randrange(len(clients))]["id"],
                          "type": "fixed", "start": day(start), "end": None,
                          "fee_percent": None, "bonuses": [], "milestones": milestones})

    for n, contract in enumerate(contracts):
        if n % 5 == 0:
            when = datetime.date(2025, 6, 1) + datetime.timedelta(days=rng.randrange(250))
            contract["bonuses"].append({"id": "b1", "date": day(when),
                                        "amount_cents": rng.randrange(1000, 50000, 100)})

    plan = {
        "format": "payday-plan", "version": 1, "name": "Benchmark: %d contracts" % n_contracts,
        "today": day(TODAY), "rules": "upwork", "rules_edition": None, "region": "non-us",
        "profile": {"joined": "2020-01-15", "agency": False, "category": "Web Development",
                    "profile_complete": True, "availability_current": True,
                    "readiness_test_passed": True, "social_linked": True,
                    "identity_verified": True, "tos_violations": 0, "account_holds": [],
                    "jss": [], "rising_talent_since": None, "top_rated_since": None,
                    "expert_vetted": False},
        "clients": clients,
        "contracts": contracts,
        "proposals": [],
        "connects": {"opening_balance": 0, "opening_date": "2025-01-01",
                     "membership": [], "transactions": []},
        "withdrawals": {"method": "wire", "schedule": "manual", "reserve_cents": 0,
                        "history": [{"date": "2025-12-01", "amount_cents": 100000}]},
    }

    with open(out, "w", encoding="utf-8") as f:
        if compact:
            json.dump(plan, f, separators=(",", ":"), ensure_ascii=False)
        else:
            json.dump(plan, f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()

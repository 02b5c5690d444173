#!/usr/bin/env python3
# make-upwork-fixtures.py — writes the made-up Upwork exports the import tests read.
#
# Every name, id and amount is invented (no real account or export went into them); the
# layouts follow docs/import.md. Run it from tests/data to write the files again; the output
# is the same on every run.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import csv
import datetime as dt
import random

D = dt.date
WIDGET = ("Widget API (made-up example)", "31000001")
AUDIT = ("Data pipeline audit (made-up example)", "31000002")
RATE = 4500  # cents an hour on the Widget API


def money(cents):
    return f"{cents / 100:.2f}" if cents >= 0 else f"-{-cents / 100:.2f}"


def old_date(d):
    return d.strftime("%b %d, %Y")


def mondays(first, last):
    d = first
    while d <= last:
        yield d
        d += dt.timedelta(days=7)


def weekly_rows(first, last):
    """Daily rows of hourly work, monthly fixed-price payments and a few bonuses."""
    rows = []
    for monday in mondays(first, last):
        for day in range(5):
            date = monday + dt.timedelta(days=day)
            r = random.Random(date.toordinal())
            if r.random() < 0.15:
                continue
            hours_e5 = r.randrange(200000, 800001, 1)  # 2 to 8 hours, 5 decimals
            cents = (hours_e5 * RATE + 50000) // 100000
            rows.append((date, f"{WIDGET[0]} ({WIDGET[1]})", f"{hours_e5 / 100000:.5f}",
                         money(cents), ""))
        if monday.day <= 7:
            rows.append((monday + dt.timedelta(days=2), f"{AUDIT[0]} ({AUDIT[1]})", "0.00000",
                         "1500.00", "Fixed Price Payment"))
        if monday.month in (6, 12) and monday.day <= 7:
            rows.append((monday + dt.timedelta(days=4), f"{WIDGET[0]} ({WIDGET[1]})", "0.00000",
                         "250.00", "Bonus"))
    return rows


def write_weekly(path, first, last):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writerow(["Date", "Contract", "Hours", "Amount", "Payment type"])
        for date, contract, hours, amount, kind in weekly_rows(first, last):
            w.writerow([date.isoformat(), contract, hours, amount, kind])


def week_totals(first, last):
    totals = {}
    for date, contract, hours, amount, kind in weekly_rows(first, last):
        if kind == "":
            monday = date - dt.timedelta(days=date.weekday())
            totals[monday] = totals.get(monday, 0) + round(float(amount) * 100)
    return totals


def statements(first, last):
    """The old transaction history: newest rows first, dates like Jan 01, 2023."""
    rows = []
    ref = 500000000
    totals = week_totals(first, last)
    for n, monday in enumerate(sorted(totals)):
        charge = monday + dt.timedelta(days=7)
        cents = totals[monday]
        if n == 20:
            charge += dt.timedelta(days=3)      # paid late
        if n == 40:
            cents += 4500                        # one hour more than the plan says
        if n == 60:
            continue                             # never paid
        ref += 1
        end = monday + dt.timedelta(days=6)
        rows.append((charge, str(ref), "Hourly",
                     f"Invoice for {monday:%m/%d/%Y}-{end:%m/%d/%Y} - {WIDGET[0]}",
                     "Acme Example Co", money(cents)))
        ref += 1
        rows.append((charge, str(ref), "Service Fee",
                     f"Service Fee for Invoice {ref - 1} - {WIDGET[0]}", "Acme Example Co",
                     money(-((cents + 5) // 10))))
    for date, contract, hours, amount, kind in weekly_rows(first, last):
        if kind == "Fixed Price Payment":
            ref += 1
            rows.append((date, str(ref), "Fixed Price", f"Milestone payment - {AUDIT[0]}",
                         "Example Data GmbH", money(round(float(amount) * 100))))
        elif kind == "Bonus":
            ref += 1
            rows.append((date, str(ref), "Bonus", f"Bonus - {WIDGET[0]}", "Acme Example Co",
                         money(round(float(amount) * 100))))
    for monday in mondays(first, last):
        if monday.day <= 7:
            ref += 1
            rows.append((monday + dt.timedelta(days=9), str(ref), "Withdrawal",
                         "Withdrawal to made-up bank account ****0000", "", "-1000.00"))
            ref += 1
            rows.append((monday + dt.timedelta(days=9), str(ref), "Withdrawal Fee",
                         "Withdrawal Fee", "", "-0.99"))
    ref += 1
    rows.append((D(2023, 7, 3), str(ref), "Journal", "Made-up journal entry", "", "0.00"))
    rows.sort(key=lambda r: (r[0], r[1]), reverse=True)
    return rows


def write_statements(path, first, last):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["Date", "Ref ID", "Type", "Description", "Agency", "Freelancer", "Team",
                    "Account Name", "PO", "Amount", "Amount in local currency", "Currency",
                    "Balance"])
        for date, ref, kind, desc, team, amount in statements(first, last):
            w.writerow([old_date(date), ref, kind, desc, "", "Made-up Freelancer", team, team,
                        "", amount, amount, "USD", ""])


def write_report_2025(path):
    """The 2025 transaction report: a BOM, Transaction ID, "$" amounts, parentheses."""
    header = ["Date", "Transaction ID", "Transaction Type", "Transaction Summary",
              "Transaction Summary Details", "Description 1", "Description 2", "Description 3",
              "Entered Description", "Agency", "Freelancer", "Team", "Account Name", "PO",
              "Ref ID", "Amount $", "Amount in local currency", "Currency",
              "Current Balance $", "Payment Method"]
    rows = []
    tid = 880000000
    for n, monday in enumerate(mondays(D(2025, 1, 6), D(2025, 3, 24))):
        charge = monday + dt.timedelta(days=7)
        cents = 24000 + 600 * (n % 4)
        tid += 1
        rows.append([charge.strftime("%b %d, %Y"), str(tid), "Hourly",
                     f"Invoice for {WIDGET[0]}", f"{cents / 600:.2f} hours x $6.00 = ${cents / 100:,.2f}",
                     "Made-up example row", "", "", "", "", "Made-up Freelancer",
                     "Acme Example Co", "Acme Example Co", "", "R" + str(tid),
                     f"${cents / 100:,.2f}", f"{cents / 100:.2f}", "USD", "", ""])
        tid += 1
        rows.append([charge.strftime("%b %d, %Y"), str(tid), "Service Fee",
                     "Service Fee", "", "", "", "", "", "", "Made-up Freelancer",
                     "Acme Example Co", "Acme Example Co", "", "R" + str(tid - 1),
                     f"(${cents / 1000:,.2f})", "", "USD", "", ""])
    extra = [
        (D(2025, 2, 3), "Fixed-price", "Milestone 1 - Example landing page", "$1,200.00"),
        (D(2025, 2, 14), "Bonus", "Thanks for the fast turnaround", "$50.00"),
        (D(2025, 2, 20), "Connects", "Purchased 80 Connects", "($12.00)"),
        (D(2025, 3, 1), "Subscription", "Freelancer Plus membership", "($19.99)"),
        (D(2025, 3, 1), "VAT", "VAT on Freelancer Plus", "($3.80)"),
        (D(2025, 3, 5), "Payment", "Made-up payment of a kind Payday does not know", "$1.00"),
        (D(2025, 3, 12), "Withdrawal", "To made-up bank ****0000", "($900.00)"),
        (D(2025, 3, 12), "Payment method fee", "Bank transfer fee", "($0.99)"),
    ]
    for date, kind, summary, amount in extra:
        tid += 1
        rows.append([date.strftime("%b %d, %Y"), str(tid), kind, summary, "", "", "", "",
                     "", "", "Made-up Freelancer", "Example Studio Ltd", "", "", "",
                     amount, "", "USD", "", "Made-up bank"])
    rows.sort(key=lambda r: dt.datetime.strptime(r[0], "%b %d, %Y"), reverse=True)
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)


def write_report_other_spelling(path):
    """The report's other spelling of its columns, CRLF, a description with a comma,
    quotes and a line break inside."""
    header = ["Date", "Transaction ID", "Transaction type", "Transaction Summary",
              "Client team", "Agency team", "Amount $", "Current balance $", "Payment method"]
    rows = [
        ["2025-04-07", "990000001", "Hourly", "Invoice for Widget API (made-up example), week 14",
         "Acme Example Co", "", "$270.00", "$270.00", ""],
        ["2025-04-07", "990000002", "Service Fee", 'Fee for "Widget API"\nweek 14',
         "Acme Example Co", "", "-$27.00", "$243.00", ""],
        ["2025-04-14", "990000003", "Milestone", "Made-up milestone, paid in full",
         "Example Data GmbH", "", "$2,500.00", "$2,743.00", ""],
        ["2025-04-16", "990000004", "Refund", "Made-up partial refund",
         "Example Data GmbH", "", "($100.00)", "$2,643.00", ""],
        ["2025-04-20", "990000005", "Membership Fee", "Made-up membership",
         "", "", "($19.99)", "$2,623.01", ""],
        ["2025-04-21", "990000006", "GST", "Made-up tax", "", "", "($2.00)", "$2,621.01", ""],
        ["2025-04-22", "990000007", "Adjustment", "Made-up adjustment", "", "", "$0.50",
         "$2,621.51", ""],
        ["2025-04-23", "990000008", "Miscellaneous", "Made-up miscellaneous", "", "", "$1.00",
         "$2,622.51", ""],
        ["2025-04-24", "990000009", "Withdrawal Fee", "Made-up fee", "", "", "($2.00)",
         "$2,620.51", ""],
    ]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)


write_weekly("upwork-weekly-summary.csv", D(2023, 1, 2), D(2024, 12, 23))
write_weekly("upwork-weekly-summary-overlap.csv", D(2024, 10, 7), D(2025, 1, 27))
write_statements("upwork-statements.csv", D(2023, 1, 2), D(2024, 12, 23))
write_report_2025("upwork-transaction-report-2025.csv")
write_report_other_spelling("upwork-transaction-report-other-spelling.csv")

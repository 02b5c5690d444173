#!/usr/bin/env python3
# reference-exports.py — every export of two plans, compared byte for byte with tests/data/reference
#
# The sample plan at a fixed --today, and a small plan made by bench/bench-generate.py (the
# benchmark's shape, 10 contracts), are exported in every format the command line writes:
# schedule CSV, summary JSON, Connects ledger CSV, calendar, PDF report (its text, as
# pdftotext -layout reads it: the file itself carries its creation time), simulation JSON
# (fixed --runs and --seed), the simulator chart SVG and the withdrawals CSV. Each must equal
# its reference file.
# A change that means to change an export regenerates the references on purpose and commits
# them with the change:
#
#   meson compile -C _build update-reference-exports
#
# usage: reference-exports.py --headless PAYDAY --generate BENCH-GENERATE.PY --data DIR [--update]
#
# Prints TAP: one case per plan and format, /payday/reference/<plan>/<format>.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import argparse
import difflib
import os
import shutil
import subprocess
import sys
import tempfile

TODAY = "2026-03-04"
RUNS = "200"
SEED = "7"

# (file suffix, what the case is called)
FORMATS = [
    (".csv", "schedule-csv"),
    (".json", "summary-json"),
    (".ledger.csv", "ledger-csv"),
    (".ics", "calendar-ics"),
    (".pdf", "report-pdf"),
    (".sim.json", "simulation-json"),
    (".svg", "chart-svg"),
    (".withdrawals.csv", "withdrawals-csv"),
]


def export_plan(headless, plan_args, outdir, name):
    args = [headless, "--today=" + TODAY, "--runs=" + RUNS, "--seed=" + SEED]
    args += ["--export=" + os.path.join(outdir, name + suffix) for suffix, _ in FORMATS]
    args += plan_args
    proc = subprocess.run(args, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit("reference-exports: %s failed (%d):\n%s" % (" ".join(args), proc.returncode,
                                                             proc.stderr))


def reference_name(name, suffix):
    """The file a format is kept in: the PDF report as its text."""
    return name + (suffix + ".txt" if suffix == ".pdf" else suffix)


def read_export(outdir, name, suffix):
    path = os.path.join(outdir, name + suffix)
    if suffix == ".pdf":
        proc = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", path, "-"],
                              capture_output=True, check=True)
        return proc.stdout
    with open(path, "rb") as f:
        return f.read()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--headless", required=True)
    parser.add_argument("--generate", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--update", action="store_true")
    opts = parser.parse_args()

    have_pdftotext = shutil.which("pdftotext") is not None
    if opts.update and not have_pdftotext:
        sys.exit("reference-exports: pdftotext (poppler-utils) is needed to update the references")

    with tempfile.TemporaryDirectory(prefix="payday-reference-") as tmp:
        bench_plan = os.path.join(tmp, "bench-10.payday")
        subprocess.run([sys.executable, opts.generate, bench_plan, "10"], check=True)

        plans = [("sample", ["--sample"]), ("bench-10", [bench_plan])]
        for name, plan_args in plans:
            export_plan(opts.headless, plan_args, tmp, name)

        if opts.update:
            os.makedirs(opts.data, exist_ok=True)
            for name, _ in plans:
                for suffix, _ in FORMATS:
                    with open(os.path.join(opts.data, reference_name(name, suffix)), "wb") as f:
                        f.write(read_export(tmp, name, suffix))
            print("reference-exports: updated %d files in %s" % (len(plans) * len(FORMATS),
                                                                 opts.data))
            return 0

        print("1..%d" % (len(plans) * len(FORMATS)))
        n = 0
        failed = 0
        for name, _ in plans:
            for suffix, case in FORMATS:
                n += 1
                test = "/payday/reference/%s/%s" % (name, case)
                if suffix == ".pdf" and not have_pdftotext:
                    print("ok %d %s # SKIP pdftotext (poppler-utils) is not installed" % (n, test))
                    continue
                with open(os.path.join(opts.data, reference_name(name, suffix)), "rb") as f:
                    want = f.read()
                got = read_export(tmp, name, suffix)
                if got == want:
                    print("ok %d %s" % (n, test))
                    continue
                failed += 1
                print("not ok %d %s" % (n, test))
                diff = difflib.unified_diff(
                    want.decode("utf-8", "replace").splitlines(),
                    got.decode("utf-8", "replace").splitlines(),
                    "reference/" + reference_name(name, suffix), "export", lineterm="", n=1)
                for i, line in enumerate(diff):
                    if i == 40:
                        print("# … (regenerate on purpose: meson compile -C BUILD "
                              "update-reference-exports)")
                        break
                    print("# " + line)
        return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

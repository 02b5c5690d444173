#!/usr/bin/env python3
# check-potfiles.py — every source file with strings for translators is in po/POTFILES.in
#
# Usage: check-potfiles.py SOURCE_ROOT. Prints TAP (/payday/i18n/potfiles,
# /payday/i18n/potfiles-exist) so the suite counts it like the GTest programs.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..')
# _(), N_(), C_(), NC_() as whole words, the plural calls, and GtkBuilder's attribute
MARK = re.compile(r'(?<![A-Za-z0-9_])(?:N?C?_)\s*\(|\bg_d?n?gettext\s*\(|\bg_dngettext\b|'
                  r'\bngettext\s*\(|\bg_dpgettext2?\s*\(|translatable="yes"')

with open(os.path.join(root, 'po', 'POTFILES.in'), encoding='utf-8') as f:
    listed = [l.strip() for l in f if l.strip() and not l.startswith('#')]

marked = []
for top in ('src', 'data'):
    for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
        dirnames.sort()
        for name in sorted(filenames):
            if not name.endswith(('.c', '.h', '.ui')):
                continue
            path = os.path.join(dirpath, name)
            with open(path, encoding='utf-8', errors='replace') as f:
                if MARK.search(f.read()):
                    marked.append(os.path.relpath(path, root))

print('1..2')
missing = [p for p in marked if p not in listed]
if missing:
    print('not ok 1 /payday/i18n/potfiles')
    for p in missing:
        print(f'# {p} has translatable strings but is not in po/POTFILES.in')
else:
    print(f'ok 1 /payday/i18n/potfiles')
    print(f'# {len(marked)} source files with marked strings, all listed')

gone = [p for p in listed if not os.path.exists(os.path.join(root, p))]
if gone:
    print('not ok 2 /payday/i18n/potfiles-exist')
    for p in gone:
        print(f'# po/POTFILES.in lists {p}, which does not exist')
else:
    print('ok 2 /payday/i18n/potfiles-exist')

sys.exit(1 if missing or gone else 0)

#!/usr/bin/env python3
# check-translations.py — the listed translations are complete against the current sources
#
# Usage: check-translations.py SOURCE_ROOT LANG…. Builds a fresh template from
# po/POTFILES.in with xgettext (the same arguments as `meson compile payday-pot`), merges
# each po/LANG.po into it in a temporary folder and prints TAP: /payday/i18n/LANG-complete
# fails on any untranslated or fuzzy entry (a string changed or added since the last
# translation), /payday/i18n/LANG-format on anything `msgfmt -c --check-format` rejects.
# The po files in the source tree are never written.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import re
import subprocess
import sys
import tempfile

# meson's i18n.gettext(preset: 'glib') arguments (mesonbuild/modules/i18n.py, PRESET_ARGS)
GLIB_PRESET = [
    '--from-code=UTF-8',
    '--add-comments',
    '--keyword=_',
    '--keyword=N_',
    '--keyword=C_:1c,2',
    '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2',
    '--keyword=g_dngettext:2,3',
    '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format',
    '--flag=C_:2:pass-c-format',
    '--flag=NC_:2:pass-c-format',
    '--flag=g_dngettext:2:pass-c-format',
    '--flag=g_strdup_printf:1:c-format',
    '--flag=g_string_printf:2:c-format',
    '--flag=g_string_append_printf:2:c-format',
    '--flag=g_error_new:3:c-format',
    '--flag=g_set_error:4:c-format',
    '--flag=g_markup_printf_escaped:1:c-format',
    '--flag=g_log:3:c-format',
    '--flag=g_print:1:c-format',
    '--flag=g_printerr:1:c-format',
    '--flag=g_printf:1:c-format',
    '--flag=g_fprintf:2:c-format',
    '--flag=g_sprintf:2:c-format',
    '--flag=g_snprintf:3:c-format',
]


def run(args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, **kwargs)


def entries(po):
    """The msgids of a po file (msgattrib output), header left out, one line each."""
    found = []
    current = None
    for line in po.splitlines():
        if line.startswith('msgid '):
            current = [line[6:]]
        elif current is not None and line.startswith('"'):
            current.append(line)
        elif current is not None:
            text = ''.join(s.strip()[1:-1] for s in current)
            if text:
                found.append(text)
            current = None
    return found


def main():
    root = os.path.abspath(sys.argv[1])
    langs = sys.argv[2:] or ['de']
    failed = False
    n = 0

    print(f'1..{2 * len(langs) + 1}')
    with tempfile.TemporaryDirectory(prefix='payday-i18n-') as tmp:
        pot = os.path.join(tmp, 'payday.pot')
        r = run(['xgettext', '--package-name=payday', '-f', os.path.join(root, 'po', 'POTFILES.in'),
                 '-D', root, '-k_', '-o', pot] + GLIB_PRESET, cwd=root)
        n += 1
        if r.returncode != 0 or not os.path.exists(pot):
            print(f'not ok {n} /payday/i18n/template')
            for line in r.stderr.splitlines():
                print(f'# {line}')
            return 1
        print(f'ok {n} /payday/i18n/template')
        print(f'# {len(entries(open(pot, encoding="utf-8").read()))} strings in the template')

        for lang in langs:
            po = os.path.join(root, 'po', f'{lang}.po')
            merged = os.path.join(tmp, f'{lang}.po')
            r = run(['msgmerge', '--quiet', '-o', merged, po, pot])
            n += 1
            if r.returncode != 0:
                print(f'not ok {n} /payday/i18n/{lang}-complete')
                for line in r.stderr.splitlines():
                    print(f'# {line}')
                failed = True
            else:
                untranslated = entries(run(['msgattrib', '--untranslated', '--no-obsolete',
                                            '--no-wrap', merged]).stdout)
                fuzzy = entries(run(['msgattrib', '--only-fuzzy', '--no-obsolete', '--no-wrap',
                                     merged]).stdout)
                if untranslated or fuzzy:
                    print(f'not ok {n} /payday/i18n/{lang}-complete')
                    print(f'# po/{lang}.po: {len(untranslated)} untranslated, {len(fuzzy)} fuzzy '
                          f'against the current sources (msgmerge --update po/{lang}.po '
                          f'po/payday.pot after meson compile payday-pot, then translate them)')
                    for text in untranslated:
                        print(f'# untranslated: {text}')
                    for text in fuzzy:
                        print(f'# fuzzy: {text}')
                    failed = True
                else:
                    print(f'ok {n} /payday/i18n/{lang}-complete')

            r = run(['msgfmt', '-c', '--check-format', '-o', os.devnull, po])
            n += 1
            if r.returncode != 0 or re.search(r'warning|error', r.stderr):
                print(f'not ok {n} /payday/i18n/{lang}-format')
                for line in r.stderr.splitlines():
                    print(f'# {line}')
                failed = True
            else:
                print(f'ok {n} /payday/i18n/{lang}-format')

    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())

#!/usr/bin/env python3
"""Regenerate reference-data/iso-3166-2-federations.csv from Debian's iso-codes package.

Maintainer tool only: the product never runs it. Standard library only. Needs the `iso-codes`
package installed (Debian/Ubuntu: `apt-get install iso-codes`), which provides the ISO 3166-2 list
as JSON and its translations as gettext catalogues:

    python3 reference-data/build/subdivisions.py [/usr/share]

The argument is the data prefix the package was installed under (default /usr/share): the list is
read from <prefix>/iso-codes/json/iso_3166-2.json and the names in Spanish, Portuguese and French
from <prefix>/locale/{es,pt,pt_BR,fr}/LC_MESSAGES/iso_3166-2.mo. Only the top-level subdivisions
(entries without a `parent`) of the six OAS federations are written. A translation that is absent
or equal to the ISO name means the package has none: that column is left empty, never filled with
the ISO name. A code lexgap cannot parse, a duplicate code, or a country with no subdivision stops
the build. It prints the package version (write it into SOURCES.md and
libs/jurisdictions/src/seed/subdivisions.reference-data.ts when it changes) and what it wrote.
See reference-data/SOURCES.md.
"""

import collections
import csv
import gettext
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)  # reference-data/
FILE = "iso-3166-2-federations.csv"
HEADER = ["code", "country", "category", "name_en", "name_es", "name_pt", "name_fr"]

# The federal states of the OAS: Argentina, Brazil, Canada, Mexico, the United States, Venezuela.
COUNTRIES = ["AR", "BR", "CA", "MX", "US", "VE"]
# Catalogues tried for each column, first found wins per name. Portuguese: European (`pt`) first,
# then Brazilian (`pt_BR`).
LANGUAGES = {"name_es": ["es"], "name_pt": ["pt", "pt_BR"], "name_fr": ["fr"]}
# lexgap's ISO 3166-2 form (libs/jurisdictions/src/jurisdiction-codes.ts).
CODE = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
DOMAIN = "iso_3166-2"


def fail(message):
    sys.exit("subdivisions.py: " + message)


def package_version():
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"], capture_output=True, text=True,
                             check=True)
        return out.stdout.strip() or "unknown"
    except (OSError, subprocess.CalledProcessError):
        return "unknown (dpkg-query not available)"


def catalogues(prefix, locales):
    """The catalogues that exist among `locales`, in order, each with the locale it came from."""
    found = []
    for locale in locales:
        path = os.path.join(prefix, "locale", locale, "LC_MESSAGES", DOMAIN + ".mo")
        if os.path.isfile(path):
            with open(path, "rb") as f:
                found.append((locale, gettext.GNUTranslations(f)))
        else:
            print("  no %s catalogue for %s (%s)" % (DOMAIN, locale, path))
    return found


def translate(found, name):
    """(translation, locale) from the first catalogue that has a translation other than the name itself."""
    for locale, catalogue in found:
        text = catalogue.gettext(name)
        if text and text != name:
            return text, locale
    return "", None


def main():
    prefix = sys.argv[1] if len(sys.argv) > 1 else "/usr/share"
    source = os.path.join(prefix, "iso-codes", "json", "iso_3166-2.json")
    if not os.path.isfile(source):
        fail("%s not found: install the iso-codes package or pass its data prefix" % source)
    print("iso-codes %s (%s)" % (package_version(), source))
    with open(source, encoding="utf-8") as f:
        entries = json.load(f)["3166-2"]

    languages = {column: catalogues(prefix, locales) for column, locales in LANGUAGES.items()}
    rows, seen, skipped = [], set(), collections.Counter()
    used = collections.Counter()
    for entry in entries:
        code = entry["code"]
        country = code.split("-", 1)[0]
        if country not in COUNTRIES:
            continue
        if entry.get("parent"):
            skipped[country] += 1
            continue
        if not CODE.match(code):
            fail("%s: not an ISO 3166-2 code lexgap can parse (%s)" % (code, CODE.pattern))
        if code in seen:
            fail("%s: listed twice" % code)
        seen.add(code)
        name, category = entry.get("name", "").strip(), entry.get("type", "").strip()
        if not name or not category:
            fail("%s: no name or no type in %s" % (code, source))
        row = {"code": code, "country": country, "category": category, "name_en": name}
        for column, found in languages.items():
            row[column], locale = translate(found, entry["name"])
            if locale:
                used[(column, locale)] += 1
        rows.append(row)

    rows.sort(key=lambda r: r["code"])
    per_country = collections.Counter(r["country"] for r in rows)
    missing = [c for c in COUNTRIES if not per_country[c]]
    if missing:
        fail("no subdivision for %s" % ", ".join(missing))

    path = os.path.join(OUT, FILE)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(HEADER)
        for r in rows:
            w.writerow([r[c] for c in HEADER])

    print("wrote reference-data/%s: %d rows" % (FILE, len(rows)))
    for country in COUNTRIES:
        categories = collections.Counter(r["category"] for r in rows if r["country"] == country)
        print("  %s %3d  %s%s" % (country, per_country[country],
                                  ", ".join("%s %d" % kv for kv in sorted(categories.items())),
                                  "  (%d with a parent left out)" % skipped[country] if skipped[country] else ""))
    for column in LANGUAGES:
        filled = sum(1 for r in rows if r[column])
        by_locale = ", ".join("%s %d" % (locale, n) for (col, locale), n in sorted(used.items()) if col == column)
        print("  %s: %d of %d%s" % (column, filled, len(rows), " (%s)" % by_locale if by_locale else ""))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Regenerate lexgap's shipped reference data (reference-data/*.csv) from the team's shared data.

Maintainer tool only: the product never runs it, and a clone of the repository does not have the
shared data folder. Standard library only.

    python3 reference-data/build/compile.py /path/to/shared/data

The argument defaults to ../../shared/data relative to reference-data/ (i.e. a `shared/` folder
next to the repository checkout). Every derived row is cross-checked against the verbatim copy of
its source under shared/data/sources/; a disagreement that is not listed in KNOWN_EXCEPTIONS below
stops the build instead of being resolved silently. See reference-data/SOURCES.md.
"""

import csv
import datetime
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)  # reference-data/
DEFAULT_SHARED = os.path.normpath(os.path.join(OUT, "..", "..", "shared", "data"))

TREATIES = ["PALERMO", "UNTOC", "OPSC", "ILO-C029", "ILO-P029", "ILO-C105", "ILO-C138", "ILO-C182", "ILO-C189"]
ACTIONS = ["SIGNATURE", "RATIFICATION", "ACCESSION", "SUCCESSION", "ACCEPTANCE", "APPROVAL", "DENUNCIATION"]

# UNTC participant names as the zmjones/untreaties scrapes write them, keyed by ISO alpha-2.
# Matched exactly (e.g. "Dominica" must not match "Dominican Republic").
UNTC_NAMES = {
    "AG": "Antigua and Barbuda", "AR": "Argentina", "BS": "Bahamas", "BB": "Barbados", "BZ": "Belize",
    "BO": "Bolivia (Plurinational State of)", "BR": "Brazil", "CA": "Canada", "CL": "Chile",
    "CO": "Colombia", "CR": "Costa Rica", "CU": "Cuba", "DM": "Dominica", "DO": "Dominican Republic",
    "EC": "Ecuador", "SV": "El Salvador", "GD": "Grenada", "GT": "Guatemala", "GY": "Guyana",
    "HT": "Haiti", "HN": "Honduras", "JM": "Jamaica", "MX": "Mexico", "NI": "Nicaragua", "PA": "Panama",
    "PY": "Paraguay", "PE": "Peru", "KN": "St. Kitts and Nevis", "LC": "St. Lucia",
    "VC": "St. Vincent and the Grenadines", "SR": "Suriname", "TT": "Trinidad and Tobago",
    "US": "United States of America", "UY": "Uruguay", "VE": "Venezuela (Bolivarian Republic of)",
}
# UNTC suffix after a consent date -> action
UNTC_SUFFIX = {"": "RATIFICATION", "a": "ACCESSION", "d": "SUCCESSION", "A": "ACCEPTANCE", "AA": "APPROVAL"}
DERIVED_CONSENT = {"ratification": "RATIFICATION", "accession": "ACCESSION", "succession": "SUCCESSION",
                   "acceptance": "ACCEPTANCE", "approval": "APPROVAL"}
MONTHS = {m: i for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                                      "Oct", "Nov", "Dec"], 1)}

UNTC_URL = "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no={}&chapter={}&clang=_en"
PALERMO_URL = UNTC_URL.format("XVIII-12-a", 18)
UNTOC_URL = UNTC_URL.format("XVIII-12", 18)
OPSC_URL = UNTC_URL.format("IV-11-c", 4)

PALERMO_CITE = "UN Treaty Collection XVIII-12-a, via zmjones/untreaties treaties/18-12-a.csv @ b85e1e2"
PALERMO_AS_OF = "2014-01-27"  # file last changed in b85e1e2 (2014-01-27), per shared SOURCES.md
UNTOC_CITE = "UN Treaty Collection XVIII-12, via zmjones/untreaties treaties/18-12.csv @ 003ce13 (repo HEAD)"
# The scrape date of 18-12.csv is not recorded: shared SOURCES.md gives "2014-2015" and the repo HEAD
# 003ce13 it was copied from is dated 2015-03-14. We use that latest supported date and say so.
UNTOC_AS_OF = "2015-03-14"
UNTOC_NOTE = ("as_of approximate (upper bound): date of zmjones/untreaties HEAD 003ce13 from which the file was "
              "copied; the scrape date itself is not recorded (shared SOURCES.md: 2014-2015). The latest action "
              "in the file is dated 2013-10-17 and Barbados' Nov 2014 ratification is absent, so the UNTC status "
              "shown is probably older (likely early 2014).")
OPSC_CITE = "UN Treaty Collection IV-11-c, via zmjones/untreaties treaties/4-11-c.csv @ 15ad316"
OPSC_AS_OF = "2015-01-27"
WPD_CITE = "world-politics-datalab/humanrights-treaties-ratification-status hr_status_op_crc_sc.csv @ 1a16500"
WPD_URL = ("https://github.com/world-politics-datalab/humanrights-treaties-ratification-status/blob/"
           "1a165009060d4d2729dffca23262668edd970edc/hr_status_op_crc_sc.csv")
WPD_AS_OF = "2022-06-13"
DOL_CITE = ("US DOL ILAB Sweat & Toil data (Findings on the Worst Forms of Child Labor, 2022 reporting year), "
            "USDepartmentofLabor/Child-Labor-Android app/src/main/assets/countries_2021.xml @ b889138")
DOL_URL = ("https://github.com/USDepartmentofLabor/Child-Labor-Android/blob/b8891386cc88513baa4411196561934f0a36f063/"
           "app/src/main/assets/countries_2021.xml")
DOL_OBSERVED_ON = "2022-12-31"
DOL_NOTE = ("DOL ILAB reporting year 2022 (data describes 'In 2022 ...'; published 2023); observed_on is the last day "
            "of that reporting year. No ratification date in the source.")

# Citations for the graded page-based ILO rows, keyed by the start of the derived `verification` text.
ILO_CITES = [
    ("verified: Alliance 8.7 country page table",
     "Alliance 8.7 country page (table reproducing ILO NORMLEX ratifications), stored copy"),
    ("verified: Swiss Federal SR \"Geltungsbereich\" table",
     "Swiss Federal Law Collection (SR) text of ILO C189, annex \"Geltungsbereich am 5. Oktober 2020\", "
     "stored copy on lexaris.io"),
    ("verified: official ILO NORMLEX page", "ILO NORMLEX, ratifications for Barbados (official page, stored copy)"),
    ("verified: absent from NORMLEX", "ILO NORMLEX, ratifications for Barbados (official page, stored copy)"),
    ("verified status, date unknown", "ILO news WCMS_534549 and KOK e.V. news on the entry into force of P029 "
                                      "(stored copies)"),
]

# Disagreements between a derived row and its verbatim source that have been reviewed. Anything not listed
# here stops the build.
KNOWN_EXCEPTIONS = {
    # Barbados' Palermo consent is not in the 2014-01-27 scrape; the derived row takes it from news (Nov 2014).
    ("PALERMO", "BB", "consent"),
}

problems = []   # fatal
report = []     # informational


def die_if_problems():
    if problems:
        sys.stderr.write("compile.py: cross-check failed:\n  " + "\n  ".join(problems) + "\n")
        sys.exit(1)


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def read_rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def write_csv(name, header, rows):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([r.get(h, "") for h in header])
    report.append("wrote %s (%d rows)" % (name, len(rows)))


def copy_text(src, dst):
    with open(src, encoding="utf-8") as f:
        text = f.read()
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    with open(dst, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def untc_date(cell):
    """'12 Dec 2000 a' -> ('2000-12-12', 'a'); '' -> ('', '')."""
    cell = cell.strip()
    if not cell:
        return "", ""
    m = re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})(?: (a|d|A|AA))?", cell)
    if not m:
        problems.append("unparseable UNTC date %r" % cell)
        return "", ""
    d = datetime.date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))
    return d.isoformat(), m.group(4) or ""


def load_untc(path):
    rows = read_rows(path)
    out = {}
    for r in rows[1:]:
        if len(r) != 3:
            problems.append("%s: unexpected row %r" % (path, r))
            continue
        out[r[0]] = (untc_date(r[1]), untc_date(r[2]))
    return out


def split_urls(text):
    """'url1 (description of url1) ; url2 ; free text' -> (url1, [url2, free text]).

    The description of the first URL is dropped: source_citation says what that page is."""
    parts = [p.strip() for p in text.split(" ; ") if p.strip()]
    return parts[0].split(" ", 1)[0], parts[1:]


def sentence(text):
    """First letter upper-cased, trailing full stop; '' stays ''."""
    text = text.strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text.endswith(".") else text + "."


def join_note(*parts):
    return " ".join(p.strip() for p in parts if p and p.strip())


def action(j, t, a, date, prec, url, cite, as_of, verified, note=""):
    return {"jurisdiction": j, "treaty": t, "action": a, "date": date, "date_precision": prec,
            "reservations": "", "source_url": url, "source_citation": cite, "as_of": as_of,
            "verified": "true" if verified else "false", "note": note}


def observation(j, t, status, on, url, cite, verified, note=""):
    return {"jurisdiction": j, "treaty": t, "status": status, "observed_on": on, "source_url": url,
            "source_citation": cite, "verified": "true" if verified else "false", "note": note}


def lower_precision_as_of(text):
    """as_of text of a derived ILO row -> (ISO date, note). Lower-precision values become their first day."""
    m = re.match(r"(\d{4}-\d{2}-\d{2})$", text)
    if m:
        return m.group(1), ""
    m = re.match(r">=(\d{4})\b", text)
    if m:
        return m.group(1) + "-01-01", ("The source is current to an unknown date in or after %s (%r); as_of "
                                       "written as %s-01-01." % (m.group(1), text, m.group(1)))
    m = re.match(r"(\d{4})\b", text)
    if m:
        return m.group(1) + "-01-01", ("The source's as-of date is known to the year only (%r); as_of written "
                                       "as %s-01-01." % (text, m.group(1)))
    problems.append("cannot read as_of %r" % text)
    return "", ""


def main():
    shared = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_SHARED)
    src = os.path.join(shared, "sources")
    der = os.path.join(shared, "derived")
    if not os.path.isdir(src) or not os.path.isdir(der):
        sys.exit("compile.py: %s has no sources/ and derived/ (give the shared data folder as argument)" % shared)

    # ---------------------------------------------------------------- ISO / M49 (lukes, CC BY-SA 4.0)
    lukes_dir = os.path.join(src, "lukes__ISO-3166-Countries-with-Regional-Codes")
    lukes = read_csv(os.path.join(lukes_dir, "all", "all.csv"))
    with open(os.path.join(lukes_dir, "all", "all.json"), encoding="utf-8") as f:
        lukes_json = json.load(f)
    if len(lukes) != 249:
        problems.append("all.csv has %d rows, expected 249" % len(lukes))
    # all.json writes null (or omits the key) where all.csv has an empty cell (e.g. Taiwan's regions)
    if [dict(r) for r in lukes] != [{k: (j.get(k) or "") for k in r} for r, j in zip(lukes, lukes_json)] \
            or len(lukes_json) != len(lukes):
        problems.append("lukes all.csv and all.json disagree")
    by_iso2 = {r["alpha-2"]: r for r in lukes}

    countries = []
    regions = {}  # code -> (name, parent, level)

    def add_region(code, name, parent, level):
        if not code and not name:
            return
        if not re.fullmatch(r"\d{3}", code) or not name:
            problems.append("bad M49 region %r %r" % (code, name))
            return
        if code == "001":
            return
        old = regions.get(code)
        if old and old != (name, parent, level):
            problems.append("M49 code %s used inconsistently: %r vs %r" % (code, old, (name, parent, level)))
        regions[code] = (name, parent, level)

    for r in lukes:
        for c in ("country-code", "region-code", "sub-region-code", "intermediate-region-code"):
            if r[c] and not re.fullmatch(r"\d{3}", r[c]):
                problems.append("bad code %r in %s" % (r[c], r["alpha-2"]))
        countries.append({"iso2": r["alpha-2"], "iso3": r["alpha-3"], "m49": r["country-code"],
                          "region_code": r["region-code"], "sub_region_code": r["sub-region-code"],
                          "intermediate_region_code": r["intermediate-region-code"]})
        add_region(r["region-code"], r["region"], "", "region")
        add_region(r["sub-region-code"], r["sub-region"], r["region-code"], "sub-region")
        add_region(r["intermediate-region-code"], r["intermediate-region"], r["sub-region-code"],
                   "intermediate-region")
    countries.sort(key=lambda r: r["iso2"])
    region_rows = [{"code": c, "name": n, "parent_code": p, "level": l} for c, (n, p, l) in sorted(regions.items())]

    # ---------------------------------------------------------------- OAS members
    oas_src = read_csv(os.path.join(der, "oas_member_states.csv"))
    oas = []
    iso3_to_2 = {}
    for r in oas_src:
        l = by_iso2.get(r["iso2"])
        if not l or (l["alpha-3"], l["country-code"], l["region-code"], l["sub-region-code"],
                     l["intermediate-region-code"]) != (r["iso3"], r["m49"], r["region_code"],
                                                         r["sub_region_code"], r["intermediate_region_code"]):
            problems.append("OAS row %s disagrees with lukes all.csv" % r["iso2"])
        if not re.fullmatch(r"\d{4}", r["oas_year_joined"]):
            problems.append("OAS row %s: join year %r" % (r["iso2"], r["oas_year_joined"]))
        iso3_to_2[r["iso3"]] = r["iso2"]
        oas.append({"iso2": r["iso2"], "iso3": r["iso3"], "m49": r["m49"], "name": r["name_short"],
                    "oas_year_joined": r["oas_year_joined"], "membership_note": r["membership_note"],
                    "source": r["source"]})
    oas.sort(key=lambda r: r["iso2"])
    if len(oas) != 35 or set(iso3_to_2.values()) != set(UNTC_NAMES):
        problems.append("expected the 35 OAS states of UNTC_NAMES")
    die_if_problems()

    actions, observations = [], []
    zm = os.path.join(src, "zmjones__untreaties", "treaties")

    # ---------------------------------------------------------------- PALERMO (UNTC XVIII-12-a)
    pal_src = load_untc(os.path.join(zm, "18-12-a.csv"))
    barbados_news = None
    for r in read_csv(os.path.join(der, "palermo_protocol_oas.csv")):
        j = iso3_to_2[r["iso3"]]
        name = UNTC_NAMES[j]
        if name not in pal_src:
            problems.append("PALERMO: %s (%s) not in 18-12-a.csv" % (j, name))
            continue
        (sig, _), (con, suffix) = pal_src[name]
        if sig != r["signature_date"]:
            problems.append("PALERMO %s signature: derived %r, 18-12-a.csv %r" % (j, r["signature_date"], sig))
        if sig:
            actions.append(action(j, "PALERMO", "SIGNATURE", sig, "DAY", PALERMO_URL, PALERMO_CITE,
                                  PALERMO_AS_OF, True))
        if con:
            a = UNTC_SUFFIX[suffix]
            if (con, a) != (r["consent_date"], DERIVED_CONSENT.get(r["consent_type"])):
                problems.append("PALERMO %s consent: derived %r %r, 18-12-a.csv %r %r"
                                % (j, r["consent_date"], r["consent_type"], con, suffix))
            actions.append(action(j, "PALERMO", a, con, "DAY", PALERMO_URL, PALERMO_CITE, PALERMO_AS_OF, True))
        elif r["consent_year"] or r["consent_date"]:
            if ("PALERMO", j, "consent") not in KNOWN_EXCEPTIONS:
                problems.append("PALERMO %s: derived consent %r not in 18-12-a.csv" % (j, r["consent_year"]))
                continue
            m = re.search(r"year\+month only \(([A-Z][a-z]{2}) (\d{4})\)", r["verified"])
            if r["consent_date"] or not m or m.group(2) != r["consent_year"]:
                problems.append("PALERMO %s: unexpected shape of the news-based row" % j)
                continue
            date = "%s-%02d-01" % (m.group(2), MONTHS[m.group(1)])
            url, others = split_urls(r["source_url"])
            note = join_note(
                "Consent known to the month only (%s %s), from the Government of Barbados (GIS) release and news "
                "reports on Barbados' ratification of UNTOC and its three protocols, this one included; exact day "
                "NOT verified." % m.groups(),
                r["note"], "Also: " + " ; ".join(others) + "." if others else "")
            cite = ("Government of Barbados (GIS) news release and news reports of Nov 2014 (stored copies); "
                    "the consent is not in UNTC scrape zmjones/untreaties 18-12-a.csv @ b85e1e2")
            actions.append(action(j, "PALERMO", DERIVED_CONSENT[r["consent_type"]], date, "MONTH", url, cite,
                                  r["as_of"], False, note))
            barbados_news = {"date": date, "url": url, "others": others, "as_of": r["as_of"], "month": m.groups()}
            report.append("PALERMO %s: consent taken from news (%s, MONTH, unverified)" % (j, date))
    report.append("PALERMO: %d/35 OAS states in 18-12-a.csv" % len(set(UNTC_NAMES.values()) & set(pal_src)))

    # ---------------------------------------------------------------- UNTOC (UNTC XVIII-12), verbatim only
    untoc_src = load_untc(os.path.join(zm, "18-12.csv"))
    for j, name in sorted(UNTC_NAMES.items()):
        if name not in untoc_src:
            report.append("UNTOC %s: no row in 18-12.csv -> no action (unknown)" % j)
            continue
        (sig, _), (con, suffix) = untoc_src[name]
        if sig:
            actions.append(action(j, "UNTOC", "SIGNATURE", sig, "DAY", UNTOC_URL, UNTOC_CITE, UNTOC_AS_OF, True,
                                  UNTOC_NOTE))
        if con:
            actions.append(action(j, "UNTOC", UNTC_SUFFIX[suffix], con, "DAY", UNTOC_URL, UNTOC_CITE, UNTOC_AS_OF,
                                  True, UNTOC_NOTE))
        elif j == "BB" and barbados_news:
            # The same Nov 2014 Barbados sources that date the Palermo consent are, first of all, about the
            # Convention itself (a state cannot be party to the protocol without being party to UNTOC).
            note = ("Not in the UNTC scrape (18-12.csv shows signature only). Consent known to the month only "
                    "(%s %s): Government of Barbados (GIS) release and news reports state that Barbados' "
                    "instrument of ratification of UNTOC and its three protocols was deposited at UN Headquarters "
                    "(reported on or before 2014-11-14); exact day NOT verified - check UNTC. Also: %s."
                    % (barbados_news["month"] + (" ; ".join(barbados_news["others"]),)))
            cite = ("Government of Barbados (GIS) news release and news reports of Nov 2014 (stored copies); "
                    "not in UNTC scrape zmjones/untreaties 18-12.csv @ 003ce13")
            actions.append(action(j, "UNTOC", "RATIFICATION", barbados_news["date"], "MONTH", barbados_news["url"],
                                  cite, barbados_news["as_of"], False, note))
            report.append("UNTOC BB: consent added from the Nov 2014 news used for PALERMO (MONTH, unverified)")

    # ---------------------------------------------------------------- OPSC (UNTC IV-11-c)
    opsc_src = load_untc(os.path.join(zm, "4-11-c.csv"))
    wpd = {r["iso2"]: r for r in read_csv(os.path.join(
        src, "world-politics-datalab__humanrights-treaties-ratification-status", "hr_status_op_crc_sc.csv"))}
    for r in read_csv(os.path.join(der, "opsc_oas.csv")):
        j = iso3_to_2[r["iso3"]]
        name = UNTC_NAMES[j]
        w = wpd.get(j)
        if not w:
            problems.append("OPSC %s: not in world-politics-datalab file" % j)
            continue
        if r["status"] == "party" and name in opsc_src:
            (sig, _), (con, suffix) = opsc_src[name]
            a = UNTC_SUFFIX[suffix] if con else ""
            if (sig, con, a) != (r["signature_date"], r["consent_date"], DERIVED_CONSENT.get(r["consent_type"])):
                problems.append("OPSC %s: derived %r %r %r vs 4-11-c.csv %r %r %r" % (
                    j, r["signature_date"], r["consent_date"], r["consent_type"], sig, con, suffix))
            if w["state party"] != "1" or w["year ratification or accession"] != con[:4]:
                problems.append("OPSC %s: world-politics-datalab %r %r vs UNTC %r" % (
                    j, w["state party"], w["year ratification or accession"], con))
            if sig:
                actions.append(action(j, "OPSC", "SIGNATURE", sig, "DAY", OPSC_URL, OPSC_CITE, OPSC_AS_OF, True))
            actions.append(action(j, "OPSC", a, con, "DAY", OPSC_URL, OPSC_CITE, OPSC_AS_OF, True))
        elif r["status"] == "party":
            # Party with a year only (Bahamas): world-politics-datalab gives "year ratification or accession".
            if name in opsc_src or r["consent_date"] or not r["consent_year"] or r["consent_type"] \
                    or w["state party"] != "1" or w["year ratification or accession"] != r["consent_year"]:
                problems.append("OPSC %s: unexpected shape of the year-only row" % j)
                continue
            note = join_note(
                "Year only (%s) from world-politics-datalab (%s); exact date NOT verified - check UNTC. The source "
                "does not say whether this was ratification or accession: ACCESSION is inferred because the %s had "
                "not signed the OPSC as of the 2015-01-27 UNTC scrape (4-11-c.csv has no row for it); a signature "
                "followed by ratification within %s cannot be excluded." % (r["consent_year"], WPD_URL, r["country"],
                                                                              r["consent_year"]),
                sentence(r["note"]))
            actions.append(action(j, "OPSC", "ACCESSION", r["consent_year"] + "-01-01", "YEAR", r["source_url"],
                                  WPD_CITE, r["as_of"], False, note))
            report.append("OPSC %s: year-only consent %s (ACCESSION inferred, unverified)" % (j, r["consent_year"]))
        elif r["status"].startswith("not party"):
            if name in opsc_src or w["state party"] != "0" or w["no action"] != "1":
                problems.append("OPSC %s: not-party row contradicted by a source" % j)
                continue
            observations.append(observation(
                j, "OPSC", "NOT_PARTY", WPD_AS_OF, r["source_url"],
                WPD_CITE + "; consistent with UNTC scrape zmjones/untreaties 4-11-c.csv @ 15ad316 (2015-01-27)",
                True, join_note("No action (neither signature nor consent) in world-politics-datalab (%s) as of "
                                "2022-06-13 and no row in the 2015-01-27 UNTC scrape." % WPD_URL,
                                sentence(r["note"]))))
        else:
            problems.append("OPSC %s: unknown status %r" % (j, r["status"]))

    # ---------------------------------------------------------------- ILO (partial)
    dol = {}
    root = ET.parse(os.path.join(src, "USDepartmentofLabor__Child-Labor-Android", "app", "src", "main", "assets",
                                 "countries_2021.xml")).getroot()
    for c in root:
        conv = c.find("Conventions")
        dol[c.findtext("Name")] = (c.findtext("Webpage"),
                                   None if conv is None else {x.tag: (x.text or "").strip() for x in conv})
    oas_name = {r["iso2"]: r["name"] for r in oas}
    dol_tag = {"ILO-C138": "C_138_Ratified", "ILO-C182": "C_182_Ratified"}

    excluded = []
    for r in read_csv(os.path.join(der, "ilo_ratifications_oas_partial.csv")):
        j = iso3_to_2[r["iso3"]]
        t = "ILO-" + r["instrument"]
        if t not in TREATIES:
            problems.append("ILO: unknown instrument %r" % r["instrument"])
            continue
        v = r["verification"]
        ratified = r["status"].startswith("ratified")
        if not ratified and r["status"] != "not ratified":
            problems.append("ILO %s %s: unknown status %r" % (j, t, r["status"]))
            continue
        url, others = split_urls(r["source_url"])
        also = ("Also: " + " ; ".join(others) + ".") if others else ""
        cite = next((c for p, c in ILO_CITES if v.startswith(p)), None)
        if v.startswith("verified:") and ratified and r["date_precision"] in ("day", "month", "year"):
            prec = r["date_precision"].upper()
            date = {"DAY": r["date"], "MONTH": r["date"] + "-01", "YEAR": r["date"] + "-01-01"}[prec]
            as_of, as_of_note = lower_precision_as_of(r["as_of"])
            if cite is None:
                problems.append("ILO %s %s: no citation for verification %r" % (j, t, v))
                continue
            actions.append(action(j, t, "RATIFICATION", date, prec, url, cite, as_of, True, join_note(
                "Status per source: %s." % r["status"], as_of_note, also, sentence(r["note"]))))
        elif v.startswith("verified status only:") and not r["date"]:
            page, conv = dol.get(oas_name[j], (None, None))
            tag = dol_tag.get(t)
            want = "Yes" if ratified else "No"
            if not conv or not tag or conv.get(tag) != want:
                problems.append("ILO %s %s: derived %r not confirmed by the DOL XML" % (j, t, r["status"]))
                continue
            if r["as_of"] != "2022 reporting year (DOL ILAB Findings)":
                problems.append("ILO %s %s: unexpected as_of %r" % (j, t, r["as_of"]))
            observations.append(observation(j, t, "PARTY" if ratified else "NOT_PARTY", DOL_OBSERVED_ON, url,
                                            DOL_CITE, True, join_note(DOL_NOTE, "%s = %s." % (tag, want), also)))
        elif (v.startswith("verified status, date unknown") or v.startswith("verified: absent from NORMLEX")) \
                and not r["date"]:
            on, on_note = lower_precision_as_of(r["as_of"])
            if on_note:
                on_note = ("The page was crawled on an unknown date in or after %s; observed_on is written as %s, "
                           "the earliest possible crawl date (not party then implies not party on that date)."
                           % (on[:4], on))
            actions_note = join_note(sentence(v.split(":", 1)[1]) if ":" in v else "",
                                     sentence(r["note"]), on_note, also)
            observations.append(observation(j, t, "PARTY" if ratified else "NOT_PARTY", on, url, cite, True,
                                            actions_note))
        else:
            excluded.append("%s %s (%s; %s)" % (j, t, r["status"], v.split(":")[0].split("(")[0].strip()))
    report.append("ILO rows not shipped (lower-graded): %d: %s" % (len(excluded), "; ".join(excluded)))

    # Verified DOL status for pairs the derived table only carries as a lower-graded dated row.
    have = {(a["jurisdiction"], a["treaty"]) for a in actions} | \
           {(o["jurisdiction"], o["treaty"]) for o in observations}
    for j in sorted(UNTC_NAMES):
        page, conv = dol.get(oas_name[j], (None, None))
        if not conv:
            continue
        for t, tag in sorted(dol_tag.items()):
            if (j, t) in have or conv.get(tag) not in ("Yes", "No"):
                continue
            observations.append(observation(
                j, t, "PARTY" if conv[tag] == "Yes" else "NOT_PARTY", DOL_OBSERVED_ON, DOL_URL, DOL_CITE, True,
                join_note(DOL_NOTE, "%s = %s." % (tag, conv[tag]), "Also: %s." % page,
                          "Taken directly from the DOL XML: the derived ILO table has only a lower-graded "
                          "(secondary) dated row for this state and instrument, which is not shipped.")))
            report.append("ILO %s %s: status %s added from the DOL XML" % (j, t, conv[tag]))

    # ---------------------------------------------------------------- TIP tiers
    tier_map = {"Tier 1": "TIER_1", "Tier 2": "TIER_2", "Tier 2 Watch List": "TIER_2_WATCH_LIST",
                "Tier 3": "TIER_3", "Special Case": "SPECIAL_CASE"}
    heiss_label = {"Tier 1": "Tier 1", "Tier 2": "Tier 2", "Watchlist": "Tier 2 Watch List", "Tier 3": "Tier 3"}
    heiss_num = {"Tier 1": "1", "Tier 2": "2", "Tier 2 Watch List": "3", "Tier 3": "4"}
    orig = {(r["iso"].strip(), r["year"].strip()): r["tier"].strip() for r in read_csv(os.path.join(
        src, "andrewheiss__From-the-Trenches-Anti-TIP-NGOs-and-US", "data", "tip_tiers_orig.csv"))}
    mapt = {(r["iso"], r["year"]): r["tier"] for r in read_csv(os.path.join(
        src, "andrewheiss__scorecard-diplomacy", "data", "processed", "map_tiers.csv"))}
    tiers, seen_heiss = [], set()
    for r in read_csv(os.path.join(der, "tip_tiers_oas.csv")):
        if r["tier"] not in tier_map:
            problems.append("TIP: unknown tier label %r" % r["tier"])
            continue
        key = (r["iso3"], r["report_year"])
        if "tip_tiers_orig.csv" in r["source"]:
            seen_heiss.add(key)
            if heiss_label.get(orig.get(key)) != r["tier"]:
                problems.append("TIP %s: derived %r, tip_tiers_orig.csv %r" % (key, r["tier"], orig.get(key)))
            if mapt.get(key) != heiss_num.get(r["tier"]):
                problems.append("TIP %s: derived %r, map_tiers.csv %r" % (key, r["tier"], mapt.get(key)))
        tiers.append({"jurisdiction": iso3_to_2[r["iso3"]], "report_year": r["report_year"],
                      "tier": tier_map[r["tier"]], "source": r["source"], "source_url": r["source_url"],
                      "verification": r["verification"]})
    missing = sorted(k for k, v in orig.items() if k[0] in iso3_to_2 and v != "NA" and k not in seen_heiss)
    if missing:
        problems.append("TIP: ranked OAS rows of tip_tiers_orig.csv missing from derived: %r" % missing)
    tiers.sort(key=lambda r: (r["jurisdiction"], r["report_year"]))
    report.append("TIP: %d rows checked against tip_tiers_orig.csv and map_tiers.csv" % len(seen_heiss))

    for a in actions:
        if a["treaty"] not in TREATIES or a["action"] not in ACTIONS:
            problems.append("bad treaty/action %r" % (a,))
    die_if_problems()
    actions.sort(key=lambda r: (r["jurisdiction"], r["treaty"], r["date"], r["action"]))
    observations.sort(key=lambda r: (r["jurisdiction"], r["treaty"]))

    write_csv("oas-members.csv", ["iso2", "iso3", "m49", "name", "oas_year_joined", "membership_note", "source"], oas)
    write_csv("m49-regions.csv", ["code", "name", "parent_code", "level"], region_rows)
    write_csv("m49-countries.csv", ["iso2", "iso3", "m49", "region_code", "sub_region_code",
                                    "intermediate_region_code"], countries)
    write_csv("treaty-actions.csv", ["jurisdiction", "treaty", "action", "date", "date_precision", "reservations",
                                     "source_url", "source_citation", "as_of", "verified", "note"], actions)
    write_csv("treaty-status-observations.csv", ["jurisdiction", "treaty", "status", "observed_on", "source_url",
                                                  "source_citation", "verified", "note"], observations)
    write_csv("tip-tiers.csv", ["jurisdiction", "report_year", "tier", "source", "source_url", "verification"], tiers)
    copy_text(os.path.join(lukes_dir, "LICENSE.md"),
              os.path.join(OUT, "licenses", "lukes-ISO-3166-Countries-with-Regional-Codes.LICENSE.md"))
    copy_text(os.path.join(src, "andrewheiss__scorecard-diplomacy", "LICENSE"),
              os.path.join(OUT, "licenses", "andrewheiss-scorecard-diplomacy.LICENSE"))
    print("\n".join(report))


if __name__ == "__main__":
    main()

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


# ---------------------------------------------------------------- ILO ratifications, second file (2026)
# derived/ilo_ratifications_oas_2.csv: page-based ILO rows graded by `source_kind`, merged with the ILO rows
# shipped from ilo_ratifications_oas_partial.csv (reference-data/SOURCES.md, "ILO ratifications added in 2026").
# Every row of the file is shipped except the DERIVED ones (an inference, not a source's statement about the state).
# The rows it adds are also loaded into databases seeded before it by the `ilo-ratifications-2026` seed set, which
# names them (libs/treaties/src/seed/ilo-ratifications-2026.reference-data.ts): a change to them after release needs
# a new set, and a row it would *replace* (rather than add) stops the build.
ILO2_FILE = "ilo_ratifications_oas_2.csv"
ILO2_HEADER = ["code", "instrument", "status", "date", "date_precision", "source_url", "source_kind", "note"]
# `verified` only where the source is the ILO's own page (NORMLEX, an ILO news release)
ILO2_VERIFIED = {"ILO_OFFICIAL": True, "GOVERNMENT": False, "SECONDARY": False}
ILO2_UNVERIFIED_NOTE = {"GOVERNMENT": "A government source, not checked against the ILO's record.",
                        "SECONDARY": "Not checked against the ILO's record."}
ILO_NORMLEX_CITE = "ILO NORMLEX, comment of the ILO Committee of Experts (CEACR) (stored copy)"
# Every other source of the file: its citation, and the date it is current to where it gives one or its content
# shows one (date, precision, how it was set; None = the source's own date, nothing to explain). A source without a
# date is taken to be current to the latest ratification it lists (a page cannot report an act before it happened).
# Dates known to the month or year are written as their first day. An unknown URL stops the build.
ILO2_SOURCES = {
    "https://50forfreedom.org/blog/news/ratification-antigua-and-barbuda/?noredirect=en_US":
        ("50 for Freedom (ILO-led campaign), news post of 17 August 2021 (stored copy)", "2021-08-17", None),
    "https://wikimili.com/en/Abolition_of_Forced_Labour_Convention":
        ("Wikipedia, Abolition of Forced Labour Convention, ratification table as of October 2022, via the wikimili.com "
         "mirror (stored copy)", "2022-10-01", "the table is as of October 2022, written as 1 October"),
    "http://the-uncensored-wiki.com:20082/articles/m/i/n/Minimum_Age_Convention%2C_1973_14fb.html":
        ("An old copy of Wikipedia's list of ratifications of the Minimum Age Convention, 1973 "
         "(the-uncensored-wiki.com mirror, stored copy)", None, None),
    "https://delta87.org/dashboards/antigua-and-barbuda/":
        ("Delta 8.7 (United Nations University Centre for Policy Research), Antigua and Barbuda data dashboard "
         "(stored copy)", "2018-01-01", "the dashboard is undated but cites the 2018 Human Development Index, so it is "
                                        "from 2018 or later (written as 1 January 2018)"),
    "https://50forfreedom.org/blog/news/canada-determined-to-fight-modern-slavery/":
        ("50 for Freedom (ILO-led campaign), news post of 24 June 2019 (stored copy)", "2019-06-24", None),
    "https://humanrightscommitments.ca/abolition-of-forced-labour-convention-2":
        ("humanrightscommitments.ca, fact sheet on the Abolition of Forced Labour Convention (stored copy)", None, None),
    "https://www.newswire.ca/news-releases/canada-ratifies-international-convention-takes-stand-against-child-labour-"
    "and-exploitation-582202121.html":
        ("Government of Canada (Employment and Social Development Canada), news release of 8 June 2016 via CNW "
         "(stored copy)", "2016-06-08", None),
    "https://www.international.gc.ca/world-monde/issues_development-enjeux_developpement/human_rights-droits_homme/"
    "child_labour-travail_enfants.aspx?lang=eng":
        ("Global Affairs Canada, page on child labour (stored copy)", None, None),
    "https://alliance87.org/pathfinders/chile":
        ("Alliance 8.7, Chile pathfinder country page, Latest ratifications (source stated: ILO NORMLEX; stored copy)",
         None, None),
    "https://alliance87.org/es/node/37":
        ("Alliance 8.7, Costa Rica pathfinder country page, Latest ratifications (sources stated: UN SDG and ILO "
         "NORMLEX; stored copy)", None, None),
    "https://antislaverylaw.ac.uk/country/cuba/":
        ("Antislavery in Domestic Legislation database (antislaverylaw.ac.uk), Cuba country page (stored copy)", None,
         None),
    "https://delta87.org/dashboards/grenada/?lang=es-xl":
        ("Delta 8.7 (United Nations University Centre for Policy Research), Grenada data dashboard (stored copy)",
         "2018-01-01", "the dashboard is undated but cites the 2018 Human Development Index, so it is from 2018 or "
                       "later (written as 1 January 2018)"),
    "https://alliance87.org/pathfinders/guatemala":
        ("Alliance 8.7, Guatemala pathfinder country page, International Instruments table (stored copy)",
         "2023-01-01", "the page is undated but cites events of 2023 (written as 1 January 2023)"),
    "https://alliance87.org/fr/node/43":
        ("Alliance 8.7, Honduras pathfinder country page, International Instruments table (stored copy)",
         "2022-05-01", "the page is undated but cites events of May 2022 (written as 1 May 2022)"),
    "http://ilo.org/global/standards/WCMS_566330/lang--fr/index.htm":
        ("ILO news release of 13 June 2017, in French (stored copy)", "2017-06-13", None),
    "https://edomexaldia.com/el-estado-mexicano-realiza-el-deposito-del-protocolo-de-2014-relativo-al-convenio-sobre-"
    "el-trabajo-forzoso":
        ("News reprint (edomexaldia.com) of the ILO Mexico office's statement dated Geneva, 11 June 2023 (stored copy)",
         "2023-06-11", None),
    "https://www.gob.mx/sre/en/articulos/mexico-reaffirms-its-commitment-to-the-eradication-of-child-labor-111741"
    "?idiom=en":
        ("Mexican Ministry of Foreign Affairs (SRE), statement for the World Day Against Child Labour (stored copy)",
         None, None),
    "https://50forfreedom.org/blog/news/panama-takes-the-lead-in-the-americas-in-the-fight-against-forced-labour/"
    "?noredirect=en_US":
        ("50 for Freedom (ILO-led campaign), news post of 7 September 2016 (stored copy)", "2016-09-07", None),
    "https://www.japoli.org/monitoreo/adoptar-medidas-inmediatas-y-eficaces-para-erradicar-el-trabajo-forzoso-"
    "incluyendo-formas-contemporaneas-de-esclavitud-y-la-trata-de-personas/":
        ("Japoli, Paraguayan civil-society monitor of the Sustainable Development Goals, page on forced labour and "
         "trafficking (stored copy)", "2019-01-01",
         "the page is undated; it says 31 states had ratified the Protocol, which dates it to about early 2019 "
         "(written as 1 January 2019)"),
    "https://alliance87.org/pathfinders/peru":
        ("Alliance 8.7, Peru pathfinder country page, Latest ratifications (sources stated: UN SDG and ILO NORMLEX; "
         "stored copy)", "2022-01-01", "the page is undated but cites 2022 data (written as 1 January 2022)"),
    "https://finance.gov.vc/finance/index.php/intl-labour-conventions-ratifications":
        ("Saint Vincent and the Grenadines, Ministry of Finance, list of ratified ILO conventions (stored copy)", None,
         None),
    "http://ilo.org/global/standards/subjects-covered-by-international-labour-standards/forced-labour/WCMS_709934/"
    "lang--en/index.htm":
        ("ILO news release of 10 June 2019 (stored copy)", "2019-06-10", None),
    "https://webarchive.archive.unhcr.org/20170107132523mp_/http://www.refworld.org/topic,50ffbce4c9,50ffbce4d5,"
    "48d7495749,0,,,TTO.html":
        ("US Department of Labor (ILAB), 2006 Findings on the Worst Forms of Child Labor, Trinidad and Tobago, "
         "published 31 August 2007 (Refworld copy, UNHCR web archive)", "2007-08-31", None),
    "https://www.dol.gov/ilab/diplomacy/PC-ILO-page2.htm":
        ("US Department of Labor (ILAB), page on the United States and the ILO (stored copy)", "2011-06-16",
         "the page is undated (about 2011-2014); it counts 189 ILO conventions, so it was written on or after "
         "16 June 2011, when Convention No. 189 was adopted"),
    "https://antislaverylaw.ac.uk/country/uruguay/":
        ("Antislavery in Domestic Legislation database (antislaverylaw.ac.uk), Uruguay country page (stored copy)",
         "2018-01-01", "the page is undated; its compilers date it after 2018 (written as 1 January 2018)"),
}
# Rows of both files for one state and instrument whose dates disagree, reviewed: the more precise date wins.
ILO2_KNOWN_CONFLICTS = {
    # partial file: 2022 (year), from the LOW-confidence Eastern Caribbean report table, not shipped; this file:
    # 2021-07-28 (day), 50 for Freedom post of 17 Aug 2021 ("55th ratification"). 2022 is probably the year the
    # Protocol entered into force for Antigua and Barbuda (12 months after registration).
    ("AG", "ILO-P029"),
}
# Reader-facing wording for the file's shorthand (the note of a shipped row is shown to the product's readers).
ILO2_WORDING = [
    (r"NORMLEX CEACR comments? header", "Heading of an ILO Committee of Experts comment on NORMLEX"),
    (r"NORMLEX CEACR comments page", "ILO Committee of Experts comments page on NORMLEX"),
    (r"NORMLEX CEACR headers", "the headings of ILO Committee of Experts comments on NORMLEX"),
    (r"NORMLEX CEACR header", "the heading of an ILO Committee of Experts comment on NORMLEX"),
    (r"CEACR 2023 header", "the heading of a 2023 Committee of Experts comment"),
    (r"CEACR observation", "ILO Committee of Experts observation"),
    (r"C029 comment headers", "the headings of its comments on C029"),
    (r"\bDR\b", "direct request"),
    (r"\bObs\.", "observation"),
    (r"\bobs\.", "observations"),
    (r"\bOct 2022\b", "October 2022"),
    (r"^same ILO Mexico office statement \(2023\) reprinted", "News reprint of the ILO Mexico office's statement of "
                                                               "11 June 2023"),
    (r"\bUS DOL ILAB\b", "US Department of Labor (ILAB)"),
    (r"\bDOL 2022\b", "the US Department of Labor's 2022 data"),
    (r"\bDOF decree\b", "the decree in Mexico's official gazette (DOF)"),
    (r"\bSVG\b", "Saint Vincent and the Grenadines"),
    (r"\bcites HDI 2018\b", "cites the 2018 Human Development Index"),
    (r"\bas-of\b", "date"),
    (r"\bc\. ", "about "),
    (r"\bpost-(\d{4})\b", r"after \1"),
    (r"\bpub\. ", "published "),
    (r"\bm/d/yyyy format\b", "dates written month/day/year"),
    (r";\s*(year|month) only\b", ""),
    (r"\b(year|month) only;\s*", ""),
]
PRECISION_RANK = {"YEAR": 1, "MONTH": 2, "DAY": 3}


def at_precision(date, precision):
    return date[:{"YEAR": 4, "MONTH": 7, "DAY": 10}[precision]]


def ilo2_date(r):
    """The file's date at its precision -> (ISO first day, precision), or (None, None) when there is none."""
    p = r["date_precision"]
    shape = {"DAY": r"\d{4}-\d{2}-\d{2}", "MONTH": r"\d{4}-\d{2}", "YEAR": r"\d{4}"}
    if not p and not r["date"]:
        return None, None
    if p not in shape or not re.fullmatch(shape[p], r["date"]):
        problems.append("ILO %s %s %s: bad date %r / precision %r" % (ILO2_FILE, r["code"], r["instrument"], r["date"], p))
        return None, None
    date = r["date"] + {"DAY": "", "MONTH": "-01", "YEAR": "-01-01"}[p]
    try:
        datetime.date.fromisoformat(date)
    except ValueError:
        problems.append("ILO %s %s %s: not a calendar date %r" % (ILO2_FILE, r["code"], r["instrument"], r["date"]))
        return None, None
    return date, p


def ilo2_wording(note):
    for pattern, repl in ILO2_WORDING:
        note = re.sub(pattern, repl, note)
    return sentence(re.sub(r"\s+;", ";", re.sub(r"\s{2,}", " ", note)).strip(" ;"))


def ilo2_rows(der, members, actions, observations):
    """Adds the rows of ILO2_FILE to `actions` and `observations` (those shipped so far); returns what it did."""
    path = os.path.join(der, ILO2_FILE)
    raw = read_rows(path)
    if raw[0] != ILO2_HEADER:
        problems.append("ILO %s: header %r" % (ILO2_FILE, raw[0]))
        return {}
    rows = [dict(zip(ILO2_HEADER, r)) for r in raw[1:]]
    lower = {}  # (state, instrument) -> lower-graded row of the partial file (not shipped), for the comparison
    iso3 = {r["iso3"]: r["iso2"] for r in read_csv(os.path.join(der, "oas_member_states.csv"))}
    for r in read_csv(os.path.join(der, "ilo_ratifications_oas_partial.csv")):
        if not r["verification"].startswith("verified"):
            lower[(iso3[r["iso3"]], "ILO-" + r["instrument"])] = r
    shipped = {}
    for a in actions:
        if a["treaty"].startswith("ILO-"):
            shipped.setdefault((a["jurisdiction"], a["treaty"]), []).append(("action", a))
    for o in observations:
        if o["treaty"].startswith("ILO-"):
            shipped.setdefault((o["jurisdiction"], o["treaty"]), []).append(("observation", o))

    # A page without a date of its own is at least as recent as the latest ratification it lists.
    latest_listed = {}
    for r in rows:
        date, _ = ilo2_date(r) if r["status"] == "RATIFIED" else (None, None)
        if date and date > latest_listed.get(r["source_url"], ""):
            latest_listed[r["source_url"]] = date

    done = {"actions": 0, "observations": 0, "derived": [], "agree": [], "conflicts": [], "beside": 0, "by_kind": {}}
    seen = set()
    for r in rows:
        j, t, kind, url = r["code"], "ILO-" + r["instrument"], r["source_kind"], r["source_url"]
        where = "ILO %s %s %s" % (ILO2_FILE, j, t)
        if j not in members or t not in TREATIES or (j, t) in seen or kind not in ILO2_VERIFIED \
                or r["status"] not in ("RATIFIED", "NOT_RATIFIED") or not url.startswith("http") or " " in url:
            problems.append("%s: bad or repeated row %r" % (where, r))
            continue
        seen.add((j, t))
        date, prec = ilo2_date(r)
        if "DERIVED" in r["note"]:
            # status inferred from a list of the states that had NOT ratified: the page says nothing of this state
            if r["status"] != "RATIFIED" or date:
                problems.append("%s: unexpected shape of a DERIVED row" % where)
            done["derived"].append("%s %s" % (j, t))
            continue
        if r["status"] == "RATIFIED" and not date:
            problems.append("%s: RATIFIED without a date and not marked DERIVED" % where)
            continue
        if r["status"] == "NOT_RATIFIED" and date:
            problems.append("%s: NOT_RATIFIED with a date" % where)
            continue

        # when the source is current to
        if "normlex" in url.lower():
            cite = ILO_NORMLEX_CITE
            m = re.search(r"\(([^)]*)\)", r["note"])
            # years the note states, not estimates ("c. 2012", "2022-era")
            years = re.findall(r"(?<!c\. )\b((?:19|20)\d{2})\b(?!-era)", m.group(1)) if m else []
            if years:
                y = max(years)
                src_date = y + "-01-01"
                how = "%s, the latest year the page names (written as 1 January)" % y
            else:
                src_date, how = None, None
        elif url in ILO2_SOURCES:
            cite, src_date, how = ILO2_SOURCES[url]
        else:
            problems.append("%s: unknown source %r (add it to ILO2_SOURCES)" % (where, url))
            continue
        listed = latest_listed.get(url)
        if listed and (not src_date or listed > src_date):
            src_date = listed
            how = "undated source; %s is the latest ratification date read from it" % listed
        if not src_date or (date and src_date < date):
            problems.append("%s: the source's date %r is missing or before the ratification" % (where, src_date))
            continue
        verified = ILO2_VERIFIED[kind]
        as_of_note = ("As of: %s." % how) if how else ""
        checked = "" if verified else ILO2_UNVERIFIED_NOTE[kind]
        text = ilo2_wording(r["note"])

        # against what is shipped and what the partial file has
        before = shipped.get((j, t), [])
        other = lower.get((j, t))
        if r["status"] == "RATIFIED":
            bad = False
            for what, s in before:
                if what == "action":
                    problems.append("%s: a consent is already shipped (%s %s); an insert-only seed set cannot replace "
                                    "it - decide" % (where, s["date"], s["date_precision"]))
                    bad = True
                elif (s["status"] == "PARTY") != (s["observed_on"] >= date):
                    problems.append("%s: ratified %s contradicts the shipped observation %s %s"
                                    % (where, date, s["status"], s["observed_on"]))
                    bad = True
                else:
                    done["beside"] += 1
            if other:
                o_prec = other["date_precision"].upper()
                if o_prec in PRECISION_RANK and other["status"].startswith("ratified"):
                    coarser = min(prec, o_prec, key=PRECISION_RANK.get)
                    o_date = other["date"] + {"DAY": "", "MONTH": "-01", "YEAR": "-01-01"}[o_prec]
                    if PRECISION_RANK[o_prec] > PRECISION_RANK[prec]:
                        problems.append("%s: the partial file's lower-graded row is more precise (%s) - review"
                                        % (where, other["date"]))
                        bad = True
                    elif at_precision(o_date, coarser) == at_precision(date, coarser):
                        done["agree"].append("%s %s (%s %s vs partial %s %s)" % (j, t, r["date"], prec, other["date"],
                                                                                 o_prec))
                    elif (j, t) in ILO2_KNOWN_CONFLICTS:
                        done["conflicts"].append("%s %s: %s %s (this file, %s) wins over %s %s (partial file, %s, "
                                                 "not shipped)" % (j, t, r["date"], prec, kind, other["date"], o_prec,
                                                                   other["verification"].split(":")[0]))
                    else:
                        problems.append("%s: %s %s vs partial file %s %s - review and list in ILO2_KNOWN_CONFLICTS"
                                        % (where, r["date"], prec, other["date"], o_prec))
                        bad = True
                else:
                    problems.append("%s: the partial file says %r - review" % (where, other["status"]))
                    bad = True
            if bad:
                continue
            note = join_note(text, {"YEAR": "Year only, written as 1 January.", "MONTH": "Month only, written as "
                                    "the 1st.", "DAY": ""}[prec], as_of_note, checked)
            actions.append(action(j, t, "RATIFICATION", date, prec, url, cite, src_date, verified, note))
            done["actions"] += 1
        else:
            # not party when the source was written, so not party on the (earlier or equal) date it is known to be
            # current to
            for what, s in before + ([("partial", other)] if other else []):
                if what == "action" or (what == "observation" and s["status"] == "PARTY" and s["observed_on"] <= src_date) \
                        or (what == "partial" and s["status"].startswith("ratified")):
                    problems.append("%s: not ratified on %s contradicts %s %r" % (where, src_date, what, s))
            on_note = ("Observed on: %s." % how) if how else ""
            observations.append(observation(j, t, "NOT_PARTY", src_date, url, cite, verified,
                                            join_note(text, on_note, checked)))
            done["observations"] += 1
        done["by_kind"][kind] = done["by_kind"].get(kind, 0) + 1
    return done


# ---------------------------------------------------------------- TIP tiers 2016-2024
# derived/tip_tiers_2016_2024_oas.csv: tiers read by hand from the TIP Report country narratives (the
# heading "Country: Tier 2" or the narrative's own "remained on Tier X" sentence), one URL per row. What
# a row rests on is told by its URL's host, each classified here; an unknown host stops the build.
#   REPORT:   the State Department's own page (state.gov, a US embassy);
#   COPY:     a full-text copy of the country narrative (ecoi.net, Refworld, ...);
#   WIRE:     a news-wire site republishing the narrative under the report's title;
#   RESTATED: a news article, a government press office, a UNDP table, a CRS report or a tier list
#             that restates the tier (secondary).
TIP_LATER_HOSTS = {
    "www.state.gov": ("REPORT", "state.gov"),
    "2009-2017.state.gov": ("REPORT", "the State Department's 2009-2017 archive, 2009-2017.state.gov"),
    "ht.usembassy.gov": ("REPORT", "US Embassy in Haiti, French translation, ht.usembassy.gov"),
    "ni.usembassy.gov": ("REPORT", "US Embassy in Nicaragua, Spanish translation, ni.usembassy.gov"),
    "sv.usembassy.gov": ("REPORT", "US Embassy in El Salvador, sv.usembassy.gov"),
    "www.ecoi.net": ("COPY", "ecoi.net (ACCORD/BFA, European Country of Origin Information Network)"),
    "www.refworld.org": ("COPY", "Refworld (UNHCR)"),
    "webarchive.archive.unhcr.org": ("COPY", "Refworld (UNHCR web archive)"),
    "docslib.org": ("COPY", "docslib.org (copy of the State Department document)"),
    "public-preview-server.prod.cstreetsandbox.com": ("COPY", "a preview-server mirror of the state.gov page, same path "
                                                      "(public-preview-server.prod.cstreetsandbox.com)"),
    "statenewswire.com": ("WIRE", "State News Wire, statenewswire.com"),
    "thefederalnewswire.com": ("WIRE", "The Federal Newswire, thefederalnewswire.com"),
    "www.everycrsreport.com": ("RESTATED", "a Congressional Research Service report (RL33200) on everycrsreport.com"),
    "gvnet.com": ("RESTATED", "a gvnet.com country page adapted from the TIP Report"),
    "pressoffice.gov.bz": ("RESTATED", "a Government of Belize press release, pressoffice.gov.bz"),
    "online.flippingbook.com": ("RESTATED", "a UNDP publication's table, online.flippingbook.com"),
    "hrwf.eu": ("RESTATED", "an NGO article (Human Rights Without Frontiers), hrwf.eu"),
    "caribmagplus.com": ("RESTATED", "a news article, caribmagplus.com"),
    "www.stabroeknews.com": ("RESTATED", "a news article, Stabroek News"),
    "stabroeknews.com": ("RESTATED", "a news article, Stabroek News"),
    "www.inewsguyana.com": ("RESTATED", "a news article, iNews Guyana"),
    "guyanatimesgy.com": ("RESTATED", "a news article, Guyana Times"),
    "999wefm.com": ("RESTATED", "a news article, WE FM (St Vincent)"),
    "www.nbcsvg.com": ("RESTATED", "a news article, NBC Radio (St Vincent)"),
    "stvincenttimes.com": ("RESTATED", "a news article, St Vincent Times"),
    "stlucianewsnow.net": ("RESTATED", "a news article, St Lucia News Now"),
    "jamaicainquirer.com": ("RESTATED", "a news article, Jamaica Inquirer"),
    "pledgetimes.com": ("RESTATED", "a news article, pledgetimes.com"),
    "lamagazin.com": ("RESTATED", "a news article, lamagazin.com"),
    "angeluslowcost.cat": ("RESTATED", "a web page reprinting news, angeluslowcost.cat"),
}
TIP_LATER_FILE = "tip_tiers_2016_2024_oas.csv"
# Where the same state and year is already shipped (the gvnet lists of 2020 and 2023, R4V for 2024), the row
# read from the report (REPORT, COPY, WIRE) replaces the restatement; a RESTATED row leaves the shipped one in
# place. Either way the other source is named in `verification`. Differing tiers stop the build unless listed.
TIP_KNOWN_CONFLICTS = set()  # {(iso2, report_year)}


def tip_later_rows(der, oas_name, tier_map, shipped):
    """Merges the 2016-2024 rows into `shipped` (rows as written to tip-tiers.csv), returns what it did."""
    done = {"added": 0, "replaced": 0, "kept": 0, "classes": {}}
    by_key = {(r["jurisdiction"], r["report_year"]): i for i, r in enumerate(shipped)}
    seen = set()
    for r in read_csv(os.path.join(der, TIP_LATER_FILE)):
        j, year, url = r["code"], r["report_year"], r["source_url"]
        if j not in oas_name:
            problems.append("TIP %s: %r is not an OAS alpha-2 code" % (TIP_LATER_FILE, j))
            continue
        if not re.fullmatch(r"20(1[6-9]|2[0-4])", year) or r["tier"] not in tier_map or (j, year) in seen:
            problems.append("TIP %s: bad or repeated row %r" % (TIP_LATER_FILE, r))
            continue
        seen.add((j, year))
        m = re.match(r"https?://([^/]+)/", url)
        host = m.group(1).lower() if m else ""
        if host not in TIP_LATER_HOSTS:
            problems.append("TIP %s %s %s: unclassified host %r (add it to TIP_LATER_HOSTS)" % (TIP_LATER_FILE, j, year, host))
            continue
        kind, publisher = TIP_LATER_HOSTS[host]
        done["classes"][kind] = done["classes"].get(kind, 0) + 1
        report = "%s Trafficking in Persons Report" % year
        if kind == "RESTATED":
            source = "%s, restating the %s tier of %s" % (publisher[0].upper() + publisher[1:], report, oas_name[j])
            verification = "secondary: %s, restating the tier, not the report itself; read by hand" % publisher
        else:
            source = "US State Department, %s, country narrative of %s, via %s" % (report, oas_name[j], publisher)
            verification = {
                "REPORT": "the State Department's own country narrative; tier as its heading or its own "
                          "\"remained on Tier X\" sentence states it; read by hand",
                "COPY": "full-text copy of the State Department country narrative; tier as its heading or its own "
                        "\"remained on Tier X\" sentence states it; read by hand",
                "WIRE": "news-wire republication of the State Department country narrative under the report's title, "
                        "not compared with state.gov; read by hand",
            }[kind]
        row = {"jurisdiction": j, "report_year": year, "tier": tier_map[r["tier"]], "source": source,
               "source_url": url, "verification": verification}
        if (j, year) not in by_key:
            by_key[(j, year)] = len(shipped)
            shipped.append(row)
            done["added"] += 1
            continue
        old = shipped[by_key[(j, year)]]
        if old["tier"] != row["tier"] and (j, year) not in TIP_KNOWN_CONFLICTS:
            problems.append("TIP %s %s: shipped %s (%s) vs %s %s (%s)" % (j, year, old["tier"], old["source_url"],
                                                                        TIP_LATER_FILE, row["tier"], url))
            continue
        if kind == "RESTATED":
            old["verification"] += "; agrees with %s" % url
            done["kept"] += 1
        else:
            row["verification"] += "; agrees with %s" % old["source_url"]
            shipped[by_key[(j, year)]] = row
            done["replaced"] += 1
    return done


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

    # ILO ratifications of the second file (2026), merged with the rows above
    ilo2 = ilo2_rows(der, set(UNTC_NAMES), actions, observations)
    if ilo2:
        report.append("ILO %s: %d ratifications and %d not-party observations added (by source kind: %s); %d beside "
                      "a shipped status observation (they agree)" % (
                          ILO2_FILE, ilo2["actions"], ilo2["observations"],
                          ", ".join("%s %d" % kv for kv in sorted(ilo2["by_kind"].items())), ilo2["beside"]))
        report.append("ILO %s: DERIVED rows not shipped (inferences): %d: %s" % (
            ILO2_FILE, len(ilo2["derived"]), ", ".join(ilo2["derived"])))
        report.append("ILO %s: agrees with the partial file's lower-graded rows: %s" % (ILO2_FILE, "; ".join(ilo2["agree"])))
        report.append("ILO %s: conflicts resolved: %s" % (ILO2_FILE, "; ".join(ilo2["conflicts"]) or "none"))

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
    report.append("TIP: %d rows checked against tip_tiers_orig.csv and map_tiers.csv" % len(seen_heiss))
    later = tip_later_rows(der, oas_name, tier_map, tiers)
    report.append("TIP 2016-2024 (%s): %d added, %d replaced a shipped restatement, %d left a shipped row in place "
                  "(same tier); by source: %s" % (TIP_LATER_FILE, later["added"], later["replaced"], later["kept"],
                                                  ", ".join("%s %d" % kv for kv in sorted(later["classes"].items()))))
    tiers.sort(key=lambda r: (r["jurisdiction"], r["report_year"]))

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
    # The TIP Report's readings of each state's law are shipped byte for byte: the wordings file beside
    # it (maintained by hand, one line per row, each with its basis) is checked against it by the seed.
    copy_text(os.path.join(der, "tip_legal_framework_oas.csv"), os.path.join(OUT, "tip-law-readings.csv"))
    copy_text(os.path.join(lukes_dir, "LICENSE.md"),
              os.path.join(OUT, "licenses", "lukes-ISO-3166-Countries-with-Regional-Codes.LICENSE.md"))
    copy_text(os.path.join(src, "andrewheiss__scorecard-diplomacy", "LICENSE"),
              os.path.join(OUT, "licenses", "andrewheiss-scorecard-diplomacy.LICENSE"))
    print("\n".join(report))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Self-check of the shipped reference data (reference-data/*.csv). Standard library only.

    python3 reference-data/build/check.py

Needs nothing outside the repository. Exits non-zero on the first failed assertion.
"""

import csv
import datetime
import io
import os
import re

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

TREATIES = {"PALERMO", "UNTOC", "OPSC", "ILO-C029", "ILO-P029", "ILO-C105", "ILO-C138", "ILO-C182", "ILO-C189"}
UN_TREATIES = {"PALERMO", "UNTOC", "OPSC"}
ACTIONS = {"SIGNATURE", "RATIFICATION", "ACCESSION", "SUCCESSION", "ACCEPTANCE", "APPROVAL", "DENUNCIATION"}
CONSENT = ACTIONS - {"SIGNATURE", "DENUNCIATION"}
TIERS = {"TIER_1", "TIER_2", "TIER_2_WATCH_LIST", "TIER_3", "SPECIAL_CASE"}

# ILO instruments of the 2026 ILO file whose C105 status is only inferred (DERIVED): not shipped (SOURCES.md)
ILO_C105_DERIVED = {"CO", "CR", "DO", "SV", "GT", "GY", "HT", "MX", "PY", "PE", "KN"}


def adoption_dates():
    """Adoption date of each treaty, read from their one home, libs/treaties/src/treaty-catalogue.ts."""
    with open(os.path.join(OUT, "..", "libs", "treaties", "src", "treaty-catalogue.ts"), encoding="utf-8") as f:
        text = f.read()
    dates = {c: d for c, d in re.findall(r"code: '([A-Z]+)',[^}]*?adoptedOn: '(\d{4}-\d{2}-\d{2})'", text)}
    dates.update({"ILO-" + c: d for c, d in re.findall(r"\['([CP]\d{3})', '[^']*', \d+, '(\d{4}-\d{2}-\d{2})'\]", text)})
    assert set(dates) == TREATIES, "treaty-catalogue.ts: adoption dates of %r" % sorted(dates)
    return dates


HEADERS = {
    "oas-members.csv": "iso2,iso3,m49,name,oas_year_joined,membership_note,source",
    "m49-regions.csv": "code,name,parent_code,level",
    "m49-countries.csv": "iso2,iso3,m49,region_code,sub_region_code,intermediate_region_code",
    "treaty-actions.csv": "jurisdiction,treaty,action,date,date_precision,reservations,source_url,source_citation,"
                          "as_of,verified,note",
    "treaty-status-observations.csv": "jurisdiction,treaty,status,observed_on,source_url,source_citation,verified,note",
    "tip-tiers.csv": "jurisdiction,report_year,tier,source,source_url,verification",
}


def load(name):
    with open(os.path.join(OUT, name), encoding="utf-8", newline="") as f:
        text = f.read()
    rows = list(csv.reader(io.StringIO(text)))
    assert ",".join(rows[0]) == HEADERS[name], "%s: header %r" % (name, rows[0])
    assert all(len(r) == len(rows[0]) for r in rows), "%s: ragged rows" % name
    # RFC 4180 quoting: re-serialising with minimal quoting gives the file back byte for byte
    buf = io.StringIO()
    csv.writer(buf, quoting=csv.QUOTE_MINIMAL, lineterminator="\n").writerows(rows)
    assert buf.getvalue() == text, "%s: not in canonical RFC 4180 form" % name
    full = [tuple(r) for r in rows[1:]]
    assert len(full) == len(set(full)), "%s: duplicate rows" % name
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def iso_date(s):
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", s), "not an ISO date: %r" % s
    return datetime.date.fromisoformat(s)


def ilo_coverage(acts, obs):
    """Per ILO instrument: states with a status (a consent, else an observation) and how precisely it is dated."""
    lines = ["ILO coverage of the 35 OAS states: instrument, states with a status (party / not party), consent dated "
             "to the DAY / MONTH / YEAR, unverified"]
    for t in sorted(x for x in TREATIES if x.startswith("ILO-")):
        consent = {r["jurisdiction"]: r for r in acts if r["treaty"] == t and r["action"] in CONSENT}
        observed = {}
        for r in sorted((r for r in obs if r["treaty"] == t), key=lambda r: r["observed_on"]):
            observed[r["jurisdiction"]] = r  # the latest observation
        status = {j: "PARTY" for j in consent}
        status.update({j: r["status"] for j, r in observed.items() if j not in consent})
        unverified = {j for j, r in consent.items() if r["verified"] == "false"} | \
                     {j for j, r in observed.items() if j not in consent and r["verified"] == "false"}
        prec = [r["date_precision"] for r in consent.values()]
        lines.append("  %-9s %2d (%2d / %d)  %2d / %d / %2d  %2d" % (
            t, len(status), list(status.values()).count("PARTY"), list(status.values()).count("NOT_PARTY"),
            prec.count("DAY"), prec.count("MONTH"), prec.count("YEAR"), len(unverified)))
    return "\n".join(lines)


def main():
    oas = load("oas-members.csv")
    assert len(oas) == 35, "OAS members: %d" % len(oas)
    members = {r["iso2"] for r in oas}
    assert len(members) == 35 and [r["iso2"] for r in oas] == sorted(members)
    for r in oas:
        assert re.fullmatch(r"[A-Z]{2}", r["iso2"]) and re.fullmatch(r"[A-Z]{3}", r["iso3"])
        assert re.fullmatch(r"\d{3}", r["m49"]) and re.fullmatch(r"\d{4}", r["oas_year_joined"]) and r["source"]
    assert "1962" in next(r for r in oas if r["iso2"] == "CU")["membership_note"]
    assert "FORMER" in next(r for r in oas if r["iso2"] == "NI")["membership_note"]

    regions = {r["code"]: r for r in load("m49-regions.csv")}
    assert "001" not in regions and list(regions) == sorted(regions)
    levels = {"region": "", "sub-region": "region", "intermediate-region": "sub-region"}
    for c, r in regions.items():
        assert re.fullmatch(r"\d{3}", c) and r["name"] and r["level"] in levels
        if r["level"] == "region":
            assert r["parent_code"] == ""
        else:
            assert regions[r["parent_code"]]["level"] == levels[r["level"]], c
    assert regions["419"]["name"] == "Latin America and the Caribbean" and regions["029"]["parent_code"] == "419"
    countries = load("m49-countries.csv")
    assert len(countries) == 249 and [r["iso2"] for r in countries] == sorted(r["iso2"] for r in countries)
    by2 = {r["iso2"]: r for r in countries}
    for r in countries:
        for col, lvl in (("region_code", "region"), ("sub_region_code", "sub-region"),
                         ("intermediate_region_code", "intermediate-region")):
            assert not r[col] or regions[r[col]]["level"] == lvl, (r["iso2"], col)
    assert by2["AQ"]["region_code"] == "" and by2["BB"]["intermediate_region_code"] == "029"
    for r in oas:
        assert (by2[r["iso2"]]["iso3"], by2[r["iso2"]]["m49"]) == (r["iso3"], r["m49"]), r["iso2"]

    acts = load("treaty-actions.csv")
    adopted = adoption_dates()
    key = lambda r: (r["jurisdiction"], r["treaty"], r["date"], r["action"])
    assert [key(r) for r in acts] == sorted(key(r) for r in acts), "treaty-actions not sorted"
    seen = set()
    for r in acts:
        assert r["jurisdiction"] in members, r
        assert r["treaty"] in TREATIES and r["action"] in ACTIONS, r
        d = iso_date(r["date"])
        assert r["date_precision"] in ("DAY", "MONTH", "YEAR"), r
        if r["date_precision"] == "MONTH":
            assert d.day == 1, r
        if r["date_precision"] == "YEAR":
            assert (d.month, d.day) == (1, 1), r
        assert iso_date(r["as_of"]) >= d, "as_of before the action: %r" % (r,)
        # not before the treaty existed: a date known to the year (month) may fall in the year (month) of adoption
        cut = {"DAY": 10, "MONTH": 7, "YEAR": 4}[r["date_precision"]]
        assert r["date"][:cut] >= adopted[r["treaty"]][:cut], "dated before %s was adopted: %r" % (r["treaty"], r)
        assert r["verified"] in ("true", "false"), r
        assert r["verified"] == "true" or r["note"], "unverified row without a note: %r" % (r,)
        assert r["source_url"].startswith("http") and " " not in r["source_url"] and r["source_citation"], r
        assert r["treaty"] in UN_TREATIES or r["action"] == "RATIFICATION", r
        k = (r["jurisdiction"], r["treaty"], "CONSENT" if r["action"] in CONSENT else r["action"])
        assert k not in seen, "two %s rows for %s %s" % (k[2], k[0], k[1])
        seen.add(k)
    idx = {(r["jurisdiction"], r["treaty"], "CONSENT" if r["action"] in CONSENT else r["action"]): r for r in acts}
    for (j, t, a), r in idx.items():
        if a == "CONSENT" and (j, t, "SIGNATURE") in idx:
            assert idx[(j, t, "SIGNATURE")]["date"] <= r["date"], (j, t)
    assert idx[("AR", "PALERMO", "SIGNATURE")]["date"] == "2000-12-12"
    ar = idx[("AR", "PALERMO", "CONSENT")]
    assert (ar["action"], ar["date"], ar["date_precision"]) == ("RATIFICATION", "2002-11-19", "DAY")
    bb = idx[("BB", "PALERMO", "CONSENT")]
    assert (bb["date"], bb["date_precision"], bb["verified"]) == ("2014-11-01", "MONTH", "false")
    bs = idx[("BS", "OPSC", "CONSENT")]
    assert (bs["date"], bs["date_precision"], bs["verified"]) == ("2015-01-01", "YEAR", "false")
    assert all((j, "PALERMO", "CONSENT") in idx for j in members), "a state without a Palermo consent"

    obs = load("treaty-status-observations.csv")
    okey = lambda r: (r["jurisdiction"], r["treaty"])
    assert [okey(r) for r in obs] == sorted(okey(r) for r in obs), "observations not sorted"
    assert len({okey(r) for r in obs}) == len(obs), "two observations for one state and treaty"
    for r in obs:
        assert r["jurisdiction"] in members and r["treaty"] in TREATIES, r
        assert r["status"] in ("PARTY", "NOT_PARTY") and r["verified"] in ("true", "false"), r
        assert iso_date(r["observed_on"]) >= iso_date(adopted[r["treaty"]]), "observed before adoption: %r" % (r,)
        assert r["source_url"].startswith("http") and " " not in r["source_url"] and r["source_citation"], r
        assert r["verified"] == "true" or r["note"], "unverified row without a note: %r" % (r,)
        # beside a dated consent (the DOL 2022 status shipped before a dated ILO ratification), it must agree with it
        consent = idx.get((r["jurisdiction"], r["treaty"], "CONSENT"))
        if consent:
            assert (r["status"] == "PARTY") == (r["observed_on"] >= consent["date"]), \
                "observation contradicts the dated consent: %r / %r" % (r, consent)
    for j in ("BB", "KN", "TT"):
        assert next(r for r in obs if okey(r) == (j, "OPSC"))["status"] == "NOT_PARTY"
    # ILO: the 2026 file's one conflict (AG P029) resolved to its exact date; US C029 not party; DERIVED C105 not shipped
    ag = idx[("AG", "ILO-P029", "CONSENT")]
    assert (ag["action"], ag["date"], ag["date_precision"]) == ("RATIFICATION", "2021-07-28", "DAY"), ag
    assert next(r for r in obs if okey(r) == ("US", "ILO-C029"))["status"] == "NOT_PARTY"
    c105 = {r["jurisdiction"] for r in acts + obs if r["treaty"] == "ILO-C105"}
    assert not c105 & ILO_C105_DERIVED, "a DERIVED C105 row is shipped: %r" % sorted(c105 & ILO_C105_DERIVED)

    tiers = load("tip-tiers.csv")
    tkey = lambda r: (r["jurisdiction"], r["report_year"])
    assert [tkey(r) for r in tiers] == sorted(tkey(r) for r in tiers), "tip-tiers not sorted"
    assert len({tkey(r) for r in tiers}) == len(tiers), "two tiers for one state and year"
    for r in tiers:
        assert r["jurisdiction"] in members and r["tier"] in TIERS and re.fullmatch(r"\d{4}", r["report_year"]), r
        assert r["source"] and r["source_url"].startswith("http") and r["verification"], r
        assert 2001 <= int(r["report_year"]) <= 2024, r
    # Dominica, Grenada, Saint Kitts and Nevis: never ranked in any source in hand (SOURCES.md)
    assert not {r["jurisdiction"] for r in tiers} & {"DM", "GD", "KN"}, "a tier for DM, GD or KN"
    assert next(r for r in tiers if tkey(r) == ("HT", "2016"))["tier"] == "TIER_3"

    for lic in ("lukes-ISO-3166-Countries-with-Regional-Codes.LICENSE.md", "andrewheiss-scorecard-diplomacy.LICENSE"):
        assert os.path.getsize(os.path.join(OUT, "licenses", lic)) > 0, lic
    assert os.path.isfile(os.path.join(OUT, "SOURCES.md"))

    print(ilo_coverage(acts, obs))
    print("reference-data OK: %d OAS members, %d M49 regions, %d M49 countries, %d treaty actions, "
          "%d status observations, %d TIP tier rows" % (len(oas), len(regions), len(countries), len(acts), len(obs),
                                                         len(tiers)))


if __name__ == "__main__":
    main()

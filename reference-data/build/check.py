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
        iso_date(r["as_of"])
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
        iso_date(r["observed_on"])
        assert r["source_url"].startswith("http") and " " not in r["source_url"] and r["source_citation"], r
        assert (r["jurisdiction"], r["treaty"], "CONSENT") not in idx, "observation beside a dated consent: %r" % (r,)
    for j in ("BB", "KN", "TT"):
        assert next(r for r in obs if okey(r) == (j, "OPSC"))["status"] == "NOT_PARTY"

    tiers = load("tip-tiers.csv")
    tkey = lambda r: (r["jurisdiction"], r["report_year"])
    assert [tkey(r) for r in tiers] == sorted(tkey(r) for r in tiers), "tip-tiers not sorted"
    assert len({tkey(r) for r in tiers}) == len(tiers), "two tiers for one state and year"
    for r in tiers:
        assert r["jurisdiction"] in members and r["tier"] in TIERS and re.fullmatch(r"\d{4}", r["report_year"]), r
        assert r["source"] and r["source_url"].startswith("http") and r["verification"], r

    for lic in ("lukes-ISO-3166-Countries-with-Regional-Codes.LICENSE.md", "andrewheiss-scorecard-diplomacy.LICENSE"):
        assert os.path.getsize(os.path.join(OUT, "licenses", lic)) > 0, lic
    assert os.path.isfile(os.path.join(OUT, "SOURCES.md"))

    print("reference-data OK: %d OAS members, %d M49 regions, %d M49 countries, %d treaty actions, "
          "%d status observations, %d TIP tier rows" % (len(oas), len(regions), len(countries), len(acts), len(obs),
                                                         len(tiers)))


if __name__ == "__main__":
    main()

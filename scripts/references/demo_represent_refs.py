"""Reference figures for `govmon represent body|borough|trend` on a register (DemoLoadTests).

Usage: python3 demo_represent_refs.py DATABASE_URL LA_CODE SINCE DATE [DATE ...]

Independent of the Swift code: its own SQL over the raw tables (read with psql), its own group
definitions (ethnicity.md), scipy.stats.binom for the tails, statsmodels proportion_confint
(method="wilson") for the interval, and numpy.convolve for the exact Poisson-binomial tail of
the borough's total. Prints JSON:
{date: {"bodies": {id: {group: figures}}, "borough": {breakdown: {group: figures}}}}, the breakdowns
being all governors, each category's, chairs, and the flow: governors appointed from SINCE to the date.

Definitions (ethnicity.md, representativeness.md):
- serving on D: appointments other than associate members with start_date <= D and no end before D,
  on bodies of the LA formed by D, not dissolved before D, with at least one school;
- a person's values on D: their latest declaration recorded on or before D, unless they have objected
  on or before max(D, today), when both are unknown;
- women: declared sex female (of female and male); ethnic groups: of declared ethnicities (not
  "prefer not to say" or "not asked"), not White British, or not White (White British, Irish, Gypsy
  or Irish Traveller, Roma, other White);
- community shares from the LA's borough profile (the demo links no other comparator): female / all
  for sex; for ethnicity, 1 - the White British (or all White) counts / all counts.
"""
import csv
import io
import json
import os
import subprocess
import sys

import numpy as np
from scipy.stats import binom
from statsmodels.stats.proportion import proportion_confint

WHITE = {"white_british", "irish", "gypsy_or_irish_traveller", "roma", "other_white"}
UNKNOWN_ETHNICITY = {"prefer_not_to_say", "not_asked"}


def query(url, sql):
    # Every authority's rows: govmon's row-level security shows a session only the authorities it names.
    env = {**os.environ, "PGOPTIONS": os.environ.get("PGOPTIONS", "") + " -c govmon.la_codes=*"}
    out = subprocess.run(["psql", "-X", "-q", "--csv", url, "-c", sql], check=True, capture_output=True, text=True,
                         env=env).stdout
    return list(csv.DictReader(io.StringIO(out)))


def members(url, la, date, since=None):
    # In post on the date; or, with `since`, appointed from `since` to the date (ended or not).
    when = (f"a.start_date BETWEEN DATE '{since}' AND DATE '{date}'" if since else
            f"a.start_date <= DATE '{date}' AND (a.ended_on IS NULL OR a.ended_on >= DATE '{date}')")
    return query(url, f"""
        WITH latest AS (
            SELECT DISTINCT ON (person_id) person_id, sex, ethnicity FROM diversity_declarations
            WHERE recorded_on <= DATE '{date}' ORDER BY person_id, recorded_on DESC, declaration_id DESC)
        SELECT a.body_id, b.name, a.category, a.role,
               CASE WHEN o.person_id IS NULL THEN l.sex END AS sex,
               CASE WHEN o.person_id IS NULL THEN l.ethnicity END AS ethnicity
        FROM appointments a JOIN governing_bodies b ON b.body_id = a.body_id
        LEFT JOIN latest l ON l.person_id = a.person_id
        LEFT JOIN diversity_objections o ON o.person_id = a.person_id AND o.objected_on <= greatest(DATE '{date}', current_date)
        WHERE b.la_code = {la} AND a.category <> 'associate_member'
          AND {when}
          AND (b.formed_on IS NULL OR b.formed_on <= DATE '{date}') AND (b.dissolved_on IS NULL OR b.dissolved_on >= DATE '{date}')
          AND EXISTS (SELECT 1 FROM body_schools s WHERE s.body_id = b.body_id)""")


def community(url, la):
    rows = query(url, f"""
        SELECT p.classification, c.category, c.count FROM community_profiles p
        JOIN local_authorities la ON la.ons_code = p.geography_code AND la.la_code = {la}
        JOIN profile_counts c ON c.profile_id = p.profile_id WHERE p.geography_kind = 'borough'""")
    sex = {r["category"]: int(r["count"]) for r in rows if r["classification"] == "sex"}
    eth = {r["category"]: int(r["count"]) for r in rows if r["classification"] != "sex"}
    total = sum(eth.values())
    return {
        "women": sex["female"] / (sex["female"] + sex["male"]),
        "not-white-british": 1 - eth.get("white_british", 0) / total,
        "not-white": 1 - sum(v for k, v in eth.items() if k in WHITE) / total,
    }


def classify(group, row):
    """True (in group), False (declared, not in group) or None (unknown)."""
    if group == "women":
        return {"female": True, "male": False}.get(row["sex"])
    e = row["ethnicity"]
    if not e or e in UNKNOWN_ETHNICITY:
        return None
    return e != "white_british" if group == "not-white-british" else e not in WHITE


def figures(k, n, in_post, p):
    f = {"inPost": in_post, "unknown": in_post - n, "inGroup": k, "communityShare": p, "expected": n * p,
         "shortfall": n * p - k}
    if n > 0:
        lower, upper = proportion_confint(k, n, alpha=0.05, method="wilson")
        f.update(share=k / n, lowerTail=float(binom.cdf(k, n, p)), upperTail=float(binom.sf(k - 1, n, p)),
                 intervalLower=float(lower), intervalUpper=float(upper), coverage=n / in_post)
    return f


BREAKDOWNS = {
    "all governors": lambda r: True,
    "local authority governors": lambda r: r["category"] == "local_authority",
    "parent governors": lambda r: r["category"] == "parent",
    "co-opted governors": lambda r: r["category"] == "co_opted",
    "foundation governors": lambda r: r["category"] == "foundation",
    "chairs": lambda r: r["role"] == "chair",
}


def pooled(bodies, group, p):
    """Pooled figures over bodies (each a list of people), with the exact tail of the total."""
    pmf, ks, ns, posts, counted = np.array([1.0]), 0, 0, 0, 0
    for people in bodies:
        if not people:
            continue
        seen = [classify(group, r) for r in people]
        k, n = sum(1 for s in seen if s is True), sum(1 for s in seen if s is not None)
        pmf = np.convolve(pmf, binom.pmf(np.arange(n + 1), n, p))
        ks, ns, posts, counted = ks + k, ns + n, posts + len(people), counted + 1
    b = figures(ks, ns, posts, p)
    # Exact Poisson-binomial (here binomial, one p) tail of the total, by convolution.
    b["poissonBinomialLowerTail"] = float(pmf[: ks + 1].sum())
    b["bodies"] = counted
    return b


def main():
    url, la, since, dates = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
    shares = community(url, la)
    result = {}
    for date in dates:
        bodies, flow = {}, {}
        for r in members(url, la, date):
            bodies.setdefault(r["body_id"], []).append(r)
        for r in members(url, la, date, since):
            flow.setdefault(r["body_id"], []).append(r)
        out = {"bodies": {}, "borough": {}}
        for group, p in shares.items():
            for body, people in bodies.items():
                seen = [classify(group, r) for r in people]
                k, n = sum(1 for s in seen if s is True), sum(1 for s in seen if s is not None)
                out["bodies"].setdefault(body, {})[group] = figures(k, n, len(people), p)
            for name, keep in BREAKDOWNS.items():
                out["borough"].setdefault(name, {})[group] = pooled(
                    [[r for r in people if keep(r)] for people in bodies.values()], group, p)
            # The flow counts bodies in post on the date only (those the borough is computed over).
            out["borough"].setdefault("flow", {})[group] = pooled(
                [flow.get(body, []) for body in bodies], group, p)
        result[date] = out
    json.dump(result, sys.stdout, indent=1, sort_keys=True)


main()

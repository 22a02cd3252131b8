#!/usr/bin/env python3
"""Real objects for scripts/fuzz-contract.sh to aim at, found and made through the API itself.

Usage: fuzz_ids.py BASE_URL ENV_FILE TOML_FILE   (an officer token in GOVMON_FUZZ_TOKEN)

Writes ENV_FILE, `export FUZZ_X=value` lines for the ${FUZZ_X} placeholders of
scripts/schemathesis.toml, and TOML_FILE, the [dictionaries.*] tables it binds parameters to
(integer ids in request bodies must be TOML integers, which ${VAR} substitution cannot give).

Every operation that changes an object's state (ending an appointment, filling or closing a
vacancy, cancelling a recruitment, withdrawing a profile, federating schools, objecting) gets an
object of its own, made here, so that the operations do not use up each other's objects. They are
made consistent with 2015-11-30, the date the document's examples use (and so the date the
fuzzer tries most often): open on that date, started before it.
Exits non-zero, saying what is missing, when the demo data has changed under it.
"""

import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request

BASE, ENV_FILE, TOML_FILE = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]
TOKEN = os.environ["GOVMON_FUZZ_TOKEN"]
LA = 315
EXAMPLE_DATE = "2015-11-30"


def call(method, path, body=None, content_type="application/json"):
    data = None
    if body is not None:
        data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
    request = urllib.request.Request(BASE + path, data=data, method=method)
    request.add_header("Authorization", "Bearer " + TOKEN)
    if data is not None:
        request.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return json.load(response)
    except urllib.error.HTTPError as error:
        sys.exit(f"fuzz_ids: {method} {path} answered {error.code}: {error.read().decode(errors='replace')}")


def need(value, what):
    if not value:
        sys.exit(f"fuzz_ids: the demo data has no {what}")
    return value


need(any(a["code"] == LA for a in call("GET", "/api/v1/authorities")), f"authority {LA}")

# The body most operations act on: one school, a chair serving on the example date and today.
serving_then = {a["id"]: a for a in call("GET", f"/api/v1/appointments?la={LA}&as_of={EXAMPLE_DATE}")}
serving_now = call("GET", f"/api/v1/appointments?la={LA}")
chairs = {a["body_id"]: a for a in serving_now if a["role"] == "chair" and a["id"] in serving_then}
bodies = [b for b in call("GET", f"/api/v1/bodies?la={LA}")
          if not b["is_federation"] and len(b["school_urns"]) == 1 and b["id"] in chairs]
need(len(bodies) >= 2, "two single-school bodies with a chair serving on " + EXAMPLE_DATE)
body = bodies[0]
# A second body: for reconstitution rounds (started at random dates, they would move the start of
# `body`'s round under its stages) and for new appointments (of people serving on `body`).
other_body = bodies[1]["id"]
body_id, body_urn = body["id"], body["school_urns"][0]
chair = chairs[body_id]
members = [a for a in serving_now if a["body_id"] == body_id and a["role"] == "member" and a["id"] in serving_then]
need(len(members) >= 2, "body with two members serving on " + EXAMPLE_DATE)
person, objecting_person = members[0]["person_id"], members[1]["person_id"]
instruments = need([i["id"] for i in call("GET", f"/api/v1/bodies/{body_id}/instruments")], "instrument")


def appoint(surname, category="co_opted", start="2015-01-01"):
    # Dozens of extra governors on one body: over its establishment, so said why.
    return call("POST", "/api/v1/appointments", {
        "body": str(body_id), "category": category, "forename": "Fuzz", "surname": surname, "start": start,
        "allow_over_establishment": True, "reason": "fuzz-contract: objects for the fuzzer"})["id"]


def open_vacancy(category="co_opted"):
    return call("POST", "/api/v1/vacancies", {
        "body": str(body_id), "category": category, "opened": "2015-01-01", "reason": "resigned",
        "note": "fuzz-contract"})["id"]


# One appointment per operation that changes it; co-opted, so that the governing body (the first
# departure authority) may decide a surplus departure.
appointments = {name: appoint(name.capitalize()) for name in ("end", "role", "filler")}
# Re-appointing and leaving as surplus use their appointment up: the fuzzing phase draws from 30
# of each, so that the first request it sends always finds one unused.
reappointable = [appoint(f"Reappoint{n}") for n in range(30)]
# Departures as surplus are of governors serving when the body's latest instrument took effect (the
# demo's are effective by 2014-09-01), in a category over its seats (the fuzz appointments make it so).
departing = [appoint(f"Surplus{n}", start="2013-09-01") for n in range(30)]
fill_vacancy, close_vacancy, skills_vacancy = open_vacancy(), open_vacancy(), open_vacancy()
recruitment = call("POST", f"/api/v1/bodies/{body_id}/headteacher-recruitments",
                   {"planned": "2016-09-01", "recorded": "2015-01-01", "note": "fuzz-contract"})["id"]
# A headteacher recruitment on the other body for its record: a stage already reached (a panel's
# confirmation comes after the first stage), panel members of that body serving on the date sent.
record_recruitment = call("POST", f"/api/v1/bodies/{other_body}/headteacher-recruitments",
                          {"planned": "2016-09-01", "recorded": "2015-01-01", "note": "fuzz-contract"})["id"]
call("POST", f"/api/v1/headteacher-recruitments/{record_recruitment}/stages", {"stage": "advertised", "on": "2015-03-01"})
panel_members = need([a["id"] for a in serving_now if a["body_id"] == other_body and a["id"] in serving_then
                      and a["category"] != "associate_member"], "governor serving on the other body")
# Candidates at their first stage: the fuzzing phase moves each on once (a stage is not repeated).
stage_candidates = [call("POST", "/api/v1/candidates", {"la": str(LA), "name": f"Fuzz Candidate {n}", "route": "other",
                                                         "on": "2015-09-01"})["id"] for n in range(30)]
# Schools of the authority, for succession policies (one per school and adoption date).
school_urns = sorted({u for b in call("GET", f"/api/v1/bodies?la={LA}") for u in b["school_urns"]})
# A reconstitution round under way, for the stages: after the demo's own rounds, so that it is
# the body's latest, with no stage recorded yet (schemathesis.toml sends stages dated 2016-01-15).
call("POST", f"/api/v1/bodies/{body_id}/reconstitution-rounds", {"date": "2016-01-01", "note": "fuzz-contract"})

# Schools of their own: two to federate (their URNs are fixed in schemathesis.toml), one whose details change.
for urn, number in ((990001, 9001), (990002, 9002), (990003, 9003)):
    call("POST", "/api/v1/schools", {"urn": urn, "la": str(LA), "number": number, "opened": "1990-09-01",
                                    "name": f"Fuzz School {number}", "category": "community"})
# An authority of its own, whose ONS code changes.
fuzz_la = call("POST", "/api/v1/authorities", {"code": 998, "name": "Fuzz Authority"})["code"]
# A profile of its own, to withdraw.
csv = ("geography_code,geography_name,dimension,category,count\n"
       "E09000024,Fuzz,sex,female,50\nE09000024,Fuzz,sex,male,50\n")
call("POST", "/api/v1/profiles?" + urllib.parse.urlencode({"source": "fuzz-contract", "date": "2011-03-27"}),
     csv, content_type="text/csv")
profiles = call("GET", "/api/v1/profiles")
withdraw_profile = need([p["id"] for p in profiles if p["source"] == "fuzz-contract"], "fuzz profile")[0]

env = {
    "FUZZ_LA": LA,
    "FUZZ_OTHER_LA": fuzz_la,
    "FUZZ_BODY": body_id,
    "FUZZ_OTHER_BODY": other_body,
    "FUZZ_URN": body_urn,
    "FUZZ_CHANGING_URN": 990003,
    "FUZZ_PERSON": person,
    "FUZZ_OBJECTING_PERSON": objecting_person,
    "FUZZ_END_APPOINTMENT": appointments["end"],
    "FUZZ_ROLE_APPOINTMENT": appointments["role"],
    "FUZZ_FILL_VACANCY": fill_vacancy,
    "FUZZ_CLOSE_VACANCY": close_vacancy,
    "FUZZ_SKILLS_VACANCY": skills_vacancy,
    "FUZZ_RECRUITMENT": recruitment,
    "FUZZ_RECORD_RECRUITMENT": record_recruitment,
    "FUZZ_WITHDRAW_PROFILE": withdraw_profile,
}
with open(ENV_FILE, "w") as out:
    for key, value in env.items():
        out.write(f"export {key}={value}\n")

dictionaries = {
    # Strings: bodies, authorities and profiles are named by id, code or name.
    "las": [str(LA)],
    "bodies": [str(body_id), str(body_urn)],
    "profiles": [str(p["id"]) for p in profiles if p["id"] != withdraw_profile],
    # Integers.
    "urns": [body_urn],
    "people": sorted({a["person_id"] for a in members}),
    "courses": [c["id"] for c in call("GET", "/api/v1/courses")],
    "instruments": instruments,
    "chair_appointments": [chair["id"]],
    "filler_appointments": [appointments["filler"]],
    "reappointable_appointments": reappointable,
    "departing_appointments": departing,
    "panel_appointments": panel_members,
    "stage_candidates": stage_candidates,
    "school_urns": school_urns,
}
with open(TOML_FILE, "w") as out:
    out.write("\n# Real objects found and made by scripts/fuzz_ids.py for this run.\n")
    for name, values in dictionaries.items():
        out.write(f"[dictionaries.{name}]\nvalues = {json.dumps(values)}\n")
print(" ".join(f"{k}={v}" for k, v in env.items()))

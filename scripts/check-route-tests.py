#!/usr/bin/env python3
"""Every operation in openapi.yaml is called by some test (Tests/) with its method.

A static check, run by scripts/test.sh before the build: it reads the test sources for the
requests they make (api.call/refuses/page, client.execute, the curl helper) and matches each
against the documented paths, so a route added without an HTTP test fails the run and names it.
"""
import glob
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else "."
spec = open(f"{root}/openapi.yaml", encoding="utf-8").read()
tests = "".join(open(f, encoding="utf-8").read() for f in glob.glob(f"{root}/Tests/**/*.swift", recursive=True))

calls = set(re.findall(r'\.(get|post|put|patch|delete)\s*,\s*"([^"]*)"', tests))
calls |= {(m.lower(), u) for u, m in re.findall(r'uri:\s*"([^"]*)",\s*method:\s*\.(\w+)', tests)}
calls |= {("get", u) for u in re.findall(r'\.page\("([^"]*)"', tests)}
calls |= {("post", u) for u in re.findall(r'let (?:schools|upload) = "([^"]*)"', tests)}
calls |= {("get", u) for u in re.findall(r'curl\("http://127\.0\.0\.1:\\\([^)]*\)(/[^"]*)"', tests)}

missing = []
for path, block in re.findall(r"^  (/[^:]*):\n((?:    .*\n|\n)*)", spec, re.M):
    pattern = "^" + re.sub(r"\\\{[^}]*\\\}", r"[^/?]+", re.escape(path)) + r"(\?.*)?$"
    for method in re.findall(r"^    (get|post|put|patch|delete):", block, re.M):
        if not any(m == method and re.match(pattern, u) for m, u in calls):
            missing.append(f"{method.upper()} {path}")
if missing:
    print("check-route-tests: no test calls " + ", ".join(missing), file=sys.stderr)
    sys.exit(1)
print(f"check-route-tests: every documented operation is called by a test ({len(calls)} calls)")

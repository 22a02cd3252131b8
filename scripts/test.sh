#!/usr/bin/env bash
# Runs every test against a real PostgreSQL: the private local cluster (started if needed) unless
# GOVMON_TEST_DATABASE_URL names another server. Builds first (a cold build takes 10-15 minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${GOVMON_TEST_DATABASE_URL:-}" ]; then
    deploy/local-postgres.sh start
fi
# The report tests print with a real headless Chromium (Debian's chromium package).
deploy/install-chromium.sh || echo "test.sh: no Chromium; the browser test will fail and say what to install" >&2
# Reference tools some tests compare against (PyPI): installed when missing.
python3 -c "import scipy, statsmodels, numpy, openapi_spec_validator, jsonschema, pdfplumber" 2>/dev/null \
    || python3 -m pip install --quiet scipy statsmodels numpy openapi-spec-validator jsonschema pdfplumber
# House style: the checked-in .swift-format (swift-format ships with the toolchain).
swift format lint --strict -r Sources Tests Package.swift
# Every route in openapi.yaml has an HTTP test.
python3 scripts/check-route-tests.py
swift build --build-tests
# The HTTP tests write down every response; each is then held to openapi.yaml.
rm -rf .build/contract-responses
swift test --skip-build "$@"
if [ -d .build/contract-responses ]; then
    python3 scripts/validate-responses.py
fi
# The browser front in Chromium: the people's flows, keyboard only, axe-core on every page. Skipped
# only when the run was asked for a subset of the Swift tests (`scripts/test.sh --filter ...`).
if [ "$#" -eq 0 ]; then
    scripts/browser-tests.sh
fi

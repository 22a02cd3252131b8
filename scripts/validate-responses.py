#!/usr/bin/env python3
"""Every response the test suite received holds to openapi.yaml.

The HTTP tests write down each response they get (Tests/StoreTests/Support/ContractRecorder.swift)
in .build/contract-responses/*.jsonl. For each one this finds the documented operation (method and
path template), checks that its status is documented for it, that its content type is one the
document gives for that status, and validates a JSON body against the declared schema with
jsonschema's Draft 2020-12 validator (the dialect of OpenAPI 3.1). Requests to paths the document
does not have (probes for 404s) are counted and skipped. Objects are held closed: a key the
document does not declare fails. Exit status 1 names every failure.
"""
import glob
import json
import re
import sys

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

root = sys.argv[1] if len(sys.argv) > 1 else "."
spec = yaml.safe_load(open(f"{root}/openapi.yaml", encoding="utf-8"))


# Keywords whose schemas state rules about an object's properties rather than declare the object:
# closing them would refuse the object's other keys.
CONDITIONS = {"if", "then", "else", "dependentSchemas", "not"}


def closed(node):
    """Every object schema that lists its properties also refuses others, so a response key the
    document does not declare (a stray camelCase one, say) fails too."""
    if isinstance(node, dict):
        if "properties" in node and "additionalProperties" not in node:
            node["additionalProperties"] = False
        for key, value in node.items():
            if key not in CONDITIONS:
                closed(value)
    elif isinstance(node, list):
        for value in node:
            closed(value)


closed(spec["components"]["schemas"])
for item in spec["paths"].values():
    closed(item)
registry = Registry().with_resource("urn:govmon", Resource(contents=spec, specification=DRAFT202012))


def resolve(node):
    while isinstance(node, dict) and "$ref" in node:
        node = eval_pointer(node["$ref"])
    return node


def eval_pointer(ref):
    node = spec
    for part in ref.lstrip("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def absolute(schema):
    """The schema with its #/ references pointing into the registered document."""
    text = json.dumps(schema).replace('"$ref": "#/', '"$ref": "urn:govmon#/')
    return json.loads(text)


operations = []
for path, item in spec["paths"].items():
    literal = len(re.sub(r"\{[^}]*\}", "", path))
    pattern = re.compile("^" + re.sub(r"\\\{[^}]*\\\}", r"[^/]+", re.escape(path)) + "$")
    for method, operation in item.items():
        operations.append((literal, pattern, method.upper(), path, operation))
# The most literal template first: /api/v1/reconstitution/rounds before a templated sibling.
operations.sort(key=lambda o: -o[0])

checked, skipped, failures = 0, 0, []
for file in sorted(glob.glob(f"{root}/.build/contract-responses/*.jsonl")):
    for line in open(file, encoding="utf-8"):
        entry = json.loads(line)
        path = entry["uri"].split("?")[0]
        match = next((o for o in operations if o[2] == entry["method"] and o[1].match(path)), None)
        if match is None:
            skipped += 1
            continue
        _, _, method, template, operation = match
        name = f'{method} {template} -> {entry["status"]}'
        responses = operation["responses"]
        response = responses.get(str(entry["status"])) or responses.get("default")
        if response is None:
            failures.append(f"{name}: status not documented ({entry['uri']})")
            continue
        response = resolve(response)
        content = response.get("content", {})
        mime = entry["content_type"].split(";")[0].strip()
        if not content:
            checked += 1
            continue
        if mime not in content:
            failures.append(f"{name}: content type {mime!r} not documented (documented: {sorted(content)})")
            continue
        schema = content[mime].get("schema")
        if mime.endswith("json") and schema is not None:
            try:
                body = json.loads(entry["body"])
            except ValueError:
                failures.append(f"{name}: the body is not JSON")
                continue
            validator = Draft202012Validator(absolute(schema), registry=registry)
            errors = sorted(validator.iter_errors(body), key=lambda e: list(e.path))
            if errors:
                where = "/".join(str(p) for p in errors[0].path)
                failures.append(f"{name}: {errors[0].message[:300]} at /{where} ({entry['uri']})")
                continue
        checked += 1

if failures:
    unique = sorted(set(failures))
    print(f"validate-responses: {len(failures)} of {checked + len(failures)} responses break openapi.yaml:", file=sys.stderr)
    for failure in unique[:60]:
        print("  " + failure, file=sys.stderr)
    sys.exit(1)
if checked == 0:
    print("validate-responses: no recorded responses (did the HTTP tests run?)", file=sys.stderr)
    sys.exit(1)
print(f"validate-responses: {checked} responses hold to openapi.yaml ({skipped} to undocumented paths skipped)")

"""An auditor's interval attack on the board version of the MGA Board report (issue 15).

Independent of govmon's own suppression code: it reads only what the board is given (the CSV data
pack, the JSON and the Markdown), writes down every linear relation a reader can see between the
published numbers, and asks scipy's linprog (PyPI) for the smallest and largest value each hidden
cell ("c") can take. It reports, one line each:

- a hidden cell whose feasible interval is narrower than the threshold (tau-argus and sdcTable
  audit this way: the protection interval);
- a hidden cell proved to lie between 1 and threshold - 1;
- a published zero in a row whose total is hidden (group disclosure: "none of them is ...");
- a table whose cells differ between the CSV, the JSON and the Markdown;
- a percentage in the Markdown's sentences that no published cell gives;
- a hidden count described in words ("fewer than 5").

The relations it uses (what a reader knows without govmon's code):
- each representation table's row: in group + not in group + unknown = in post, and its category
  rows add up to its "all governors" row, column by column; a published share s of a row with
  hidden counts: in group = s x (in group + not in group), to the four decimals printed;
- every representation table counts the same governors, so a row's "in post" is one number in all;
- the headline "Governors in post" is the "all governors" row's in post;
- the data-quality declarations: ethnic group declared and sex declared are the declared counts
  (in group + not in group) of "all governors" in the ethnicity and women tables;
- the membership table: governors in post in a category (or categories listed together in one
  row) are at least its seats minus its open vacancies, and at least the governors of that
  category whose terms end soon; those add up to their total.

Usage: python3 interval_attack.py DATA_FOLDER REPORT.json REPORT.md THRESHOLD
Prints "audit: N hidden cells, narrowest interval W" and exits 0, or prints each finding and exits 1.
"""

import csv
import glob
import json
import os
import re
import sys

from scipy.optimize import linprog


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def scaled(term, factor):
    """A term multiplied by a constant."""
    coefficients, constant = term
    return ({k: v * factor for k, v in coefficients.items()}, constant * factor)


def cell(text):
    """A published count (int), a hidden one ("c"), or something else (None)."""
    text = text.strip()
    if text == "c":
        return "c"
    if re.fullmatch(r"-?\d[\d,]*", text):
        return int(text.replace(",", ""))
    return None


class Attack:
    def __init__(self, threshold):
        self.threshold = threshold
        self.names = []  # hidden variables
        self.index = {}
        self.equalities = []  # (coefficients {var: a}, constant): sum a*x + constant = 0
        self.inequalities = []  # (coefficients, constant): sum a*x + constant >= 0
        self.findings = []

    def term(self, name, value):
        """A number in a relation: a variable when hidden, else its value."""
        if value == "c":
            if name not in self.index:
                self.index[name] = len(self.names)
                self.names.append(name)
            return ({name: 1.0}, 0.0)
        return ({}, float(value))

    @staticmethod
    def combine(terms, signs):
        coefficients, constant = {}, 0.0
        for (coef, const), sign in zip(terms, signs):
            for k, v in coef.items():
                coefficients[k] = coefficients.get(k, 0.0) + sign * v
            constant += sign * const
        return coefficients, constant

    def equal(self, left, right):
        """sum(left) = sum(right), each a list of terms."""
        relation = self.combine(left + right, [1] * len(left) + [-1] * len(right))
        if relation[0]:
            self.equalities.append(relation)

    def at_least(self, left, right):
        relation = self.combine(left + right, [1] * len(left) + [-1] * len(right))
        if relation[0]:
            self.inequalities.append(relation)

    def solve(self):
        n = len(self.names)
        if n == 0:
            return []
        a_eq, b_eq, a_ub, b_ub = [], [], [], []
        for coefficients, constant in self.equalities:
            row = [0.0] * n
            for k, v in coefficients.items():
                row[self.index[k]] += v
            a_eq.append(row)
            b_eq.append(-constant)
        for coefficients, constant in self.inequalities:
            # sum a x + constant >= 0  <=>  -sum a x <= constant
            row = [0.0] * n
            for k, v in coefficients.items():
                row[self.index[k]] -= v
            a_ub.append(row)
            b_ub.append(constant)
        bounds = [(0, None)] * n
        intervals = []
        for i, name in enumerate(self.names):
            objective = [0.0] * n
            limits = []
            for sign in (1.0, -1.0):
                objective[i] = sign
                result = linprog(
                    objective, A_ub=a_ub or None, b_ub=b_ub or None, A_eq=a_eq or None, b_eq=b_eq or None,
                    bounds=bounds, method="highs")
                if result.status == 2:
                    raise SystemExit(f"audit: the relations are infeasible (a relation above is wrong): {result.message}")
                limits.append(None if result.status == 3 else sign * result.fun)
            intervals.append((name, limits[0], limits[1]))
        return intervals


def representation_tables(folder):
    tables = {}
    for path in sorted(glob.glob(os.path.join(folder, "*-representation-*.csv"))):
        rows = read_csv(path)
        if rows and rows[0][:5] == ["Governors", "In post", "In group", "Not in group", "Unknown"]:
            tables[os.path.basename(path)] = rows
    return tables


def audit(folder, json_path, md_path, threshold):
    attack = Attack(threshold)
    tables = representation_tables(folder)
    if not tables:
        raise SystemExit(f"audit: no representation tables in {folder}")
    columns = ["in post", "in group", "not in group", "unknown"]
    for name, rows in tables.items():
        group = name.split("-representation-", 1)[1][:-4]
        body = rows[1:]
        category_rows = [r for r in body if r[0].endswith(" governors") and r[0] != "all governors"]
        for r in body:
            values = [cell(v) for v in r[1:5]]
            # A row's "in post" is the same number in every group's table.
            total = attack.term(f"in post of {r[0]}", values[0])
            parts = [attack.term(f"{columns[j]} of {r[0]} ({group})", values[j]) for j in (1, 2, 3)]
            attack.equal(parts, [total])
            share = r[5].strip() if len(r) > 5 else ""
            if share not in ("", "c") and any(v == "c" for v in values[1:3]):
                # in group = s x (in group + not in group), to the printed rounding.
                s, ig, ng = float(share), parts[0], parts[1]
                low, high = s - 0.00005, s + 0.00005
                attack.at_least([ig], [scaled(ig, low), scaled(ng, low)])
                attack.at_least([scaled(ig, high), scaled(ng, high)], [ig])
            if values[0] == "c":
                for j in (1, 2, 3):
                    if values[j] == 0:
                        attack.findings.append(
                            f"{name}: '{r[0]}' publishes 0 {columns[j]} while its total is hidden (group disclosure)")
        all_row = next((r for r in body if r[0] == "all governors"), None)
        if all_row and category_rows:
            for j in range(4):
                key = "in post" if j == 0 else f"{columns[j]}"
                parts = [attack.term(f"in post of {r[0]}" if j == 0 else f"{key} of {r[0]} ({group})", cell(r[1 + j]))
                         for r in category_rows]
                whole = attack.term(f"in post of all governors" if j == 0 else f"{key} of all governors ({group})",
                                    cell(all_row[1 + j]))
                attack.equal(parts, [whole])

    # Headline: governors in post on the report's date (the last date column before "Change").
    for path in glob.glob(os.path.join(folder, "*-summary-headlines.csv")):
        rows = read_csv(path)
        for r in rows[1:]:
            if r[0] == "Governors in post":
                value = cell(r[-2])
                if isinstance(value, int) and "in post of all governors" in attack.index:
                    attack.equal([attack.term("in post of all governors", "c")], [({}, float(value))])

    # Data quality: declared counts.
    for path in glob.glob(os.path.join(folder, "*-quality-declarations.csv")):
        rows = read_csv(path)
        header, values = rows[0], rows[1]
        for label, group in (("Ethnic group declared", None), ("Sex declared", "women")):
            if label not in header:
                continue
            value = cell(values[header.index(label)])
            for name in tables:
                g = name.split("-representation-", 1)[1][:-4]
                if (group == "women") != (g == "women"):
                    continue
                declared = [attack.term(f"in group of all governors ({g})", cell(next(r for r in tables[name] if r[0] == "all governors")[2])),
                            attack.term(f"not in group of all governors ({g})", cell(next(r for r in tables[name] if r[0] == "all governors")[3]))]
                attack.equal(declared, [attack.term(f"{label} (quality)", value)])

    # Membership: in post >= seats - vacancies, per category or per group of categories in one row.
    published_in_post = {r[0]: cell(r[1]) for rows in tables.values() for r in rows[1:]}
    for path in glob.glob(os.path.join(folder, "*-membership-by-category.csv")):
        rows = read_csv(path)
        header = rows[0]
        if "Seats" not in header or "Vacancies open" not in header:
            continue
        si, vi = header.index("Seats"), header.index("Vacancies open")
        for r in rows[1:]:
            if r[0].lower().startswith("all"):
                continue
            categories = [c.strip() for c in re.split(r",| and ", r[0]) if c.strip()]
            in_post = [attack.term(f"in post of {c} governors", published_in_post.get(f"{c} governors", "c"))
                       for c in categories]
            seats, vacancies = cell(r[si]), cell(r[vi])
            attack.at_least(in_post + [attack.term(f"vacancies of {r[0]}", vacancies)],
                            [attack.term(f"seats of {r[0]}", seats)])

    # Terms ending: its categories add up to its total, and no category has more governors whose
    # terms end than governors in post.
    for path in glob.glob(os.path.join(folder, "*-membership-terms-ending.csv")):
        rows = read_csv(path)
        if rows[0] != ["Category", "Governors"]:
            continue
        parts = []
        for r in rows[1:]:
            if r[0].lower().startswith("all"):
                attack.equal(parts, [attack.term("terms ending of all categories", cell(r[1]))])
                continue
            ending = attack.term(f"terms ending of {r[0]}", cell(r[1]))
            parts.append(ending)
            in_post = attack.term(f"in post of {r[0]} governors", published_in_post.get(f"{r[0]} governors", "c"))
            attack.at_least([in_post], [ending])

    intervals = attack.solve()
    narrowest = None
    for name, low, high in intervals:
        if name.startswith("seats of") or name.startswith("vacancies of"):
            continue
        width = None if high is None else high - low
        if width is not None and (narrowest is None or width < narrowest):
            narrowest = width
        if width is not None and width < threshold - 1e-6:
            attack.findings.append(f"hidden cell '{name}' lies in [{low:g}, {high:g}], narrower than {threshold}")
        if low is not None and high is not None and low >= 1 - 1e-6 and high <= threshold - 1 + 1e-6:
            attack.findings.append(f"hidden cell '{name}' is proved to be between 1 and {threshold - 1}")

    compare_formats(folder, json_path, md_path, tables, attack)
    check_sentences(folder, md_path, threshold, attack)
    return len(intervals), narrowest, attack.findings


def compare_formats(folder, json_path, md_path, tables, attack):
    """Every table has the same cells in the CSV data pack, the JSON and (for the representation
    tables) the Markdown: a figure hidden in one format is hidden in all."""
    report = json.load(open(json_path, encoding="utf-8"))
    by_caption = {t["caption"]: t for section in report["sections"] for t in section.get("tables", [])}
    compared = 0
    for entry in read_csv(os.path.join(folder, "index.csv"))[1:]:
        file_name, caption = entry[0], entry[2]
        table = by_caption.get(caption)
        if table is None:
            attack.findings.append(f"{file_name}: no table '{caption}' in the JSON")
            continue
        rows = read_csv(os.path.join(folder, file_name))[1:]
        if len(rows) != len(table["rows"]):
            attack.findings.append(f"{file_name}: {len(rows)} rows in the CSV, {len(table['rows'])} in the JSON")
            continue
        for csv_row, json_row in zip(rows, table["rows"]):
            for a, b in zip(csv_row, json_row):
                if (a.strip() == "c") != (str(b) == "c") or (
                        isinstance(b, (int, float)) and not isinstance(b, bool) and abs(float(a) - b) > 0.00005):
                    attack.findings.append(f"{file_name}: '{csv_row[0]}' has {a!r} in the CSV and {b!r} in the JSON")
        compared += 1
    if compared == 0:
        attack.findings.append("no table of the data pack could be compared with the JSON")
    markdown = open(md_path, encoding="utf-8").read()
    md_rows = {}
    for line in markdown.splitlines():
        if line.startswith("|") and not re.match(r"\|\s*-", line):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            md_rows.setdefault(cells[0], []).append(cells[1:])
    for name, rows in tables.items():
        for r in rows[1:]:
            hidden = [i for i, v in enumerate(r[1:]) if v.strip() == "c"]
            if r[0] not in md_rows or not any(
                    [i for i, v in enumerate(cells) if v == "c"] == hidden for cells in md_rows[r[0]]):
                attack.findings.append(f"{name}: '{r[0]}' is not in the Markdown with the same hidden cells")


def published_percentages(folder):
    """Every percentage a reader could print from published cells: shares printed in tables, and
    any published count over another (as the sentences' 'x of y (z%)')."""
    counts, shares = set(), set()
    for path in glob.glob(os.path.join(folder, "*.csv")):
        for r in read_csv(path)[1:]:
            for v in r[1:]:
                value = cell(v)
                if isinstance(value, int) and value > 0:
                    counts.add(value)
                elif re.fullmatch(r"0\.\d{4}|1\.0000", v.strip()):
                    shares.add(f"{float(v) * 100:.1f}")
    ratios = {f"{100 * a / b:.1f}" for a in counts for b in counts if a <= b}
    return shares | ratios


def check_sentences(folder, md_path, threshold, attack):
    allowed = published_percentages(folder)
    for number, line in enumerate(open(md_path, encoding="utf-8"), start=1):
        if line.startswith("|") or line.startswith("#"):
            continue
        for match in re.finditer(r"(\d+\.\d)%", line):
            if match.group(1) not in allowed and match.group(1) != "0.0":
                attack.findings.append(f"{os.path.basename(md_path)} line {number}: {match.group(0)} is no published share")
        for match in re.finditer(r"(a few|fewer than \d+)\)?\s+(appointments|governors|people|records)", line):
            attack.findings.append(f"{os.path.basename(md_path)} line {number}: '{match.group(0)}' describes a hidden count")


def main():
    folder, json_path, md_path, threshold = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    hidden, narrowest, findings = audit(folder, json_path, md_path, threshold)
    for finding in findings:
        print(finding)
    width = "none" if narrowest is None else f"{narrowest:g}"
    print(f"audit: {hidden} hidden cells, narrowest interval {width}, {len(findings)} findings")
    sys.exit(1 if findings else 0)


if __name__ == "__main__":
    main()

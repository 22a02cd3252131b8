"""Checks a printed report's pages from the PDF's own text positions (pdfplumber, PyPI), as a reader
would see them: no two pieces of text print over each other on any page (a running header or footer
over the content, chart labels over each other), no text is cut off at the side of the content area
(a chart label clipped by its chart), and every page's footer marking sits below the content.

Usage: python3 pdf_layout.py REPORT.pdf MARKING
Prints "layout: N pages, M words, no overlaps" and exits 0, or each overlap and exits 1.
"""

import sys

import pdfplumber


def overlaps(a, b, tolerance=0.5):
    """Whether two word boxes share area (more than a rounding's worth)."""
    return (min(a["x1"], b["x1"]) - max(a["x0"], b["x0"]) > tolerance
            and min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) > tolerance)


def main():
    path, marking = sys.argv[1], sys.argv[2]
    findings, words_seen = [], 0
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            words = page.extract_words(use_text_flow=False, keep_blank_chars=False)
            words_seen += len(words)
            # Every pair of words on the page (a few hundred words: cheap enough).
            ordered = sorted(words, key=lambda w: w["top"])
            for i, a in enumerate(ordered):
                for b in ordered[i + 1:]:
                    if b["top"] > a["bottom"]:
                        break
                    if overlaps(a, b):
                        findings.append(
                            f"page {number}: '{a['text']}' ({a['x0']:.0f},{a['top']:.0f}) prints over "
                            f"'{b['text']}' ({b['x0']:.0f},{b['top']:.0f})")
            # Nothing starts left of the content area or ends right of it (a label clipped by its
            # chart leaves a fragment at the edge): A4 with 14 mm side margins, in points.
            margin = 14 / 25.4 * 72
            for w in words:
                if w["x0"] < margin - 0.5 or w["x1"] > page.width - margin + 0.5:
                    findings.append(f"page {number}: '{w['text']}' at x {w['x0']:.1f} to {w['x1']:.1f} is outside the "
                                    f"content area (clipped?)")
            # The marking is on every page, and the footer's marking below all the content.
            marks = [w for w in words if w["text"] == marking]
            body = [w for w in words if w["text"] != marking]
            if not marks:
                findings.append(f"page {number}: no '{marking}' marking")
            elif body:
                footer = max(marks, key=lambda w: w["bottom"])
                above = [w for w in body if w["top"] < footer["top"] - 0.5]
                lowest = max(above, key=lambda w: w["bottom"], default=None)
                if lowest and lowest["bottom"] > footer["top"]:
                    findings.append(f"page {number}: '{lowest['text']}' runs into the footer")
    for finding in findings:
        print(finding)
    print(f"layout: {len(pdf.pages)} pages, {words_seen} words, {len(findings)} problems")
    sys.exit(1 if findings else 0)


if __name__ == "__main__":
    main()

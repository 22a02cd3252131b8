"""The browser front's flows in Chromium, keyboard only, with axe-core on every page as each role.

Run by scripts/browser-tests.sh, which starts `govmon serve` on the demo borough (today taken as
2015-11-30) and sets GOVMON_BIN, GOVMON_BASE_URL and GOVMON_BROWSER_REPORTS. Each flow is what
the issue asks a person to be able to do (docs/web.md):

- a chair accepts an invitation, sets a password, sees the body, records a review (after an error
  summary for a missed question), and the officer sees the review on the dashboard;
- an officer triages an alert, finds a body, opens a person and makes a self-service link;
- a governor fills the monitoring form without signing in, and the officer's person page then
  says "Declared" and never what;
- a governor answers the skills audit through their one-time link (after the error for a form
  sent blank), and the link then works no more;
- a board member opens the report and downloads the PDF;
- a chair cannot open another body's page (403), a board member cannot open a person page (403).

Every form is filled and sent with the keyboard only (Tab to reach a field, typing, Space and the
arrow keys for radios, Enter to send). axe-core checks each page at WCAG 2.2 A and AA; any
violation fails the run, which prints every one.
"""

import csv
import io
import os
import subprocess
import sys
import tempfile
import urllib.parse

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

BASE = os.environ["GOVMON_BASE_URL"]
GOVMON = os.environ["GOVMON_BIN"]
REPORTS = os.environ.get("GOVMON_BROWSER_REPORTS", ".build/browser-tests")
PASSWORD = "correct horse battery staple"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
CHROMIUM = next(p for p in ["/usr/lib/chromium/chromium", "/usr/bin/chromium"] if os.path.exists(p))

axe = Axe()
audited = []
problems = []


def govmon(*args):
    """Runs the command line against the test database; links it prints point at BASE."""
    port = urllib.parse.urlparse(BASE).port
    env = dict(os.environ, GOVMON_SERVER_HOST="localhost", GOVMON_SERVER_PORT=str(port))
    done = subprocess.run([GOVMON, *args], env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise AssertionError(f"govmon {' '.join(args)}: {done.stderr.strip()}")
    return done.stdout


def invite(email, role, *extra):
    return govmon("user", "invite", "--email", email, "--name", f"Test {role}", "--role", role, *extra).strip().splitlines()[-1]


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def audit(page, role, name):
    """axe-core on the page as it stands: WCAG 2.2 A and AA."""
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG}})
    audited.append(f"{role}: {name}")
    if results.violations_count:
        problems.append(f"axe: {name} as {role}:\n{results.generate_report()}")


def tab_to(page, selector, limit=400):
    """Presses Tab until `selector` has the focus: proof it can be reached from the keyboard."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => !!document.activeElement && document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{page.url}: cannot reach {selector} with the Tab key")


def type_into(page, selector, text):
    tab_to(page, selector)
    page.keyboard.press("Control+A")
    page.keyboard.type(text)


def choose(page, name, value):
    """Selects a radio with the keyboard: Tab into the group, Space, then the arrow keys."""
    tab_to(page, f'input[name="{name}"]')
    page.keyboard.press("Space")
    for _ in range(40):
        if page.evaluate("() => document.activeElement.value") == value:
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"{page.url}: no radio {name}={value} reachable with the arrow keys")


def send(page, button_selector):
    """Sends a form with Enter on its button, waiting for the next page."""
    tab_to(page, button_selector)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def set_password(page, link, role):
    page.goto(link)
    audit(page, role, "invitation")
    type_into(page, "#password", PASSWORD)
    type_into(page, "#confirmation", PASSWORD)
    send(page, "button[type=submit]")
    check("Your password is set" in page.content(), f"{role}: password not set")


def sign_in(page, email, role, audit_it=True):
    page.goto(BASE + "/sign-in")
    if audit_it:
        audit(page, role, "sign-in")
    type_into(page, "#email", email)
    type_into(page, "#password", PASSWORD)
    send(page, "button[type=submit]")


def bodies_with_chairs():
    rows = list(csv.DictReader(io.StringIO(govmon("governor", "list", "--la", "315", "--as-of", "2015-11-30", "--format", "csv"))))
    chaired = sorted({int(r["body"]) for r in rows if r["role"] == "chair"})
    others = sorted({int(r["body"]) for r in rows} - {chaired[0]})
    member = next(
        r for r in rows if int(r["body"]) == chaired[0] and r["role"] == "member" and r.get("category") != "headteacher"
    )
    return chaired[0], others[0], member["person"].lstrip("P"), member["appointment"]


def chair_flow(browser, body, other):
    link = invite("chair@school.example", "chair", "--body", str(body))
    page = browser.new_context().new_page()
    set_password(page, link, "chair")
    # The wrong password first: the error summary, itself checked.
    page.goto(BASE + "/sign-in")
    type_into(page, "#email", "chair@school.example")
    type_into(page, "#password", "not the password")
    send(page, "button[type=submit]")
    check("Enter a correct email address and password" in page.content(), "chair: wrong password not refused")
    audit(page, "chair", "sign-in with an error")
    sign_in(page, "chair@school.example", "chair", audit_it=False)
    check(page.url.endswith(f"/bodies/{body}"), f"chair: signed in to {page.url}")
    check("Does the body reflect its community?" in page.content(), "chair: no representativeness section")
    audit(page, "chair", "my body")
    # A review without a judgement: the error summary names the question.
    type_into(page, "#actions", "Ask the parents' forum to encourage candidates")
    send(page, "form[action$='/reviews'] button[type=submit]")
    check("There is a problem" in page.content(), "chair: a review without a judgement was accepted")
    audit(page, "chair", "my body, review with an error")
    choose(page, "judgement", "partly_representative")
    send(page, "form[action$='/reviews'] button[type=submit]")
    check("The review has been recorded" in page.content(), "chair: the review was not recorded")
    audit(page, "chair", "my body after a review")
    answer = page.goto(f"{BASE}/bodies/{other}")
    check(answer.status == 403 and "You cannot open this page" in page.content(), f"chair: another body gave {answer.status}")
    audit(page, "chair", "403 page")


def officer_flow(browser, chaired_body, person):
    link = invite("officer@council.example", "officer", "--la", "315")
    page = browser.new_context().new_page()
    set_password(page, link, "officer")
    sign_in(page, "officer@council.example", "officer", audit_it=False)
    check(page.url.endswith("/dashboard"), f"officer: signed in to {page.url}")
    check(f'href="/bodies/{chaired_body}#reviews"' in page.content(), "officer: the chair's review is not on the dashboard")
    audit(page, "officer", "dashboard")
    # Triage: acknowledge the first open alert with a reason.
    first = page.locator("form[action^='/alerts/']").first.get_attribute("action")
    alert = first.split("/")[2]
    type_into(page, f"#reason-{alert}", "Clerk is arranging the election")
    send(page, f"form[action='{first}'] button")
    check(f"Alert {alert} acknowledged" in page.content(), "officer: the alert was not acknowledged")
    audit(page, "officer", "dashboard after triage")
    # Bodies: search.
    page.goto(BASE + "/bodies")
    type_into(page, "#q", "Primary")
    send(page, "form[action='/bodies'] button")
    check("/bodies/" in page.content(), "officer: the body search found nothing")
    audit(page, "officer", "bodies")
    page.goto(f"{BASE}/bodies/{chaired_body}")
    audit(page, "officer", "body")
    # Appoint a co-opted governor to a body whose co-opted seats are full: refused with the
    # override named, then recorded anyway with a reason.
    type_into(page, "#forename", "Grace")
    type_into(page, "#surname", "Okafor")
    choose(page, "category", "co_opted")
    send(page, "form[action$='/appointments'] button[type=submit]")
    check("Record it anyway" in page.inner_text(".error-summary"), "officer: an appointment over establishment was not stopped")
    audit(page, "officer", "body, appointment refused")
    tab_to(page, "#allow_over")
    page.keyboard.press("Space")
    type_into(page, "#reason", "Interim co-option until the parent election in January")
    send(page, "form[action$='/appointments'] button[type=submit]")
    check("has been recorded" in page.content() and "Grace Okafor" in page.content(), "officer: the appointment was not recorded")
    page.goto(f"{BASE}/board")
    audit(page, "officer", "board reports")
    page.goto(f"{BASE}/no-such-page")
    audit(page, "officer", "404 page")
    # A person: record a course, then void that record as a mistake.
    page.goto(f"{BASE}/people/{person}")
    audit(page, "officer", "person")
    send(page, "form[action$='/training'] button[type=submit]")
    check("The training has been recorded" in page.content(), "officer: the training was not recorded")
    action = page.locator("form[action$='/void']").first.get_attribute("action")
    record = action.split("/")[2]
    type_into(page, f"#reason-{record}", "Recorded against the wrong governor")
    send(page, f"form[action='{action}'] button")
    check(f"Training record {record} is void" in page.content(), "officer: the training record was not voided")
    audit(page, "officer", "person after a void")
    # Correct an appointment's term end: refused without a reason, then saved with one; the
    # corrected record replaces the old, which the body's history keeps.
    page.goto(BASE + page.locator("a[href^='/appointments/']").first.get_attribute("href"))
    check(page.locator("h1").inner_text().startswith("Appointment A"), "officer: no appointment page")
    audit(page, "officer", "appointment")
    # A year earlier, within the four years a term may run (or, for a term under a year, the start).
    start, term_end = page.locator("#start").input_value(), page.locator("#term_end").input_value()
    corrected = max(f"{int(term_end[:4]) - 1}{term_end[4:]}", start) if term_end else ""
    type_into(page, "#term_end", corrected)
    send(page, "form[action$='/correct'] button[type=submit]")
    check("Enter why the record is corrected" in page.inner_text(".error-summary"), "officer: a correction without a reason")
    audit(page, "officer", "appointment, correction refused")
    type_into(page, "#reason", "Term end misread from the minutes")
    send(page, "form[action$='/correct'] button[type=submit]")
    check("The correction is saved" in page.content() and corrected in page.content(), "officer: the correction was not saved")
    page.goto(f"{BASE}/people/{person}")
    # A self-service monitoring link.
    send(page, "form[action$='/diversity-link'] button")
    text = page.locator("code.link-text").inner_text()
    check("/diversity/" in text, "officer: no self-service link")
    audit(page, "officer", "person with a link")
    return page, text


def governor_flow(browser, link, officer_page, person):
    page = browser.new_context().new_page()
    page.goto(link)
    audit(page, "governor", "monitoring form")
    send(page, "form button[type=submit]")
    check("Select your sex" in page.content(), "governor: an empty form was accepted")
    audit(page, "governor", "monitoring form with errors")
    choose(page, "sex", "female")
    choose(page, "ethnicity", "caribbean")
    send(page, "form button[type=submit]")
    check("your answers have been sent" in page.content(), "governor: the answers were not sent")
    audit(page, "governor", "thank you")
    page.goto(link)
    check("has expired or has been used" in page.content(), "governor: the link works twice")
    officer_page.goto(f"{BASE}/people/{person}")
    content = officer_page.content()
    check("Declared (last on 2015-11-30)" in content, "officer: the person page does not say declared")
    check("Caribbean" not in content and "Female" not in content, "officer: the person page shows the values")


SKILLS_FRAMEWORK = """category,code,question,answer
Finance,FIN1,Setting and monitoring the budget,scale
Strategy,SL1,Setting the school's direction,scale
Strategy,SL2,Which committee would you chair?,text
"""


def skills_flow(browser, appointment):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as framework:
        framework.write(SKILLS_FRAMEWORK)
    govmon("skills", "load", framework.name, "--name", "Browser test skills audit")
    os.unlink(framework.name)
    link = govmon("skills", "invite", appointment).strip().splitlines()[-1]
    page = browser.new_context().new_page()
    page.goto(link)
    audit(page, "governor", "skills audit form")
    send(page, "form button[type=submit]")
    check("Answer at least one question" in page.content(), "governor: an empty skills form was accepted")
    audit(page, "governor", "skills audit form with errors")
    choose(page, "q-FIN1", "4")
    type_into(page, "#q-SL2", "Finance committee")
    send(page, "form button[type=submit]")
    check("your answers have been sent" in page.content(), "governor: the skills answers were not sent")
    page.goto(link)
    check("has expired or has been used" in page.content(), "governor: the skills link works twice")


def board_flow(browser, person):
    link = invite("board@mga.example", "board", "--la", "315")
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    set_password(page, link, "board")
    sign_in(page, "board@mga.example", "board", audit_it=False)
    check(page.url.endswith("/board"), f"board: signed in to {page.url}")
    audit(page, "board", "board reports")
    tab_to(page, "a[href*='format=pdf']")
    with page.expect_download(timeout=120_000) as download:
        page.keyboard.press("Enter")
    with open(download.value.path(), "rb") as pdf:
        check(pdf.read(5) == b"%PDF-", "board: the download is not a PDF")
    tab_to(page, "a[href^='/board/report?la=315'][href$='2015-11-30']")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    check("Governors" in page.content() or "governing bod" in page.content(), "board: the report did not open")
    audit(page, "board", "the report")
    answer = page.goto(f"{BASE}/people/{person}")
    check(answer.status == 403, f"board: a person page gave {answer.status}")
    audit(page, "board", "403 page")


def main():
    body, other, person, appointment = bodies_with_chairs()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            chair_flow(browser, body, other)
            officer_page, link = officer_flow(browser, body, person)
            governor_flow(browser, link, officer_page, person)
            skills_flow(browser, appointment)
            board_flow(browser, person)
        except Exception as error:
            os.makedirs(REPORTS, exist_ok=True)
            for i, context in enumerate(browser.contexts):
                for j, page in enumerate(context.pages):
                    page.screenshot(path=f"{REPORTS}/failure-{i}-{j}.png", full_page=True)
            problems.append(f"flow failed: {error}")
        browser.close()
    print(f"browser-tests: axe-core checked {len(audited)} pages (WCAG 2.2 A and AA), keyboard only:")
    for line in audited:
        print(f"  {line}")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    print("browser-tests: every flow passed with no axe-core violations")


if __name__ == "__main__":
    main()

"""Real-browser walks through Backstrong on a phone-sized screen (Chromium + Selenium + axe-core).

Each test starts from a fresh account on a server started from the built binary with its own SQLite
file. Every page visited is saved as a full-page screenshot (folder: env BROWSER_SCREENSHOTS, default
Tests/browser/screenshots/<test>/) and checked with axe-core; a serious or critical violation fails the test.

Run: python -m pytest Tests/browser   (see Tests/browser/README.md)
"""

import base64
import datetime
import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
import threading
import urllib.request
import uuid
from pathlib import Path

import pytest
from axe_selenium_python import Axe
from selenium import webdriver
from selenium.common.exceptions import NoSuchElementException, TimeoutException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

ROOT = Path(__file__).resolve().parents[2]
BINARY = Path(os.environ.get("BACKSTRONG_BINARY", ROOT / ".build" / "debug" / "backstrong")).resolve()
SCREENSHOTS = Path(os.environ.get("BROWSER_SCREENSHOTS", ROOT / "Tests" / "browser" / "screenshots"))
CHROMIUM = os.environ.get("CHROMIUM_BINARY", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
# Optional: a newer axe-core (e.g. axe.min.js 4.10.2 from the axe-selenium-python 3.0.0 wheel).
AXE_SCRIPT = os.environ.get("AXE_SCRIPT")
PHONE = {"width": 390, "height": 844, "pixelRatio": 1, "mobile": True, "touch": True}
WAIT = 30
PASSWORD = "correct horse battery staple"

CATALOG = {e["id"]: e["name"] for e in
           json.loads((ROOT / "Sources/BackstrongCore/Resources/exercises.json").read_text())["exercises"]}
CATALOG_NAMES = sorted(CATALOG.values(), key=len, reverse=True)

# The readiness results of a fit-enough novice: every test passes, pain 2/10, so the stage is "loading".
LOADING_TESTS = {
    "squats": "20", "lungesPerSide": "12", "pushUps": "15", "plankSeconds": "60",
    "sidePlankLeftSeconds": "45", "sidePlankRightSeconds": "45", "backExtensionHoldSeconds": "90",
    "trunkFlexorHoldSeconds": "60", "painDuringTests": "2",
}


# ---------------------------------------------------------------------------------------------------------
# Fixtures: the server and the browser


def _free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server():
    """The built server on a free loopback port with a temporary SQLite file; stopped at the end."""
    if not BINARY.exists():
        pytest.fail(f"{BINARY} does not exist: run `swift build` first (or set BACKSTRONG_BINARY)")
    tmp = Path(tempfile.mkdtemp(prefix="backstrong-browser-"))
    port = _free_port()
    log_path = tmp / "server.log"
    try:
        proc = subprocess.Popen(
            [str(BINARY), "serve", "--host", "127.0.0.1", "--port", str(port), "--db", str(tmp / "test.sqlite")],
            cwd=tmp, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            env={k: v for k, v in os.environ.items() if k != "DATABASE_URL"})  # always SQLite
    except OSError as e:
        shutil.rmtree(tmp, ignore_errors=True)
        pytest.fail(f"cannot start {BINARY}: {e}")
    started = threading.Event()

    def drain():  # copies the server's output to a log file and signals when it listens
        with open(log_path, "w") as log:
            for line in proc.stdout:
                log.write(line)
                log.flush()
                if "Server started on" in line:
                    started.set()
        started.set()

    threading.Thread(target=drain, daemon=True).start()
    try:
        if not started.wait(120) or proc.poll() is not None:
            pytest.fail(f"the server did not start:\n{log_path.read_text()[-3000:]}")
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture
def driver():
    """Headless Chromium emulating a 390×844 phone, with its own temporary folders, quit and deleted after."""
    os.environ["SE_OFFLINE"] = "true"  # never let Selenium Manager look for a driver
    tmp = tempfile.mkdtemp(prefix="backstrong-chrome-")
    env = dict(os.environ, TMPDIR=tmp, XDG_CONFIG_HOME=os.path.join(tmp, "config"),
               XDG_CACHE_HOME=os.path.join(tmp, "cache"), SE_OFFLINE="true")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-extensions",
                 "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost"):
        options.add_argument(flag)
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": PHONE})
    service = Service(executable_path=CHROMEDRIVER, env=env)
    d = None
    try:
        d = webdriver.Chrome(service=service, options=options)
        d.set_page_load_timeout(30)
        yield d
    finally:
        try:
            if d is not None:
                d.quit()
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture
def walk(server, driver, request):
    w = Walk(driver, server, request.node.name)
    yield w
    # Fails the test (after its own assertions) when any page had a serious or critical violation.
    w.assert_accessible()


# ---------------------------------------------------------------------------------------------------------
# The walk: page checks, screenshots, axe, and form helpers


class Walk:
    def __init__(self, driver, base, name):
        self.d = driver
        self.base = base
        self.name = name
        self.step = 0
        self.violations = []  # serious and critical: (page, rule, impact, help, targets)
        self.axe_log = []  # every violation of any impact, saved next to the screenshots for review
        self.folder = SCREENSHOTS / re.sub(r"[^A-Za-z0-9_.-]+", "_", name)
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.email = f"walker-{uuid.uuid4().hex[:10]}@example.org"

    # -- navigation and page checks ------------------------------------------------------------------

    def wait(self, condition, message="", timeout=WAIT):
        return WebDriverWait(self.d, timeout).until(condition, message)

    def _loaded(self):
        self.wait(lambda d: d.execute_script("return document.readyState") == "complete", "page did not finish loading")

    def open(self, path, label):
        self.d.get(self.base + path)
        self._loaded()
        return self.page(label)

    def page(self, label):
        """Records the page now shown: full-page screenshot and axe check. Returns the main text."""
        self._loaded()
        self.step += 1
        slug = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")
        self._screenshot(self.folder / f"{self.step:02d}-{slug}.png")
        self._axe(f"{self.step:02d} {label} ({self.path()})")
        return self.main_text()

    def path(self):
        return re.sub(r"^https?://[^/]+", "", self.d.current_url)

    def main_text(self):
        try:
            return self.d.find_element(By.TAG_NAME, "main").text
        except NoSuchElementException:
            return self.d.find_element(By.TAG_NAME, "body").text

    def h1(self):
        return self.d.find_element(By.TAG_NAME, "h1").text

    def expect_path(self, pattern, label):
        try:
            self.wait(lambda d: re.fullmatch(pattern, self.path().split("?")[0].split("#")[0]))
        except TimeoutException:
            raise AssertionError(f"{label}: expected a page at {pattern}, got {self.path()} "
                                 f"(h1: {self._safe_h1()!r})\n{self._safe_text()[:1500]}") from None

    def expect_text(self, *phrases, where=None):
        text = where if where is not None else self.main_text()
        low = text.lower()
        missing = [p for p in phrases if p.lower() not in low]
        assert not missing, f"{self.path()}: {missing} not shown; the page says:\n{text[:2500]}"

    def _safe_h1(self):
        try:
            return self.h1()
        except NoSuchElementException:
            return None

    def _safe_text(self):
        try:
            return self.main_text()
        except Exception:  # noqa: BLE001 - only for messages
            return ""

    def _screenshot(self, path):
        try:  # the whole page, not only the first screenful
            metrics = self.d.execute_cdp_cmd("Page.getLayoutMetrics", {})
            size = metrics.get("cssContentSize") or metrics["contentSize"]
            shot = self.d.execute_cdp_cmd("Page.captureScreenshot", {
                "format": "png", "captureBeyondViewport": True,
                "clip": {"x": 0, "y": 0, "width": PHONE["width"], "height": min(size["height"], 16000), "scale": 1}})
            path.write_bytes(base64.b64decode(shot["data"]))
        except Exception:  # noqa: BLE001 - fall back to the viewport
            self.d.save_screenshot(str(path))

    def _axe(self, where):
        axe = Axe(self.d, script_url=AXE_SCRIPT) if AXE_SCRIPT else Axe(self.d)
        axe.inject()
        results = axe.run()
        for v in results.get("violations", []):
            self.axe_log.append({"page": where, "rule": v["id"], "impact": v.get("impact"), "help": v.get("help"),
                                 "nodes": [n.get("target") for n in v.get("nodes", [])][:10]})
            if v.get("impact") in ("serious", "critical"):
                targets = [", ".join(n.get("target", [])) for n in v.get("nodes", [])][:5]
                self.violations.append((where, v["id"], v["impact"], v.get("help", ""), targets))

    def assert_accessible(self):
        (self.folder / "axe-violations.json").write_text(json.dumps(self.axe_log, indent=1, ensure_ascii=False))
        if self.violations:
            lines = [f"- {w}: {rule} [{impact}] {help_}; nodes: {targets}"
                     for w, rule, impact, help_, targets in self.violations]
            pytest.fail("axe-core found serious or critical violations:\n" + "\n".join(lines), pytrace=False)

    # -- forms ---------------------------------------------------------------------------------------

    def el(self, css, root=None):
        return (root or self.d).find_element(By.CSS_SELECTOR, css)

    def els(self, css, root=None):
        return (root or self.d).find_elements(By.CSS_SELECTOR, css)

    def _into_view(self, element):
        self.d.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)

    def tap(self, element):
        """Clicks like a user: scrolled into view and clickable."""
        self._into_view(element)
        self.wait(EC.element_to_be_clickable(element), "element not clickable")
        element.click()

    def type(self, css, text, root=None):
        field = self.el(css, root)
        self._into_view(field)
        field.clear()
        field.send_keys(text)
        assert field.get_attribute("value") == text, f"typing {text!r} into {css} gave {field.get_attribute('value')!r}"
        return field

    def check(self, css, root=None):
        box = self.el(css, root)
        if not box.is_selected():
            label = self._label_for(box)
            self.tap(label if label is not None else box)
        assert box.is_selected(), f"{css} is not selected after tapping it"

    def _label_for(self, box):
        box_id = box.get_attribute("id")
        if box_id:
            labels = self.els(f"label[for='{box_id}']")
            if labels:
                return labels[0]
        return None

    def submit(self, button):
        """Taps a submit button and waits until a new document has replaced this one and finished loading."""
        self.d.execute_script("window.__backstrongOldPage = true")
        self.tap(button)

        def new_page(d):
            try:
                return d.execute_script("return window.__backstrongOldPage !== true && document.readyState === 'complete'")
            except WebDriverException:  # the old document went away while asking
                return False

        self.wait(new_page, "the form did not lead to a new page")

    def submit_form(self, form):
        self.submit(self.el("button[type=submit], input[type=submit]", form))

    def form(self, action_pattern):
        """The first form whose action matches (a regular expression on the path)."""
        for f in self.els("form"):
            action = re.sub(r"^https?://[^/]+", "", f.get_attribute("action") or "")
            if re.search(action_pattern, action):
                return f
        raise AssertionError(f"{self.path()}: no form posting to {action_pattern}; forms: "
                             f"{[f.get_attribute('action') for f in self.els('form')]}")

    # -- steps shared by the walks -------------------------------------------------------------------

    def sign_up(self):
        self.open("/signup", "sign up")
        self.expect_text("Create your account")
        self.type("#email", self.email)
        self.type("#password", PASSWORD)
        self.submit_form(self.form(r"/signup$"))

    def screening(self, yes=()):
        self.expect_path(r"/onboarding/screening", "after sign-up")
        self.page("safety questions")
        self.expect_text("safety questions", "saddle area")
        questions = self.els("fieldset")
        assert len(questions) >= 10, f"expected the red-flag questions, found {len(questions)} fieldsets"
        for q in questions:
            radios = self.els("input[type=radio]", q)
            name = radios[0].get_attribute("name")
            self.check(f"input[name='{name}'][value='{'yes' if name in yes else 'no'}']", q)
        self.submit_form(self.form(r"/onboarding/screening$"))

    def fill_profile(self, age="40", bodyweight="80"):
        self.check("input[name=units][value=kg]")
        self.type("#age", age)
        self.type("#bodyweight", bodyweight)
        self.check("input[name=experience][value=novice]")
        self.check("input[name=daysPerWeek][value='3']")
        self.check("input[name=equipment][value=dumbbells]")
        self.check("input[name=equipment][value=bench]")

    def names_shown(self, text):
        """Catalog exercise names that appear in the text."""
        found = []
        for name in CATALOG_NAMES:
            if name.lower() in text.lower() and not any(name.lower() in f.lower() for f in found):
                found.append(name)
        return found


# ---------------------------------------------------------------------------------------------------------
# The JSON API as an oracle: what the engine prescribes and what was stored (the user sees it in the pages)


class Api:
    def __init__(self, base, email):
        self.base = base
        r = self.call("POST", "/api/v1/tokens", {"email": email, "password": PASSWORD})
        self.token = r["token"]

    def call(self, method, path, body=None):
        req = urllib.request.Request(self.base + path, method=method,
                                     data=json.dumps(body).encode() if body is not None else None)
        req.add_header("Content-Type", "application/json")
        if getattr(self, "token", None):
            req.add_header("Authorization", f"Bearer {self.token}")
        with urllib.request.urlopen(req, timeout=30) as resp:
            return json.loads(resp.read() or b"null")


# ---------------------------------------------------------------------------------------------------------
# (a) A new user, from sign-up to the progress page


def test_new_user_walk(walk):
    w = walk
    today = datetime.date.today().isoformat()

    # 1. Sign up.
    w.sign_up()
    # 2. Every safety question answered no.
    w.screening()

    # 3. Profile.
    w.expect_path(r"/onboarding/profile", "after the safety questions")
    w.page("profile")
    w.expect_text("About you", "Age", "Body weight", "Equipment")
    w.fill_profile()
    w.submit_form(w.form(r"/onboarding/profile$"))

    # 4. Readiness tests, each with its instructions.
    w.expect_path(r"/onboarding/tests", "after the profile")
    w.page("readiness tests")
    w.expect_text("readiness tests", "Plank", "Side plank", "Back-extension hold", "Forearms on the floor")
    for name, value in LOADING_TESTS.items():
        w.type(f"#{name}", value)
    w.submit_form(w.form(r"/onboarding/tests$"))

    # 5. The stage and the first weeks of the programme with exercise names.
    w.expect_path(r"/onboarding/result", "after the readiness tests")
    text = w.page("programme result")
    w.expect_text("Your stage: Loading", "Light weights", "Week 1", "Week 2")
    assert len(w.names_shown(text)) >= 3, f"expected exercise names on the result page:\n{text[:2000]}"

    # The engine's own plan for today, as the oracle of what the workout must prescribe.
    api = Api(w.base, w.email)
    plan = api.call("GET", "/api/v1/plan?weeks=1")
    assert plan["status"] == "ready" and plan["stage"] == "loading", plan
    session = plan["sessions"][0]
    assert session["date"] == today, f"a new user's first session is today, got {session['date']}"
    prescribed = [(e["exerciseId"], e["sets"]) for e in session["exercises"]]
    total_sets = sum(n for _, n in prescribed)
    w.expect_text(*[CATALOG[e] for e, _ in prescribed], where=text)  # the result page shows today's exercises

    # 6. Today shows today's session with its exercises.
    w.tap(w.d.find_element(By.XPATH, "//main//a[normalize-space()='Go to Today']"))
    w.expect_path(r"/today", "from the result page")
    w.page("today")
    w.expect_text("Today's session", "The week ahead")
    today_names = [CATALOG[e] for e, _ in prescribed]
    w.expect_text(*today_names, where=w.el("section[aria-labelledby=session-heading]").text)

    # 7. Start the workout with the pain before.
    w.check("#painBefore-2")
    w.submit_form(w.form(r"/workout/start$"))
    w.expect_path(r"/workout/[^/]+", "after starting the workout")
    workout_path = w.path().split("?")[0].split("#")[0]
    text = w.page("workout")
    for name in today_names:
        w.expect_text(name, where=text)

    # The prescription is shown with its load, pre-filled in the form; the rest timer counts.
    w.expect_text("Log a set", "Why:")
    for e in session["exercises"]:
        shown = w.el(f"[id='ex-{e['exerciseId']}']").text
        assert f"{e['sets']} × " in shown, f"{e['exerciseId']}: {e['sets']} sets not shown:\n{shown[:600]}"
        if e.get("loadKg") is not None:
            weight = w.el(f"[id='{e['exerciseId']}-weight']").get_attribute("value")
            assert weight and float(weight) == e["loadKg"], f"{e['exerciseId']}: weight pre-filled {weight!r}, plan {e['loadKg']}"
    timer = w.el("[data-rest-timer] button")
    w.tap(timer)
    w.wait(lambda d: timer.text == "Stop", "the rest timer did not start")
    w.tap(timer)
    w.wait(lambda d: timer.text == "Start rest timer", "the rest timer did not stop")

    # 8. Log every prescribed set with the pre-filled values.
    logged = 0
    for exercise_id, sets in prescribed:
        for k in range(1, sets + 1):
            form = _set_form(w, exercise_id)
            _fill_blank_set_fields(w, form)
            w.submit_form(form)
            w.expect_path(re.escape(workout_path), f"after logging set {k} of {exercise_id}")
            logged += 1
            if logged in (1, total_sets):
                w.page(f"workout after {logged} sets")
            shown = w.el(f"[id='ex-{exercise_id}']").text
            assert f"Set {k}:" in shown, f"set {k} of {exercise_id} is not listed as logged:\n{shown[:800]}"
    journal = api.call("GET", "/api/v1/journal")
    stored = [s for s in journal["sessions"] if s["date"][:10] == today]
    assert len(stored) == 1, f"expected one session today, journal has {[s['date'] for s in journal['sessions']]}"
    stored_sets = {e["exerciseId"]: len(e["sets"]) for e in stored[0]["exercises"]}
    assert stored_sets == dict(prescribed), f"logged {stored_sets}, prescribed {dict(prescribed)}"

    # 9. Finish with the pain after.
    finish = w.form(r"/finish$")
    _choose_pain(w, finish, "painAfter", "3")  # submits
    w.expect_path(r"/today", "after finishing the workout")
    w.page("today after finishing")
    w.expect_text("Workout saved", "Today's workout is done")

    # 10. The next-morning check-in: one tap on a number.
    w.open("/checkin", "check-in")
    w.expect_text("morning")
    checkin = w.form(r"/checkin")
    _choose_pain(w, checkin, "pain", "2", one_tap=True)
    w.expect_path(r"/today", "after the check-in")
    w.page("today after check-in")
    w.expect_text("Check-in saved")
    journal = api.call("GET", "/api/v1/journal")
    stored = [s for s in journal["sessions"] if s["date"][:10] == today][0]
    assert stored.get("painAfter") == 3, stored
    assert stored.get("nextMorningPain") == 2, stored

    # 11. Progress: charts (SVG) and the logged sets in the history.
    w.open("/progress", "progress")
    w.expect_text("Your progress", "Pain", "Weekly volume", "Training days", "History")
    charts = w.els("main svg")
    assert len(charts) >= 3, f"expected the pain, volume and calendar charts as SVG, found {len(charts)}"
    assert all(c.is_displayed() and c.size["width"] > 100 for c in charts), "a chart is hidden or tiny"
    history_sets = w.els("#history-heading ~ article li, .history-session li")
    assert len(history_sets) == total_sets, f"history lists {len(history_sets)} sets, {total_sets} were logged"
    for name in today_names:
        w.expect_text(name)

    # A logged set can be corrected: its edit page shows what was logged.
    w.tap(w.els("a.set-edit")[0])
    w.expect_path(r"/sets/[^/]+/edit", "an Edit or delete link")
    w.page("edit set")
    w.expect_text("Edit set", "Delete this set")
    assert w.el("#reps").get_attribute("value"), "the edit form should show the logged reps"


def _set_form(w, exercise_id):
    """The form that logs the next set of an exercise on the workout page."""
    candidates = [f for f in w.els("form") if re.search(r"/sets$", f.get_attribute("action") or "")]
    assert candidates, f"{w.path()}: no form logs a set; the page says:\n{w.main_text()[:2000]}"
    for f in candidates:
        ids = [i.get_attribute("value") for i in w.els("input[name=exerciseId]", f)]
        if exercise_id in ids:
            return f
    raise AssertionError(f"{w.path()}: no set form for {exercise_id}; forms are for "
                         f"{[[i.get_attribute('value') for i in w.els('input[name=exerciseId]', f)] for f in candidates]}")


def _fill_blank_set_fields(w, form):
    """Keeps every pre-filled value; only answers what was left blank (form and pain)."""
    for radio_name, value in (("form", "good"), ("pain", "2")):
        radios = w.els(f"input[type=radio][name='{radio_name}']", form)
        if radios and not any(r.is_selected() for r in radios):
            w.check(f"input[type=radio][name='{radio_name}'][value='{value}']", form)
    for field in w.els("input[type=text], input[type=number], input:not([type])", form):
        name = field.get_attribute("name")
        if field.get_attribute("value") == "" and name in ("pain",):
            w._into_view(field)
            field.send_keys("2")


def _choose_pain(w, form, name, value, one_tap=False):
    """A 0–10 pain answer: a number button (one tap, submits), a radio, or a text field."""
    buttons = [b for b in w.els("button[type=submit], button:not([type])", form)
               if b.get_attribute("value") == value or b.text.strip() == value]
    if buttons:
        w.submit(buttons[0])
        return
    assert not one_tap, f"{w.path()}: expected one button per number for a one-tap answer"
    radios = w.els(f"input[type=radio][value='{value}']", form)
    if radios:
        w.check(f"input[type=radio][value='{value}']", form)
    else:
        w.type(f"input[name='{name}']", value, form)
    w.submit_form(form)


# ---------------------------------------------------------------------------------------------------------
# (b) The red-flag walk: saddle numbness means the emergency department, and no programme anywhere


def test_red_flag_walk(walk):
    w = walk
    w.sign_up()
    w.screening(yes={"saddleNumbness"})
    w.expect_path(r"/onboarding/outcome", "after answering yes to saddle numbness")
    text = w.page("emergency outcome")
    w.expect_text("emergency department", "Get medical help now")
    alert = w.el("[role=alert]")
    assert alert.is_displayed() and "emergency department" in alert.text.lower(), "the advice is not in a visible alert"
    heading = w.el("h1")
    assert heading.location["y"] < 400, "the emergency heading should be at the top of the page"
    assert not w.names_shown(text), f"no exercise may be shown on a referral: {w.names_shown(text)}"
    assert not w.els("form[action$='/workout/start']")
    assert "week 1" not in text.lower()

    # Today never shows a workout. Without a profile yet, Today sends the user on to the profile; once it is
    # saved, the answers are screened again (still an emergency) and Today shows the referral.
    w.open("/today", "today after red flag")
    _assert_no_workout(w)
    if w.path().startswith("/onboarding/profile"):
        w.fill_profile()
        w.submit_form(w.form(r"/onboarding/profile$"))
        w.expect_path(r"/onboarding/outcome", "a profile saved after a red flag")
        w.page("emergency outcome after profile")
        w.expect_text("emergency department", "Get medical help now")
        _assert_no_workout(w)
        w.open("/today", "today after red flag and profile")
    w.expect_path(r"/today", "Today after a red flag and a profile")
    _assert_no_workout(w)
    alert = w.el("[role=alert]")
    assert alert.is_displayed() and "emergency department" in alert.text.lower(), \
        f"Today should repeat the emergency advice in a visible alert:\n{w.main_text()[:1500]}"

    # The readiness tests (the way to a programme) are not offered either.
    w.open("/onboarding/tests", "readiness tests after red flag")
    assert not w.els("form[action$='/onboarding/tests']"), "the readiness tests are offered after a red flag"
    _assert_no_workout(w)


def _assert_no_workout(w):
    text = w.main_text()
    assert w.path().split("?")[0] != "/signin", "the user should still be signed in"
    assert "not found" not in w.d.title.lower() and "went wrong" not in text.lower(), \
        f"{w.path()} is broken (title {w.d.title!r}):\n{text[:800]}"
    assert not w.els("form[action$='/workout/start']"), f"{w.path()} offers to start a workout after a red flag"
    assert not w.els("main a[href^='/workout/']"), f"{w.path()} links to a workout after a red flag"
    if not w.path().startswith("/onboarding/profile"):  # its equipment list says "Pull-up bar" etc.
        assert not w.names_shown(text), f"{w.path()} names exercises after a red flag: {w.names_shown(text)}"
    assert "today's session" not in text.lower() and "week 1" not in text.lower()


# ---------------------------------------------------------------------------------------------------------
# (c) A form error keeps what was typed and shows the message next to the field


def _assert_error_next_to(w, field_css, words):
    field = w.el(field_css)
    assert field.get_attribute("aria-invalid") == "true", f"{field_css} is not marked invalid"
    described = (field.get_attribute("aria-describedby") or "").split()
    errors = [w.el(f"[id='{i}']") for i in described if "error" in i]
    assert errors, f"{field_css} is not described by an error message (aria-describedby={described})"
    error = errors[0]
    assert error.is_displayed(), "the error message is not visible"
    for word in words:
        assert word.lower() in error.text.lower(), f"error {error.text!r} does not mention {word!r}"
    # Next to the field: directly below it, within a line or two.
    gap = error.location["y"] - (field.location["y"] + field.size["height"])
    assert -5 <= gap <= 60, f"the message is {gap}px from the field, not next to it"
    return error.text


def test_form_errors_keep_typed_values(walk):
    w = walk
    # Sign-up with a short password: the email stays, the message is under the password.
    w.open("/signup", "sign up")
    w.type("#email", w.email)
    w.type("#password", "short")
    w.submit_form(w.form(r"/signup$"))
    w.page("sign up with a short password")
    assert w.el("#email").get_attribute("value") == w.email, "the typed email was lost"
    _assert_error_next_to(w, "#password", ["password"])

    w.type("#password", PASSWORD)
    w.submit_form(w.form(r"/signup$"))
    w.screening()

    # Profile with age 5: every answer stays, the message is under the age field.
    w.expect_path(r"/onboarding/profile", "after the safety questions")
    w.page("profile")
    w.fill_profile(age="5", bodyweight="80")
    w.submit_form(w.form(r"/onboarding/profile$"))
    w.expect_path(r"/onboarding/profile", "a profile with errors stays on the page")
    w.page("profile with age 5")
    assert w.el("#age").get_attribute("value") == "5", "the typed age was lost"
    assert w.el("#bodyweight").get_attribute("value") == "80", "the typed body weight was lost"
    for css in ("input[name=equipment][value=dumbbells]", "input[name=equipment][value=bench]",
                "input[name=experience][value=novice]", "input[name=daysPerWeek][value='3']"):
        assert w.el(css).is_selected(), f"{css} was unticked by the error"
    message = _assert_error_next_to(w, "#age", ["Age", "5"])
    assert re.search(r"\d+ to \d+", message), f"the message should say what is allowed: {message!r}"
    w.expect_text("need fixing")

    # Fixing the age goes on to the readiness tests.
    w.type("#age", "40")
    w.submit_form(w.form(r"/onboarding/profile$"))
    w.expect_path(r"/onboarding/tests", "after fixing the age")
    w.page("readiness tests")

    # A readiness result out of range: kept, and explained next to its field.
    w.type("#plankSeconds", "abc")
    w.submit_form(w.form(r"/onboarding/tests$"))
    w.page("readiness tests with an error")
    assert w.el("#plankSeconds").get_attribute("value") == "abc"
    _assert_error_next_to(w, "#plankSeconds", ["Plank", "abc"])


# ---------------------------------------------------------------------------------------------------------
# (d) The other pages a signed-in user reaches from the menu, each screenshotted and checked with axe


def _assert_page_ok(w, h1_words):
    text = w.main_text()
    assert "went wrong" not in text.lower() and "not found" not in w.d.title.lower(), \
        f"{w.path()} is broken (title {w.d.title!r}):\n{text[:800]}"
    w.expect_text(h1_words, where=w.h1())


def test_menu_pages(walk):
    w = walk
    w.sign_up()
    w.screening()
    w.expect_path(r"/onboarding/profile", "after the safety questions")
    w.fill_profile()
    w.submit_form(w.form(r"/onboarding/profile$"))
    w.expect_path(r"/onboarding/tests", "after the profile")
    for name, value in LOADING_TESTS.items():
        w.type(f"#{name}", value)
    w.submit_form(w.form(r"/onboarding/tests$"))
    w.expect_path(r"/onboarding/result", "after the readiness tests")

    # Before any workout: empty progress and check-in pages say what to do.
    w.open("/progress", "progress before any workout")
    _assert_page_ok(w, "Your progress")
    w.expect_text("No workouts logged yet")
    w.open("/checkin", "check-in before any workout")
    _assert_page_ok(w, "check-in")
    w.expect_text("no workout to check in for")

    # The exercise library, a filter, and one exercise.
    w.tap(w.d.find_element(By.CSS_SELECTOR, "header nav a[href='/exercises']"))
    w.expect_path(r"/exercises", "the Exercises menu link")
    w.page("exercise library")
    _assert_page_ok(w, "Exercise library")
    assert len(w.els("main .exercise-list a")) >= 10, "the library should list the catalog"
    pattern = Select(w.el("#pattern"))
    choice = next(o for o in pattern.options if o.get_attribute("value"))
    pattern.select_by_value(choice.get_attribute("value"))
    w.submit_form(w.form(r"/exercises"))
    w.page("exercise library filtered")
    _assert_page_ok(w, "Exercise library")
    assert "pattern=" in w.d.current_url, "the filter did not apply"
    first = w.els("main .exercise-list a")
    assert first, f"no exercise for the movement {choice.text!r}"
    name = first[0].text
    w.tap(first[0])
    w.expect_path(r"/exercises/[^/]+", "an exercise link")
    w.page("exercise")
    _assert_page_ok(w, name)

    # Learn, and one topic.
    w.tap(w.d.find_element(By.CSS_SELECTOR, "header nav a[href='/learn']"))
    w.expect_path(r"/learn", "the Learn menu link")
    w.page("learn")
    _assert_page_ok(w, "Learn")
    topic = w.els("main article h2 a")
    assert len(topic) >= 4, "Learn should list its topics"
    title = topic[0].text
    w.tap(topic[0])
    w.expect_path(r"/learn/[^/]+", "a Learn topic")
    w.page("learn topic")
    _assert_page_ok(w, title)

    # Settings show the profile as saved.
    w.tap(w.d.find_element(By.CSS_SELECTOR, "header nav a[href='/settings']"))
    w.expect_path(r"/settings", "the Settings menu link")
    w.page("settings")
    _assert_page_ok(w, "Settings")
    assert w.el("#bodyweight").get_attribute("value") == "80"

    # Bring your history: the upload form with what a file may not say (weight unit, date order, distance unit).
    w.open("/import", "bring your history")
    _assert_page_ok(w, "Bring your history")
    legends = " ".join(e.text for e in w.els("main form legend"))
    assert "Dates like 3/4/2024" in legends and "Distances" in legends, legends
    assert w.el("input[name='dateOrder'][value='']").is_selected()

    # A missing page, then signing out.
    w.open("/no-such-page", "missing page")
    w.expect_text("no page at this address")
    w.open("/today", "today")
    w.submit(w.d.find_element(By.CSS_SELECTOR, "footer form[action='/signout'] button"))
    w.expect_path(r"/signin", "after signing out")
    w.page("sign in")
    w.expect_text("Sign in", "Create an account")

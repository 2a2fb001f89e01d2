"""report.html in a real browser: headless Chromium from file://, driven by Selenium.

Checks what only a browser can: the Content-Security-Policy lets the page's own style and script
run (and nothing else), findings and the SVG chart are visible, unticking a verdict filter hides
those findings, and print media shows everything. Saves tests/artifacts/report.png.

Needs the Debian packages ``chromium`` and ``chromium-driver`` and pip ``selenium`` (CI installs
them with .ci/browser-deps). Skipped, with the reason shown, when VERIFY_SKIP_BROWSER=1 or when no
browser is installed; with VERIFY_REQUIRE_BROWSER=1 (as CI sets it) a missing browser fails.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from verify.report.files import write_report

DATA = Path(__file__).parent / "data" / "report" / "sample_report.json"
ARTIFACTS = Path(__file__).parent / "artifacts"
SETUP_HINT = "install them with `source .ci/browser-deps`, or set VERIFY_SKIP_BROWSER=1 to skip this test"
REQUIRED = os.environ.get("VERIFY_REQUIRE_BROWSER") == "1"


def missing(what: str) -> None:
    """Skip (or, with VERIFY_REQUIRE_BROWSER=1, fail) because ``what`` is not installed."""
    if REQUIRED:
        pytest.fail(f"{what}: {SETUP_HINT}", pytrace=False)
    pytest.skip(f"{what} (set VERIFY_REQUIRE_BROWSER=1 to make this a failure): {SETUP_HINT}")


pytestmark = pytest.mark.skipif(os.environ.get("VERIFY_SKIP_BROWSER") == "1", reason="VERIFY_SKIP_BROWSER=1")


def find_binary(names: tuple[str, ...], fallback: str) -> str:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    if os.path.exists(fallback):
        return fallback
    missing(f"{names[0]} not found on PATH nor at {fallback}")
    return ""


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        missing("the Python package selenium is not installed")
    browser = find_binary(("chromium", "chromium-browser"), "/usr/bin/chromium")
    chromedriver = find_binary(("chromedriver",), "/usr/bin/chromedriver")
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,2000",
    ):
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    session = webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)
    try:
        yield session
    finally:
        session.quit()


@pytest.fixture(scope="module")
def report_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    report = json.loads(DATA.read_text(encoding="utf-8"))
    out = tmp_path_factory.mktemp("report")
    write_report(report, out)
    return (out / "report.html").resolve().as_uri()


def visible(driver: object, selector: str) -> list[object]:
    from selenium.webdriver.common.by import By

    return [e for e in driver.find_elements(By.CSS_SELECTOR, selector) if e.is_displayed()]


def test_report_in_chromium(driver: object, report_url: str) -> None:
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    driver.get(report_url)
    # The filter script ran (it marks <html> and shows the filter bar): the CSP hash matches.
    assert "js" in driver.find_element(By.TAG_NAME, "html").get_attribute("class")
    assert visible(driver, "form.filters")
    # No script from a document ran.
    with pytest.raises(NoAlertPresentException):
        _ = driver.switch_to.alert.text
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == [], errors

    # The first screen: the main event's glance, its disagreements linked to the findings below
    assert visible(driver, "#glance .event-glance")
    assert (
        driver.find_element(By.CSS_SELECTOR, "#glance").location["y"]
        < driver.find_element(By.CSS_SELECTOR, "#attention").location["y"]
    )
    # Claims only one source makes are collapsed, event by event, until opened
    assert not visible(driver, "#alone li.finding")
    driver.find_element(By.CSS_SELECTOR, "#alone details summary").click()
    assert visible(driver, "#alone li.finding")

    findings = visible(driver, "#attention li.finding")
    assert len(findings) == 7
    assert findings[0].get_attribute("data-verdict") == "conflict"
    assert findings[0].find_element(By.TAG_NAME, "mark").text
    assert "hospital <script>alert(1)</script> and the rest is *propaganda*" in findings[0].text  # shown literally

    charts = visible(driver, "svg.chart")
    assert len(charts) == 2
    assert charts[0].size["width"] > 300 and charts[0].size["height"] > 200
    assert len(charts[0].find_elements(By.CSS_SELECTOR, "g.mark")) == 9

    conflict = driver.find_element(By.CSS_SELECTOR, 'form.filters input[data-facet="verdict"][value="conflict"]')
    conflict.click()
    assert not conflict.is_selected()
    shown = visible(driver, "#attention li.finding")
    assert len(shown) == 4
    assert all(e.get_attribute("data-verdict") != "conflict" for e in shown)
    assert driver.find_element(By.ID, "shown-count").text == "4"
    assert not visible(driver, '.event-findings li[data-verdict="conflict"]')

    low = driver.find_element(By.CSS_SELECTOR, 'form.filters input[data-facet="severity"][value="low"]')
    low.click()
    assert {e.get_attribute("data-severity") for e in visible(driver, "#attention li.finding")} == {"medium"}

    # Print media: filters hidden, every finding shown whatever the checkboxes say.
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    assert not visible(driver, "form.filters")
    assert len(visible(driver, "#attention li.finding")) == 7
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})

    conflict.click()
    low.click()
    assert len(visible(driver, "#attention li.finding")) == 7
    ARTIFACTS.mkdir(exist_ok=True)
    assert driver.save_screenshot(str(ARTIFACTS / "report.png"))

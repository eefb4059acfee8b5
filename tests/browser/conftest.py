"""A real browser: Playwright driving the system's chromium (Debian's package; no browser is downloaded).

Skipped with the reason when chromium is not installed, and failing instead when REQUIRE_SERVICES=1 (CI, whose
.ci/run installs it).
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]
PHONE = {"width": 360, "height": 780}  # a cheap Android phone's CSS pixels


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        if os.environ.get("REQUIRE_SERVICES") == "1":
            pytest.fail(f"REQUIRE_SERVICES=1 but {CHROMIUM} is missing (apt-get install chromium)")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium fonts-noto-core)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def live(app):
    from tests.support.live_server import serving

    with serving(app) as base:
        yield base


@pytest.fixture
def page(browser, live):
    context = browser.new_context(viewport=PHONE, base_url=live, locale="en-US")
    page = context.new_page()
    page.set_default_timeout(20_000)
    problems = []  # script errors and anything the Content-Security-Policy blocked
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    yield page
    context.close()
    assert problems == [], problems

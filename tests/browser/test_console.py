"""The console in a real browser on a 360-px phone screen: sign in, the mothers, an alert, a question, a
broadcast. With UPDATE_SCREENSHOTS=1 the screenshots of the main pages are written to docs/screenshots/."""
from __future__ import annotations

import os
from pathlib import Path

from tests.support import console

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def shot(page, name: str, tmp_path: Path) -> None:
    folder = DOCS if os.environ.get("UPDATE_SCREENSHOTS") == "1" else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)


def fits_the_screen(page) -> bool:
    """Nothing wider than the phone: no sideways scrolling."""
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def sign_in(page, username: str) -> None:
    page.goto("/login")
    page.fill("#username", username)
    page.fill("#password", console.PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/dashboard")


def people():
    console.facilities()
    console.user("anita", "health_worker", facility="PHC-A")
    return {"sita": console.mother("Sita Sharma", "PHC-A", phone="+9779800000201", weeks=24),
            "gita": console.mother("Gita Thapa", "PHC-A", phone="+9779800000202", stage="baby"),
            "rita": console.mother("Rita Rai", "PHC-B", phone="+9779800000203")}


def test_signing_in_and_finding_a_mother_on_a_phone(page, tmp_path):
    people()
    page.goto("/login")
    shot(page, "login", tmp_path)
    sign_in(page, "anita")
    assert fits_the_screen(page)
    shot(page, "dashboard", tmp_path)
    page.goto("/mothers")
    assert page.locator("text=Sita Sharma").is_visible() and page.locator("text=Rita Rai").count() == 0
    assert fits_the_screen(page)
    shot(page, "mothers", tmp_path)
    page.fill("input[name=q]", "sita")
    page.click("text=Filter")
    page.click("text=Sita Sharma")
    assert page.locator("h1").inner_text() == "Sita Sharma"
    assert "24 weeks" in page.content()
    page.fill("#note", "Visited at home; feeling well")
    page.click("text=Add note")
    assert page.locator("text=Visited at home; feeling well").is_visible()
    assert fits_the_screen(page)
    shot(page, "mother", tmp_path)


def test_the_menu_folds_on_a_phone_and_opens_with_its_button(page):
    people()
    sign_in(page, "anita")
    assert not page.locator("#nav a[href='/mothers']").is_visible()
    page.click(".navbar-toggler")
    page.locator("#nav a[href='/mothers']").click()
    page.wait_for_url("**/mothers")


def test_the_console_in_nepali_fits_and_shows_devanagari(page, tmp_path):
    from models import User, db

    people()
    db.session.query(User).filter_by(username="anita").update({"locale": "ne"})
    db.session.commit()
    sign_in(page, "anita")
    page.goto("/mothers")
    assert "आमाहरू" in page.locator("h1").inner_text()
    assert fits_the_screen(page)
    shot(page, "mothers-ne", tmp_path)


def test_acknowledging_and_resolving_an_alert(page, tmp_path):
    from models import Alert, db

    mothers = people()
    db.session.add(Alert(phone=mothers["sita"].phone, mother_id=mothers["sita"].id, sign="severe_headache",
                         group="pregnancy", urgency="now"))
    db.session.commit()
    sign_in(page, "anita")
    page.goto("/alerts")
    assert page.locator("text=Not acknowledged").is_visible()
    assert fits_the_screen(page)
    shot(page, "alerts", tmp_path)
    page.fill("textarea[name=note]", "Phoned her; she is going to the health post")
    page.click("text=Acknowledge")
    assert page.locator(".badge", has_text="Acknowledged").is_visible()
    page.fill("textarea[name=note]", "Seen at the health post, blood pressure normal")
    page.click("button:has-text('Resolve')")
    assert page.locator("text=No open alert.").is_visible()


def test_answering_a_question(page, tmp_path):
    from models import Question, db

    mothers = people()
    db.session.add(Question(phone=mothers["sita"].phone, mother_id=mothers["sita"].id,
                            text="Can I travel by bus to my mother's village in the 7th month?"))
    db.session.commit()
    sign_in(page, "anita")
    page.goto("/questions")
    assert fits_the_screen(page)
    shot(page, "questions", tmp_path)
    page.fill("textarea[name=text]", "Yes, short trips are fine. Carry your card and drink water.")
    page.click("text=Send reply")
    assert page.locator("text=Reply sent.").is_visible()
    assert page.locator("text=No question is waiting.").is_visible()


def test_sending_a_broadcast(page, tmp_path):
    people()
    sign_in(page, "anita")
    page.goto("/broadcasts")
    page.select_option("#stage", "pregnant")
    page.fill("#body_en", "Free vaccination camp at Dhulikhel Health Post on Sunday from 10 am.")
    page.click("text=Preview")
    assert page.locator("text=Recipients: 1").is_visible() and page.locator("text=1 SMS segment").is_visible()
    assert fits_the_screen(page)
    shot(page, "broadcast", tmp_path)
    page.click("text=Confirm and send")
    assert page.locator("text=Broadcast confirmed").is_visible()
    assert page.locator("text=0 of 1 sent").is_visible()

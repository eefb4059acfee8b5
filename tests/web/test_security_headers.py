"""Every page carries the security headers, the pages added after this module too."""
from html.parser import HTMLParser

import pytest

from tests.support.phone import post_signed


class _Inline(HTMLParser):
    """Collects what a strict Content-Security-Policy would block: inline scripts, styles and handlers."""

    def __init__(self):
        super().__init__()
        self.blocked, self.scripts, self._in_script = [], [], False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self._in_script = tag == "script"
        if tag == "script":
            self.scripts.append(attrs.get("src"))
        if tag == "style" or "style" in attrs or any(name.startswith("on") for name in attrs):
            self.blocked.append(tag)

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.blocked.append("inline script")

    def handle_endtag(self, tag):
        self._in_script = False


def assert_secure(response, https: bool = True):
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "'unsafe-inline'" not in policy
    assert "frame-ancestors 'none'" in policy and response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert ("Strict-Transport-Security" in response.headers) == https


def test_the_simulator_page_has_the_headers_and_nothing_the_policy_would_block(client):
    response = client.get("/simulator/")
    assert response.status_code == 200 and response.mimetype == "text/html"
    assert_secure(response)
    page = _Inline()
    page.feed(response.get_data(as_text=True))
    assert page.blocked == []
    assert page.scripts and all(src and src.startswith("/simulator/static/") for src in page.scripts)
    for src in page.scripts:  # the script the page runs is served from here, as a script
        script = client.get(src)
        assert script.status_code == 200 and "javascript" in script.mimetype
        assert_secure(script)


def test_the_stylesheet_is_served_from_here_as_css(client):
    css = client.get("/simulator/static/simulator.css")
    assert css.status_code == 200 and css.mimetype == "text/css"


def test_error_pages_webhooks_and_health_have_them_too(client, phone):
    assert_secure(client.get("/no-such-page"))
    assert_secure(client.get("/healthz"))
    assert_secure(post_signed(client, phone().form("hi")))


def test_a_page_added_later_gets_them_without_doing_anything(app, client):
    app.add_url_rule("/later", "later", lambda: "<p>a console page</p>")
    assert_secure(client.get("/later"))


@pytest.mark.parametrize("public_base_url, base_url, https", [
    ("", "http://localhost", False),
    ("", "https://localhost", True),
    ("https://aamcare.example.org", "http://internal:8000", True),  # TLS ends at the proxy
])
def test_hsts_only_when_served_over_https(migrated, public_base_url, base_url, https):
    from app import create_app
    from tests.support import services

    app = create_app(services.overrides(migrated) | {"PUBLIC_BASE_URL": public_base_url})
    response = app.test_client().get("/simulator/", base_url=base_url)
    assert_secure(response, https=https)


def test_no_template_holds_what_the_policy_would_block():
    from pathlib import Path

    templates = sorted((Path(__file__).resolve().parents[2] / "web" / "templates").rglob("*.html"))
    assert templates
    for template in templates:
        page = _Inline()
        page.feed(template.read_text(encoding="utf-8"))
        assert page.blocked == [], template.name

"""/dashboard: the figures of her scope only."""
import html
import json
import re

from tests.support import console
from tests.web.console.test_alerts import alert_for


def charts(page: str) -> dict:
    found = re.findall(r'<canvas id="chart-(\w+)" data-chart="([^"]*)"', page)
    return {key: json.loads(html.unescape(data)) for key, data in found}


def test_the_dashboard_counts_only_her_facility(client):
    console.facilities()
    console.user("anita", "health_worker", facility="PHC-A")
    alert_for(console.mother("Sita", "PHC-A", phone="+9779800000801", weeks=30))
    console.mother("Maya", "PHC-A", phone="+9779800000802", weeks=8)
    alert_for(console.mother("Rita", "PHC-B", phone="+9779800000803", weeks=30))
    console.sign_in(client, "anita")
    page = client.get("/dashboard").data.decode()
    data = charts(page)
    assert sum(data["registrations"]["values"]) == 2 and data["registrations"]["values"][-1] == 2
    stages = dict(zip(data["stages"]["labels"], data["stages"]["values"]))
    assert stages["Pregnant, trimester 3"] == 1 and stages["Pregnant, trimester 1"] == 1
    assert sum(data["alerts"]["values"]) == 1
    assert "chart.umd.min.js" in page and "<script>" not in page  # no inline script

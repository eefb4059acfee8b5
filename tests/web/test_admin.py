"""The RQ dashboard is for admins only: absent without a password, refused without it."""
import base64

import pytest

from tests.support import services

PASSWORD = "dashboard-test-password"


@pytest.fixture
def admin_client(migrated):
    from app import create_app

    app = create_app(services.overrides(migrated) | {"RQ_DASHBOARD_PASSWORD": PASSWORD})
    with app.app_context():
        services.empty(app)
        yield app.test_client()
        services.empty(app)


def basic(user: str, password: str) -> dict:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def test_without_a_password_there_is_no_dashboard(client):
    assert client.get("/admin/rq/").status_code == 404


def test_the_dashboard_asks_for_the_admin_password(admin_client):
    assert admin_client.get("/admin/rq/").status_code == 401
    assert admin_client.get("/admin/rq/", headers=basic("admin", "wrong")).status_code == 401
    assert admin_client.get("/admin/rq/", headers=basic("someone", PASSWORD)).status_code == 401
    assert admin_client.get("/admin/rq/0/data/queues.json", headers=basic("admin", "wrong")).status_code == 401


def test_the_admin_sees_the_queues(admin_client):
    from services import queues

    queues.queue("high").enqueue("os.getpid")
    response = admin_client.get("/admin/rq/", headers=basic("admin", PASSWORD))
    assert response.status_code == 200 and b"Queues" in response.data
    listed = admin_client.get("/admin/rq/0/data/queues.json", headers=basic("admin", PASSWORD))
    assert listed.status_code == 200 and "high" in {queue["name"] for queue in listed.json["queues"]}

"""The RQ dashboard is for console admins only: others are sent to sign in, or refused."""
from services import queues
from tests.support import console


def test_without_signing_in_the_dashboard_sends_you_to_the_sign_in_page(client):
    response = client.get("/admin/rq/")
    assert response.status_code == 302 and "/login" in response.headers["Location"]
    assert client.get("/admin/rq/0/data/queues.json").status_code == 302


def test_a_health_worker_or_supervisor_is_refused(client):
    console.facilities()
    console.user("anita", "health_worker", facility="PHC-A")
    console.sign_in(client, "anita")
    assert client.get("/admin/rq/").status_code == 403
    assert client.get("/admin/rq/0/data/queues.json").status_code == 403


def test_an_admin_sees_the_queues(client):
    console.user("root", "admin")
    console.sign_in(client, "root")
    queues.queue("high").enqueue("os.getpid")
    page = client.get("/admin/rq/")
    assert page.status_code == 200 and b"Queues" in page.data
    listed = client.get("/admin/rq/0/data/queues.json")
    assert listed.status_code == 200 and "high" in {queue["name"] for queue in listed.json["queues"]}

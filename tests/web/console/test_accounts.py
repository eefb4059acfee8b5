"""Console accounts: creating users by command, signing in, the session cookie, CSRF and the sign-in limit."""
from sqlalchemy import select

from models import Facility, User, db
from services import passwords
from tests.support import console


def test_users_create_makes_a_health_worker_of_a_known_facility(app, tmp_path):
    runner = app.test_cli_runner()
    csv = tmp_path / "facilities.csv"
    csv.write_text("code,name,district\nPHC-A,Dhulikhel Health Post,Kavre\nPHC-C,Bharatpur Hospital,Chitwan\n")
    assert "2 facilities imported" in runner.invoke(args=["facilities", "import", str(csv)]).output
    result = runner.invoke(args=["users", "create", "--username", "anita", "--role", "health_worker",
                                 "--facility", "PHC-A", "--phone", "9811111111", "--locale", "ne",
                                 "--password", "a long password"])
    assert result.exit_code == 0, result.output
    anita = db.session.scalars(select(User).where(User.username == "anita")).one()
    assert (anita.role, anita.facility_code, anita.district, anita.phone, anita.locale) == (
        "health_worker", "PHC-A", "Kavre", "+9779811111111", "ne")
    assert anita.password_hash.startswith("$argon2id$") and passwords.verify(anita.password_hash, "a long password")


def test_users_create_prompts_for_the_password_when_it_is_not_given(app):
    console.facilities()
    result = app.test_cli_runner().invoke(args=["users", "create", "--username", "root", "--role", "admin"],
                                          input="a long password\na long password\n")
    assert result.exit_code == 0, result.output
    assert db.session.scalars(select(User.role).where(User.username == "root")).one() == "admin"


def test_users_create_refuses_a_worker_without_a_known_facility_or_a_supervisor_without_a_district(app):
    console.facilities()
    runner = app.test_cli_runner()
    for extra in (["--role", "health_worker", "--facility", "NOPE"], ["--role", "supervisor"],
                  ["--role", "supervisor", "--district", "Atlantis"]):
        result = runner.invoke(args=["users", "create", "--username", "x", "--password", "a long password", *extra])
        assert result.exit_code != 0
    assert db.session.scalars(select(User)).all() == []


def test_a_facilities_file_without_the_columns_is_refused_whole(app, tmp_path):
    csv = tmp_path / "bad.csv"
    csv.write_text("code,name\nPHC-A,Dhulikhel\n")
    result = app.test_cli_runner().invoke(args=["facilities", "import", str(csv)])
    assert result.exit_code != 0 and "district" in result.output
    assert db.session.scalars(select(Facility)).all() == []


def test_signing_in_sets_a_secure_httponly_samesite_session_and_opens_the_dashboard(client):
    console.facilities()
    console.user("anita", "health_worker", facility="PHC-A")
    response = console.sign_in(client, "anita")
    assert response.status_code == 302 and response.location.endswith("/dashboard")
    cookie = response.headers["Set-Cookie"]
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert client.get("/dashboard").status_code == 200


def test_pages_redirect_to_sign_in_and_a_wrong_password_is_refused(client):
    console.facilities()
    console.user("anita", "health_worker", facility="PHC-A")
    assert client.get("/dashboard").location.startswith("/login")
    response = console.sign_in(client, "anita", "wrong password")
    assert response.status_code == 401 and b"Wrong username or password" in response.data
    assert client.get("/dashboard").status_code == 302


def test_a_form_posted_without_its_csrf_token_is_refused(client):
    console.facilities()
    console.user("anita", "health_worker", facility="PHC-A")
    response = client.post("/login", data={"username": "anita", "password": console.PASSWORD})
    assert response.status_code == 400
    assert client.get("/dashboard").status_code == 302


def test_after_five_failures_even_the_right_password_must_wait(client):
    console.facilities()
    console.user("anita", "health_worker", facility="PHC-A")
    for _ in range(5):
        assert console.sign_in(client, "anita", "guess").status_code == 401
    response = console.sign_in(client, "anita")
    assert response.status_code == 429 and b"Too many failed attempts" in response.data


def test_the_sign_in_page_speaks_the_language_chosen_on_it(client):
    page = client.get("/login?lang=ne").data.decode()
    assert "पासवर्ड" in page and 'lang="ne"' in page


def test_the_console_serves_its_own_bootstrap_and_chart_files(client):
    for path in ("/assets/vendor/bootstrap-5.3.8/bootstrap.min.css", "/assets/vendor/chart.js-4.6.1/chart.umd.min.js",
                 "/assets/vendor/bootstrap-5.3.8/bootstrap.bundle.min.js", "/assets/console/console.css"):
        assert client.get(path).status_code == 200, path


def test_set_password_lets_a_user_without_one_sign_in_and_ends_her_old_sessions(app, client):
    console.facilities()
    console.user("anita", "health_worker", facility="PHC-A")
    console.sign_in(client, "anita")
    result = app.test_cli_runner().invoke(args=["users", "set-password", "--username", "anita",
                                                "--password", "another long password"])
    assert result.exit_code == 0, result.output
    assert client.get("/dashboard").status_code == 302  # the session of the old password ended
    assert console.sign_in(client, "anita", "another long password").status_code == 302
    assert app.test_cli_runner().invoke(args=["users", "set-password", "--username", "anita",
                                              "--password", "short"]).exit_code != 0

"""Her facility answer at registration is checked against the imported facilities."""
from sqlalchemy import select

from models import Mother, db
from tests.support import console


def register_up_to_facility(phone, number="+9779800000901"):
    sita = phone(number)
    sita.conversation("hi", "1", "yes", "Sita", "1", "20 weeks", "yes")
    return sita


def facility_of(number="+9779800000901"):
    db.session.rollback()
    return db.session.scalars(select(Mother.facility_code).where(Mother.phone == number)).one()


def test_a_name_with_a_typo_finds_the_facility_and_its_code_is_kept(phone):
    console.facilities()
    register_up_to_facility(phone).send("dhulikel helth post")
    assert facility_of() == "PHC-A"


def test_a_code_is_taken_as_it_is(phone):
    console.facilities()
    register_up_to_facility(phone).send("phc-c")
    assert facility_of() == "PHC-C"


def test_an_unknown_facility_is_asked_again_and_skip_still_works(phone):
    console.facilities()
    sita = register_up_to_facility(phone)
    assert "do not know a health facility" in sita.send("Mars Clinic")
    assert "registered" in sita.send("skip")
    assert facility_of() is None


def test_without_imported_facilities_her_answer_is_kept_as_written(phone):
    register_up_to_facility(phone).send("Ward 4 clinic")
    assert facility_of() == "Ward 4 clinic"

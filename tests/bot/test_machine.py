"""The shared flow machine: one model per message at a time, borrowed from a pool and given back."""
import threading

import pytest

from bot import machine
from flows import FLOWS

CONSENT, NAME, LANGUAGE = "registration.consent", "registration.name", "registration.language"


@pytest.fixture
def flows():
    return machine.build(FLOWS)


def test_a_trigger_moves_from_the_given_state(flows):
    assert flows.fire(CONSENT, "agree") == NAME
    assert flows.fire("new", "register") == LANGUAGE


def test_a_borrowed_model_carries_nothing_over_from_its_last_message(flows):
    flows.fire(CONSENT, "agree")
    assert flows.fire(NAME, "give_name") == "registration.stage"
    with pytest.raises(machine.InvalidStep):
        flows.fire(LANGUAGE, "agree")  # the previous model stood in "name", where "agree" is not allowed either
    assert flows.fire(CONSENT, "agree") == NAME


def test_a_trigger_the_state_does_not_allow_is_a_flow_bug(flows):
    with pytest.raises(machine.InvalidStep):
        flows.fire(NAME, "agree")
    with pytest.raises(machine.InvalidStep):
        flows.fire(NAME, "no_such_trigger")
    assert len(flows.machine.models) == 1  # a failed step gives its model back too


def test_messages_handled_at_once_each_get_their_own_model(flows):
    barrier = threading.Barrier(8)
    results = []

    def run():
        barrier.wait()
        for _ in range(200):
            results.append(flows.fire(CONSENT, "agree") == NAME and flows.fire("new", "register") == LANGUAGE)

    threads = [threading.Thread(target=run) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(results) and len(results) == 8 * 200
    assert 1 <= len(flows.machine.models) <= 8

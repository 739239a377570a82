"""A transcript that was a decoding loop every time it was heard never reaches understanding and is never
read back: the assistant says plainly that it could not make it out (event sequence, fake engines)."""

from __future__ import annotations

from edgeagent.engines.fakes import FakeStt
from edgeagent.pipeline.turn import NOT_MADE_OUT
from tests.pipeline.test_pipeline_with_fakes import command, kinds, run


def test_a_loop_is_said_plainly_and_never_understood() -> None:
    events, _, _ = run(
        command(), stt=FakeStt(["Turn off, turn off, turn off."], looping={"Turn off, turn off, turn off."})
    )
    assert "intent" not in kinds(events)
    [transcript] = [e for e in events if e.event == "transcript"]
    assert transcript.fields["text"] == ""
    assert [e.fields["text"] for e in events if e.event == "response"] == [NOT_MADE_OUT]
    assert events[-1].event == "turn_end" and events[-1].fields["outcome"] == "done"

"""The bench's naive way of answering: the whole answer is read before anything is spoken."""

from collections.abc import Iterator

from edgeagent.bench.question import WholeAnswer
from edgeagent.intent.hearing import CLEAR, Hearing
from edgeagent.pipeline.turn import Emit


class Streaming:
    """A responder whose answers arrive sentence by sentence, like the language model's."""

    def __init__(self) -> None:
        self.read: list[str] = []

    def respond(
        self,
        text: str,
        turn: int,
        emit: Emit,
        cancel: object = None,
        *,
        source: str = "voice",
        hearing: Hearing = CLEAR,
    ) -> str | Iterator[str]:
        if text == "a command":
            return "Done."
        return self._pieces()

    def _pieces(self) -> Iterator[str]:
        for piece in ["The sky looks blue,", "because air scatters blue light."]:
            self.read.append(piece)
            yield piece

    def is_complete(self, text: str) -> bool:
        return text == "a command"

    def unanswered(self, turn: int | None = None) -> None:
        """It asks nothing back."""


def ignore(event: str, **fields: object) -> None:
    """Events are not looked at here."""


def test_a_streamed_answer_is_read_whole_before_it_is_returned() -> None:
    inner = Streaming()
    reply = WholeAnswer(inner).respond("why is the sky blue", 1, ignore)
    assert reply == "The sky looks blue, because air scatters blue light."
    assert len(inner.read) == 2


def test_plain_replies_and_completeness_pass_through() -> None:
    whole = WholeAnswer(Streaming())
    assert whole.respond("a command", 1, ignore) == "Done."
    assert whole.is_complete("a command") and not whole.is_complete("why")

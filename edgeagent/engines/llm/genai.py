"""onnxruntime-genai: any genai model folder (`genai_config.json`), Phi-3 Mini in production.

The KV cache is fp32 and allocated for `max_length` up front, so it is capped
(Phi-3 needs ~768 KiB per token). The prefix (system prompt) is prefilled once
per generator and every turn rewinds to it instead of prefilling it again.
Guidance (constrained decoding) is fixed per generator, so there is one
primed generator per schema; it is rebuilt only when the prefix or the schema
changes (the catalog changed).
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from edgeagent.engines.llm.base import History, LlmError

logger = logging.getLogger(__name__)

_USER_MARK = "\u2063USER\u2063"
_REPLY_MARK = "\u2063REPLY\u2063"


@dataclass(frozen=True)
class _Prompt:
    """A system prompt (and worked turns) in the model's chat template."""

    prefix: str  # everything before the user's words
    suffix: str  # after them: the assistant's header
    between: str  # from the end of a reply to the next user's words


@dataclass(frozen=True)
class _Primed:
    """One generator with the prompt's prefix prefilled, and where the prefix ends."""

    generator: Any
    prompt: _Prompt
    prefix_tokens: int
    schema: str | None
    max_length: int


_REMEMBERED_PROMPTS = 4  # schemas whose prompt is remembered (text only) to prime them again
_KV_BYTES_PER_VALUE = 4  # fp32 on the CPU
_TURN_ROOM_TOKENS = 160  # a turn's words and a reply must fit after the prompt
_FITTED_ROOM_TOKENS = 384  # what llm.max_length = 0 leaves after the prompt: a turn and a long answer


_PREFILL_CHUNK_TOKENS = 16


def _append(generator: Any, tokens: Any) -> None:
    """Prefill a few tokens at a time: onnxruntime-genai holds the GIL for a whole `append_tokens`, and
    a prompt of 650 tokens in one call stopped every other thread (audio, watchdog) for 2-11 s here;
    in chunks of 16 the longest pause is a fraction of a second, for the same total time."""
    for start in range(0, len(tokens), _PREFILL_CHUNK_TOKENS):
        generator.append_tokens(tokens[start : start + _PREFILL_CHUNK_TOKENS])


def fitted_length(prompt_tokens: int) -> int:
    """llm.max_length = 0: the prompt and room for a turn, rounded up to 256 tokens."""
    return -(-(prompt_tokens + _FITTED_ROOM_TOKENS) // 256) * 256


def kv_cache_bytes(genai_config: dict[str, Any], max_length: int) -> int:
    """The KV cache one generator allocates up front: keys and values for every layer, KV head and
    position up to `max_length` (Phi-3 Mini: 32 layers x 32 heads x 96 = 768 KiB a token)."""
    decoder = genai_config["model"]["decoder"]
    heads = decoder.get("num_key_value_heads", decoder["num_attention_heads"])
    per_token = 2 * decoder["num_hidden_layers"] * heads * decoder["head_size"] * _KV_BYTES_PER_VALUE
    return int(per_token * max_length)


class GenaiLlm:
    def __init__(self, folder: Path, *, threads: int, max_length: int) -> None:
        import onnxruntime_genai as og

        self._og = og
        if not (folder / "genai_config.json").exists():
            raise LlmError(
                "model_missing", f"{folder} is not an onnxruntime-genai model folder (no genai_config.json)"
            )
        started = time.monotonic()
        try:
            config = og.Config(str(folder))
            config.overlay(
                json.dumps(
                    {
                        "model": {
                            "decoder": {
                                "session_options": {
                                    "intra_op_num_threads": threads,
                                    "inter_op_num_threads": 1,
                                    "allow_spinning": "0",
                                }
                            }
                        }
                    }
                )
            )
            self._model = og.Model(config)
            self._tokenizer = og.Tokenizer(self._model)
        except Exception as exc:  # onnxruntime-genai raises plain RuntimeError/OgaException
            raise LlmError(
                "model_load_failed", f"cannot load the language model from {folder}: {exc}"
            ) from exc
        self._max_length = max_length  # 0: fitted to each prompt when it is primed
        self._genai_config = json.loads((folder / "genai_config.json").read_text())
        self.kv_bytes = kv_cache_bytes(self._genai_config, max_length)
        self._prompt = _Prompt("", "", "")  # the last prompt primed: for a schema not primed with its own
        self._prompts: dict[str | None, _Prompt] = {}  # the prompt each schema was primed with (bounded)
        self._primed: dict[str | None, _Primed] = {}
        # Held for one step at a time (a prefill, a token), never while a piece is with the caller.
        self._lock = threading.Lock()
        self._owner = 0  # the reply that may step the generators: a prime or a newer reply ends older ones
        self.load_seconds = time.monotonic() - started

    def prime(
        self,
        prefix: str,
        schemas: tuple[str | None, ...] = (None,),
        *,
        examples: tuple[tuple[str, str], ...] = (),
    ) -> None:
        """Prefill the system prompt once for each schema that will be used.

        The old generators are freed first: each holds a KV cache of `max_length` tokens
        (768 MiB for Phi-3 at 1,024), and a 4 GB board cannot hold two next to the model.
        A turn that needs the model meanwhile waits; a reply being read ends at its next
        token. A prompt that does not fit is refused before anything is freed; a prime that
        fails after that primes the previous prompt again, so the model is never left with
        half of the new one."""
        with self._lock:
            self._owner += 1
            prompt = self._template(prefix, examples)
            self._check_fits(len(self._tokenizer.encode(prompt.prefix)))
            previous = {schema: primed.prompt for schema, primed in self._primed.items()}
            self._primed.clear()
            try:
                for schema in schemas:
                    self._primed[schema] = self._prime_one(prompt, schema)
            except Exception as exc:  # onnxruntime-genai raises RuntimeError / OgaException
                logger.error("priming the new prompt failed (%s); the previous one is primed again", exc)
                self._restore(previous)
                raise
            self._prompt = prompt
            for schema in schemas:
                self._remember(schema, prompt)

    def _template(self, system: str, examples: tuple[tuple[str, str], ...]) -> _Prompt:
        prefix, suffix = self._split_template(system, examples)
        return _Prompt(prefix, suffix, self._reply_to_user(system))

    def _restore(self, previous: dict[str | None, _Prompt]) -> None:
        """After a failed prime: what was primed before, primed again (a turn tries, if this fails too)."""
        self._primed.clear()
        try:
            for schema, prompt in previous.items():
                self._primed[schema] = self._prime_one(prompt, schema)
        except Exception:
            logger.exception("the previous prompt could not be primed again; the next turn tries")
            self._primed.clear()

    def _remember(self, schema: str | None, prompt: _Prompt) -> None:
        self._prompts.pop(schema, None)
        self._prompts[schema] = prompt  # newest last
        while len(self._prompts) > _REMEMBERED_PROMPTS:
            del self._prompts[next(iter(self._prompts))]

    def _split_template(self, system: str, examples: tuple[tuple[str, str], ...]) -> tuple[str, str]:
        """The prompt before and after the user's words, in the model's own chat template."""
        messages = [{"role": "system", "content": system}]
        for user, reply in examples:
            messages += [{"role": "user", "content": user}, {"role": "assistant", "content": reply}]
        messages.append({"role": "user", "content": _USER_MARK})
        text: str = self._tokenizer.apply_chat_template(json.dumps(messages), add_generation_prompt=True)
        before, _, after = text.partition(_USER_MARK)
        return before, after

    def _reply_to_user(self, system: str) -> str:
        """The template's text between an assistant reply and the next user turn."""
        messages = [
            {"role": "system", "content": system},
            {"role": "user", "content": "x"},
            {"role": "assistant", "content": _REPLY_MARK},
            {"role": "user", "content": _USER_MARK},
        ]
        text: str = self._tokenizer.apply_chat_template(json.dumps(messages), add_generation_prompt=True)
        return text.partition(_REPLY_MARK)[2].partition(_USER_MARK)[0]

    def _turn_tokens(self, prompt: _Prompt, user_text: str, history: History, room: int) -> Any:
        """The turn's tokens after the prefix: the history that fits in `room` (the newest kept), then
        the user's words."""
        kept = list(history)
        while True:
            earlier = "".join(user + prompt.suffix + reply + prompt.between for user, reply in kept)
            tokens = self._tokenizer.encode(earlier + user_text + prompt.suffix)
            if len(tokens) <= room or not kept:
                return tokens
            kept.pop(0)
            logger.info("an earlier exchange left out: the context holds %d more tokens", room)

    def _check_fits(self, prompt_tokens: int) -> None:
        length = self._max_length or fitted_length(prompt_tokens)
        if prompt_tokens + _TURN_ROOM_TOKENS > length:
            raise LlmError(
                "prompt_too_long",
                f"the prompt for this home is {prompt_tokens} tokens and llm.max_length is {length}: "
                f"raise llm.max_length to at least {prompt_tokens + _TURN_ROOM_TOKENS} (or 0, to fit it)",
            )

    def _prime_one(self, prompt: _Prompt, schema: str | None) -> _Primed:
        tokens = self._tokenizer.encode(prompt.prefix)
        self._check_fits(len(tokens))
        length = self._max_length or fitted_length(len(tokens))
        params = self._og.GeneratorParams(self._model)
        params.set_search_options(max_length=length, do_sample=False)
        if schema is not None:
            params.set_guidance("json_schema", schema)
        generator = self._og.Generator(self._model, params)
        _append(generator, tokens)
        self.kv_bytes = kv_cache_bytes(self._genai_config, length)
        logger.info(
            "prompt of %d tokens primed; KV cache at max_length %d: %.0f MiB",
            len(tokens),
            length,
            self.kv_bytes / 2**20,
        )
        return _Primed(generator, prompt, len(tokens), schema, length)

    def generate(
        self,
        user_text: str,
        *,
        max_tokens: int,
        cancel: threading.Event,
        schema: str | None = None,
        history: History = (),
    ) -> Iterator[str]:
        """The reply's pieces. The lock is taken for each step and released before a piece is yielded:
        a re-prime or a newer reply never waits for this one to be read to its end (or closed), and
        then this one ends with LlmError `interrupted` at its next step."""
        with self._lock:
            self._owner += 1
            mine = self._owner
            self._start(user_text, max_tokens, schema, history)
            stream = self._tokenizer.create_stream()
        for _ in range(max_tokens):
            if cancel.is_set():
                return
            piece = self._step(mine, schema, stream)
            if piece is None:
                return
            if piece:
                yield piece

    def _step(self, mine: int, schema: str | None, stream: Any) -> str | None:
        """One token of reply `mine` (None: the reply is complete). The generator is looked up here and
        never kept across a yield, so a prime frees the old KV cache even while a reply is unread."""
        with self._lock:
            if self._owner != mine:
                raise LlmError("interrupted", "the language model was primed again or asked again mid-reply")
            generator = self._primed[schema].generator
            if generator.is_done():
                return None
            generator.generate_next_token()
            piece: str = stream.decode(generator.get_next_tokens()[0])
            return piece

    def _start(self, user_text: str, max_tokens: int, schema: str | None, history: History) -> None:
        """The schema's generator rewound to its prefix, with the turn appended (under the lock)."""
        primed = self._primed.get(schema)
        if primed is None:  # a schema primed before a re-prime: never two KV caches at once
            self._primed.clear()
            prompt = self._prompts.get(schema, self._prompt)  # its own prompt, if it had one
            primed = self._primed[schema] = self._prime_one(prompt, schema)
            self._remember(schema, prompt)
        primed.generator.rewind_to(primed.prefix_tokens)
        room = primed.max_length - primed.prefix_tokens - max_tokens
        try:
            _append(primed.generator, self._turn_tokens(primed.prompt, user_text, history, room))
        except Exception as exc:  # the turn does not fit in max_length
            raise LlmError(
                "prompt_too_long", f"the question does not fit the model's context: {exc}"
            ) from exc

    def close(self) -> None:
        with self._lock:
            self._owner += 1
            self._primed.clear()
            self._model = None

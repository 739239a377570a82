"""A language model on a bigger box: any server of the OpenAI chat completions API.

llama.cpp's server (and llama-cpp-python's), Ollama, vLLM and LocalAI all speak
`POST /v1/chat/completions`. The prompt is sent whole each turn (the server keeps
its own prompt cache), the reply is streamed as server-sent events, and the same
JSON schema the local model is guided by goes as structured output
(`response_format`). The first piece must arrive within the timeout; a server that
is slow, gone or answering errors raises `LlmError`, and `FallbackLlm` then asks the
local model instead, skipping the server for a while so every turn does not wait
for the same timeout.
"""

from __future__ import annotations

import http.client
import json
import logging
import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from edgeagent.engines.llm.base import History, LlmEngine, LlmError

logger = logging.getLogger(__name__)

API_KEY_ENV_VAR = "EDGEAGENT_LLM_API_KEY"


@dataclass(frozen=True)
class Server:
    url: str  # the API's base, e.g. http://minipc.local:8080/v1
    model: str = ""  # the model name some servers want ("" = the server's own)
    api_key: str = ""
    timeout_ms: int = 4000  # to connect and to each streamed piece
    structured_output: str = "json_object"  # or "json_schema" (OpenAI's own form; vLLM)


def api_key(path: str) -> str:
    """From the key file; without one, from the environment; never from the config itself."""
    if not path:
        return os.environ.get(API_KEY_ENV_VAR, "")
    try:
        return Path(path).read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise LlmError("secret_unreadable", f"llm.api_key_file: cannot read {path} ({exc.strerror})") from exc


class OpenAiLlm:
    """Chat completions with structured output, streamed."""

    def __init__(self, server: Server) -> None:
        parts = urlsplit(server.url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise LlmError("bad_url", f"llm.url {server.url!r} is not an http(s) URL")
        self._server = server
        self._https = parts.scheme == "https"
        self._host, self._port = parts.hostname, parts.port or (443 if self._https else 80)
        self._path = parts.path.rstrip("/") + "/chat/completions"
        self._system = ""
        self._examples: tuple[tuple[str, str], ...] = ()
        self.load_seconds = 0.0

    def prime(
        self,
        prefix: str,
        schemas: tuple[str | None, ...] = (None,),
        *,
        examples: tuple[tuple[str, str], ...] = (),
    ) -> None:
        """Nothing to prefill here: the server caches the common prefix of each request itself."""
        self._system, self._examples = prefix, examples

    def generate(
        self,
        user_text: str,
        *,
        max_tokens: int,
        cancel: threading.Event,
        schema: str | None = None,
        history: History = (),
    ) -> Iterator[str]:
        connection = self._connect()
        try:
            self._send(connection, self._request(user_text, max_tokens, schema, history))
            response = self._response(connection)
            written = False
            for piece in _pieces(response):
                if cancel.is_set():
                    return
                written = True
                yield piece
            if not written and not cancel.is_set():
                raise LlmError("remote_bad_reply", f"the LLM server at {self._server.url} sent no reply")
        except (OSError, http.client.HTTPException) as exc:
            raise LlmError("remote_failed", f"the LLM server at {self._server.url} failed: {exc}") from exc
        finally:
            connection.close()

    def _connect(self) -> http.client.HTTPConnection:
        timeout = self._server.timeout_ms / 1000
        if self._https:
            return http.client.HTTPSConnection(self._host, self._port, timeout=timeout)
        return http.client.HTTPConnection(self._host, self._port, timeout=timeout)

    def _request(
        self, user_text: str, max_tokens: int, schema: str | None, history: History
    ) -> dict[str, Any]:
        messages = [{"role": "system", "content": self._system}]
        for user, reply in self._examples + history:
            messages += [{"role": "user", "content": user}, {"role": "assistant", "content": reply}]
        messages.append({"role": "user", "content": user_text})
        body: dict[str, Any] = {
            "messages": messages,
            "max_tokens": max_tokens,
            "temperature": 0,
            "stream": True,
        }
        if self._server.model:
            body["model"] = self._server.model
        if schema is not None:
            body["response_format"] = response_format(json.loads(schema), self._server.structured_output)
        return body

    def _send(self, connection: http.client.HTTPConnection, body: dict[str, Any]) -> None:
        headers = {"Content-Type": "application/json", "Accept": "text/event-stream"}
        if self._server.api_key:
            headers["Authorization"] = f"Bearer {self._server.api_key}"
        connection.request("POST", self._path, json.dumps(body).encode(), headers)

    def _response(self, connection: http.client.HTTPConnection) -> http.client.HTTPResponse:
        response = connection.getresponse()
        if response.status != 200:
            detail = response.read(300).decode("utf-8", "replace")
            raise LlmError("remote_refused", f"the LLM server answered {response.status}: {detail}")
        return response

    def close(self) -> None:
        """Nothing held between turns."""


def response_format(schema: dict[str, Any], form: str) -> dict[str, Any]:
    """Structured output: `json_object` with a `schema` (llama.cpp's server, llama-cpp-python, LocalAI)
    or `json_schema` as OpenAI defines it (vLLM, Ollama). Guidance-only keys (`x-guidance`) stay local."""
    plain = {k: v for k, v in schema.items() if not k.startswith("x-")}
    if form == "json_schema":
        return {"type": "json_schema", "json_schema": {"name": "reply", "strict": True, "schema": plain}}
    return {"type": "json_object", "schema": plain}


def _pieces(response: http.client.HTTPResponse) -> Iterator[str]:
    """The content pieces of a server-sent event stream, up to `[DONE]`."""
    for raw in response:
        line = raw.decode("utf-8", "replace").strip()
        if not line.startswith("data:"):
            continue
        data = line[5:].strip()
        if data == "[DONE]":
            return
        choice = _choice(data)
        delta = choice.get("delta")
        piece = delta.get("content") if isinstance(delta, dict) else None
        if isinstance(piece, str) and piece:
            yield piece
        if choice.get("finish_reason"):
            return


def _choice(data: str) -> dict[str, Any]:
    """The first choice of one streamed chunk; anything else is the server's fault, said so."""
    try:
        choices = json.loads(data)["choices"]
    except (ValueError, KeyError, TypeError) as exc:
        raise LlmError("remote_bad_reply", f"the LLM server sent {data[:120]!r}") from exc
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        raise LlmError("remote_bad_reply", f"the LLM server sent {data[:120]!r}")
    choice: dict[str, Any] = choices[0]
    return choice


class FallbackLlm:
    """The remote model, and the local one whenever the remote fails before its first piece.

    After a failure the remote is skipped for `retry_after_s`, then tried again."""

    def __init__(self, remote: LlmEngine, local: LlmEngine | None, *, retry_after_s: float = 30.0) -> None:
        self.remote, self.local = remote, local
        self._retry_after_s = retry_after_s
        self._failed_at: float | None = None
        self.load_seconds = getattr(local, "load_seconds", 0.0)
        self.fallbacks = 0  # turns the local model answered because the remote failed

    def prime(
        self,
        prefix: str,
        schemas: tuple[str | None, ...] = (None,),
        *,
        examples: tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.remote.prime(prefix, schemas, examples=examples)
        if self.local is not None:
            self.local.prime(prefix, schemas, examples=examples)

    def generate(
        self,
        user_text: str,
        *,
        max_tokens: int,
        cancel: threading.Event,
        schema: str | None = None,
        history: History = (),
    ) -> Iterator[str]:
        if not self._skipping():
            pieces = self.remote.generate(
                user_text, max_tokens=max_tokens, cancel=cancel, schema=schema, history=history
            )
            try:
                first = next(pieces, None)
            except LlmError as exc:
                self._failed(exc)
            else:
                self._failed_at = None
                if first is not None:
                    yield first
                yield from pieces
                return
        if self.local is None:
            raise LlmError(
                "remote_unavailable", "the LLM server is not answering and there is no local model"
            )
        self.fallbacks += 1
        yield from self.local.generate(
            user_text, max_tokens=max_tokens, cancel=cancel, schema=schema, history=history
        )

    def _skipping(self) -> bool:
        return self._failed_at is not None and time.monotonic() - self._failed_at < self._retry_after_s

    def _failed(self, exc: LlmError) -> None:
        self._failed_at = time.monotonic()
        where = "the local model answers" if self.local is not None else "no local model to ask"
        logger.warning("%s; %s, and the server is tried again in %.0f s", exc, where, self._retry_after_s)

    def close(self) -> None:
        self.remote.close()
        if self.local is not None:
            self.local.close()

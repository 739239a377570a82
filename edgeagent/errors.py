"""The error tree: one type per stage, each with a stable string code.

Codes are part of the event contract (`error` events carry `stage` and `code`),
so scripts may match on them; messages are for people and may change.
"""

from __future__ import annotations


class EdgeAgentError(Exception):
    """Base of every error edgeagent raises on purpose."""

    stage = "core"

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return self.message


class ConfigError(EdgeAgentError):
    """The configuration file or a command-line override is invalid."""

    stage = "config"

    def __init__(self, key: str, reason: str) -> None:
        super().__init__("config_invalid", f"{key}: {reason}")
        self.key = key
        self.reason = reason


class ModelError(EdgeAgentError):
    """A model could not be found or loaded; the message says how to get it."""

    stage = "models"


class AudioError(EdgeAgentError):
    """An audio source or sink could not be opened, read or written."""

    stage = "audio"


class WakeError(EdgeAgentError):
    stage = "wake"


class VadError(EdgeAgentError):
    stage = "vad"


class SttError(EdgeAgentError):
    stage = "stt"


class TtsError(EdgeAgentError):
    stage = "tts"

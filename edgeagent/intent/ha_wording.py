"""Home Assistant's own spoken replies to commands ("Turned on the light", "Brightness set"), from the
response templates home-assistant-intents ships, so people who move from Home Assistant hear what
they know. Where it has no reply for a command (toggling, our own sentences' kinds), ours is kept.

The templates are Jinja; they are rendered in Jinja's sandbox with what Home Assistant gives them
for a command: `slots` (each slot as said) and `state` (the first device acted on).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from edgeagent.catalog.model import Entity

if TYPE_CHECKING:
    from jinja2 import Template

logger = logging.getLogger(__name__)

_DOMAIN_KEYS = ("cover", "lock", "valve", "scene", "script", "button")  # Home Assistant's templates say so


@dataclass(frozen=True)
class _State:
    """The part of Home Assistant's state object a command's reply reads."""

    domain: str
    name: str


class HaWording:
    def __init__(self, language: str) -> None:
        from home_assistant_intents import get_intents
        from jinja2.sandbox import SandboxedEnvironment

        data = get_intents(language) or {}
        self._templates: dict[str, dict[str, str]] = data.get("responses", {}).get("intents", {})
        self._env = SandboxedEnvironment(autoescape=False)
        self._compiled: dict[tuple[str, str], Template] = {}

    def command(self, intent: str, key: str, slots: dict[str, Any], entities: list[Entity]) -> str | None:
        """Home Assistant's reply to a command done to `entities`, or None where it has none."""
        templates = self._templates.get(intent, {}) if entities else {}  # the act step asks for commands only
        key = _key(key, templates, entities)
        if key not in templates:
            return None
        from jinja2 import TemplateError

        first = entities[0]
        try:
            text = self._template(intent, key).render(slots=slots, state=_State(first.domain, first.name))
        except TemplateError as exc:
            logger.warning("Home Assistant's %s/%s reply did not render (%s); using ours", intent, key, exc)
            return None
        said = " ".join(text.split())
        if not said or "None" in said.split():  # a domain its wording has no word for
            return None
        return said if said.endswith((".", "!", "?")) else f"{said}."

    def _template(self, intent: str, key: str) -> Template:
        if (intent, key) not in self._compiled:
            self._compiled[intent, key] = self._env.from_string(self._templates[intent][key])
        return self._compiled[intent, key]


def _key(said: str, templates: dict[str, str], entities: list[Entity]) -> str:
    """The template's own reply kind, else the one Home Assistant's sentences for this kind of
    device say. Several devices under a default reply ("the hallway and the kitchen light") have
    none: "Turned on the light" would hide that two were switched."""
    if said and said != "default":
        return said
    domains = {e.domain for e in entities}
    if len(domains) == 1 and (domain := next(iter(domains))) in _DOMAIN_KEYS and domain in templates:
        return domain
    return "default" if len(entities) == 1 else ""

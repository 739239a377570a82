"""The simple Jinja templates that discovery payloads use, without Jinja.

Only the common forms are understood: `{{ value }}`, `{{ value_json.a.b }}`,
`{{ value_json['a'] }}` (for reading state) and `{{ value }}` substitution in
command templates. Anything else: the raw value is used.
"""

from __future__ import annotations

import json
import re
from typing import Any

_VALUE_JSON = re.compile(r"^\{\{\s*value_json((?:\.\w+|\[\s*['\"][^'\"]+['\"]\s*\])+)\s*\}\}$")
_PATH_PART = re.compile(r"\.(\w+)|\[\s*['\"]([^'\"]+)['\"]\s*\]")
_VALUE = re.compile(r"\{\{\s*value\s*\}\}")


def read_value(template: str | None, payload: bytes) -> Any:
    """The value a state payload carries, through a simple value template."""
    text = payload.decode("utf-8", errors="replace").strip()
    if not template:
        return _number_or_text(text)
    match = _VALUE_JSON.match(template.strip())
    if not match:
        return text
    try:
        value: Any = json.loads(text)
    except ValueError:
        return None
    for attr, key in _PATH_PART.findall(match.group(1)):
        if not isinstance(value, dict):
            return None
        value = value.get(attr or key)
    return value


def _number_or_text(text: str) -> Any:
    """State payloads are text; "21.5" is a number."""
    try:
        number = float(text)
    except ValueError:
        return text
    return int(number) if number.is_integer() and "." not in text else number


def render_command(template: str | None, value: Any) -> str:
    """A command payload: the value itself, or a template with `{{ value }}` in it."""
    text = value if isinstance(value, str) else json.dumps(value)
    if template and _only_value_substitution(template.strip()):
        return _VALUE.sub(text, template)
    return text


def _only_value_substitution(template: str) -> bool:
    without = _VALUE.sub("", template)
    return "{{" not in without and "{%" not in without


def json_or_empty(raw: Any) -> dict[str, Any]:
    """A state payload's JSON object, or {} for anything else (state is best effort)."""
    if not isinstance(raw, str | bytes):
        return {}
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def strict_json(raw: bytes, where: str, code: str, expected: type) -> Any:
    """A device description's JSON of the `expected` type, or a CatalogError naming `where`."""
    from edgeagent.catalog.errors import CatalogError

    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise CatalogError(code, f"{where}: not valid JSON ({exc})") from exc
    if not isinstance(data, expected):
        raise CatalogError(code, f"{where}: expected a JSON {'object' if expected is dict else 'list'}")
    return data

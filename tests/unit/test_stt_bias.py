"""Whisper's prompt: the home's area and device names, kept current with the catalog."""

from __future__ import annotations

from edgeagent.catalog.model import Catalog, Entity
from edgeagent.catalog.vocabulary import HomePrompt, home_words


def catalog(*entities: tuple[str, str]) -> Catalog:
    home = Catalog()
    for number, (name, area) in enumerate(entities):
        home.put(Entity(f"config:{number}", name, "light", "config", area=area))
    return home


def test_the_prompt_names_verbs_then_areas_then_devices_once_each() -> None:
    home = catalog(("Desk lamp", "Study"), ("Hallway light", "Hallway"), ("Desk lamp", "Office"))
    assert home_words(home, "en") == (
        "Turn on, turn off, set, open, close. Hallway, Office, Study, Desk lamp, Hallway light."
    )
    assert home_words(home, "de") == "Hallway, Office, Study, Desk lamp, Hallway light."  # no verbs known
    assert home_words(Catalog(), "en") == ""  # no home, no prompt


def test_a_big_home_is_cut_to_what_whisper_reads() -> None:
    home = catalog(*((f"Light number {n}", "Kitchen") for n in range(300)))
    words = home_words(home)
    assert len(words) <= 600 and words.startswith("Turn on, turn off, set, open, close. Kitchen, ")
    assert words.endswith(".")


def test_the_prompt_follows_the_catalog_after_the_configured_words() -> None:
    home = catalog(("Desk lamp", "Study"))
    prompt = HomePrompt(home, "Nanoleaf, Tradfri.")
    verbs = "Turn on, turn off, set, open, close."
    assert prompt() == f"Nanoleaf, Tradfri. {verbs} Study, Desk lamp."
    home.put(Entity("config:new", "Sauna", "switch", "config"))
    assert prompt() == f"Nanoleaf, Tradfri. {verbs} Study, Desk lamp, Sauna."

"""What Whisper is given: silence after the command that looks like silence, and the home's names."""

from __future__ import annotations

import numpy as np

from edgeagent.catalog.model import Catalog, Entity
from edgeagent.catalog.vocabulary import HomePrompt, home_words
from edgeagent.engines.stt.short_window import pad_with_silence


def test_the_window_is_padded_with_what_silence_looks_like_not_with_zeros() -> None:
    features = np.array([[0.9, 0.4], [0.2, -0.3]], dtype=np.float32)  # normalized log-mel, max 0.9
    padded = pad_with_silence(features, 5)
    assert padded.shape == (2, 5)
    assert np.array_equal(padded[:, :2], features)
    assert np.allclose(padded[:, 2:], 0.9 - 2.0)  # the clip's max - 8 in log10, normalized
    assert np.array_equal(pad_with_silence(features, 1), features[:, :1])


def catalog(*entities: tuple[str, str]) -> Catalog:
    home = Catalog()
    for number, (name, area) in enumerate(entities):
        home.put(Entity(f"config:{number}", name, "light", "config", area=area))
    return home


def test_the_prompt_names_areas_then_devices_once_each() -> None:
    home = catalog(("Desk lamp", "Study"), ("Hallway light", "Hallway"), ("Desk lamp", "Office"))
    assert home_words(home) == "Hallway, Office, Study, Desk lamp, Hallway light."
    assert home_words(Catalog()) == ""


def test_a_big_home_is_cut_to_what_whisper_reads() -> None:
    home = catalog(*((f"Light number {n}", "Kitchen") for n in range(300)))
    words = home_words(home)
    assert len(words) <= 600 and words.startswith("Kitchen, ") and words.endswith(".")


def test_the_prompt_follows_the_catalog_after_the_configured_words() -> None:
    home = catalog(("Desk lamp", "Study"))
    prompt = HomePrompt(home, "Nanoleaf, Tradfri.")
    assert prompt() == "Nanoleaf, Tradfri. Study, Desk lamp."
    home.put(Entity("config:new", "Sauna", "switch", "config"))
    assert prompt() == "Nanoleaf, Tradfri. Study, Desk lamp, Sauna."

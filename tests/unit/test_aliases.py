"""Names as people shorten them: the vendor's word left off, only where it names one device."""

from edgeagent.catalog.model import Entity
from edgeagent.intent.aliases import shortened


def device(name: str, area: str = "Office") -> Entity:
    return Entity(f"config:{name}", name, "light", "config", area=area)


def test_a_long_name_is_also_said_without_its_first_word_and_as_its_last_two() -> None:
    said = {short for short, _ in shortened([device("Elgato Key Light")], set(), ["Office"])}
    assert said == {"key light"}
    said = {short for short, _ in shortened([device("Xiaomi Air Purifier 3H")], set(), ["Office"])}
    assert said == {"air purifier 3h", "purifier 3h"}


def test_a_short_form_two_devices_share_a_room_or_a_taken_one_is_no_name() -> None:
    both = [device("Hue Play Bar"), device("Govee Play Bar")]
    assert shortened(both, set(), ["Office"]) == []
    assert shortened([device("Master Bedroom Fan", "Master Bedroom")], set(), ["Master Bedroom"]) == []
    assert shortened([device("Elgato Key Light")], {"key light"}, ["Office"]) == []
    assert shortened([device("Desk Lamp")], set(), ["Office"]) == []
    # only what says what a device is: the ceiling light people mean is the one in their room
    assert shortened([device("Philips Ceiling Light")], set(), ["Office"]) == []
    assert shortened([device("Aqara Water Leak Sensor")], set(), ["Office"]) == []


def test_the_templates_know_the_short_form() -> None:
    from edgeagent.catalog.model import Catalog, Command
    from edgeagent.intent.templates import TemplateRecognizer
    from edgeagent.intent.understand import Understanding

    catalog = Catalog()
    on = Command("test/key/set", lambda value: "ON")
    catalog.put(
        Entity("config:key", "Elgato Key Light", "light", "config", area="Loft", commands={"turn_on": on})
    )
    decision = Understanding(TemplateRecognizer("en"), catalog).decide("turn on the key light")
    assert [a.topic for a in decision.actions] == ["test/key/set"]

"""The device catalog: what the home holds, learned from MQTT and the config file."""

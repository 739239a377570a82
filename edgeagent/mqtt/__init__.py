"""MQTT: the client (reconnects, resubscribes, QoS) and topic helpers."""

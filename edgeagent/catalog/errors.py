from edgeagent.errors import EdgeAgentError


class CatalogError(EdgeAgentError):
    """A device description from outside (discovery, Zigbee2MQTT, config) is malformed."""

    stage = "catalog"

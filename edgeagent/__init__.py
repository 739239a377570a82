"""edgeagent: a fully local voice assistant for Raspberry-Pi-class boards."""

__version__ = "0.1.0"

"""Running as a service: systemd notification and watchdog, config reload."""

"""A TCP relay to a broker that can be cut: a half-open link, as when a Wi-Fi access point or a NAT
drops a connection without a word (tests and the chaos bench)."""

from __future__ import annotations

import socket
import threading

from tests.broker import free_port


class Relay:
    """A TCP relay to the broker that can be cut: while cut, every connection (open or new) stays open
    and carries nothing; a connection cut stays dead (its bytes are gone), as after a real outage."""

    def __init__(self, upstream: int) -> None:
        self.port = free_port()
        self._upstream, self._cut = upstream, threading.Event()
        self._server = socket.create_server(("127.0.0.1", self.port))
        self._dead: list[threading.Event] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def cut(self) -> None:
        self._cut.set()
        for dead in self._dead:
            dead.set()

    def restore(self) -> None:
        self._cut.clear()

    def _accept(self) -> None:
        while True:
            client, _ = self._server.accept()
            threading.Thread(target=self._relay, args=(client,), daemon=True).start()

    def _relay(self, client: socket.socket) -> None:
        dead = threading.Event()
        self._dead.append(dead)
        if self._cut.is_set():
            dead.set()
        try:
            broker = socket.create_connection(("127.0.0.1", self._upstream), timeout=2)
        except OSError:  # the broker is down: refused, as the client would see it
            client.close()
            return
        broker.settimeout(None)
        for source, sink in ((client, broker), (broker, client)):
            threading.Thread(target=_pump, args=(source, sink, dead), daemon=True).start()


def _pump(source: socket.socket, sink: socket.socket, dead: threading.Event) -> None:
    try:
        while data := source.recv(65536):
            if not dead.is_set():
                sink.sendall(data)
    except OSError:
        pass
    if not dead.is_set():  # a dead link is never closed by us: only the client's timeout ends it
        for end in (source, sink):
            end.close()

"""A TCP proxy between a client and the broker whose broker-to-client direction can be held shut:
the broker gets everything the client sends, but its replies (PUBACKs, pings) wait, as over a
congested or half-open link. Or a black hole: traffic both ways dropped, sockets left open (a
half-open link: a Wi-Fi drop, a broker host losing power); then cut, and new connections refused
until it is opened again."""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from tests.broker import Broker

logger = logging.getLogger(__name__)


class Valve:
    def __init__(self, broker: Broker) -> None:
        self._broker = broker
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self._open = threading.Event()
        self._open.set()
        self._closed = threading.Event()
        self._dropping = threading.Event()
        self._refusing = threading.Event()
        self._sockets: list[socket.socket] = []
        self._dead: list[threading.Event] = []  # per connection: its traffic is dropped
        threading.Thread(target=self._accept, name="valve-accept", daemon=True).start()

    def hold_replies(self) -> None:
        """From now on, what the broker sends waits here (after at most one chunk in flight)."""
        self._open.clear()

    def release(self) -> None:
        self._open.set()

    def black_hole(self) -> None:
        """From now on, what either side sends is dropped, on new connections too; nobody is told (no
        FIN, no RST)."""
        self._dropping.set()
        for dead in self._dead:
            dead.set()

    def heal(self) -> None:
        """New connections pass again; the ones the black hole took stay dead and open (a NAT that lost
        them): only the client's own timeouts end them."""
        self._dropping.clear()

    def cut(self, *, refuse: bool = False) -> None:
        """Close the connections now (the client sees end-of-stream); `refuse`: and new ones until `open`."""
        if refuse:
            self._refusing.set()
        sockets, self._sockets = self._sockets, []
        self._dead = []
        for sock in sockets:
            with contextlib.suppress(OSError):  # already closed
                sock.shutdown(socket.SHUT_RDWR)
        self._dropping.clear()

    def open(self) -> None:
        """Accept and pass connections again."""
        self._refusing.clear()

    def close(self) -> None:
        self._closed.set()
        self._open.set()
        self._listener.close()
        for sock in self._sockets:
            sock.close()

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if self._refusing.is_set():
                client.close()
                continue
            try:
                upstream = socket.create_connection((self._broker.host, self._broker.port))
            except OSError:  # the broker is down (restarting): refused, as the client would see it
                client.close()
                continue
            self._sockets += [client, upstream]
            dead = threading.Event()
            if self._dropping.is_set():
                dead.set()
            self._dead.append(dead)
            threading.Thread(target=self._pump, args=(client, upstream, None, dead), daemon=True).start()
            threading.Thread(
                target=self._pump, args=(upstream, client, self._open, dead), daemon=True
            ).start()

    def _pump(
        self, source: socket.socket, sink: socket.socket, gate: threading.Event | None, dead: threading.Event
    ) -> None:
        try:
            while data := source.recv(65536):
                if gate is not None:
                    gate.wait()
                if not dead.is_set():
                    sink.sendall(data)
        except OSError as exc:  # one side closed: the other follows
            logger.debug("valve: %s", exc)
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):  # already closed
                    sock.shutdown(socket.SHUT_RDWR)


@contextmanager
def valve(broker: Broker) -> Iterator[Valve]:
    opened = Valve(broker)
    try:
        yield opened
    finally:
        opened.close()

"""MQTT with TLS, client certificates and passwords, against a real mosquitto with certificates made here."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from edgeagent.config import MqttSettings
from edgeagent.mqtt.client import PASSWORD_ENV_VAR, MqttClient, MqttError, Publish
from tests.broker import Broker, TestClient, free_port, mosquitto


@dataclass(frozen=True)
class Pki:
    ca: Path
    other_ca: Path
    client_cert: Path
    client_key: Path
    folder: Path


def _openssl(folder: Path, *args: str) -> None:
    subprocess.run(["openssl", *args], cwd=folder, check=True, capture_output=True)


def _signed(folder: Path, name: str, ca: str, extensions: str) -> None:
    _openssl(
        folder, "req", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{name}.key", "-out", f"{name}.csr",
        "-subj", f"/CN={name}",
    )  # fmt: skip
    (folder / f"{name}.ext").write_text(extensions)
    _openssl(
        folder, "x509", "-req", "-in", f"{name}.csr", "-CA", f"{ca}.crt", "-CAkey", f"{ca}.key",
        "-CAcreateserial", "-out", f"{name}.crt", "-days", "2", "-extfile", f"{name}.ext",
    )  # fmt: skip


def _ca(folder: Path, name: str) -> None:
    _openssl(
        folder, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{name}.key",
        "-out", f"{name}.crt", "-days", "2", "-subj", f"/CN={name}",
    )  # fmt: skip


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    folder = tmp_path_factory.mktemp("pki")
    for name in ("ca", "other_ca"):
        _ca(folder, name)
    _signed(folder, "server", "ca", "subjectAltName = IP:127.0.0.1, DNS:localhost\n")
    _signed(folder, "client", "ca", "extendedKeyUsage = clientAuth\n")
    return Pki(
        folder / "ca.crt", folder / "other_ca.crt", folder / "client.crt", folder / "client.key", folder
    )


@dataclass(frozen=True)
class SecureBroker:
    plain: Broker  # anonymous, loopback: where the test watches
    tls_port: int  # TLS, a client certificate required
    password_port: int  # plain TCP, username and password required


@pytest.fixture
def secure_broker(pki: Pki, tmp_path: Path) -> Iterator[SecureBroker]:
    subprocess.run(
        ["mosquitto_passwd", "-b", "-c", str(tmp_path / "passwd"), "kitchen", "s3cret"], check=True
    )
    tls_port, password_port = free_port(), free_port()
    listeners = (
        f"listener {tls_port} 127.0.0.1\nallow_anonymous true\nrequire_certificate true\n"
        f"cafile {pki.ca}\ncertfile {pki.folder / 'server.crt'}\nkeyfile {pki.folder / 'server.key'}\n"
        f"listener {password_port} 127.0.0.1\nallow_anonymous false\npassword_file {tmp_path / 'passwd'}\n"
    )
    with mosquitto(tmp_path, more_listeners=listeners) as plain:
        yield SecureBroker(plain, tls_port, password_port)


def _sends(settings: MqttSettings, broker: Broker) -> list[tuple[str, str]]:
    watcher = TestClient(broker)
    watcher.watch("home/#")
    client = MqttClient(settings)
    try:
        client.connect(timeout_seconds=5)
        client.publish(Publish("home/door/set", "LOCK"), wait_seconds=5)
        return watcher.wait_for(1, timeout_s=5)
    finally:
        client.close()
        watcher.close()


def with_client_certificate(pki: Pki, port: int, ca: Path) -> MqttSettings:
    return MqttSettings(
        host="127.0.0.1",
        port=port,
        ca_file=str(ca),
        cert_file=str(pki.client_cert),
        key_file=str(pki.client_key),
    )


def test_commands_travel_over_tls_with_a_client_certificate(pki: Pki, secure_broker: SecureBroker) -> None:
    settings = with_client_certificate(pki, secure_broker.tls_port, pki.ca)
    assert settings.uses_tls
    assert _sends(settings, secure_broker.plain) == [("home/door/set", "LOCK")]


def test_a_broker_whose_certificate_another_ca_signed_is_not_trusted(
    pki: Pki, secure_broker: SecureBroker
) -> None:
    settings = with_client_certificate(pki, secure_broker.tls_port, pki.other_ca)
    with pytest.raises(MqttError) as caught:
        MqttClient(settings).connect(timeout_seconds=3)
    assert caught.value.code == "broker_unreachable"


def test_without_a_client_certificate_the_tls_listener_refuses(pki: Pki, secure_broker: SecureBroker) -> None:
    settings = MqttSettings(host="127.0.0.1", port=secure_broker.tls_port, ca_file=str(pki.ca))
    with pytest.raises(MqttError):
        MqttClient(settings).connect(timeout_seconds=3)


def test_the_password_comes_from_its_file_or_the_environment(
    secure_broker: SecureBroker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = tmp_path / "mqtt-password"
    secret.write_text("s3cret\n")
    base = MqttSettings(host="127.0.0.1", port=secure_broker.password_port, username="kitchen")
    assert _sends(MqttSettings(**{**base.__dict__, "password_file": str(secret)}), secure_broker.plain)
    monkeypatch.setenv(PASSWORD_ENV_VAR, "s3cret")
    assert _sends(base, secure_broker.plain)
    monkeypatch.setenv(PASSWORD_ENV_VAR, "wrong")
    with pytest.raises(MqttError):
        MqttClient(base).connect(timeout_seconds=3)


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"cert_file": "client.crt"}, "mqtt.cert_file and mqtt.key_file"),
        ({"ca_file": "/nonexistent/ca.crt"}, "mqtt.ca_file"),
        ({"cert_file": "/nonexistent/c.crt", "key_file": "/nonexistent/c.key"}, "mqtt.cert_file"),
    ],
)
def test_unusable_tls_settings_name_the_key(pki: Pki, changes: dict[str, str], named: str) -> None:
    with pytest.raises(MqttError) as caught:
        MqttClient(MqttSettings(host="127.0.0.1", **changes))
    assert caught.value.code == "tls_config" and named in caught.value.message

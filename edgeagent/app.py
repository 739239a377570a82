"""Assembly: from a Config to sources, sinks, engines and a pipeline."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from edgeagent import models
from edgeagent.audio.sinks import AudioSink, NullSink, SpeakerSink, WavFileSink
from edgeagent.audio.sources import AudioSource, MicrophoneSource, RawStdinSource, WavFileSource
from edgeagent.catalog.config_devices import entities_from_config
from edgeagent.catalog.model import Catalog
from edgeagent.catalog.sync import CatalogSync
from edgeagent.config import Config
from edgeagent.engines import factory
from edgeagent.engines.factory import cache_dir
from edgeagent.engines.llm.base import LlmEngine
from edgeagent.errors import EdgeAgentError
from edgeagent.intent.guard import Guard
from edgeagent.intent.ha_wording import HaWording
from edgeagent.intent.llm import Exchanges, LlmUnderstanding
from edgeagent.intent.templates import TemplateRecognizer
from edgeagent.intent.timers import Timers
from edgeagent.intent.understand import Understanding
from edgeagent.mqtt import ha_self
from edgeagent.mqtt.client import MqttClient, Publish
from edgeagent.mqtt.outbox import Outbox
from edgeagent.pipeline.heartbeat import Heartbeat
from edgeagent.pipeline.listener import ListenerSettings
from edgeagent.pipeline.runner import Engines, PipelineSettings
from edgeagent.pipeline.segmenter import SegmenterSettings
from edgeagent.pipeline.turn import TurnSettings

logger = logging.getLogger(__name__)
E = TypeVar("E")


def open_source(spec: str, config: Config) -> AudioSource:
    """`mic`, `-` (raw s16le on stdin) or a WAV file path."""
    if spec == "mic":
        return MicrophoneSource(
            config.audio.input_device, config.audio.capture_rate_hz, config.audio.reopen_interval_seconds
        )
    if spec == "-":
        return RawStdinSource()
    return WavFileSource(Path(spec))


def open_sink(spec: str, config: Config, *, realtime: bool = False) -> AudioSink:
    """`speaker`, `none` or a WAV file path (written at the pace it is heard when `realtime`)."""
    if spec == "none":
        return NullSink()
    if spec == "speaker":
        speaker = SpeakerSink(config.audio.output_device)
        speaker.check()
        return speaker
    return WavFileSink(Path(spec), realtime=realtime)


def load_engines(config: Config, progress: Callable[[str], None] = lambda _text: None) -> Engines:
    """Load every engine, closing the ones already loaded if a later one fails."""
    loaded: list[object] = []
    started = time.monotonic()
    try:
        progress("loading the wake word model (1/4)")
        wake = _timed("wake", factory.build_wake, config, loaded)
        progress("loading the voice activity model (2/4)")
        vad = _timed("vad", factory.build_vad, config, loaded)
        progress("loading the speech-to-text model (3/4)")
        stt = _timed("stt", factory.build_stt, config, loaded)
        progress("loading the voice (4/4)")
        tts = _timed("tts", factory.build_tts, config, loaded)
    except BaseException:
        for engine in loaded:
            engine.close()  # type: ignore[attr-defined]
        raise
    logger.info("engines loaded in %.2f s", time.monotonic() - started)
    return Engines(wake=wake, vad=vad, stt=stt, tts=tts)


def _timed(stage: str, build: Callable[[Config], E], config: Config, loaded: list[object]) -> E:
    started = time.monotonic()
    engine = build(config)
    loaded.append(engine)
    logger.info("%s engine ready in %.2f s", stage, time.monotonic() - started)
    return engine


def pipeline_settings(config: Config) -> PipelineSettings:
    vad = config.vad
    segmenter = SegmenterSettings(
        speech_start_ms=vad.speech_start_ms,
        end_silence_ms=vad.end_silence_ms,
        max_command_ms=vad.max_command_ms,
        no_speech_timeout_ms=vad.no_speech_timeout_ms,
        speculate_after_ms=vad.speculate_after_ms,
        early_end_silence_ms=vad.command_end_silence_ms if vad.speculate_after_ms else 0,
    )
    listener = ListenerSettings(
        vad_threshold=vad.threshold,
        preroll_ms=config.audio.preroll_ms,
        refractory_ms=config.wake.refractory_ms,
        segmenter=segmenter,
    )
    turn = TurnSettings(
        language=config.stt.language,
        initial_prompt=config.stt.initial_prompt,
        follow_up_ms=config.conversation.follow_up_ms,
        question_timeout_ms=config.conversation.question_timeout_ms,
    )
    return PipelineSettings(listener=listener, turn=turn, queue_frames=config.audio.queue_frames)


def load_llm_engine(config: Config) -> LlmEngine | None:
    """The configured model: local, or a server with the local model as its fallback."""
    if config.llm.backend != "openai":
        return load_local_llm(config)
    from edgeagent.engines.llm.remote import FallbackLlm, OpenAiLlm, Server, api_key

    llm = config.llm
    key = api_key(llm.api_key_file)
    server = Server(llm.url, llm.remote_model, key, llm.timeout_ms, llm.structured_output)
    local = load_local_llm(config) if llm.fallback else None
    fallback = models.llm_name(llm.model, cache_dir(config)) if local else "none"
    logger.info("language model on %s (fallback: %s)", llm.url, fallback)
    return FallbackLlm(OpenAiLlm(server), local, retry_after_s=llm.retry_after_seconds)


def load_local_llm(config: Config) -> LlmEngine | None:
    """The genai model `llm.model` names, else the best one installed (models.choose_llm); None with a
    clear warning when it is missing or broken."""
    try:
        choice = models.choose_llm(config.llm.model, cache_dir(config))
        logger.info("language model: %s (%s)", choice.name, choice.why)
        from edgeagent.engines.llm.genai import GenaiLlm

        engine = GenaiLlm(choice.path, threads=config.llm.threads, max_length=config.llm.max_length)
    except EdgeAgentError as exc:
        logger.warning("language model off: %s (set llm.enabled = false to silence this)", exc)
        return None
    logger.info("language model %s ready in %.2f s", choice.name, engine.load_seconds)
    return engine


def build_catalog(config: Config) -> Catalog:
    """The devices from the config file; MQTT sources are added by `connect_mqtt`."""
    catalog = Catalog()
    for entity in entities_from_config(config.devices):
        catalog.put(entity)
    return catalog


def connect_mqtt(
    config: Config,
    catalog: Catalog,
    *,
    required: bool,
    will: Publish | None = None,
    outbox: tuple[Outbox, Heartbeat] | None = None,
) -> MqttClient | None:
    """Connect (when mqtt.host is set) and keep the catalog live from the broker; device commands
    through `outbox`, watched by its heartbeat (the daemon's)."""
    if not config.mqtt.host:
        return None
    waiting, watch = outbox if outbox is not None else (None, None)
    site = f"edgeagent-{config.mqtt.site_id}"
    client = MqttClient(config.mqtt, client_id=site, will=will, outbox=waiting, heartbeat=watch)
    prefix = config.intent.discovery_prefix
    own_topic, _ = ha_self.discovery(config.mqtt.site_id, "", prefix)
    sync = CatalogSync(
        catalog, client, discovery_prefix=prefix, z2m_base=config.intent.zigbee2mqtt_base, ignore=own_topic
    )
    sync.start()
    client.connect(required=required)
    sync.wait_until_quiet()
    logger.info("catalog: %d entities in %d areas", len(catalog.entities()), len(catalog.areas()))
    return client


def build_understanding(
    config: Config,
    catalog: Catalog,
    *,
    announce: Callable[[str], None] | None = None,
    set_volume: Callable[[int], None] | None = None,
    previous: Understanding | None = None,
) -> Understanding:
    """Templates, LLM and timers over `catalog`; a `previous` one (config reload) hands over its
    running timers and its loaded language model instead of starting new ones."""
    started = time.monotonic()
    recognizer = TemplateRecognizer(
        config.intent.language,
        config.intents,
        fuzzy_cutoff=config.intent.fuzzy_cutoff,
        floors=config.intent.floors,
    )
    logger.info("sentence templates ready in %.2f s", time.monotonic() - started)
    return Understanding(
        recognizer,
        catalog,
        here=config.intent.area,
        custom=config.intents,
        timers=previous.timers if previous else Timers(announce) if announce else None,
        set_volume=set_volume,
        fuzzy_cutoff=config.intent.fuzzy_cutoff,
        floors=config.intent.floors,
        llm=build_llm(config, catalog, engine=previous.llm.engine if previous and previous.llm else None),
        guard=Guard(config.security),
        wording=HaWording(config.intent.language) if config.intent.responses == "home_assistant" else None,
    )


def build_llm(config: Config, catalog: Catalog, engine: LlmEngine | None = None) -> LlmUnderstanding | None:
    """The language model, or None (switched off, or missing: then templates only, with a clear warning).

    An already loaded `engine` is reused: only its prompt is prefilled again.
    """
    if not config.llm.enabled:
        return None
    if engine is None:
        engine = load_llm_engine(config)
        if engine is None:
            return None
    conversation = config.conversation
    llm = LlmUnderstanding(
        engine,
        catalog,
        config.intents,
        max_tokens=config.llm.max_answer_tokens,
        floors=config.intent.floors,
        exchanges=Exchanges(conversation.llm_exchanges, conversation.llm_forget_after_seconds),
    )
    started = time.monotonic()
    try:
        llm.ensure_primed()
    except EdgeAgentError as exc:
        logger.error("language model off: %s", exc)
        return None
    logger.info("prompt prefilled (with guidance) in %.2f s", time.monotonic() - started)
    return llm

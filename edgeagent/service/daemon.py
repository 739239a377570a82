"""`edgeagent run`: the daemon's lifecycle.

Start: config (already validated) -> MQTT with a retained `offline` last will and
the live catalog -> engines (STATUS shows progress) -> pipeline threads running ->
`online` and READY=1 (so from `online` on, `listen`, `ask` and `say` are taken;
anything that arrived earlier was queued, not dropped). SIGTERM/SIGINT:
STOPPING=1, the turn in progress is cancelled, `offline` (retained), close
everything, exit 0. SIGHUP and catalog changes are handled on the upkeep thread
(service/upkeep.py), so the main thread keeps pinging the watchdog; a reload
(service/reload.py) re-reads the config and applies what can change live. Mute,
the wake threshold and the volume are kept in a state file (service/state.py)
and set again at start. The watchdog is fed
only while audio frames arrive and every thread's heartbeat (pipeline/heartbeat.py:
the pipeline's, the upkeep's, the event bus's) is neither stuck nor dead.
"""

from __future__ import annotations

import logging
import signal
import sys
import threading
from collections.abc import Callable

from edgeagent import app
from edgeagent.catalog.vocabulary import HomePrompt
from edgeagent.config import Config
from edgeagent.engines.stt.wyoming import FallbackStt
from edgeagent.engines.tts.wyoming import FallbackTts
from edgeagent.intent.responder import ActingResponder, Publisher
from edgeagent.intent.understand import Understanding
from edgeagent.mqtt.announce import Announcements
from edgeagent.mqtt.arbiter import Arbiter, ArbiterSettings
from edgeagent.mqtt.client import MqttClient, Publish
from edgeagent.mqtt.control import ControlSurface, availability_will
from edgeagent.mqtt.hermes import Hermes
from edgeagent.mqtt.outbox import Outbox
from edgeagent.pipeline import events
from edgeagent.pipeline.events import EventBus, JsonlWriter, log_event
from edgeagent.pipeline.feedback import FeedbackPlayer, listening_chime_ms
from edgeagent.pipeline.heartbeat import Heartbeats, StuckAfter
from edgeagent.pipeline.playback import Volume
from edgeagent.pipeline.runner import Engines, Pipeline, PipelineStats, PipelineWiring
from edgeagent.pipeline.supervisor import Worker
from edgeagent.service import state
from edgeagent.service.losses import Losses, LossReporter
from edgeagent.service.reload import Reloader, Running
from edgeagent.service.systemd import Notifier, Watchdog, frames_recent
from edgeagent.service.upkeep import Upkeep

logger = logging.getLogger(__name__)


class Daemon:
    def __init__(
        self,
        config: Config,
        reread: Callable[[], Config],
        *,
        input_spec: str,
        output_spec: str,
        jsonl: bool,
        stuck_after: StuckAfter | None = None,
    ) -> None:
        self.config = config
        self._reread = reread  # the config file again, with the same command-line overrides
        self._input_spec, self._output_spec, self._jsonl = input_spec, output_spec, jsonl
        self._notifier = Notifier()
        self._stop = threading.Event()
        self._heartbeats = beats = Heartbeats(stuck_after)  # every thread's, read by the watchdog
        self._upkeep = Upkeep(
            prepare=self._prepare_understanding,
            reload=self._reload,
            heartbeat=beats.register(Upkeep.name, beats.stuck_after.upkeep_s),
        )
        self.bus = EventBus(heartbeat=beats.register("events", beats.stuck_after.events_s))
        self._client: MqttClient | None = None
        self._pipeline_running: Pipeline | None = None
        self._control: ControlSurface | None = None
        self._arbiter: Arbiter | None = None
        self._reloader: Reloader | None = None  # from when the pipeline is built

    def run(self) -> PipelineStats:
        self._handle_signals()  # first: a SIGHUP or SIGTERM during start-up must not kill us mid-way
        self.bus.subscribe(log_event)
        if self._jsonl:
            self.bus.subscribe(JsonlWriter(sys.stdout))
        source = app.open_source(self._input_spec, self.config)
        sink = app.open_sink(self._output_spec, self.config, realtime=source.paced)
        self.catalog = app.build_catalog(self.config)
        self._notifier.status("connecting to MQTT")
        site = self.config.mqtt.site_id
        outbox = Outbox(
            capacity=self.config.mqtt.outbox_size,
            max_age_seconds=self.config.mqtt.outbox_max_age_seconds,
            on_dropped=self._command_dropped,
        )
        watch = self._heartbeats.register("mqtt-commands", None)  # it only waits: its death counts
        self._client = app.connect_mqtt(
            self.config, self.catalog, required=False, will=availability_will(site), outbox=(outbox, watch)
        )
        self._notifier.status("loading models")
        engines = app.load_engines(self.config, progress=self._notifier.status)
        try:
            pipeline = self._pipeline(engines)
            self._reloader = self._reloader_for(pipeline, engines)
            self._report_fallbacks(pipeline, engines)
            kept = self._restore(pipeline, engines)
            self._connect_controls(pipeline, engines, kept)
            self.catalog.on_change(self._upkeep.catalog_changed)
            watchdog = Watchdog(
                self._notifier, [frames_recent(pipeline.last_frame_monotonic), self._heartbeats.troubles]
            )
            rooms = self._start_rooms(pipeline)
            losses = self._losses(pipeline, outbox)
            workers: list[Worker] = [self._upkeep, self._keeper(pipeline, kept), *rooms]
            if self._control is not None:
                workers.append(LossReporter(losses, self._control.publish_losses))
            stats = pipeline.run(
                source, sink, self._stop, on_tick=watchdog.tick, on_ready=self._ready, workers=workers
            )
            losses.say()
            return stats
        finally:
            self._shutdown(engines)
            sink.close()
            source.close()

    def _losses(self, pipeline: Pipeline, outbox: Outbox) -> Losses:
        """Every bounded queue's and the outbox's drops since start, read where they are counted."""
        arbiter = self._arbiter

        def own() -> dict[str, int]:
            counts = {
                "events": self.bus.dropped,
                "commands_outbox_full": outbox.dropped_full,
                "commands_expired": outbox.dropped_expired,
                "commands_refused": outbox.refused,
            }
            if arbiter is not None:
                counts["wake_claims_late"] = arbiter.late_claims
            return counts

        return Losses(pipeline.losses, own)

    def _report_fallbacks(self, pipeline: Pipeline, engines: Engines) -> None:
        """A Wyoming server failing and the local engine answering instead: an `error` event says so."""
        for stage, engine in (("stt", engines.stt), ("tts", engines.tts)):
            if isinstance(engine, FallbackStt | FallbackTts):

                def told(message: str, stage: str = stage) -> None:
                    t_ms = pipeline.stream_t_ms()
                    self.bus.emit(events.ERROR, 0, t_ms, stage=stage, code="remote_fallback", message=message)

                engine.on_fallback = told

    def _restore(self, pipeline: Pipeline, engines: Engines) -> state.Kept:
        """What was set before the last stop: mute, the wake threshold, the volume."""
        self._state_path = state.default_path(self.config.conversation.state_file)
        kept = state.load(self._state_path)
        if self._client is not None:  # only MQTT unmutes: without a broker a kept mute would be for good
            pipeline.set_muted(kept.muted)
        pipeline.set_volume(kept.volume_percent)
        if kept.wake_threshold:
            engines.wake.set_threshold(kept.wake_threshold)
        logger.info("settings from %s: %s", self._state_path, kept)
        return kept

    def _keeper(self, pipeline: Pipeline, kept: state.Kept) -> state.Keeper:
        def current() -> state.Kept:
            control = self._control
            threshold = control.chosen_threshold if control is not None else kept.wake_threshold
            return state.Kept(pipeline.muted, threshold, pipeline.volume_percent)

        def changed() -> None:  # a change by voice is republished too
            if self._control is not None:
                self._control.publish_all()

        return state.Keeper(self._state_path, current, changed, saved=kept)

    def _ready(self) -> None:
        """Every pipeline thread runs: from now on inputs are handled at once."""
        if self._control is not None:
            self._control.go_online()
        self._notifier.ready()

    def _command_dropped(self, message: Publish, reason: str) -> None:
        """A command never reached its device: an `error` event, and the person is told (not when
        another room acted on the same wake word instead: the event only)."""
        pipeline = self._pipeline_running
        t_ms = pipeline.stream_t_ms() if pipeline else 0
        if reason == "answered_elsewhere":
            said = f"command {message.payload!r} to {message.topic}"
            text = f"{said} not sent: another room acted on the same wake word"
            self.bus.emit(
                events.ERROR, 0, t_ms, stage="mqtt", code="command_answered_elsewhere", message=text
            )
            return
        why = "the broker refused it" if reason == "refused" else f"the broker was unreachable ({reason})"
        text = f"command to {message.topic} not sent: {why}"
        self.bus.emit(events.ERROR, 0, t_ms, stage="mqtt", code=f"command_{reason}", message=text)
        if pipeline is not None:
            broker = "refused it" if reason == "refused" else "was unreachable"
            pipeline.announce(f"Sorry, a command could not reach its device: the message broker {broker}.")

    def _pipeline(self, engines: Engines) -> Pipeline:
        """The pipeline and what it is wired to: the responder, wake arbitration, Whisper's prompt."""
        config = self.config
        self._arbitrated = self._client is not None and config.rooms.arbitrate
        self._arbiter = self._new_arbiter() if self._arbitrated else None
        volume = Volume()
        self._responder = ActingResponder(self._understanding(volume.set), self._publisher())
        wiring = PipelineWiring(
            output_audible=self._output_spec == "speaker",
            barge_in=config.audio.barge_in,
            speaking_tail_seconds=config.audio.speaking_tail_ms / 1000,
            listening_chime_ms=self._listening_chime_ms(config),
            # Whisper hears this home's names right (docs/performance.md)
            stt_prompt=HomePrompt(self.catalog, config.stt.initial_prompt, config.stt.language)
            if config.stt.home_prompt
            else None,
            answers=self._arbiter.answers if self._arbiter is not None else None,
        )
        settings = app.pipeline_settings(config)
        pipeline = Pipeline(
            engines,
            self._responder,
            self.bus,
            settings,
            wiring=wiring,
            heartbeats=self._heartbeats,
            volume=volume,
        )
        self._pipeline_running = pipeline
        self._output_rate_hz = engines.tts.sample_rate_hz
        self._feedback = self._feedback_player(config, pipeline)
        self.bus.subscribe(lambda event: self._feedback(event))
        return pipeline

    def _publisher(self) -> Publisher | None:
        """How a turn's commands are sent: a wake word this room answered alone in an outage holds them
        until the rooms have settled which one acts (mqtt/arbiter.py)."""
        client, arbiter = self._client, self._arbiter
        if client is None:
            return None
        if arbiter is None:
            return lambda message, _turn: client.send_command(message)
        return lambda message, turn: client.send_command(message, wake=arbiter.unsettled(turn))

    def _listening_chime_ms(self, config: Config) -> int:
        """Audio after a wake word that is not the command: the chime, which the winner of a claim
        window plays at the window's end."""
        window_ms = config.rooms.claim_window_ms if self._arbitrated else 0
        return listening_chime_ms(config.feedback) + window_ms

    def _announce(self, text: str) -> None:
        """Timers and reminders speak through the running pipeline, after the turn in progress."""
        if self._pipeline_running is not None:
            self._pipeline_running.announce(text)

    def _feedback_player(self, config: Config, pipeline: Pipeline) -> FeedbackPlayer:
        rate = self._output_rate_hz
        return FeedbackPlayer(config.feedback, pipeline.play_sound, rate, arbitrated=self._arbitrated)

    def _new_arbiter(self) -> Arbiter:
        """Wake arbitration with the other assistants on the broker (started with the rooms)."""
        assert self._client is not None
        rooms = self.config.rooms
        settings = ArbiterSettings(
            self.config.mqtt.site_id,
            self.config.intent.area,
            rooms.claim_window_ms,
            rooms.standby_ms,
            rooms.settle_ms,
        )
        return Arbiter(self._client, settings, on_won=lambda _turn: self._feedback.listening())

    def _start_rooms(self, pipeline: Pipeline) -> list[Arbiter]:
        """Several assistants on one broker: announcements to this one's area, and wake arbitration
        (its arbiter is a pipeline worker)."""
        client, rooms, area = self._client, self.config.rooms, self.config.intent.area
        if client is None:
            return []

        def speak(text: str, chime: bool) -> None:
            pipeline.announce(text, self._feedback.announce_chime if chime else None)

        Announcements(client, area, speak, chime=rooms.announce_chime).start()
        if self._arbiter is None:
            return []
        self._arbiter.start()
        self.bus.subscribe(self._arbiter.on_event)
        return [self._arbiter]

    def _prepare_understanding(self) -> None:
        """On the upkeep thread, after catalog changes: templates and the LLM's prompt made current."""
        self._responder.understanding.prepare()

    def _understanding(
        self,
        set_volume: Callable[[int], None],
        previous: Understanding | None = None,
        config: Config | None = None,
    ) -> Understanding:
        return app.build_understanding(
            config or self.config,
            self.catalog,
            announce=self._announce,
            set_volume=set_volume,
            previous=previous,
        )

    def _connect_controls(self, pipeline: Pipeline, engines: Engines, kept: state.Kept) -> None:
        if self._client is None:
            return
        site = self.config.mqtt.site_id
        self._control = ControlSurface(
            self._client,
            pipeline,
            site,
            set_threshold=engines.wake.set_threshold,
            threshold=kept.wake_threshold or self.config.wake.threshold,
            discovery_prefix=self.config.intent.discovery_prefix,
        )
        self._control.chosen_threshold = kept.wake_threshold
        self._control.start()
        self.bus.subscribe(self._control.on_event)
        if self.config.mqtt.hermes:
            hermes = Hermes(self._client, site, pipeline.announce)
            hermes.start()
            self.bus.subscribe(hermes.on_event)

    def _handle_signals(self) -> None:
        def stop(signum: int, _frame: object) -> None:
            logger.info("%s: stopping", signal.Signals(signum).name)
            self._notifier.stopping()
            self._stop.set()  # the pipeline cancels the turn in progress and bounds every join

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGHUP, lambda _s, _f: self._upkeep.request_reload())

    def _reload(self) -> None:
        """SIGHUP, on the upkeep thread: apply a new config where possible, keep the old one if invalid."""
        reloader = self._reloader
        if reloader is None:  # still starting: the config read at start is the one to use
            return
        self._notifier.reloading()
        try:
            reloader.reload()
        finally:  # whatever happened, systemd hears that the reload is over
            self._notifier.ready()

    def _reloader_for(self, pipeline: Pipeline, engines: Engines) -> Reloader:
        def understanding(new: Config, running: Understanding) -> Understanding:
            return self._understanding(pipeline.volume.set, running, new)

        def feedback(new: Config) -> None:
            self._feedback = self._feedback_player(new, pipeline)
            pipeline.set_listening_chime_ms(self._listening_chime_ms(new))

        running = Running(engines, self._responder, self.catalog, understanding, feedback)
        return Reloader(self.config, self._reread, running)

    def _shutdown(self, engines: Engines) -> None:
        self._notifier.stopping()
        if self._control is not None:
            self._control.go_offline()
        if self._client is not None:
            self._client.close()
        self.bus.close()
        engines.close()
        self._notifier.close()

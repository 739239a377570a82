#!/usr/bin/env bash
# Home Assistant's own Wyoming voice servers, for the "bigger box" (and for the tests of
# stt.backend / tts.backend = "wyoming"): wyoming-faster-whisper and wyoming-piper, in a venv of
# their own (their pins need not match ours).
#
#   deploy/wyoming-servers.sh [VENV]     (default ~/.cache/edgeagent/wyoming)
#   VENV/bin/python -m wyoming_faster_whisper --uri tcp://0.0.0.0:10300 --model base.en \
#       --language en --data-dir /var/lib/wyoming/whisper
#   VENV/bin/python -m wyoming_piper --uri tcp://0.0.0.0:10200 --voice en_US-joe-medium \
#       --data-dir /var/lib/wyoming/piper
# then on each assistant: [stt] backend = "wyoming", uri = "tcp://<that box>:10300" (and [tts] the same).
set -euo pipefail
VENV="${1:-$HOME/.cache/edgeagent/wyoming}"
if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c "import wyoming_faster_whisper, wyoming_piper" 2>/dev/null; then
  echo "Wyoming servers already in $VENV"; exit 0
fi
python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet "wyoming-faster-whisper==3.8.1" "wyoming-piper==2.5.2"
echo "Wyoming servers ready in $VENV"

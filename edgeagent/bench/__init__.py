"""`edgeagent bench`: the benchmark suite (CONTRACTS.md, "Benchmark output").

Synthesized scenarios run through the real pipeline, paced in real time, once
with the latency techniques on and once the straightforward way, so every claim
is a side-by-side ratio measured in the same run on the same machine.
"""

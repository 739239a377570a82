"""Engines: one small synchronous interface per stage, real backends and fakes.

Only the configured backend is imported (`edgeagent.engines.factory`).
"""

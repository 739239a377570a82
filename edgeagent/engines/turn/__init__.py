"""End of turn: has the speaker finished, judged from how the last seconds sound."""

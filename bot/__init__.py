"""The dialogue engine: pure functions from a conversation and an inbound message to a Turn."""

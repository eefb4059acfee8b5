"""HTTP and CLI edges: Twilio webhooks, health, the simulator, the chat command."""

"""Label Studio verification: labeling config, task payloads, the server, push, pull and agreement."""

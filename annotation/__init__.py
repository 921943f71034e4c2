"""Label Studio verification: labeling config, tasks, the server, push, pull and agreement."""

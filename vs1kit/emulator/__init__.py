"""The VS-1 camera emulator: a camera model behind the standard and service port servers."""

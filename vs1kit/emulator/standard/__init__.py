"""The camera's standard text-protocol servers: FTP (21), Telnet (23) and HTTP (80).

Each server takes the shared camera state (`vs1kit.emulator.netstate`, `vs1kit.emulator.files`)
and, where the spec describes one, its table (commands, pages, areas); `start()` and `stop()`
are coroutines and `stop()` releases the port.
"""

"""Integrations: plugins that bridge VS-1 cameras into plant automation.

Each is registered under the entry-point group ``vs1kit.integrations`` (ours the same way as a
third party's) and satisfies :class:`vs1kit.bridge.plugin.Integration`: a typed ``Config``
schema, ``async_setup_entry``/``async_unload_entry``, ``diagnostics`` with secrets redacted, and
a ``quality_scale.yaml`` beside it. Integrations talk to the :class:`~vs1kit.hub.Hub` only,
never to a camera socket.
"""

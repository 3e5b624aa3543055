"""Spec -> intermediate model -> checking passes -> emitters (Python, Lua, Markdown, vectors)."""

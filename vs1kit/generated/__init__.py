# GENERATED FILE - DO NOT EDIT. Generated from protocol_spec/ by `vs1 codegen`.
# Change the spec and run `vs1 codegen`; `vs1 codegen --check` tells when this file is stale.
"""Codecs generated from the VS-1 spec (vs1 version 1)."""

SPEC_NAME = "vs1"
SPEC_VERSION = 1

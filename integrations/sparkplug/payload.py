"""Sparkplug B payloads with the protobuf runtime: the schema built here, in a private pool.

The message and field numbers are those of the Sparkplug B specification's
``org.eclipse.tahu.protobuf.Payload`` (the part an edge node of cameras uses: metrics with
scalar and bytes values, no templates or data sets). The descriptor lives in its own
:class:`~google.protobuf.descriptor_pool.DescriptorPool`, so another binding of the same schema
in the process (the tests decode with one) never collides with ours.
"""

from __future__ import annotations

import enum
from typing import Any

# No stubs in the venv (types-protobuf is not a dependency): the module is typed at its edges.
from google.protobuf import (  # type: ignore[import-untyped]
    descriptor_pb2,
    descriptor_pool,
    message_factory,
)

PACKAGE = "org.eclipse.tahu.protobuf"


class DataType(enum.IntEnum):
    """Sparkplug B metric data types (the spec's numbering)."""

    INT8 = 1
    INT16 = 2
    INT32 = 3
    INT64 = 4
    UINT8 = 5
    UINT16 = 6
    UINT32 = 7
    UINT64 = 8
    FLOAT = 9
    DOUBLE = 10
    BOOLEAN = 11
    STRING = 12
    DATETIME = 13
    TEXT = 14
    UUID = 15
    BYTES = 17


# Which oneof value field carries each type.
VALUE_FIELD: dict[DataType, str] = {
    **{t: "int_value" for t in (DataType.INT8, DataType.INT16, DataType.INT32, DataType.UINT8,
                                DataType.UINT16, DataType.UINT32)},
    **{t: "long_value" for t in (DataType.INT64, DataType.UINT64, DataType.DATETIME)},
    DataType.FLOAT: "float_value", DataType.DOUBLE: "double_value",
    DataType.BOOLEAN: "boolean_value",
    **{t: "string_value" for t in (DataType.STRING, DataType.TEXT, DataType.UUID)},
    DataType.BYTES: "bytes_value",
}

_F = descriptor_pb2.FieldDescriptorProto


def _field(msg: Any, name: str, number: int, type_: int,
           label: int = _F.LABEL_OPTIONAL, type_name: str = "", oneof: int | None = None) -> None:
    f = msg.field.add(name=name, number=number, type=type_, label=label)
    if type_name:
        f.type_name = type_name
    if oneof is not None:
        f.oneof_index = oneof


def _file() -> Any:
    fd = descriptor_pb2.FileDescriptorProto(name="vs1kit_sparkplug_b.proto", package=PACKAGE,
                                            syntax="proto2")
    payload = fd.message_type.add(name="Payload")
    metric = payload.nested_type.add(name="Metric")
    _field(metric, "name", 1, _F.TYPE_STRING)
    _field(metric, "alias", 2, _F.TYPE_UINT64)
    _field(metric, "timestamp", 3, _F.TYPE_UINT64)
    _field(metric, "datatype", 4, _F.TYPE_UINT32)
    _field(metric, "is_historical", 5, _F.TYPE_BOOL)
    _field(metric, "is_transient", 6, _F.TYPE_BOOL)
    _field(metric, "is_null", 7, _F.TYPE_BOOL)
    metric.oneof_decl.add(name="value")
    for name, number, t in (("int_value", 10, _F.TYPE_UINT32), ("long_value", 11, _F.TYPE_UINT64),
                            ("float_value", 12, _F.TYPE_FLOAT), ("double_value", 13, _F.TYPE_DOUBLE),
                            ("boolean_value", 14, _F.TYPE_BOOL), ("string_value", 15, _F.TYPE_STRING),
                            ("bytes_value", 16, _F.TYPE_BYTES)):
        _field(metric, name, number, t, oneof=0)
    _field(payload, "timestamp", 1, _F.TYPE_UINT64)
    _field(payload, "metrics", 2, _F.TYPE_MESSAGE, _F.LABEL_REPEATED, f".{PACKAGE}.Payload.Metric")
    _field(payload, "seq", 3, _F.TYPE_UINT64)
    _field(payload, "uuid", 4, _F.TYPE_STRING)
    _field(payload, "body", 5, _F.TYPE_BYTES)
    return fd


_POOL = descriptor_pool.DescriptorPool()
_POOL.Add(_file())
Payload: type[Any] = message_factory.GetMessageClass(_POOL.FindMessageTypeByName(f"{PACKAGE}.Payload"))


def set_value(metric: Any, datatype: DataType, value: Any) -> None:
    """Store ``value`` in the metric's value field for ``datatype`` (None: ``is_null``)."""
    if value is None:
        metric.is_null = True
        return
    if datatype in (DataType.INT8, DataType.INT16, DataType.INT32):
        # Signed values travel as their two's complement in the unsigned field (spec 6.4.16).
        bits = {DataType.INT8: 8, DataType.INT16: 16, DataType.INT32: 32}[datatype]
        metric.int_value = int(value) & ((1 << bits) - 1)
    elif datatype == DataType.INT64:
        metric.long_value = int(value) & ((1 << 64) - 1)
    elif datatype == DataType.BOOLEAN:
        metric.boolean_value = bool(value)
    elif datatype in (DataType.FLOAT, DataType.DOUBLE):
        setattr(metric, VALUE_FIELD[datatype], float(value))
    elif datatype == DataType.BYTES:
        metric.bytes_value = bytes(value)
    elif VALUE_FIELD[datatype] == "string_value":
        metric.string_value = str(value)
    else:
        setattr(metric, VALUE_FIELD[datatype], int(value))


def get_value(metric: Any, datatype: DataType | None = None) -> Any:
    """The metric's value (decoding signed integers when the datatype is known)."""
    if metric.is_null:
        return None
    which = metric.WhichOneof("value")
    if which is None:
        return None
    value = getattr(metric, which)
    dt = datatype if datatype is not None else (DataType(metric.datatype) if metric.datatype else None)
    if dt in (DataType.INT8, DataType.INT16, DataType.INT32, DataType.INT64):
        bits = {DataType.INT8: 8, DataType.INT16: 16, DataType.INT32: 32, DataType.INT64: 64}[dt]
        if value >= 1 << (bits - 1):
            value -= 1 << bits
    return value

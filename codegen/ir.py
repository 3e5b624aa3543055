"""The typed intermediate model of the spec.

The loader builds it, the passes check it and fill in derived facts (sizes, discriminators),
and the emitters read it. Names every target needs (Python class names, Lua field names,
struct format characters) are computed here so templates stay free of logic.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from typing import Literal

# --------------------------------------------------------------------------- naming


def camel(ident: str) -> str:
    """``report_record`` -> ``ReportRecord``."""
    return "".join(part[:1].upper() + part[1:] for part in ident.split("_"))


def py_attr(ident: str) -> str:
    """A spec id as a Python attribute: keywords and ``self``/``cls`` get a trailing ``_``."""
    return f"{ident}_" if keyword.iskeyword(ident) or ident in ("self", "cls") else ident


def label(ident: str) -> str:
    """``job_slot`` -> ``Job slot``: how a dissector or a reference shows a spec id."""
    text = ident.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


# Id suffixes that name a unit, and how the unit is written.
ID_UNITS = {"ns": "ns", "us": "µs", "ms": "ms", "s": "s", "hz": "Hz", "px": "px", "pct": "%"}


def const_name(ident: str) -> str:
    """``not_in_control`` -> ``NOT_IN_CONTROL``; names starting with a digit get a prefix."""
    name = re.sub(r"[^A-Za-z0-9_]", "_", ident).upper()
    return name if not name[:1].isdigit() else f"V_{name}"


# --------------------------------------------------------------------------- wire types

Endian = Literal[">", "<"]


@dataclass(frozen=True)
class IntT:
    width: int  # bytes
    signed: bool
    endian: Endian

    @property
    def name(self) -> str:
        return f"{'s' if self.signed else 'u'}{self.width * 8}"

    @property
    def struct_char(self) -> str:
        char = {1: "b", 2: "h", 4: "i", 8: "q"}[self.width]
        return char if self.signed else char.upper()

    @property
    def min(self) -> int:
        return -(1 << (self.width * 8 - 1)) if self.signed else 0

    @property
    def max(self) -> int:
        return (1 << (self.width * 8 - 1)) - 1 if self.signed else (1 << (self.width * 8)) - 1

    @property
    def fixed_size(self) -> int:
        return self.width


@dataclass(frozen=True)
class FloatT:
    width: int
    endian: Endian

    @property
    def name(self) -> str:
        return f"f{self.width * 8}"

    @property
    def struct_char(self) -> str:
        return "f" if self.width == 4 else "d"

    @property
    def fixed_size(self) -> int:
        return self.width


@dataclass(frozen=True)
class BoolT:
    name: str = "bool"
    struct_char: str = "?"
    fixed_size: int = 1


@dataclass(frozen=True)
class Ipv4T:
    name: str = "ipv4"
    struct_char: str = "4s"
    fixed_size: int = 4


@dataclass(frozen=True)
class MacT:
    name: str = "mac"
    struct_char: str = "6s"
    fixed_size: int = 6


@dataclass(frozen=True)
class PadT:
    size: int
    name: str = "pad"

    @property
    def struct_char(self) -> str:
        return f"{self.size}x"

    @property
    def fixed_size(self) -> int:
        return self.size


@dataclass(frozen=True)
class Size:
    """How many bytes a str/bytes field (or a sized nested value) takes."""

    kind: Literal["fixed", "prefix", "terminator", "eos", "field"]
    fixed: int = 0
    prefix: IntT | None = None
    terminator: bytes = b""
    max_size: int = 65535
    field: str = ""  # for kind == "field": the sibling holding the length
    # Spec key ``max``: the most bytes the value may have (None: not declared). Decoders
    # refuse a longer length before reading, encoders a longer value.
    limit: int | None = None
    holder: IntT | None = None  # for kind == "field": the type of the sibling holding the length

    @property
    def bound(self) -> int | None:
        """The most bytes the value can have on the wire (prefix and terminator excluded);
        None when nothing bounds it but the enclosing frame (``eos`` without ``max``)."""
        if self.kind == "fixed":
            return self.fixed
        if self.kind == "terminator":
            return self.max_size
        natural = (self.prefix.max if self.kind == "prefix" and self.prefix is not None
                   else self.holder.max if self.kind == "field" and self.holder is not None else None)
        if natural is None:
            return self.limit
        return natural if self.limit is None else min(natural, self.limit)

    @property
    def checked(self) -> int | None:
        """The declared maximum when it is tighter than what the size form allows by itself:
        the bound a decoder must check (None: the wire form bounds it already)."""
        if self.limit is None or self.kind in ("fixed", "terminator"):
            return None
        bound = self.bound
        natural = (self.prefix.max if self.kind == "prefix" and self.prefix is not None
                   else self.holder.max if self.kind == "field" and self.holder is not None else None)
        return bound if natural is None or (bound is not None and bound < natural) else None


@dataclass(frozen=True)
class StrT:
    encoding: str
    size: Size
    name: str = "str"

    @property
    def fixed_size(self) -> int | None:
        return self.size.fixed if self.size.kind == "fixed" else None


@dataclass(frozen=True)
class BytesT:
    size: Size
    name: str = "bytes"

    @property
    def fixed_size(self) -> int | None:
        return self.size.fixed if self.size.kind == "fixed" else None


@dataclass(eq=False)
class StructT:
    """A reference to a named type; ``target`` is resolved by the loader."""

    ref: str
    target: TypeDef | None = None
    size: Size | None = None  # set when a sibling's length_of bounds it

    @property
    def name(self) -> str:
        return self.ref

    @property
    def fixed_size(self) -> int | None:
        return self.target.fixed_size if self.target is not None else None


@dataclass(eq=False)
class SwitchCase:
    key_name: str  # enum value name, or the integer as text
    key: int
    type: WireType

    @property
    def ident(self) -> str:
        """The case as an identifier (a field name in the dissector): ``case_3`` for 3."""
        return self.key_name if not self.key_name[:1].isdigit() else f"case_{self.key_name}"


@dataclass(eq=False)
class SwitchT:
    on: str  # sibling field id
    cases: list[SwitchCase]
    default: WireType | None
    name: str = "switch"

    @property
    def fixed_size(self) -> int | None:
        sizes = {c.type.fixed_size for c in self.cases}
        if self.default is not None:
            sizes.add(self.default.fixed_size)
        return sizes.pop() if len(sizes) == 1 else None


WireType = IntT | FloatT | BoolT | Ipv4T | MacT | PadT | StrT | BytesT | StructT | SwitchT
SCALARS = (IntT, FloatT, BoolT, Ipv4T, MacT, PadT)


def references(wtype: WireType) -> list[TypeDef]:
    """The named types a wire type uses directly (a struct reference, a switch's cases)."""
    if isinstance(wtype, StructT) and wtype.target is not None:
        return [wtype.target]
    if isinstance(wtype, SwitchT):
        out = [t for c in wtype.cases for t in references(c.type)]
        return out + (references(wtype.default) if wtype.default is not None else [])
    return []


def min_size(wtype: WireType) -> int:
    """The fewest bytes a value of ``wtype`` takes (struct types: once the sizes pass ran)."""
    if isinstance(wtype, StrT | BytesT):
        s = wtype.size
        if s.kind == "fixed":
            return s.fixed
        if s.kind == "prefix" and s.prefix is not None:
            return s.prefix.width
        if s.kind == "terminator":
            return len(s.terminator)
        return 0
    if isinstance(wtype, StructT):
        return wtype.target.min_size if wtype.target is not None else 0
    if isinstance(wtype, SwitchT):
        sizes = [min_size(c.type) for c in wtype.cases]
        if wtype.default is not None:
            sizes.append(min_size(wtype.default))
        return min(sizes, default=0)
    return wtype.fixed_size

# --------------------------------------------------------------------------- enums


@dataclass
class EnumValue:
    name: str
    value: int
    doc: str = ""

    @property
    def const(self) -> str:
        return const_name(self.name)


@dataclass(eq=False)
class EnumDef:
    id: str
    base: IntT
    values: list[EnumValue]
    doc: str = ""
    file: str = ""
    line: int = 0

    @property
    def py_name(self) -> str:
        return camel(self.id)

    def by_name(self, name: str) -> EnumValue | None:
        return next((v for v in self.values if v.name == name), None)


@dataclass
class Flag:
    name: str
    bit: int

    @property
    def const(self) -> str:
        return const_name(self.name)

    @property
    def mask(self) -> int:
        return 1 << self.bit


@dataclass
class BitSub:
    """One packed sub-field of a ``bitfield`` integer."""

    id: str
    at: int
    width: int
    enum: EnumDef | None = None

    @property
    def py_name(self) -> str:
        return py_attr(self.id)

    @property
    def mask(self) -> int:
        return ((1 << self.width) - 1) << self.at


# --------------------------------------------------------------------------- fields


@dataclass
class ArraySpec:
    kind: Literal["fixed", "prefix", "field", "eos"]
    count: int = 0
    prefix: IntT | None = None
    field: str = ""
    max: int = 65535
    declared: bool = False  # ``max`` was written in the spec (else the default)

    @property
    def bound(self) -> int:
        """The most elements the array can have: its count, or ``max`` and the prefix's range."""
        if self.kind == "fixed":
            return self.count
        if self.kind == "prefix" and self.prefix is not None:
            return min(self.max, self.prefix.max)
        return self.max


@dataclass
class When:
    field: str
    has: str | None = None  # flag name
    equals: int | bool | None = None  # resolved value
    equals_name: str = ""  # as written in the spec
    mask: int = 0  # for has: the flag's mask


@dataclass(eq=False)
class Field:
    id: str
    type: WireType
    doc: str = ""
    example: object = None
    array: ArraySpec | None = None
    when: When | None = None
    enum: EnumDef | None = None
    flags: list[Flag] | None = None
    flags_class: str = ""  # Python IntFlag class name of a flags field (derive pass)
    bitfield: list[BitSub] | None = None
    const: int | bytes | None = None
    length_of: str | None = None
    count_of: str | None = None
    max: int | None = None  # spec key ``max`` of a length_of/count_of integer (moved to its target)
    # Set by the loader for fields whose size/count another field holds.
    sized_by: str | None = None
    counted_by: str | None = None
    file: str = ""
    line: int = 0
    offset: int | None = None  # from the start of its type, when every earlier field is fixed (derive)
    # How a dissector or a reference names the field (spec keys ``label``, ``unit``), whether
    # an integer counts ``unit``s since the Unix epoch (``epoch``), and ``names: message``
    # for an integer that holds a message code.
    label_text: str = ""
    unit: str = ""
    epoch: bool = False
    names: str = ""
    info: bool = False  # shown in the Info column and tree-line summaries (spec key ``info``)

    @property
    def py_name(self) -> str:
        """The attribute of the generated class."""
        return py_attr(self.id)

    @property
    def title(self) -> str:
        """The field in words: ``label`` (else the id with spaces), then ``(unit)``;
        padding is "Padding". Without a label, an id ending in a unit (``pulse_ms``,
        ``rate_hz``) is read as one: "Pulse (ms)"."""
        unit = self.unit
        if self.label_text:
            text = self.label_text
        elif isinstance(self.type, PadT):
            text = "Padding"
        else:
            stem, _, suffix = self.id.rpartition("_")
            if not unit and stem and suffix in ID_UNITS:
                text, unit = label(stem), ID_UNITS[suffix]
            else:
                text = label(self.id)
        return f"{text} ({unit})" if unit else text

    @property
    def hidden(self) -> bool:
        """Not an attribute of the generated class: derived or constant on the wire."""
        return (
            self.const is not None
            or self.length_of is not None
            or self.count_of is not None
            or isinstance(self.type, PadT)
            or self.bitfield is not None
        )

    @property
    def is_fixed_scalar(self) -> bool:
        return isinstance(self.type, SCALARS) and self.array is None and self.when is None

    @property
    def fixed_size(self) -> int | None:
        if self.when is not None:
            return None
        inner = self.type.fixed_size
        if inner is None:
            return None
        if self.array is None:
            return inner
        if self.array.kind == "fixed":
            return inner * self.array.count
        return None


@dataclass(frozen=True)
class FixedSlot:
    """One field of a type's fixed-size leading run (nested types flattened)."""

    name: str  # Python attribute of the generated layout tuple: ``image_timestamp_us``
    path: str  # field path: ``image.timestamp_us``
    offset: int  # from the start of the type
    fmt: str  # struct format with byte order: ``>Q``


@dataclass(eq=False)
class TypeDef:
    id: str
    fields: list[Field]
    doc: str = ""
    file: str = ""
    line: int = 0
    min_size: int = 0  # set by the sizes pass
    fixed_size: int | None = None  # set by the sizes pass
    # The most bytes an encoding can take, from the fixed part and the declared maxima
    # (derive pass); None when the spec leaves a part unbounded (an ``eos`` field without
    # ``max``).
    max_size: int | None = None
    # The fixed-size leading run (derive pass): the bytes every encoding starts with at fixed
    # offsets, as one struct format (pads included) and its named slots.
    fixed_format: str = ">"
    fixed_slots: list[FixedSlot] = field(default_factory=list)

    @property
    def key(self) -> str:
        """Unique key of the type's decoder among types and messages (``type:record``,
        ``msg:rpc.get_status``, ``shared:error_reply``)."""
        return f"type:{self.id}"

    @property
    def layout_name(self) -> str:
        """Python name of the generated tuple describing the fixed-size leading run."""
        return f"{self.py_name}Layout"

    @property
    def py_name(self) -> str:
        return camel(self.id)

    @property
    def visible_fields(self) -> list[Field]:
        return [f for f in self.fields if not f.hidden]

    def field(self, ident: str) -> Field | None:
        return next((f for f in self.fields if f.id == ident), None)


@dataclass(eq=False)
class Example:
    name: str
    data: bytes


@dataclass(eq=False)
class Message(TypeDef):
    port: str = ""
    code: int | None = None
    direction: Literal["to_camera", "from_camera", "both"] = "to_camera"
    kind: Literal["request", "response", "event"] = "event"
    # Who may send it (spec key ``access``): open, session (a bound connection / a valid
    # session proof) or control; None for messages only the camera sends.
    access: Literal["open", "session", "control"] | None = None
    opt_in: bool = False  # framing messages: only on the ports that list it in ``uses``
    response: str | None = None
    response_msg: Message | None = None
    examples: list[Example] = field(default_factory=list)
    shared: bool = False  # defined by the framing, present on every port that uses it
    header_flags: int | None = None  # frame header flags this message is sent with (derive)
    # The largest payload the message may have: ``max_size``, or the framing's max_payload
    # when the spec does not bound it or bounds it higher (derive, frame framings only).
    max_payload: int | None = None

    @property
    def key(self) -> str:
        return f"shared:{self.id}" if self.shared else f"msg:{self.port}.{self.id}"

    @property
    def requires_control(self) -> bool:
        return self.access == "control"

    @property
    def sent_by_client(self) -> bool:
        return self.direction in ("to_camera", "both")

    @property
    def client_method(self) -> str | None:
        """Name of the generated client method that sends it (None: the camera sends it)."""
        if not self.sent_by_client:
            return None
        return self.id if self.kind == "request" else f"send_{self.id}"

    @property
    def handler_name(self) -> str | None:
        """Name of the emulator skeleton's handler for it (None: the camera sends it)."""
        return f"on_{self.id}" if self.sent_by_client else None


# --------------------------------------------------------------------------- framing & ports


@dataclass(eq=False)
class Framing:
    id: str
    kind: Literal["frame", "lines", "datagram"]
    doc: str = ""
    header: TypeDef | None = None
    message_type: str = ""
    sequence: str = ""
    payload_length: str = ""
    flags: str = ""
    max_payload: int = 1 << 24
    error_message: str = ""
    messages: list[Message] = field(default_factory=list)
    terminator: bytes = b"\r\n"
    max_line: int = 4096
    file: str = ""
    line: int = 0
    # Header flags per message kind (request/response/event/error), from the flags field's
    # reply/event/error flags (derive pass); None when the framing has no such flags.
    kind_flags: dict[str, int] | None = None
    lua_node: str = ""  # Lua field prefix of the header: the id without the spec name (derive)

    def header_field(self, role: str) -> Field:
        """The header field playing ``role`` (message_type, sequence, payload_length, flags)."""
        assert self.header is not None
        ident = {"message_type": self.message_type, "sequence": self.sequence,
                 "payload_length": self.payload_length, "flags": self.flags}[role]
        f = self.header.field(ident)
        assert f is not None, f"framing {self.id}: no header field {ident}"
        return f


@dataclass
class TextCommand:
    name: str
    doc: str = ""


@dataclass
class FormField:
    name: str
    type: str
    doc: str = ""


@dataclass
class Page:
    path: str
    doc: str = ""
    form: list[FormField] = field(default_factory=list)


@dataclass
class Area:
    path: str
    doc: str = ""


@dataclass
class TextSection:
    commands: list[TextCommand] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    areas: list[Area] = field(default_factory=list)


@dataclass(eq=False)
class Port:
    id: str
    name: str
    transport: Literal["tcp", "udp"]
    numbers: list[int]
    standard: bool
    framing: Framing | None  # None for text protocols
    seed: str
    doc: str = ""
    messages: list[Message] = field(default_factory=list)
    text: TextSection | None = None
    file: str = ""
    line: int = 0
    short: str = ""  # spec key ``short``: the Protocol column's name after "VS1-" ("" = the id)
    # Spec key ``uses``: the opt-in framing messages the port offers, with their responses
    # (the loader adds those).
    uses: list[str] = field(default_factory=list)

    @property
    def column(self) -> str:
        """Wireshark's Protocol column for the port (``VS1-RPC``, ``VS1-RCTL``)."""
        return f"VS1-{self.short or self.id.upper()}"

    @property
    def py_module(self) -> str:
        return self.id

    @property
    def requests_class(self) -> str:
        """The generated client request surface of the port (``RpcRequests``)."""
        return f"{camel(self.py_module)}Requests"

    @property
    def handlers_class(self) -> str:
        """The generated emulator skeleton class of the port (``RpcHandlers``)."""
        return f"{camel(self.id)}Handlers"

    @property
    def all_messages(self) -> list[Message]:
        """The port's own messages plus those its framing defines for every port (opt-in
        ones only if the port uses them)."""
        shared = self.framing.messages if self.framing is not None else []
        return [*self.messages, *(m for m in shared if not m.opt_in or m.id in self.uses)]

    @property
    def requests(self) -> list[Message]:
        return [m for m in self.messages if m.kind == "request"]


@dataclass(eq=False)
class Spec:
    name: str
    version: int
    endian: Endian
    doc: str
    enums: dict[str, EnumDef]
    types: dict[str, TypeDef]
    framings: dict[str, Framing]
    ports: list[Port]
    files: list[str] = field(default_factory=list)

    @property
    def messages(self) -> list[Message]:
        return [m for p in self.ports for m in p.messages]

    @property
    def shared_messages(self) -> list[Message]:
        return [m for f in self.framings.values() for m in f.messages]

    @property
    def coded_ports(self) -> list[Port]:
        """Ports whose messages vs1kit encodes and decodes (not FTP/Telnet/HTTP)."""
        return [p for p in self.ports if p.framing is not None]

    def port(self, ident: str) -> Port:
        return next(p for p in self.ports if p.id == ident)

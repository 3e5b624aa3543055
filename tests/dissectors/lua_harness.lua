-- A stand-in for Wireshark's Lua API, just enough to load dissectors/vs1.lua in a plain Lua
-- interpreter and run its decoders: tshark 4.0 embeds Lua 5.2 only, this lets the tests run
-- the same file on Lua 5.4 (integers and floats are distinct there) and compare.
--
-- Usage: lua5.x lua_harness.lua DISSECTOR INPUT
-- INPUT lines: <port id> TAB <hex of the bytes of one TCP segment or datagram> TAB <1 if the
-- client sent it, else 0>. Each input is dissected twice, with a tree and without one (the
-- scan path). Output, per input: "tree" and "scan" lines with the Info column, then the items
-- and expert infos the tree path added.

local script, input = arg[1], arg[2]

local function names()
  return setmetatable({}, {__index = function(_, k) return k end})
end

ftypes, base, frametype = names(), names(), names()
expert = {group = names(), severity = names()}
ENC_ASCII, ENC_UTF_8, ENC_ISO_8859_1, ENC_BIG_ENDIAN, ENC_LITTLE_ENDIAN = 0, 2, 10, 0, 0x80000000
DESEGMENT_ONE_MORE_SEGMENT = 0x0fffffff

ProtoField = {
  new = function(name, abbrev) return {abbrev = abbrev} end,
  framenum = function(abbrev) return {abbrev = abbrev} end,
}
ProtoExpert = {new = function(abbrev, text, group, severity) return {abbrev = abbrev, severity = severity} end}
Pref = {
  range = function(_, default) return default end,
  bool = function(_, default) return default end,
}
NSTime = {new = function(s, ns) return s + ns / 1e9 end}

local PROTOS = {}
function Proto(name)
  local p = {name = name, prefs = {}}
  function p.register_heuristic() end
  PROTOS[name] = p
  return p
end

-- Dissector.get("vs1"):call(...) runs that protocol's dissector, as Wireshark does when the
-- protocol is enabled (the harness has no Enabled Protocols: every protocol is).
Dissector = {get = function(name)
  local p = assert(PROTOS[name], "no protocol " .. name)
  return {call = function(_, tvb, pinfo, tree) return p.dissector(tvb, pinfo, tree) end}
end}

-- The statistics section registers a Statistics menu entry only in the GUI.
function gui_enabled() return false end

local TABLES = {}
DissectorTable = {get = function(name)
  TABLES[name] = TABLES[name] or {add = function() end, remove = function() end}
  return TABLES[name]
end}

-- Tvb and TvbRange over a Lua string.
local Tvb, Range = {}, {}
Tvb.__index, Range.__index = Tvb, Range

local function new_tvb(data, reported)
  return setmetatable({data = data, reported = reported or #data}, Tvb)
end

function Range:tvb() return new_tvb(self:raw()) end
function Tvb:len() return #self.data end
function Tvb:reported_len() return self.reported end
function Tvb:raw(o, n)
  o = o or 0
  n = n or (#self.data - o)
  assert(o >= 0 and n >= 0 and o + n <= #self.data, "raw out of bounds")
  return self.data:sub(o + 1, o + n)
end
function Tvb:range(o, n)
  o = o or 0
  n = n or (#self.data - o)
  if o < 0 or n < 0 or o + n > #self.data then error("Range is out of bounds") end
  return setmetatable({src = self, o = o, n = n}, Range)
end
Tvb.__call = Tvb.range

function Range:raw() return self.src.data:sub(self.o + 1, self.o + self.n) end
function Range:string() return self:raw() end
function Range:float() return 0.5 end
Range.le_float = Range.float
function Range:uint64()
  -- A float on both Lua versions (5.4 integers would wrap past 2^63): the same text on both.
  local v = 0.0
  for k = 1, self.n do v = v * 256.0 + self.src.data:byte(self.o + k) end
  return setmetatable({}, {__tostring = function() return string.format("%.0f", v) end})
end
Range.le_uint64, Range.int64, Range.le_int64 = Range.uint64, Range.uint64, Range.uint64

-- A tree that records what is added; `present` false plays tshark without a tree.
local Tree = {}
Tree.__index = Tree
local function new_tree(log, present, depth)
  return setmetatable({log = log, present = present, depth = depth}, Tree)
end
Tree.__tostring = function(t)
  return "TreeItem: expired=false, has item=" .. tostring(t.present) .. ", has subtree=" .. tostring(t.present)
end
function Tree:add(f, range, value)
  if range ~= nil and getmetatable(range) == Range then
    self.log[#self.log + 1] = string.rep(" ", self.depth) .. (f.abbrev or f.name) .. "@" .. range.o .. "+" .. range.n
  else
    self.log[#self.log + 1] = string.rep(" ", self.depth) .. (f.abbrev or f.name)
  end
  return new_tree(self.log, self.present, self.depth + 1)
end
Tree.add_le, Tree.add_packet_field = Tree.add, Tree.add
-- Texts are logged (control characters escaped: one line each): numbers formatted in them must
-- read the same on Lua 5.2 and 5.4.
local function printable(text)
  return (tostring(text):gsub("%c", function(c) return string.format("\\%03d", c:byte()) end))
end
function Tree:append_text(text)
  self.log[#self.log + 1] = string.rep(" ", self.depth - 1) .. "+text " .. printable(text)
end
function Tree:set_text(text)
  self.log[#self.log + 1] = string.rep(" ", self.depth - 1) .. "=text " .. printable(text)
end
function Tree:set_len() end
function Tree:set_generated() end
function Tree:add_proto_expert_info(e, text)
  self.log[#self.log + 1] = "expert " .. e.abbrev .. " " .. e.severity .. ": " .. text
end
function Tree:add_tvb_expert_info(e, range, text)
  self:add_proto_expert_info(e, text)
end

-- dissect_tcp_pdus over one segment (no reassembly: every input holds whole PDUs).
function dissect_tcp_pdus(tvb, tree, min, get_len, dissect)
  local o = 0
  while o < tvb:len() do
    local n = get_len(tvb, nil, o)
    assert(n >= min, "length function returned less than the header")
    local left = tvb:len() - o
    if n > left then return end
    dissect(new_tvb(tvb.data:sub(o + 1, o + n)), CURRENT_PINFO, tree)
    o = o + n
  end
end

local Address = {__eq = function(a, b) return a.text == b.text end, __tostring = function(a) return a.text end}
local function address(text) return setmetatable({text = text}, Address) end

local function new_pinfo(number, from_client, info)
  local column = {set = function(_, t) info[1] = t end, append = function(_, t) info[1] = (info[1] or "") .. t end}
  local client, camera = address("10.0.0.2"), address("10.0.0.1")
  return {
    number = number, visited = false, rel_ts = number / 1000, abs_ts = number / 1000,
    src = from_client and client or camera, dst = from_client and camera or client,
    src_port = from_client and 50000 or 49000, dst_port = from_client and 49000 or 50000,
    can_desegment = 1, match_uint = 49000,  -- the camera's port, which chose the dissector
    -- Columns as Wireshark's: a Column object per name, and `cols.info = text` sets one.
    cols = setmetatable({}, {
      __index = function(_, name)
        if name == "info" then return column end
        if name == "protocol" then return {set = function() end} end
      end,
      __newindex = function(_, name, text)
        if name == "info" then info[1] = text end
      end,
    }),
  }
end

dofile(script)

local function unhex(h)
  return (h:gsub("..", function(x) return string.char(tonumber(x, 16)) end))
end

local number = 0
for line in io.lines(input) do
  local port, hex, from_client = line:match("^(%S+)\t(%x*)\t(%d)$")
  local proto = PROTOS["vs1." .. port]
  for _, present in ipairs({true, false}) do
    number = number + 1
    local info, log = {}, {}
    CURRENT_PINFO = new_pinfo(number, from_client == "1", info)
    local ok, err = xpcall(proto.dissector, debug.traceback, new_tvb(unhex(hex)), CURRENT_PINFO, new_tree(log, present, 0))
    if not ok then info[1] = "LUA ERROR " .. tostring(err) end
    local text = tostring(info[1]):gsub("[%c]", function(c) return string.format("\\%03d", c:byte()) end)
    print((present and "tree\t" or "scan\t") .. text)
    if present then
      for _, item in ipairs(log) do print("  " .. item) end
    end
  end
end

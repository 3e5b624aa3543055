-- GENERATED FILE - DO NOT EDIT. Generated from protocol_spec/ by `vs1 codegen`.
-- Change the spec and run `vs1 codegen`; `vs1 codegen --check` tells when this file is stale.
--
-- Wireshark dissectors for the VS-1 Smart Camera's custom ports (spec "vs1",
-- version 1). One protocol per port (vs1.<port>); the standard ports (FTP,
-- Telnet, DHCP, HTTP, RIP) are left to Wireshark's own dissectors.
-- Install: `vs1 wireshark install`.
--
-- Field names: vs1.<port>.<message>.<field path>. A nested type's fields continue the path, an
-- array's elements reuse the array's field, a counted array's count is <path>_count, flags and
-- bit fields are children of their integer, a switch case is <path>.<case>. Frame header:
-- vs1.frame.*; request/response links: vs1.response_in, vs1.request_in, vs1.response_time.
--
-- Runs on Wireshark 4.0 (Lua 5.2) and later (Lua 5.3/5.4): no bitwise operators (a syntax
-- error on 5.2), no integer division, no bit32 (gone in 5.4).
--
-- Sections, always in this order: 1 protocols, 2 fields, 3 preferences, 4 helpers,
-- 5 dissectors, 6 registration.

--------------------------------------------------------------------------------------------
-- 1. Protocols
--------------------------------------------------------------------------------------------

-- The parent protocol owns the frame header fields, the links, the expert infos and the
-- preferences, and every VS-1 packet carries it: the display filter `vs1` finds them all, and
-- disabling it (Enabled Protocols) disables every port's protocol too. Each custom port gets
-- its own protocol (vs1.<port>), shown after the parent's line.
local vs1 = Proto("vs1", "VS-1 Smart Camera")

-- One row per custom port: default numbers are a Wireshark range string.
local PORTS = {
  {id = "acquire", name = "Pic and Live Acquire Port", transport = "tcp", numbers = "49050",
   framing = "vs1_frame", kind = "frame", column = "VS1-ACQUIRE"},
  {id = "announce", name = "Camera Announce Port", transport = "udp", numbers = "49495",
   framing = "vs1_frame", kind = "frame", column = "VS1-ANNOUNCE"},
  {id = "io", name = "IO Service Port", transport = "tcp", numbers = "49049",
   framing = "vs1_frame", kind = "frame", column = "VS1-IO"},
  {id = "login", name = "Camera Login/Command Port", transport = "udp", numbers = "49493",
   framing = "vs1_frame", kind = "frame", column = "VS1-LOGIN"},
  {id = "monitor", name = "Connection Monitor Port", transport = "tcp", numbers = "49079",
   framing = "vs1_frame", kind = "frame", column = "VS1-MONITOR"},
  {id = "partq", name = "PartQ Retrieval Port", transport = "tcp", numbers = "49201",
   framing = "vs1_frame", kind = "frame", column = "VS1-PARTQ"},
  {id = "report_control", name = "Reports and Statistics Control Port", transport = "tcp", numbers = "49202",
   framing = "vs1_frame", kind = "frame", column = "VS1-RCTL"},
  {id = "reports", name = "Reports and Statistics Port", transport = "tcp", numbers = "49200",
   framing = "vs1_frame", kind = "frame", column = "VS1-REPORTS"},
  {id = "rpc", name = "Camera RPC Port", transport = "tcp", numbers = "49059",
   framing = "vs1_frame", kind = "frame", column = "VS1-RPC"},
  {id = "serial", name = "Serial TCP Ports", transport = "tcp", numbers = "49211-49214",
   framing = "serial_line", kind = "lines", column = "VS1-SERIAL",
   terminator = "\13\10", max_line = 4096},
}

local PROTO, PORT = {}, {}
for _, p in ipairs(PORTS) do
  PROTO[p.id] = Proto("vs1." .. p.id, "VS-1 " .. p.name)
  PORT[p.id] = p
end

--------------------------------------------------------------------------------------------
-- 2. Fields
--------------------------------------------------------------------------------------------

-- Value strings, from the spec's enums ("*message" names the frame's message codes).
local ENUM = {
  ["status_code"] = {
    [0] = "ok", [1] = "unknown_message", [2] = "bad_request", [3] = "not_in_control",
    [4] = "not_logged_in", [5] = "bad_password", [6] = "throttled", [7] = "no_such_job",
    [8] = "no_such_point", [9] = "busy", [10] = "not_found", [11] = "internal",
    [12] = "no_such_report", [13] = "read_only", [14] = "control_held", [15] = "forbidden",
  },
  ["camera_state"] = {
    [0] = "booting", [1] = "idle", [2] = "running", [3] = "stopped", [4] = "fault",
  },
  ["trigger_mode"] = {
    [0] = "external_io", [1] = "virtual_io", [2] = "software", [3] = "free_run",
  },
  ["pixel_format"] = {
    [0] = "mono8", [1] = "mono16", [2] = "rgb8",
  },
  ["datum_type"] = {
    [0] = "int32", [1] = "uint32", [2] = "float64", [3] = "bool", [4] = "string",
    [5] = "point2d",
  },
  ["io_kind"] = {
    [0] = "physical_input", [1] = "physical_output", [2] = "virtual",
  },
  ["kdf"] = {
    [1] = "pbkdf2_hmac_sha256",
  },
  ["goodbye_reason"] = {
    [0] = "client_closing", [1] = "camera_restarting", [2] = "timeout",
  },
  ["report_mode"] = {
    [0] = "lossless", [1] = "lossy",
  },
  ["*message"] = {
    [0x0101] = "list_points", [0x0102] = "read_points", [0x0103] = "write_point",
    [0x0104] = "subscribe", [0x0201] = "take_picture", [0x0202] = "start_live",
    [0x0203] = "stop_live", [0x0301] = "get_status", [0x0302] = "get_info", [0x0303] = "start",
    [0x0304] = "stop", [0x0305] = "list_jobs", [0x0306] = "select_job",
    [0x0307] = "download_job", [0x0308] = "upload_job", [0x0309] = "flash",
    [0x030a] = "trigger", [0x030b] = "set_trigger", [0x030c] = "reboot", [0x0401] = "hello",
    [0x0402] = "watch", [0x0403] = "heartbeat", [0x0404] = "goodbye", [0x0501] = "open_report",
    [0x0502] = "close_report", [0x0503] = "record_ack", [0x0601] = "partq_info",
    [0x0602] = "fetch_range", [0x0603] = "fetch_latest", [0x0701] = "set_rate",
    [0x0702] = "add_datums", [0x0703] = "remove_datums", [0x0704] = "list_datums",
    [0x0705] = "list_reports", [0x0706] = "pause_report", [0x0707] = "resume_report",
    [0x0801] = "login", [0x0802] = "logout", [0x0803] = "take_control",
    [0x0804] = "release_control", [0x0805] = "get_network", [0x0806] = "set_network",
    [0x0807] = "login_start", [0x0901] = "announce", [0x0902] = "discover",
    [0x4101] = "io_changed", [0x4201] = "live_frame", [0x4501] = "report_record",
    [0x7f01] = "bind_session", [0x7fff] = "error_reply", [0x8101] = "point_list",
    [0x8102] = "point_states", [0x8103] = "write_ack", [0x8104] = "subscribe_ack",
    [0x8201] = "picture", [0x8202] = "live_started", [0x8203] = "live_stopped",
    [0x8300] = "rpc_ack", [0x8301] = "status_reply", [0x8302] = "info_reply",
    [0x8305] = "job_list", [0x8308] = "upload_reply", [0x830a] = "trigger_reply",
    [0x8401] = "hello_ack", [0x8402] = "watch_ack", [0x8501] = "report_opened",
    [0x8502] = "report_closed", [0x8601] = "partq_status", [0x8602] = "partq_records",
    [0x8701] = "control_ack", [0x8702] = "datum_list", [0x8705] = "report_list",
    [0x8801] = "login_reply", [0x8802] = "login_ack", [0x8803] = "control_reply",
    [0x8805] = "network_params", [0x8807] = "login_challenge", [0xff01] = "bind_ack",
  },
  ["*message_code"] = {
    [0x0101] = "list_points (0x0101)", [0x0102] = "read_points (0x0102)",
    [0x0103] = "write_point (0x0103)", [0x0104] = "subscribe (0x0104)",
    [0x0201] = "take_picture (0x0201)", [0x0202] = "start_live (0x0202)",
    [0x0203] = "stop_live (0x0203)", [0x0301] = "get_status (0x0301)",
    [0x0302] = "get_info (0x0302)", [0x0303] = "start (0x0303)", [0x0304] = "stop (0x0304)",
    [0x0305] = "list_jobs (0x0305)", [0x0306] = "select_job (0x0306)",
    [0x0307] = "download_job (0x0307)", [0x0308] = "upload_job (0x0308)",
    [0x0309] = "flash (0x0309)", [0x030a] = "trigger (0x030a)",
    [0x030b] = "set_trigger (0x030b)", [0x030c] = "reboot (0x030c)",
    [0x0401] = "hello (0x0401)", [0x0402] = "watch (0x0402)", [0x0403] = "heartbeat (0x0403)",
    [0x0404] = "goodbye (0x0404)", [0x0501] = "open_report (0x0501)",
    [0x0502] = "close_report (0x0502)", [0x0503] = "record_ack (0x0503)",
    [0x0601] = "partq_info (0x0601)", [0x0602] = "fetch_range (0x0602)",
    [0x0603] = "fetch_latest (0x0603)", [0x0701] = "set_rate (0x0701)",
    [0x0702] = "add_datums (0x0702)", [0x0703] = "remove_datums (0x0703)",
    [0x0704] = "list_datums (0x0704)", [0x0705] = "list_reports (0x0705)",
    [0x0706] = "pause_report (0x0706)", [0x0707] = "resume_report (0x0707)",
    [0x0801] = "login (0x0801)", [0x0802] = "logout (0x0802)",
    [0x0803] = "take_control (0x0803)", [0x0804] = "release_control (0x0804)",
    [0x0805] = "get_network (0x0805)", [0x0806] = "set_network (0x0806)",
    [0x0807] = "login_start (0x0807)", [0x0901] = "announce (0x0901)",
    [0x0902] = "discover (0x0902)", [0x4101] = "io_changed (0x4101)",
    [0x4201] = "live_frame (0x4201)", [0x4501] = "report_record (0x4501)",
    [0x7f01] = "bind_session (0x7f01)", [0x7fff] = "error_reply (0x7fff)",
    [0x8101] = "point_list (0x8101)", [0x8102] = "point_states (0x8102)",
    [0x8103] = "write_ack (0x8103)", [0x8104] = "subscribe_ack (0x8104)",
    [0x8201] = "picture (0x8201)", [0x8202] = "live_started (0x8202)",
    [0x8203] = "live_stopped (0x8203)", [0x8300] = "rpc_ack (0x8300)",
    [0x8301] = "status_reply (0x8301)", [0x8302] = "info_reply (0x8302)",
    [0x8305] = "job_list (0x8305)", [0x8308] = "upload_reply (0x8308)",
    [0x830a] = "trigger_reply (0x830a)", [0x8401] = "hello_ack (0x8401)",
    [0x8402] = "watch_ack (0x8402)", [0x8501] = "report_opened (0x8501)",
    [0x8502] = "report_closed (0x8502)", [0x8601] = "partq_status (0x8601)",
    [0x8602] = "partq_records (0x8602)", [0x8701] = "control_ack (0x8701)",
    [0x8702] = "datum_list (0x8702)", [0x8705] = "report_list (0x8705)",
    [0x8801] = "login_reply (0x8801)", [0x8802] = "login_ack (0x8802)",
    [0x8803] = "control_reply (0x8803)", [0x8805] = "network_params (0x8805)",
    [0x8807] = "login_challenge (0x8807)", [0xff01] = "bind_ack (0xff01)",
  },
}

-- Every field, one row each: {abbrev, label, ftype, display, value strings, mask, description}.
-- display is a `base` name, a boolean's bit width, or (FRAMENUM) a `frametype` name.
local FIELD_TABLE = {
  {proto = "vs1",
    {"vs1.frame", "VS-1 frame header", "NONE", nil, nil, nil, "Common frame of every VS-1 service port (TCP) and of the VS-1 UDP ports (one frame per datagram): a 14-byte header, then the message payload."},
    {"vs1.frame.magic", "Magic", "UINT16", "HEX", nil, nil, "ASCII 'V1'"},
    {"vs1.frame.version", "Version", "UINT8", "HEX"},
    {"vs1.frame.flags", "Flags", "UINT8", "HEX"},
    {"vs1.frame.flags.reply", "Reply", "BOOLEAN", 8, nil, 0x1},
    {"vs1.frame.flags.event", "Event", "BOOLEAN", 8, nil, 0x2},
    {"vs1.frame.flags.error", "Error", "BOOLEAN", 8, nil, 0x4},
    {"vs1.frame.msg_type", "Msg type", "UINT16", "HEX", "*message", nil, "The message code."},
    {"vs1.frame.seq", "Seq", "UINT32", "DEC", nil, nil, "Chosen by the requester; a reply carries its request's seq. Events count on their own."},
    {"vs1.frame.length", "Length", "UINT32", "DEC", nil, nil, "Payload length in bytes."},
    {"vs1.length", "Length", "UINT32", "DEC", nil, nil, "Length prefix: the byte count of the text or bytes that follow"},
    {"vs1.terminator", "Terminator", "BYTES", nil, nil, nil, "The bytes that end a text or a line"},
    {"vs1.payload", "Undecoded payload", "BYTES", nil, nil, nil, "Payload bytes that could not be decoded (unknown message or bad header)"},
    {"vs1.response_in", "Response in", "FRAMENUM", "RESPONSE", nil, nil, "The frame that holds the response to this request"},
    {"vs1.request_in", "Request in", "FRAMENUM", "REQUEST", nil, nil, "The frame that holds the request this response answers"},
    {"vs1.response_time", "Response time", "RELATIVE_TIME", nil, nil, nil, "Time between the request and its response"},
    {"vs1.request", "Request", "UINT16", "HEX", "*message", nil, "The message type of the request this response answers"},
  },
  {proto = "acquire",
    {"vs1.acquire.take_picture", "Take picture (0x0201)", "NONE"},
    {"vs1.acquire.take_picture.pixel_format", "Pixel format", "UINT8", "DEC", "pixel_format"},
    {"vs1.acquire.picture", "Picture (0x8201)", "NONE"},
    {"vs1.acquire.picture.image", "Image", "NONE", nil, nil, nil, "An image with its geometry; pixel data follows the header."},
    {"vs1.acquire.picture.image.image_id", "Image id", "UINT32", "DEC", nil, nil, "Increments with every image the camera takes."},
    {"vs1.acquire.picture.image.timestamp_us", "Timestamp (\194\181s)", "UINT64", "DEC", nil, nil, "Acquisition time, microseconds since the Unix epoch."},
    {"vs1.acquire.picture.image.width", "Width", "UINT16", "DEC"},
    {"vs1.acquire.picture.image.height", "Height", "UINT16", "DEC"},
    {"vs1.acquire.picture.image.pixel_format", "Pixel format", "UINT8", "DEC", "pixel_format"},
    {"vs1.acquire.picture.image.pad0", "Padding", "BYTES"},
    {"vs1.acquire.picture.image.data_length", "Data length", "UINT32", "DEC", nil, nil, "At most 1280 x 1024 pixels of rgb8 (3 bytes each): the largest live size vs1kit serves (the sensor is 640 x 480), in colour."},
    {"vs1.acquire.picture.image.data", "Data", "BYTES", nil, nil, nil, "width * height * bytes per pixel"},
    {"vs1.acquire.start_live", "Start live (0x0202)", "NONE"},
    {"vs1.acquire.start_live.max_fps", "Max fps", "UINT16", "DEC", nil, nil, "0 means as fast as the camera can."},
    {"vs1.acquire.start_live.pixel_format", "Pixel format", "UINT8", "DEC", "pixel_format"},
    {"vs1.acquire.live_started", "Live started (0x8202)", "NONE"},
    {"vs1.acquire.live_started.width", "Width", "UINT16", "DEC"},
    {"vs1.acquire.live_started.height", "Height", "UINT16", "DEC"},
    {"vs1.acquire.live_started.pixel_format", "Pixel format", "UINT8", "DEC", "pixel_format"},
    {"vs1.acquire.stop_live", "Stop live (0x0203)", "NONE"},
    {"vs1.acquire.live_stopped", "Live stopped (0x8203)", "NONE"},
    {"vs1.acquire.live_stopped.frames_sent", "Frames sent", "UINT32", "DEC"},
    {"vs1.acquire.live_stopped.frames_skipped", "Frames skipped", "UINT32", "DEC", nil, nil, "Frames the camera skipped because the client was busy."},
    {"vs1.acquire.live_frame", "Live frame (0x4201)", "NONE"},
    {"vs1.acquire.live_frame.frame", "Frame", "UINT32", "DEC", nil, nil, "Live frame counter since start_live."},
    {"vs1.acquire.live_frame.image", "Image", "NONE", nil, nil, nil, "An image with its geometry; pixel data follows the header."},
    {"vs1.acquire.live_frame.image.image_id", "Image id", "UINT32", "DEC", nil, nil, "Increments with every image the camera takes."},
    {"vs1.acquire.live_frame.image.timestamp_us", "Timestamp (\194\181s)", "UINT64", "DEC", nil, nil, "Acquisition time, microseconds since the Unix epoch."},
    {"vs1.acquire.live_frame.image.width", "Width", "UINT16", "DEC"},
    {"vs1.acquire.live_frame.image.height", "Height", "UINT16", "DEC"},
    {"vs1.acquire.live_frame.image.pixel_format", "Pixel format", "UINT8", "DEC", "pixel_format"},
    {"vs1.acquire.live_frame.image.pad0", "Padding", "BYTES"},
    {"vs1.acquire.live_frame.image.data_length", "Data length", "UINT32", "DEC", nil, nil, "At most 1280 x 1024 pixels of rgb8 (3 bytes each): the largest live size vs1kit serves (the sensor is 640 x 480), in colour."},
    {"vs1.acquire.live_frame.image.data", "Data", "BYTES", nil, nil, nil, "width * height * bytes per pixel"},
    {"vs1.acquire.error_reply", "Error reply (0x7fff)", "NONE", nil, nil, nil, "Sent instead of the expected reply when a request fails, on every port with this framing. Carries the request's seq."},
    {"vs1.acquire.error_reply.status", "Status", "UINT16", "DEC", "status_code"},
    {"vs1.acquire.error_reply.request_type", "Request type", "UINT16", "DEC", "*message_code", nil, "Code of the failed request."},
    {"vs1.acquire.error_reply.detail", "Detail", "STRING", nil, nil, nil, "Human-readable reason."},
    {"vs1.acquire.bind_session", "Bind session (0x7f01)", "NONE", nil, nil, nil, "Binds this connection to a login session: the first request of a connection that will need one (access session or control). Only on the ports that list it in `uses:`. The proof must come from the session's login address; a connection is bound once (a second bind_session is refused with forbidden). Until bound, the connection has only the rights of anyone (access open)."},
    {"vs1.acquire.bind_session.auth", "Auth", "NONE", nil, nil, nil, "Proof that a message comes from the holder of a login session (see the login port): the first field of every message that acts for a session. mac = HMAC-SHA256(SessionKey, \"vs1-req\" | u16 port number in the spec | u16 message code | the message's payload with these 16 mac bytes zeroed), first 16 bytes. The camera accepts each counter of a session once (within a window of 64 below the highest seen) and only from the session's login address."},
    {"vs1.acquire.bind_session.auth.session", "Session", "UINT32", "DEC", nil, nil, "The session's public handle from login_reply (0: none, anonymous)."},
    {"vs1.acquire.bind_session.auth.counter", "Counter", "UINT32", "DEC", nil, nil, "Chosen by the client, new for every proof of the session (a retry too); starts at 1."},
    {"vs1.acquire.bind_session.auth.mac", "Mac", "BYTES"},
    {"vs1.acquire.bind_ack", "Bind ack (0xff01)", "NONE", nil, nil, nil, "The connection is bound to the session; in_control says whether the session holds control now."},
    {"vs1.acquire.bind_ack.session", "Session", "UINT32", "DEC"},
    {"vs1.acquire.bind_ack.in_control", "In control", "BOOLEAN", "NONE"},
  },
  {proto = "announce",
    {"vs1.announce.announce", "Announce (0x0901)", "NONE"},
    {"vs1.announce.announce.name", "Name", "STRING"},
    {"vs1.announce.announce.model", "Model", "STRING"},
    {"vs1.announce.announce.mac", "Mac", "ETHER"},
    {"vs1.announce.announce.ip", "Ip", "IPv4"},
    {"vs1.announce.announce.mask", "Mask", "IPv4"},
    {"vs1.announce.announce.controller_ip", "Controller ip", "IPv4", nil, nil, nil, "0.0.0.0 when nobody is in control."},
    {"vs1.announce.announce.state", "State", "UINT8", "DEC", "camera_state"},
    {"vs1.announce.announce.flags", "Flags", "UINT8", "HEX"},
    {"vs1.announce.announce.flags.dhcp", "Dhcp", "BOOLEAN", 8, nil, 0x1},
    {"vs1.announce.announce.flags.job_loaded", "Job loaded", "BOOLEAN", 8, nil, 0x2},
    {"vs1.announce.announce.flags.in_control", "In control", "BOOLEAN", 8, nil, 0x4},
    {"vs1.announce.announce.software_version", "Software version", "STRING"},
    {"vs1.announce.announce.uptime_s", "Uptime (s)", "UINT32", "DEC"},
    {"vs1.announce.announce.inspections", "Inspections", "UINT32", "DEC"},
    {"vs1.announce.announce.passed", "Passed", "UINT32", "DEC"},
    {"vs1.announce.announce.failed", "Failed", "UINT32", "DEC"},
    {"vs1.announce.announce.job_name", "Job name", "STRING"},
    {"vs1.announce.discover", "Discover (0x0902)", "NONE", nil, nil, nil, "Ask cameras to announce now; they answer to the sender's address."},
    {"vs1.announce.error_reply", "Error reply (0x7fff)", "NONE", nil, nil, nil, "Sent instead of the expected reply when a request fails, on every port with this framing. Carries the request's seq."},
    {"vs1.announce.error_reply.status", "Status", "UINT16", "DEC", "status_code"},
    {"vs1.announce.error_reply.request_type", "Request type", "UINT16", "DEC", "*message_code", nil, "Code of the failed request."},
    {"vs1.announce.error_reply.detail", "Detail", "STRING", nil, nil, nil, "Human-readable reason."},
  },
  {proto = "io",
    {"vs1.io.list_points", "List points (0x0101)", "NONE", nil, nil, nil, "List every IO point with its kind, state and name."},
    {"vs1.io.point_list", "Point list (0x8101)", "NONE"},
    {"vs1.io.point_list.points_count", "Points count", "UINT16", "DEC", nil, nil, "Number of points elements"},
    {"vs1.io.point_list.points", "Points", "NONE"},
    {"vs1.io.point_list.points.point", "Point", "UINT16", "DEC", nil, nil, "Point number: physical inputs first, then outputs, then virtual points."},
    {"vs1.io.point_list.points.kind", "Kind", "UINT8", "DEC", "io_kind"},
    {"vs1.io.point_list.points.state", "State", "BOOLEAN", "NONE"},
    {"vs1.io.point_list.points.name", "Name", "STRING"},
    {"vs1.io.read_points", "Read points (0x0102)", "NONE", nil, nil, nil, "Read the state of a contiguous range of points."},
    {"vs1.io.read_points.first", "First", "UINT16", "DEC"},
    {"vs1.io.read_points.count", "Count", "UINT16", "DEC"},
    {"vs1.io.point_states", "Point states (0x8102)", "NONE"},
    {"vs1.io.point_states.first", "First", "UINT16", "DEC"},
    {"vs1.io.point_states.states_count", "States count", "UINT16", "DEC", nil, nil, "Number of states elements"},
    {"vs1.io.point_states.states", "States", "BOOLEAN", "NONE"},
    {"vs1.io.write_point", "Write point (0x0103)", "NONE", nil, nil, nil, "Set an output or virtual point; pulse_ms > 0 sets it back after that time."},
    {"vs1.io.write_point.point", "Point", "UINT16", "DEC"},
    {"vs1.io.write_point.state", "State", "BOOLEAN", "NONE"},
    {"vs1.io.write_point.pulse_ms", "Pulse (ms)", "UINT16", "DEC"},
    {"vs1.io.write_ack", "Write ack (0x8103)", "NONE"},
    {"vs1.io.write_ack.point", "Point", "UINT16", "DEC"},
    {"vs1.io.write_ack.state", "State", "BOOLEAN", "NONE"},
    {"vs1.io.subscribe", "Subscribe (0x0104)", "NONE", nil, nil, nil, "Ask for io_changed events for the selected kinds of points."},
    {"vs1.io.subscribe.kinds", "Kinds", "UINT8", "HEX"},
    {"vs1.io.subscribe.kinds.physical_inputs", "Physical inputs", "BOOLEAN", 8, nil, 0x1},
    {"vs1.io.subscribe.kinds.physical_outputs", "Physical outputs", "BOOLEAN", 8, nil, 0x2},
    {"vs1.io.subscribe.kinds.virtual", "Virtual", "BOOLEAN", 8, nil, 0x4},
    {"vs1.io.subscribe_ack", "Subscribe ack (0x8104)", "NONE"},
    {"vs1.io.subscribe_ack.kinds", "Kinds", "UINT8", "HEX"},
    {"vs1.io.subscribe_ack.kinds.physical_inputs", "Physical inputs", "BOOLEAN", 8, nil, 0x1},
    {"vs1.io.subscribe_ack.kinds.physical_outputs", "Physical outputs", "BOOLEAN", 8, nil, 0x2},
    {"vs1.io.subscribe_ack.kinds.virtual", "Virtual", "BOOLEAN", 8, nil, 0x4},
    {"vs1.io.io_changed", "Io changed (0x4101)", "NONE", nil, nil, nil, "A point changed state."},
    {"vs1.io.io_changed.point", "Point", "UINT16", "DEC"},
    {"vs1.io.io_changed.kind", "Kind", "UINT8", "DEC", "io_kind"},
    {"vs1.io.io_changed.state", "State", "BOOLEAN", "NONE"},
    {"vs1.io.io_changed.timestamp_us", "Timestamp (\194\181s)", "UINT64", "DEC"},
    {"vs1.io.error_reply", "Error reply (0x7fff)", "NONE", nil, nil, nil, "Sent instead of the expected reply when a request fails, on every port with this framing. Carries the request's seq."},
    {"vs1.io.error_reply.status", "Status", "UINT16", "DEC", "status_code"},
    {"vs1.io.error_reply.request_type", "Request type", "UINT16", "DEC", "*message_code", nil, "Code of the failed request."},
    {"vs1.io.error_reply.detail", "Detail", "STRING", nil, nil, nil, "Human-readable reason."},
    {"vs1.io.bind_session", "Bind session (0x7f01)", "NONE", nil, nil, nil, "Binds this connection to a login session: the first request of a connection that will need one (access session or control). Only on the ports that list it in `uses:`. The proof must come from the session's login address; a connection is bound once (a second bind_session is refused with forbidden). Until bound, the connection has only the rights of anyone (access open)."},
    {"vs1.io.bind_session.auth", "Auth", "NONE", nil, nil, nil, "Proof that a message comes from the holder of a login session (see the login port): the first field of every message that acts for a session. mac = HMAC-SHA256(SessionKey, \"vs1-req\" | u16 port number in the spec | u16 message code | the message's payload with these 16 mac bytes zeroed), first 16 bytes. The camera accepts each counter of a session once (within a window of 64 below the highest seen) and only from the session's login address."},
    {"vs1.io.bind_session.auth.session", "Session", "UINT32", "DEC", nil, nil, "The session's public handle from login_reply (0: none, anonymous)."},
    {"vs1.io.bind_session.auth.counter", "Counter", "UINT32", "DEC", nil, nil, "Chosen by the client, new for every proof of the session (a retry too); starts at 1."},
    {"vs1.io.bind_session.auth.mac", "Mac", "BYTES"},
    {"vs1.io.bind_ack", "Bind ack (0xff01)", "NONE", nil, nil, nil, "The connection is bound to the session; in_control says whether the session holds control now."},
    {"vs1.io.bind_ack.session", "Session", "UINT32", "DEC"},
    {"vs1.io.bind_ack.in_control", "In control", "BOOLEAN", "NONE"},
  },
  {proto = "login",
    {"vs1.login.login_start", "Login start (0x0807)", "NONE", nil, nil, nil, "First step of a login; refused with throttled while the source or the account waits."},
    {"vs1.login.login_start.client_nonce", "Client nonce", "BYTES", nil, nil, nil, "Random bytes chosen by the client for this login."},
    {"vs1.login.login_start.user", "User", "STRING"},
    {"vs1.login.login_challenge", "Login challenge (0x8807)", "NONE"},
    {"vs1.login.login_challenge.server_nonce", "Server nonce", "BYTES", nil, nil, nil, "Random; single use, expires after about 10 s, valid only from the address login_start came from."},
    {"vs1.login.login_challenge.salt", "Salt", "BYTES", nil, nil, nil, "The verifier's salt (a deterministic fake one for an unknown user)."},
    {"vs1.login.login_challenge.iterations", "Iterations", "UINT32", "DEC", nil, nil, "PBKDF2 iteration count of the verifier."},
    {"vs1.login.login_challenge.kdf", "Kdf", "UINT8", "DEC", "kdf"},
    {"vs1.login.login", "Login (0x0801)", "NONE", nil, nil, nil, "Second step: the proof. SaltedPassword = PBKDF2-HMAC-SHA256(password, salt, iterations); ClientKey = HMAC(SaltedPassword, \"Client Key\"); StoredKey = SHA256(ClientKey); AuthMessage = \"vs1-login\" | u8 length | user (UTF-8) | client_nonce | server_nonce | salt | u32 iterations | u8 kdf | client IPv4 address as the camera sees it (4 bytes); proof = ClientKey XOR HMAC(StoredKey, AuthMessage). A wrong proof is refused with bad_password and counts as a failed login for the source and the account."},
    {"vs1.login.login.client_nonce", "Client nonce", "BYTES"},
    {"vs1.login.login.server_nonce", "Server nonce", "BYTES"},
    {"vs1.login.login.proof", "Proof", "BYTES"},
    {"vs1.login.login.user", "User", "STRING"},
    {"vs1.login.login_reply", "Login reply (0x8801)", "NONE", nil, nil, nil, "server_signature = HMAC(ServerKey, AuthMessage) with ServerKey = HMAC(SaltedPassword, \"Server Key\"): the client refuses a camera whose signature is wrong. Both ends derive SessionKey = HMAC(ClientKey, \"vs1-session\" | AuthMessage); it never travels and is never printed."},
    {"vs1.login.login_reply.session", "Session", "UINT32", "DEC", nil, nil, "Random, non-zero: a public handle, no credential."},
    {"vs1.login.login_reply.timeout_s", "Timeout (s)", "UINT16", "DEC", nil, nil, "The session expires after this long without a request or heartbeat."},
    {"vs1.login.login_reply.server_signature", "Server signature", "BYTES"},
    {"vs1.login.logout", "Logout (0x0802)", "NONE"},
    {"vs1.login.logout.auth", "Auth", "NONE", nil, nil, nil, "Proof that a message comes from the holder of a login session (see the login port): the first field of every message that acts for a session. mac = HMAC-SHA256(SessionKey, \"vs1-req\" | u16 port number in the spec | u16 message code | the message's payload with these 16 mac bytes zeroed), first 16 bytes. The camera accepts each counter of a session once (within a window of 64 below the highest seen) and only from the session's login address."},
    {"vs1.login.logout.auth.session", "Session", "UINT32", "DEC", nil, nil, "The session's public handle from login_reply (0: none, anonymous)."},
    {"vs1.login.logout.auth.counter", "Counter", "UINT32", "DEC", nil, nil, "Chosen by the client, new for every proof of the session (a retry too); starts at 1."},
    {"vs1.login.logout.auth.mac", "Mac", "BYTES"},
    {"vs1.login.login_ack", "Login ack (0x8802)", "NONE"},
    {"vs1.login.login_ack.session", "Session", "UINT32", "DEC"},
    {"vs1.login.take_control", "Take control (0x0803)", "NONE", nil, nil, nil, "Control stays with the session while a monitor of the session is alive; without one it is released after one heartbeat timeout."},
    {"vs1.login.take_control.auth", "Auth", "NONE", nil, nil, nil, "Proof that a message comes from the holder of a login session (see the login port): the first field of every message that acts for a session. mac = HMAC-SHA256(SessionKey, \"vs1-req\" | u16 port number in the spec | u16 message code | the message's payload with these 16 mac bytes zeroed), first 16 bytes. The camera accepts each counter of a session once (within a window of 64 below the highest seen) and only from the session's login address."},
    {"vs1.login.take_control.auth.session", "Session", "UINT32", "DEC", nil, nil, "The session's public handle from login_reply (0: none, anonymous)."},
    {"vs1.login.take_control.auth.counter", "Counter", "UINT32", "DEC", nil, nil, "Chosen by the client, new for every proof of the session (a retry too); starts at 1."},
    {"vs1.login.take_control.auth.mac", "Mac", "BYTES"},
    {"vs1.login.release_control", "Release control (0x0804)", "NONE"},
    {"vs1.login.release_control.auth", "Auth", "NONE", nil, nil, nil, "Proof that a message comes from the holder of a login session (see the login port): the first field of every message that acts for a session. mac = HMAC-SHA256(SessionKey, \"vs1-req\" | u16 port number in the spec | u16 message code | the message's payload with these 16 mac bytes zeroed), first 16 bytes. The camera accepts each counter of a session once (within a window of 64 below the highest seen) and only from the session's login address."},
    {"vs1.login.release_control.auth.session", "Session", "UINT32", "DEC", nil, nil, "The session's public handle from login_reply (0: none, anonymous)."},
    {"vs1.login.release_control.auth.counter", "Counter", "UINT32", "DEC", nil, nil, "Chosen by the client, new for every proof of the session (a retry too); starts at 1."},
    {"vs1.login.release_control.auth.mac", "Mac", "BYTES"},
    {"vs1.login.control_reply", "Control reply (0x8803)", "NONE"},
    {"vs1.login.control_reply.in_control", "In control", "BOOLEAN", "NONE"},
    {"vs1.login.control_reply.holder_ip", "Holder ip", "IPv4", nil, nil, nil, "Address of the client in control (0.0.0.0 for none)."},
    {"vs1.login.get_network", "Get network (0x0805)", "NONE"},
    {"vs1.login.network_params", "Network params (0x8805)", "NONE"},
    {"vs1.login.network_params.mac", "Mac", "ETHER"},
    {"vs1.login.network_params.config", "Config", "NONE"},
    {"vs1.login.network_params.config.dhcp", "Dhcp", "BOOLEAN", "NONE"},
    {"vs1.login.network_params.config.ip", "Ip", "IPv4"},
    {"vs1.login.network_params.config.mask", "Mask", "IPv4"},
    {"vs1.login.network_params.config.gateway", "Gateway", "IPv4"},
    {"vs1.login.network_params.config.name", "Name", "STRING"},
    {"vs1.login.set_network", "Set network (0x0806)", "NONE", nil, nil, nil, "Change the network parameters; applied after the reply is sent."},
    {"vs1.login.set_network.auth", "Auth", "NONE", nil, nil, nil, "Proof that a message comes from the holder of a login session (see the login port): the first field of every message that acts for a session. mac = HMAC-SHA256(SessionKey, \"vs1-req\" | u16 port number in the spec | u16 message code | the message's payload with these 16 mac bytes zeroed), first 16 bytes. The camera accepts each counter of a session once (within a window of 64 below the highest seen) and only from the session's login address."},
    {"vs1.login.set_network.auth.session", "Session", "UINT32", "DEC", nil, nil, "The session's public handle from login_reply (0: none, anonymous)."},
    {"vs1.login.set_network.auth.counter", "Counter", "UINT32", "DEC", nil, nil, "Chosen by the client, new for every proof of the session (a retry too); starts at 1."},
    {"vs1.login.set_network.auth.mac", "Mac", "BYTES"},
    {"vs1.login.set_network.config", "Config", "NONE"},
    {"vs1.login.set_network.config.dhcp", "Dhcp", "BOOLEAN", "NONE"},
    {"vs1.login.set_network.config.ip", "Ip", "IPv4"},
    {"vs1.login.set_network.config.mask", "Mask", "IPv4"},
    {"vs1.login.set_network.config.gateway", "Gateway", "IPv4"},
    {"vs1.login.set_network.config.name", "Name", "STRING"},
    {"vs1.login.error_reply", "Error reply (0x7fff)", "NONE", nil, nil, nil, "Sent instead of the expected reply when a request fails, on every port with this framing. Carries the request's seq."},
    {"vs1.login.error_reply.status", "Status", "UINT16", "DEC", "status_code"},
    {"vs1.login.error_reply.request_type", "Request type", "UINT16", "DEC", "*message_code", nil, "Code of the failed request."},
    {"vs1.login.error_reply.detail", "Detail", "STRING", nil, nil, nil, "Human-readable reason."},
  },
  {proto = "monitor",
    {"vs1.monitor.hello", "Hello (0x0401)", "NONE", nil, nil, nil, "Opens the monitor for a session (auth proves it, from the session's login address) or, with session 0, an anonymous one. Said once per monitor connection."},
    {"vs1.monitor.hello.auth", "Auth", "NONE", nil, nil, nil, "Proof that a message comes from the holder of a login session (see the login port): the first field of every message that acts for a session. mac = HMAC-SHA256(SessionKey, \"vs1-req\" | u16 port number in the spec | u16 message code | the message's payload with these 16 mac bytes zeroed), first 16 bytes. The camera accepts each counter of a session once (within a window of 64 below the highest seen) and only from the session's login address."},
    {"vs1.monitor.hello.auth.session", "Session", "UINT32", "DEC", nil, nil, "The session's public handle from login_reply (0: none, anonymous)."},
    {"vs1.monitor.hello.auth.counter", "Counter", "UINT32", "DEC", nil, nil, "Chosen by the client, new for every proof of the session (a retry too); starts at 1."},
    {"vs1.monitor.hello.auth.mac", "Mac", "BYTES"},
    {"vs1.monitor.hello.interval_ms", "Interval (ms)", "UINT16", "DEC"},
    {"vs1.monitor.hello.client_name", "Client name", "STRING"},
    {"vs1.monitor.hello_ack", "Hello ack (0x8401)", "NONE"},
    {"vs1.monitor.hello_ack.monitor_id", "Monitor id", "UINT32", "DEC"},
    {"vs1.monitor.hello_ack.interval_ms", "Interval (ms)", "UINT16", "DEC"},
    {"vs1.monitor.hello_ack.timeout_ms", "Timeout (ms)", "UINT16", "DEC"},
    {"vs1.monitor.watch", "Watch (0x0402)", "NONE", nil, nil, nil, "Watch the client's connection from client_port (on the monitor's own address) to camera port. Only a connection of the monitor's own session (see the port); otherwise forbidden, the same answer whether or not such a connection exists (no oracle for port guessing)."},
    {"vs1.monitor.watch.port", "Port", "UINT16", "DEC"},
    {"vs1.monitor.watch.client_port", "Client port", "UINT16", "DEC"},
    {"vs1.monitor.watch_ack", "Watch ack (0x8402)", "NONE"},
    {"vs1.monitor.watch_ack.watched", "Watched", "UINT16", "DEC", nil, nil, "Connections now watched by this monitor."},
    {"vs1.monitor.heartbeat", "Heartbeat (0x0403)", "NONE"},
    {"vs1.monitor.heartbeat.counter", "Counter", "UINT32", "DEC"},
    {"vs1.monitor.heartbeat.uptime_ms", "Uptime (ms)", "UINT32", "DEC"},
    {"vs1.monitor.goodbye", "Goodbye (0x0404)", "NONE"},
    {"vs1.monitor.goodbye.reason", "Reason", "UINT8", "DEC", "goodbye_reason"},
    {"vs1.monitor.error_reply", "Error reply (0x7fff)", "NONE", nil, nil, nil, "Sent instead of the expected reply when a request fails, on every port with this framing. Carries the request's seq."},
    {"vs1.monitor.error_reply.status", "Status", "UINT16", "DEC", "status_code"},
    {"vs1.monitor.error_reply.request_type", "Request type", "UINT16", "DEC", "*message_code", nil, "Code of the failed request."},
    {"vs1.monitor.error_reply.detail", "Detail", "STRING", nil, nil, nil, "Human-readable reason."},
  },
  {proto = "partq",
    {"vs1.partq.partq_info", "Partq info (0x0601)", "NONE"},
    {"vs1.partq.partq_status", "Partq status (0x8601)", "NONE"},
    {"vs1.partq.partq_status.depth", "Depth", "UINT32", "DEC", nil, nil, "Capacity in records."},
    {"vs1.partq.partq_status.count", "Count", "UINT32", "DEC"},
    {"vs1.partq.partq_status.oldest", "Oldest", "UINT32", "DEC", nil, nil, "Inspection number of the oldest record held (0 when empty)."},
    {"vs1.partq.partq_status.newest", "Newest", "UINT32", "DEC"},
    {"vs1.partq.fetch_range", "Fetch range (0x0602)", "NONE", nil, nil, nil, "Records with first <= inspection <= last, at most max_records of them."},
    {"vs1.partq.fetch_range.first", "First", "UINT32", "DEC"},
    {"vs1.partq.fetch_range.last", "Last", "UINT32", "DEC"},
    {"vs1.partq.fetch_range.max_records", "Max records", "UINT16", "DEC"},
    {"vs1.partq.fetch_range.options", "Options", "UINT8", "HEX"},
    {"vs1.partq.fetch_range.options.include_image", "Include image", "BOOLEAN", 8, nil, 0x1},
    {"vs1.partq.fetch_latest", "Fetch latest (0x0603)", "NONE"},
    {"vs1.partq.fetch_latest.count", "Count", "UINT16", "DEC"},
    {"vs1.partq.fetch_latest.options", "Options", "UINT8", "HEX"},
    {"vs1.partq.fetch_latest.options.include_image", "Include image", "BOOLEAN", 8, nil, 0x1},
    {"vs1.partq.partq_records", "Partq records (0x8602)", "NONE"},
    {"vs1.partq.partq_records.more", "More", "BOOLEAN", "NONE", nil, nil, "More records matched than were sent."},
    {"vs1.partq.partq_records.datums_count", "Datums count", "UINT8", "DEC", nil, nil, "Number of datums elements"},
    {"vs1.partq.partq_records.datums", "Datums", "NONE", nil, nil, nil, "A datum of a report connection."},
    {"vs1.partq.partq_records.datums.datum_id", "Datum id", "UINT16", "DEC"},
    {"vs1.partq.partq_records.datums.type", "Type", "UINT8", "DEC", "datum_type"},
    {"vs1.partq.partq_records.datums.path", "Path", "STRING", nil, nil, nil, "Datum path in the job, e.g. Snapshot1.BufOut"},
    {"vs1.partq.partq_records.records_count", "Records count", "UINT16", "DEC", nil, nil, "Number of records elements"},
    {"vs1.partq.partq_records.records", "Records", "NONE", nil, nil, nil, "One inspection's report record."},
    {"vs1.partq.partq_records.records.inspection", "Inspection", "UINT32", "DEC", nil, nil, "Inspection counter; consecutive for a lossless connection."},
    {"vs1.partq.partq_records.records.timestamp_us", "Timestamp (\194\181s)", "UINT64", "DEC"},
    {"vs1.partq.partq_records.records.flags", "Flags", "UINT8", "HEX"},
    {"vs1.partq.partq_records.records.flags.passed", "Passed", "BOOLEAN", 8, nil, 0x1},
    {"vs1.partq.partq_records.records.flags.has_image", "Has image", "BOOLEAN", 8, nil, 0x2},
    {"vs1.partq.partq_records.records.flags.backfilled", "Backfilled", "BOOLEAN", 8, nil, 0x4},
    {"vs1.partq.partq_records.records.datums_count", "Datums count", "UINT16", "DEC", nil, nil, "Number of datums elements"},
    {"vs1.partq.partq_records.records.datums", "Datums", "NONE", nil, nil, nil, "The datums of its report (a report names at most 255)."},
    {"vs1.partq.partq_records.records.datums.datum_id", "Datum id", "UINT16", "DEC", nil, nil, "Id assigned when the datum was added to the report."},
    {"vs1.partq.partq_records.records.datums.type", "Type", "UINT8", "DEC", "datum_type"},
    {"vs1.partq.partq_records.records.datums.value.int32", "Value (int32)", "INT32", "DEC"},
    {"vs1.partq.partq_records.records.datums.value.uint32", "Value (uint32)", "UINT32", "DEC"},
    {"vs1.partq.partq_records.records.datums.value.float64", "Value (float64)", "DOUBLE"},
    {"vs1.partq.partq_records.records.datums.value.bool", "Value (bool)", "BOOLEAN", "NONE"},
    {"vs1.partq.partq_records.records.datums.value.string", "Value (string)", "STRING"},
    {"vs1.partq.partq_records.records.datums.value.point2d", "Value (point2d)", "NONE", nil, nil, nil, "A position in image coordinates (pixels)."},
    {"vs1.partq.partq_records.records.datums.value.point2d.x", "X", "FLOAT"},
    {"vs1.partq.partq_records.records.datums.value.point2d.y", "Y", "FLOAT"},
    {"vs1.partq.partq_records.records.image", "Image", "NONE", nil, nil, nil, "An image with its geometry; pixel data follows the header."},
    {"vs1.partq.partq_records.records.image.image_id", "Image id", "UINT32", "DEC", nil, nil, "Increments with every image the camera takes."},
    {"vs1.partq.partq_records.records.image.timestamp_us", "Timestamp (\194\181s)", "UINT64", "DEC", nil, nil, "Acquisition time, microseconds since the Unix epoch."},
    {"vs1.partq.partq_records.records.image.width", "Width", "UINT16", "DEC"},
    {"vs1.partq.partq_records.records.image.height", "Height", "UINT16", "DEC"},
    {"vs1.partq.partq_records.records.image.pixel_format", "Pixel format", "UINT8", "DEC", "pixel_format"},
    {"vs1.partq.partq_records.records.image.pad0", "Padding", "BYTES"},
    {"vs1.partq.partq_records.records.image.data_length", "Data length", "UINT32", "DEC", nil, nil, "At most 1280 x 1024 pixels of rgb8 (3 bytes each): the largest live size vs1kit serves (the sensor is 640 x 480), in colour."},
    {"vs1.partq.partq_records.records.image.data", "Data", "BYTES", nil, nil, nil, "width * height * bytes per pixel"},
    {"vs1.partq.error_reply", "Error reply (0x7fff)", "NONE", nil, nil, nil, "Sent instead of the expected reply when a request fails, on every port with this framing. Carries the request's seq."},
    {"vs1.partq.error_reply.status", "Status", "UINT16", "DEC", "status_code"},
    {"vs1.partq.error_reply.request_type", "Request type", "UINT16", "DEC", "*message_code", nil, "Code of the failed request."},
    {"vs1.partq.error_reply.detail", "Detail", "STRING", nil, nil, nil, "Human-readable reason."},
    {"vs1.partq.bind_session", "Bind session (0x7f01)", "NONE", nil, nil, nil, "Binds this connection to a login session: the first request of a connection that will need one (access session or control). Only on the ports that list it in `uses:`. The proof must come from the session's login address; a connection is bound once (a second bind_session is refused with forbidden). Until bound, the connection has only the rights of anyone (access open)."},
    {"vs1.partq.bind_session.auth", "Auth", "NONE", nil, nil, nil, "Proof that a message comes from the holder of a login session (see the login port): the first field of every message that acts for a session. mac = HMAC-SHA256(SessionKey, \"vs1-req\" | u16 port number in the spec | u16 message code | the message's payload with these 16 mac bytes zeroed), first 16 bytes. The camera accepts each counter of a session once (within a window of 64 below the highest seen) and only from the session's login address."},
    {"vs1.partq.bind_session.auth.session", "Session", "UINT32", "DEC", nil, nil, "The session's public handle from login_reply (0: none, anonymous)."},
    {"vs1.partq.bind_session.auth.counter", "Counter", "UINT32", "DEC", nil, nil, "Chosen by the client, new for every proof of the session (a retry too); starts at 1."},
    {"vs1.partq.bind_session.auth.mac", "Mac", "BYTES"},
    {"vs1.partq.bind_ack", "Bind ack (0xff01)", "NONE", nil, nil, nil, "The connection is bound to the session; in_control says whether the session holds control now."},
    {"vs1.partq.bind_ack.session", "Session", "UINT32", "DEC"},
    {"vs1.partq.bind_ack.in_control", "In control", "BOOLEAN", "NONE"},
  },
  {proto = "report_control",
    {"vs1.report_control.set_rate", "Set rate (0x0701)", "NONE"},
    {"vs1.report_control.set_rate.report_id", "Report id", "UINT16", "DEC"},
    {"vs1.report_control.set_rate.rate_hz", "Rate (Hz)", "FLOAT"},
    {"vs1.report_control.control_ack", "Control ack (0x8701)", "NONE"},
    {"vs1.report_control.control_ack.report_id", "Report id", "UINT16", "DEC"},
    {"vs1.report_control.add_datums", "Add datums (0x0702)", "NONE"},
    {"vs1.report_control.add_datums.report_id", "Report id", "UINT16", "DEC"},
    {"vs1.report_control.add_datums.paths_count", "Paths count", "UINT8", "DEC", nil, nil, "Number of paths elements"},
    {"vs1.report_control.add_datums.paths", "Paths", "STRING"},
    {"vs1.report_control.remove_datums", "Remove datums (0x0703)", "NONE"},
    {"vs1.report_control.remove_datums.report_id", "Report id", "UINT16", "DEC"},
    {"vs1.report_control.remove_datums.datum_ids_count", "Datum ids count", "UINT8", "DEC", nil, nil, "Number of datum_ids elements"},
    {"vs1.report_control.remove_datums.datum_ids", "Datum ids", "UINT16", "DEC"},
    {"vs1.report_control.list_datums", "List datums (0x0704)", "NONE"},
    {"vs1.report_control.list_datums.report_id", "Report id", "UINT16", "DEC"},
    {"vs1.report_control.datum_list", "Datum list (0x8702)", "NONE"},
    {"vs1.report_control.datum_list.report_id", "Report id", "UINT16", "DEC"},
    {"vs1.report_control.datum_list.datums_count", "Datums count", "UINT8", "DEC", nil, nil, "Number of datums elements"},
    {"vs1.report_control.datum_list.datums", "Datums", "NONE", nil, nil, nil, "A datum of a report connection."},
    {"vs1.report_control.datum_list.datums.datum_id", "Datum id", "UINT16", "DEC"},
    {"vs1.report_control.datum_list.datums.type", "Type", "UINT8", "DEC", "datum_type"},
    {"vs1.report_control.datum_list.datums.path", "Path", "STRING", nil, nil, nil, "Datum path in the job, e.g. Snapshot1.BufOut"},
    {"vs1.report_control.list_reports", "List reports (0x0705)", "NONE"},
    {"vs1.report_control.report_list", "Report list (0x8705)", "NONE"},
    {"vs1.report_control.report_list.reports_count", "Reports count", "UINT16", "DEC", nil, nil, "Number of reports elements"},
    {"vs1.report_control.report_list.reports", "Reports", "NONE"},
    {"vs1.report_control.report_list.reports.report_id", "Report id", "UINT16", "DEC"},
    {"vs1.report_control.report_list.reports.mode", "Mode", "UINT8", "DEC", "report_mode"},
    {"vs1.report_control.report_list.reports.state", "State", "UINT8", "HEX"},
    {"vs1.report_control.report_list.reports.state.paused", "Paused", "BOOLEAN", 8, nil, 0x1},
    {"vs1.report_control.report_list.reports.state.include_image", "Include image", "BOOLEAN", 8, nil, 0x2},
    {"vs1.report_control.report_list.reports.rate_hz", "Rate (Hz)", "FLOAT"},
    {"vs1.report_control.report_list.reports.datum_count", "Datum count", "UINT16", "DEC"},
    {"vs1.report_control.report_list.reports.delivered", "Delivered", "UINT32", "DEC"},
    {"vs1.report_control.report_list.reports.dropped", "Dropped", "UINT32", "DEC"},
    {"vs1.report_control.pause_report", "Pause report (0x0706)", "NONE"},
    {"vs1.report_control.pause_report.report_id", "Report id", "UINT16", "DEC"},
    {"vs1.report_control.resume_report", "Resume report (0x0707)", "NONE"},
    {"vs1.report_control.resume_report.report_id", "Report id", "UINT16", "DEC"},
    {"vs1.report_control.error_reply", "Error reply (0x7fff)", "NONE", nil, nil, nil, "Sent instead of the expected reply when a request fails, on every port with this framing. Carries the request's seq."},
    {"vs1.report_control.error_reply.status", "Status", "UINT16", "DEC", "status_code"},
    {"vs1.report_control.error_reply.request_type", "Request type", "UINT16", "DEC", "*message_code", nil, "Code of the failed request."},
    {"vs1.report_control.error_reply.detail", "Detail", "STRING", nil, nil, nil, "Human-readable reason."},
    {"vs1.report_control.bind_session", "Bind session (0x7f01)", "NONE", nil, nil, nil, "Binds this connection to a login session: the first request of a connection that will need one (access session or control). Only on the ports that list it in `uses:`. The proof must come from the session's login address; a connection is bound once (a second bind_session is refused with forbidden). Until bound, the connection has only the rights of anyone (access open)."},
    {"vs1.report_control.bind_session.auth", "Auth", "NONE", nil, nil, nil, "Proof that a message comes from the holder of a login session (see the login port): the first field of every message that acts for a session. mac = HMAC-SHA256(SessionKey, \"vs1-req\" | u16 port number in the spec | u16 message code | the message's payload with these 16 mac bytes zeroed), first 16 bytes. The camera accepts each counter of a session once (within a window of 64 below the highest seen) and only from the session's login address."},
    {"vs1.report_control.bind_session.auth.session", "Session", "UINT32", "DEC", nil, nil, "The session's public handle from login_reply (0: none, anonymous)."},
    {"vs1.report_control.bind_session.auth.counter", "Counter", "UINT32", "DEC", nil, nil, "Chosen by the client, new for every proof of the session (a retry too); starts at 1."},
    {"vs1.report_control.bind_session.auth.mac", "Mac", "BYTES"},
    {"vs1.report_control.bind_ack", "Bind ack (0xff01)", "NONE", nil, nil, nil, "The connection is bound to the session; in_control says whether the session holds control now."},
    {"vs1.report_control.bind_ack.session", "Session", "UINT32", "DEC"},
    {"vs1.report_control.bind_ack.in_control", "In control", "BOOLEAN", "NONE"},
  },
  {proto = "reports",
    {"vs1.reports.open_report", "Open report (0x0501)", "NONE"},
    {"vs1.reports.open_report.report_id", "Report id", "UINT16", "DEC", nil, nil, "Chosen by the client; unique on its connection."},
    {"vs1.reports.open_report.mode", "Mode", "UINT8", "DEC", "report_mode"},
    {"vs1.reports.open_report.options", "Options", "UINT8", "HEX"},
    {"vs1.reports.open_report.options.include_image", "Include image", "BOOLEAN", 8, nil, 0x1},
    {"vs1.reports.open_report.rate_hz", "Rate (Hz)", "FLOAT", nil, nil, nil, "Records per second for lossy reports; ignored for lossless."},
    {"vs1.reports.open_report.datums_count", "Datums count", "UINT8", "DEC", nil, nil, "Number of datums elements"},
    {"vs1.reports.open_report.datums", "Datums", "STRING", nil, nil, nil, "Datum paths, e.g. Snapshot1.BufOut"},
    {"vs1.reports.report_opened", "Report opened (0x8501)", "NONE"},
    {"vs1.reports.report_opened.report_id", "Report id", "UINT16", "DEC"},
    {"vs1.reports.report_opened.next_inspection", "Next inspection", "UINT32", "DEC", nil, nil, "Inspection number of the first record to come."},
    {"vs1.reports.report_opened.datums_count", "Datums count", "UINT8", "DEC", nil, nil, "Number of datums elements"},
    {"vs1.reports.report_opened.datums", "Datums", "NONE", nil, nil, nil, "A datum of a report connection."},
    {"vs1.reports.report_opened.datums.datum_id", "Datum id", "UINT16", "DEC"},
    {"vs1.reports.report_opened.datums.type", "Type", "UINT8", "DEC", "datum_type"},
    {"vs1.reports.report_opened.datums.path", "Path", "STRING", nil, nil, nil, "Datum path in the job, e.g. Snapshot1.BufOut"},
    {"vs1.reports.close_report", "Close report (0x0502)", "NONE"},
    {"vs1.reports.close_report.report_id", "Report id", "UINT16", "DEC"},
    {"vs1.reports.report_closed", "Report closed (0x8502)", "NONE"},
    {"vs1.reports.report_closed.report_id", "Report id", "UINT16", "DEC"},
    {"vs1.reports.report_closed.delivered", "Delivered", "UINT32", "DEC"},
    {"vs1.reports.report_closed.dropped", "Dropped", "UINT32", "DEC"},
    {"vs1.reports.report_record", "Report record (0x4501)", "NONE"},
    {"vs1.reports.report_record.report_id", "Report id", "UINT16", "DEC"},
    {"vs1.reports.report_record.dropped_before", "Dropped before", "UINT32", "DEC", nil, nil, "Records this lossy report dropped since the previous one."},
    {"vs1.reports.report_record.record", "Record", "NONE", nil, nil, nil, "One inspection's report record."},
    {"vs1.reports.report_record.record.inspection", "Inspection", "UINT32", "DEC", nil, nil, "Inspection counter; consecutive for a lossless connection."},
    {"vs1.reports.report_record.record.timestamp_us", "Timestamp (\194\181s)", "UINT64", "DEC"},
    {"vs1.reports.report_record.record.flags", "Flags", "UINT8", "HEX"},
    {"vs1.reports.report_record.record.flags.passed", "Passed", "BOOLEAN", 8, nil, 0x1},
    {"vs1.reports.report_record.record.flags.has_image", "Has image", "BOOLEAN", 8, nil, 0x2},
    {"vs1.reports.report_record.record.flags.backfilled", "Backfilled", "BOOLEAN", 8, nil, 0x4},
    {"vs1.reports.report_record.record.datums_count", "Datums count", "UINT16", "DEC", nil, nil, "Number of datums elements"},
    {"vs1.reports.report_record.record.datums", "Datums", "NONE", nil, nil, nil, "The datums of its report (a report names at most 255)."},
    {"vs1.reports.report_record.record.datums.datum_id", "Datum id", "UINT16", "DEC", nil, nil, "Id assigned when the datum was added to the report."},
    {"vs1.reports.report_record.record.datums.type", "Type", "UINT8", "DEC", "datum_type"},
    {"vs1.reports.report_record.record.datums.value.int32", "Value (int32)", "INT32", "DEC"},
    {"vs1.reports.report_record.record.datums.value.uint32", "Value (uint32)", "UINT32", "DEC"},
    {"vs1.reports.report_record.record.datums.value.float64", "Value (float64)", "DOUBLE"},
    {"vs1.reports.report_record.record.datums.value.bool", "Value (bool)", "BOOLEAN", "NONE"},
    {"vs1.reports.report_record.record.datums.value.string", "Value (string)", "STRING"},
    {"vs1.reports.report_record.record.datums.value.point2d", "Value (point2d)", "NONE", nil, nil, nil, "A position in image coordinates (pixels)."},
    {"vs1.reports.report_record.record.datums.value.point2d.x", "X", "FLOAT"},
    {"vs1.reports.report_record.record.datums.value.point2d.y", "Y", "FLOAT"},
    {"vs1.reports.report_record.record.image", "Image", "NONE", nil, nil, nil, "An image with its geometry; pixel data follows the header."},
    {"vs1.reports.report_record.record.image.image_id", "Image id", "UINT32", "DEC", nil, nil, "Increments with every image the camera takes."},
    {"vs1.reports.report_record.record.image.timestamp_us", "Timestamp (\194\181s)", "UINT64", "DEC", nil, nil, "Acquisition time, microseconds since the Unix epoch."},
    {"vs1.reports.report_record.record.image.width", "Width", "UINT16", "DEC"},
    {"vs1.reports.report_record.record.image.height", "Height", "UINT16", "DEC"},
    {"vs1.reports.report_record.record.image.pixel_format", "Pixel format", "UINT8", "DEC", "pixel_format"},
    {"vs1.reports.report_record.record.image.pad0", "Padding", "BYTES"},
    {"vs1.reports.report_record.record.image.data_length", "Data length", "UINT32", "DEC", nil, nil, "At most 1280 x 1024 pixels of rgb8 (3 bytes each): the largest live size vs1kit serves (the sensor is 640 x 480), in colour."},
    {"vs1.reports.report_record.record.image.data", "Data", "BYTES", nil, nil, nil, "width * height * bytes per pixel"},
    {"vs1.reports.record_ack", "Record ack (0x0503)", "NONE", nil, nil, nil, "Lossless flow control; the camera's inspection waits for this (bounded by a timeout)."},
    {"vs1.reports.record_ack.report_id", "Report id", "UINT16", "DEC"},
    {"vs1.reports.record_ack.inspection", "Inspection", "UINT32", "DEC"},
    {"vs1.reports.error_reply", "Error reply (0x7fff)", "NONE", nil, nil, nil, "Sent instead of the expected reply when a request fails, on every port with this framing. Carries the request's seq."},
    {"vs1.reports.error_reply.status", "Status", "UINT16", "DEC", "status_code"},
    {"vs1.reports.error_reply.request_type", "Request type", "UINT16", "DEC", "*message_code", nil, "Code of the failed request."},
    {"vs1.reports.error_reply.detail", "Detail", "STRING", nil, nil, nil, "Human-readable reason."},
    {"vs1.reports.bind_session", "Bind session (0x7f01)", "NONE", nil, nil, nil, "Binds this connection to a login session: the first request of a connection that will need one (access session or control). Only on the ports that list it in `uses:`. The proof must come from the session's login address; a connection is bound once (a second bind_session is refused with forbidden). Until bound, the connection has only the rights of anyone (access open)."},
    {"vs1.reports.bind_session.auth", "Auth", "NONE", nil, nil, nil, "Proof that a message comes from the holder of a login session (see the login port): the first field of every message that acts for a session. mac = HMAC-SHA256(SessionKey, \"vs1-req\" | u16 port number in the spec | u16 message code | the message's payload with these 16 mac bytes zeroed), first 16 bytes. The camera accepts each counter of a session once (within a window of 64 below the highest seen) and only from the session's login address."},
    {"vs1.reports.bind_session.auth.session", "Session", "UINT32", "DEC", nil, nil, "The session's public handle from login_reply (0: none, anonymous)."},
    {"vs1.reports.bind_session.auth.counter", "Counter", "UINT32", "DEC", nil, nil, "Chosen by the client, new for every proof of the session (a retry too); starts at 1."},
    {"vs1.reports.bind_session.auth.mac", "Mac", "BYTES"},
    {"vs1.reports.bind_ack", "Bind ack (0xff01)", "NONE", nil, nil, nil, "The connection is bound to the session; in_control says whether the session holds control now."},
    {"vs1.reports.bind_ack.session", "Session", "UINT32", "DEC"},
    {"vs1.reports.bind_ack.in_control", "In control", "BOOLEAN", "NONE"},
  },
  {proto = "rpc",
    {"vs1.rpc.get_status", "Get status (0x0301)", "NONE"},
    {"vs1.rpc.status_reply", "Status reply (0x8301)", "NONE"},
    {"vs1.rpc.status_reply.mode", "Mode", "UINT8", "HEX"},
    {"vs1.rpc.status_reply.mode.state", "State", "UINT8", "DEC", "camera_state", 0xf},
    {"vs1.rpc.status_reply.mode.trigger_mode", "Trigger mode", "UINT8", "DEC", "trigger_mode", 0x70},
    {"vs1.rpc.status_reply.flags", "Flags", "UINT8", "HEX"},
    {"vs1.rpc.status_reply.flags.job_loaded", "Job loaded", "BOOLEAN", 8, nil, 0x1},
    {"vs1.rpc.status_reply.flags.in_control", "In control", "BOOLEAN", 8, nil, 0x2},
    {"vs1.rpc.status_reply.flags.ram_job_unsaved", "Ram job unsaved", "BOOLEAN", 8, nil, 0x4},
    {"vs1.rpc.status_reply.flags.fault", "Fault", "BOOLEAN", 8, nil, 0x80},
    {"vs1.rpc.status_reply.job_slot", "Job slot", "UINT16", "DEC"},
    {"vs1.rpc.status_reply.inspections", "Inspections", "UINT32", "DEC"},
    {"vs1.rpc.status_reply.passed", "Passed", "UINT32", "DEC"},
    {"vs1.rpc.status_reply.failed", "Failed", "UINT32", "DEC"},
    {"vs1.rpc.status_reply.uptime_s", "Uptime (s)", "UINT32", "DEC"},
    {"vs1.rpc.status_reply.job_name", "Job name", "STRING"},
    {"vs1.rpc.status_reply.controller_ip", "Controller ip", "IPv4", nil, nil, nil, "0.0.0.0 when nobody is in control."},
    {"vs1.rpc.get_info", "Get info (0x0302)", "NONE"},
    {"vs1.rpc.info_reply", "Info reply (0x8302)", "NONE"},
    {"vs1.rpc.info_reply.model", "Model", "STRING"},
    {"vs1.rpc.info_reply.serial", "Serial", "STRING"},
    {"vs1.rpc.info_reply.firmware_version", "Firmware version", "STRING"},
    {"vs1.rpc.info_reply.mac", "Mac", "ETHER"},
    {"vs1.rpc.info_reply.job_slots", "Job slots", "UINT16", "DEC"},
    {"vs1.rpc.info_reply.sensor_width", "Sensor width", "UINT16", "DEC"},
    {"vs1.rpc.info_reply.sensor_height", "Sensor height", "UINT16", "DEC"},
    {"vs1.rpc.info_reply.boot_id", "Boot id", "UINT32", "DEC", nil, nil, "Random at every power-on or restart, fixed until the next: inspection numbers restart at each boot, so (serial, boot_id, inspection) names one inspection for good."},
    {"vs1.rpc.start", "Start (0x0303)", "NONE", nil, nil, nil, "Start running the selected job."},
    {"vs1.rpc.stop", "Stop (0x0304)", "NONE"},
    {"vs1.rpc.rpc_ack", "Rpc ack (0x8300)", "NONE", nil, nil, nil, "Success reply of commands that return nothing else."},
    {"vs1.rpc.rpc_ack.request_type", "Request type", "UINT16", "DEC", "*message_code"},
    {"vs1.rpc.list_jobs", "List jobs (0x0305)", "NONE"},
    {"vs1.rpc.job_list", "Job list (0x8305)", "NONE"},
    {"vs1.rpc.job_list.selected_slot", "Selected slot", "UINT16", "DEC"},
    {"vs1.rpc.job_list.jobs_count", "Jobs count", "UINT16", "DEC", nil, nil, "Number of jobs elements"},
    {"vs1.rpc.job_list.jobs", "Jobs", "NONE"},
    {"vs1.rpc.job_list.jobs.slot", "Slot", "UINT16", "DEC"},
    {"vs1.rpc.job_list.jobs.flags", "Flags", "UINT8", "HEX"},
    {"vs1.rpc.job_list.jobs.flags.in_flash", "In flash", "BOOLEAN", 8, nil, 0x1},
    {"vs1.rpc.job_list.jobs.flags.selected", "Selected", "BOOLEAN", 8, nil, 0x2},
    {"vs1.rpc.job_list.jobs.size", "Size", "UINT32", "DEC", nil, nil, "Size of the .avp file in bytes."},
    {"vs1.rpc.job_list.jobs.name", "Name", "STRING"},
    {"vs1.rpc.select_job", "Select job (0x0306)", "NONE"},
    {"vs1.rpc.select_job.slot", "Slot", "UINT16", "DEC"},
    {"vs1.rpc.download_job", "Download job (0x0307)", "NONE", nil, nil, nil, "Load a job file already uploaded by FTP into a slot."},
    {"vs1.rpc.download_job.slot", "Slot", "UINT16", "DEC"},
    {"vs1.rpc.download_job.file_name", "File name", "STRING", nil, nil, nil, "Path on the camera, e.g. /RAM/inspect.avp"},
    {"vs1.rpc.upload_job", "Upload job (0x0308)", "NONE", nil, nil, nil, "Write the job of a slot to a file that the client then fetches by FTP."},
    {"vs1.rpc.upload_job.slot", "Slot", "UINT16", "DEC"},
    {"vs1.rpc.upload_reply", "Upload reply (0x8308)", "NONE"},
    {"vs1.rpc.upload_reply.size", "Size", "UINT32", "DEC"},
    {"vs1.rpc.upload_reply.file_name", "File name", "STRING"},
    {"vs1.rpc.flash", "Flash (0x0309)", "NONE", nil, nil, nil, "Save the jobs and the selected slot to flash so they survive a restart."},
    {"vs1.rpc.trigger", "Trigger (0x030a)", "NONE"},
    {"vs1.rpc.trigger.count", "Count", "UINT16", "DEC"},
    {"vs1.rpc.trigger_reply", "Trigger reply (0x830a)", "NONE"},
    {"vs1.rpc.trigger_reply.first_inspection", "First inspection", "UINT32", "DEC"},
    {"vs1.rpc.trigger_reply.count", "Count", "UINT16", "DEC"},
    {"vs1.rpc.set_trigger", "Set trigger (0x030b)", "NONE"},
    {"vs1.rpc.set_trigger.trigger_mode", "Trigger mode", "UINT8", "DEC", "trigger_mode"},
    {"vs1.rpc.set_trigger.rate_hz", "Rate (Hz)", "FLOAT", nil, nil, nil, "Inspection rate for free_run."},
    {"vs1.rpc.set_trigger.input_point", "Input point", "UINT16", "DEC", nil, nil, "The IO point that triggers for external_io and virtual_io."},
    {"vs1.rpc.reboot", "Reboot (0x030c)", "NONE"},
    {"vs1.rpc.error_reply", "Error reply (0x7fff)", "NONE", nil, nil, nil, "Sent instead of the expected reply when a request fails, on every port with this framing. Carries the request's seq."},
    {"vs1.rpc.error_reply.status", "Status", "UINT16", "DEC", "status_code"},
    {"vs1.rpc.error_reply.request_type", "Request type", "UINT16", "DEC", "*message_code", nil, "Code of the failed request."},
    {"vs1.rpc.error_reply.detail", "Detail", "STRING", nil, nil, nil, "Human-readable reason."},
    {"vs1.rpc.bind_session", "Bind session (0x7f01)", "NONE", nil, nil, nil, "Binds this connection to a login session: the first request of a connection that will need one (access session or control). Only on the ports that list it in `uses:`. The proof must come from the session's login address; a connection is bound once (a second bind_session is refused with forbidden). Until bound, the connection has only the rights of anyone (access open)."},
    {"vs1.rpc.bind_session.auth", "Auth", "NONE", nil, nil, nil, "Proof that a message comes from the holder of a login session (see the login port): the first field of every message that acts for a session. mac = HMAC-SHA256(SessionKey, \"vs1-req\" | u16 port number in the spec | u16 message code | the message's payload with these 16 mac bytes zeroed), first 16 bytes. The camera accepts each counter of a session once (within a window of 64 below the highest seen) and only from the session's login address."},
    {"vs1.rpc.bind_session.auth.session", "Session", "UINT32", "DEC", nil, nil, "The session's public handle from login_reply (0: none, anonymous)."},
    {"vs1.rpc.bind_session.auth.counter", "Counter", "UINT32", "DEC", nil, nil, "Chosen by the client, new for every proof of the session (a retry too); starts at 1."},
    {"vs1.rpc.bind_session.auth.mac", "Mac", "BYTES"},
    {"vs1.rpc.bind_ack", "Bind ack (0xff01)", "NONE", nil, nil, nil, "The connection is bound to the session; in_control says whether the session holds control now."},
    {"vs1.rpc.bind_ack.session", "Session", "UINT32", "DEC"},
    {"vs1.rpc.bind_ack.in_control", "In control", "BOOLEAN", "NONE"},
  },
  {proto = "serial",
    {"vs1.serial.formatted_output", "Formatted output", "NONE"},
    {"vs1.serial.formatted_output.text", "Text", "STRING"},
  },
}

-- PF[abbrev] is the ProtoField; NODE mirrors the abbrevs (NODE.vs1.rpc.get_status...), each
-- node holding its ProtoField in _f (if the path is a field) and its path in _a, so the
-- decoders below take the node of the path they decode.
local PF, NODE = {}, {}
for _, group in ipairs(FIELD_TABLE) do
  local list = {}
  for _, row in ipairs(group) do
    local abbrev, name, ftype, display, vs, mask, desc = row[1], row[2], row[3], row[4], row[5], row[6], row[7]
    local f
    if ftype == "FRAMENUM" then
      f = ProtoField.framenum(abbrev, name, base.NONE, frametype[display], nil, desc)
    else
      if type(display) == "string" then display = base[display] end
      f = ProtoField.new(name, abbrev, ftypes[ftype], vs and ENUM[vs] or nil, display, mask, desc)
    end
    list[#list + 1] = f
    PF[abbrev] = f
    local node, path = NODE, nil
    for part in abbrev:gmatch("[^.]+") do
      path = path and path .. "." .. part or part
      if node[part] == nil then node[part] = {_a = path} end
      node = node[part]
    end
    node._f, node._l = f, name
  end
  if group.proto == "vs1" then vs1.fields = list else PROTO[group.proto].fields = list end
end

local function node_at(abbrev)
  local node = NODE
  for part in abbrev:gmatch("[^.]+") do node = node[part] end
  return node
end

local EXPERT = {
  bad_const = ProtoExpert.new("vs1.expert.bad_const", "Constant field has the wrong value",
    expert.group.MALFORMED, expert.severity.ERROR),
  truncated = ProtoExpert.new("vs1.expert.truncated", "Truncated field",
    expert.group.MALFORMED, expert.severity.ERROR),
  length_mismatch = ProtoExpert.new("vs1.expert.length_mismatch", "Payload length does not match the header",
    expert.group.MALFORMED, expert.severity.ERROR),
  too_long = ProtoExpert.new("vs1.expert.too_long", "Payload longer than the framing allows",
    expert.group.MALFORMED, expert.severity.ERROR),
  trailing = ProtoExpert.new("vs1.expert.trailing", "Bytes left over after the message",
    expert.group.MALFORMED, expert.severity.ERROR),
  count = ProtoExpert.new("vs1.expert.count", "Element count over the spec's maximum",
    expert.group.MALFORMED, expert.severity.ERROR),
  no_case = ProtoExpert.new("vs1.expert.no_case", "No switch case for the discriminator",
    expert.group.MALFORMED, expert.severity.ERROR),
  bad_text = ProtoExpert.new("vs1.expert.bad_text", "Text not valid in its encoding",
    expert.group.MALFORMED, expert.severity.ERROR),
  no_terminator = ProtoExpert.new("vs1.expert.no_terminator", "No terminator within the maximum size",
    expert.group.MALFORMED, expert.severity.ERROR),
  unknown_message = ProtoExpert.new("vs1.expert.unknown_message", "Unknown message type on this port",
    expert.group.UNDECODED, expert.severity.WARN),
  unknown_enum = ProtoExpert.new("vs1.expert.unknown_enum", "Value not in the enum",
    expert.group.PROTOCOL, expert.severity.NOTE),
  flags = ProtoExpert.new("vs1.expert.flags", "Header flags do not match the message kind",
    expert.group.PROTOCOL, expert.severity.NOTE),
  -- Request/response analysis (named like tcp.analysis.*): notes about the conversation, not
  -- about malformed bytes.
  error_reply = ProtoExpert.new("vs1.analysis.error_reply", "Error reply",
    expert.group.RESPONSE_CODE, expert.severity.NOTE),
  unanswered = ProtoExpert.new("vs1.analysis.unanswered", "Request without a response",
    expert.group.SEQUENCE, expert.severity.NOTE),
  unmatched = ProtoExpert.new("vs1.analysis.unmatched", "Response to no request in the capture",
    expert.group.SEQUENCE, expert.severity.NOTE),
  internal = ProtoExpert.new("vs1.expert.internal", "Internal dissector error",
    expert.group.MALFORMED, expert.severity.ERROR),
}
vs1.experts = {
  EXPERT.bad_const, EXPERT.truncated, EXPERT.length_mismatch, EXPERT.too_long, EXPERT.trailing,
  EXPERT.count, EXPERT.no_case, EXPERT.bad_text, EXPERT.no_terminator, EXPERT.unknown_message,
  EXPERT.unknown_enum, EXPERT.flags, EXPERT.internal, EXPERT.error_reply, EXPERT.unanswered,
  EXPERT.unmatched,
}

--------------------------------------------------------------------------------------------
-- 3. Preferences
--------------------------------------------------------------------------------------------

for _, p in ipairs(PORTS) do
  vs1.prefs[p.id .. "_ports"] = Pref.range(p.name .. " (" .. p.transport:upper() .. ")", p.numbers,
    p.transport:upper() .. " port(s) of the " .. p.name, 65535)
end
vs1.prefs.heuristic = Pref.bool("Find VS-1 frames on other TCP ports", false,
  "Try the VS-1 dissector (magic and version check) on TCP connections to any port")

--------------------------------------------------------------------------------------------
-- 4. Helpers
--------------------------------------------------------------------------------------------

-- Bit tests. Every Wireshark with Lua ships Lua BitOp as the global `bit` (4.0 on Lua 5.2,
-- 4.4+ on 5.3/5.4); if it is ever missing, arithmetic gives the same answer for the
-- non-negative integers below 2^53 that this file tests.
local band
if type(bit) == "table" and type(bit.band) == "function" then
  band = bit.band
else
  band = function(a, b)
    local result, place = 0, 1
    while a > 0 and b > 0 do
      local ra, rb = a % 2, b % 2
      if ra == 1 and rb == 1 then result = result + place end
      a, b, place = (a - ra) / 2, (b - rb) / 2, place * 2
    end
    return result
  end
end

-- A bit field's value: `width` bits from bit `at` (0 = least significant). Display goes
-- through the ProtoField masks; this is for value checks and the Info column.
local function bits(v, at, width)
  return math.floor(math.floor(v / 2 ^ at) % 2 ^ width)
end

-- Integers from the bytes of a PDU (b, a Lua string; o counts from 0). Plain Lua: much
-- cheaper than a TvbRange per value. 64-bit values come out as floats, exact below 2^53.
local byte, sub, find = string.byte, string.sub, string.find
local function u8(b, o) return byte(b, o + 1) end
local function u16(b, o) local x, y = byte(b, o + 1, o + 2) return x * 256 + y end
local function u16le(b, o) local x, y = byte(b, o + 1, o + 2) return y * 256 + x end
local function u32(b, o) local w, x, y, z = byte(b, o + 1, o + 4) return ((w * 256 + x) * 256 + y) * 256 + z end
local function u32le(b, o) local w, x, y, z = byte(b, o + 1, o + 4) return ((z * 256 + y) * 256 + x) * 256 + w end
local function u64(b, o) return u32(b, o) * 4294967296.0 + u32(b, o + 4) end
local function u64le(b, o) return u32le(b, o + 4) * 4294967296.0 + u32le(b, o) end
local function signed(v, bits_) if v >= 2 ^ (bits_ - 1) then return v - 2 ^ bits_ end return v end
local function s8(b, o) return signed(u8(b, o), 8) end
local function s16(b, o) return signed(u16(b, o), 16) end
local function s16le(b, o) return signed(u16le(b, o), 16) end
local function s32(b, o) return signed(u32(b, o), 32) end
local function s32le(b, o) return signed(u32le(b, o), 32) end
local function s64(b, o) return signed(u32(b, o), 32) * 4294967296.0 + u32(b, o + 4) end
local function s64le(b, o) return signed(u32le(b, o + 4), 32) * 4294967296.0 + u32le(b, o) end

local function ipv4_text(b, o)
  return string.format("%d.%d.%d.%d", byte(b, o + 1, o + 4))
end

-- "Call me again with one more segment" (Wireshark's DESEGMENT_ONE_MORE_SEGMENT).
local ONE_MORE_SEGMENT = DESEGMENT_ONE_MORE_SEGMENT or 0x0fffffff

-- A number as decimal digits. %d formats an integral value much faster than %.0f (which
-- goes through printf's floating-point path); beyond 2^53 or for a fraction, %.0f.
local format = string.format
local function num(v)
  if v % 1 == 0 and v < 9007199254740992 and v > -9007199254740992 then return format("%d", v) end
  return format("%.0f", v)
end

local function hex(v)
  if v < 0 then return num(v) end
  return string.format("0x%X", v)
end

local function enum_text(vs, v)
  return vs[v] or num(v)
end

-- " (2023-11-14 22:13:20.123456 UTC)": a count of units (`scale` seconds each) since the
-- Unix epoch, shown after the number.
-- The date of the last second asked for is kept: timestamps of one capture mostly share their
-- seconds with the one before.
local EPOCH_SECS, EPOCH_DATE = nil, nil
local FRACTION = {[3] = ".%03d", [6] = ".%06d", [9] = ".%09d"}

local function epoch_text(v, scale)
  local secs = math.floor(v * scale)
  local frac = v * scale - secs
  local digits = scale >= 1 and 0 or (scale >= 1e-3 and 3 or (scale >= 1e-6 and 6 or 9))
  if secs ~= EPOCH_SECS then EPOCH_SECS, EPOCH_DATE = secs, os.date("!%Y-%m-%d %H:%M:%S", secs) end
  if digits > 0 then
    return " (" .. EPOCH_DATE .. format(FRACTION[digits], math.floor(frac * 10 ^ digits + 0.5) % 10 ^ digits) .. " UTC)"
  end
  return " (" .. EPOCH_DATE .. " UTC)"
end


local function strip_nul(s)
  return (s:gsub("%z+$", ""))
end

local function ascii_ok(s)
  return not s:find("[\128-\255]")
end

-- Well-formed UTF-8 (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF), the
-- same rule as the Python decoder's.
local function utf8_ok(s)
  if ascii_ok(s) then return true end
  local i, n = 1, #s
  while i <= n do
    local c = s:byte(i)
    if c < 0x80 then
      i = i + 1
    else
      local need, lo, hi
      if c >= 0xC2 and c <= 0xDF then need, lo, hi = 1, 0x80, 0xBF
      elseif c == 0xE0 then need, lo, hi = 2, 0xA0, 0xBF
      elseif (c >= 0xE1 and c <= 0xEC) or c == 0xEE or c == 0xEF then need, lo, hi = 2, 0x80, 0xBF
      elseif c == 0xED then need, lo, hi = 2, 0x80, 0x9F
      elseif c == 0xF0 then need, lo, hi = 3, 0x90, 0xBF
      elseif c >= 0xF1 and c <= 0xF3 then need, lo, hi = 3, 0x80, 0xBF
      elseif c == 0xF4 then need, lo, hi = 3, 0x80, 0x8F
      else return false end
      if i + need > n then return false end
      local c2 = s:byte(i + 1)
      if c2 < lo or c2 > hi then return false end
      for k = 2, need do
        local ck = s:byte(i + k)
        if ck < 0x80 or ck > 0xBF then return false end
      end
      i = i + need + 1
    end
  end
  return true
end

-- A text for the Info column: valid UTF-8, at most about 32 bytes.
local function quote(s)
  if not utf8_ok(s) then s = s:gsub("[\128-\255]", "?") end
  if #s > 32 then s = s:sub(1, 29):gsub("[\192-\255][\128-\191]*$", "") .. "..." end
  return '"' .. s .. '"'
end

-- Bytes from o to `term`, which must end within max + #term bytes of o and before e; nil if
-- it does not.
local function find_term(b, o, e, term, max)
  local limit = o + max + #term
  if limit > e then limit = e end
  local k = find(b, term, o + 1, true)
  if k and k - 1 + #term <= limit then return k - 1 - o end
  return nil
end

-- Problems. The error ones mark the PDU bad (S.bad) and, where decoding cannot go on, return
-- nil so the decoder stops; the notes do neither.
local function short(S, tree, tvb, o, e, need, node)
  local left = e - o
  if left < 0 then left = 0 end
  tree:add_tvb_expert_info(EXPERT.truncated, tvb(o, left),
    node._a .. ": needs " .. num(need) .. " byte(s), " .. num(left) .. " left")
  S.bad = true
  return nil
end

local function too_many(S, tree, tvb, o, e, node, n, max)
  tree:add_tvb_expert_info(EXPERT.count, tvb(o, e - o),
    node._a .. ": " .. num(n) .. " elements, at most " .. num(max))
  S.bad = true
  return nil
end

local function left_over(S, tree, tvb, o, e, node)
  tree:add_tvb_expert_info(EXPERT.trailing, tvb(o, e - o),
    node._a .. ": " .. num(e - o) .. " byte(s) left over in a sized field")
  S.bad = true
  return nil
end

local function no_case(S, tree, tvb, o, e, node, on, value)
  tree:add_tvb_expert_info(EXPERT.no_case, tvb(o, e - o),
    node._a .. ": no case for " .. on .. "=" .. num(value))
  S.bad = true
  return nil
end

local function no_term(S, tree, tvb, o, e, node, max)
  tree:add_tvb_expert_info(EXPERT.no_terminator, tvb(o, e - o),
    node._a .. ": no terminator within " .. num(max) .. " bytes")
  S.bad = true
  return nil
end

local function bad_const(S, item, node, v, want)
  item:add_proto_expert_info(EXPERT.bad_const, node._a .. ": expected " .. hex(want) .. ", got " .. hex(v))
  S.bad = true
end

local function bad_text(S, item, node, encoding)
  item:add_proto_expert_info(EXPERT.bad_text, node._a .. ": not valid " .. encoding .. " text")
  S.bad = true
end

local function unknown_enum(S, item, node, v)
  item:add_proto_expert_info(EXPERT.unknown_enum, node._a .. ": " .. num(v) .. " is not in the enum")
end

-- Every call into Wireshark's Lua API costs a microsecond or so (a call into C, type checks,
-- often a new object for the garbage collector), so the dissectors make as few as they can:
-- what is the same for every PDU of a frame is looked up once per frame, and the TreeItem
-- methods once: ADD(tree, ...) is tree:add(...) without looking "add" up at every call.
local ADD, ADD_LE, ADD_FIELD, SET_LEN, APPEND, SET_TEXT, SET_GENERATED
-- Fields every port uses: a text's or bytes' length prefix, a terminator; the links.
local F_LENGTH, F_TERMINATOR = PF["vs1.length"], PF["vs1.terminator"]
local F_RESPONSE_IN, F_REQUEST_IN = PF["vs1.response_in"], PF["vs1.request_in"]
local F_RESPONSE_TIME, F_REQUEST = PF["vs1.response_time"], PF["vs1.request"]

-- Per-frame facts, looked up once per call of a port's dissector (a frame can hold several
-- PDUs). FULL: tshark builds a protocol tree (see has_tree). COLS: the packet has columns at
-- all; tshark -V or -T json have none (Column:set does nothing then), so the decoders skip
-- the Info column's text. FRAME, VISITED: its number and whether this is a later pass over it.
local FULL, COLS, COL_INFO, FRAME, VISITED = true, true, nil, 0, false
-- CUR_COLS: the frame's Columns. The first PDU sets Protocol and Info through it (cols.info =
-- text: no Column object made); a Column object (COL_INFO) only when a later PDU appends.
local CUR_COLS = nil
-- The frame's addresses, ports and time, looked up when the first PDU needs them (link).
local HAVE_ADDR, SRC, DST, SRC_PORT, DST_PORT, REL_TS = false, nil, nil, 0, 0, 0

-- Does tshark build a protocol tree for this packet? Without one (the packet list alone)
-- the scan decoders do the work. tree.visible, when true, says yes at once; false can still
-- mean a tree that is not shown (a display filter's), which only the TreeItem's text form
-- tells. Should that text change, the answer is "yes", which is always right, only slower.
-- VISIBLE_FIRST: ask tree.visible first (it was the answer for the previous frame).
local VISIBLE_FIRST = true

local function has_tree(tree)
  if VISIBLE_FIRST and tree.visible then return true end
  local full = not find(tostring(tree), "has subtree=false", 1, true)
  VISIBLE_FIRST = full
  return full
end

-- Without a tree (the packet list) there are columns. With one, a Column without column
-- data prints as its name in parentheses; any other text (even "(nil)") means the columns
-- are there. ("number" is the cheapest Column to look up: the first of the names.)
-- Is the parent protocol `vs1` enabled? Lua has no call for that, but calling a disabled
-- protocol's dissector does nothing, so: call it once per dissection run (vs1.init starts
-- one, also after Enabled Protocols changed) on an empty buffer, and it says so.
local ENABLED, PARENT = nil, nil

vs1.dissector = function(tvb, pinfo, tree)
  ENABLED = true
  return 1
end

local function vs1_enabled(tvb, pinfo, tree)
  if ENABLED == nil then
    ENABLED = false
    PARENT = PARENT or Dissector.get("vs1")
    PARENT:call(tvb(0, 0):tvb(), pinfo, tree)
  end
  return ENABLED
end

-- The frame's `vs1` tree line (with a tree): the parent protocol, with the port, and the
-- request/response analysis of the frame's PDUs as expert infos under it.
local VS1_ITEM = nil

-- Each port's dissector starts here; false: `vs1` is disabled, leave the packet alone.
local function frame_start(tvb, pinfo, tree, port)
  if not vs1_enabled(tvb, pinfo, tree) then return false end
  if ADD == nil then
    ADD, ADD_LE, ADD_FIELD, SET_LEN = tree.add, tree.add_le, tree.add_packet_field, tree.set_len
    APPEND, SET_TEXT, SET_GENERATED = tree.append_text, tree.set_text, tree.set_generated
  end
  FULL = has_tree(tree)
  FRAME, VISITED, HAVE_ADDR = pinfo.number, pinfo.visited, false
  local cols = pinfo.cols
  COLS = not FULL or tostring(cols.number) ~= "(number)"
  if COLS then
    CUR_COLS, COL_INFO = cols, nil
  end
  if FULL then
    local p = PORT[port]
    VS1_ITEM = ADD(tree, vs1, tvb())
    APPEND(VS1_ITEM, ", " .. p.name .. " (" .. p.transport:upper() .. " " .. num(pinfo.match_uint) .. ")")
  else
    VS1_ITEM = nil
  end
  return true
end

local function frame_addresses(pinfo)
  SRC, DST, SRC_PORT, DST_PORT = pinfo.src, pinfo.dst, pinfo.src_port, pinfo.dst_port
  REL_TS, HAVE_ADDR = pinfo.rel_ts, true
end

-- Info column items of the PDU being decoded, kept as " name=" and value pairs in INFO[1..NI]
-- and joined only if a column shows them. A value may be an integer (table.concat writes it
-- in digits, as `..` does). Upvalues rather than fields of S: the decoders add items inline.
local INFO, NI = {}, 0

-- Per-PDU state handed to every decoder: one table, reset for each PDU (a PDU is dissected
-- from start to end before the next one starts; a new table per PDU is garbage to collect).
-- S.h holds the frame header's integers: the header decoder sets them all before they are
-- read.
-- S.label: what Info says of the message ("Request get_status"), from its MSG row.
local S = {port = nil, h = {}, bad = false, name = nil, seq = nil, index = 0, kind = nil, label = nil}

local function new_state(port)
  S.port, S.bad, S.name, S.seq, S.index, S.kind, S.label = port, false, nil, nil, 0, nil, nil
  NI = 0
  return S
end

-- How the Info column and the protocol line name a message's kind.
local KIND = {request = "Request", response = "Reply", event = "Event"}

-- Which PDU of its frame this is (1, 2...). Calls for one frame come one after the other;
-- the first pass counts them and keeps the count of the frames with more than one PDU.
-- Later passes (two-pass tshark, the GUI) dissect the same PDUs again, so the count wraps
-- around.
local PDU_COUNT = {}
local LAST_FRAME, LAST_CALLS = nil, 0

local function pdu_index()
  local n = FRAME
  local calls = 1
  if n == LAST_FRAME then calls = LAST_CALLS + 1 end
  LAST_FRAME, LAST_CALLS = n, calls
  if not VISITED then
    if calls > 1 then PDU_COUNT[n] = calls end
    return calls
  end
  return (calls - 1) % (PDU_COUNT[n] or 1) + 1
end

-- Info column: the first PDU of a frame replaces the text, the next ones are appended. The
-- text is put together in one concatenation (each intermediate string would be hashed,
-- interned and collected).
local concat = table.concat

local function show_info(S)
  if not COLS then return end
  local text = S.label or S.name or "?"
  if S.seq ~= nil then
    if NI > 0 then
      text = text .. " seq=" .. num(S.seq) .. concat(INFO, "", 1, NI)
    else
      text = text .. " seq=" .. num(S.seq)
    end
  elseif NI > 0 then
    text = text .. concat(INFO, "", 1, NI)
  end
  if S.bad then text = "[error] " .. text end
  if S.index == 1 then
    CUR_COLS.protocol = PORT[S.port].column
    CUR_COLS.info = text
  else
    -- (TCP fences the Info column after each call of a dissector: only an append adds to it.)
    COL_INFO = COL_INFO or CUR_COLS.info
    COL_INFO:append(" | " .. text)
  end
end

-- Request/response links, per conversation (camera end, client end), VS-1 port and sequence
-- number. The first pass records them; every pass shows them (both ways with two-pass tshark
-- or in the GUI). WAIT holds the requests still waiting for their response, oldest first,
-- chained (tx.next) under a number made of the port numbers and the low 20 bits of the
-- sequence number (exact: 52 bits); the rest of the identity (the addresses, the whole
-- sequence number, the VS-1 port) is compared in the chain. One small table per request,
-- {pdu, time, code, seq, port, camera address, client address, next} (an array: a third of
-- the memory of named fields), dropped when its response comes, so matching stays quick and
-- what the collector goes through stays small however many exchanges reuse the ports and
-- sequence numbers (UDP).
-- What the later passes show is kept as plain numbers per PDU (frame * 65536 + index), for
-- linked PDUs only: LINK is a request's response frame, or for a response -(request frame *
-- 65536 + the request's message code); LINK_TIME a response's time since its request. The
-- response-time statistic (section 7) reads the same. A PDU without a LINK entry on a later
-- pass has no partner in the capture.
local WAIT, LINK, LINK_TIME = {}, {}, {}
local SEQ_KEY = 1048576  -- 2^20

local function link(S, tvb, pinfo, root, m, full, base)
  local request = m.kind == "request"
  if not request and m.kind ~= "response" then return end
  local pdu = FRAME * 65536 + S.index
  local seq = S.seq
  if not VISITED then
    if not HAVE_ADDR then frame_addresses(pinfo) end
    if request then
      local key = (SRC_PORT * 65536 + DST_PORT) * SEQ_KEY + seq % SEQ_KEY
      local tx = {pdu, REL_TS, m.code, seq, S.port, DST, SRC, false}
      local last = WAIT[key]
      if last == nil then
        WAIT[key] = tx
      else
        while last[8] do last = last[8] end
        last[8] = tx
      end
    else
      local key = (DST_PORT * 65536 + SRC_PORT) * SEQ_KEY + seq % SEQ_KEY
      local before, t = nil, WAIT[key]
      while t do
        if t[4] == seq and t[5] == S.port and t[6] == SRC and t[7] == DST then
          if before then before[8] = t[8] else WAIT[key] = t[8] or nil end
          local request_pdu = t[1]
          LINK[request_pdu] = FRAME
          LINK[pdu] = -((request_pdu - request_pdu % 65536) + t[3])
          LINK_TIME[pdu] = REL_TS - t[2]
          break
        end
        before, t = t, t[8]
      end
    end
  end
  if not full then return end
  local other = LINK[pdu]
  if other == nil then
    -- A response's request is known on the first pass; that a request got no response, only
    -- on a later one (two-pass tshark, the GUI).
    if not request then
      VS1_ITEM:add_proto_expert_info(EXPERT.unmatched, m.id .. " seq " .. num(seq) .. ": no request with this seq before it")
    elseif VISITED then
      VS1_ITEM:add_proto_expert_info(EXPERT.unanswered, m.id .. " seq " .. num(seq) .. ": no response in the capture")
    end
    return
  end
  local empty = tvb(base, 0)
  if request then
    SET_GENERATED(ADD(root, F_RESPONSE_IN, empty, other))
  else
    local code = -other % 65536
    SET_GENERATED(ADD(root, F_REQUEST_IN, empty, (-other - code) / 65536))
    local d = LINK_TIME[pdu]
    if d < 0 then d = 0 end
    local secs = math.floor(d)
    local nsecs = math.floor((d - secs) * 1e9 + 0.5)
    if nsecs >= 1e9 then secs, nsecs = secs + 1, nsecs - 1e9 end
    SET_GENERATED(ADD(root, F_RESPONSE_TIME, empty, NSTime.new(secs, nsecs)))
    SET_GENERATED(ADD(root, F_REQUEST, empty, code))
  end
end

--------------------------------------------------------------------------------------------
-- 5. Dissectors
--------------------------------------------------------------------------------------------

-- Decoders: T[key](tvb, b, tree, o, e, N, S) decodes from o to at most e (b: the same bytes
-- as a string) with the fields of node N, adds them under tree and returns the offset after
-- the value, or nil after adding an expert info. Q[key] does the same checks without adding
-- anything, for packets tshark builds no tree for. Both read values from b, not through the
-- API, and build the Info column's items only when there are columns (COLS).
local T, Q = {}, {}

-- vs1_frame_header: Common frame of every VS-1 service port (TCP) and of the VS-1 UDP ports (one frame per datagram): a 14-byte header, then the message payload.
T["header:vs1_frame"] = function(tvb, b, tree, o, e, N, S)
  local v_magic, v_version, v_flags, v_msg_type, v_seq, v_length
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.magic) end
  do
    local v = u16(b, o)
    local it = ADD(tree, N.magic._f, tvb(o, 2))
    if v ~= 22065 then bad_const(S, it, N.magic, v, 22065) end
    v_magic = v
    o = o + 2
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.version) end
  do
    local v = u8(b, o)
    local it = ADD(tree, N.version._f, tvb(o, 1))
    if v ~= 1 then bad_const(S, it, N.version, v, 1) end
    v_version = v
    o = o + 1
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.flags) end
  do
    local v = u8(b, o)
    local r = tvb(o, 1)
    local it = ADD(tree, N.flags._f, r)
    ADD(it, N.flags.reply._f, r)
    ADD(it, N.flags.event._f, r)
    ADD(it, N.flags.error._f, r)
    v_flags = v
    o = o + 1
  end
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.msg_type) end
  do
    local v = u16(b, o)
    ADD(tree, N.msg_type._f, tvb(o, 2))
    v_msg_type = v
    o = o + 2
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.seq) end
  do
    local v = u32(b, o)
    ADD(tree, N.seq._f, tvb(o, 4))
    v_seq = v
    o = o + 4
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.length) end
  do
    local v = u32(b, o)
    ADD(tree, N.length._f, tvb(o, 4))
    v_length = v
    o = o + 4
  end
  S.h.magic = v_magic
  S.h.version = v_version
  S.h.flags = v_flags
  S.h.msg_type = v_msg_type
  S.h.seq = v_seq
  S.h.length = v_length
  return o
end

-- image_data: An image with its geometry; pixel data follows the header.
T["type:image_data"] = function(tvb, b, tree, o, e, N, S)
  local v_data_length
  local sum = ""
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.image_id) end
  ADD(tree, N.image_id._f, tvb(o, 4))
  o = o + 4
  if e - o < 8 then return short(S, tree, tvb, o, e, 8, N.timestamp_us) end
  do
    local v = u64(b, o)
    local it = ADD(tree, N.timestamp_us._f, tvb(o, 8))
    APPEND(it, epoch_text(v, 1e-06))
    o = o + 8
  end
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.width) end
  do
    local v = u16(b, o)
    ADD(tree, N.width._f, tvb(o, 2))
    sum = sum .. " width=" .. v
    o = o + 2
  end
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.height) end
  do
    local v = u16(b, o)
    ADD(tree, N.height._f, tvb(o, 2))
    sum = sum .. " height=" .. v
    o = o + 2
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.pixel_format) end
  do
    local v = u8(b, o)
    local it = ADD(tree, N.pixel_format._f, tvb(o, 1))
    if ENUM.pixel_format[v] == nil then unknown_enum(S, it, N.pixel_format, v) end
    sum = sum .. " pixel_format=" .. (ENUM.pixel_format[v] or v)
    o = o + 1
  end
  if e - o < 3 then return short(S, tree, tvb, o, e, 3, N.pad0) end
  ADD(tree, N.pad0._f, tvb(o, 3))
  o = o + 3
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.data_length) end
  do
    local v = u32(b, o)
    ADD(tree, N.data_length._f, tvb(o, 4))
    v_data_length = v
    o = o + 4
  end
  do
    local n = v_data_length
    if e - o < n then return short(S, tree, tvb, o, e, n, N.data) end
    ADD(tree, N.data._f, tvb(o, n))
    o = o + n
  end
  return o, sum
end

-- point2d: A position in image coordinates (pixels).
T["type:point2d"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.x) end
  ADD(tree, N.x._f, tvb(o, 4))
  sum = sum .. " x=" .. string.format("%g", tvb(o, 4):float())
  o = o + 4
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.y) end
  ADD(tree, N.y._f, tvb(o, 4))
  sum = sum .. " y=" .. string.format("%g", tvb(o, 4):float())
  o = o + 4
  return o, sum
end

-- datum_value: One result datum of an inspection.
T["type:datum_value"] = function(tvb, b, tree, o, e, N, S)
  local v_type
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.datum_id) end
  do
    local v = u16(b, o)
    ADD(tree, N.datum_id._f, tvb(o, 2))
    sum = sum .. " datum_id=" .. v
    o = o + 2
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.type) end
  do
    local v = u8(b, o)
    local it = ADD(tree, N.type._f, tvb(o, 1))
    if ENUM.datum_type[v] == nil then unknown_enum(S, it, N.type, v) end
    v_type = v
    sum = sum .. " type=" .. (ENUM.datum_type[v] or v)
    o = o + 1
  end
  if v_type == 0 then
    if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.value.int32) end
    ADD(tree, N.value.int32._f, tvb(o, 4))
    o = o + 4
  elseif v_type == 1 then
    if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.value.uint32) end
    ADD(tree, N.value.uint32._f, tvb(o, 4))
    o = o + 4
  elseif v_type == 2 then
    if e - o < 8 then return short(S, tree, tvb, o, e, 8, N.value.float64) end
    ADD(tree, N.value.float64._f, tvb(o, 8))
    o = o + 8
  elseif v_type == 3 then
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.value.bool) end
    ADD(tree, N.value.bool._f, tvb(o, 1))
    o = o + 1
  elseif v_type == 4 then
    do
      if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.value.string) end
      local n = u16(b, o)
      ADD(tree, F_LENGTH, tvb(o, 2))
      o = o + 2
      if e - o < n then return short(S, tree, tvb, o, e, n, N.value.string) end
      local it = ADD_FIELD(tree, N.value.string._f, tvb(o, n), ENC_UTF_8)
      if n > 0 and not utf8_ok(sub(b, o + 1, o + n)) then bad_text(S, it, N.value.string, "utf-8") end
      o = o + n
    end
  elseif v_type == 5 then
    do
      local start = o
      local sub = ADD(tree, N.value.point2d._f, tvb(o, e - o < 8 and 0 or 8))
      local sum
      o, sum = T["type:point2d"](tvb, b, sub, o, e, N.value.point2d, S)
      if not o then SET_LEN(sub, e - start) return nil end
      if o - start ~= 8 then SET_LEN(sub, o - start) end
      if sum and sum ~= "" then APPEND(sub, ":" .. sum) end
    end
  else
    return no_case(S, tree, tvb, o, e, N.value, "type", v_type)
  end
  return o, sum
end

-- datum_desc: A datum of a report connection.
T["type:datum_desc"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.datum_id) end
  do
    local v = u16(b, o)
    ADD(tree, N.datum_id._f, tvb(o, 2))
    sum = sum .. " datum_id=" .. v
    o = o + 2
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.type) end
  do
    local v = u8(b, o)
    local it = ADD(tree, N.type._f, tvb(o, 1))
    if ENUM.datum_type[v] == nil then unknown_enum(S, it, N.type, v) end
    sum = sum .. " type=" .. (ENUM.datum_type[v] or v)
    o = o + 1
  end
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.path) end
    local n = u8(b, o)
    ADD(tree, F_LENGTH, tvb(o, 1))
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.path) end
    local it = ADD(tree, N.path._f, tvb(o, n))
    if n > 0 and not ascii_ok(sub(b, o + 1, o + n)) then bad_text(S, it, N.path, "ascii") end
    sum = sum .. " path=" .. quote(sub(b, o + 1, o + n))
    o = o + n
  end
  return o, sum
end

-- session_proof: Proof that a message comes from the holder of a login session (see the login port): the first field of every message that acts for a session. mac = HMAC-SHA256(SessionKey, "vs1-req" | u16 port number in the spec | u16 message code | the message's payload with these 16 mac bytes zeroed), first 16 bytes. The camera accepts each counter of a session once (within a window of 64 below the highest seen) and only from the session's login address.
T["type:session_proof"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.session) end
  do
    local v = u32(b, o)
    ADD(tree, N.session._f, tvb(o, 4))
    sum = sum .. " session=" .. v
    o = o + 4
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.counter) end
  do
    local v = u32(b, o)
    ADD(tree, N.counter._f, tvb(o, 4))
    sum = sum .. " counter=" .. v
    o = o + 4
  end
  do
    if e - o < 16 then return short(S, tree, tvb, o, e, 16, N.mac) end
    local n = 16
    ADD(tree, N.mac._f, tvb(o, n))
    o = o + n
  end
  return o, sum
end

-- record: One inspection's report record.
T["type:record"] = function(tvb, b, tree, o, e, N, S)
  local v_flags
  local sum = ""
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.inspection) end
  do
    local v = u32(b, o)
    ADD(tree, N.inspection._f, tvb(o, 4))
    sum = sum .. " inspection=" .. v
    o = o + 4
  end
  if e - o < 8 then return short(S, tree, tvb, o, e, 8, N.timestamp_us) end
  do
    local v = u64(b, o)
    local it = ADD(tree, N.timestamp_us._f, tvb(o, 8))
    APPEND(it, epoch_text(v, 1e-06))
    sum = sum .. " timestamp_us=" .. tostring(tvb(o, 8):uint64())
    o = o + 8
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.flags) end
  do
    local v = u8(b, o)
    local r = tvb(o, 1)
    local it = ADD(tree, N.flags._f, r)
    ADD(it, N.flags.passed._f, r)
    ADD(it, N.flags.has_image._f, r)
    ADD(it, N.flags.backfilled._f, r)
    v_flags = v
    sum = sum .. " flags=" .. hex(v)
    o = o + 1
  end
  do
    if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.datums_count) end
    local n1 = u16(b, o)
    ADD(tree, N.datums_count._f, tvb(o, 2))
    o = o + 2
    if n1 > 255 then return too_many(S, tree, tvb, o, e, N.datums, n1, 255) end
    if n1 * 4 > e - o then return short(S, tree, tvb, o, e, n1 * 4, N.datums) end
    for i2 = 1, n1 do
      do
        local start = o
        local sub = ADD(tree, N.datums._f, tvb(o, 0))
        local sum
        o, sum = T["type:datum_value"](tvb, b, sub, o, e, N.datums, S)
        if not o then SET_LEN(sub, e - start) return nil end
        SET_LEN(sub, o - start)
        SET_TEXT(sub, N.datums._l .. " [" .. (i2 - 1) .. "]" .. (sum and ":" .. sum or ""))
      end
    end
  end
  if v_flags ~= nil and band(v_flags, 0x2) ~= 0 then
    do
      local start = o
      local sub = ADD(tree, N.image._f, tvb(o, 0))
      local sum
      o, sum = T["type:image_data"](tvb, b, sub, o, e, N.image, S)
      if not o then SET_LEN(sub, e - start) return nil end
      SET_LEN(sub, o - start)
      if sum and sum ~= "" then APPEND(sub, ":" .. sum) end
    end
  end
  return o, sum
end

-- point_info
T["type:point_info"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.point) end
  do
    local v = u16(b, o)
    ADD(tree, N.point._f, tvb(o, 2))
    sum = sum .. " point=" .. v
    o = o + 2
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.kind) end
  do
    local v = u8(b, o)
    local it = ADD(tree, N.kind._f, tvb(o, 1))
    if ENUM.io_kind[v] == nil then unknown_enum(S, it, N.kind, v) end
    sum = sum .. " kind=" .. (ENUM.io_kind[v] or v)
    o = o + 1
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.state) end
  ADD(tree, N.state._f, tvb(o, 1))
  sum = sum .. " state=" .. tostring(byte(b, o + 1) ~= 0)
  o = o + 1
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.name) end
    local n = u8(b, o)
    ADD(tree, F_LENGTH, tvb(o, 1))
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.name) end
    local it = ADD(tree, N.name._f, tvb(o, n))
    if n > 0 and not ascii_ok(sub(b, o + 1, o + n)) then bad_text(S, it, N.name, "ascii") end
    o = o + n
  end
  return o, sum
end

-- network_config
T["type:network_config"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.dhcp) end
  ADD(tree, N.dhcp._f, tvb(o, 1))
  sum = sum .. " dhcp=" .. tostring(byte(b, o + 1) ~= 0)
  o = o + 1
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.ip) end
  ADD(tree, N.ip._f, tvb(o, 4))
  sum = sum .. " ip=" .. ipv4_text(b, o)
  o = o + 4
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.mask) end
  ADD(tree, N.mask._f, tvb(o, 4))
  sum = sum .. " mask=" .. ipv4_text(b, o)
  o = o + 4
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.gateway) end
  ADD(tree, N.gateway._f, tvb(o, 4))
  o = o + 4
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.name) end
    local n = u8(b, o)
    ADD(tree, F_LENGTH, tvb(o, 1))
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.name) end
    local it = ADD(tree, N.name._f, tvb(o, n))
    if n > 0 and not ascii_ok(sub(b, o + 1, o + n)) then bad_text(S, it, N.name, "ascii") end
    o = o + n
  end
  return o, sum
end

-- report_info
T["type:report_info"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.report_id) end
  do
    local v = u16(b, o)
    ADD(tree, N.report_id._f, tvb(o, 2))
    sum = sum .. " report_id=" .. v
    o = o + 2
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.mode) end
  do
    local v = u8(b, o)
    local it = ADD(tree, N.mode._f, tvb(o, 1))
    if ENUM.report_mode[v] == nil then unknown_enum(S, it, N.mode, v) end
    sum = sum .. " mode=" .. (ENUM.report_mode[v] or v)
    o = o + 1
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.state) end
  do
    local v = u8(b, o)
    local r = tvb(o, 1)
    local it = ADD(tree, N.state._f, r)
    ADD(it, N.state.paused._f, r)
    ADD(it, N.state.include_image._f, r)
    sum = sum .. " state=" .. hex(v)
    o = o + 1
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.rate_hz) end
  ADD(tree, N.rate_hz._f, tvb(o, 4))
  o = o + 4
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.datum_count) end
  ADD(tree, N.datum_count._f, tvb(o, 2))
  o = o + 2
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.delivered) end
  ADD(tree, N.delivered._f, tvb(o, 4))
  o = o + 4
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.dropped) end
  ADD(tree, N.dropped._f, tvb(o, 4))
  o = o + 4
  return o, sum
end

-- job_entry
T["type:job_entry"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.slot) end
  do
    local v = u16(b, o)
    ADD(tree, N.slot._f, tvb(o, 2))
    sum = sum .. " slot=" .. v
    o = o + 2
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.flags) end
  do
    local v = u8(b, o)
    local r = tvb(o, 1)
    local it = ADD(tree, N.flags._f, r)
    ADD(it, N.flags.in_flash._f, r)
    ADD(it, N.flags.selected._f, r)
    sum = sum .. " flags=" .. hex(v)
    o = o + 1
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.size) end
  do
    local v = u32(b, o)
    ADD(tree, N.size._f, tvb(o, 4))
    sum = sum .. " size=" .. v
    o = o + 4
  end
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.name) end
    local n = u8(b, o)
    ADD(tree, F_LENGTH, tvb(o, 1))
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.name) end
    local it = ADD(tree, N.name._f, tvb(o, n))
    if n > 0 and not ascii_ok(sub(b, o + 1, o + n)) then bad_text(S, it, N.name, "ascii") end
    o = o + n
  end
  return o, sum
end

-- take_picture
T["msg:acquire.take_picture"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.pixel_format) end
  do
    local v = u8(b, o)
    local it = ADD(tree, N.pixel_format._f, tvb(o, 1))
    if ENUM.pixel_format[v] == nil then unknown_enum(S, it, N.pixel_format, v) end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " pixel_format=", (ENUM.pixel_format[v] or v) end
    sum = sum .. " pixel_format=" .. (ENUM.pixel_format[v] or v)
    o = o + 1
  end
  return o, sum
end

-- picture
T["msg:acquire.picture"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  local p_image = o
  do
    local start = o
    local sub = ADD(tree, N.image._f, tvb(o, 0))
    local sum
    o, sum = T["type:image_data"](tvb, b, sub, o, e, N.image, S)
    if not o then SET_LEN(sub, e - start) return nil end
    SET_LEN(sub, o - start)
    if sum and sum ~= "" then APPEND(sub, ":" .. sum) end
  end
  do
    local v = u16(b, p_image + 12)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " width=", v end
    sum = sum .. " width=" .. v
  end
  do
    local v = u16(b, p_image + 14)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " height=", v end
    sum = sum .. " height=" .. v
  end
  do
    local v = u8(b, p_image + 16)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " pixel_format=", (ENUM.pixel_format[v] or v) end
    sum = sum .. " pixel_format=" .. (ENUM.pixel_format[v] or v)
  end
  return o, sum
end

-- start_live
T["msg:acquire.start_live"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.max_fps) end
  do
    local v = u16(b, o)
    ADD(tree, N.max_fps._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " max_fps=", v end
    sum = sum .. " max_fps=" .. v
    o = o + 2
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.pixel_format) end
  do
    local v = u8(b, o)
    local it = ADD(tree, N.pixel_format._f, tvb(o, 1))
    if ENUM.pixel_format[v] == nil then unknown_enum(S, it, N.pixel_format, v) end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " pixel_format=", (ENUM.pixel_format[v] or v) end
    sum = sum .. " pixel_format=" .. (ENUM.pixel_format[v] or v)
    o = o + 1
  end
  return o, sum
end

-- live_started
T["msg:acquire.live_started"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.width) end
  do
    local v = u16(b, o)
    ADD(tree, N.width._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " width=", v end
    sum = sum .. " width=" .. v
    o = o + 2
  end
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.height) end
  do
    local v = u16(b, o)
    ADD(tree, N.height._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " height=", v end
    sum = sum .. " height=" .. v
    o = o + 2
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.pixel_format) end
  do
    local v = u8(b, o)
    local it = ADD(tree, N.pixel_format._f, tvb(o, 1))
    if ENUM.pixel_format[v] == nil then unknown_enum(S, it, N.pixel_format, v) end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " pixel_format=", (ENUM.pixel_format[v] or v) end
    sum = sum .. " pixel_format=" .. (ENUM.pixel_format[v] or v)
    o = o + 1
  end
  return o, sum
end

-- stop_live
T["msg:acquire.stop_live"] = function(tvb, b, tree, o, e, N, S)
  return o
end

-- live_stopped
T["msg:acquire.live_stopped"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.frames_sent) end
  do
    local v = u32(b, o)
    ADD(tree, N.frames_sent._f, tvb(o, 4))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " frames_sent=", v end
    sum = sum .. " frames_sent=" .. v
    o = o + 4
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.frames_skipped) end
  do
    local v = u32(b, o)
    ADD(tree, N.frames_skipped._f, tvb(o, 4))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " frames_skipped=", v end
    sum = sum .. " frames_skipped=" .. v
    o = o + 4
  end
  return o, sum
end

-- live_frame
T["msg:acquire.live_frame"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.frame) end
  do
    local v = u32(b, o)
    ADD(tree, N.frame._f, tvb(o, 4))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " frame=", v end
    sum = sum .. " frame=" .. v
    o = o + 4
  end
  local p_image = o
  do
    local start = o
    local sub = ADD(tree, N.image._f, tvb(o, 0))
    local sum
    o, sum = T["type:image_data"](tvb, b, sub, o, e, N.image, S)
    if not o then SET_LEN(sub, e - start) return nil end
    SET_LEN(sub, o - start)
    if sum and sum ~= "" then APPEND(sub, ":" .. sum) end
  end
  do
    local v = u16(b, p_image + 12)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " width=", v end
    sum = sum .. " width=" .. v
  end
  do
    local v = u16(b, p_image + 14)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " height=", v end
    sum = sum .. " height=" .. v
  end
  do
    local v = u8(b, p_image + 16)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " pixel_format=", (ENUM.pixel_format[v] or v) end
    sum = sum .. " pixel_format=" .. (ENUM.pixel_format[v] or v)
  end
  return o, sum
end

-- error_reply: Sent instead of the expected reply when a request fails, on every port with this framing. Carries the request's seq.
T["shared:error_reply"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.status) end
  do
    local v = u16(b, o)
    local it = ADD(tree, N.status._f, tvb(o, 2))
    if ENUM.status_code[v] == nil then unknown_enum(S, it, N.status, v) end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " status=", (ENUM.status_code[v] or v) end
    sum = sum .. " status=" .. (ENUM.status_code[v] or v)
    o = o + 2
  end
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.request_type) end
  do
    local v = u16(b, o)
    ADD(tree, N.request_type._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " request_type=", (ENUM["*message"][v] or v) end
    sum = sum .. " request_type=" .. (ENUM["*message"][v] or v)
    o = o + 2
  end
  do
    if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.detail) end
    local n = u16(b, o)
    ADD(tree, F_LENGTH, tvb(o, 2))
    o = o + 2
    if e - o < n then return short(S, tree, tvb, o, e, n, N.detail) end
    local it = ADD_FIELD(tree, N.detail._f, tvb(o, n), ENC_UTF_8)
    if n > 0 and not utf8_ok(sub(b, o + 1, o + n)) then bad_text(S, it, N.detail, "utf-8") end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " detail=", quote(sub(b, o + 1, o + n)) end
    sum = sum .. " detail=" .. quote(sub(b, o + 1, o + n))
    o = o + n
  end
  return o, sum
end

-- bind_session: Binds this connection to a login session: the first request of a connection that will need one (access session or control). Only on the ports that list it in `uses:`. The proof must come from the session's login address; a connection is bound once (a second bind_session is refused with forbidden). Until bound, the connection has only the rights of anyone (access open).
T["shared:bind_session"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  local p_auth = o
  do
    local start = o
    local sub = ADD(tree, N.auth._f, tvb(o, e - o < 24 and 0 or 24))
    local sum
    o, sum = T["type:session_proof"](tvb, b, sub, o, e, N.auth, S)
    if not o then SET_LEN(sub, e - start) return nil end
    if o - start ~= 24 then SET_LEN(sub, o - start) end
    if sum and sum ~= "" then APPEND(sub, ":" .. sum) end
  end
  do
    local v = u32(b, p_auth + 0)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " session=", v end
    sum = sum .. " session=" .. v
  end
  do
    local v = u32(b, p_auth + 4)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " counter=", v end
    sum = sum .. " counter=" .. v
  end
  return o, sum
end

-- bind_ack: The connection is bound to the session; in_control says whether the session holds control now.
T["shared:bind_ack"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.session) end
  do
    local v = u32(b, o)
    ADD(tree, N.session._f, tvb(o, 4))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " session=", v end
    sum = sum .. " session=" .. v
    o = o + 4
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.in_control) end
  ADD(tree, N.in_control._f, tvb(o, 1))
  if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " in_control=", tostring(byte(b, o + 1) ~= 0) end
  sum = sum .. " in_control=" .. tostring(byte(b, o + 1) ~= 0)
  o = o + 1
  return o, sum
end

-- announce
T["msg:announce.announce"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.name) end
    local n = u8(b, o)
    ADD(tree, F_LENGTH, tvb(o, 1))
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.name) end
    local it = ADD(tree, N.name._f, tvb(o, n))
    if n > 0 and not ascii_ok(sub(b, o + 1, o + n)) then bad_text(S, it, N.name, "ascii") end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " name=", quote(sub(b, o + 1, o + n)) end
    sum = sum .. " name=" .. quote(sub(b, o + 1, o + n))
    o = o + n
  end
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.model) end
    local n = u8(b, o)
    ADD(tree, F_LENGTH, tvb(o, 1))
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.model) end
    local it = ADD(tree, N.model._f, tvb(o, n))
    if n > 0 and not ascii_ok(sub(b, o + 1, o + n)) then bad_text(S, it, N.model, "ascii") end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " model=", quote(sub(b, o + 1, o + n)) end
    sum = sum .. " model=" .. quote(sub(b, o + 1, o + n))
    o = o + n
  end
  if e - o < 6 then return short(S, tree, tvb, o, e, 6, N.mac) end
  ADD(tree, N.mac._f, tvb(o, 6))
  o = o + 6
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.ip) end
  ADD(tree, N.ip._f, tvb(o, 4))
  if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " ip=", ipv4_text(b, o) end
  sum = sum .. " ip=" .. ipv4_text(b, o)
  o = o + 4
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.mask) end
  ADD(tree, N.mask._f, tvb(o, 4))
  o = o + 4
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.controller_ip) end
  ADD(tree, N.controller_ip._f, tvb(o, 4))
  o = o + 4
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.state) end
  do
    local v = u8(b, o)
    local it = ADD(tree, N.state._f, tvb(o, 1))
    if ENUM.camera_state[v] == nil then unknown_enum(S, it, N.state, v) end
    o = o + 1
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.flags) end
  do
    local r = tvb(o, 1)
    local it = ADD(tree, N.flags._f, r)
    ADD(it, N.flags.dhcp._f, r)
    ADD(it, N.flags.job_loaded._f, r)
    ADD(it, N.flags.in_control._f, r)
    o = o + 1
  end
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.software_version) end
    local n = u8(b, o)
    ADD(tree, F_LENGTH, tvb(o, 1))
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.software_version) end
    local it = ADD(tree, N.software_version._f, tvb(o, n))
    if n > 0 and not ascii_ok(sub(b, o + 1, o + n)) then bad_text(S, it, N.software_version, "ascii") end
    o = o + n
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.uptime_s) end
  ADD(tree, N.uptime_s._f, tvb(o, 4))
  o = o + 4
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.inspections) end
  ADD(tree, N.inspections._f, tvb(o, 4))
  o = o + 4
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.passed) end
  ADD(tree, N.passed._f, tvb(o, 4))
  o = o + 4
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.failed) end
  ADD(tree, N.failed._f, tvb(o, 4))
  o = o + 4
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.job_name) end
    local n = u8(b, o)
    ADD(tree, F_LENGTH, tvb(o, 1))
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.job_name) end
    local it = ADD(tree, N.job_name._f, tvb(o, n))
    if n > 0 and not ascii_ok(sub(b, o + 1, o + n)) then bad_text(S, it, N.job_name, "ascii") end
    o = o + n
  end
  return o, sum
end

-- discover: Ask cameras to announce now; they answer to the sender's address.
T["msg:announce.discover"] = function(tvb, b, tree, o, e, N, S)
  return o
end

-- list_points: List every IO point with its kind, state and name.
T["msg:io.list_points"] = function(tvb, b, tree, o, e, N, S)
  return o
end

-- point_list
T["msg:io.point_list"] = function(tvb, b, tree, o, e, N, S)
  do
    if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.points_count) end
    local n1 = u16(b, o)
    ADD(tree, N.points_count._f, tvb(o, 2))
    o = o + 2
    if n1 > 1024 then return too_many(S, tree, tvb, o, e, N.points, n1, 1024) end
    if n1 * 5 > e - o then return short(S, tree, tvb, o, e, n1 * 5, N.points) end
    for i2 = 1, n1 do
      do
        local start = o
        local sub = ADD(tree, N.points._f, tvb(o, 0))
        local sum
        o, sum = T["type:point_info"](tvb, b, sub, o, e, N.points, S)
        if not o then SET_LEN(sub, e - start) return nil end
        SET_LEN(sub, o - start)
        SET_TEXT(sub, N.points._l .. " [" .. (i2 - 1) .. "]" .. (sum and ":" .. sum or ""))
      end
    end
  end
  return o
end

-- read_points: Read the state of a contiguous range of points.
T["msg:io.read_points"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.first) end
  do
    local v = u16(b, o)
    ADD(tree, N.first._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " first=", v end
    sum = sum .. " first=" .. v
    o = o + 2
  end
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.count) end
  do
    local v = u16(b, o)
    ADD(tree, N.count._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " count=", v end
    sum = sum .. " count=" .. v
    o = o + 2
  end
  return o, sum
end

-- point_states
T["msg:io.point_states"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.first) end
  do
    local v = u16(b, o)
    ADD(tree, N.first._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " first=", v end
    sum = sum .. " first=" .. v
    o = o + 2
  end
  do
    if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.states_count) end
    local n1 = u16(b, o)
    ADD(tree, N.states_count._f, tvb(o, 2))
    o = o + 2
    if n1 > 1024 then return too_many(S, tree, tvb, o, e, N.states, n1, 1024) end
    if n1 * 1 > e - o then return short(S, tree, tvb, o, e, n1 * 1, N.states) end
    for i2 = 1, n1 do
      if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.states) end
      ADD(tree, N.states._f, tvb(o, 1))
      o = o + 1
    end
  end
  return o, sum
end

-- write_point: Set an output or virtual point; pulse_ms > 0 sets it back after that time.
T["msg:io.write_point"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.point) end
  do
    local v = u16(b, o)
    ADD(tree, N.point._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " point=", v end
    sum = sum .. " point=" .. v
    o = o + 2
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.state) end
  ADD(tree, N.state._f, tvb(o, 1))
  if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " state=", tostring(byte(b, o + 1) ~= 0) end
  sum = sum .. " state=" .. tostring(byte(b, o + 1) ~= 0)
  o = o + 1
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.pulse_ms) end
  do
    local v = u16(b, o)
    ADD(tree, N.pulse_ms._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " pulse_ms=", v end
    sum = sum .. " pulse_ms=" .. v
    o = o + 2
  end
  return o, sum
end

-- write_ack
T["msg:io.write_ack"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.point) end
  do
    local v = u16(b, o)
    ADD(tree, N.point._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " point=", v end
    sum = sum .. " point=" .. v
    o = o + 2
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.state) end
  ADD(tree, N.state._f, tvb(o, 1))
  if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " state=", tostring(byte(b, o + 1) ~= 0) end
  sum = sum .. " state=" .. tostring(byte(b, o + 1) ~= 0)
  o = o + 1
  return o, sum
end

-- subscribe: Ask for io_changed events for the selected kinds of points.
T["msg:io.subscribe"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.kinds) end
  do
    local v = u8(b, o)
    local r = tvb(o, 1)
    local it = ADD(tree, N.kinds._f, r)
    ADD(it, N.kinds.physical_inputs._f, r)
    ADD(it, N.kinds.physical_outputs._f, r)
    ADD(it, N.kinds.virtual._f, r)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " kinds=", hex(v) end
    sum = sum .. " kinds=" .. hex(v)
    o = o + 1
  end
  return o, sum
end

-- subscribe_ack
T["msg:io.subscribe_ack"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.kinds) end
  do
    local v = u8(b, o)
    local r = tvb(o, 1)
    local it = ADD(tree, N.kinds._f, r)
    ADD(it, N.kinds.physical_inputs._f, r)
    ADD(it, N.kinds.physical_outputs._f, r)
    ADD(it, N.kinds.virtual._f, r)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " kinds=", hex(v) end
    sum = sum .. " kinds=" .. hex(v)
    o = o + 1
  end
  return o, sum
end

-- io_changed: A point changed state.
T["msg:io.io_changed"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.point) end
  do
    local v = u16(b, o)
    ADD(tree, N.point._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " point=", v end
    sum = sum .. " point=" .. v
    o = o + 2
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.kind) end
  do
    local v = u8(b, o)
    local it = ADD(tree, N.kind._f, tvb(o, 1))
    if ENUM.io_kind[v] == nil then unknown_enum(S, it, N.kind, v) end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " kind=", (ENUM.io_kind[v] or v) end
    sum = sum .. " kind=" .. (ENUM.io_kind[v] or v)
    o = o + 1
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.state) end
  ADD(tree, N.state._f, tvb(o, 1))
  if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " state=", tostring(byte(b, o + 1) ~= 0) end
  sum = sum .. " state=" .. tostring(byte(b, o + 1) ~= 0)
  o = o + 1
  if e - o < 8 then return short(S, tree, tvb, o, e, 8, N.timestamp_us) end
  do
    local v = u64(b, o)
    local it = ADD(tree, N.timestamp_us._f, tvb(o, 8))
    APPEND(it, epoch_text(v, 1e-06))
    o = o + 8
  end
  return o, sum
end

-- login_start: First step of a login; refused with throttled while the source or the account waits.
T["msg:login.login_start"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  do
    if e - o < 16 then return short(S, tree, tvb, o, e, 16, N.client_nonce) end
    local n = 16
    ADD(tree, N.client_nonce._f, tvb(o, n))
    o = o + n
  end
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.user) end
    local n = u8(b, o)
    ADD(tree, F_LENGTH, tvb(o, 1))
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.user) end
    local it = ADD_FIELD(tree, N.user._f, tvb(o, n), ENC_UTF_8)
    if n > 0 and not utf8_ok(sub(b, o + 1, o + n)) then bad_text(S, it, N.user, "utf-8") end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " user=", quote(sub(b, o + 1, o + n)) end
    sum = sum .. " user=" .. quote(sub(b, o + 1, o + n))
    o = o + n
  end
  return o, sum
end

-- login_challenge
T["msg:login.login_challenge"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  do
    if e - o < 16 then return short(S, tree, tvb, o, e, 16, N.server_nonce) end
    local n = 16
    ADD(tree, N.server_nonce._f, tvb(o, n))
    o = o + n
  end
  do
    if e - o < 16 then return short(S, tree, tvb, o, e, 16, N.salt) end
    local n = 16
    ADD(tree, N.salt._f, tvb(o, n))
    o = o + n
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.iterations) end
  do
    local v = u32(b, o)
    ADD(tree, N.iterations._f, tvb(o, 4))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " iterations=", v end
    sum = sum .. " iterations=" .. v
    o = o + 4
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.kdf) end
  do
    local v = u8(b, o)
    local it = ADD(tree, N.kdf._f, tvb(o, 1))
    if ENUM.kdf[v] == nil then unknown_enum(S, it, N.kdf, v) end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " kdf=", (ENUM.kdf[v] or v) end
    sum = sum .. " kdf=" .. (ENUM.kdf[v] or v)
    o = o + 1
  end
  return o, sum
end

-- login: Second step: the proof. SaltedPassword = PBKDF2-HMAC-SHA256(password, salt, iterations); ClientKey = HMAC(SaltedPassword, "Client Key"); StoredKey = SHA256(ClientKey); AuthMessage = "vs1-login" | u8 length | user (UTF-8) | client_nonce | server_nonce | salt | u32 iterations | u8 kdf | client IPv4 address as the camera sees it (4 bytes); proof = ClientKey XOR HMAC(StoredKey, AuthMessage). A wrong proof is refused with bad_password and counts as a failed login for the source and the account.
T["msg:login.login"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  do
    if e - o < 16 then return short(S, tree, tvb, o, e, 16, N.client_nonce) end
    local n = 16
    ADD(tree, N.client_nonce._f, tvb(o, n))
    o = o + n
  end
  do
    if e - o < 16 then return short(S, tree, tvb, o, e, 16, N.server_nonce) end
    local n = 16
    ADD(tree, N.server_nonce._f, tvb(o, n))
    o = o + n
  end
  do
    if e - o < 32 then return short(S, tree, tvb, o, e, 32, N.proof) end
    local n = 32
    ADD(tree, N.proof._f, tvb(o, n))
    o = o + n
  end
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.user) end
    local n = u8(b, o)
    ADD(tree, F_LENGTH, tvb(o, 1))
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.user) end
    local it = ADD_FIELD(tree, N.user._f, tvb(o, n), ENC_UTF_8)
    if n > 0 and not utf8_ok(sub(b, o + 1, o + n)) then bad_text(S, it, N.user, "utf-8") end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " user=", quote(sub(b, o + 1, o + n)) end
    sum = sum .. " user=" .. quote(sub(b, o + 1, o + n))
    o = o + n
  end
  return o, sum
end

-- login_reply: server_signature = HMAC(ServerKey, AuthMessage) with ServerKey = HMAC(SaltedPassword, "Server Key"): the client refuses a camera whose signature is wrong. Both ends derive SessionKey = HMAC(ClientKey, "vs1-session" | AuthMessage); it never travels and is never printed.
T["msg:login.login_reply"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.session) end
  do
    local v = u32(b, o)
    ADD(tree, N.session._f, tvb(o, 4))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " session=", v end
    sum = sum .. " session=" .. v
    o = o + 4
  end
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.timeout_s) end
  ADD(tree, N.timeout_s._f, tvb(o, 2))
  o = o + 2
  do
    if e - o < 32 then return short(S, tree, tvb, o, e, 32, N.server_signature) end
    local n = 32
    ADD(tree, N.server_signature._f, tvb(o, n))
    o = o + n
  end
  return o, sum
end

-- logout
T["msg:login.logout"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  local p_auth = o
  do
    local start = o
    local sub = ADD(tree, N.auth._f, tvb(o, e - o < 24 and 0 or 24))
    local sum
    o, sum = T["type:session_proof"](tvb, b, sub, o, e, N.auth, S)
    if not o then SET_LEN(sub, e - start) return nil end
    if o - start ~= 24 then SET_LEN(sub, o - start) end
    if sum and sum ~= "" then APPEND(sub, ":" .. sum) end
  end
  do
    local v = u32(b, p_auth + 0)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " session=", v end
    sum = sum .. " session=" .. v
  end
  do
    local v = u32(b, p_auth + 4)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " counter=", v end
    sum = sum .. " counter=" .. v
  end
  return o, sum
end

-- login_ack
T["msg:login.login_ack"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.session) end
  do
    local v = u32(b, o)
    ADD(tree, N.session._f, tvb(o, 4))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " session=", v end
    sum = sum .. " session=" .. v
    o = o + 4
  end
  return o, sum
end

-- take_control: Control stays with the session while a monitor of the session is alive; without one it is released after one heartbeat timeout.
T["msg:login.take_control"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  local p_auth = o
  do
    local start = o
    local sub = ADD(tree, N.auth._f, tvb(o, e - o < 24 and 0 or 24))
    local sum
    o, sum = T["type:session_proof"](tvb, b, sub, o, e, N.auth, S)
    if not o then SET_LEN(sub, e - start) return nil end
    if o - start ~= 24 then SET_LEN(sub, o - start) end
    if sum and sum ~= "" then APPEND(sub, ":" .. sum) end
  end
  do
    local v = u32(b, p_auth + 0)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " session=", v end
    sum = sum .. " session=" .. v
  end
  do
    local v = u32(b, p_auth + 4)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " counter=", v end
    sum = sum .. " counter=" .. v
  end
  return o, sum
end

-- release_control
T["msg:login.release_control"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  local p_auth = o
  do
    local start = o
    local sub = ADD(tree, N.auth._f, tvb(o, e - o < 24 and 0 or 24))
    local sum
    o, sum = T["type:session_proof"](tvb, b, sub, o, e, N.auth, S)
    if not o then SET_LEN(sub, e - start) return nil end
    if o - start ~= 24 then SET_LEN(sub, o - start) end
    if sum and sum ~= "" then APPEND(sub, ":" .. sum) end
  end
  do
    local v = u32(b, p_auth + 0)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " session=", v end
    sum = sum .. " session=" .. v
  end
  do
    local v = u32(b, p_auth + 4)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " counter=", v end
    sum = sum .. " counter=" .. v
  end
  return o, sum
end

-- control_reply
T["msg:login.control_reply"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.in_control) end
  ADD(tree, N.in_control._f, tvb(o, 1))
  if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " in_control=", tostring(byte(b, o + 1) ~= 0) end
  sum = sum .. " in_control=" .. tostring(byte(b, o + 1) ~= 0)
  o = o + 1
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.holder_ip) end
  ADD(tree, N.holder_ip._f, tvb(o, 4))
  if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " holder_ip=", ipv4_text(b, o) end
  sum = sum .. " holder_ip=" .. ipv4_text(b, o)
  o = o + 4
  return o, sum
end

-- get_network
T["msg:login.get_network"] = function(tvb, b, tree, o, e, N, S)
  return o
end

-- network_params
T["msg:login.network_params"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 6 then return short(S, tree, tvb, o, e, 6, N.mac) end
  ADD(tree, N.mac._f, tvb(o, 6))
  o = o + 6
  do
    local start = o
    local sub = ADD(tree, N.config._f, tvb(o, 0))
    local sum
    o, sum = T["type:network_config"](tvb, b, sub, o, e, N.config, S)
    if not o then SET_LEN(sub, e - start) return nil end
    SET_LEN(sub, o - start)
    if sum and sum ~= "" then APPEND(sub, ":" .. sum) end
  end
  return o
end

-- set_network: Change the network parameters; applied after the reply is sent.
T["msg:login.set_network"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  local p_auth = o
  do
    local start = o
    local sub = ADD(tree, N.auth._f, tvb(o, e - o < 24 and 0 or 24))
    local sum
    o, sum = T["type:session_proof"](tvb, b, sub, o, e, N.auth, S)
    if not o then SET_LEN(sub, e - start) return nil end
    if o - start ~= 24 then SET_LEN(sub, o - start) end
    if sum and sum ~= "" then APPEND(sub, ":" .. sum) end
  end
  do
    local v = u32(b, p_auth + 0)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " session=", v end
    sum = sum .. " session=" .. v
  end
  do
    local v = u32(b, p_auth + 4)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " counter=", v end
    sum = sum .. " counter=" .. v
  end
  do
    local start = o
    local sub = ADD(tree, N.config._f, tvb(o, 0))
    local sum
    o, sum = T["type:network_config"](tvb, b, sub, o, e, N.config, S)
    if not o then SET_LEN(sub, e - start) return nil end
    SET_LEN(sub, o - start)
    if sum and sum ~= "" then APPEND(sub, ":" .. sum) end
  end
  return o, sum
end

-- hello: Opens the monitor for a session (auth proves it, from the session's login address) or, with session 0, an anonymous one. Said once per monitor connection.
T["msg:monitor.hello"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  local p_auth = o
  do
    local start = o
    local sub = ADD(tree, N.auth._f, tvb(o, e - o < 24 and 0 or 24))
    local sum
    o, sum = T["type:session_proof"](tvb, b, sub, o, e, N.auth, S)
    if not o then SET_LEN(sub, e - start) return nil end
    if o - start ~= 24 then SET_LEN(sub, o - start) end
    if sum and sum ~= "" then APPEND(sub, ":" .. sum) end
  end
  do
    local v = u32(b, p_auth + 0)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " session=", v end
    sum = sum .. " session=" .. v
  end
  do
    local v = u32(b, p_auth + 4)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " counter=", v end
    sum = sum .. " counter=" .. v
  end
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.interval_ms) end
  do
    local v = u16(b, o)
    ADD(tree, N.interval_ms._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " interval_ms=", v end
    sum = sum .. " interval_ms=" .. v
    o = o + 2
  end
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.client_name) end
    local n = u8(b, o)
    ADD(tree, F_LENGTH, tvb(o, 1))
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.client_name) end
    local it = ADD_FIELD(tree, N.client_name._f, tvb(o, n), ENC_UTF_8)
    if n > 0 and not utf8_ok(sub(b, o + 1, o + n)) then bad_text(S, it, N.client_name, "utf-8") end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " client_name=", quote(sub(b, o + 1, o + n)) end
    sum = sum .. " client_name=" .. quote(sub(b, o + 1, o + n))
    o = o + n
  end
  return o, sum
end

-- hello_ack
T["msg:monitor.hello_ack"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.monitor_id) end
  do
    local v = u32(b, o)
    ADD(tree, N.monitor_id._f, tvb(o, 4))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " monitor_id=", v end
    sum = sum .. " monitor_id=" .. v
    o = o + 4
  end
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.interval_ms) end
  do
    local v = u16(b, o)
    ADD(tree, N.interval_ms._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " interval_ms=", v end
    sum = sum .. " interval_ms=" .. v
    o = o + 2
  end
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.timeout_ms) end
  do
    local v = u16(b, o)
    ADD(tree, N.timeout_ms._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " timeout_ms=", v end
    sum = sum .. " timeout_ms=" .. v
    o = o + 2
  end
  return o, sum
end

-- watch: Watch the client's connection from client_port (on the monitor's own address) to camera port. Only a connection of the monitor's own session (see the port); otherwise forbidden, the same answer whether or not such a connection exists (no oracle for port guessing).
T["msg:monitor.watch"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.port) end
  do
    local v = u16(b, o)
    ADD(tree, N.port._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " port=", v end
    sum = sum .. " port=" .. v
    o = o + 2
  end
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.client_port) end
  do
    local v = u16(b, o)
    ADD(tree, N.client_port._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " client_port=", v end
    sum = sum .. " client_port=" .. v
    o = o + 2
  end
  return o, sum
end

-- watch_ack
T["msg:monitor.watch_ack"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.watched) end
  do
    local v = u16(b, o)
    ADD(tree, N.watched._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " watched=", v end
    sum = sum .. " watched=" .. v
    o = o + 2
  end
  return o, sum
end

-- heartbeat
T["msg:monitor.heartbeat"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.counter) end
  do
    local v = u32(b, o)
    ADD(tree, N.counter._f, tvb(o, 4))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " counter=", v end
    sum = sum .. " counter=" .. v
    o = o + 4
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.uptime_ms) end
  do
    local v = u32(b, o)
    ADD(tree, N.uptime_ms._f, tvb(o, 4))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " uptime_ms=", v end
    sum = sum .. " uptime_ms=" .. v
    o = o + 4
  end
  return o, sum
end

-- goodbye
T["msg:monitor.goodbye"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.reason) end
  do
    local v = u8(b, o)
    local it = ADD(tree, N.reason._f, tvb(o, 1))
    if ENUM.goodbye_reason[v] == nil then unknown_enum(S, it, N.reason, v) end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " reason=", (ENUM.goodbye_reason[v] or v) end
    sum = sum .. " reason=" .. (ENUM.goodbye_reason[v] or v)
    o = o + 1
  end
  return o, sum
end

-- partq_info
T["msg:partq.partq_info"] = function(tvb, b, tree, o, e, N, S)
  return o
end

-- partq_status
T["msg:partq.partq_status"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.depth) end
  do
    local v = u32(b, o)
    ADD(tree, N.depth._f, tvb(o, 4))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " depth=", v end
    sum = sum .. " depth=" .. v
    o = o + 4
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.count) end
  do
    local v = u32(b, o)
    ADD(tree, N.count._f, tvb(o, 4))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " count=", v end
    sum = sum .. " count=" .. v
    o = o + 4
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.oldest) end
  do
    local v = u32(b, o)
    ADD(tree, N.oldest._f, tvb(o, 4))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " oldest=", v end
    sum = sum .. " oldest=" .. v
    o = o + 4
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.newest) end
  ADD(tree, N.newest._f, tvb(o, 4))
  o = o + 4
  return o, sum
end

-- fetch_range: Records with first <= inspection <= last, at most max_records of them.
T["msg:partq.fetch_range"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.first) end
  do
    local v = u32(b, o)
    ADD(tree, N.first._f, tvb(o, 4))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " first=", v end
    sum = sum .. " first=" .. v
    o = o + 4
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.last) end
  do
    local v = u32(b, o)
    ADD(tree, N.last._f, tvb(o, 4))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " last=", v end
    sum = sum .. " last=" .. v
    o = o + 4
  end
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.max_records) end
  do
    local v = u16(b, o)
    ADD(tree, N.max_records._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " max_records=", v end
    sum = sum .. " max_records=" .. v
    o = o + 2
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.options) end
  do
    local r = tvb(o, 1)
    local it = ADD(tree, N.options._f, r)
    ADD(it, N.options.include_image._f, r)
    o = o + 1
  end
  return o, sum
end

-- fetch_latest
T["msg:partq.fetch_latest"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.count) end
  do
    local v = u16(b, o)
    ADD(tree, N.count._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " count=", v end
    sum = sum .. " count=" .. v
    o = o + 2
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.options) end
  do
    local v = u8(b, o)
    local r = tvb(o, 1)
    local it = ADD(tree, N.options._f, r)
    ADD(it, N.options.include_image._f, r)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " options=", hex(v) end
    sum = sum .. " options=" .. hex(v)
    o = o + 1
  end
  return o, sum
end

-- partq_records
T["msg:partq.partq_records"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.more) end
  ADD(tree, N.more._f, tvb(o, 1))
  if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " more=", tostring(byte(b, o + 1) ~= 0) end
  sum = sum .. " more=" .. tostring(byte(b, o + 1) ~= 0)
  o = o + 1
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.datums_count) end
    local n1 = u8(b, o)
    ADD(tree, N.datums_count._f, tvb(o, 1))
    o = o + 1
    if n1 > 255 then return too_many(S, tree, tvb, o, e, N.datums, n1, 255) end
    if n1 * 4 > e - o then return short(S, tree, tvb, o, e, n1 * 4, N.datums) end
    for i2 = 1, n1 do
      do
        local start = o
        local sub = ADD(tree, N.datums._f, tvb(o, 0))
        local sum
        o, sum = T["type:datum_desc"](tvb, b, sub, o, e, N.datums, S)
        if not o then SET_LEN(sub, e - start) return nil end
        SET_LEN(sub, o - start)
        SET_TEXT(sub, N.datums._l .. " [" .. (i2 - 1) .. "]" .. (sum and ":" .. sum or ""))
      end
    end
  end
  do
    if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.records_count) end
    local n4 = u16(b, o)
    ADD(tree, N.records_count._f, tvb(o, 2))
    o = o + 2
    if n4 > 65535 then return too_many(S, tree, tvb, o, e, N.records, n4, 65535) end
    if n4 * 15 > e - o then return short(S, tree, tvb, o, e, n4 * 15, N.records) end
    for i5 = 1, n4 do
      do
        local start = o
        local sub = ADD(tree, N.records._f, tvb(o, 0))
        local sum
        o, sum = T["type:record"](tvb, b, sub, o, e, N.records, S)
        if not o then SET_LEN(sub, e - start) return nil end
        SET_LEN(sub, o - start)
        SET_TEXT(sub, N.records._l .. " [" .. (i5 - 1) .. "]" .. (sum and ":" .. sum or ""))
      end
    end
  end
  return o, sum
end

-- set_rate
T["msg:report_control.set_rate"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.report_id) end
  do
    local v = u16(b, o)
    ADD(tree, N.report_id._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " report_id=", v end
    sum = sum .. " report_id=" .. v
    o = o + 2
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.rate_hz) end
  ADD(tree, N.rate_hz._f, tvb(o, 4))
  if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " rate_hz=", string.format("%g", tvb(o, 4):float()) end
  sum = sum .. " rate_hz=" .. string.format("%g", tvb(o, 4):float())
  o = o + 4
  return o, sum
end

-- control_ack
T["msg:report_control.control_ack"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.report_id) end
  do
    local v = u16(b, o)
    ADD(tree, N.report_id._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " report_id=", v end
    sum = sum .. " report_id=" .. v
    o = o + 2
  end
  return o, sum
end

-- add_datums
T["msg:report_control.add_datums"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.report_id) end
  do
    local v = u16(b, o)
    ADD(tree, N.report_id._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " report_id=", v end
    sum = sum .. " report_id=" .. v
    o = o + 2
  end
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.paths_count) end
    local n1 = u8(b, o)
    ADD(tree, N.paths_count._f, tvb(o, 1))
    o = o + 1
    if n1 > 255 then return too_many(S, tree, tvb, o, e, N.paths, n1, 255) end
    if n1 * 1 > e - o then return short(S, tree, tvb, o, e, n1 * 1, N.paths) end
    for i2 = 1, n1 do
      do
        if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.paths) end
        local n = u8(b, o)
        ADD(tree, F_LENGTH, tvb(o, 1))
        o = o + 1
        if e - o < n then return short(S, tree, tvb, o, e, n, N.paths) end
        local it = ADD(tree, N.paths._f, tvb(o, n))
        if n > 0 and not ascii_ok(sub(b, o + 1, o + n)) then bad_text(S, it, N.paths, "ascii") end
        o = o + n
      end
    end
  end
  return o, sum
end

-- remove_datums
T["msg:report_control.remove_datums"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.report_id) end
  do
    local v = u16(b, o)
    ADD(tree, N.report_id._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " report_id=", v end
    sum = sum .. " report_id=" .. v
    o = o + 2
  end
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.datum_ids_count) end
    local n1 = u8(b, o)
    ADD(tree, N.datum_ids_count._f, tvb(o, 1))
    o = o + 1
    if n1 > 255 then return too_many(S, tree, tvb, o, e, N.datum_ids, n1, 255) end
    if n1 * 2 > e - o then return short(S, tree, tvb, o, e, n1 * 2, N.datum_ids) end
    for i2 = 1, n1 do
      if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.datum_ids) end
      ADD(tree, N.datum_ids._f, tvb(o, 2))
      o = o + 2
    end
  end
  return o, sum
end

-- list_datums
T["msg:report_control.list_datums"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.report_id) end
  do
    local v = u16(b, o)
    ADD(tree, N.report_id._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " report_id=", v end
    sum = sum .. " report_id=" .. v
    o = o + 2
  end
  return o, sum
end

-- datum_list
T["msg:report_control.datum_list"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.report_id) end
  do
    local v = u16(b, o)
    ADD(tree, N.report_id._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " report_id=", v end
    sum = sum .. " report_id=" .. v
    o = o + 2
  end
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.datums_count) end
    local n1 = u8(b, o)
    ADD(tree, N.datums_count._f, tvb(o, 1))
    o = o + 1
    if n1 > 255 then return too_many(S, tree, tvb, o, e, N.datums, n1, 255) end
    if n1 * 4 > e - o then return short(S, tree, tvb, o, e, n1 * 4, N.datums) end
    for i2 = 1, n1 do
      do
        local start = o
        local sub = ADD(tree, N.datums._f, tvb(o, 0))
        local sum
        o, sum = T["type:datum_desc"](tvb, b, sub, o, e, N.datums, S)
        if not o then SET_LEN(sub, e - start) return nil end
        SET_LEN(sub, o - start)
        SET_TEXT(sub, N.datums._l .. " [" .. (i2 - 1) .. "]" .. (sum and ":" .. sum or ""))
      end
    end
  end
  return o, sum
end

-- list_reports
T["msg:report_control.list_reports"] = function(tvb, b, tree, o, e, N, S)
  return o
end

-- report_list
T["msg:report_control.report_list"] = function(tvb, b, tree, o, e, N, S)
  do
    if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.reports_count) end
    local n1 = u16(b, o)
    ADD(tree, N.reports_count._f, tvb(o, 2))
    o = o + 2
    if n1 > 1024 then return too_many(S, tree, tvb, o, e, N.reports, n1, 1024) end
    if n1 * 18 > e - o then return short(S, tree, tvb, o, e, n1 * 18, N.reports) end
    for i2 = 1, n1 do
      do
        local start = o
        local sub = ADD(tree, N.reports._f, tvb(o, e - o < 18 and 0 or 18))
        local sum
        o, sum = T["type:report_info"](tvb, b, sub, o, e, N.reports, S)
        if not o then SET_LEN(sub, e - start) return nil end
        if o - start ~= 18 then SET_LEN(sub, o - start) end
        SET_TEXT(sub, N.reports._l .. " [" .. (i2 - 1) .. "]" .. (sum and ":" .. sum or ""))
      end
    end
  end
  return o
end

-- pause_report
T["msg:report_control.pause_report"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.report_id) end
  do
    local v = u16(b, o)
    ADD(tree, N.report_id._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " report_id=", v end
    sum = sum .. " report_id=" .. v
    o = o + 2
  end
  return o, sum
end

-- resume_report
T["msg:report_control.resume_report"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.report_id) end
  do
    local v = u16(b, o)
    ADD(tree, N.report_id._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " report_id=", v end
    sum = sum .. " report_id=" .. v
    o = o + 2
  end
  return o, sum
end

-- open_report
T["msg:reports.open_report"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.report_id) end
  do
    local v = u16(b, o)
    ADD(tree, N.report_id._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " report_id=", v end
    sum = sum .. " report_id=" .. v
    o = o + 2
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.mode) end
  do
    local v = u8(b, o)
    local it = ADD(tree, N.mode._f, tvb(o, 1))
    if ENUM.report_mode[v] == nil then unknown_enum(S, it, N.mode, v) end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " mode=", (ENUM.report_mode[v] or v) end
    sum = sum .. " mode=" .. (ENUM.report_mode[v] or v)
    o = o + 1
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.options) end
  do
    local v = u8(b, o)
    local r = tvb(o, 1)
    local it = ADD(tree, N.options._f, r)
    ADD(it, N.options.include_image._f, r)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " options=", hex(v) end
    sum = sum .. " options=" .. hex(v)
    o = o + 1
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.rate_hz) end
  ADD(tree, N.rate_hz._f, tvb(o, 4))
  o = o + 4
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.datums_count) end
    local n1 = u8(b, o)
    ADD(tree, N.datums_count._f, tvb(o, 1))
    o = o + 1
    if n1 > 255 then return too_many(S, tree, tvb, o, e, N.datums, n1, 255) end
    if n1 * 1 > e - o then return short(S, tree, tvb, o, e, n1 * 1, N.datums) end
    for i2 = 1, n1 do
      do
        if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.datums) end
        local n = u8(b, o)
        ADD(tree, F_LENGTH, tvb(o, 1))
        o = o + 1
        if e - o < n then return short(S, tree, tvb, o, e, n, N.datums) end
        local it = ADD(tree, N.datums._f, tvb(o, n))
        if n > 0 and not ascii_ok(sub(b, o + 1, o + n)) then bad_text(S, it, N.datums, "ascii") end
        o = o + n
      end
    end
  end
  return o, sum
end

-- report_opened
T["msg:reports.report_opened"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.report_id) end
  do
    local v = u16(b, o)
    ADD(tree, N.report_id._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " report_id=", v end
    sum = sum .. " report_id=" .. v
    o = o + 2
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.next_inspection) end
  do
    local v = u32(b, o)
    ADD(tree, N.next_inspection._f, tvb(o, 4))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " next_inspection=", v end
    sum = sum .. " next_inspection=" .. v
    o = o + 4
  end
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.datums_count) end
    local n1 = u8(b, o)
    ADD(tree, N.datums_count._f, tvb(o, 1))
    o = o + 1
    if n1 > 255 then return too_many(S, tree, tvb, o, e, N.datums, n1, 255) end
    if n1 * 4 > e - o then return short(S, tree, tvb, o, e, n1 * 4, N.datums) end
    for i2 = 1, n1 do
      do
        local start = o
        local sub = ADD(tree, N.datums._f, tvb(o, 0))
        local sum
        o, sum = T["type:datum_desc"](tvb, b, sub, o, e, N.datums, S)
        if not o then SET_LEN(sub, e - start) return nil end
        SET_LEN(sub, o - start)
        SET_TEXT(sub, N.datums._l .. " [" .. (i2 - 1) .. "]" .. (sum and ":" .. sum or ""))
      end
    end
  end
  return o, sum
end

-- close_report
T["msg:reports.close_report"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.report_id) end
  do
    local v = u16(b, o)
    ADD(tree, N.report_id._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " report_id=", v end
    sum = sum .. " report_id=" .. v
    o = o + 2
  end
  return o, sum
end

-- report_closed
T["msg:reports.report_closed"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.report_id) end
  do
    local v = u16(b, o)
    ADD(tree, N.report_id._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " report_id=", v end
    sum = sum .. " report_id=" .. v
    o = o + 2
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.delivered) end
  do
    local v = u32(b, o)
    ADD(tree, N.delivered._f, tvb(o, 4))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " delivered=", v end
    sum = sum .. " delivered=" .. v
    o = o + 4
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.dropped) end
  do
    local v = u32(b, o)
    ADD(tree, N.dropped._f, tvb(o, 4))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " dropped=", v end
    sum = sum .. " dropped=" .. v
    o = o + 4
  end
  return o, sum
end

-- report_record
T["msg:reports.report_record"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.report_id) end
  do
    local v = u16(b, o)
    ADD(tree, N.report_id._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " report_id=", v end
    sum = sum .. " report_id=" .. v
    o = o + 2
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.dropped_before) end
  do
    local v = u32(b, o)
    ADD(tree, N.dropped_before._f, tvb(o, 4))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " dropped_before=", v end
    sum = sum .. " dropped_before=" .. v
    o = o + 4
  end
  do
    local start = o
    local sub = ADD(tree, N.record._f, tvb(o, 0))
    local sum
    o, sum = T["type:record"](tvb, b, sub, o, e, N.record, S)
    if not o then SET_LEN(sub, e - start) return nil end
    SET_LEN(sub, o - start)
    if sum and sum ~= "" then APPEND(sub, ":" .. sum) end
  end
  return o, sum
end

-- record_ack: Lossless flow control; the camera's inspection waits for this (bounded by a timeout).
T["msg:reports.record_ack"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.report_id) end
  do
    local v = u16(b, o)
    ADD(tree, N.report_id._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " report_id=", v end
    sum = sum .. " report_id=" .. v
    o = o + 2
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.inspection) end
  do
    local v = u32(b, o)
    ADD(tree, N.inspection._f, tvb(o, 4))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " inspection=", v end
    sum = sum .. " inspection=" .. v
    o = o + 4
  end
  return o, sum
end

-- get_status
T["msg:rpc.get_status"] = function(tvb, b, tree, o, e, N, S)
  return o
end

-- status_reply
T["msg:rpc.status_reply"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.mode) end
  do
    local v = u8(b, o)
    local r = tvb(o, 1)
    local it = ADD(tree, N.mode._f, r)
    ADD(it, N.mode.state._f, r)
    ADD(it, N.mode.trigger_mode._f, r)
    if ENUM.camera_state[bits(v, 0, 4)] == nil then unknown_enum(S, it, N.mode.state, bits(v, 0, 4)) end
    if ENUM.trigger_mode[bits(v, 4, 3)] == nil then unknown_enum(S, it, N.mode.trigger_mode, bits(v, 4, 3)) end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " state=", (ENUM.camera_state[bits(v, 0, 4)] or bits(v, 0, 4)) end
    sum = sum .. " state=" .. (ENUM.camera_state[bits(v, 0, 4)] or bits(v, 0, 4))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " trigger_mode=", (ENUM.trigger_mode[bits(v, 4, 3)] or bits(v, 4, 3)) end
    sum = sum .. " trigger_mode=" .. (ENUM.trigger_mode[bits(v, 4, 3)] or bits(v, 4, 3))
    o = o + 1
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.flags) end
  do
    local v = u8(b, o)
    local r = tvb(o, 1)
    local it = ADD(tree, N.flags._f, r)
    ADD(it, N.flags.job_loaded._f, r)
    ADD(it, N.flags.in_control._f, r)
    ADD(it, N.flags.ram_job_unsaved._f, r)
    ADD(it, N.flags.fault._f, r)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " flags=", hex(v) end
    sum = sum .. " flags=" .. hex(v)
    o = o + 1
  end
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.job_slot) end
  do
    local v = u16(b, o)
    ADD(tree, N.job_slot._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " job_slot=", v end
    sum = sum .. " job_slot=" .. v
    o = o + 2
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.inspections) end
  ADD(tree, N.inspections._f, tvb(o, 4))
  o = o + 4
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.passed) end
  ADD(tree, N.passed._f, tvb(o, 4))
  o = o + 4
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.failed) end
  ADD(tree, N.failed._f, tvb(o, 4))
  o = o + 4
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.uptime_s) end
  ADD(tree, N.uptime_s._f, tvb(o, 4))
  o = o + 4
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.job_name) end
    local n = u8(b, o)
    ADD(tree, F_LENGTH, tvb(o, 1))
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.job_name) end
    local it = ADD(tree, N.job_name._f, tvb(o, n))
    if n > 0 and not ascii_ok(sub(b, o + 1, o + n)) then bad_text(S, it, N.job_name, "ascii") end
    o = o + n
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.controller_ip) end
  ADD(tree, N.controller_ip._f, tvb(o, 4))
  o = o + 4
  return o, sum
end

-- get_info
T["msg:rpc.get_info"] = function(tvb, b, tree, o, e, N, S)
  return o
end

-- info_reply
T["msg:rpc.info_reply"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.model) end
    local n = u8(b, o)
    ADD(tree, F_LENGTH, tvb(o, 1))
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.model) end
    local it = ADD(tree, N.model._f, tvb(o, n))
    if n > 0 and not ascii_ok(sub(b, o + 1, o + n)) then bad_text(S, it, N.model, "ascii") end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " model=", quote(sub(b, o + 1, o + n)) end
    sum = sum .. " model=" .. quote(sub(b, o + 1, o + n))
    o = o + n
  end
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.serial) end
    local n = u8(b, o)
    ADD(tree, F_LENGTH, tvb(o, 1))
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.serial) end
    local it = ADD(tree, N.serial._f, tvb(o, n))
    if n > 0 and not ascii_ok(sub(b, o + 1, o + n)) then bad_text(S, it, N.serial, "ascii") end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " serial=", quote(sub(b, o + 1, o + n)) end
    sum = sum .. " serial=" .. quote(sub(b, o + 1, o + n))
    o = o + n
  end
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.firmware_version) end
    local n = u8(b, o)
    ADD(tree, F_LENGTH, tvb(o, 1))
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.firmware_version) end
    local it = ADD(tree, N.firmware_version._f, tvb(o, n))
    if n > 0 and not ascii_ok(sub(b, o + 1, o + n)) then bad_text(S, it, N.firmware_version, "ascii") end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " firmware_version=", quote(sub(b, o + 1, o + n)) end
    sum = sum .. " firmware_version=" .. quote(sub(b, o + 1, o + n))
    o = o + n
  end
  if e - o < 6 then return short(S, tree, tvb, o, e, 6, N.mac) end
  ADD(tree, N.mac._f, tvb(o, 6))
  o = o + 6
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.job_slots) end
  ADD(tree, N.job_slots._f, tvb(o, 2))
  o = o + 2
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.sensor_width) end
  ADD(tree, N.sensor_width._f, tvb(o, 2))
  o = o + 2
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.sensor_height) end
  ADD(tree, N.sensor_height._f, tvb(o, 2))
  o = o + 2
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.boot_id) end
  ADD(tree, N.boot_id._f, tvb(o, 4))
  o = o + 4
  return o, sum
end

-- start: Start running the selected job.
T["msg:rpc.start"] = function(tvb, b, tree, o, e, N, S)
  return o
end

-- stop
T["msg:rpc.stop"] = function(tvb, b, tree, o, e, N, S)
  return o
end

-- rpc_ack: Success reply of commands that return nothing else.
T["msg:rpc.rpc_ack"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.request_type) end
  do
    local v = u16(b, o)
    ADD(tree, N.request_type._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " request_type=", (ENUM["*message"][v] or v) end
    sum = sum .. " request_type=" .. (ENUM["*message"][v] or v)
    o = o + 2
  end
  return o, sum
end

-- list_jobs
T["msg:rpc.list_jobs"] = function(tvb, b, tree, o, e, N, S)
  return o
end

-- job_list
T["msg:rpc.job_list"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.selected_slot) end
  do
    local v = u16(b, o)
    ADD(tree, N.selected_slot._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " selected_slot=", v end
    sum = sum .. " selected_slot=" .. v
    o = o + 2
  end
  do
    if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.jobs_count) end
    local n1 = u16(b, o)
    ADD(tree, N.jobs_count._f, tvb(o, 2))
    o = o + 2
    if n1 > 256 then return too_many(S, tree, tvb, o, e, N.jobs, n1, 256) end
    if n1 * 8 > e - o then return short(S, tree, tvb, o, e, n1 * 8, N.jobs) end
    for i2 = 1, n1 do
      do
        local start = o
        local sub = ADD(tree, N.jobs._f, tvb(o, 0))
        local sum
        o, sum = T["type:job_entry"](tvb, b, sub, o, e, N.jobs, S)
        if not o then SET_LEN(sub, e - start) return nil end
        SET_LEN(sub, o - start)
        SET_TEXT(sub, N.jobs._l .. " [" .. (i2 - 1) .. "]" .. (sum and ":" .. sum or ""))
      end
    end
  end
  return o, sum
end

-- select_job
T["msg:rpc.select_job"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.slot) end
  do
    local v = u16(b, o)
    ADD(tree, N.slot._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " slot=", v end
    sum = sum .. " slot=" .. v
    o = o + 2
  end
  return o, sum
end

-- download_job: Load a job file already uploaded by FTP into a slot.
T["msg:rpc.download_job"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.slot) end
  do
    local v = u16(b, o)
    ADD(tree, N.slot._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " slot=", v end
    sum = sum .. " slot=" .. v
    o = o + 2
  end
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.file_name) end
    local n = u8(b, o)
    ADD(tree, F_LENGTH, tvb(o, 1))
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.file_name) end
    local it = ADD(tree, N.file_name._f, tvb(o, n))
    if n > 0 and not ascii_ok(sub(b, o + 1, o + n)) then bad_text(S, it, N.file_name, "ascii") end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " file_name=", quote(sub(b, o + 1, o + n)) end
    sum = sum .. " file_name=" .. quote(sub(b, o + 1, o + n))
    o = o + n
  end
  return o, sum
end

-- upload_job: Write the job of a slot to a file that the client then fetches by FTP.
T["msg:rpc.upload_job"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.slot) end
  do
    local v = u16(b, o)
    ADD(tree, N.slot._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " slot=", v end
    sum = sum .. " slot=" .. v
    o = o + 2
  end
  return o, sum
end

-- upload_reply
T["msg:rpc.upload_reply"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.size) end
  do
    local v = u32(b, o)
    ADD(tree, N.size._f, tvb(o, 4))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " size=", v end
    sum = sum .. " size=" .. v
    o = o + 4
  end
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.file_name) end
    local n = u8(b, o)
    ADD(tree, F_LENGTH, tvb(o, 1))
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.file_name) end
    local it = ADD(tree, N.file_name._f, tvb(o, n))
    if n > 0 and not ascii_ok(sub(b, o + 1, o + n)) then bad_text(S, it, N.file_name, "ascii") end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " file_name=", quote(sub(b, o + 1, o + n)) end
    sum = sum .. " file_name=" .. quote(sub(b, o + 1, o + n))
    o = o + n
  end
  return o, sum
end

-- flash: Save the jobs and the selected slot to flash so they survive a restart.
T["msg:rpc.flash"] = function(tvb, b, tree, o, e, N, S)
  return o
end

-- trigger
T["msg:rpc.trigger"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.count) end
  do
    local v = u16(b, o)
    ADD(tree, N.count._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " count=", v end
    sum = sum .. " count=" .. v
    o = o + 2
  end
  return o, sum
end

-- trigger_reply
T["msg:rpc.trigger_reply"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.first_inspection) end
  do
    local v = u32(b, o)
    ADD(tree, N.first_inspection._f, tvb(o, 4))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " first_inspection=", v end
    sum = sum .. " first_inspection=" .. v
    o = o + 4
  end
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.count) end
  do
    local v = u16(b, o)
    ADD(tree, N.count._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " count=", v end
    sum = sum .. " count=" .. v
    o = o + 2
  end
  return o, sum
end

-- set_trigger
T["msg:rpc.set_trigger"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.trigger_mode) end
  do
    local v = u8(b, o)
    local it = ADD(tree, N.trigger_mode._f, tvb(o, 1))
    if ENUM.trigger_mode[v] == nil then unknown_enum(S, it, N.trigger_mode, v) end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " trigger_mode=", (ENUM.trigger_mode[v] or v) end
    sum = sum .. " trigger_mode=" .. (ENUM.trigger_mode[v] or v)
    o = o + 1
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.rate_hz) end
  ADD(tree, N.rate_hz._f, tvb(o, 4))
  if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " rate_hz=", string.format("%g", tvb(o, 4):float()) end
  sum = sum .. " rate_hz=" .. string.format("%g", tvb(o, 4):float())
  o = o + 4
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.input_point) end
  do
    local v = u16(b, o)
    ADD(tree, N.input_point._f, tvb(o, 2))
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " input_point=", v end
    sum = sum .. " input_point=" .. v
    o = o + 2
  end
  return o, sum
end

-- reboot
T["msg:rpc.reboot"] = function(tvb, b, tree, o, e, N, S)
  return o
end

-- formatted_output
T["msg:serial.formatted_output"] = function(tvb, b, tree, o, e, N, S)
  local sum = ""
  do
    local n = e - o
    local it = ADD_FIELD(tree, N.text._f, tvb(o, n), ENC_ISO_8859_1)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " text=", quote(tvb(o, n):string(ENC_ISO_8859_1)) end
    sum = sum .. " text=" .. quote(tvb(o, n):string(ENC_ISO_8859_1))
    o = o + n
  end
  return o, sum
end

-- vs1_frame_header (scan)
Q["header:vs1_frame"] = function(tvb, b, tree, o, e, N, S)
  local v_magic, v_version, v_flags, v_msg_type, v_seq, v_length
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.magic) end
  do
    local v = u16(b, o)
    if v ~= 22065 then bad_const(S, tree, N.magic, v, 22065) end
    v_magic = v
    o = o + 2
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.version) end
  do
    local v = u8(b, o)
    if v ~= 1 then bad_const(S, tree, N.version, v, 1) end
    v_version = v
    o = o + 1
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.flags) end
  do
    local v = u8(b, o)
    v_flags = v
    o = o + 1
  end
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.msg_type) end
  do
    local v = u16(b, o)
    v_msg_type = v
    o = o + 2
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.seq) end
  do
    local v = u32(b, o)
    v_seq = v
    o = o + 4
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.length) end
  do
    local v = u32(b, o)
    v_length = v
    o = o + 4
  end
  S.h.magic = v_magic
  S.h.version = v_version
  S.h.flags = v_flags
  S.h.msg_type = v_msg_type
  S.h.seq = v_seq
  S.h.length = v_length
  return o
end

-- image_data (scan)
Q["type:image_data"] = function(tvb, b, tree, o, e, N, S)
  local v_data_length
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.image_id) end
  o = o + 4
  if e - o < 8 then return short(S, tree, tvb, o, e, 8, N.timestamp_us) end
  o = o + 8
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.width) end
  o = o + 2
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.height) end
  o = o + 2
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.pixel_format) end
  o = o + 1
  if e - o < 3 then return short(S, tree, tvb, o, e, 3, N.pad0) end
  o = o + 3
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.data_length) end
  do
    local v = u32(b, o)
    v_data_length = v
    o = o + 4
  end
  do
    local n = v_data_length
    if e - o < n then return short(S, tree, tvb, o, e, n, N.data) end
    o = o + n
  end
  return o
end

-- point2d (scan)
Q["type:point2d"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.x) end
  o = o + 4
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.y) end
  o = o + 4
  return o
end

-- datum_value (scan)
Q["type:datum_value"] = function(tvb, b, tree, o, e, N, S)
  local v_type
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.datum_id) end
  o = o + 2
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.type) end
  do
    local v = u8(b, o)
    v_type = v
    o = o + 1
  end
  if v_type == 0 then
    if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.value.int32) end
    o = o + 4
  elseif v_type == 1 then
    if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.value.uint32) end
    o = o + 4
  elseif v_type == 2 then
    if e - o < 8 then return short(S, tree, tvb, o, e, 8, N.value.float64) end
    o = o + 8
  elseif v_type == 3 then
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.value.bool) end
    o = o + 1
  elseif v_type == 4 then
    do
      if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.value.string) end
      local n = u16(b, o)
      o = o + 2
      if e - o < n then return short(S, tree, tvb, o, e, n, N.value.string) end
      if n > 0 and not utf8_ok(sub(b, o + 1, o + n)) then bad_text(S, tree, N.value.string, "utf-8") end
      o = o + n
    end
  elseif v_type == 5 then
    do
      o = Q["type:point2d"](tvb, b, tree, o, e, N.value.point2d, S)
      if not o then return nil end
    end
  else
    return no_case(S, tree, tvb, o, e, N.value, "type", v_type)
  end
  return o
end

-- datum_desc (scan)
Q["type:datum_desc"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.datum_id) end
  o = o + 2
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.type) end
  o = o + 1
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.path) end
    local n = u8(b, o)
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.path) end
    if n > 0 and not ascii_ok(sub(b, o + 1, o + n)) then bad_text(S, tree, N.path, "ascii") end
    o = o + n
  end
  return o
end

-- session_proof (scan)
Q["type:session_proof"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.session) end
  o = o + 4
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.counter) end
  o = o + 4
  do
    if e - o < 16 then return short(S, tree, tvb, o, e, 16, N.mac) end
    local n = 16
    o = o + n
  end
  return o
end

-- record (scan)
Q["type:record"] = function(tvb, b, tree, o, e, N, S)
  local v_flags
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.inspection) end
  o = o + 4
  if e - o < 8 then return short(S, tree, tvb, o, e, 8, N.timestamp_us) end
  o = o + 8
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.flags) end
  do
    local v = u8(b, o)
    v_flags = v
    o = o + 1
  end
  do
    if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.datums_count) end
    local n1 = u16(b, o)
    o = o + 2
    if n1 > 255 then return too_many(S, tree, tvb, o, e, N.datums, n1, 255) end
    if n1 * 4 > e - o then return short(S, tree, tvb, o, e, n1 * 4, N.datums) end
    for i2 = 1, n1 do
      do
        o = Q["type:datum_value"](tvb, b, tree, o, e, N.datums, S)
        if not o then return nil end
      end
    end
  end
  if v_flags ~= nil and band(v_flags, 0x2) ~= 0 then
    do
      o = Q["type:image_data"](tvb, b, tree, o, e, N.image, S)
      if not o then return nil end
    end
  end
  return o
end

-- point_info (scan)
Q["type:point_info"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.point) end
  o = o + 2
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.kind) end
  o = o + 1
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.state) end
  o = o + 1
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.name) end
    local n = u8(b, o)
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.name) end
    if n > 0 and not ascii_ok(sub(b, o + 1, o + n)) then bad_text(S, tree, N.name, "ascii") end
    o = o + n
  end
  return o
end

-- network_config (scan)
Q["type:network_config"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.dhcp) end
  o = o + 1
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.ip) end
  o = o + 4
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.mask) end
  o = o + 4
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.gateway) end
  o = o + 4
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.name) end
    local n = u8(b, o)
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.name) end
    if n > 0 and not ascii_ok(sub(b, o + 1, o + n)) then bad_text(S, tree, N.name, "ascii") end
    o = o + n
  end
  return o
end

-- report_info (scan)
Q["type:report_info"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.report_id) end
  o = o + 2
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.mode) end
  o = o + 1
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.state) end
  o = o + 1
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.rate_hz) end
  o = o + 4
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.datum_count) end
  o = o + 2
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.delivered) end
  o = o + 4
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.dropped) end
  o = o + 4
  return o
end

-- job_entry (scan)
Q["type:job_entry"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.slot) end
  o = o + 2
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.flags) end
  o = o + 1
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.size) end
  o = o + 4
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.name) end
    local n = u8(b, o)
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.name) end
    if n > 0 and not ascii_ok(sub(b, o + 1, o + n)) then bad_text(S, tree, N.name, "ascii") end
    o = o + n
  end
  return o
end

-- take_picture (scan)
Q["msg:acquire.take_picture"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.pixel_format) end
  do
    local v = u8(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " pixel_format=", (ENUM.pixel_format[v] or v) end
    o = o + 1
  end
  return o
end

-- picture (scan)
Q["msg:acquire.picture"] = function(tvb, b, tree, o, e, N, S)
  local p_image = o
  do
    o = Q["type:image_data"](tvb, b, tree, o, e, N.image, S)
    if not o then return nil end
  end
  do
    local v = u16(b, p_image + 12)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " width=", v end
  end
  do
    local v = u16(b, p_image + 14)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " height=", v end
  end
  do
    local v = u8(b, p_image + 16)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " pixel_format=", (ENUM.pixel_format[v] or v) end
  end
  return o
end

-- start_live (scan)
Q["msg:acquire.start_live"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.max_fps) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " max_fps=", v end
    o = o + 2
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.pixel_format) end
  do
    local v = u8(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " pixel_format=", (ENUM.pixel_format[v] or v) end
    o = o + 1
  end
  return o
end

-- live_started (scan)
Q["msg:acquire.live_started"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.width) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " width=", v end
    o = o + 2
  end
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.height) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " height=", v end
    o = o + 2
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.pixel_format) end
  do
    local v = u8(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " pixel_format=", (ENUM.pixel_format[v] or v) end
    o = o + 1
  end
  return o
end

-- stop_live (scan)
Q["msg:acquire.stop_live"] = function(tvb, b, tree, o, e, N, S)
  return o
end

-- live_stopped (scan)
Q["msg:acquire.live_stopped"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.frames_sent) end
  do
    local v = u32(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " frames_sent=", v end
    o = o + 4
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.frames_skipped) end
  do
    local v = u32(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " frames_skipped=", v end
    o = o + 4
  end
  return o
end

-- live_frame (scan)
Q["msg:acquire.live_frame"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.frame) end
  do
    local v = u32(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " frame=", v end
    o = o + 4
  end
  local p_image = o
  do
    o = Q["type:image_data"](tvb, b, tree, o, e, N.image, S)
    if not o then return nil end
  end
  do
    local v = u16(b, p_image + 12)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " width=", v end
  end
  do
    local v = u16(b, p_image + 14)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " height=", v end
  end
  do
    local v = u8(b, p_image + 16)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " pixel_format=", (ENUM.pixel_format[v] or v) end
  end
  return o
end

-- error_reply (scan)
Q["shared:error_reply"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.status) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " status=", (ENUM.status_code[v] or v) end
    o = o + 2
  end
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.request_type) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " request_type=", (ENUM["*message"][v] or v) end
    o = o + 2
  end
  do
    if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.detail) end
    local n = u16(b, o)
    o = o + 2
    if e - o < n then return short(S, tree, tvb, o, e, n, N.detail) end
    if n > 0 and not utf8_ok(sub(b, o + 1, o + n)) then bad_text(S, tree, N.detail, "utf-8") end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " detail=", quote(sub(b, o + 1, o + n)) end
    o = o + n
  end
  return o
end

-- bind_session (scan)
Q["shared:bind_session"] = function(tvb, b, tree, o, e, N, S)
  local p_auth = o
  do
    o = Q["type:session_proof"](tvb, b, tree, o, e, N.auth, S)
    if not o then return nil end
  end
  do
    local v = u32(b, p_auth + 0)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " session=", v end
  end
  do
    local v = u32(b, p_auth + 4)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " counter=", v end
  end
  return o
end

-- bind_ack (scan)
Q["shared:bind_ack"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.session) end
  do
    local v = u32(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " session=", v end
    o = o + 4
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.in_control) end
  if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " in_control=", tostring(byte(b, o + 1) ~= 0) end
  o = o + 1
  return o
end

-- announce (scan)
Q["msg:announce.announce"] = function(tvb, b, tree, o, e, N, S)
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.name) end
    local n = u8(b, o)
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.name) end
    if n > 0 and not ascii_ok(sub(b, o + 1, o + n)) then bad_text(S, tree, N.name, "ascii") end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " name=", quote(sub(b, o + 1, o + n)) end
    o = o + n
  end
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.model) end
    local n = u8(b, o)
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.model) end
    if n > 0 and not ascii_ok(sub(b, o + 1, o + n)) then bad_text(S, tree, N.model, "ascii") end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " model=", quote(sub(b, o + 1, o + n)) end
    o = o + n
  end
  if e - o < 6 then return short(S, tree, tvb, o, e, 6, N.mac) end
  o = o + 6
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.ip) end
  if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " ip=", ipv4_text(b, o) end
  o = o + 4
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.mask) end
  o = o + 4
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.controller_ip) end
  o = o + 4
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.state) end
  o = o + 1
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.flags) end
  o = o + 1
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.software_version) end
    local n = u8(b, o)
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.software_version) end
    if n > 0 and not ascii_ok(sub(b, o + 1, o + n)) then bad_text(S, tree, N.software_version, "ascii") end
    o = o + n
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.uptime_s) end
  o = o + 4
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.inspections) end
  o = o + 4
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.passed) end
  o = o + 4
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.failed) end
  o = o + 4
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.job_name) end
    local n = u8(b, o)
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.job_name) end
    if n > 0 and not ascii_ok(sub(b, o + 1, o + n)) then bad_text(S, tree, N.job_name, "ascii") end
    o = o + n
  end
  return o
end

-- discover (scan)
Q["msg:announce.discover"] = function(tvb, b, tree, o, e, N, S)
  return o
end

-- list_points (scan)
Q["msg:io.list_points"] = function(tvb, b, tree, o, e, N, S)
  return o
end

-- point_list (scan)
Q["msg:io.point_list"] = function(tvb, b, tree, o, e, N, S)
  do
    if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.points_count) end
    local n1 = u16(b, o)
    o = o + 2
    if n1 > 1024 then return too_many(S, tree, tvb, o, e, N.points, n1, 1024) end
    if n1 * 5 > e - o then return short(S, tree, tvb, o, e, n1 * 5, N.points) end
    for i2 = 1, n1 do
      do
        o = Q["type:point_info"](tvb, b, tree, o, e, N.points, S)
        if not o then return nil end
      end
    end
  end
  return o
end

-- read_points (scan)
Q["msg:io.read_points"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.first) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " first=", v end
    o = o + 2
  end
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.count) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " count=", v end
    o = o + 2
  end
  return o
end

-- point_states (scan)
Q["msg:io.point_states"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.first) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " first=", v end
    o = o + 2
  end
  do
    if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.states_count) end
    local n1 = u16(b, o)
    o = o + 2
    if n1 > 1024 then return too_many(S, tree, tvb, o, e, N.states, n1, 1024) end
    if n1 * 1 > e - o then return short(S, tree, tvb, o, e, n1 * 1, N.states) end
    o = o + n1 * 1
  end
  return o
end

-- write_point (scan)
Q["msg:io.write_point"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.point) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " point=", v end
    o = o + 2
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.state) end
  if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " state=", tostring(byte(b, o + 1) ~= 0) end
  o = o + 1
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.pulse_ms) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " pulse_ms=", v end
    o = o + 2
  end
  return o
end

-- write_ack (scan)
Q["msg:io.write_ack"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.point) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " point=", v end
    o = o + 2
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.state) end
  if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " state=", tostring(byte(b, o + 1) ~= 0) end
  o = o + 1
  return o
end

-- subscribe (scan)
Q["msg:io.subscribe"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.kinds) end
  do
    local v = u8(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " kinds=", hex(v) end
    o = o + 1
  end
  return o
end

-- subscribe_ack (scan)
Q["msg:io.subscribe_ack"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.kinds) end
  do
    local v = u8(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " kinds=", hex(v) end
    o = o + 1
  end
  return o
end

-- io_changed (scan)
Q["msg:io.io_changed"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.point) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " point=", v end
    o = o + 2
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.kind) end
  do
    local v = u8(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " kind=", (ENUM.io_kind[v] or v) end
    o = o + 1
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.state) end
  if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " state=", tostring(byte(b, o + 1) ~= 0) end
  o = o + 1
  if e - o < 8 then return short(S, tree, tvb, o, e, 8, N.timestamp_us) end
  o = o + 8
  return o
end

-- login_start (scan)
Q["msg:login.login_start"] = function(tvb, b, tree, o, e, N, S)
  do
    if e - o < 16 then return short(S, tree, tvb, o, e, 16, N.client_nonce) end
    local n = 16
    o = o + n
  end
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.user) end
    local n = u8(b, o)
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.user) end
    if n > 0 and not utf8_ok(sub(b, o + 1, o + n)) then bad_text(S, tree, N.user, "utf-8") end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " user=", quote(sub(b, o + 1, o + n)) end
    o = o + n
  end
  return o
end

-- login_challenge (scan)
Q["msg:login.login_challenge"] = function(tvb, b, tree, o, e, N, S)
  do
    if e - o < 16 then return short(S, tree, tvb, o, e, 16, N.server_nonce) end
    local n = 16
    o = o + n
  end
  do
    if e - o < 16 then return short(S, tree, tvb, o, e, 16, N.salt) end
    local n = 16
    o = o + n
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.iterations) end
  do
    local v = u32(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " iterations=", v end
    o = o + 4
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.kdf) end
  do
    local v = u8(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " kdf=", (ENUM.kdf[v] or v) end
    o = o + 1
  end
  return o
end

-- login (scan)
Q["msg:login.login"] = function(tvb, b, tree, o, e, N, S)
  do
    if e - o < 16 then return short(S, tree, tvb, o, e, 16, N.client_nonce) end
    local n = 16
    o = o + n
  end
  do
    if e - o < 16 then return short(S, tree, tvb, o, e, 16, N.server_nonce) end
    local n = 16
    o = o + n
  end
  do
    if e - o < 32 then return short(S, tree, tvb, o, e, 32, N.proof) end
    local n = 32
    o = o + n
  end
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.user) end
    local n = u8(b, o)
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.user) end
    if n > 0 and not utf8_ok(sub(b, o + 1, o + n)) then bad_text(S, tree, N.user, "utf-8") end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " user=", quote(sub(b, o + 1, o + n)) end
    o = o + n
  end
  return o
end

-- login_reply (scan)
Q["msg:login.login_reply"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.session) end
  do
    local v = u32(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " session=", v end
    o = o + 4
  end
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.timeout_s) end
  o = o + 2
  do
    if e - o < 32 then return short(S, tree, tvb, o, e, 32, N.server_signature) end
    local n = 32
    o = o + n
  end
  return o
end

-- logout (scan)
Q["msg:login.logout"] = function(tvb, b, tree, o, e, N, S)
  local p_auth = o
  do
    o = Q["type:session_proof"](tvb, b, tree, o, e, N.auth, S)
    if not o then return nil end
  end
  do
    local v = u32(b, p_auth + 0)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " session=", v end
  end
  do
    local v = u32(b, p_auth + 4)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " counter=", v end
  end
  return o
end

-- login_ack (scan)
Q["msg:login.login_ack"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.session) end
  do
    local v = u32(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " session=", v end
    o = o + 4
  end
  return o
end

-- take_control (scan)
Q["msg:login.take_control"] = function(tvb, b, tree, o, e, N, S)
  local p_auth = o
  do
    o = Q["type:session_proof"](tvb, b, tree, o, e, N.auth, S)
    if not o then return nil end
  end
  do
    local v = u32(b, p_auth + 0)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " session=", v end
  end
  do
    local v = u32(b, p_auth + 4)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " counter=", v end
  end
  return o
end

-- release_control (scan)
Q["msg:login.release_control"] = function(tvb, b, tree, o, e, N, S)
  local p_auth = o
  do
    o = Q["type:session_proof"](tvb, b, tree, o, e, N.auth, S)
    if not o then return nil end
  end
  do
    local v = u32(b, p_auth + 0)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " session=", v end
  end
  do
    local v = u32(b, p_auth + 4)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " counter=", v end
  end
  return o
end

-- control_reply (scan)
Q["msg:login.control_reply"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.in_control) end
  if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " in_control=", tostring(byte(b, o + 1) ~= 0) end
  o = o + 1
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.holder_ip) end
  if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " holder_ip=", ipv4_text(b, o) end
  o = o + 4
  return o
end

-- get_network (scan)
Q["msg:login.get_network"] = function(tvb, b, tree, o, e, N, S)
  return o
end

-- network_params (scan)
Q["msg:login.network_params"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 6 then return short(S, tree, tvb, o, e, 6, N.mac) end
  o = o + 6
  do
    o = Q["type:network_config"](tvb, b, tree, o, e, N.config, S)
    if not o then return nil end
  end
  return o
end

-- set_network (scan)
Q["msg:login.set_network"] = function(tvb, b, tree, o, e, N, S)
  local p_auth = o
  do
    o = Q["type:session_proof"](tvb, b, tree, o, e, N.auth, S)
    if not o then return nil end
  end
  do
    local v = u32(b, p_auth + 0)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " session=", v end
  end
  do
    local v = u32(b, p_auth + 4)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " counter=", v end
  end
  do
    o = Q["type:network_config"](tvb, b, tree, o, e, N.config, S)
    if not o then return nil end
  end
  return o
end

-- hello (scan)
Q["msg:monitor.hello"] = function(tvb, b, tree, o, e, N, S)
  local p_auth = o
  do
    o = Q["type:session_proof"](tvb, b, tree, o, e, N.auth, S)
    if not o then return nil end
  end
  do
    local v = u32(b, p_auth + 0)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " session=", v end
  end
  do
    local v = u32(b, p_auth + 4)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " counter=", v end
  end
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.interval_ms) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " interval_ms=", v end
    o = o + 2
  end
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.client_name) end
    local n = u8(b, o)
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.client_name) end
    if n > 0 and not utf8_ok(sub(b, o + 1, o + n)) then bad_text(S, tree, N.client_name, "utf-8") end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " client_name=", quote(sub(b, o + 1, o + n)) end
    o = o + n
  end
  return o
end

-- hello_ack (scan)
Q["msg:monitor.hello_ack"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.monitor_id) end
  do
    local v = u32(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " monitor_id=", v end
    o = o + 4
  end
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.interval_ms) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " interval_ms=", v end
    o = o + 2
  end
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.timeout_ms) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " timeout_ms=", v end
    o = o + 2
  end
  return o
end

-- watch (scan)
Q["msg:monitor.watch"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.port) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " port=", v end
    o = o + 2
  end
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.client_port) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " client_port=", v end
    o = o + 2
  end
  return o
end

-- watch_ack (scan)
Q["msg:monitor.watch_ack"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.watched) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " watched=", v end
    o = o + 2
  end
  return o
end

-- heartbeat (scan)
Q["msg:monitor.heartbeat"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.counter) end
  do
    local v = u32(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " counter=", v end
    o = o + 4
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.uptime_ms) end
  do
    local v = u32(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " uptime_ms=", v end
    o = o + 4
  end
  return o
end

-- goodbye (scan)
Q["msg:monitor.goodbye"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.reason) end
  do
    local v = u8(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " reason=", (ENUM.goodbye_reason[v] or v) end
    o = o + 1
  end
  return o
end

-- partq_info (scan)
Q["msg:partq.partq_info"] = function(tvb, b, tree, o, e, N, S)
  return o
end

-- partq_status (scan)
Q["msg:partq.partq_status"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.depth) end
  do
    local v = u32(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " depth=", v end
    o = o + 4
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.count) end
  do
    local v = u32(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " count=", v end
    o = o + 4
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.oldest) end
  do
    local v = u32(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " oldest=", v end
    o = o + 4
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.newest) end
  o = o + 4
  return o
end

-- fetch_range (scan)
Q["msg:partq.fetch_range"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.first) end
  do
    local v = u32(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " first=", v end
    o = o + 4
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.last) end
  do
    local v = u32(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " last=", v end
    o = o + 4
  end
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.max_records) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " max_records=", v end
    o = o + 2
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.options) end
  o = o + 1
  return o
end

-- fetch_latest (scan)
Q["msg:partq.fetch_latest"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.count) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " count=", v end
    o = o + 2
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.options) end
  do
    local v = u8(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " options=", hex(v) end
    o = o + 1
  end
  return o
end

-- partq_records (scan)
Q["msg:partq.partq_records"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.more) end
  if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " more=", tostring(byte(b, o + 1) ~= 0) end
  o = o + 1
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.datums_count) end
    local n1 = u8(b, o)
    o = o + 1
    if n1 > 255 then return too_many(S, tree, tvb, o, e, N.datums, n1, 255) end
    if n1 * 4 > e - o then return short(S, tree, tvb, o, e, n1 * 4, N.datums) end
    for i2 = 1, n1 do
      do
        o = Q["type:datum_desc"](tvb, b, tree, o, e, N.datums, S)
        if not o then return nil end
      end
    end
  end
  do
    if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.records_count) end
    local n4 = u16(b, o)
    o = o + 2
    if n4 > 65535 then return too_many(S, tree, tvb, o, e, N.records, n4, 65535) end
    if n4 * 15 > e - o then return short(S, tree, tvb, o, e, n4 * 15, N.records) end
    for i5 = 1, n4 do
      do
        o = Q["type:record"](tvb, b, tree, o, e, N.records, S)
        if not o then return nil end
      end
    end
  end
  return o
end

-- set_rate (scan)
Q["msg:report_control.set_rate"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.report_id) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " report_id=", v end
    o = o + 2
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.rate_hz) end
  if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " rate_hz=", string.format("%g", tvb(o, 4):float()) end
  o = o + 4
  return o
end

-- control_ack (scan)
Q["msg:report_control.control_ack"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.report_id) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " report_id=", v end
    o = o + 2
  end
  return o
end

-- add_datums (scan)
Q["msg:report_control.add_datums"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.report_id) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " report_id=", v end
    o = o + 2
  end
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.paths_count) end
    local n1 = u8(b, o)
    o = o + 1
    if n1 > 255 then return too_many(S, tree, tvb, o, e, N.paths, n1, 255) end
    if n1 * 1 > e - o then return short(S, tree, tvb, o, e, n1 * 1, N.paths) end
    for i2 = 1, n1 do
      do
        if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.paths) end
        local n = u8(b, o)
        o = o + 1
        if e - o < n then return short(S, tree, tvb, o, e, n, N.paths) end
        if n > 0 and not ascii_ok(sub(b, o + 1, o + n)) then bad_text(S, tree, N.paths, "ascii") end
        o = o + n
      end
    end
  end
  return o
end

-- remove_datums (scan)
Q["msg:report_control.remove_datums"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.report_id) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " report_id=", v end
    o = o + 2
  end
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.datum_ids_count) end
    local n1 = u8(b, o)
    o = o + 1
    if n1 > 255 then return too_many(S, tree, tvb, o, e, N.datum_ids, n1, 255) end
    if n1 * 2 > e - o then return short(S, tree, tvb, o, e, n1 * 2, N.datum_ids) end
    o = o + n1 * 2
  end
  return o
end

-- list_datums (scan)
Q["msg:report_control.list_datums"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.report_id) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " report_id=", v end
    o = o + 2
  end
  return o
end

-- datum_list (scan)
Q["msg:report_control.datum_list"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.report_id) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " report_id=", v end
    o = o + 2
  end
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.datums_count) end
    local n1 = u8(b, o)
    o = o + 1
    if n1 > 255 then return too_many(S, tree, tvb, o, e, N.datums, n1, 255) end
    if n1 * 4 > e - o then return short(S, tree, tvb, o, e, n1 * 4, N.datums) end
    for i2 = 1, n1 do
      do
        o = Q["type:datum_desc"](tvb, b, tree, o, e, N.datums, S)
        if not o then return nil end
      end
    end
  end
  return o
end

-- list_reports (scan)
Q["msg:report_control.list_reports"] = function(tvb, b, tree, o, e, N, S)
  return o
end

-- report_list (scan)
Q["msg:report_control.report_list"] = function(tvb, b, tree, o, e, N, S)
  do
    if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.reports_count) end
    local n1 = u16(b, o)
    o = o + 2
    if n1 > 1024 then return too_many(S, tree, tvb, o, e, N.reports, n1, 1024) end
    if n1 * 18 > e - o then return short(S, tree, tvb, o, e, n1 * 18, N.reports) end
    for i2 = 1, n1 do
      do
        o = Q["type:report_info"](tvb, b, tree, o, e, N.reports, S)
        if not o then return nil end
      end
    end
  end
  return o
end

-- pause_report (scan)
Q["msg:report_control.pause_report"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.report_id) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " report_id=", v end
    o = o + 2
  end
  return o
end

-- resume_report (scan)
Q["msg:report_control.resume_report"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.report_id) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " report_id=", v end
    o = o + 2
  end
  return o
end

-- open_report (scan)
Q["msg:reports.open_report"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.report_id) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " report_id=", v end
    o = o + 2
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.mode) end
  do
    local v = u8(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " mode=", (ENUM.report_mode[v] or v) end
    o = o + 1
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.options) end
  do
    local v = u8(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " options=", hex(v) end
    o = o + 1
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.rate_hz) end
  o = o + 4
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.datums_count) end
    local n1 = u8(b, o)
    o = o + 1
    if n1 > 255 then return too_many(S, tree, tvb, o, e, N.datums, n1, 255) end
    if n1 * 1 > e - o then return short(S, tree, tvb, o, e, n1 * 1, N.datums) end
    for i2 = 1, n1 do
      do
        if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.datums) end
        local n = u8(b, o)
        o = o + 1
        if e - o < n then return short(S, tree, tvb, o, e, n, N.datums) end
        if n > 0 and not ascii_ok(sub(b, o + 1, o + n)) then bad_text(S, tree, N.datums, "ascii") end
        o = o + n
      end
    end
  end
  return o
end

-- report_opened (scan)
Q["msg:reports.report_opened"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.report_id) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " report_id=", v end
    o = o + 2
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.next_inspection) end
  do
    local v = u32(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " next_inspection=", v end
    o = o + 4
  end
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.datums_count) end
    local n1 = u8(b, o)
    o = o + 1
    if n1 > 255 then return too_many(S, tree, tvb, o, e, N.datums, n1, 255) end
    if n1 * 4 > e - o then return short(S, tree, tvb, o, e, n1 * 4, N.datums) end
    for i2 = 1, n1 do
      do
        o = Q["type:datum_desc"](tvb, b, tree, o, e, N.datums, S)
        if not o then return nil end
      end
    end
  end
  return o
end

-- close_report (scan)
Q["msg:reports.close_report"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.report_id) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " report_id=", v end
    o = o + 2
  end
  return o
end

-- report_closed (scan)
Q["msg:reports.report_closed"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.report_id) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " report_id=", v end
    o = o + 2
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.delivered) end
  do
    local v = u32(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " delivered=", v end
    o = o + 4
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.dropped) end
  do
    local v = u32(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " dropped=", v end
    o = o + 4
  end
  return o
end

-- report_record (scan)
Q["msg:reports.report_record"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.report_id) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " report_id=", v end
    o = o + 2
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.dropped_before) end
  do
    local v = u32(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " dropped_before=", v end
    o = o + 4
  end
  do
    o = Q["type:record"](tvb, b, tree, o, e, N.record, S)
    if not o then return nil end
  end
  return o
end

-- record_ack (scan)
Q["msg:reports.record_ack"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.report_id) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " report_id=", v end
    o = o + 2
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.inspection) end
  do
    local v = u32(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " inspection=", v end
    o = o + 4
  end
  return o
end

-- get_status (scan)
Q["msg:rpc.get_status"] = function(tvb, b, tree, o, e, N, S)
  return o
end

-- status_reply (scan)
Q["msg:rpc.status_reply"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.mode) end
  do
    local v = u8(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " state=", (ENUM.camera_state[bits(v, 0, 4)] or bits(v, 0, 4)) end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " trigger_mode=", (ENUM.trigger_mode[bits(v, 4, 3)] or bits(v, 4, 3)) end
    o = o + 1
  end
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.flags) end
  do
    local v = u8(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " flags=", hex(v) end
    o = o + 1
  end
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.job_slot) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " job_slot=", v end
    o = o + 2
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.inspections) end
  o = o + 4
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.passed) end
  o = o + 4
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.failed) end
  o = o + 4
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.uptime_s) end
  o = o + 4
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.job_name) end
    local n = u8(b, o)
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.job_name) end
    if n > 0 and not ascii_ok(sub(b, o + 1, o + n)) then bad_text(S, tree, N.job_name, "ascii") end
    o = o + n
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.controller_ip) end
  o = o + 4
  return o
end

-- get_info (scan)
Q["msg:rpc.get_info"] = function(tvb, b, tree, o, e, N, S)
  return o
end

-- info_reply (scan)
Q["msg:rpc.info_reply"] = function(tvb, b, tree, o, e, N, S)
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.model) end
    local n = u8(b, o)
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.model) end
    if n > 0 and not ascii_ok(sub(b, o + 1, o + n)) then bad_text(S, tree, N.model, "ascii") end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " model=", quote(sub(b, o + 1, o + n)) end
    o = o + n
  end
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.serial) end
    local n = u8(b, o)
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.serial) end
    if n > 0 and not ascii_ok(sub(b, o + 1, o + n)) then bad_text(S, tree, N.serial, "ascii") end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " serial=", quote(sub(b, o + 1, o + n)) end
    o = o + n
  end
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.firmware_version) end
    local n = u8(b, o)
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.firmware_version) end
    if n > 0 and not ascii_ok(sub(b, o + 1, o + n)) then bad_text(S, tree, N.firmware_version, "ascii") end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " firmware_version=", quote(sub(b, o + 1, o + n)) end
    o = o + n
  end
  if e - o < 6 then return short(S, tree, tvb, o, e, 6, N.mac) end
  o = o + 6
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.job_slots) end
  o = o + 2
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.sensor_width) end
  o = o + 2
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.sensor_height) end
  o = o + 2
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.boot_id) end
  o = o + 4
  return o
end

-- start (scan)
Q["msg:rpc.start"] = function(tvb, b, tree, o, e, N, S)
  return o
end

-- stop (scan)
Q["msg:rpc.stop"] = function(tvb, b, tree, o, e, N, S)
  return o
end

-- rpc_ack (scan)
Q["msg:rpc.rpc_ack"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.request_type) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " request_type=", (ENUM["*message"][v] or v) end
    o = o + 2
  end
  return o
end

-- list_jobs (scan)
Q["msg:rpc.list_jobs"] = function(tvb, b, tree, o, e, N, S)
  return o
end

-- job_list (scan)
Q["msg:rpc.job_list"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.selected_slot) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " selected_slot=", v end
    o = o + 2
  end
  do
    if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.jobs_count) end
    local n1 = u16(b, o)
    o = o + 2
    if n1 > 256 then return too_many(S, tree, tvb, o, e, N.jobs, n1, 256) end
    if n1 * 8 > e - o then return short(S, tree, tvb, o, e, n1 * 8, N.jobs) end
    for i2 = 1, n1 do
      do
        o = Q["type:job_entry"](tvb, b, tree, o, e, N.jobs, S)
        if not o then return nil end
      end
    end
  end
  return o
end

-- select_job (scan)
Q["msg:rpc.select_job"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.slot) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " slot=", v end
    o = o + 2
  end
  return o
end

-- download_job (scan)
Q["msg:rpc.download_job"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.slot) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " slot=", v end
    o = o + 2
  end
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.file_name) end
    local n = u8(b, o)
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.file_name) end
    if n > 0 and not ascii_ok(sub(b, o + 1, o + n)) then bad_text(S, tree, N.file_name, "ascii") end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " file_name=", quote(sub(b, o + 1, o + n)) end
    o = o + n
  end
  return o
end

-- upload_job (scan)
Q["msg:rpc.upload_job"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.slot) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " slot=", v end
    o = o + 2
  end
  return o
end

-- upload_reply (scan)
Q["msg:rpc.upload_reply"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.size) end
  do
    local v = u32(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " size=", v end
    o = o + 4
  end
  do
    if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.file_name) end
    local n = u8(b, o)
    o = o + 1
    if e - o < n then return short(S, tree, tvb, o, e, n, N.file_name) end
    if n > 0 and not ascii_ok(sub(b, o + 1, o + n)) then bad_text(S, tree, N.file_name, "ascii") end
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " file_name=", quote(sub(b, o + 1, o + n)) end
    o = o + n
  end
  return o
end

-- flash (scan)
Q["msg:rpc.flash"] = function(tvb, b, tree, o, e, N, S)
  return o
end

-- trigger (scan)
Q["msg:rpc.trigger"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.count) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " count=", v end
    o = o + 2
  end
  return o
end

-- trigger_reply (scan)
Q["msg:rpc.trigger_reply"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.first_inspection) end
  do
    local v = u32(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " first_inspection=", v end
    o = o + 4
  end
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.count) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " count=", v end
    o = o + 2
  end
  return o
end

-- set_trigger (scan)
Q["msg:rpc.set_trigger"] = function(tvb, b, tree, o, e, N, S)
  if e - o < 1 then return short(S, tree, tvb, o, e, 1, N.trigger_mode) end
  do
    local v = u8(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " trigger_mode=", (ENUM.trigger_mode[v] or v) end
    o = o + 1
  end
  if e - o < 4 then return short(S, tree, tvb, o, e, 4, N.rate_hz) end
  if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " rate_hz=", string.format("%g", tvb(o, 4):float()) end
  o = o + 4
  if e - o < 2 then return short(S, tree, tvb, o, e, 2, N.input_point) end
  do
    local v = u16(b, o)
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " input_point=", v end
    o = o + 2
  end
  return o
end

-- reboot (scan)
Q["msg:rpc.reboot"] = function(tvb, b, tree, o, e, N, S)
  return o
end

-- formatted_output (scan)
Q["msg:serial.formatted_output"] = function(tvb, b, tree, o, e, N, S)
  do
    local n = e - o
    if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = " text=", quote(tvb(o, n):string(ENC_ISO_8859_1)) end
    o = o + n
  end
  return o
end

-- Messages of each port by code (frame ports) or the port's one message (line and datagram
-- ports: "only").
local MSG = {
  ["acquire"] = {
    [0x0201] = {id = "take_picture", kind = "request", key = "msg:acquire.take_picture", path = "vs1.acquire.take_picture", code = 513, flags = 0},
    [0x8201] = {id = "picture", kind = "response", key = "msg:acquire.picture", path = "vs1.acquire.picture", code = 33281, flags = 1},
    [0x0202] = {id = "start_live", kind = "request", key = "msg:acquire.start_live", path = "vs1.acquire.start_live", code = 514, flags = 0},
    [0x8202] = {id = "live_started", kind = "response", key = "msg:acquire.live_started", path = "vs1.acquire.live_started", code = 33282, flags = 1},
    [0x0203] = {id = "stop_live", kind = "request", key = "msg:acquire.stop_live", path = "vs1.acquire.stop_live", code = 515, flags = 0},
    [0x8203] = {id = "live_stopped", kind = "response", key = "msg:acquire.live_stopped", path = "vs1.acquire.live_stopped", code = 33283, flags = 1},
    [0x4201] = {id = "live_frame", kind = "event", key = "msg:acquire.live_frame", path = "vs1.acquire.live_frame", code = 16897, flags = 2},
    [0x7fff] = {id = "error_reply", kind = "response", key = "shared:error_reply", path = "vs1.acquire.error_reply", code = 32767, flags = 5, error = true,
      status = function(b, o) return u16(b, o + 14) end, status_end = 2, ok = 0, status_enum = "status_code"},
    [0x7f01] = {id = "bind_session", kind = "request", key = "shared:bind_session", path = "vs1.acquire.bind_session", code = 32513, flags = 0},
    [0xff01] = {id = "bind_ack", kind = "response", key = "shared:bind_ack", path = "vs1.acquire.bind_ack", code = 65281, flags = 1},
  },
  ["announce"] = {
    [0x0901] = {id = "announce", kind = "event", key = "msg:announce.announce", path = "vs1.announce.announce", code = 2305, flags = 2},
    [0x0902] = {id = "discover", kind = "event", key = "msg:announce.discover", path = "vs1.announce.discover", code = 2306, flags = 2},
    [0x7fff] = {id = "error_reply", kind = "response", key = "shared:error_reply", path = "vs1.announce.error_reply", code = 32767, flags = 5, error = true,
      status = function(b, o) return u16(b, o + 14) end, status_end = 2, ok = 0, status_enum = "status_code"},
  },
  ["io"] = {
    [0x0101] = {id = "list_points", kind = "request", key = "msg:io.list_points", path = "vs1.io.list_points", code = 257, flags = 0},
    [0x8101] = {id = "point_list", kind = "response", key = "msg:io.point_list", path = "vs1.io.point_list", code = 33025, flags = 1},
    [0x0102] = {id = "read_points", kind = "request", key = "msg:io.read_points", path = "vs1.io.read_points", code = 258, flags = 0},
    [0x8102] = {id = "point_states", kind = "response", key = "msg:io.point_states", path = "vs1.io.point_states", code = 33026, flags = 1},
    [0x0103] = {id = "write_point", kind = "request", key = "msg:io.write_point", path = "vs1.io.write_point", code = 259, flags = 0},
    [0x8103] = {id = "write_ack", kind = "response", key = "msg:io.write_ack", path = "vs1.io.write_ack", code = 33027, flags = 1},
    [0x0104] = {id = "subscribe", kind = "request", key = "msg:io.subscribe", path = "vs1.io.subscribe", code = 260, flags = 0},
    [0x8104] = {id = "subscribe_ack", kind = "response", key = "msg:io.subscribe_ack", path = "vs1.io.subscribe_ack", code = 33028, flags = 1},
    [0x4101] = {id = "io_changed", kind = "event", key = "msg:io.io_changed", path = "vs1.io.io_changed", code = 16641, flags = 2},
    [0x7fff] = {id = "error_reply", kind = "response", key = "shared:error_reply", path = "vs1.io.error_reply", code = 32767, flags = 5, error = true,
      status = function(b, o) return u16(b, o + 14) end, status_end = 2, ok = 0, status_enum = "status_code"},
    [0x7f01] = {id = "bind_session", kind = "request", key = "shared:bind_session", path = "vs1.io.bind_session", code = 32513, flags = 0},
    [0xff01] = {id = "bind_ack", kind = "response", key = "shared:bind_ack", path = "vs1.io.bind_ack", code = 65281, flags = 1},
  },
  ["login"] = {
    [0x0807] = {id = "login_start", kind = "request", key = "msg:login.login_start", path = "vs1.login.login_start", code = 2055, flags = 0},
    [0x8807] = {id = "login_challenge", kind = "response", key = "msg:login.login_challenge", path = "vs1.login.login_challenge", code = 34823, flags = 1},
    [0x0801] = {id = "login", kind = "request", key = "msg:login.login", path = "vs1.login.login", code = 2049, flags = 0},
    [0x8801] = {id = "login_reply", kind = "response", key = "msg:login.login_reply", path = "vs1.login.login_reply", code = 34817, flags = 1},
    [0x0802] = {id = "logout", kind = "request", key = "msg:login.logout", path = "vs1.login.logout", code = 2050, flags = 0},
    [0x8802] = {id = "login_ack", kind = "response", key = "msg:login.login_ack", path = "vs1.login.login_ack", code = 34818, flags = 1},
    [0x0803] = {id = "take_control", kind = "request", key = "msg:login.take_control", path = "vs1.login.take_control", code = 2051, flags = 0},
    [0x0804] = {id = "release_control", kind = "request", key = "msg:login.release_control", path = "vs1.login.release_control", code = 2052, flags = 0},
    [0x8803] = {id = "control_reply", kind = "response", key = "msg:login.control_reply", path = "vs1.login.control_reply", code = 34819, flags = 1},
    [0x0805] = {id = "get_network", kind = "request", key = "msg:login.get_network", path = "vs1.login.get_network", code = 2053, flags = 0},
    [0x8805] = {id = "network_params", kind = "response", key = "msg:login.network_params", path = "vs1.login.network_params", code = 34821, flags = 1},
    [0x0806] = {id = "set_network", kind = "request", key = "msg:login.set_network", path = "vs1.login.set_network", code = 2054, flags = 0},
    [0x7fff] = {id = "error_reply", kind = "response", key = "shared:error_reply", path = "vs1.login.error_reply", code = 32767, flags = 5, error = true,
      status = function(b, o) return u16(b, o + 14) end, status_end = 2, ok = 0, status_enum = "status_code"},
  },
  ["monitor"] = {
    [0x0401] = {id = "hello", kind = "request", key = "msg:monitor.hello", path = "vs1.monitor.hello", code = 1025, flags = 0},
    [0x8401] = {id = "hello_ack", kind = "response", key = "msg:monitor.hello_ack", path = "vs1.monitor.hello_ack", code = 33793, flags = 1},
    [0x0402] = {id = "watch", kind = "request", key = "msg:monitor.watch", path = "vs1.monitor.watch", code = 1026, flags = 0},
    [0x8402] = {id = "watch_ack", kind = "response", key = "msg:monitor.watch_ack", path = "vs1.monitor.watch_ack", code = 33794, flags = 1},
    [0x0403] = {id = "heartbeat", kind = "event", key = "msg:monitor.heartbeat", path = "vs1.monitor.heartbeat", code = 1027, flags = 2},
    [0x0404] = {id = "goodbye", kind = "event", key = "msg:monitor.goodbye", path = "vs1.monitor.goodbye", code = 1028, flags = 2},
    [0x7fff] = {id = "error_reply", kind = "response", key = "shared:error_reply", path = "vs1.monitor.error_reply", code = 32767, flags = 5, error = true,
      status = function(b, o) return u16(b, o + 14) end, status_end = 2, ok = 0, status_enum = "status_code"},
  },
  ["partq"] = {
    [0x0601] = {id = "partq_info", kind = "request", key = "msg:partq.partq_info", path = "vs1.partq.partq_info", code = 1537, flags = 0},
    [0x8601] = {id = "partq_status", kind = "response", key = "msg:partq.partq_status", path = "vs1.partq.partq_status", code = 34305, flags = 1},
    [0x0602] = {id = "fetch_range", kind = "request", key = "msg:partq.fetch_range", path = "vs1.partq.fetch_range", code = 1538, flags = 0},
    [0x0603] = {id = "fetch_latest", kind = "request", key = "msg:partq.fetch_latest", path = "vs1.partq.fetch_latest", code = 1539, flags = 0},
    [0x8602] = {id = "partq_records", kind = "response", key = "msg:partq.partq_records", path = "vs1.partq.partq_records", code = 34306, flags = 1},
    [0x7fff] = {id = "error_reply", kind = "response", key = "shared:error_reply", path = "vs1.partq.error_reply", code = 32767, flags = 5, error = true,
      status = function(b, o) return u16(b, o + 14) end, status_end = 2, ok = 0, status_enum = "status_code"},
    [0x7f01] = {id = "bind_session", kind = "request", key = "shared:bind_session", path = "vs1.partq.bind_session", code = 32513, flags = 0},
    [0xff01] = {id = "bind_ack", kind = "response", key = "shared:bind_ack", path = "vs1.partq.bind_ack", code = 65281, flags = 1},
  },
  ["report_control"] = {
    [0x0701] = {id = "set_rate", kind = "request", key = "msg:report_control.set_rate", path = "vs1.report_control.set_rate", code = 1793, flags = 0},
    [0x8701] = {id = "control_ack", kind = "response", key = "msg:report_control.control_ack", path = "vs1.report_control.control_ack", code = 34561, flags = 1},
    [0x0702] = {id = "add_datums", kind = "request", key = "msg:report_control.add_datums", path = "vs1.report_control.add_datums", code = 1794, flags = 0},
    [0x0703] = {id = "remove_datums", kind = "request", key = "msg:report_control.remove_datums", path = "vs1.report_control.remove_datums", code = 1795, flags = 0},
    [0x0704] = {id = "list_datums", kind = "request", key = "msg:report_control.list_datums", path = "vs1.report_control.list_datums", code = 1796, flags = 0},
    [0x8702] = {id = "datum_list", kind = "response", key = "msg:report_control.datum_list", path = "vs1.report_control.datum_list", code = 34562, flags = 1},
    [0x0705] = {id = "list_reports", kind = "request", key = "msg:report_control.list_reports", path = "vs1.report_control.list_reports", code = 1797, flags = 0},
    [0x8705] = {id = "report_list", kind = "response", key = "msg:report_control.report_list", path = "vs1.report_control.report_list", code = 34565, flags = 1},
    [0x0706] = {id = "pause_report", kind = "request", key = "msg:report_control.pause_report", path = "vs1.report_control.pause_report", code = 1798, flags = 0},
    [0x0707] = {id = "resume_report", kind = "request", key = "msg:report_control.resume_report", path = "vs1.report_control.resume_report", code = 1799, flags = 0},
    [0x7fff] = {id = "error_reply", kind = "response", key = "shared:error_reply", path = "vs1.report_control.error_reply", code = 32767, flags = 5, error = true,
      status = function(b, o) return u16(b, o + 14) end, status_end = 2, ok = 0, status_enum = "status_code"},
    [0x7f01] = {id = "bind_session", kind = "request", key = "shared:bind_session", path = "vs1.report_control.bind_session", code = 32513, flags = 0},
    [0xff01] = {id = "bind_ack", kind = "response", key = "shared:bind_ack", path = "vs1.report_control.bind_ack", code = 65281, flags = 1},
  },
  ["reports"] = {
    [0x0501] = {id = "open_report", kind = "request", key = "msg:reports.open_report", path = "vs1.reports.open_report", code = 1281, flags = 0},
    [0x8501] = {id = "report_opened", kind = "response", key = "msg:reports.report_opened", path = "vs1.reports.report_opened", code = 34049, flags = 1},
    [0x0502] = {id = "close_report", kind = "request", key = "msg:reports.close_report", path = "vs1.reports.close_report", code = 1282, flags = 0},
    [0x8502] = {id = "report_closed", kind = "response", key = "msg:reports.report_closed", path = "vs1.reports.report_closed", code = 34050, flags = 1},
    [0x4501] = {id = "report_record", kind = "event", key = "msg:reports.report_record", path = "vs1.reports.report_record", code = 17665, flags = 2},
    [0x0503] = {id = "record_ack", kind = "event", key = "msg:reports.record_ack", path = "vs1.reports.record_ack", code = 1283, flags = 2},
    [0x7fff] = {id = "error_reply", kind = "response", key = "shared:error_reply", path = "vs1.reports.error_reply", code = 32767, flags = 5, error = true,
      status = function(b, o) return u16(b, o + 14) end, status_end = 2, ok = 0, status_enum = "status_code"},
    [0x7f01] = {id = "bind_session", kind = "request", key = "shared:bind_session", path = "vs1.reports.bind_session", code = 32513, flags = 0},
    [0xff01] = {id = "bind_ack", kind = "response", key = "shared:bind_ack", path = "vs1.reports.bind_ack", code = 65281, flags = 1},
  },
  ["rpc"] = {
    [0x0301] = {id = "get_status", kind = "request", key = "msg:rpc.get_status", path = "vs1.rpc.get_status", code = 769, flags = 0},
    [0x8301] = {id = "status_reply", kind = "response", key = "msg:rpc.status_reply", path = "vs1.rpc.status_reply", code = 33537, flags = 1},
    [0x0302] = {id = "get_info", kind = "request", key = "msg:rpc.get_info", path = "vs1.rpc.get_info", code = 770, flags = 0},
    [0x8302] = {id = "info_reply", kind = "response", key = "msg:rpc.info_reply", path = "vs1.rpc.info_reply", code = 33538, flags = 1},
    [0x0303] = {id = "start", kind = "request", key = "msg:rpc.start", path = "vs1.rpc.start", code = 771, flags = 0},
    [0x0304] = {id = "stop", kind = "request", key = "msg:rpc.stop", path = "vs1.rpc.stop", code = 772, flags = 0},
    [0x8300] = {id = "rpc_ack", kind = "response", key = "msg:rpc.rpc_ack", path = "vs1.rpc.rpc_ack", code = 33536, flags = 1},
    [0x0305] = {id = "list_jobs", kind = "request", key = "msg:rpc.list_jobs", path = "vs1.rpc.list_jobs", code = 773, flags = 0},
    [0x8305] = {id = "job_list", kind = "response", key = "msg:rpc.job_list", path = "vs1.rpc.job_list", code = 33541, flags = 1},
    [0x0306] = {id = "select_job", kind = "request", key = "msg:rpc.select_job", path = "vs1.rpc.select_job", code = 774, flags = 0},
    [0x0307] = {id = "download_job", kind = "request", key = "msg:rpc.download_job", path = "vs1.rpc.download_job", code = 775, flags = 0},
    [0x0308] = {id = "upload_job", kind = "request", key = "msg:rpc.upload_job", path = "vs1.rpc.upload_job", code = 776, flags = 0},
    [0x8308] = {id = "upload_reply", kind = "response", key = "msg:rpc.upload_reply", path = "vs1.rpc.upload_reply", code = 33544, flags = 1},
    [0x0309] = {id = "flash", kind = "request", key = "msg:rpc.flash", path = "vs1.rpc.flash", code = 777, flags = 0},
    [0x030a] = {id = "trigger", kind = "request", key = "msg:rpc.trigger", path = "vs1.rpc.trigger", code = 778, flags = 0},
    [0x830a] = {id = "trigger_reply", kind = "response", key = "msg:rpc.trigger_reply", path = "vs1.rpc.trigger_reply", code = 33546, flags = 1},
    [0x030b] = {id = "set_trigger", kind = "request", key = "msg:rpc.set_trigger", path = "vs1.rpc.set_trigger", code = 779, flags = 0},
    [0x030c] = {id = "reboot", kind = "request", key = "msg:rpc.reboot", path = "vs1.rpc.reboot", code = 780, flags = 0},
    [0x7fff] = {id = "error_reply", kind = "response", key = "shared:error_reply", path = "vs1.rpc.error_reply", code = 32767, flags = 5, error = true,
      status = function(b, o) return u16(b, o + 14) end, status_end = 2, ok = 0, status_enum = "status_code"},
    [0x7f01] = {id = "bind_session", kind = "request", key = "shared:bind_session", path = "vs1.rpc.bind_session", code = 32513, flags = 0},
    [0xff01] = {id = "bind_ack", kind = "response", key = "shared:bind_ack", path = "vs1.rpc.bind_ack", code = 65281, flags = 1},
  },
  ["serial"] = {
    only = {id = "formatted_output", kind = "event", key = "msg:serial.formatted_output", path = "vs1.serial.formatted_output"},
  },
}
-- Texts made once: the message in Info ("Request get_status"), the start of a frame port's
-- protocol line (", Request get_status (0x0301), Seq ").
for _, messages in pairs(MSG) do
  for _, m in pairs(messages) do
    m.node, m.fn, m.scan = node_at(m.path), T[m.key], Q[m.key]
    m.label = KIND[m.kind] and KIND[m.kind] .. " " .. m.id or m.id
    if m.code then
      m.line = ", " .. (KIND[m.kind] or m.kind) .. " " .. m.id .. string.format(" (0x%04x)", m.code) .. ", Seq "
    end
  end
end

-- Frame framings: header size, PDU length, PDU dissector.
local FRAMING = {}

-- vs1_frame: Common frame of every VS-1 service port (TCP) and of the VS-1 UDP ports (one frame per datagram): a 14-byte header, then the message payload.
do
  local HEADER, MAX = 14, 67108864
  local hnode = NODE.vs1.frame

  -- The length of the PDU at offset o of b, where left (at least HEADER) bytes are: header
  -- plus payload. A header that is not VS-1 (bad constant) or an oversized length cannot be
  -- resynchronised: the rest becomes one bad PDU.
  local function pdu_len(b, o, left)
    if u16(b, o + 0) ~= 22065 then return left end
    if u8(b, o + 2) ~= 1 then return left end
    local n = u32(b, o + 10)
    if n > MAX then return left end
    return HEADER + n
  end

  -- The PDU from p to e of tvb (b: the same bytes as a string; offsets count from the start of
  -- tvb, so every TvbRange is one on the segment, as Wireshark shows it).
  local function decode(tvb, b, p, e, pinfo, root, port, datagram, S, full)
    local htree = full and ADD(root, hnode._f, tvb(p, math.min(e - p, HEADER))) or root
    local o = (full and T or Q)["header:vs1_frame"](tvb, b, htree, p, e, hnode, S)
    if not o then return end
    local h = S.h
    S.seq = h.seq
    local body = p + HEADER
    local stop = body + h.length
    if S.bad then
      S.name = "bad header"
      if full and e > o then ADD(root, NODE.vs1.payload._f, tvb(o, e - o)) end
      return
    end
    if h.length > MAX then
      htree:add_proto_expert_info(EXPERT.too_long, num(h.length) .. " payload bytes, at most " .. num(MAX))
      S.bad, S.name = true, "oversized frame"
      if full and e > o then ADD(root, NODE.vs1.payload._f, tvb(o, e - o)) end
      return
    end
    if datagram and stop ~= e then
      htree:add_proto_expert_info(EXPERT.length_mismatch,
        "header says " .. num(stop - body) .. " payload bytes, the datagram has " .. num(e - body))
      S.bad = true
    elseif not datagram and stop > e then
      -- (Only a PDU that ends past the captured bytes, where TCP could not reassemble.)
      root:add_proto_expert_info(EXPERT.truncated,
        "PDU of " .. num(stop - p) .. " bytes, " .. num(e - p) .. " captured")
      S.bad = true
    end
    if stop > e then stop = e end
    local m = MSG[port][h.msg_type]
    if m == nil then
      htree:add_proto_expert_info(EXPERT.unknown_message,
        string.format("message type 0x%04X is not defined on port %s", h.msg_type, port))
      S.bad, S.name = true, string.format("unknown 0x%04X", h.msg_type)
      if full and stop > o then ADD(root, NODE.vs1.payload._f, tvb(o, stop - o)) end
      return
    end
    S.name, S.kind, S.label = m.id, m.kind, m.label
    if full and m.flags ~= nil and h.flags ~= m.flags then
      htree:add_proto_expert_info(EXPERT.flags, "flags " .. hex(h.flags) .. ", a " .. m.kind .. " has " .. hex(m.flags))
    end
    local mtree = full and ADD(root, m.node._f, tvb(body, stop - body)) or root
    local o2, sum = (full and m.fn or m.scan)(tvb, b, mtree, body, stop, m.node, S)
    if full then
      if sum and sum ~= "" then APPEND(mtree, ":" .. sum) end
      APPEND(root, m.line .. num(S.seq))
    end
    if m.error or (m.status and stop - body >= m.status_end and m.status(b, p) ~= m.ok) then
      local status = m.status and stop - body >= m.status_end and m.status(b, p)
      if full then
        VS1_ITEM:add_proto_expert_info(EXPERT.error_reply, m.id .. " seq " .. num(S.seq)
          .. (status and ": " .. enum_text(ENUM[m.status_enum], status) or ""))
      end
    end
    if o2 and o2 < stop then
      mtree:add_tvb_expert_info(EXPERT.trailing, tvb(o2, stop - o2), num(stop - o2) .. " byte(s) after " .. m.id)
      S.bad = true
    end
    if full and stop < e then ADD(root, NODE.vs1.payload._f, tvb(stop, e - stop)) end
    link(S, tvb, pinfo, root, m, full, p)
  end

  -- One PDU: bytes p to e of tvb and b.
  local function pdu(tvb, b, p, e, pinfo, tree, port, datagram)
    local S = new_state(port)
    S.index = pdu_index()
    local full = FULL
    local root = full and ADD(tree, PROTO[port], tvb(p, e - p)) or tree
    local ok, err = pcall(decode, tvb, b, p, e, pinfo, root, port, datagram, S, full)
    if not ok then
      -- Last resort: every read above is length-checked, so this means a bug, not bad input.
      root:add_proto_expert_info(EXPERT.internal, "internal dissector error: " .. tostring(err))
      S.bad = true
    end
    show_info(S)
  end

  FRAMING["vs1_frame"] = {header = HEADER, pdu_len = pdu_len, pdu = pdu}
end

-- Line framing: one message per terminated line (b: the segment's bytes); datagram framing:
-- the whole datagram is the port's one message.
local function decode_line(tvb, b, root, port, o, stop, unterminated, S, full)
  local m = MSG[port].only
  S.name = m.id
  if unterminated then
    root:add_proto_expert_info(EXPERT.no_terminator,
      "no line terminator within " .. num(PORT[port].max_line) .. " bytes")
    S.bad = true
  end
  local mtree = full and ADD(root, m.node._f, tvb(o, stop - o)) or root
  local o2, sum = (full and m.fn or m.scan)(tvb, b, mtree, o, stop, m.node, S)
  if full then
    if sum and sum ~= "" then APPEND(mtree, ":" .. sum) end
    APPEND(root, ", " .. m.id)
  end
  if o2 and o2 < stop then
    mtree:add_tvb_expert_info(EXPERT.trailing, tvb(o2, stop - o2), num(stop - o2) .. " byte(s) after " .. m.id)
    S.bad = true
  end
end

local function line_pdu(tvb, b, pinfo, tree, port, o, stop, tlen, unterminated)
  local S = new_state(port)
  S.index = pdu_index()
  local full = FULL
  local root = full and ADD(tree, PROTO[port], tvb(o, stop + tlen - o)) or tree
  local ok, err = pcall(decode_line, tvb, b, root, port, o, stop, unterminated, S, full)
  if full and tlen > 0 then ADD(root, F_TERMINATOR, tvb(stop, tlen)) end
  if not ok then
    root:add_proto_expert_info(EXPERT.internal, "internal dissector error: " .. tostring(err))
    S.bad = true
  end
  show_info(S)
end

local function lines_dissector(port)
  local p = PORT[port]
  local term, max = p.terminator, p.max_line
  return function(tvb, pinfo, tree)
    if not frame_start(tvb, pinfo, tree, port) then return 0 end
    local len = tvb:len()
    if len == 0 then return 0 end
    local b = tvb:raw(0, len)
    local o = 0
    while o < len do
      local k = find(b, term, o + 1, true)
      if k then
        line_pdu(tvb, b, pinfo, tree, port, o, k - 1, #term, false)
        o = k - 1 + #term
      elseif len - o <= max and pinfo.can_desegment > 0 then
        -- The line goes on in the next segment; how far is unknown until the terminator.
        pinfo.desegment_offset = o
        pinfo.desegment_len = ONE_MORE_SEGMENT
        return len
      else
        -- Longer than a line may be, or no more segments will come: show what there is.
        line_pdu(tvb, b, pinfo, tree, port, o, len, 0, len - o > max)
        o = len
      end
    end
    return len
  end
end

-- The dissector of each port.
for _, p in ipairs(PORTS) do
  local port = p.id
  if p.kind == "lines" then
    PROTO[port].dissector = lines_dissector(port)
  elseif p.kind == "frame" and p.transport == "tcp" then
    -- The PDUs of a TCP buffer, one after the other, in one call: the buffer's bytes are
    -- read once, each PDU's decoder works at its offset in them. A PDU that goes on past the
    -- buffer asks TCP for the rest (desegment_offset/len, what dissect_tcp_pdus does, without
    -- a call from C, a new Tvb and a copy of the bytes per PDU); TCP calls again with the
    -- PDU reassembled. Without reassembly, the captured part is shown, marked truncated.
    local fr = FRAMING[p.framing]
    local header, pdu_len, pdu = fr.header, fr.pdu_len, fr.pdu
    PROTO[port].dissector = function(tvb, pinfo, tree)
      if not frame_start(tvb, pinfo, tree, port) then return 0 end
      local b = tvb:raw()  -- (all the captured bytes: one call, no tvb:len)
      local len = #b
      if len == 0 then return 0 end
      local o = 0
      while o < len do
        local left = len - o
        local n = left < header and header or pdu_len(b, o, left)
        if n > left then
          if pinfo.can_desegment > 0 then
            pinfo.desegment_offset = o
            pinfo.desegment_len = left < header and ONE_MORE_SEGMENT or n - left
            return len
          end
          n = left
        end
        pdu(tvb, b, o, o + n, pinfo, tree, port, false)
        o = o + n
      end
      return len
    end
  elseif p.kind == "frame" then
    local fr = FRAMING[p.framing]
    PROTO[port].dissector = function(tvb, pinfo, tree)
      if not frame_start(tvb, pinfo, tree, port) then return 0 end
      local len = tvb:len()
      fr.pdu(tvb, len > 0 and tvb:raw(0, len) or "", 0, len, pinfo, tree, port, true)
      return len
    end
  else
    PROTO[port].dissector = function(tvb, pinfo, tree)
      if not frame_start(tvb, pinfo, tree, port) then return 0 end
      local len = tvb:len()
      line_pdu(tvb, len > 0 and tvb:raw(0, len) or "", pinfo, tree, port, 0, len, 0, false)
      return len
    end
  end
end

-- Heuristic for VS-1 frames on other TCP ports: constants, length, then a message code that
-- names exactly one port. Off unless the `heuristic` preference is set.
local CODE_PORT = {
  [0x0101] = "io",
  [0x0102] = "io",
  [0x0103] = "io",
  [0x0104] = "io",
  [0x0201] = "acquire",
  [0x0202] = "acquire",
  [0x0203] = "acquire",
  [0x0301] = "rpc",
  [0x0302] = "rpc",
  [0x0303] = "rpc",
  [0x0304] = "rpc",
  [0x0305] = "rpc",
  [0x0306] = "rpc",
  [0x0307] = "rpc",
  [0x0308] = "rpc",
  [0x0309] = "rpc",
  [0x030a] = "rpc",
  [0x030b] = "rpc",
  [0x030c] = "rpc",
  [0x0401] = "monitor",
  [0x0402] = "monitor",
  [0x0403] = "monitor",
  [0x0404] = "monitor",
  [0x0501] = "reports",
  [0x0502] = "reports",
  [0x0503] = "reports",
  [0x0601] = "partq",
  [0x0602] = "partq",
  [0x0603] = "partq",
  [0x0701] = "report_control",
  [0x0702] = "report_control",
  [0x0703] = "report_control",
  [0x0704] = "report_control",
  [0x0705] = "report_control",
  [0x0706] = "report_control",
  [0x0707] = "report_control",
  [0x4101] = "io",
  [0x4201] = "acquire",
  [0x4501] = "reports",
  [0x8101] = "io",
  [0x8102] = "io",
  [0x8103] = "io",
  [0x8104] = "io",
  [0x8201] = "acquire",
  [0x8202] = "acquire",
  [0x8203] = "acquire",
  [0x8300] = "rpc",
  [0x8301] = "rpc",
  [0x8302] = "rpc",
  [0x8305] = "rpc",
  [0x8308] = "rpc",
  [0x830a] = "rpc",
  [0x8401] = "monitor",
  [0x8402] = "monitor",
  [0x8501] = "reports",
  [0x8502] = "reports",
  [0x8601] = "partq",
  [0x8602] = "partq",
  [0x8701] = "report_control",
  [0x8702] = "report_control",
  [0x8705] = "report_control",
}

local function heuristic(tvb, pinfo, tree)
  if not vs1.prefs.heuristic then return false end
  if tvb:len() < 14 then return false end
  local h = tvb:raw(0, 14)
  if u16(h, 0) ~= 22065 then return false end
  if u8(h, 2) ~= 1 then return false end
  if u32(h, 10) > 67108864 then return false end
  local port = CODE_PORT[u16(h, 4)]
  if port == nil or PROTO[port].dissector == nil then return false end
  pinfo.conversation = PROTO[port]
  PROTO[port].dissector(tvb, pinfo, tree)
  return true
end

--------------------------------------------------------------------------------------------
-- 6. Registration
--------------------------------------------------------------------------------------------

-- Port numbers come from the preferences; changing them moves the registration.
local registered = {}

local function register_ports()
  for _, p in ipairs(PORTS) do
    local want = vs1.prefs[p.id .. "_ports"] or ""
    local have = registered[p.id] or ""
    if want ~= have then
      local table_ = DissectorTable.get(p.transport .. ".port")
      if have ~= "" then table_:remove(have, PROTO[p.id]) end
      if want ~= "" then table_:add(want, PROTO[p.id]) end
      registered[p.id] = want
    end
  end
end

function vs1.prefs_changed()
  register_ports()
end

function vs1.init()
  WAIT, LINK, LINK_TIME, PDU_COUNT = {}, {}, {}, {}
  LAST_FRAME, LAST_CALLS, HAVE_ADDR, ENABLED = nil, 0, false, nil
end

register_ports()

--------------------------------------------------------------------------------------------
-- 7. Statistics: response times per request type
--------------------------------------------------------------------------------------------

-- A tap on the VS-1 frames: calls, min/max/avg/sum of the response time per request type,
-- laid out as Wireshark's service response time tables. The times are the ones the dissector
-- linked (LINK and LINK_TIME of the frame's PDUs), not read back through Field extractors: a Field extractor makes
-- Wireshark build a protocol tree for every packet, also for the packet list, which would
-- cost every user the tree path's time all the time.
-- response_times(show) starts one and returns its Listener; show(text) gets the table at
-- every draw. The GUI opens one from Statistics > VS-1 Response Times (MENU_STAT_UNSORTED:
-- the Qt GUI of 4.0 shows no MENU_STAT_GENERIC entries); other scripts (a
-- report, the tests) get the same as the global VS1_RESPONSE_TIMES (each script loads with its
-- own environment: shared globals go into _G).
local function srt_table(stats)
  local names = {}
  for name in pairs(stats) do names[#names + 1] = name end
  table.sort(names)
  local lines = {string.format("%-28s %8s %12s %12s %12s %12s", "Request", "Calls", "Min SRT (s)",
    "Max SRT (s)", "Avg SRT (s)", "Sum SRT (s)")}
  local calls = 0
  for _, name in ipairs(names) do
    local st = stats[name]
    calls = calls + st.n
    lines[#lines + 1] = string.format("%-28s %8d %12.6f %12.6f %12.6f %12.6f", name, st.n, st.min, st.max,
      st.sum / st.n, st.sum)
  end
  lines[#lines + 1] = string.format("%-28s %8d", "Total", calls)
  return table.concat(lines, "\n") .. "\n"
end

local function response_times(show)
  local stats = {}
  local tap = Listener.new("frame", "vs1")
  function tap.reset() stats = {} end
  function tap.packet(pinfo)
    local n = pinfo.number
    for k = 1, PDU_COUNT[n] or 1 do
      local pdu = n * 65536 + k
      local v, d = LINK[pdu], LINK_TIME[pdu]
      if v ~= nil and v < 0 then
        local code = -v % 65536
        if d < 0 then d = 0 end
        local name = string.format("%s (0x%04x)", ENUM["*message"][code] or "?", code)
        local st = stats[name]
        if st == nil then
          stats[name] = {n = 1, min = d, max = d, sum = d}
        else
          st.n, st.sum = st.n + 1, st.sum + d
          if d < st.min then st.min = d end
          if d > st.max then st.max = d end
        end
      end
    end
  end
  function tap.draw() show(srt_table(stats)) end
  return tap
end
_G.VS1_RESPONSE_TIMES = response_times

if gui_enabled() then
  register_menu("VS-1 Response Times", function()
    local window = TextWindow.new("VS-1 Response Times")
    local tap = response_times(function(text) window:set(text) end)
    window:set_atclose(function() tap:remove() end)
    retap_packets()
  end, MENU_STAT_UNSORTED)
end
vs1:register_heuristic("tcp", heuristic)

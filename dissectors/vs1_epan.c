// GENERATED FILE - DO NOT EDIT. Generated from protocol_spec/ by `vs1 codegen`.
// Change the spec and run `vs1 codegen`; `vs1 codegen --check` tells when this file is stale.

/*
 * Wireshark dissectors for the VS-1 Smart Camera's custom ports (spec "vs1",
 * version 1) as a compiled (epan) plugin: the same protocols, fields, tree,
 * columns, links and expert infos as dissectors/vs1.lua, at a C dissector's cost. Build and
 * install: `vs1 wireshark build` (needs a C compiler and pkg-config `wireshark`, Debian
 * package wireshark-dev). Both plugins register the protocol `vs1`: load only one of them.
 *
 * Field names: vs1.<port>.<message>.<field path>, as in vs1.lua. Every field path has its own
 * decoder function (d_<path>); every read is preceded by a length check.
 */

#include <string.h>
#include <math.h>
#include <time.h>

#include <wireshark.h>
#include <epan/packet.h>
#include <epan/expert.h>
#include <epan/proto.h>
#include <epan/address.h>
#include <epan/conversation.h>
#include <epan/tap.h>
#include <epan/stats_tree.h>
#include <epan/prefs.h>
#include <epan/range.h>

#ifndef WS_DLL_PUBLIC_DEF
#define WS_DLL_PUBLIC_DEF __attribute__((visibility("default")))
#endif

WS_DLL_PUBLIC_DEF const gchar plugin_version[] = "1";
WS_DLL_PUBLIC_DEF const int plugin_want_major = WIRESHARK_VERSION_MAJOR;
WS_DLL_PUBLIC_DEF const int plugin_want_minor = WIRESHARK_VERSION_MINOR;
WS_DLL_PUBLIC void plugin_register(void);

/* ---------------------------------------------------------------------------------------
 * 1. Protocols, fields, subtrees, expert infos
 * ------------------------------------------------------------------------------------- */

#define N_FIELDS 481
#define N_PORTS 10

static int proto_vs1 = -1;
static protocol_t *vs1_protocol;
static int proto_port[N_PORTS];
static gint ett_port[N_PORTS];
static int hf[N_FIELDS];
static gint ett[N_FIELDS];
#define hf_length hf[10]
#define hf_terminator hf[11]
#define hf_payload hf[12]
#define hf_response_in hf[13]
#define hf_request_in hf[14]
#define hf_response_time hf[15]
#define hf_request hf[16]

/* Value strings, from the spec's enums (message_star: the frame's message codes). */
static const value_string vs_status_code[] G_GNUC_UNUSED = {
    { 0, "ok" },
    { 1, "unknown_message" },
    { 2, "bad_request" },
    { 3, "not_in_control" },
    { 4, "not_logged_in" },
    { 5, "bad_password" },
    { 6, "throttled" },
    { 7, "no_such_job" },
    { 8, "no_such_point" },
    { 9, "busy" },
    { 10, "not_found" },
    { 11, "internal" },
    { 12, "no_such_report" },
    { 13, "read_only" },
    { 14, "control_held" },
    { 15, "forbidden" },
    { 0, NULL }
};
static const value_string vs_camera_state[] G_GNUC_UNUSED = {
    { 0, "booting" },
    { 1, "idle" },
    { 2, "running" },
    { 3, "stopped" },
    { 4, "fault" },
    { 0, NULL }
};
static const value_string vs_trigger_mode[] G_GNUC_UNUSED = {
    { 0, "external_io" },
    { 1, "virtual_io" },
    { 2, "software" },
    { 3, "free_run" },
    { 0, NULL }
};
static const value_string vs_pixel_format[] G_GNUC_UNUSED = {
    { 0, "mono8" },
    { 1, "mono16" },
    { 2, "rgb8" },
    { 0, NULL }
};
static const value_string vs_datum_type[] G_GNUC_UNUSED = {
    { 0, "int32" },
    { 1, "uint32" },
    { 2, "float64" },
    { 3, "bool" },
    { 4, "string" },
    { 5, "point2d" },
    { 0, NULL }
};
static const value_string vs_bootp_op[] G_GNUC_UNUSED = {
    { 1, "boot_request" },
    { 2, "boot_reply" },
    { 0, NULL }
};
static const value_string vs_dhcp_message_type[] G_GNUC_UNUSED = {
    { 1, "discover" },
    { 2, "offer" },
    { 3, "request" },
    { 4, "decline" },
    { 5, "ack" },
    { 6, "nak" },
    { 7, "release" },
    { 8, "inform" },
    { 0, NULL }
};
static const value_string vs_dhcp_option_code[] G_GNUC_UNUSED = {
    { 0, "pad" },
    { 1, "subnet_mask" },
    { 3, "router" },
    { 6, "dns_servers" },
    { 12, "host_name" },
    { 50, "requested_ip" },
    { 51, "lease_time" },
    { 53, "message_type" },
    { 54, "server_id" },
    { 55, "parameter_list" },
    { 58, "renewal_time" },
    { 59, "rebinding_time" },
    { 61, "client_id" },
    { 255, "end" },
    { 0, NULL }
};
static const value_string vs_io_kind[] G_GNUC_UNUSED = {
    { 0, "physical_input" },
    { 1, "physical_output" },
    { 2, "virtual" },
    { 0, NULL }
};
static const value_string vs_kdf[] G_GNUC_UNUSED = {
    { 1, "pbkdf2_hmac_sha256" },
    { 0, NULL }
};
static const value_string vs_goodbye_reason[] G_GNUC_UNUSED = {
    { 0, "client_closing" },
    { 1, "camera_restarting" },
    { 2, "timeout" },
    { 0, NULL }
};
static const value_string vs_report_mode[] G_GNUC_UNUSED = {
    { 0, "lossless" },
    { 1, "lossy" },
    { 0, NULL }
};
static const value_string vs_rip_command[] G_GNUC_UNUSED = {
    { 1, "request" },
    { 2, "response" },
    { 0, NULL }
};
static const value_string vs_rip_family[] G_GNUC_UNUSED = {
    { 0, "unspecified" },
    { 2, "inet" },
    { 65535, "authentication" },
    { 0, NULL }
};
static const value_string vs_message_star[] G_GNUC_UNUSED = {
    { 257, "list_points" },
    { 258, "read_points" },
    { 259, "write_point" },
    { 260, "subscribe" },
    { 513, "take_picture" },
    { 514, "start_live" },
    { 515, "stop_live" },
    { 769, "get_status" },
    { 770, "get_info" },
    { 771, "start" },
    { 772, "stop" },
    { 773, "list_jobs" },
    { 774, "select_job" },
    { 775, "download_job" },
    { 776, "upload_job" },
    { 777, "flash" },
    { 778, "trigger" },
    { 779, "set_trigger" },
    { 780, "reboot" },
    { 1025, "hello" },
    { 1026, "watch" },
    { 1027, "heartbeat" },
    { 1028, "goodbye" },
    { 1281, "open_report" },
    { 1282, "close_report" },
    { 1283, "record_ack" },
    { 1537, "partq_info" },
    { 1538, "fetch_range" },
    { 1539, "fetch_latest" },
    { 1793, "set_rate" },
    { 1794, "add_datums" },
    { 1795, "remove_datums" },
    { 1796, "list_datums" },
    { 1797, "list_reports" },
    { 1798, "pause_report" },
    { 1799, "resume_report" },
    { 2049, "login" },
    { 2050, "logout" },
    { 2051, "take_control" },
    { 2052, "release_control" },
    { 2053, "get_network" },
    { 2054, "set_network" },
    { 2055, "login_start" },
    { 2305, "announce" },
    { 2306, "discover" },
    { 16641, "io_changed" },
    { 16897, "live_frame" },
    { 17665, "report_record" },
    { 32513, "bind_session" },
    { 32767, "error_reply" },
    { 33025, "point_list" },
    { 33026, "point_states" },
    { 33027, "write_ack" },
    { 33028, "subscribe_ack" },
    { 33281, "picture" },
    { 33282, "live_started" },
    { 33283, "live_stopped" },
    { 33536, "rpc_ack" },
    { 33537, "status_reply" },
    { 33538, "info_reply" },
    { 33541, "job_list" },
    { 33544, "upload_reply" },
    { 33546, "trigger_reply" },
    { 33793, "hello_ack" },
    { 33794, "watch_ack" },
    { 34049, "report_opened" },
    { 34050, "report_closed" },
    { 34305, "partq_status" },
    { 34306, "partq_records" },
    { 34561, "control_ack" },
    { 34562, "datum_list" },
    { 34565, "report_list" },
    { 34817, "login_reply" },
    { 34818, "login_ack" },
    { 34819, "control_reply" },
    { 34821, "network_params" },
    { 34823, "login_challenge" },
    { 65281, "bind_ack" },
    { 0, NULL }
};
static const value_string vs_message_code_star[] G_GNUC_UNUSED = {
    { 257, "list_points (0x0101)" },
    { 258, "read_points (0x0102)" },
    { 259, "write_point (0x0103)" },
    { 260, "subscribe (0x0104)" },
    { 513, "take_picture (0x0201)" },
    { 514, "start_live (0x0202)" },
    { 515, "stop_live (0x0203)" },
    { 769, "get_status (0x0301)" },
    { 770, "get_info (0x0302)" },
    { 771, "start (0x0303)" },
    { 772, "stop (0x0304)" },
    { 773, "list_jobs (0x0305)" },
    { 774, "select_job (0x0306)" },
    { 775, "download_job (0x0307)" },
    { 776, "upload_job (0x0308)" },
    { 777, "flash (0x0309)" },
    { 778, "trigger (0x030a)" },
    { 779, "set_trigger (0x030b)" },
    { 780, "reboot (0x030c)" },
    { 1025, "hello (0x0401)" },
    { 1026, "watch (0x0402)" },
    { 1027, "heartbeat (0x0403)" },
    { 1028, "goodbye (0x0404)" },
    { 1281, "open_report (0x0501)" },
    { 1282, "close_report (0x0502)" },
    { 1283, "record_ack (0x0503)" },
    { 1537, "partq_info (0x0601)" },
    { 1538, "fetch_range (0x0602)" },
    { 1539, "fetch_latest (0x0603)" },
    { 1793, "set_rate (0x0701)" },
    { 1794, "add_datums (0x0702)" },
    { 1795, "remove_datums (0x0703)" },
    { 1796, "list_datums (0x0704)" },
    { 1797, "list_reports (0x0705)" },
    { 1798, "pause_report (0x0706)" },
    { 1799, "resume_report (0x0707)" },
    { 2049, "login (0x0801)" },
    { 2050, "logout (0x0802)" },
    { 2051, "take_control (0x0803)" },
    { 2052, "release_control (0x0804)" },
    { 2053, "get_network (0x0805)" },
    { 2054, "set_network (0x0806)" },
    { 2055, "login_start (0x0807)" },
    { 2305, "announce (0x0901)" },
    { 2306, "discover (0x0902)" },
    { 16641, "io_changed (0x4101)" },
    { 16897, "live_frame (0x4201)" },
    { 17665, "report_record (0x4501)" },
    { 32513, "bind_session (0x7f01)" },
    { 32767, "error_reply (0x7fff)" },
    { 33025, "point_list (0x8101)" },
    { 33026, "point_states (0x8102)" },
    { 33027, "write_ack (0x8103)" },
    { 33028, "subscribe_ack (0x8104)" },
    { 33281, "picture (0x8201)" },
    { 33282, "live_started (0x8202)" },
    { 33283, "live_stopped (0x8203)" },
    { 33536, "rpc_ack (0x8300)" },
    { 33537, "status_reply (0x8301)" },
    { 33538, "info_reply (0x8302)" },
    { 33541, "job_list (0x8305)" },
    { 33544, "upload_reply (0x8308)" },
    { 33546, "trigger_reply (0x830a)" },
    { 33793, "hello_ack (0x8401)" },
    { 33794, "watch_ack (0x8402)" },
    { 34049, "report_opened (0x8501)" },
    { 34050, "report_closed (0x8502)" },
    { 34305, "partq_status (0x8601)" },
    { 34306, "partq_records (0x8602)" },
    { 34561, "control_ack (0x8701)" },
    { 34562, "datum_list (0x8702)" },
    { 34565, "report_list (0x8705)" },
    { 34817, "login_reply (0x8801)" },
    { 34818, "login_ack (0x8802)" },
    { 34819, "control_reply (0x8803)" },
    { 34821, "network_params (0x8805)" },
    { 34823, "login_challenge (0x8807)" },
    { 65281, "bind_ack (0xff01)" },
    { 0, NULL }
};

/* Every field: the rows of vs1.lua's field table, in the same order. */
static hf_register_info hf_info[N_FIELDS] = {
    { &hf[0], { "VS-1 frame header", "vs1.frame", FT_NONE, BASE_NONE, NULL, 0x0, "Common frame of every VS-1 service port (TCP) and of the VS-1 UDP ports (one frame per datagram): a 14-byte header, then the message payload.", HFILL } },
    { &hf[1], { "Magic", "vs1.frame.magic", FT_UINT16, BASE_HEX, NULL, 0x0, "ASCII 'V1'", HFILL } },
    { &hf[2], { "Version", "vs1.frame.version", FT_UINT8, BASE_HEX, NULL, 0x0, NULL, HFILL } },
    { &hf[3], { "Flags", "vs1.frame.flags", FT_UINT8, BASE_HEX, NULL, 0x0, NULL, HFILL } },
    { &hf[4], { "Reply", "vs1.frame.flags.reply", FT_BOOLEAN, 8, NULL, 0x1, NULL, HFILL } },
    { &hf[5], { "Event", "vs1.frame.flags.event", FT_BOOLEAN, 8, NULL, 0x2, NULL, HFILL } },
    { &hf[6], { "Error", "vs1.frame.flags.error", FT_BOOLEAN, 8, NULL, 0x4, NULL, HFILL } },
    { &hf[7], { "Msg type", "vs1.frame.msg_type", FT_UINT16, BASE_HEX, VALS(vs_message_star), 0x0, "The message code.", HFILL } },
    { &hf[8], { "Seq", "vs1.frame.seq", FT_UINT32, BASE_DEC, NULL, 0x0, "Chosen by the requester; a reply carries its request's seq. Events count on their own.", HFILL } },
    { &hf[9], { "Length", "vs1.frame.length", FT_UINT32, BASE_DEC, NULL, 0x0, "Payload length in bytes.", HFILL } },
    { &hf[10], { "Length", "vs1.length", FT_UINT32, BASE_DEC, NULL, 0x0, "Length prefix: the byte count of the text or bytes that follow", HFILL } },
    { &hf[11], { "Terminator", "vs1.terminator", FT_BYTES, BASE_NONE, NULL, 0x0, "The bytes that end a text or a line", HFILL } },
    { &hf[12], { "Undecoded payload", "vs1.payload", FT_BYTES, BASE_NONE, NULL, 0x0, "Payload bytes that could not be decoded (unknown message or bad header)", HFILL } },
    { &hf[13], { "Response in", "vs1.response_in", FT_FRAMENUM, BASE_NONE, FRAMENUM_TYPE(FT_FRAMENUM_RESPONSE), 0x0, "The frame that holds the response to this request", HFILL } },
    { &hf[14], { "Request in", "vs1.request_in", FT_FRAMENUM, BASE_NONE, FRAMENUM_TYPE(FT_FRAMENUM_REQUEST), 0x0, "The frame that holds the request this response answers", HFILL } },
    { &hf[15], { "Response time", "vs1.response_time", FT_RELATIVE_TIME, BASE_NONE, NULL, 0x0, "Time between the request and its response", HFILL } },
    { &hf[16], { "Request", "vs1.request", FT_UINT16, BASE_HEX, VALS(vs_message_star), 0x0, "The message type of the request this response answers", HFILL } },
    { &hf[17], { "Take picture (0x0201)", "vs1.acquire.take_picture", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[18], { "Pixel format", "vs1.acquire.take_picture.pixel_format", FT_UINT8, BASE_DEC, VALS(vs_pixel_format), 0x0, NULL, HFILL } },
    { &hf[19], { "Picture (0x8201)", "vs1.acquire.picture", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[20], { "Image", "vs1.acquire.picture.image", FT_NONE, BASE_NONE, NULL, 0x0, "An image with its geometry; pixel data follows the header.", HFILL } },
    { &hf[21], { "Image id", "vs1.acquire.picture.image.image_id", FT_UINT32, BASE_DEC, NULL, 0x0, "Increments with every image the camera takes.", HFILL } },
    { &hf[22], { "Timestamp (\302\265s)", "vs1.acquire.picture.image.timestamp_us", FT_UINT64, BASE_DEC, NULL, 0x0, "Acquisition time, microseconds since the Unix epoch.", HFILL } },
    { &hf[23], { "Width", "vs1.acquire.picture.image.width", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[24], { "Height", "vs1.acquire.picture.image.height", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[25], { "Pixel format", "vs1.acquire.picture.image.pixel_format", FT_UINT8, BASE_DEC, VALS(vs_pixel_format), 0x0, NULL, HFILL } },
    { &hf[26], { "Padding", "vs1.acquire.picture.image.pad0", FT_BYTES, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[27], { "Data length", "vs1.acquire.picture.image.data_length", FT_UINT32, BASE_DEC, NULL, 0x0, "At most 1280 x 1024 pixels of rgb8 (3 bytes each): the largest live size vs1kit serves (the sensor is 640 x 480), in colour.", HFILL } },
    { &hf[28], { "Data", "vs1.acquire.picture.image.data", FT_BYTES, BASE_NONE, NULL, 0x0, "width * height * bytes per pixel", HFILL } },
    { &hf[29], { "Start live (0x0202)", "vs1.acquire.start_live", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[30], { "Max fps", "vs1.acquire.start_live.max_fps", FT_UINT16, BASE_DEC, NULL, 0x0, "0 means as fast as the camera can.", HFILL } },
    { &hf[31], { "Pixel format", "vs1.acquire.start_live.pixel_format", FT_UINT8, BASE_DEC, VALS(vs_pixel_format), 0x0, NULL, HFILL } },
    { &hf[32], { "Live started (0x8202)", "vs1.acquire.live_started", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[33], { "Width", "vs1.acquire.live_started.width", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[34], { "Height", "vs1.acquire.live_started.height", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[35], { "Pixel format", "vs1.acquire.live_started.pixel_format", FT_UINT8, BASE_DEC, VALS(vs_pixel_format), 0x0, NULL, HFILL } },
    { &hf[36], { "Stop live (0x0203)", "vs1.acquire.stop_live", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[37], { "Live stopped (0x8203)", "vs1.acquire.live_stopped", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[38], { "Frames sent", "vs1.acquire.live_stopped.frames_sent", FT_UINT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[39], { "Frames skipped", "vs1.acquire.live_stopped.frames_skipped", FT_UINT32, BASE_DEC, NULL, 0x0, "Frames the camera skipped because the client was busy.", HFILL } },
    { &hf[40], { "Live frame (0x4201)", "vs1.acquire.live_frame", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[41], { "Frame", "vs1.acquire.live_frame.frame", FT_UINT32, BASE_DEC, NULL, 0x0, "Live frame counter since start_live.", HFILL } },
    { &hf[42], { "Image", "vs1.acquire.live_frame.image", FT_NONE, BASE_NONE, NULL, 0x0, "An image with its geometry; pixel data follows the header.", HFILL } },
    { &hf[43], { "Image id", "vs1.acquire.live_frame.image.image_id", FT_UINT32, BASE_DEC, NULL, 0x0, "Increments with every image the camera takes.", HFILL } },
    { &hf[44], { "Timestamp (\302\265s)", "vs1.acquire.live_frame.image.timestamp_us", FT_UINT64, BASE_DEC, NULL, 0x0, "Acquisition time, microseconds since the Unix epoch.", HFILL } },
    { &hf[45], { "Width", "vs1.acquire.live_frame.image.width", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[46], { "Height", "vs1.acquire.live_frame.image.height", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[47], { "Pixel format", "vs1.acquire.live_frame.image.pixel_format", FT_UINT8, BASE_DEC, VALS(vs_pixel_format), 0x0, NULL, HFILL } },
    { &hf[48], { "Padding", "vs1.acquire.live_frame.image.pad0", FT_BYTES, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[49], { "Data length", "vs1.acquire.live_frame.image.data_length", FT_UINT32, BASE_DEC, NULL, 0x0, "At most 1280 x 1024 pixels of rgb8 (3 bytes each): the largest live size vs1kit serves (the sensor is 640 x 480), in colour.", HFILL } },
    { &hf[50], { "Data", "vs1.acquire.live_frame.image.data", FT_BYTES, BASE_NONE, NULL, 0x0, "width * height * bytes per pixel", HFILL } },
    { &hf[51], { "Error reply (0x7fff)", "vs1.acquire.error_reply", FT_NONE, BASE_NONE, NULL, 0x0, "Sent instead of the expected reply when a request fails, on every port with this framing. Carries the request's seq.", HFILL } },
    { &hf[52], { "Status", "vs1.acquire.error_reply.status", FT_UINT16, BASE_DEC, VALS(vs_status_code), 0x0, NULL, HFILL } },
    { &hf[53], { "Request type", "vs1.acquire.error_reply.request_type", FT_UINT16, BASE_DEC, VALS(vs_message_code_star), 0x0, "Code of the failed request.", HFILL } },
    { &hf[54], { "Detail", "vs1.acquire.error_reply.detail", FT_STRING, BASE_NONE, NULL, 0x0, "Human-readable reason.", HFILL } },
    { &hf[55], { "Bind session (0x7f01)", "vs1.acquire.bind_session", FT_NONE, BASE_NONE, NULL, 0x0, "Binds this connection to a login session: the first request of a connection that will need one (access session or control). Only on the ports that list it in `uses:`. The proof must come from the session's login address; a connection is bound once (a second bind_session is refused with forbidden). Until bound, the connection has only the rights of anyone (access open).", HFILL } },
    { &hf[56], { "Auth", "vs1.acquire.bind_session.auth", FT_NONE, BASE_NONE, NULL, 0x0, "Proof that a message comes from the holder of a login session (see the login port): the first field of every message that acts for a session. mac = HMAC-SHA256(SessionKey, \"vs1-req\" | u16 port number in the spec | u16 message code | the message's payload with these 16 mac bytes zeroed), first 16 bytes. The camera accepts each counter of a session once (within a window of 64 below the highest seen) and only from the session's login address.", HFILL } },
    { &hf[57], { "Session", "vs1.acquire.bind_session.auth.session", FT_UINT32, BASE_DEC, NULL, 0x0, "The session's public handle from login_reply (0: none, anonymous).", HFILL } },
    { &hf[58], { "Counter", "vs1.acquire.bind_session.auth.counter", FT_UINT32, BASE_DEC, NULL, 0x0, "Chosen by the client, new for every proof of the session (a retry too); starts at 1.", HFILL } },
    { &hf[59], { "Mac", "vs1.acquire.bind_session.auth.mac", FT_BYTES, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[60], { "Bind ack (0xff01)", "vs1.acquire.bind_ack", FT_NONE, BASE_NONE, NULL, 0x0, "The connection is bound to the session; in_control says whether the session holds control now.", HFILL } },
    { &hf[61], { "Session", "vs1.acquire.bind_ack.session", FT_UINT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[62], { "In control", "vs1.acquire.bind_ack.in_control", FT_BOOLEAN, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[63], { "Announce (0x0901)", "vs1.announce.announce", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[64], { "Name", "vs1.announce.announce.name", FT_STRING, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[65], { "Model", "vs1.announce.announce.model", FT_STRING, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[66], { "Mac", "vs1.announce.announce.mac", FT_ETHER, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[67], { "Ip", "vs1.announce.announce.ip", FT_IPv4, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[68], { "Mask", "vs1.announce.announce.mask", FT_IPv4, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[69], { "Controller ip", "vs1.announce.announce.controller_ip", FT_IPv4, BASE_NONE, NULL, 0x0, "0.0.0.0 when nobody is in control.", HFILL } },
    { &hf[70], { "State", "vs1.announce.announce.state", FT_UINT8, BASE_DEC, VALS(vs_camera_state), 0x0, NULL, HFILL } },
    { &hf[71], { "Flags", "vs1.announce.announce.flags", FT_UINT8, BASE_HEX, NULL, 0x0, NULL, HFILL } },
    { &hf[72], { "Dhcp", "vs1.announce.announce.flags.dhcp", FT_BOOLEAN, 8, NULL, 0x1, NULL, HFILL } },
    { &hf[73], { "Job loaded", "vs1.announce.announce.flags.job_loaded", FT_BOOLEAN, 8, NULL, 0x2, NULL, HFILL } },
    { &hf[74], { "In control", "vs1.announce.announce.flags.in_control", FT_BOOLEAN, 8, NULL, 0x4, NULL, HFILL } },
    { &hf[75], { "Software version", "vs1.announce.announce.software_version", FT_STRING, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[76], { "Uptime (s)", "vs1.announce.announce.uptime_s", FT_UINT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[77], { "Inspections", "vs1.announce.announce.inspections", FT_UINT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[78], { "Passed", "vs1.announce.announce.passed", FT_UINT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[79], { "Failed", "vs1.announce.announce.failed", FT_UINT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[80], { "Job name", "vs1.announce.announce.job_name", FT_STRING, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[81], { "Discover (0x0902)", "vs1.announce.discover", FT_NONE, BASE_NONE, NULL, 0x0, "Ask cameras to announce now; they answer to the sender's address.", HFILL } },
    { &hf[82], { "Error reply (0x7fff)", "vs1.announce.error_reply", FT_NONE, BASE_NONE, NULL, 0x0, "Sent instead of the expected reply when a request fails, on every port with this framing. Carries the request's seq.", HFILL } },
    { &hf[83], { "Status", "vs1.announce.error_reply.status", FT_UINT16, BASE_DEC, VALS(vs_status_code), 0x0, NULL, HFILL } },
    { &hf[84], { "Request type", "vs1.announce.error_reply.request_type", FT_UINT16, BASE_DEC, VALS(vs_message_code_star), 0x0, "Code of the failed request.", HFILL } },
    { &hf[85], { "Detail", "vs1.announce.error_reply.detail", FT_STRING, BASE_NONE, NULL, 0x0, "Human-readable reason.", HFILL } },
    { &hf[86], { "List points (0x0101)", "vs1.io.list_points", FT_NONE, BASE_NONE, NULL, 0x0, "List every IO point with its kind, state and name.", HFILL } },
    { &hf[87], { "Point list (0x8101)", "vs1.io.point_list", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[88], { "Points count", "vs1.io.point_list.points_count", FT_UINT16, BASE_DEC, NULL, 0x0, "Number of points elements", HFILL } },
    { &hf[89], { "Points", "vs1.io.point_list.points", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[90], { "Point", "vs1.io.point_list.points.point", FT_UINT16, BASE_DEC, NULL, 0x0, "Point number: physical inputs first, then outputs, then virtual points.", HFILL } },
    { &hf[91], { "Kind", "vs1.io.point_list.points.kind", FT_UINT8, BASE_DEC, VALS(vs_io_kind), 0x0, NULL, HFILL } },
    { &hf[92], { "State", "vs1.io.point_list.points.state", FT_BOOLEAN, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[93], { "Name", "vs1.io.point_list.points.name", FT_STRING, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[94], { "Read points (0x0102)", "vs1.io.read_points", FT_NONE, BASE_NONE, NULL, 0x0, "Read the state of a contiguous range of points.", HFILL } },
    { &hf[95], { "First", "vs1.io.read_points.first", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[96], { "Count", "vs1.io.read_points.count", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[97], { "Point states (0x8102)", "vs1.io.point_states", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[98], { "First", "vs1.io.point_states.first", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[99], { "States count", "vs1.io.point_states.states_count", FT_UINT16, BASE_DEC, NULL, 0x0, "Number of states elements", HFILL } },
    { &hf[100], { "States", "vs1.io.point_states.states", FT_BOOLEAN, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[101], { "Write point (0x0103)", "vs1.io.write_point", FT_NONE, BASE_NONE, NULL, 0x0, "Set an output or virtual point; pulse_ms > 0 sets it back after that time.", HFILL } },
    { &hf[102], { "Point", "vs1.io.write_point.point", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[103], { "State", "vs1.io.write_point.state", FT_BOOLEAN, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[104], { "Pulse (ms)", "vs1.io.write_point.pulse_ms", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[105], { "Write ack (0x8103)", "vs1.io.write_ack", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[106], { "Point", "vs1.io.write_ack.point", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[107], { "State", "vs1.io.write_ack.state", FT_BOOLEAN, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[108], { "Subscribe (0x0104)", "vs1.io.subscribe", FT_NONE, BASE_NONE, NULL, 0x0, "Ask for io_changed events for the selected kinds of points.", HFILL } },
    { &hf[109], { "Kinds", "vs1.io.subscribe.kinds", FT_UINT8, BASE_HEX, NULL, 0x0, NULL, HFILL } },
    { &hf[110], { "Physical inputs", "vs1.io.subscribe.kinds.physical_inputs", FT_BOOLEAN, 8, NULL, 0x1, NULL, HFILL } },
    { &hf[111], { "Physical outputs", "vs1.io.subscribe.kinds.physical_outputs", FT_BOOLEAN, 8, NULL, 0x2, NULL, HFILL } },
    { &hf[112], { "Virtual", "vs1.io.subscribe.kinds.virtual", FT_BOOLEAN, 8, NULL, 0x4, NULL, HFILL } },
    { &hf[113], { "Subscribe ack (0x8104)", "vs1.io.subscribe_ack", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[114], { "Kinds", "vs1.io.subscribe_ack.kinds", FT_UINT8, BASE_HEX, NULL, 0x0, NULL, HFILL } },
    { &hf[115], { "Physical inputs", "vs1.io.subscribe_ack.kinds.physical_inputs", FT_BOOLEAN, 8, NULL, 0x1, NULL, HFILL } },
    { &hf[116], { "Physical outputs", "vs1.io.subscribe_ack.kinds.physical_outputs", FT_BOOLEAN, 8, NULL, 0x2, NULL, HFILL } },
    { &hf[117], { "Virtual", "vs1.io.subscribe_ack.kinds.virtual", FT_BOOLEAN, 8, NULL, 0x4, NULL, HFILL } },
    { &hf[118], { "Io changed (0x4101)", "vs1.io.io_changed", FT_NONE, BASE_NONE, NULL, 0x0, "A point changed state.", HFILL } },
    { &hf[119], { "Point", "vs1.io.io_changed.point", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[120], { "Kind", "vs1.io.io_changed.kind", FT_UINT8, BASE_DEC, VALS(vs_io_kind), 0x0, NULL, HFILL } },
    { &hf[121], { "State", "vs1.io.io_changed.state", FT_BOOLEAN, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[122], { "Timestamp (\302\265s)", "vs1.io.io_changed.timestamp_us", FT_UINT64, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[123], { "Error reply (0x7fff)", "vs1.io.error_reply", FT_NONE, BASE_NONE, NULL, 0x0, "Sent instead of the expected reply when a request fails, on every port with this framing. Carries the request's seq.", HFILL } },
    { &hf[124], { "Status", "vs1.io.error_reply.status", FT_UINT16, BASE_DEC, VALS(vs_status_code), 0x0, NULL, HFILL } },
    { &hf[125], { "Request type", "vs1.io.error_reply.request_type", FT_UINT16, BASE_DEC, VALS(vs_message_code_star), 0x0, "Code of the failed request.", HFILL } },
    { &hf[126], { "Detail", "vs1.io.error_reply.detail", FT_STRING, BASE_NONE, NULL, 0x0, "Human-readable reason.", HFILL } },
    { &hf[127], { "Bind session (0x7f01)", "vs1.io.bind_session", FT_NONE, BASE_NONE, NULL, 0x0, "Binds this connection to a login session: the first request of a connection that will need one (access session or control). Only on the ports that list it in `uses:`. The proof must come from the session's login address; a connection is bound once (a second bind_session is refused with forbidden). Until bound, the connection has only the rights of anyone (access open).", HFILL } },
    { &hf[128], { "Auth", "vs1.io.bind_session.auth", FT_NONE, BASE_NONE, NULL, 0x0, "Proof that a message comes from the holder of a login session (see the login port): the first field of every message that acts for a session. mac = HMAC-SHA256(SessionKey, \"vs1-req\" | u16 port number in the spec | u16 message code | the message's payload with these 16 mac bytes zeroed), first 16 bytes. The camera accepts each counter of a session once (within a window of 64 below the highest seen) and only from the session's login address.", HFILL } },
    { &hf[129], { "Session", "vs1.io.bind_session.auth.session", FT_UINT32, BASE_DEC, NULL, 0x0, "The session's public handle from login_reply (0: none, anonymous).", HFILL } },
    { &hf[130], { "Counter", "vs1.io.bind_session.auth.counter", FT_UINT32, BASE_DEC, NULL, 0x0, "Chosen by the client, new for every proof of the session (a retry too); starts at 1.", HFILL } },
    { &hf[131], { "Mac", "vs1.io.bind_session.auth.mac", FT_BYTES, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[132], { "Bind ack (0xff01)", "vs1.io.bind_ack", FT_NONE, BASE_NONE, NULL, 0x0, "The connection is bound to the session; in_control says whether the session holds control now.", HFILL } },
    { &hf[133], { "Session", "vs1.io.bind_ack.session", FT_UINT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[134], { "In control", "vs1.io.bind_ack.in_control", FT_BOOLEAN, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[135], { "Login start (0x0807)", "vs1.login.login_start", FT_NONE, BASE_NONE, NULL, 0x0, "First step of a login; refused with throttled while the source or the account waits.", HFILL } },
    { &hf[136], { "Client nonce", "vs1.login.login_start.client_nonce", FT_BYTES, BASE_NONE, NULL, 0x0, "Random bytes chosen by the client for this login.", HFILL } },
    { &hf[137], { "User", "vs1.login.login_start.user", FT_STRING, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[138], { "Login challenge (0x8807)", "vs1.login.login_challenge", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[139], { "Server nonce", "vs1.login.login_challenge.server_nonce", FT_BYTES, BASE_NONE, NULL, 0x0, "Random; single use, expires after about 10 s, valid only from the address login_start came from.", HFILL } },
    { &hf[140], { "Salt", "vs1.login.login_challenge.salt", FT_BYTES, BASE_NONE, NULL, 0x0, "The verifier's salt (a deterministic fake one for an unknown user).", HFILL } },
    { &hf[141], { "Iterations", "vs1.login.login_challenge.iterations", FT_UINT32, BASE_DEC, NULL, 0x0, "PBKDF2 iteration count of the verifier.", HFILL } },
    { &hf[142], { "Kdf", "vs1.login.login_challenge.kdf", FT_UINT8, BASE_DEC, VALS(vs_kdf), 0x0, NULL, HFILL } },
    { &hf[143], { "Login (0x0801)", "vs1.login.login", FT_NONE, BASE_NONE, NULL, 0x0, "Second step: the proof. SaltedPassword = PBKDF2-HMAC-SHA256(password, salt, iterations); ClientKey = HMAC(SaltedPassword, \"Client Key\"); StoredKey = SHA256(ClientKey); AuthMessage = \"vs1-login\" | u8 length | user (UTF-8) | client_nonce | server_nonce | salt | u32 iterations | u8 kdf | client IPv4 address as the camera sees it (4 bytes); proof = ClientKey XOR HMAC(StoredKey, AuthMessage). A wrong proof is refused with bad_password and counts as a failed login for the source and the account.", HFILL } },
    { &hf[144], { "Client nonce", "vs1.login.login.client_nonce", FT_BYTES, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[145], { "Server nonce", "vs1.login.login.server_nonce", FT_BYTES, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[146], { "Proof", "vs1.login.login.proof", FT_BYTES, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[147], { "User", "vs1.login.login.user", FT_STRING, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[148], { "Login reply (0x8801)", "vs1.login.login_reply", FT_NONE, BASE_NONE, NULL, 0x0, "server_signature = HMAC(ServerKey, AuthMessage) with ServerKey = HMAC(SaltedPassword, \"Server Key\"): the client refuses a camera whose signature is wrong. Both ends derive SessionKey = HMAC(ClientKey, \"vs1-session\" | AuthMessage); it never travels and is never printed.", HFILL } },
    { &hf[149], { "Session", "vs1.login.login_reply.session", FT_UINT32, BASE_DEC, NULL, 0x0, "Random, non-zero: a public handle, no credential.", HFILL } },
    { &hf[150], { "Timeout (s)", "vs1.login.login_reply.timeout_s", FT_UINT16, BASE_DEC, NULL, 0x0, "The session expires after this long without a request or heartbeat.", HFILL } },
    { &hf[151], { "Server signature", "vs1.login.login_reply.server_signature", FT_BYTES, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[152], { "Logout (0x0802)", "vs1.login.logout", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[153], { "Auth", "vs1.login.logout.auth", FT_NONE, BASE_NONE, NULL, 0x0, "Proof that a message comes from the holder of a login session (see the login port): the first field of every message that acts for a session. mac = HMAC-SHA256(SessionKey, \"vs1-req\" | u16 port number in the spec | u16 message code | the message's payload with these 16 mac bytes zeroed), first 16 bytes. The camera accepts each counter of a session once (within a window of 64 below the highest seen) and only from the session's login address.", HFILL } },
    { &hf[154], { "Session", "vs1.login.logout.auth.session", FT_UINT32, BASE_DEC, NULL, 0x0, "The session's public handle from login_reply (0: none, anonymous).", HFILL } },
    { &hf[155], { "Counter", "vs1.login.logout.auth.counter", FT_UINT32, BASE_DEC, NULL, 0x0, "Chosen by the client, new for every proof of the session (a retry too); starts at 1.", HFILL } },
    { &hf[156], { "Mac", "vs1.login.logout.auth.mac", FT_BYTES, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[157], { "Login ack (0x8802)", "vs1.login.login_ack", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[158], { "Session", "vs1.login.login_ack.session", FT_UINT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[159], { "Take control (0x0803)", "vs1.login.take_control", FT_NONE, BASE_NONE, NULL, 0x0, "Control stays with the session while a monitor of the session is alive; without one it is released after one heartbeat timeout.", HFILL } },
    { &hf[160], { "Auth", "vs1.login.take_control.auth", FT_NONE, BASE_NONE, NULL, 0x0, "Proof that a message comes from the holder of a login session (see the login port): the first field of every message that acts for a session. mac = HMAC-SHA256(SessionKey, \"vs1-req\" | u16 port number in the spec | u16 message code | the message's payload with these 16 mac bytes zeroed), first 16 bytes. The camera accepts each counter of a session once (within a window of 64 below the highest seen) and only from the session's login address.", HFILL } },
    { &hf[161], { "Session", "vs1.login.take_control.auth.session", FT_UINT32, BASE_DEC, NULL, 0x0, "The session's public handle from login_reply (0: none, anonymous).", HFILL } },
    { &hf[162], { "Counter", "vs1.login.take_control.auth.counter", FT_UINT32, BASE_DEC, NULL, 0x0, "Chosen by the client, new for every proof of the session (a retry too); starts at 1.", HFILL } },
    { &hf[163], { "Mac", "vs1.login.take_control.auth.mac", FT_BYTES, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[164], { "Release control (0x0804)", "vs1.login.release_control", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[165], { "Auth", "vs1.login.release_control.auth", FT_NONE, BASE_NONE, NULL, 0x0, "Proof that a message comes from the holder of a login session (see the login port): the first field of every message that acts for a session. mac = HMAC-SHA256(SessionKey, \"vs1-req\" | u16 port number in the spec | u16 message code | the message's payload with these 16 mac bytes zeroed), first 16 bytes. The camera accepts each counter of a session once (within a window of 64 below the highest seen) and only from the session's login address.", HFILL } },
    { &hf[166], { "Session", "vs1.login.release_control.auth.session", FT_UINT32, BASE_DEC, NULL, 0x0, "The session's public handle from login_reply (0: none, anonymous).", HFILL } },
    { &hf[167], { "Counter", "vs1.login.release_control.auth.counter", FT_UINT32, BASE_DEC, NULL, 0x0, "Chosen by the client, new for every proof of the session (a retry too); starts at 1.", HFILL } },
    { &hf[168], { "Mac", "vs1.login.release_control.auth.mac", FT_BYTES, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[169], { "Control reply (0x8803)", "vs1.login.control_reply", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[170], { "In control", "vs1.login.control_reply.in_control", FT_BOOLEAN, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[171], { "Holder ip", "vs1.login.control_reply.holder_ip", FT_IPv4, BASE_NONE, NULL, 0x0, "Address of the client in control (0.0.0.0 for none).", HFILL } },
    { &hf[172], { "Get network (0x0805)", "vs1.login.get_network", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[173], { "Network params (0x8805)", "vs1.login.network_params", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[174], { "Mac", "vs1.login.network_params.mac", FT_ETHER, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[175], { "Config", "vs1.login.network_params.config", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[176], { "Dhcp", "vs1.login.network_params.config.dhcp", FT_BOOLEAN, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[177], { "Ip", "vs1.login.network_params.config.ip", FT_IPv4, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[178], { "Mask", "vs1.login.network_params.config.mask", FT_IPv4, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[179], { "Gateway", "vs1.login.network_params.config.gateway", FT_IPv4, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[180], { "Name", "vs1.login.network_params.config.name", FT_STRING, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[181], { "Set network (0x0806)", "vs1.login.set_network", FT_NONE, BASE_NONE, NULL, 0x0, "Change the network parameters; applied after the reply is sent.", HFILL } },
    { &hf[182], { "Auth", "vs1.login.set_network.auth", FT_NONE, BASE_NONE, NULL, 0x0, "Proof that a message comes from the holder of a login session (see the login port): the first field of every message that acts for a session. mac = HMAC-SHA256(SessionKey, \"vs1-req\" | u16 port number in the spec | u16 message code | the message's payload with these 16 mac bytes zeroed), first 16 bytes. The camera accepts each counter of a session once (within a window of 64 below the highest seen) and only from the session's login address.", HFILL } },
    { &hf[183], { "Session", "vs1.login.set_network.auth.session", FT_UINT32, BASE_DEC, NULL, 0x0, "The session's public handle from login_reply (0: none, anonymous).", HFILL } },
    { &hf[184], { "Counter", "vs1.login.set_network.auth.counter", FT_UINT32, BASE_DEC, NULL, 0x0, "Chosen by the client, new for every proof of the session (a retry too); starts at 1.", HFILL } },
    { &hf[185], { "Mac", "vs1.login.set_network.auth.mac", FT_BYTES, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[186], { "Config", "vs1.login.set_network.config", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[187], { "Dhcp", "vs1.login.set_network.config.dhcp", FT_BOOLEAN, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[188], { "Ip", "vs1.login.set_network.config.ip", FT_IPv4, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[189], { "Mask", "vs1.login.set_network.config.mask", FT_IPv4, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[190], { "Gateway", "vs1.login.set_network.config.gateway", FT_IPv4, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[191], { "Name", "vs1.login.set_network.config.name", FT_STRING, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[192], { "Error reply (0x7fff)", "vs1.login.error_reply", FT_NONE, BASE_NONE, NULL, 0x0, "Sent instead of the expected reply when a request fails, on every port with this framing. Carries the request's seq.", HFILL } },
    { &hf[193], { "Status", "vs1.login.error_reply.status", FT_UINT16, BASE_DEC, VALS(vs_status_code), 0x0, NULL, HFILL } },
    { &hf[194], { "Request type", "vs1.login.error_reply.request_type", FT_UINT16, BASE_DEC, VALS(vs_message_code_star), 0x0, "Code of the failed request.", HFILL } },
    { &hf[195], { "Detail", "vs1.login.error_reply.detail", FT_STRING, BASE_NONE, NULL, 0x0, "Human-readable reason.", HFILL } },
    { &hf[196], { "Hello (0x0401)", "vs1.monitor.hello", FT_NONE, BASE_NONE, NULL, 0x0, "Opens the monitor for a session (auth proves it, from the session's login address) or, with session 0, an anonymous one. Said once per monitor connection.", HFILL } },
    { &hf[197], { "Auth", "vs1.monitor.hello.auth", FT_NONE, BASE_NONE, NULL, 0x0, "Proof that a message comes from the holder of a login session (see the login port): the first field of every message that acts for a session. mac = HMAC-SHA256(SessionKey, \"vs1-req\" | u16 port number in the spec | u16 message code | the message's payload with these 16 mac bytes zeroed), first 16 bytes. The camera accepts each counter of a session once (within a window of 64 below the highest seen) and only from the session's login address.", HFILL } },
    { &hf[198], { "Session", "vs1.monitor.hello.auth.session", FT_UINT32, BASE_DEC, NULL, 0x0, "The session's public handle from login_reply (0: none, anonymous).", HFILL } },
    { &hf[199], { "Counter", "vs1.monitor.hello.auth.counter", FT_UINT32, BASE_DEC, NULL, 0x0, "Chosen by the client, new for every proof of the session (a retry too); starts at 1.", HFILL } },
    { &hf[200], { "Mac", "vs1.monitor.hello.auth.mac", FT_BYTES, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[201], { "Interval (ms)", "vs1.monitor.hello.interval_ms", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[202], { "Client name", "vs1.monitor.hello.client_name", FT_STRING, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[203], { "Hello ack (0x8401)", "vs1.monitor.hello_ack", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[204], { "Monitor id", "vs1.monitor.hello_ack.monitor_id", FT_UINT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[205], { "Interval (ms)", "vs1.monitor.hello_ack.interval_ms", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[206], { "Timeout (ms)", "vs1.monitor.hello_ack.timeout_ms", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[207], { "Watch (0x0402)", "vs1.monitor.watch", FT_NONE, BASE_NONE, NULL, 0x0, "Watch the client's connection from client_port (on the monitor's own address) to camera port. Only a connection of the monitor's own session (see the port); otherwise forbidden, the same answer whether or not such a connection exists (no oracle for port guessing).", HFILL } },
    { &hf[208], { "Port", "vs1.monitor.watch.port", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[209], { "Client port", "vs1.monitor.watch.client_port", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[210], { "Watch ack (0x8402)", "vs1.monitor.watch_ack", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[211], { "Watched", "vs1.monitor.watch_ack.watched", FT_UINT16, BASE_DEC, NULL, 0x0, "Connections now watched by this monitor.", HFILL } },
    { &hf[212], { "Heartbeat (0x0403)", "vs1.monitor.heartbeat", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[213], { "Counter", "vs1.monitor.heartbeat.counter", FT_UINT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[214], { "Uptime (ms)", "vs1.monitor.heartbeat.uptime_ms", FT_UINT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[215], { "Goodbye (0x0404)", "vs1.monitor.goodbye", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[216], { "Reason", "vs1.monitor.goodbye.reason", FT_UINT8, BASE_DEC, VALS(vs_goodbye_reason), 0x0, NULL, HFILL } },
    { &hf[217], { "Error reply (0x7fff)", "vs1.monitor.error_reply", FT_NONE, BASE_NONE, NULL, 0x0, "Sent instead of the expected reply when a request fails, on every port with this framing. Carries the request's seq.", HFILL } },
    { &hf[218], { "Status", "vs1.monitor.error_reply.status", FT_UINT16, BASE_DEC, VALS(vs_status_code), 0x0, NULL, HFILL } },
    { &hf[219], { "Request type", "vs1.monitor.error_reply.request_type", FT_UINT16, BASE_DEC, VALS(vs_message_code_star), 0x0, "Code of the failed request.", HFILL } },
    { &hf[220], { "Detail", "vs1.monitor.error_reply.detail", FT_STRING, BASE_NONE, NULL, 0x0, "Human-readable reason.", HFILL } },
    { &hf[221], { "Partq info (0x0601)", "vs1.partq.partq_info", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[222], { "Partq status (0x8601)", "vs1.partq.partq_status", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[223], { "Depth", "vs1.partq.partq_status.depth", FT_UINT32, BASE_DEC, NULL, 0x0, "Capacity in records.", HFILL } },
    { &hf[224], { "Count", "vs1.partq.partq_status.count", FT_UINT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[225], { "Oldest", "vs1.partq.partq_status.oldest", FT_UINT32, BASE_DEC, NULL, 0x0, "Inspection number of the oldest record held (0 when empty).", HFILL } },
    { &hf[226], { "Newest", "vs1.partq.partq_status.newest", FT_UINT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[227], { "Fetch range (0x0602)", "vs1.partq.fetch_range", FT_NONE, BASE_NONE, NULL, 0x0, "Records with first <= inspection <= last, at most max_records of them.", HFILL } },
    { &hf[228], { "First", "vs1.partq.fetch_range.first", FT_UINT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[229], { "Last", "vs1.partq.fetch_range.last", FT_UINT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[230], { "Max records", "vs1.partq.fetch_range.max_records", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[231], { "Options", "vs1.partq.fetch_range.options", FT_UINT8, BASE_HEX, NULL, 0x0, NULL, HFILL } },
    { &hf[232], { "Include image", "vs1.partq.fetch_range.options.include_image", FT_BOOLEAN, 8, NULL, 0x1, NULL, HFILL } },
    { &hf[233], { "Fetch latest (0x0603)", "vs1.partq.fetch_latest", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[234], { "Count", "vs1.partq.fetch_latest.count", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[235], { "Options", "vs1.partq.fetch_latest.options", FT_UINT8, BASE_HEX, NULL, 0x0, NULL, HFILL } },
    { &hf[236], { "Include image", "vs1.partq.fetch_latest.options.include_image", FT_BOOLEAN, 8, NULL, 0x1, NULL, HFILL } },
    { &hf[237], { "Partq records (0x8602)", "vs1.partq.partq_records", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[238], { "More", "vs1.partq.partq_records.more", FT_BOOLEAN, BASE_NONE, NULL, 0x0, "More records matched than were sent.", HFILL } },
    { &hf[239], { "Datums count", "vs1.partq.partq_records.datums_count", FT_UINT8, BASE_DEC, NULL, 0x0, "Number of datums elements", HFILL } },
    { &hf[240], { "Datums", "vs1.partq.partq_records.datums", FT_NONE, BASE_NONE, NULL, 0x0, "A datum of a report connection.", HFILL } },
    { &hf[241], { "Datum id", "vs1.partq.partq_records.datums.datum_id", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[242], { "Type", "vs1.partq.partq_records.datums.type", FT_UINT8, BASE_DEC, VALS(vs_datum_type), 0x0, NULL, HFILL } },
    { &hf[243], { "Path", "vs1.partq.partq_records.datums.path", FT_STRING, BASE_NONE, NULL, 0x0, "Datum path in the job, e.g. Snapshot1.BufOut", HFILL } },
    { &hf[244], { "Records count", "vs1.partq.partq_records.records_count", FT_UINT16, BASE_DEC, NULL, 0x0, "Number of records elements", HFILL } },
    { &hf[245], { "Records", "vs1.partq.partq_records.records", FT_NONE, BASE_NONE, NULL, 0x0, "One inspection's report record.", HFILL } },
    { &hf[246], { "Inspection", "vs1.partq.partq_records.records.inspection", FT_UINT32, BASE_DEC, NULL, 0x0, "Inspection counter; consecutive for a lossless connection.", HFILL } },
    { &hf[247], { "Timestamp (\302\265s)", "vs1.partq.partq_records.records.timestamp_us", FT_UINT64, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[248], { "Flags", "vs1.partq.partq_records.records.flags", FT_UINT8, BASE_HEX, NULL, 0x0, NULL, HFILL } },
    { &hf[249], { "Passed", "vs1.partq.partq_records.records.flags.passed", FT_BOOLEAN, 8, NULL, 0x1, NULL, HFILL } },
    { &hf[250], { "Has image", "vs1.partq.partq_records.records.flags.has_image", FT_BOOLEAN, 8, NULL, 0x2, NULL, HFILL } },
    { &hf[251], { "Backfilled", "vs1.partq.partq_records.records.flags.backfilled", FT_BOOLEAN, 8, NULL, 0x4, NULL, HFILL } },
    { &hf[252], { "Datums count", "vs1.partq.partq_records.records.datums_count", FT_UINT16, BASE_DEC, NULL, 0x0, "Number of datums elements", HFILL } },
    { &hf[253], { "Datums", "vs1.partq.partq_records.records.datums", FT_NONE, BASE_NONE, NULL, 0x0, "The datums of its report (a report names at most 255).", HFILL } },
    { &hf[254], { "Datum id", "vs1.partq.partq_records.records.datums.datum_id", FT_UINT16, BASE_DEC, NULL, 0x0, "Id assigned when the datum was added to the report.", HFILL } },
    { &hf[255], { "Type", "vs1.partq.partq_records.records.datums.type", FT_UINT8, BASE_DEC, VALS(vs_datum_type), 0x0, NULL, HFILL } },
    { &hf[256], { "Value (int32)", "vs1.partq.partq_records.records.datums.value.int32", FT_INT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[257], { "Value (uint32)", "vs1.partq.partq_records.records.datums.value.uint32", FT_UINT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[258], { "Value (float64)", "vs1.partq.partq_records.records.datums.value.float64", FT_DOUBLE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[259], { "Value (bool)", "vs1.partq.partq_records.records.datums.value.bool", FT_BOOLEAN, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[260], { "Value (string)", "vs1.partq.partq_records.records.datums.value.string", FT_STRING, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[261], { "Value (point2d)", "vs1.partq.partq_records.records.datums.value.point2d", FT_NONE, BASE_NONE, NULL, 0x0, "A position in image coordinates (pixels).", HFILL } },
    { &hf[262], { "X", "vs1.partq.partq_records.records.datums.value.point2d.x", FT_FLOAT, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[263], { "Y", "vs1.partq.partq_records.records.datums.value.point2d.y", FT_FLOAT, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[264], { "Image", "vs1.partq.partq_records.records.image", FT_NONE, BASE_NONE, NULL, 0x0, "An image with its geometry; pixel data follows the header.", HFILL } },
    { &hf[265], { "Image id", "vs1.partq.partq_records.records.image.image_id", FT_UINT32, BASE_DEC, NULL, 0x0, "Increments with every image the camera takes.", HFILL } },
    { &hf[266], { "Timestamp (\302\265s)", "vs1.partq.partq_records.records.image.timestamp_us", FT_UINT64, BASE_DEC, NULL, 0x0, "Acquisition time, microseconds since the Unix epoch.", HFILL } },
    { &hf[267], { "Width", "vs1.partq.partq_records.records.image.width", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[268], { "Height", "vs1.partq.partq_records.records.image.height", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[269], { "Pixel format", "vs1.partq.partq_records.records.image.pixel_format", FT_UINT8, BASE_DEC, VALS(vs_pixel_format), 0x0, NULL, HFILL } },
    { &hf[270], { "Padding", "vs1.partq.partq_records.records.image.pad0", FT_BYTES, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[271], { "Data length", "vs1.partq.partq_records.records.image.data_length", FT_UINT32, BASE_DEC, NULL, 0x0, "At most 1280 x 1024 pixels of rgb8 (3 bytes each): the largest live size vs1kit serves (the sensor is 640 x 480), in colour.", HFILL } },
    { &hf[272], { "Data", "vs1.partq.partq_records.records.image.data", FT_BYTES, BASE_NONE, NULL, 0x0, "width * height * bytes per pixel", HFILL } },
    { &hf[273], { "Error reply (0x7fff)", "vs1.partq.error_reply", FT_NONE, BASE_NONE, NULL, 0x0, "Sent instead of the expected reply when a request fails, on every port with this framing. Carries the request's seq.", HFILL } },
    { &hf[274], { "Status", "vs1.partq.error_reply.status", FT_UINT16, BASE_DEC, VALS(vs_status_code), 0x0, NULL, HFILL } },
    { &hf[275], { "Request type", "vs1.partq.error_reply.request_type", FT_UINT16, BASE_DEC, VALS(vs_message_code_star), 0x0, "Code of the failed request.", HFILL } },
    { &hf[276], { "Detail", "vs1.partq.error_reply.detail", FT_STRING, BASE_NONE, NULL, 0x0, "Human-readable reason.", HFILL } },
    { &hf[277], { "Bind session (0x7f01)", "vs1.partq.bind_session", FT_NONE, BASE_NONE, NULL, 0x0, "Binds this connection to a login session: the first request of a connection that will need one (access session or control). Only on the ports that list it in `uses:`. The proof must come from the session's login address; a connection is bound once (a second bind_session is refused with forbidden). Until bound, the connection has only the rights of anyone (access open).", HFILL } },
    { &hf[278], { "Auth", "vs1.partq.bind_session.auth", FT_NONE, BASE_NONE, NULL, 0x0, "Proof that a message comes from the holder of a login session (see the login port): the first field of every message that acts for a session. mac = HMAC-SHA256(SessionKey, \"vs1-req\" | u16 port number in the spec | u16 message code | the message's payload with these 16 mac bytes zeroed), first 16 bytes. The camera accepts each counter of a session once (within a window of 64 below the highest seen) and only from the session's login address.", HFILL } },
    { &hf[279], { "Session", "vs1.partq.bind_session.auth.session", FT_UINT32, BASE_DEC, NULL, 0x0, "The session's public handle from login_reply (0: none, anonymous).", HFILL } },
    { &hf[280], { "Counter", "vs1.partq.bind_session.auth.counter", FT_UINT32, BASE_DEC, NULL, 0x0, "Chosen by the client, new for every proof of the session (a retry too); starts at 1.", HFILL } },
    { &hf[281], { "Mac", "vs1.partq.bind_session.auth.mac", FT_BYTES, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[282], { "Bind ack (0xff01)", "vs1.partq.bind_ack", FT_NONE, BASE_NONE, NULL, 0x0, "The connection is bound to the session; in_control says whether the session holds control now.", HFILL } },
    { &hf[283], { "Session", "vs1.partq.bind_ack.session", FT_UINT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[284], { "In control", "vs1.partq.bind_ack.in_control", FT_BOOLEAN, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[285], { "Set rate (0x0701)", "vs1.report_control.set_rate", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[286], { "Report id", "vs1.report_control.set_rate.report_id", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[287], { "Rate (Hz)", "vs1.report_control.set_rate.rate_hz", FT_FLOAT, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[288], { "Control ack (0x8701)", "vs1.report_control.control_ack", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[289], { "Report id", "vs1.report_control.control_ack.report_id", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[290], { "Add datums (0x0702)", "vs1.report_control.add_datums", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[291], { "Report id", "vs1.report_control.add_datums.report_id", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[292], { "Paths count", "vs1.report_control.add_datums.paths_count", FT_UINT8, BASE_DEC, NULL, 0x0, "Number of paths elements", HFILL } },
    { &hf[293], { "Paths", "vs1.report_control.add_datums.paths", FT_STRING, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[294], { "Remove datums (0x0703)", "vs1.report_control.remove_datums", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[295], { "Report id", "vs1.report_control.remove_datums.report_id", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[296], { "Datum ids count", "vs1.report_control.remove_datums.datum_ids_count", FT_UINT8, BASE_DEC, NULL, 0x0, "Number of datum_ids elements", HFILL } },
    { &hf[297], { "Datum ids", "vs1.report_control.remove_datums.datum_ids", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[298], { "List datums (0x0704)", "vs1.report_control.list_datums", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[299], { "Report id", "vs1.report_control.list_datums.report_id", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[300], { "Datum list (0x8702)", "vs1.report_control.datum_list", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[301], { "Report id", "vs1.report_control.datum_list.report_id", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[302], { "Datums count", "vs1.report_control.datum_list.datums_count", FT_UINT8, BASE_DEC, NULL, 0x0, "Number of datums elements", HFILL } },
    { &hf[303], { "Datums", "vs1.report_control.datum_list.datums", FT_NONE, BASE_NONE, NULL, 0x0, "A datum of a report connection.", HFILL } },
    { &hf[304], { "Datum id", "vs1.report_control.datum_list.datums.datum_id", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[305], { "Type", "vs1.report_control.datum_list.datums.type", FT_UINT8, BASE_DEC, VALS(vs_datum_type), 0x0, NULL, HFILL } },
    { &hf[306], { "Path", "vs1.report_control.datum_list.datums.path", FT_STRING, BASE_NONE, NULL, 0x0, "Datum path in the job, e.g. Snapshot1.BufOut", HFILL } },
    { &hf[307], { "List reports (0x0705)", "vs1.report_control.list_reports", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[308], { "Report list (0x8705)", "vs1.report_control.report_list", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[309], { "Reports count", "vs1.report_control.report_list.reports_count", FT_UINT16, BASE_DEC, NULL, 0x0, "Number of reports elements", HFILL } },
    { &hf[310], { "Reports", "vs1.report_control.report_list.reports", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[311], { "Report id", "vs1.report_control.report_list.reports.report_id", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[312], { "Mode", "vs1.report_control.report_list.reports.mode", FT_UINT8, BASE_DEC, VALS(vs_report_mode), 0x0, NULL, HFILL } },
    { &hf[313], { "State", "vs1.report_control.report_list.reports.state", FT_UINT8, BASE_HEX, NULL, 0x0, NULL, HFILL } },
    { &hf[314], { "Paused", "vs1.report_control.report_list.reports.state.paused", FT_BOOLEAN, 8, NULL, 0x1, NULL, HFILL } },
    { &hf[315], { "Include image", "vs1.report_control.report_list.reports.state.include_image", FT_BOOLEAN, 8, NULL, 0x2, NULL, HFILL } },
    { &hf[316], { "Rate (Hz)", "vs1.report_control.report_list.reports.rate_hz", FT_FLOAT, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[317], { "Datum count", "vs1.report_control.report_list.reports.datum_count", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[318], { "Delivered", "vs1.report_control.report_list.reports.delivered", FT_UINT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[319], { "Dropped", "vs1.report_control.report_list.reports.dropped", FT_UINT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[320], { "Pause report (0x0706)", "vs1.report_control.pause_report", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[321], { "Report id", "vs1.report_control.pause_report.report_id", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[322], { "Resume report (0x0707)", "vs1.report_control.resume_report", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[323], { "Report id", "vs1.report_control.resume_report.report_id", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[324], { "Error reply (0x7fff)", "vs1.report_control.error_reply", FT_NONE, BASE_NONE, NULL, 0x0, "Sent instead of the expected reply when a request fails, on every port with this framing. Carries the request's seq.", HFILL } },
    { &hf[325], { "Status", "vs1.report_control.error_reply.status", FT_UINT16, BASE_DEC, VALS(vs_status_code), 0x0, NULL, HFILL } },
    { &hf[326], { "Request type", "vs1.report_control.error_reply.request_type", FT_UINT16, BASE_DEC, VALS(vs_message_code_star), 0x0, "Code of the failed request.", HFILL } },
    { &hf[327], { "Detail", "vs1.report_control.error_reply.detail", FT_STRING, BASE_NONE, NULL, 0x0, "Human-readable reason.", HFILL } },
    { &hf[328], { "Bind session (0x7f01)", "vs1.report_control.bind_session", FT_NONE, BASE_NONE, NULL, 0x0, "Binds this connection to a login session: the first request of a connection that will need one (access session or control). Only on the ports that list it in `uses:`. The proof must come from the session's login address; a connection is bound once (a second bind_session is refused with forbidden). Until bound, the connection has only the rights of anyone (access open).", HFILL } },
    { &hf[329], { "Auth", "vs1.report_control.bind_session.auth", FT_NONE, BASE_NONE, NULL, 0x0, "Proof that a message comes from the holder of a login session (see the login port): the first field of every message that acts for a session. mac = HMAC-SHA256(SessionKey, \"vs1-req\" | u16 port number in the spec | u16 message code | the message's payload with these 16 mac bytes zeroed), first 16 bytes. The camera accepts each counter of a session once (within a window of 64 below the highest seen) and only from the session's login address.", HFILL } },
    { &hf[330], { "Session", "vs1.report_control.bind_session.auth.session", FT_UINT32, BASE_DEC, NULL, 0x0, "The session's public handle from login_reply (0: none, anonymous).", HFILL } },
    { &hf[331], { "Counter", "vs1.report_control.bind_session.auth.counter", FT_UINT32, BASE_DEC, NULL, 0x0, "Chosen by the client, new for every proof of the session (a retry too); starts at 1.", HFILL } },
    { &hf[332], { "Mac", "vs1.report_control.bind_session.auth.mac", FT_BYTES, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[333], { "Bind ack (0xff01)", "vs1.report_control.bind_ack", FT_NONE, BASE_NONE, NULL, 0x0, "The connection is bound to the session; in_control says whether the session holds control now.", HFILL } },
    { &hf[334], { "Session", "vs1.report_control.bind_ack.session", FT_UINT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[335], { "In control", "vs1.report_control.bind_ack.in_control", FT_BOOLEAN, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[336], { "Open report (0x0501)", "vs1.reports.open_report", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[337], { "Report id", "vs1.reports.open_report.report_id", FT_UINT16, BASE_DEC, NULL, 0x0, "Chosen by the client; unique on its connection.", HFILL } },
    { &hf[338], { "Mode", "vs1.reports.open_report.mode", FT_UINT8, BASE_DEC, VALS(vs_report_mode), 0x0, NULL, HFILL } },
    { &hf[339], { "Options", "vs1.reports.open_report.options", FT_UINT8, BASE_HEX, NULL, 0x0, NULL, HFILL } },
    { &hf[340], { "Include image", "vs1.reports.open_report.options.include_image", FT_BOOLEAN, 8, NULL, 0x1, NULL, HFILL } },
    { &hf[341], { "Rate (Hz)", "vs1.reports.open_report.rate_hz", FT_FLOAT, BASE_NONE, NULL, 0x0, "Records per second for lossy reports; ignored for lossless.", HFILL } },
    { &hf[342], { "Datums count", "vs1.reports.open_report.datums_count", FT_UINT8, BASE_DEC, NULL, 0x0, "Number of datums elements", HFILL } },
    { &hf[343], { "Datums", "vs1.reports.open_report.datums", FT_STRING, BASE_NONE, NULL, 0x0, "Datum paths, e.g. Snapshot1.BufOut", HFILL } },
    { &hf[344], { "Report opened (0x8501)", "vs1.reports.report_opened", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[345], { "Report id", "vs1.reports.report_opened.report_id", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[346], { "Next inspection", "vs1.reports.report_opened.next_inspection", FT_UINT32, BASE_DEC, NULL, 0x0, "Inspection number of the first record to come.", HFILL } },
    { &hf[347], { "Datums count", "vs1.reports.report_opened.datums_count", FT_UINT8, BASE_DEC, NULL, 0x0, "Number of datums elements", HFILL } },
    { &hf[348], { "Datums", "vs1.reports.report_opened.datums", FT_NONE, BASE_NONE, NULL, 0x0, "A datum of a report connection.", HFILL } },
    { &hf[349], { "Datum id", "vs1.reports.report_opened.datums.datum_id", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[350], { "Type", "vs1.reports.report_opened.datums.type", FT_UINT8, BASE_DEC, VALS(vs_datum_type), 0x0, NULL, HFILL } },
    { &hf[351], { "Path", "vs1.reports.report_opened.datums.path", FT_STRING, BASE_NONE, NULL, 0x0, "Datum path in the job, e.g. Snapshot1.BufOut", HFILL } },
    { &hf[352], { "Close report (0x0502)", "vs1.reports.close_report", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[353], { "Report id", "vs1.reports.close_report.report_id", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[354], { "Report closed (0x8502)", "vs1.reports.report_closed", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[355], { "Report id", "vs1.reports.report_closed.report_id", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[356], { "Delivered", "vs1.reports.report_closed.delivered", FT_UINT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[357], { "Dropped", "vs1.reports.report_closed.dropped", FT_UINT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[358], { "Report record (0x4501)", "vs1.reports.report_record", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[359], { "Report id", "vs1.reports.report_record.report_id", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[360], { "Dropped before", "vs1.reports.report_record.dropped_before", FT_UINT32, BASE_DEC, NULL, 0x0, "Records this lossy report dropped since the previous one.", HFILL } },
    { &hf[361], { "Record", "vs1.reports.report_record.record", FT_NONE, BASE_NONE, NULL, 0x0, "One inspection's report record.", HFILL } },
    { &hf[362], { "Inspection", "vs1.reports.report_record.record.inspection", FT_UINT32, BASE_DEC, NULL, 0x0, "Inspection counter; consecutive for a lossless connection.", HFILL } },
    { &hf[363], { "Timestamp (\302\265s)", "vs1.reports.report_record.record.timestamp_us", FT_UINT64, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[364], { "Flags", "vs1.reports.report_record.record.flags", FT_UINT8, BASE_HEX, NULL, 0x0, NULL, HFILL } },
    { &hf[365], { "Passed", "vs1.reports.report_record.record.flags.passed", FT_BOOLEAN, 8, NULL, 0x1, NULL, HFILL } },
    { &hf[366], { "Has image", "vs1.reports.report_record.record.flags.has_image", FT_BOOLEAN, 8, NULL, 0x2, NULL, HFILL } },
    { &hf[367], { "Backfilled", "vs1.reports.report_record.record.flags.backfilled", FT_BOOLEAN, 8, NULL, 0x4, NULL, HFILL } },
    { &hf[368], { "Datums count", "vs1.reports.report_record.record.datums_count", FT_UINT16, BASE_DEC, NULL, 0x0, "Number of datums elements", HFILL } },
    { &hf[369], { "Datums", "vs1.reports.report_record.record.datums", FT_NONE, BASE_NONE, NULL, 0x0, "The datums of its report (a report names at most 255).", HFILL } },
    { &hf[370], { "Datum id", "vs1.reports.report_record.record.datums.datum_id", FT_UINT16, BASE_DEC, NULL, 0x0, "Id assigned when the datum was added to the report.", HFILL } },
    { &hf[371], { "Type", "vs1.reports.report_record.record.datums.type", FT_UINT8, BASE_DEC, VALS(vs_datum_type), 0x0, NULL, HFILL } },
    { &hf[372], { "Value (int32)", "vs1.reports.report_record.record.datums.value.int32", FT_INT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[373], { "Value (uint32)", "vs1.reports.report_record.record.datums.value.uint32", FT_UINT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[374], { "Value (float64)", "vs1.reports.report_record.record.datums.value.float64", FT_DOUBLE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[375], { "Value (bool)", "vs1.reports.report_record.record.datums.value.bool", FT_BOOLEAN, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[376], { "Value (string)", "vs1.reports.report_record.record.datums.value.string", FT_STRING, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[377], { "Value (point2d)", "vs1.reports.report_record.record.datums.value.point2d", FT_NONE, BASE_NONE, NULL, 0x0, "A position in image coordinates (pixels).", HFILL } },
    { &hf[378], { "X", "vs1.reports.report_record.record.datums.value.point2d.x", FT_FLOAT, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[379], { "Y", "vs1.reports.report_record.record.datums.value.point2d.y", FT_FLOAT, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[380], { "Image", "vs1.reports.report_record.record.image", FT_NONE, BASE_NONE, NULL, 0x0, "An image with its geometry; pixel data follows the header.", HFILL } },
    { &hf[381], { "Image id", "vs1.reports.report_record.record.image.image_id", FT_UINT32, BASE_DEC, NULL, 0x0, "Increments with every image the camera takes.", HFILL } },
    { &hf[382], { "Timestamp (\302\265s)", "vs1.reports.report_record.record.image.timestamp_us", FT_UINT64, BASE_DEC, NULL, 0x0, "Acquisition time, microseconds since the Unix epoch.", HFILL } },
    { &hf[383], { "Width", "vs1.reports.report_record.record.image.width", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[384], { "Height", "vs1.reports.report_record.record.image.height", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[385], { "Pixel format", "vs1.reports.report_record.record.image.pixel_format", FT_UINT8, BASE_DEC, VALS(vs_pixel_format), 0x0, NULL, HFILL } },
    { &hf[386], { "Padding", "vs1.reports.report_record.record.image.pad0", FT_BYTES, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[387], { "Data length", "vs1.reports.report_record.record.image.data_length", FT_UINT32, BASE_DEC, NULL, 0x0, "At most 1280 x 1024 pixels of rgb8 (3 bytes each): the largest live size vs1kit serves (the sensor is 640 x 480), in colour.", HFILL } },
    { &hf[388], { "Data", "vs1.reports.report_record.record.image.data", FT_BYTES, BASE_NONE, NULL, 0x0, "width * height * bytes per pixel", HFILL } },
    { &hf[389], { "Record ack (0x0503)", "vs1.reports.record_ack", FT_NONE, BASE_NONE, NULL, 0x0, "Lossless flow control; the camera's inspection waits for this (bounded by a timeout).", HFILL } },
    { &hf[390], { "Report id", "vs1.reports.record_ack.report_id", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[391], { "Inspection", "vs1.reports.record_ack.inspection", FT_UINT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[392], { "Error reply (0x7fff)", "vs1.reports.error_reply", FT_NONE, BASE_NONE, NULL, 0x0, "Sent instead of the expected reply when a request fails, on every port with this framing. Carries the request's seq.", HFILL } },
    { &hf[393], { "Status", "vs1.reports.error_reply.status", FT_UINT16, BASE_DEC, VALS(vs_status_code), 0x0, NULL, HFILL } },
    { &hf[394], { "Request type", "vs1.reports.error_reply.request_type", FT_UINT16, BASE_DEC, VALS(vs_message_code_star), 0x0, "Code of the failed request.", HFILL } },
    { &hf[395], { "Detail", "vs1.reports.error_reply.detail", FT_STRING, BASE_NONE, NULL, 0x0, "Human-readable reason.", HFILL } },
    { &hf[396], { "Bind session (0x7f01)", "vs1.reports.bind_session", FT_NONE, BASE_NONE, NULL, 0x0, "Binds this connection to a login session: the first request of a connection that will need one (access session or control). Only on the ports that list it in `uses:`. The proof must come from the session's login address; a connection is bound once (a second bind_session is refused with forbidden). Until bound, the connection has only the rights of anyone (access open).", HFILL } },
    { &hf[397], { "Auth", "vs1.reports.bind_session.auth", FT_NONE, BASE_NONE, NULL, 0x0, "Proof that a message comes from the holder of a login session (see the login port): the first field of every message that acts for a session. mac = HMAC-SHA256(SessionKey, \"vs1-req\" | u16 port number in the spec | u16 message code | the message's payload with these 16 mac bytes zeroed), first 16 bytes. The camera accepts each counter of a session once (within a window of 64 below the highest seen) and only from the session's login address.", HFILL } },
    { &hf[398], { "Session", "vs1.reports.bind_session.auth.session", FT_UINT32, BASE_DEC, NULL, 0x0, "The session's public handle from login_reply (0: none, anonymous).", HFILL } },
    { &hf[399], { "Counter", "vs1.reports.bind_session.auth.counter", FT_UINT32, BASE_DEC, NULL, 0x0, "Chosen by the client, new for every proof of the session (a retry too); starts at 1.", HFILL } },
    { &hf[400], { "Mac", "vs1.reports.bind_session.auth.mac", FT_BYTES, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[401], { "Bind ack (0xff01)", "vs1.reports.bind_ack", FT_NONE, BASE_NONE, NULL, 0x0, "The connection is bound to the session; in_control says whether the session holds control now.", HFILL } },
    { &hf[402], { "Session", "vs1.reports.bind_ack.session", FT_UINT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[403], { "In control", "vs1.reports.bind_ack.in_control", FT_BOOLEAN, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[404], { "Get status (0x0301)", "vs1.rpc.get_status", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[405], { "Status reply (0x8301)", "vs1.rpc.status_reply", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[406], { "Mode", "vs1.rpc.status_reply.mode", FT_UINT8, BASE_HEX, NULL, 0x0, NULL, HFILL } },
    { &hf[407], { "State", "vs1.rpc.status_reply.mode.state", FT_UINT8, BASE_DEC, VALS(vs_camera_state), 0xf, NULL, HFILL } },
    { &hf[408], { "Trigger mode", "vs1.rpc.status_reply.mode.trigger_mode", FT_UINT8, BASE_DEC, VALS(vs_trigger_mode), 0x70, NULL, HFILL } },
    { &hf[409], { "Flags", "vs1.rpc.status_reply.flags", FT_UINT8, BASE_HEX, NULL, 0x0, NULL, HFILL } },
    { &hf[410], { "Job loaded", "vs1.rpc.status_reply.flags.job_loaded", FT_BOOLEAN, 8, NULL, 0x1, NULL, HFILL } },
    { &hf[411], { "In control", "vs1.rpc.status_reply.flags.in_control", FT_BOOLEAN, 8, NULL, 0x2, NULL, HFILL } },
    { &hf[412], { "Ram job unsaved", "vs1.rpc.status_reply.flags.ram_job_unsaved", FT_BOOLEAN, 8, NULL, 0x4, NULL, HFILL } },
    { &hf[413], { "Fault", "vs1.rpc.status_reply.flags.fault", FT_BOOLEAN, 8, NULL, 0x80, NULL, HFILL } },
    { &hf[414], { "Job slot", "vs1.rpc.status_reply.job_slot", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[415], { "Inspections", "vs1.rpc.status_reply.inspections", FT_UINT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[416], { "Passed", "vs1.rpc.status_reply.passed", FT_UINT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[417], { "Failed", "vs1.rpc.status_reply.failed", FT_UINT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[418], { "Uptime (s)", "vs1.rpc.status_reply.uptime_s", FT_UINT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[419], { "Job name", "vs1.rpc.status_reply.job_name", FT_STRING, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[420], { "Controller ip", "vs1.rpc.status_reply.controller_ip", FT_IPv4, BASE_NONE, NULL, 0x0, "0.0.0.0 when nobody is in control.", HFILL } },
    { &hf[421], { "Get info (0x0302)", "vs1.rpc.get_info", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[422], { "Info reply (0x8302)", "vs1.rpc.info_reply", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[423], { "Model", "vs1.rpc.info_reply.model", FT_STRING, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[424], { "Serial", "vs1.rpc.info_reply.serial", FT_STRING, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[425], { "Firmware version", "vs1.rpc.info_reply.firmware_version", FT_STRING, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[426], { "Mac", "vs1.rpc.info_reply.mac", FT_ETHER, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[427], { "Job slots", "vs1.rpc.info_reply.job_slots", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[428], { "Sensor width", "vs1.rpc.info_reply.sensor_width", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[429], { "Sensor height", "vs1.rpc.info_reply.sensor_height", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[430], { "Boot id", "vs1.rpc.info_reply.boot_id", FT_UINT32, BASE_DEC, NULL, 0x0, "Random at every power-on or restart, fixed until the next: inspection numbers restart at each boot, so (serial, boot_id, inspection) names one inspection for good.", HFILL } },
    { &hf[431], { "Start (0x0303)", "vs1.rpc.start", FT_NONE, BASE_NONE, NULL, 0x0, "Start running the selected job.", HFILL } },
    { &hf[432], { "Stop (0x0304)", "vs1.rpc.stop", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[433], { "Rpc ack (0x8300)", "vs1.rpc.rpc_ack", FT_NONE, BASE_NONE, NULL, 0x0, "Success reply of commands that return nothing else.", HFILL } },
    { &hf[434], { "Request type", "vs1.rpc.rpc_ack.request_type", FT_UINT16, BASE_DEC, VALS(vs_message_code_star), 0x0, NULL, HFILL } },
    { &hf[435], { "List jobs (0x0305)", "vs1.rpc.list_jobs", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[436], { "Job list (0x8305)", "vs1.rpc.job_list", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[437], { "Selected slot", "vs1.rpc.job_list.selected_slot", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[438], { "Jobs count", "vs1.rpc.job_list.jobs_count", FT_UINT16, BASE_DEC, NULL, 0x0, "Number of jobs elements", HFILL } },
    { &hf[439], { "Jobs", "vs1.rpc.job_list.jobs", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[440], { "Slot", "vs1.rpc.job_list.jobs.slot", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[441], { "Flags", "vs1.rpc.job_list.jobs.flags", FT_UINT8, BASE_HEX, NULL, 0x0, NULL, HFILL } },
    { &hf[442], { "In flash", "vs1.rpc.job_list.jobs.flags.in_flash", FT_BOOLEAN, 8, NULL, 0x1, NULL, HFILL } },
    { &hf[443], { "Selected", "vs1.rpc.job_list.jobs.flags.selected", FT_BOOLEAN, 8, NULL, 0x2, NULL, HFILL } },
    { &hf[444], { "Size", "vs1.rpc.job_list.jobs.size", FT_UINT32, BASE_DEC, NULL, 0x0, "Size of the .avp file in bytes.", HFILL } },
    { &hf[445], { "Name", "vs1.rpc.job_list.jobs.name", FT_STRING, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[446], { "Select job (0x0306)", "vs1.rpc.select_job", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[447], { "Slot", "vs1.rpc.select_job.slot", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[448], { "Download job (0x0307)", "vs1.rpc.download_job", FT_NONE, BASE_NONE, NULL, 0x0, "Load a job file already uploaded by FTP into a slot.", HFILL } },
    { &hf[449], { "Slot", "vs1.rpc.download_job.slot", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[450], { "File name", "vs1.rpc.download_job.file_name", FT_STRING, BASE_NONE, NULL, 0x0, "Path on the camera, e.g. /RAM/inspect.avp", HFILL } },
    { &hf[451], { "Upload job (0x0308)", "vs1.rpc.upload_job", FT_NONE, BASE_NONE, NULL, 0x0, "Write the job of a slot to a file that the client then fetches by FTP.", HFILL } },
    { &hf[452], { "Slot", "vs1.rpc.upload_job.slot", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[453], { "Upload reply (0x8308)", "vs1.rpc.upload_reply", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[454], { "Size", "vs1.rpc.upload_reply.size", FT_UINT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[455], { "File name", "vs1.rpc.upload_reply.file_name", FT_STRING, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[456], { "Flash (0x0309)", "vs1.rpc.flash", FT_NONE, BASE_NONE, NULL, 0x0, "Save the jobs and the selected slot to flash so they survive a restart.", HFILL } },
    { &hf[457], { "Trigger (0x030a)", "vs1.rpc.trigger", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[458], { "Count", "vs1.rpc.trigger.count", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[459], { "Trigger reply (0x830a)", "vs1.rpc.trigger_reply", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[460], { "First inspection", "vs1.rpc.trigger_reply.first_inspection", FT_UINT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[461], { "Count", "vs1.rpc.trigger_reply.count", FT_UINT16, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[462], { "Set trigger (0x030b)", "vs1.rpc.set_trigger", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[463], { "Trigger mode", "vs1.rpc.set_trigger.trigger_mode", FT_UINT8, BASE_DEC, VALS(vs_trigger_mode), 0x0, NULL, HFILL } },
    { &hf[464], { "Rate (Hz)", "vs1.rpc.set_trigger.rate_hz", FT_FLOAT, BASE_NONE, NULL, 0x0, "Inspection rate for free_run.", HFILL } },
    { &hf[465], { "Input point", "vs1.rpc.set_trigger.input_point", FT_UINT16, BASE_DEC, NULL, 0x0, "The IO point that triggers for external_io and virtual_io.", HFILL } },
    { &hf[466], { "Reboot (0x030c)", "vs1.rpc.reboot", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[467], { "Error reply (0x7fff)", "vs1.rpc.error_reply", FT_NONE, BASE_NONE, NULL, 0x0, "Sent instead of the expected reply when a request fails, on every port with this framing. Carries the request's seq.", HFILL } },
    { &hf[468], { "Status", "vs1.rpc.error_reply.status", FT_UINT16, BASE_DEC, VALS(vs_status_code), 0x0, NULL, HFILL } },
    { &hf[469], { "Request type", "vs1.rpc.error_reply.request_type", FT_UINT16, BASE_DEC, VALS(vs_message_code_star), 0x0, "Code of the failed request.", HFILL } },
    { &hf[470], { "Detail", "vs1.rpc.error_reply.detail", FT_STRING, BASE_NONE, NULL, 0x0, "Human-readable reason.", HFILL } },
    { &hf[471], { "Bind session (0x7f01)", "vs1.rpc.bind_session", FT_NONE, BASE_NONE, NULL, 0x0, "Binds this connection to a login session: the first request of a connection that will need one (access session or control). Only on the ports that list it in `uses:`. The proof must come from the session's login address; a connection is bound once (a second bind_session is refused with forbidden). Until bound, the connection has only the rights of anyone (access open).", HFILL } },
    { &hf[472], { "Auth", "vs1.rpc.bind_session.auth", FT_NONE, BASE_NONE, NULL, 0x0, "Proof that a message comes from the holder of a login session (see the login port): the first field of every message that acts for a session. mac = HMAC-SHA256(SessionKey, \"vs1-req\" | u16 port number in the spec | u16 message code | the message's payload with these 16 mac bytes zeroed), first 16 bytes. The camera accepts each counter of a session once (within a window of 64 below the highest seen) and only from the session's login address.", HFILL } },
    { &hf[473], { "Session", "vs1.rpc.bind_session.auth.session", FT_UINT32, BASE_DEC, NULL, 0x0, "The session's public handle from login_reply (0: none, anonymous).", HFILL } },
    { &hf[474], { "Counter", "vs1.rpc.bind_session.auth.counter", FT_UINT32, BASE_DEC, NULL, 0x0, "Chosen by the client, new for every proof of the session (a retry too); starts at 1.", HFILL } },
    { &hf[475], { "Mac", "vs1.rpc.bind_session.auth.mac", FT_BYTES, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[476], { "Bind ack (0xff01)", "vs1.rpc.bind_ack", FT_NONE, BASE_NONE, NULL, 0x0, "The connection is bound to the session; in_control says whether the session holds control now.", HFILL } },
    { &hf[477], { "Session", "vs1.rpc.bind_ack.session", FT_UINT32, BASE_DEC, NULL, 0x0, NULL, HFILL } },
    { &hf[478], { "In control", "vs1.rpc.bind_ack.in_control", FT_BOOLEAN, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[479], { "Formatted output", "vs1.serial.formatted_output", FT_NONE, BASE_NONE, NULL, 0x0, NULL, HFILL } },
    { &hf[480], { "Text", "vs1.serial.formatted_output.text", FT_STRING, BASE_NONE, NULL, 0x0, NULL, HFILL } },
};

static expert_field ei_bad_const = EI_INIT, ei_truncated = EI_INIT, ei_length_mismatch = EI_INIT,
    ei_too_long = EI_INIT, ei_trailing = EI_INIT, ei_count = EI_INIT, ei_no_case = EI_INIT,
    ei_bad_text = EI_INIT, ei_no_terminator = EI_INIT, ei_unknown_message = EI_INIT,
    ei_unknown_enum = EI_INIT, ei_flags = EI_INIT, ei_error_reply = EI_INIT, ei_unanswered = EI_INIT,
    ei_unmatched = EI_INIT;

static ei_register_info ei_info[] = {
    { &ei_bad_const, { "vs1.expert.bad_const", PI_MALFORMED, PI_ERROR, "Constant field has the wrong value", EXPFILL } },
    { &ei_truncated, { "vs1.expert.truncated", PI_MALFORMED, PI_ERROR, "Truncated field", EXPFILL } },
    { &ei_length_mismatch, { "vs1.expert.length_mismatch", PI_MALFORMED, PI_ERROR, "Payload length does not match the header", EXPFILL } },
    { &ei_too_long, { "vs1.expert.too_long", PI_MALFORMED, PI_ERROR, "Payload longer than the framing allows", EXPFILL } },
    { &ei_trailing, { "vs1.expert.trailing", PI_MALFORMED, PI_ERROR, "Bytes left over after the message", EXPFILL } },
    { &ei_count, { "vs1.expert.count", PI_MALFORMED, PI_ERROR, "Element count over the spec's maximum", EXPFILL } },
    { &ei_no_case, { "vs1.expert.no_case", PI_MALFORMED, PI_ERROR, "No switch case for the discriminator", EXPFILL } },
    { &ei_bad_text, { "vs1.expert.bad_text", PI_MALFORMED, PI_ERROR, "Text not valid in its encoding", EXPFILL } },
    { &ei_no_terminator, { "vs1.expert.no_terminator", PI_MALFORMED, PI_ERROR, "No terminator within the maximum size", EXPFILL } },
    { &ei_unknown_message, { "vs1.expert.unknown_message", PI_UNDECODED, PI_WARN, "Unknown message type on this port", EXPFILL } },
    { &ei_unknown_enum, { "vs1.expert.unknown_enum", PI_PROTOCOL, PI_NOTE, "Value not in the enum", EXPFILL } },
    { &ei_flags, { "vs1.expert.flags", PI_PROTOCOL, PI_NOTE, "Header flags do not match the message kind", EXPFILL } },
    { &ei_error_reply, { "vs1.analysis.error_reply", PI_RESPONSE_CODE, PI_NOTE, "Error reply", EXPFILL } },
    { &ei_unanswered, { "vs1.analysis.unanswered", PI_SEQUENCE, PI_NOTE, "Request without a response", EXPFILL } },
    { &ei_unmatched, { "vs1.analysis.unmatched", PI_SEQUENCE, PI_NOTE, "Response to no request in the capture", EXPFILL } },
};

/* ---------------------------------------------------------------------------------------
 * 2. Helpers
 * ------------------------------------------------------------------------------------- */

/* A tree line's summary and a message's Info items: " name=value" pieces (cut at 1 KiB). */
typedef struct {
    int n;
    char s[1024];
} txt_t;

static void txt_add(txt_t *t, const char *fmt, ...) G_GNUC_PRINTF(2, 3);
static void txt_add(txt_t *t, const char *fmt, ...)
{
    if (t == NULL || t->n >= (int)sizeof t->s - 1)
        return;
    va_list ap;
    va_start(ap, fmt);
    int k = g_vsnprintf(t->s + t->n, sizeof t->s - t->n, fmt, ap);
    va_end(ap);
    if (k > 0)
        t->n = MIN(t->n + k, (int)sizeof t->s - 1);
}

G_GNUC_UNUSED static void txt_enum(txt_t *t, const char *name, const value_string *vs, gint64 v)
{
    const char *s = (v >= 0 && v <= G_MAXUINT32) ? try_val_to_str((guint32)v, vs) : NULL;
    if (s != NULL)
        txt_add(t, "%s%s", name, s);
    else
        txt_add(t, "%s%" G_GINT64_FORMAT, name, v);
}

G_GNUC_UNUSED static void txt_hex(txt_t *t, const char *name, gint64 v)
{
    if (v < 0)
        txt_add(t, "%s%" G_GINT64_FORMAT, name, v);
    else
        txt_add(t, "%s0x%" G_GINT64_MODIFIER "X", name, v);
}

static const char *hex_text(char *buf, size_t size, gint64 v)
{
    if (v < 0)
        g_snprintf(buf, (gulong)size, "%" G_GINT64_FORMAT, v);
    else
        g_snprintf(buf, (gulong)size, "0x%" G_GINT64_MODIFIER "X", v);
    return buf;
}

G_GNUC_UNUSED static gboolean ascii_ok(tvbuff_t *tvb, int o, int n)
{
    const guint8 *p = tvb_get_ptr(tvb, o, n);
    for (int i = 0; i < n; i++)
        if (p[i] >= 0x80)
            return FALSE;
    return TRUE;
}

/* Well-formed UTF-8 (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF). */
G_GNUC_UNUSED static gboolean utf8_bytes_ok(const guint8 *s, int n)
{
    int i = 0;
    while (i < n) {
        guint8 c = s[i];
        int need;
        guint8 lo, hi;
        if (c < 0x80) { i++; continue; }
        if (c >= 0xC2 && c <= 0xDF) { need = 1; lo = 0x80; hi = 0xBF; }
        else if (c == 0xE0) { need = 2; lo = 0xA0; hi = 0xBF; }
        else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) { need = 2; lo = 0x80; hi = 0xBF; }
        else if (c == 0xED) { need = 2; lo = 0x80; hi = 0x9F; }
        else if (c == 0xF0) { need = 3; lo = 0x90; hi = 0xBF; }
        else if (c >= 0xF1 && c <= 0xF3) { need = 3; lo = 0x80; hi = 0xBF; }
        else if (c == 0xF4) { need = 3; lo = 0x80; hi = 0x8F; }
        else return FALSE;
        if (i + need >= n)
            return FALSE;
        if (s[i + 1] < lo || s[i + 1] > hi)
            return FALSE;
        for (int k = 2; k <= need; k++)
            if (s[i + k] < 0x80 || s[i + k] > 0xBF)
                return FALSE;
        i += need + 1;
    }
    return TRUE;
}

G_GNUC_UNUSED static gboolean utf8_ok(tvbuff_t *tvb, int o, int n)
{
    return utf8_bytes_ok(tvb_get_ptr(tvb, o, n), n);
}

/* A text for the Info column and the summaries: valid UTF-8, at most about 32 bytes, quoted. */
G_GNUC_UNUSED static void txt_quote(txt_t *t, const char *name, packet_info *pinfo, tvbuff_t *tvb, int o, int n,
                      guint enc, gboolean strip)
{
    guint8 *s;
    int len;
    if (enc == ENC_ISO_8859_1) {
        s = (guint8 *)tvb_get_string_enc(pinfo->pool, tvb, o, n, enc);
        len = (int)strlen((char *)s);
    } else {
        s = (guint8 *)wmem_alloc(pinfo->pool, n + 1);
        tvb_memcpy(tvb, s, o, n);
        s[n] = 0;
        len = n;
    }
    if (strip)
        while (len > 0 && s[len - 1] == 0)
            len--;
    if (!utf8_bytes_ok(s, len))
        for (int i = 0; i < len; i++)
            if (s[i] >= 0x80)
                s[i] = '?';
    if (len > 32) {
        len = 29;
        /* Drop a last character that starts a multi-byte sequence, with what follows it. */
        int k = len;
        while (k > 0 && s[k - 1] >= 0x80 && s[k - 1] <= 0xBF)
            k--;
        if (k > 0 && s[k - 1] >= 0xC0)
            len = k - 1;
        txt_add(t, "%s\"%.*s...\"", name, len, (const char *)s);
    } else {
        txt_add(t, "%s\"%.*s\"", name, len, (const char *)s);
    }
}

/* " (2023-11-14 22:13:20.123456 UTC)": a count of units (`scale` seconds each) since the
 * Unix epoch, after the number (the same arithmetic as vs1.lua's epoch_text). */
G_GNUC_UNUSED static void epoch_text(proto_item *it, double v, double scale)
{
    double x = v * scale;
    double secs = floor(x);
    double frac = x - secs;
    int digits = scale >= 1 ? 0 : (scale >= 1e-3 ? 3 : (scale >= 1e-6 ? 6 : 9));
    time_t tt = (time_t)secs;
    struct tm tm;
    char date[64];
    if (gmtime_r(&tt, &tm) == NULL || strftime(date, sizeof date, "%Y-%m-%d %H:%M:%S", &tm) == 0)
        return;
    if (digits > 0) {
        double p = pow(10, digits);
        double f = fmod(floor(frac * p + 0.5), p);
        proto_item_append_text(it, " (%s.%0*.0f UTC)", date, digits, f);
    } else {
        proto_item_append_text(it, " (%s UTC)", date);
    }
}

/* The bytes from o to the terminator, which must end within max + tlen bytes of o and before
 * e: their count, or -1. */
G_GNUC_UNUSED static int find_term(tvbuff_t *tvb, int o, int e, const char *term, int tlen, int max)
{
    int limit = o + max + tlen;
    int len = tvb_captured_length(tvb);
    if (limit > e)
        limit = e;
    const guint8 *b = tvb_get_ptr(tvb, 0, len);
    for (int k = o; k + tlen <= len; k++) {
        if (memcmp(b + k, term, tlen) == 0)
            return k + tlen <= limit ? k - o : -1;
    }
    return -1;
}

/* Per-PDU state (the frame header's integers, what Info says). */
typedef struct {
    int port;
    gboolean bad;
    const char *name;
    const char *label;
    char namebuf[40];
    gboolean have_seq;
    guint32 seq;
    int index;
    gint64 h_magic;
    gint64 h_version;
    gint64 h_flags;
    gint64 h_msg_type;
    gint64 h_seq;
    gint64 h_length;
} pdu_t;

/* Problems. The error ones mark the PDU bad and return -1, so the decoder stops. */
static int short_(pdu_t *S, proto_tree *tree, packet_info *pinfo, tvbuff_t *tvb, int o, int e, int need, const char *path)
{
    int left = e - o;
    if (left < 0)
        left = 0;
    proto_tree_add_expert_format(tree, pinfo, &ei_truncated, tvb, o, left, "%s: needs %d byte(s), %d left", path, need, left);
    S->bad = TRUE;
    return -1;
}

G_GNUC_UNUSED static int too_many(pdu_t *S, proto_tree *tree, packet_info *pinfo, tvbuff_t *tvb, int o, int e, const char *path, gint64 n, int max)
{
    proto_tree_add_expert_format(tree, pinfo, &ei_count, tvb, o, e - o, "%s: %" G_GINT64_FORMAT " elements, at most %d", path, n, max);
    S->bad = TRUE;
    return -1;
}

G_GNUC_UNUSED static int left_over(pdu_t *S, proto_tree *tree, packet_info *pinfo, tvbuff_t *tvb, int o, int e, const char *path)
{
    proto_tree_add_expert_format(tree, pinfo, &ei_trailing, tvb, o, e - o, "%s: %d byte(s) left over in a sized field", path, e - o);
    S->bad = TRUE;
    return -1;
}

G_GNUC_UNUSED static int no_case(pdu_t *S, proto_tree *tree, packet_info *pinfo, tvbuff_t *tvb, int o, int e, const char *path, const char *on, gint64 v)
{
    proto_tree_add_expert_format(tree, pinfo, &ei_no_case, tvb, o, e - o, "%s: no case for %s=%" G_GINT64_FORMAT, path, on, v);
    S->bad = TRUE;
    return -1;
}

G_GNUC_UNUSED static int no_term(pdu_t *S, proto_tree *tree, packet_info *pinfo, tvbuff_t *tvb, int o, int e, const char *path, int max)
{
    proto_tree_add_expert_format(tree, pinfo, &ei_no_terminator, tvb, o, e - o, "%s: no terminator within %d bytes", path, max);
    S->bad = TRUE;
    return -1;
}

G_GNUC_UNUSED static void bad_const(pdu_t *S, packet_info *pinfo, proto_item *it, const char *path, gint64 v, gint64 want)
{
    char a[32], b[32];
    expert_add_info_format(pinfo, it, &ei_bad_const, "%s: expected %s, got %s", path, hex_text(a, sizeof a, want), hex_text(b, sizeof b, v));
    S->bad = TRUE;
}

G_GNUC_UNUSED static void bad_text(pdu_t *S, packet_info *pinfo, proto_item *it, const char *path, const char *encoding)
{
    expert_add_info_format(pinfo, it, &ei_bad_text, "%s: not valid %s text", path, encoding);
    S->bad = TRUE;
}

G_GNUC_UNUSED static void unknown_enum(packet_info *pinfo, proto_item *it, const char *path, gint64 v)
{
    expert_add_info_format(pinfo, it, &ei_unknown_enum, "%s: %" G_GINT64_FORMAT " is not in the enum", path, v);
}

/* ---------------------------------------------------------------------------------------
 * 3. Decoders: one per field path
 * ------------------------------------------------------------------------------------- */

static int h_vs1_frame(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S);
static int d_vs1_acquire_take_picture(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_acquire_picture_image(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_acquire_picture(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_acquire_start_live(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_acquire_live_started(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_acquire_stop_live(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_acquire_live_stopped(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_acquire_live_frame_image(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_acquire_live_frame(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_acquire_error_reply(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_acquire_bind_session_auth(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_acquire_bind_session(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_acquire_bind_ack(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_announce_announce(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_announce_discover(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_announce_error_reply(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_io_list_points(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_io_point_list_points(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_io_point_list(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_io_read_points(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_io_point_states(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_io_write_point(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_io_write_ack(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_io_subscribe(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_io_subscribe_ack(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_io_io_changed(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_io_error_reply(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_io_bind_session_auth(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_io_bind_session(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_io_bind_ack(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_login_login_start(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_login_login_challenge(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_login_login(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_login_login_reply(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_login_logout_auth(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_login_logout(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_login_login_ack(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_login_take_control_auth(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_login_take_control(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_login_release_control_auth(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_login_release_control(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_login_control_reply(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_login_get_network(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_login_network_params_config(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_login_network_params(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_login_set_network_auth(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_login_set_network_config(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_login_set_network(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_login_error_reply(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_monitor_hello_auth(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_monitor_hello(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_monitor_hello_ack(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_monitor_watch(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_monitor_watch_ack(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_monitor_heartbeat(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_monitor_goodbye(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_monitor_error_reply(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_partq_partq_info(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_partq_partq_status(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_partq_fetch_range(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_partq_fetch_latest(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_partq_partq_records_datums(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_partq_partq_records_records_datums_value_point2d(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_partq_partq_records_records_datums(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_partq_partq_records_records_image(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_partq_partq_records_records(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_partq_partq_records(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_partq_error_reply(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_partq_bind_session_auth(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_partq_bind_session(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_partq_bind_ack(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_report_control_set_rate(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_report_control_control_ack(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_report_control_add_datums(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_report_control_remove_datums(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_report_control_list_datums(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_report_control_datum_list_datums(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_report_control_datum_list(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_report_control_list_reports(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_report_control_report_list_reports(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_report_control_report_list(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_report_control_pause_report(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_report_control_resume_report(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_report_control_error_reply(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_report_control_bind_session_auth(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_report_control_bind_session(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_report_control_bind_ack(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_reports_open_report(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_reports_report_opened_datums(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_reports_report_opened(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_reports_close_report(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_reports_report_closed(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_reports_report_record_record_datums_value_point2d(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_reports_report_record_record_datums(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_reports_report_record_record_image(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_reports_report_record_record(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_reports_report_record(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_reports_record_ack(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_reports_error_reply(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_reports_bind_session_auth(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_reports_bind_session(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_reports_bind_ack(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_rpc_get_status(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_rpc_status_reply(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_rpc_get_info(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_rpc_info_reply(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_rpc_start(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_rpc_stop(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_rpc_rpc_ack(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_rpc_list_jobs(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_rpc_job_list_jobs(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_rpc_job_list(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_rpc_select_job(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_rpc_download_job(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_rpc_upload_job(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_rpc_upload_reply(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_rpc_flash(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_rpc_trigger(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_rpc_trigger_reply(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_rpc_set_trigger(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_rpc_reboot(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_rpc_error_reply(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_rpc_bind_session_auth(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_rpc_bind_session(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_rpc_bind_ack(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);
static int d_vs1_serial_formatted_output(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum);

/* vs1.frame: the frame header */
static int h_vs1_frame(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S)
{
    gint64 v_magic = 0; gboolean h_magic = FALSE; (void)h_magic;
    gint64 v_version = 0; gboolean h_version = FALSE; (void)h_version;
    gint64 v_flags = 0; gboolean h_flags = FALSE; (void)h_flags;
    gint64 v_msg_type = 0; gboolean h_msg_type = FALSE; (void)h_msg_type;
    gint64 v_seq = 0; gboolean h_seq = FALSE; (void)h_seq;
    gint64 v_length = 0; gboolean h_length = FALSE; (void)h_length;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.frame.magic");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[1], tvb, o, 2, ENC_BIG_ENDIAN);
        if (v != 22065) bad_const(S, pinfo, it, "vs1.frame.magic", v, 22065);
        v_magic = v; h_magic = TRUE;
        o += 2;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.frame.version");
    {
        gint64 v = (gint64)tvb_get_guint8(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[2], tvb, o, 1, ENC_BIG_ENDIAN);
        if (v != 1) bad_const(S, pinfo, it, "vs1.frame.version", v, 1);
        v_version = v; h_version = TRUE;
        o += 1;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.frame.flags");
    {
        gint64 v = (gint64)tvb_get_guint8(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[3], tvb, o, 1, ENC_BIG_ENDIAN);
        proto_tree *st = proto_item_add_subtree(it, ett[3]);
        proto_tree_add_item(st, hf[4], tvb, o, 1, ENC_BIG_ENDIAN);
        proto_tree_add_item(st, hf[5], tvb, o, 1, ENC_BIG_ENDIAN);
        proto_tree_add_item(st, hf[6], tvb, o, 1, ENC_BIG_ENDIAN);
        v_flags = v; h_flags = TRUE;
        o += 1;
    }
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.frame.msg_type");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[7], tvb, o, 2, ENC_BIG_ENDIAN);
        v_msg_type = v; h_msg_type = TRUE;
        o += 2;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.frame.seq");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[8], tvb, o, 4, ENC_BIG_ENDIAN);
        v_seq = v; h_seq = TRUE;
        o += 4;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.frame.length");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[9], tvb, o, 4, ENC_BIG_ENDIAN);
        v_length = v; h_length = TRUE;
        o += 4;
    }
    S->h_magic = v_magic;
    S->h_version = v_version;
    S->h_flags = v_flags;
    S->h_msg_type = v_msg_type;
    S->h_seq = v_seq;
    S->h_length = v_length;
    return o;
}

/* vs1.acquire.take_picture: take_picture */
static int d_vs1_acquire_take_picture(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.acquire.take_picture.pixel_format");
    {
        gint64 v = (gint64)tvb_get_guint8(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[18], tvb, o, 1, ENC_BIG_ENDIAN);
        if (!try_val_to_str((guint32)v, vs_pixel_format)) unknown_enum(pinfo, it, "vs1.acquire.take_picture.pixel_format", v);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " pixel_format=", vs_pixel_format, sv);
        }
        o += 1;
    }
    return o;
}

/* vs1.acquire.picture.image: image_data */
static int d_vs1_acquire_picture_image(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    gint64 v_data_length = 0; gboolean h_data_length = FALSE; (void)v_data_length; (void)h_data_length;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.acquire.picture.image.image_id");
    {
        proto_tree_add_item(tree, hf[21], tvb, o, 4, ENC_BIG_ENDIAN);
        o += 4;
    }
    if (e - o < 8) return short_(S, tree, pinfo, tvb, o, e, 8, "vs1.acquire.picture.image.timestamp_us");
    {
        gint64 v = (gint64)tvb_get_ntoh64(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[22], tvb, o, 8, ENC_BIG_ENDIAN);
        if (tree) epoch_text(it, (double)(guint64)v, 1e-06);
        o += 8;
    }
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.acquire.picture.image.width");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[23], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " width=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.acquire.picture.image.height");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[24], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " height=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.acquire.picture.image.pixel_format");
    {
        gint64 v = (gint64)tvb_get_guint8(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[25], tvb, o, 1, ENC_BIG_ENDIAN);
        if (!try_val_to_str((guint32)v, vs_pixel_format)) unknown_enum(pinfo, it, "vs1.acquire.picture.image.pixel_format", v);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " pixel_format=", vs_pixel_format, sv);
        }
        o += 1;
    }
    if (e - o < 3) return short_(S, tree, pinfo, tvb, o, e, 3, "vs1.acquire.picture.image.pad0");
    proto_tree_add_item(tree, hf[26], tvb, o, 3, ENC_NA);
    o += 3;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.acquire.picture.image.data_length");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[27], tvb, o, 4, ENC_BIG_ENDIAN);
        v_data_length = v; h_data_length = TRUE;
        o += 4;
    }
    {
        if (v_data_length > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)v_data_length, "vs1.acquire.picture.image.data");
        int n = (int)v_data_length;
        proto_tree_add_item(tree, hf[28], tvb, o, n, ENC_NA);
        o += n;
    }
    return o;
}

/* vs1.acquire.picture: picture */
static int d_vs1_acquire_picture(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    int p_image = o;
    {
        txt_t ts; ts.n = 0; ts.s[0] = 0;
        int start = o;
        proto_item *it = proto_tree_add_item(tree, hf[20], tvb, o, 0, ENC_NA);
        proto_tree *sub = proto_item_add_subtree(it, ett[20]);
        o = d_vs1_acquire_picture_image(tvb, pinfo, sub, o, e, S, tree ? &ts : NULL);
        if (o < 0) { proto_item_set_len(it, e - start); return -1; }
        proto_item_set_len(it, o - start);
        if (tree && ts.n > 0) proto_item_append_text(it, ":%s", ts.s);
    }
    if (sum) {
        gint64 sv = (gint64)tvb_get_ntohs(tvb, p_image + 12);
        txt_add(sum, " width=" "%" G_GINT64_FORMAT, sv);
    }
    if (sum) {
        gint64 sv = (gint64)tvb_get_ntohs(tvb, p_image + 14);
        txt_add(sum, " height=" "%" G_GINT64_FORMAT, sv);
    }
    if (sum) {
        gint64 sv = (gint64)tvb_get_guint8(tvb, p_image + 16);
        txt_enum(sum, " pixel_format=", vs_pixel_format, sv);
    }
    return o;
}

/* vs1.acquire.start_live: start_live */
static int d_vs1_acquire_start_live(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.acquire.start_live.max_fps");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[30], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " max_fps=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.acquire.start_live.pixel_format");
    {
        gint64 v = (gint64)tvb_get_guint8(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[31], tvb, o, 1, ENC_BIG_ENDIAN);
        if (!try_val_to_str((guint32)v, vs_pixel_format)) unknown_enum(pinfo, it, "vs1.acquire.start_live.pixel_format", v);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " pixel_format=", vs_pixel_format, sv);
        }
        o += 1;
    }
    return o;
}

/* vs1.acquire.live_started: live_started */
static int d_vs1_acquire_live_started(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.acquire.live_started.width");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[33], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " width=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.acquire.live_started.height");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[34], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " height=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.acquire.live_started.pixel_format");
    {
        gint64 v = (gint64)tvb_get_guint8(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[35], tvb, o, 1, ENC_BIG_ENDIAN);
        if (!try_val_to_str((guint32)v, vs_pixel_format)) unknown_enum(pinfo, it, "vs1.acquire.live_started.pixel_format", v);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " pixel_format=", vs_pixel_format, sv);
        }
        o += 1;
    }
    return o;
}

/* vs1.acquire.stop_live: stop_live */
static int d_vs1_acquire_stop_live(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    return o;
}

/* vs1.acquire.live_stopped: live_stopped */
static int d_vs1_acquire_live_stopped(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.acquire.live_stopped.frames_sent");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[38], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " frames_sent=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.acquire.live_stopped.frames_skipped");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[39], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " frames_skipped=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    return o;
}

/* vs1.acquire.live_frame.image: image_data */
static int d_vs1_acquire_live_frame_image(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    gint64 v_data_length = 0; gboolean h_data_length = FALSE; (void)v_data_length; (void)h_data_length;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.acquire.live_frame.image.image_id");
    {
        proto_tree_add_item(tree, hf[43], tvb, o, 4, ENC_BIG_ENDIAN);
        o += 4;
    }
    if (e - o < 8) return short_(S, tree, pinfo, tvb, o, e, 8, "vs1.acquire.live_frame.image.timestamp_us");
    {
        gint64 v = (gint64)tvb_get_ntoh64(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[44], tvb, o, 8, ENC_BIG_ENDIAN);
        if (tree) epoch_text(it, (double)(guint64)v, 1e-06);
        o += 8;
    }
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.acquire.live_frame.image.width");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[45], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " width=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.acquire.live_frame.image.height");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[46], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " height=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.acquire.live_frame.image.pixel_format");
    {
        gint64 v = (gint64)tvb_get_guint8(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[47], tvb, o, 1, ENC_BIG_ENDIAN);
        if (!try_val_to_str((guint32)v, vs_pixel_format)) unknown_enum(pinfo, it, "vs1.acquire.live_frame.image.pixel_format", v);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " pixel_format=", vs_pixel_format, sv);
        }
        o += 1;
    }
    if (e - o < 3) return short_(S, tree, pinfo, tvb, o, e, 3, "vs1.acquire.live_frame.image.pad0");
    proto_tree_add_item(tree, hf[48], tvb, o, 3, ENC_NA);
    o += 3;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.acquire.live_frame.image.data_length");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[49], tvb, o, 4, ENC_BIG_ENDIAN);
        v_data_length = v; h_data_length = TRUE;
        o += 4;
    }
    {
        if (v_data_length > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)v_data_length, "vs1.acquire.live_frame.image.data");
        int n = (int)v_data_length;
        proto_tree_add_item(tree, hf[50], tvb, o, n, ENC_NA);
        o += n;
    }
    return o;
}

/* vs1.acquire.live_frame: live_frame */
static int d_vs1_acquire_live_frame(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.acquire.live_frame.frame");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[41], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " frame=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    int p_image = o;
    {
        txt_t ts; ts.n = 0; ts.s[0] = 0;
        int start = o;
        proto_item *it = proto_tree_add_item(tree, hf[42], tvb, o, 0, ENC_NA);
        proto_tree *sub = proto_item_add_subtree(it, ett[42]);
        o = d_vs1_acquire_live_frame_image(tvb, pinfo, sub, o, e, S, tree ? &ts : NULL);
        if (o < 0) { proto_item_set_len(it, e - start); return -1; }
        proto_item_set_len(it, o - start);
        if (tree && ts.n > 0) proto_item_append_text(it, ":%s", ts.s);
    }
    if (sum) {
        gint64 sv = (gint64)tvb_get_ntohs(tvb, p_image + 12);
        txt_add(sum, " width=" "%" G_GINT64_FORMAT, sv);
    }
    if (sum) {
        gint64 sv = (gint64)tvb_get_ntohs(tvb, p_image + 14);
        txt_add(sum, " height=" "%" G_GINT64_FORMAT, sv);
    }
    if (sum) {
        gint64 sv = (gint64)tvb_get_guint8(tvb, p_image + 16);
        txt_enum(sum, " pixel_format=", vs_pixel_format, sv);
    }
    return o;
}

/* vs1.acquire.error_reply: error_reply */
static int d_vs1_acquire_error_reply(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.acquire.error_reply.status");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[52], tvb, o, 2, ENC_BIG_ENDIAN);
        if (!try_val_to_str((guint32)v, vs_status_code)) unknown_enum(pinfo, it, "vs1.acquire.error_reply.status", v);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " status=", vs_status_code, sv);
        }
        o += 2;
    }
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.acquire.error_reply.request_type");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[53], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " request_type=", vs_message_star, sv);
        }
        o += 2;
    }
    {
        if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.acquire.error_reply.detail");
        gint64 n64 = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf_length, tvb, o, 2, ENC_BIG_ENDIAN);
        o += 2;
        if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.acquire.error_reply.detail");
        int n = (int)n64;
        proto_item *it = proto_tree_add_item(tree, hf[54], tvb, o, n, ENC_UTF_8);
        if (n > 0 && !utf8_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.acquire.error_reply.detail", "utf-8");
        if (sum) txt_quote(sum, " detail=", pinfo, tvb, o, n, ENC_UTF_8, FALSE);
        o += n;
    }
    return o;
}

/* vs1.acquire.bind_session.auth: session_proof */
static int d_vs1_acquire_bind_session_auth(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.acquire.bind_session.auth.session");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[57], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " session=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.acquire.bind_session.auth.counter");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[58], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " counter=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    {
        if (e - o < 16) return short_(S, tree, pinfo, tvb, o, e, 16, "vs1.acquire.bind_session.auth.mac");
        int n = 16;
        proto_tree_add_item(tree, hf[59], tvb, o, n, ENC_NA);
        o += n;
    }
    return o;
}

/* vs1.acquire.bind_session: bind_session */
static int d_vs1_acquire_bind_session(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    int p_auth = o;
    {
        txt_t ts; ts.n = 0; ts.s[0] = 0;
        int start = o;
        proto_item *it = proto_tree_add_item(tree, hf[56], tvb, o, (e - o < 24 ? 0 : 24), ENC_NA);
        proto_tree *sub = proto_item_add_subtree(it, ett[56]);
        o = d_vs1_acquire_bind_session_auth(tvb, pinfo, sub, o, e, S, tree ? &ts : NULL);
        if (o < 0) { proto_item_set_len(it, e - start); return -1; }
        if (o - start != 24) proto_item_set_len(it, o - start);
        if (tree && ts.n > 0) proto_item_append_text(it, ":%s", ts.s);
    }
    if (sum) {
        gint64 sv = (gint64)tvb_get_ntohl(tvb, p_auth + 0);
        txt_add(sum, " session=" "%" G_GINT64_FORMAT, sv);
    }
    if (sum) {
        gint64 sv = (gint64)tvb_get_ntohl(tvb, p_auth + 4);
        txt_add(sum, " counter=" "%" G_GINT64_FORMAT, sv);
    }
    return o;
}

/* vs1.acquire.bind_ack: bind_ack */
static int d_vs1_acquire_bind_ack(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.acquire.bind_ack.session");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[61], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " session=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.acquire.bind_ack.in_control");
    proto_tree_add_item(tree, hf[62], tvb, o, 1, ENC_BIG_ENDIAN);
    if (sum) {
        txt_add(sum, " in_control=" "%s", tvb_get_guint8(tvb, o) ? "true" : "false");
    }
    o += 1;
    return o;
}

/* vs1.announce.announce: announce */
static int d_vs1_announce_announce(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    {
        if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.announce.announce.name");
        gint64 n64 = (gint64)tvb_get_guint8(tvb, o);
        proto_tree_add_item(tree, hf_length, tvb, o, 1, ENC_BIG_ENDIAN);
        o += 1;
        if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.announce.announce.name");
        int n = (int)n64;
        proto_item *it = proto_tree_add_item(tree, hf[64], tvb, o, n, ENC_ASCII);
        if (n > 0 && !ascii_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.announce.announce.name", "ascii");
        if (sum) txt_quote(sum, " name=", pinfo, tvb, o, n, ENC_ASCII, FALSE);
        o += n;
    }
    {
        if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.announce.announce.model");
        gint64 n64 = (gint64)tvb_get_guint8(tvb, o);
        proto_tree_add_item(tree, hf_length, tvb, o, 1, ENC_BIG_ENDIAN);
        o += 1;
        if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.announce.announce.model");
        int n = (int)n64;
        proto_item *it = proto_tree_add_item(tree, hf[65], tvb, o, n, ENC_ASCII);
        if (n > 0 && !ascii_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.announce.announce.model", "ascii");
        if (sum) txt_quote(sum, " model=", pinfo, tvb, o, n, ENC_ASCII, FALSE);
        o += n;
    }
    if (e - o < 6) return short_(S, tree, pinfo, tvb, o, e, 6, "vs1.announce.announce.mac");
    proto_tree_add_item(tree, hf[66], tvb, o, 6, ENC_NA);
    o += 6;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.announce.announce.ip");
    proto_tree_add_item(tree, hf[67], tvb, o, 4, ENC_BIG_ENDIAN);
    if (sum) {
        txt_add(sum, " ip=" "%u.%u.%u.%u", tvb_get_guint8(tvb, o + 0), tvb_get_guint8(tvb, o + 1), tvb_get_guint8(tvb, o + 2), tvb_get_guint8(tvb, o + 3));
    }
    o += 4;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.announce.announce.mask");
    proto_tree_add_item(tree, hf[68], tvb, o, 4, ENC_BIG_ENDIAN);
    o += 4;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.announce.announce.controller_ip");
    proto_tree_add_item(tree, hf[69], tvb, o, 4, ENC_BIG_ENDIAN);
    o += 4;
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.announce.announce.state");
    {
        gint64 v = (gint64)tvb_get_guint8(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[70], tvb, o, 1, ENC_BIG_ENDIAN);
        if (!try_val_to_str((guint32)v, vs_camera_state)) unknown_enum(pinfo, it, "vs1.announce.announce.state", v);
        o += 1;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.announce.announce.flags");
    {
        proto_item *it = proto_tree_add_item(tree, hf[71], tvb, o, 1, ENC_BIG_ENDIAN);
        proto_tree *st = proto_item_add_subtree(it, ett[71]);
        proto_tree_add_item(st, hf[72], tvb, o, 1, ENC_BIG_ENDIAN);
        proto_tree_add_item(st, hf[73], tvb, o, 1, ENC_BIG_ENDIAN);
        proto_tree_add_item(st, hf[74], tvb, o, 1, ENC_BIG_ENDIAN);
        o += 1;
    }
    {
        if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.announce.announce.software_version");
        gint64 n64 = (gint64)tvb_get_guint8(tvb, o);
        proto_tree_add_item(tree, hf_length, tvb, o, 1, ENC_BIG_ENDIAN);
        o += 1;
        if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.announce.announce.software_version");
        int n = (int)n64;
        proto_item *it = proto_tree_add_item(tree, hf[75], tvb, o, n, ENC_ASCII);
        if (n > 0 && !ascii_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.announce.announce.software_version", "ascii");
        o += n;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.announce.announce.uptime_s");
    {
        proto_tree_add_item(tree, hf[76], tvb, o, 4, ENC_BIG_ENDIAN);
        o += 4;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.announce.announce.inspections");
    {
        proto_tree_add_item(tree, hf[77], tvb, o, 4, ENC_BIG_ENDIAN);
        o += 4;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.announce.announce.passed");
    {
        proto_tree_add_item(tree, hf[78], tvb, o, 4, ENC_BIG_ENDIAN);
        o += 4;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.announce.announce.failed");
    {
        proto_tree_add_item(tree, hf[79], tvb, o, 4, ENC_BIG_ENDIAN);
        o += 4;
    }
    {
        if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.announce.announce.job_name");
        gint64 n64 = (gint64)tvb_get_guint8(tvb, o);
        proto_tree_add_item(tree, hf_length, tvb, o, 1, ENC_BIG_ENDIAN);
        o += 1;
        if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.announce.announce.job_name");
        int n = (int)n64;
        proto_item *it = proto_tree_add_item(tree, hf[80], tvb, o, n, ENC_ASCII);
        if (n > 0 && !ascii_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.announce.announce.job_name", "ascii");
        o += n;
    }
    return o;
}

/* vs1.announce.discover: discover */
static int d_vs1_announce_discover(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    return o;
}

/* vs1.announce.error_reply: error_reply */
static int d_vs1_announce_error_reply(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.announce.error_reply.status");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[83], tvb, o, 2, ENC_BIG_ENDIAN);
        if (!try_val_to_str((guint32)v, vs_status_code)) unknown_enum(pinfo, it, "vs1.announce.error_reply.status", v);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " status=", vs_status_code, sv);
        }
        o += 2;
    }
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.announce.error_reply.request_type");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[84], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " request_type=", vs_message_star, sv);
        }
        o += 2;
    }
    {
        if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.announce.error_reply.detail");
        gint64 n64 = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf_length, tvb, o, 2, ENC_BIG_ENDIAN);
        o += 2;
        if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.announce.error_reply.detail");
        int n = (int)n64;
        proto_item *it = proto_tree_add_item(tree, hf[85], tvb, o, n, ENC_UTF_8);
        if (n > 0 && !utf8_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.announce.error_reply.detail", "utf-8");
        if (sum) txt_quote(sum, " detail=", pinfo, tvb, o, n, ENC_UTF_8, FALSE);
        o += n;
    }
    return o;
}

/* vs1.io.list_points: list_points */
static int d_vs1_io_list_points(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    return o;
}

/* vs1.io.point_list.points: point_info */
static int d_vs1_io_point_list_points(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.io.point_list.points.point");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[90], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " point=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.io.point_list.points.kind");
    {
        gint64 v = (gint64)tvb_get_guint8(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[91], tvb, o, 1, ENC_BIG_ENDIAN);
        if (!try_val_to_str((guint32)v, vs_io_kind)) unknown_enum(pinfo, it, "vs1.io.point_list.points.kind", v);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " kind=", vs_io_kind, sv);
        }
        o += 1;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.io.point_list.points.state");
    proto_tree_add_item(tree, hf[92], tvb, o, 1, ENC_BIG_ENDIAN);
    if (sum) {
        txt_add(sum, " state=" "%s", tvb_get_guint8(tvb, o) ? "true" : "false");
    }
    o += 1;
    {
        if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.io.point_list.points.name");
        gint64 n64 = (gint64)tvb_get_guint8(tvb, o);
        proto_tree_add_item(tree, hf_length, tvb, o, 1, ENC_BIG_ENDIAN);
        o += 1;
        if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.io.point_list.points.name");
        int n = (int)n64;
        proto_item *it = proto_tree_add_item(tree, hf[93], tvb, o, n, ENC_ASCII);
        if (n > 0 && !ascii_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.io.point_list.points.name", "ascii");
        o += n;
    }
    return o;
}

/* vs1.io.point_list: point_list */
static int d_vs1_io_point_list(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    {
        if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.io.point_list.points_count");
        gint64 n1 = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[88], tvb, o, 2, ENC_BIG_ENDIAN);
        o += 2;
        if (n1 > 1024) return too_many(S, tree, pinfo, tvb, o, e, "vs1.io.point_list.points", n1, 1024);
        if (n1 * 5 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)(n1 * 5), "vs1.io.point_list.points");
        for (gint64 i2 = 1; i2 <= n1; i2++) {
            {
                txt_t ts; ts.n = 0; ts.s[0] = 0;
                int start = o;
                proto_item *it = proto_tree_add_item(tree, hf[89], tvb, o, 0, ENC_NA);
                proto_tree *sub = proto_item_add_subtree(it, ett[89]);
                o = d_vs1_io_point_list_points(tvb, pinfo, sub, o, e, S, tree ? &ts : NULL);
                if (o < 0) { proto_item_set_len(it, e - start); return -1; }
                proto_item_set_len(it, o - start);
                if (tree) proto_item_set_text(it, "%s [%" G_GINT64_FORMAT "]:%s", "Points", i2 - 1, ts.s);
            }
        }
    }
    return o;
}

/* vs1.io.read_points: read_points */
static int d_vs1_io_read_points(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.io.read_points.first");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[95], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " first=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.io.read_points.count");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[96], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " count=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    return o;
}

/* vs1.io.point_states: point_states */
static int d_vs1_io_point_states(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.io.point_states.first");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[98], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " first=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    {
        if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.io.point_states.states_count");
        gint64 n1 = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[99], tvb, o, 2, ENC_BIG_ENDIAN);
        o += 2;
        if (n1 > 1024) return too_many(S, tree, pinfo, tvb, o, e, "vs1.io.point_states.states", n1, 1024);
        if (n1 * 1 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)(n1 * 1), "vs1.io.point_states.states");
        for (gint64 i2 = 1; i2 <= n1; i2++) {
            if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.io.point_states.states");
            proto_tree_add_item(tree, hf[100], tvb, o, 1, ENC_BIG_ENDIAN);
            o += 1;
        }
    }
    return o;
}

/* vs1.io.write_point: write_point */
static int d_vs1_io_write_point(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.io.write_point.point");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[102], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " point=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.io.write_point.state");
    proto_tree_add_item(tree, hf[103], tvb, o, 1, ENC_BIG_ENDIAN);
    if (sum) {
        txt_add(sum, " state=" "%s", tvb_get_guint8(tvb, o) ? "true" : "false");
    }
    o += 1;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.io.write_point.pulse_ms");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[104], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " pulse_ms=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    return o;
}

/* vs1.io.write_ack: write_ack */
static int d_vs1_io_write_ack(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.io.write_ack.point");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[106], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " point=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.io.write_ack.state");
    proto_tree_add_item(tree, hf[107], tvb, o, 1, ENC_BIG_ENDIAN);
    if (sum) {
        txt_add(sum, " state=" "%s", tvb_get_guint8(tvb, o) ? "true" : "false");
    }
    o += 1;
    return o;
}

/* vs1.io.subscribe: subscribe */
static int d_vs1_io_subscribe(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.io.subscribe.kinds");
    {
        gint64 v = (gint64)tvb_get_guint8(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[109], tvb, o, 1, ENC_BIG_ENDIAN);
        proto_tree *st = proto_item_add_subtree(it, ett[109]);
        proto_tree_add_item(st, hf[110], tvb, o, 1, ENC_BIG_ENDIAN);
        proto_tree_add_item(st, hf[111], tvb, o, 1, ENC_BIG_ENDIAN);
        proto_tree_add_item(st, hf[112], tvb, o, 1, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_hex(sum, " kinds=", sv);
        }
        o += 1;
    }
    return o;
}

/* vs1.io.subscribe_ack: subscribe_ack */
static int d_vs1_io_subscribe_ack(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.io.subscribe_ack.kinds");
    {
        gint64 v = (gint64)tvb_get_guint8(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[114], tvb, o, 1, ENC_BIG_ENDIAN);
        proto_tree *st = proto_item_add_subtree(it, ett[114]);
        proto_tree_add_item(st, hf[115], tvb, o, 1, ENC_BIG_ENDIAN);
        proto_tree_add_item(st, hf[116], tvb, o, 1, ENC_BIG_ENDIAN);
        proto_tree_add_item(st, hf[117], tvb, o, 1, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_hex(sum, " kinds=", sv);
        }
        o += 1;
    }
    return o;
}

/* vs1.io.io_changed: io_changed */
static int d_vs1_io_io_changed(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.io.io_changed.point");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[119], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " point=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.io.io_changed.kind");
    {
        gint64 v = (gint64)tvb_get_guint8(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[120], tvb, o, 1, ENC_BIG_ENDIAN);
        if (!try_val_to_str((guint32)v, vs_io_kind)) unknown_enum(pinfo, it, "vs1.io.io_changed.kind", v);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " kind=", vs_io_kind, sv);
        }
        o += 1;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.io.io_changed.state");
    proto_tree_add_item(tree, hf[121], tvb, o, 1, ENC_BIG_ENDIAN);
    if (sum) {
        txt_add(sum, " state=" "%s", tvb_get_guint8(tvb, o) ? "true" : "false");
    }
    o += 1;
    if (e - o < 8) return short_(S, tree, pinfo, tvb, o, e, 8, "vs1.io.io_changed.timestamp_us");
    {
        gint64 v = (gint64)tvb_get_ntoh64(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[122], tvb, o, 8, ENC_BIG_ENDIAN);
        if (tree) epoch_text(it, (double)(guint64)v, 1e-06);
        o += 8;
    }
    return o;
}

/* vs1.io.error_reply: error_reply */
static int d_vs1_io_error_reply(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.io.error_reply.status");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[124], tvb, o, 2, ENC_BIG_ENDIAN);
        if (!try_val_to_str((guint32)v, vs_status_code)) unknown_enum(pinfo, it, "vs1.io.error_reply.status", v);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " status=", vs_status_code, sv);
        }
        o += 2;
    }
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.io.error_reply.request_type");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[125], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " request_type=", vs_message_star, sv);
        }
        o += 2;
    }
    {
        if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.io.error_reply.detail");
        gint64 n64 = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf_length, tvb, o, 2, ENC_BIG_ENDIAN);
        o += 2;
        if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.io.error_reply.detail");
        int n = (int)n64;
        proto_item *it = proto_tree_add_item(tree, hf[126], tvb, o, n, ENC_UTF_8);
        if (n > 0 && !utf8_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.io.error_reply.detail", "utf-8");
        if (sum) txt_quote(sum, " detail=", pinfo, tvb, o, n, ENC_UTF_8, FALSE);
        o += n;
    }
    return o;
}

/* vs1.io.bind_session.auth: session_proof */
static int d_vs1_io_bind_session_auth(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.io.bind_session.auth.session");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[129], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " session=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.io.bind_session.auth.counter");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[130], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " counter=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    {
        if (e - o < 16) return short_(S, tree, pinfo, tvb, o, e, 16, "vs1.io.bind_session.auth.mac");
        int n = 16;
        proto_tree_add_item(tree, hf[131], tvb, o, n, ENC_NA);
        o += n;
    }
    return o;
}

/* vs1.io.bind_session: bind_session */
static int d_vs1_io_bind_session(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    int p_auth = o;
    {
        txt_t ts; ts.n = 0; ts.s[0] = 0;
        int start = o;
        proto_item *it = proto_tree_add_item(tree, hf[128], tvb, o, (e - o < 24 ? 0 : 24), ENC_NA);
        proto_tree *sub = proto_item_add_subtree(it, ett[128]);
        o = d_vs1_io_bind_session_auth(tvb, pinfo, sub, o, e, S, tree ? &ts : NULL);
        if (o < 0) { proto_item_set_len(it, e - start); return -1; }
        if (o - start != 24) proto_item_set_len(it, o - start);
        if (tree && ts.n > 0) proto_item_append_text(it, ":%s", ts.s);
    }
    if (sum) {
        gint64 sv = (gint64)tvb_get_ntohl(tvb, p_auth + 0);
        txt_add(sum, " session=" "%" G_GINT64_FORMAT, sv);
    }
    if (sum) {
        gint64 sv = (gint64)tvb_get_ntohl(tvb, p_auth + 4);
        txt_add(sum, " counter=" "%" G_GINT64_FORMAT, sv);
    }
    return o;
}

/* vs1.io.bind_ack: bind_ack */
static int d_vs1_io_bind_ack(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.io.bind_ack.session");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[133], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " session=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.io.bind_ack.in_control");
    proto_tree_add_item(tree, hf[134], tvb, o, 1, ENC_BIG_ENDIAN);
    if (sum) {
        txt_add(sum, " in_control=" "%s", tvb_get_guint8(tvb, o) ? "true" : "false");
    }
    o += 1;
    return o;
}

/* vs1.login.login_start: login_start */
static int d_vs1_login_login_start(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    {
        if (e - o < 16) return short_(S, tree, pinfo, tvb, o, e, 16, "vs1.login.login_start.client_nonce");
        int n = 16;
        proto_tree_add_item(tree, hf[136], tvb, o, n, ENC_NA);
        o += n;
    }
    {
        if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.login.login_start.user");
        gint64 n64 = (gint64)tvb_get_guint8(tvb, o);
        proto_tree_add_item(tree, hf_length, tvb, o, 1, ENC_BIG_ENDIAN);
        o += 1;
        if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.login.login_start.user");
        int n = (int)n64;
        proto_item *it = proto_tree_add_item(tree, hf[137], tvb, o, n, ENC_UTF_8);
        if (n > 0 && !utf8_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.login.login_start.user", "utf-8");
        if (sum) txt_quote(sum, " user=", pinfo, tvb, o, n, ENC_UTF_8, FALSE);
        o += n;
    }
    return o;
}

/* vs1.login.login_challenge: login_challenge */
static int d_vs1_login_login_challenge(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    {
        if (e - o < 16) return short_(S, tree, pinfo, tvb, o, e, 16, "vs1.login.login_challenge.server_nonce");
        int n = 16;
        proto_tree_add_item(tree, hf[139], tvb, o, n, ENC_NA);
        o += n;
    }
    {
        if (e - o < 16) return short_(S, tree, pinfo, tvb, o, e, 16, "vs1.login.login_challenge.salt");
        int n = 16;
        proto_tree_add_item(tree, hf[140], tvb, o, n, ENC_NA);
        o += n;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.login.login_challenge.iterations");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[141], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " iterations=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.login.login_challenge.kdf");
    {
        gint64 v = (gint64)tvb_get_guint8(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[142], tvb, o, 1, ENC_BIG_ENDIAN);
        if (!try_val_to_str((guint32)v, vs_kdf)) unknown_enum(pinfo, it, "vs1.login.login_challenge.kdf", v);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " kdf=", vs_kdf, sv);
        }
        o += 1;
    }
    return o;
}

/* vs1.login.login: login */
static int d_vs1_login_login(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    {
        if (e - o < 16) return short_(S, tree, pinfo, tvb, o, e, 16, "vs1.login.login.client_nonce");
        int n = 16;
        proto_tree_add_item(tree, hf[144], tvb, o, n, ENC_NA);
        o += n;
    }
    {
        if (e - o < 16) return short_(S, tree, pinfo, tvb, o, e, 16, "vs1.login.login.server_nonce");
        int n = 16;
        proto_tree_add_item(tree, hf[145], tvb, o, n, ENC_NA);
        o += n;
    }
    {
        if (e - o < 32) return short_(S, tree, pinfo, tvb, o, e, 32, "vs1.login.login.proof");
        int n = 32;
        proto_tree_add_item(tree, hf[146], tvb, o, n, ENC_NA);
        o += n;
    }
    {
        if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.login.login.user");
        gint64 n64 = (gint64)tvb_get_guint8(tvb, o);
        proto_tree_add_item(tree, hf_length, tvb, o, 1, ENC_BIG_ENDIAN);
        o += 1;
        if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.login.login.user");
        int n = (int)n64;
        proto_item *it = proto_tree_add_item(tree, hf[147], tvb, o, n, ENC_UTF_8);
        if (n > 0 && !utf8_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.login.login.user", "utf-8");
        if (sum) txt_quote(sum, " user=", pinfo, tvb, o, n, ENC_UTF_8, FALSE);
        o += n;
    }
    return o;
}

/* vs1.login.login_reply: login_reply */
static int d_vs1_login_login_reply(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.login.login_reply.session");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[149], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " session=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.login.login_reply.timeout_s");
    {
        proto_tree_add_item(tree, hf[150], tvb, o, 2, ENC_BIG_ENDIAN);
        o += 2;
    }
    {
        if (e - o < 32) return short_(S, tree, pinfo, tvb, o, e, 32, "vs1.login.login_reply.server_signature");
        int n = 32;
        proto_tree_add_item(tree, hf[151], tvb, o, n, ENC_NA);
        o += n;
    }
    return o;
}

/* vs1.login.logout.auth: session_proof */
static int d_vs1_login_logout_auth(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.login.logout.auth.session");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[154], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " session=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.login.logout.auth.counter");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[155], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " counter=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    {
        if (e - o < 16) return short_(S, tree, pinfo, tvb, o, e, 16, "vs1.login.logout.auth.mac");
        int n = 16;
        proto_tree_add_item(tree, hf[156], tvb, o, n, ENC_NA);
        o += n;
    }
    return o;
}

/* vs1.login.logout: logout */
static int d_vs1_login_logout(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    int p_auth = o;
    {
        txt_t ts; ts.n = 0; ts.s[0] = 0;
        int start = o;
        proto_item *it = proto_tree_add_item(tree, hf[153], tvb, o, (e - o < 24 ? 0 : 24), ENC_NA);
        proto_tree *sub = proto_item_add_subtree(it, ett[153]);
        o = d_vs1_login_logout_auth(tvb, pinfo, sub, o, e, S, tree ? &ts : NULL);
        if (o < 0) { proto_item_set_len(it, e - start); return -1; }
        if (o - start != 24) proto_item_set_len(it, o - start);
        if (tree && ts.n > 0) proto_item_append_text(it, ":%s", ts.s);
    }
    if (sum) {
        gint64 sv = (gint64)tvb_get_ntohl(tvb, p_auth + 0);
        txt_add(sum, " session=" "%" G_GINT64_FORMAT, sv);
    }
    if (sum) {
        gint64 sv = (gint64)tvb_get_ntohl(tvb, p_auth + 4);
        txt_add(sum, " counter=" "%" G_GINT64_FORMAT, sv);
    }
    return o;
}

/* vs1.login.login_ack: login_ack */
static int d_vs1_login_login_ack(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.login.login_ack.session");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[158], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " session=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    return o;
}

/* vs1.login.take_control.auth: session_proof */
static int d_vs1_login_take_control_auth(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.login.take_control.auth.session");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[161], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " session=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.login.take_control.auth.counter");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[162], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " counter=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    {
        if (e - o < 16) return short_(S, tree, pinfo, tvb, o, e, 16, "vs1.login.take_control.auth.mac");
        int n = 16;
        proto_tree_add_item(tree, hf[163], tvb, o, n, ENC_NA);
        o += n;
    }
    return o;
}

/* vs1.login.take_control: take_control */
static int d_vs1_login_take_control(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    int p_auth = o;
    {
        txt_t ts; ts.n = 0; ts.s[0] = 0;
        int start = o;
        proto_item *it = proto_tree_add_item(tree, hf[160], tvb, o, (e - o < 24 ? 0 : 24), ENC_NA);
        proto_tree *sub = proto_item_add_subtree(it, ett[160]);
        o = d_vs1_login_take_control_auth(tvb, pinfo, sub, o, e, S, tree ? &ts : NULL);
        if (o < 0) { proto_item_set_len(it, e - start); return -1; }
        if (o - start != 24) proto_item_set_len(it, o - start);
        if (tree && ts.n > 0) proto_item_append_text(it, ":%s", ts.s);
    }
    if (sum) {
        gint64 sv = (gint64)tvb_get_ntohl(tvb, p_auth + 0);
        txt_add(sum, " session=" "%" G_GINT64_FORMAT, sv);
    }
    if (sum) {
        gint64 sv = (gint64)tvb_get_ntohl(tvb, p_auth + 4);
        txt_add(sum, " counter=" "%" G_GINT64_FORMAT, sv);
    }
    return o;
}

/* vs1.login.release_control.auth: session_proof */
static int d_vs1_login_release_control_auth(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.login.release_control.auth.session");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[166], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " session=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.login.release_control.auth.counter");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[167], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " counter=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    {
        if (e - o < 16) return short_(S, tree, pinfo, tvb, o, e, 16, "vs1.login.release_control.auth.mac");
        int n = 16;
        proto_tree_add_item(tree, hf[168], tvb, o, n, ENC_NA);
        o += n;
    }
    return o;
}

/* vs1.login.release_control: release_control */
static int d_vs1_login_release_control(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    int p_auth = o;
    {
        txt_t ts; ts.n = 0; ts.s[0] = 0;
        int start = o;
        proto_item *it = proto_tree_add_item(tree, hf[165], tvb, o, (e - o < 24 ? 0 : 24), ENC_NA);
        proto_tree *sub = proto_item_add_subtree(it, ett[165]);
        o = d_vs1_login_release_control_auth(tvb, pinfo, sub, o, e, S, tree ? &ts : NULL);
        if (o < 0) { proto_item_set_len(it, e - start); return -1; }
        if (o - start != 24) proto_item_set_len(it, o - start);
        if (tree && ts.n > 0) proto_item_append_text(it, ":%s", ts.s);
    }
    if (sum) {
        gint64 sv = (gint64)tvb_get_ntohl(tvb, p_auth + 0);
        txt_add(sum, " session=" "%" G_GINT64_FORMAT, sv);
    }
    if (sum) {
        gint64 sv = (gint64)tvb_get_ntohl(tvb, p_auth + 4);
        txt_add(sum, " counter=" "%" G_GINT64_FORMAT, sv);
    }
    return o;
}

/* vs1.login.control_reply: control_reply */
static int d_vs1_login_control_reply(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.login.control_reply.in_control");
    proto_tree_add_item(tree, hf[170], tvb, o, 1, ENC_BIG_ENDIAN);
    if (sum) {
        txt_add(sum, " in_control=" "%s", tvb_get_guint8(tvb, o) ? "true" : "false");
    }
    o += 1;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.login.control_reply.holder_ip");
    proto_tree_add_item(tree, hf[171], tvb, o, 4, ENC_BIG_ENDIAN);
    if (sum) {
        txt_add(sum, " holder_ip=" "%u.%u.%u.%u", tvb_get_guint8(tvb, o + 0), tvb_get_guint8(tvb, o + 1), tvb_get_guint8(tvb, o + 2), tvb_get_guint8(tvb, o + 3));
    }
    o += 4;
    return o;
}

/* vs1.login.get_network: get_network */
static int d_vs1_login_get_network(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    return o;
}

/* vs1.login.network_params.config: network_config */
static int d_vs1_login_network_params_config(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.login.network_params.config.dhcp");
    proto_tree_add_item(tree, hf[176], tvb, o, 1, ENC_BIG_ENDIAN);
    if (sum) {
        txt_add(sum, " dhcp=" "%s", tvb_get_guint8(tvb, o) ? "true" : "false");
    }
    o += 1;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.login.network_params.config.ip");
    proto_tree_add_item(tree, hf[177], tvb, o, 4, ENC_BIG_ENDIAN);
    if (sum) {
        txt_add(sum, " ip=" "%u.%u.%u.%u", tvb_get_guint8(tvb, o + 0), tvb_get_guint8(tvb, o + 1), tvb_get_guint8(tvb, o + 2), tvb_get_guint8(tvb, o + 3));
    }
    o += 4;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.login.network_params.config.mask");
    proto_tree_add_item(tree, hf[178], tvb, o, 4, ENC_BIG_ENDIAN);
    if (sum) {
        txt_add(sum, " mask=" "%u.%u.%u.%u", tvb_get_guint8(tvb, o + 0), tvb_get_guint8(tvb, o + 1), tvb_get_guint8(tvb, o + 2), tvb_get_guint8(tvb, o + 3));
    }
    o += 4;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.login.network_params.config.gateway");
    proto_tree_add_item(tree, hf[179], tvb, o, 4, ENC_BIG_ENDIAN);
    o += 4;
    {
        if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.login.network_params.config.name");
        gint64 n64 = (gint64)tvb_get_guint8(tvb, o);
        proto_tree_add_item(tree, hf_length, tvb, o, 1, ENC_BIG_ENDIAN);
        o += 1;
        if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.login.network_params.config.name");
        int n = (int)n64;
        proto_item *it = proto_tree_add_item(tree, hf[180], tvb, o, n, ENC_ASCII);
        if (n > 0 && !ascii_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.login.network_params.config.name", "ascii");
        o += n;
    }
    return o;
}

/* vs1.login.network_params: network_params */
static int d_vs1_login_network_params(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 6) return short_(S, tree, pinfo, tvb, o, e, 6, "vs1.login.network_params.mac");
    proto_tree_add_item(tree, hf[174], tvb, o, 6, ENC_NA);
    o += 6;
    {
        txt_t ts; ts.n = 0; ts.s[0] = 0;
        int start = o;
        proto_item *it = proto_tree_add_item(tree, hf[175], tvb, o, 0, ENC_NA);
        proto_tree *sub = proto_item_add_subtree(it, ett[175]);
        o = d_vs1_login_network_params_config(tvb, pinfo, sub, o, e, S, tree ? &ts : NULL);
        if (o < 0) { proto_item_set_len(it, e - start); return -1; }
        proto_item_set_len(it, o - start);
        if (tree && ts.n > 0) proto_item_append_text(it, ":%s", ts.s);
    }
    return o;
}

/* vs1.login.set_network.auth: session_proof */
static int d_vs1_login_set_network_auth(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.login.set_network.auth.session");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[183], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " session=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.login.set_network.auth.counter");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[184], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " counter=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    {
        if (e - o < 16) return short_(S, tree, pinfo, tvb, o, e, 16, "vs1.login.set_network.auth.mac");
        int n = 16;
        proto_tree_add_item(tree, hf[185], tvb, o, n, ENC_NA);
        o += n;
    }
    return o;
}

/* vs1.login.set_network.config: network_config */
static int d_vs1_login_set_network_config(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.login.set_network.config.dhcp");
    proto_tree_add_item(tree, hf[187], tvb, o, 1, ENC_BIG_ENDIAN);
    if (sum) {
        txt_add(sum, " dhcp=" "%s", tvb_get_guint8(tvb, o) ? "true" : "false");
    }
    o += 1;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.login.set_network.config.ip");
    proto_tree_add_item(tree, hf[188], tvb, o, 4, ENC_BIG_ENDIAN);
    if (sum) {
        txt_add(sum, " ip=" "%u.%u.%u.%u", tvb_get_guint8(tvb, o + 0), tvb_get_guint8(tvb, o + 1), tvb_get_guint8(tvb, o + 2), tvb_get_guint8(tvb, o + 3));
    }
    o += 4;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.login.set_network.config.mask");
    proto_tree_add_item(tree, hf[189], tvb, o, 4, ENC_BIG_ENDIAN);
    if (sum) {
        txt_add(sum, " mask=" "%u.%u.%u.%u", tvb_get_guint8(tvb, o + 0), tvb_get_guint8(tvb, o + 1), tvb_get_guint8(tvb, o + 2), tvb_get_guint8(tvb, o + 3));
    }
    o += 4;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.login.set_network.config.gateway");
    proto_tree_add_item(tree, hf[190], tvb, o, 4, ENC_BIG_ENDIAN);
    o += 4;
    {
        if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.login.set_network.config.name");
        gint64 n64 = (gint64)tvb_get_guint8(tvb, o);
        proto_tree_add_item(tree, hf_length, tvb, o, 1, ENC_BIG_ENDIAN);
        o += 1;
        if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.login.set_network.config.name");
        int n = (int)n64;
        proto_item *it = proto_tree_add_item(tree, hf[191], tvb, o, n, ENC_ASCII);
        if (n > 0 && !ascii_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.login.set_network.config.name", "ascii");
        o += n;
    }
    return o;
}

/* vs1.login.set_network: set_network */
static int d_vs1_login_set_network(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    int p_auth = o;
    {
        txt_t ts; ts.n = 0; ts.s[0] = 0;
        int start = o;
        proto_item *it = proto_tree_add_item(tree, hf[182], tvb, o, (e - o < 24 ? 0 : 24), ENC_NA);
        proto_tree *sub = proto_item_add_subtree(it, ett[182]);
        o = d_vs1_login_set_network_auth(tvb, pinfo, sub, o, e, S, tree ? &ts : NULL);
        if (o < 0) { proto_item_set_len(it, e - start); return -1; }
        if (o - start != 24) proto_item_set_len(it, o - start);
        if (tree && ts.n > 0) proto_item_append_text(it, ":%s", ts.s);
    }
    if (sum) {
        gint64 sv = (gint64)tvb_get_ntohl(tvb, p_auth + 0);
        txt_add(sum, " session=" "%" G_GINT64_FORMAT, sv);
    }
    if (sum) {
        gint64 sv = (gint64)tvb_get_ntohl(tvb, p_auth + 4);
        txt_add(sum, " counter=" "%" G_GINT64_FORMAT, sv);
    }
    {
        txt_t ts; ts.n = 0; ts.s[0] = 0;
        int start = o;
        proto_item *it = proto_tree_add_item(tree, hf[186], tvb, o, 0, ENC_NA);
        proto_tree *sub = proto_item_add_subtree(it, ett[186]);
        o = d_vs1_login_set_network_config(tvb, pinfo, sub, o, e, S, tree ? &ts : NULL);
        if (o < 0) { proto_item_set_len(it, e - start); return -1; }
        proto_item_set_len(it, o - start);
        if (tree && ts.n > 0) proto_item_append_text(it, ":%s", ts.s);
    }
    return o;
}

/* vs1.login.error_reply: error_reply */
static int d_vs1_login_error_reply(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.login.error_reply.status");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[193], tvb, o, 2, ENC_BIG_ENDIAN);
        if (!try_val_to_str((guint32)v, vs_status_code)) unknown_enum(pinfo, it, "vs1.login.error_reply.status", v);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " status=", vs_status_code, sv);
        }
        o += 2;
    }
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.login.error_reply.request_type");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[194], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " request_type=", vs_message_star, sv);
        }
        o += 2;
    }
    {
        if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.login.error_reply.detail");
        gint64 n64 = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf_length, tvb, o, 2, ENC_BIG_ENDIAN);
        o += 2;
        if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.login.error_reply.detail");
        int n = (int)n64;
        proto_item *it = proto_tree_add_item(tree, hf[195], tvb, o, n, ENC_UTF_8);
        if (n > 0 && !utf8_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.login.error_reply.detail", "utf-8");
        if (sum) txt_quote(sum, " detail=", pinfo, tvb, o, n, ENC_UTF_8, FALSE);
        o += n;
    }
    return o;
}

/* vs1.monitor.hello.auth: session_proof */
static int d_vs1_monitor_hello_auth(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.monitor.hello.auth.session");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[198], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " session=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.monitor.hello.auth.counter");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[199], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " counter=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    {
        if (e - o < 16) return short_(S, tree, pinfo, tvb, o, e, 16, "vs1.monitor.hello.auth.mac");
        int n = 16;
        proto_tree_add_item(tree, hf[200], tvb, o, n, ENC_NA);
        o += n;
    }
    return o;
}

/* vs1.monitor.hello: hello */
static int d_vs1_monitor_hello(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    int p_auth = o;
    {
        txt_t ts; ts.n = 0; ts.s[0] = 0;
        int start = o;
        proto_item *it = proto_tree_add_item(tree, hf[197], tvb, o, (e - o < 24 ? 0 : 24), ENC_NA);
        proto_tree *sub = proto_item_add_subtree(it, ett[197]);
        o = d_vs1_monitor_hello_auth(tvb, pinfo, sub, o, e, S, tree ? &ts : NULL);
        if (o < 0) { proto_item_set_len(it, e - start); return -1; }
        if (o - start != 24) proto_item_set_len(it, o - start);
        if (tree && ts.n > 0) proto_item_append_text(it, ":%s", ts.s);
    }
    if (sum) {
        gint64 sv = (gint64)tvb_get_ntohl(tvb, p_auth + 0);
        txt_add(sum, " session=" "%" G_GINT64_FORMAT, sv);
    }
    if (sum) {
        gint64 sv = (gint64)tvb_get_ntohl(tvb, p_auth + 4);
        txt_add(sum, " counter=" "%" G_GINT64_FORMAT, sv);
    }
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.monitor.hello.interval_ms");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[201], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " interval_ms=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    {
        if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.monitor.hello.client_name");
        gint64 n64 = (gint64)tvb_get_guint8(tvb, o);
        proto_tree_add_item(tree, hf_length, tvb, o, 1, ENC_BIG_ENDIAN);
        o += 1;
        if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.monitor.hello.client_name");
        int n = (int)n64;
        proto_item *it = proto_tree_add_item(tree, hf[202], tvb, o, n, ENC_UTF_8);
        if (n > 0 && !utf8_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.monitor.hello.client_name", "utf-8");
        if (sum) txt_quote(sum, " client_name=", pinfo, tvb, o, n, ENC_UTF_8, FALSE);
        o += n;
    }
    return o;
}

/* vs1.monitor.hello_ack: hello_ack */
static int d_vs1_monitor_hello_ack(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.monitor.hello_ack.monitor_id");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[204], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " monitor_id=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.monitor.hello_ack.interval_ms");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[205], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " interval_ms=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.monitor.hello_ack.timeout_ms");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[206], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " timeout_ms=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    return o;
}

/* vs1.monitor.watch: watch */
static int d_vs1_monitor_watch(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.monitor.watch.port");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[208], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " port=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.monitor.watch.client_port");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[209], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " client_port=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    return o;
}

/* vs1.monitor.watch_ack: watch_ack */
static int d_vs1_monitor_watch_ack(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.monitor.watch_ack.watched");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[211], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " watched=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    return o;
}

/* vs1.monitor.heartbeat: heartbeat */
static int d_vs1_monitor_heartbeat(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.monitor.heartbeat.counter");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[213], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " counter=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.monitor.heartbeat.uptime_ms");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[214], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " uptime_ms=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    return o;
}

/* vs1.monitor.goodbye: goodbye */
static int d_vs1_monitor_goodbye(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.monitor.goodbye.reason");
    {
        gint64 v = (gint64)tvb_get_guint8(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[216], tvb, o, 1, ENC_BIG_ENDIAN);
        if (!try_val_to_str((guint32)v, vs_goodbye_reason)) unknown_enum(pinfo, it, "vs1.monitor.goodbye.reason", v);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " reason=", vs_goodbye_reason, sv);
        }
        o += 1;
    }
    return o;
}

/* vs1.monitor.error_reply: error_reply */
static int d_vs1_monitor_error_reply(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.monitor.error_reply.status");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[218], tvb, o, 2, ENC_BIG_ENDIAN);
        if (!try_val_to_str((guint32)v, vs_status_code)) unknown_enum(pinfo, it, "vs1.monitor.error_reply.status", v);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " status=", vs_status_code, sv);
        }
        o += 2;
    }
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.monitor.error_reply.request_type");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[219], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " request_type=", vs_message_star, sv);
        }
        o += 2;
    }
    {
        if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.monitor.error_reply.detail");
        gint64 n64 = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf_length, tvb, o, 2, ENC_BIG_ENDIAN);
        o += 2;
        if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.monitor.error_reply.detail");
        int n = (int)n64;
        proto_item *it = proto_tree_add_item(tree, hf[220], tvb, o, n, ENC_UTF_8);
        if (n > 0 && !utf8_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.monitor.error_reply.detail", "utf-8");
        if (sum) txt_quote(sum, " detail=", pinfo, tvb, o, n, ENC_UTF_8, FALSE);
        o += n;
    }
    return o;
}

/* vs1.partq.partq_info: partq_info */
static int d_vs1_partq_partq_info(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    return o;
}

/* vs1.partq.partq_status: partq_status */
static int d_vs1_partq_partq_status(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.partq.partq_status.depth");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[223], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " depth=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.partq.partq_status.count");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[224], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " count=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.partq.partq_status.oldest");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[225], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " oldest=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.partq.partq_status.newest");
    {
        proto_tree_add_item(tree, hf[226], tvb, o, 4, ENC_BIG_ENDIAN);
        o += 4;
    }
    return o;
}

/* vs1.partq.fetch_range: fetch_range */
static int d_vs1_partq_fetch_range(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.partq.fetch_range.first");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[228], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " first=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.partq.fetch_range.last");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[229], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " last=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.partq.fetch_range.max_records");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[230], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " max_records=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.partq.fetch_range.options");
    {
        proto_item *it = proto_tree_add_item(tree, hf[231], tvb, o, 1, ENC_BIG_ENDIAN);
        proto_tree *st = proto_item_add_subtree(it, ett[231]);
        proto_tree_add_item(st, hf[232], tvb, o, 1, ENC_BIG_ENDIAN);
        o += 1;
    }
    return o;
}

/* vs1.partq.fetch_latest: fetch_latest */
static int d_vs1_partq_fetch_latest(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.partq.fetch_latest.count");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[234], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " count=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.partq.fetch_latest.options");
    {
        gint64 v = (gint64)tvb_get_guint8(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[235], tvb, o, 1, ENC_BIG_ENDIAN);
        proto_tree *st = proto_item_add_subtree(it, ett[235]);
        proto_tree_add_item(st, hf[236], tvb, o, 1, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_hex(sum, " options=", sv);
        }
        o += 1;
    }
    return o;
}

/* vs1.partq.partq_records.datums: datum_desc */
static int d_vs1_partq_partq_records_datums(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.partq.partq_records.datums.datum_id");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[241], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " datum_id=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.partq.partq_records.datums.type");
    {
        gint64 v = (gint64)tvb_get_guint8(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[242], tvb, o, 1, ENC_BIG_ENDIAN);
        if (!try_val_to_str((guint32)v, vs_datum_type)) unknown_enum(pinfo, it, "vs1.partq.partq_records.datums.type", v);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " type=", vs_datum_type, sv);
        }
        o += 1;
    }
    {
        if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.partq.partq_records.datums.path");
        gint64 n64 = (gint64)tvb_get_guint8(tvb, o);
        proto_tree_add_item(tree, hf_length, tvb, o, 1, ENC_BIG_ENDIAN);
        o += 1;
        if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.partq.partq_records.datums.path");
        int n = (int)n64;
        proto_item *it = proto_tree_add_item(tree, hf[243], tvb, o, n, ENC_ASCII);
        if (n > 0 && !ascii_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.partq.partq_records.datums.path", "ascii");
        if (sum) txt_quote(sum, " path=", pinfo, tvb, o, n, ENC_ASCII, FALSE);
        o += n;
    }
    return o;
}

/* vs1.partq.partq_records.records.datums.value.point2d: point2d */
static int d_vs1_partq_partq_records_records_datums_value_point2d(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.partq.partq_records.records.datums.value.point2d.x");
    proto_tree_add_item(tree, hf[262], tvb, o, 4, ENC_BIG_ENDIAN);
    if (sum) {
        txt_add(sum, " x=" "%g", (double)tvb_get_ntohieee_float(tvb, o));
    }
    o += 4;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.partq.partq_records.records.datums.value.point2d.y");
    proto_tree_add_item(tree, hf[263], tvb, o, 4, ENC_BIG_ENDIAN);
    if (sum) {
        txt_add(sum, " y=" "%g", (double)tvb_get_ntohieee_float(tvb, o));
    }
    o += 4;
    return o;
}

/* vs1.partq.partq_records.records.datums: datum_value */
static int d_vs1_partq_partq_records_records_datums(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    gint64 v_type = 0; gboolean h_type = FALSE; (void)v_type; (void)h_type;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.partq.partq_records.records.datums.datum_id");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[254], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " datum_id=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.partq.partq_records.records.datums.type");
    {
        gint64 v = (gint64)tvb_get_guint8(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[255], tvb, o, 1, ENC_BIG_ENDIAN);
        if (!try_val_to_str((guint32)v, vs_datum_type)) unknown_enum(pinfo, it, "vs1.partq.partq_records.records.datums.type", v);
        v_type = v; h_type = TRUE;
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " type=", vs_datum_type, sv);
        }
        o += 1;
    }
    if (v_type == 0) {
        if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.partq.partq_records.records.datums.value.int32");
        {
            proto_tree_add_item(tree, hf[256], tvb, o, 4, ENC_BIG_ENDIAN);
            o += 4;
        }
    } else if (v_type == 1) {
        if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.partq.partq_records.records.datums.value.uint32");
        {
            proto_tree_add_item(tree, hf[257], tvb, o, 4, ENC_BIG_ENDIAN);
            o += 4;
        }
    } else if (v_type == 2) {
        if (e - o < 8) return short_(S, tree, pinfo, tvb, o, e, 8, "vs1.partq.partq_records.records.datums.value.float64");
        proto_tree_add_item(tree, hf[258], tvb, o, 8, ENC_BIG_ENDIAN);
        o += 8;
    } else if (v_type == 3) {
        if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.partq.partq_records.records.datums.value.bool");
        proto_tree_add_item(tree, hf[259], tvb, o, 1, ENC_BIG_ENDIAN);
        o += 1;
    } else if (v_type == 4) {
        {
            if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.partq.partq_records.records.datums.value.string");
            gint64 n64 = (gint64)tvb_get_ntohs(tvb, o);
            proto_tree_add_item(tree, hf_length, tvb, o, 2, ENC_BIG_ENDIAN);
            o += 2;
            if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.partq.partq_records.records.datums.value.string");
            int n = (int)n64;
            proto_item *it = proto_tree_add_item(tree, hf[260], tvb, o, n, ENC_UTF_8);
            if (n > 0 && !utf8_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.partq.partq_records.records.datums.value.string", "utf-8");
            o += n;
        }
    } else if (v_type == 5) {
        {
            txt_t ts; ts.n = 0; ts.s[0] = 0;
            int start = o;
            proto_item *it = proto_tree_add_item(tree, hf[261], tvb, o, (e - o < 8 ? 0 : 8), ENC_NA);
            proto_tree *sub = proto_item_add_subtree(it, ett[261]);
            o = d_vs1_partq_partq_records_records_datums_value_point2d(tvb, pinfo, sub, o, e, S, tree ? &ts : NULL);
            if (o < 0) { proto_item_set_len(it, e - start); return -1; }
            if (o - start != 8) proto_item_set_len(it, o - start);
            if (tree && ts.n > 0) proto_item_append_text(it, ":%s", ts.s);
        }
    } else {
        return no_case(S, tree, pinfo, tvb, o, e, "vs1.partq.partq_records.records.datums.value", "type", v_type);
    }
    return o;
}

/* vs1.partq.partq_records.records.image: image_data */
static int d_vs1_partq_partq_records_records_image(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    gint64 v_data_length = 0; gboolean h_data_length = FALSE; (void)v_data_length; (void)h_data_length;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.partq.partq_records.records.image.image_id");
    {
        proto_tree_add_item(tree, hf[265], tvb, o, 4, ENC_BIG_ENDIAN);
        o += 4;
    }
    if (e - o < 8) return short_(S, tree, pinfo, tvb, o, e, 8, "vs1.partq.partq_records.records.image.timestamp_us");
    {
        gint64 v = (gint64)tvb_get_ntoh64(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[266], tvb, o, 8, ENC_BIG_ENDIAN);
        if (tree) epoch_text(it, (double)(guint64)v, 1e-06);
        o += 8;
    }
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.partq.partq_records.records.image.width");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[267], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " width=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.partq.partq_records.records.image.height");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[268], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " height=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.partq.partq_records.records.image.pixel_format");
    {
        gint64 v = (gint64)tvb_get_guint8(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[269], tvb, o, 1, ENC_BIG_ENDIAN);
        if (!try_val_to_str((guint32)v, vs_pixel_format)) unknown_enum(pinfo, it, "vs1.partq.partq_records.records.image.pixel_format", v);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " pixel_format=", vs_pixel_format, sv);
        }
        o += 1;
    }
    if (e - o < 3) return short_(S, tree, pinfo, tvb, o, e, 3, "vs1.partq.partq_records.records.image.pad0");
    proto_tree_add_item(tree, hf[270], tvb, o, 3, ENC_NA);
    o += 3;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.partq.partq_records.records.image.data_length");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[271], tvb, o, 4, ENC_BIG_ENDIAN);
        v_data_length = v; h_data_length = TRUE;
        o += 4;
    }
    {
        if (v_data_length > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)v_data_length, "vs1.partq.partq_records.records.image.data");
        int n = (int)v_data_length;
        proto_tree_add_item(tree, hf[272], tvb, o, n, ENC_NA);
        o += n;
    }
    return o;
}

/* vs1.partq.partq_records.records: record */
static int d_vs1_partq_partq_records_records(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    gint64 v_flags = 0; gboolean h_flags = FALSE; (void)v_flags; (void)h_flags;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.partq.partq_records.records.inspection");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[246], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " inspection=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    if (e - o < 8) return short_(S, tree, pinfo, tvb, o, e, 8, "vs1.partq.partq_records.records.timestamp_us");
    {
        gint64 v = (gint64)tvb_get_ntoh64(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[247], tvb, o, 8, ENC_BIG_ENDIAN);
        if (tree) epoch_text(it, (double)(guint64)v, 1e-06);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " timestamp_us=" "%" G_GUINT64_FORMAT, (guint64)sv);
        }
        o += 8;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.partq.partq_records.records.flags");
    {
        gint64 v = (gint64)tvb_get_guint8(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[248], tvb, o, 1, ENC_BIG_ENDIAN);
        proto_tree *st = proto_item_add_subtree(it, ett[248]);
        proto_tree_add_item(st, hf[249], tvb, o, 1, ENC_BIG_ENDIAN);
        proto_tree_add_item(st, hf[250], tvb, o, 1, ENC_BIG_ENDIAN);
        proto_tree_add_item(st, hf[251], tvb, o, 1, ENC_BIG_ENDIAN);
        v_flags = v; h_flags = TRUE;
        if (sum) {
            gint64 sv = v;
            txt_hex(sum, " flags=", sv);
        }
        o += 1;
    }
    {
        if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.partq.partq_records.records.datums_count");
        gint64 n1 = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[252], tvb, o, 2, ENC_BIG_ENDIAN);
        o += 2;
        if (n1 > 255) return too_many(S, tree, pinfo, tvb, o, e, "vs1.partq.partq_records.records.datums", n1, 255);
        if (n1 * 4 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)(n1 * 4), "vs1.partq.partq_records.records.datums");
        for (gint64 i2 = 1; i2 <= n1; i2++) {
            {
                txt_t ts; ts.n = 0; ts.s[0] = 0;
                int start = o;
                proto_item *it = proto_tree_add_item(tree, hf[253], tvb, o, 0, ENC_NA);
                proto_tree *sub = proto_item_add_subtree(it, ett[253]);
                o = d_vs1_partq_partq_records_records_datums(tvb, pinfo, sub, o, e, S, tree ? &ts : NULL);
                if (o < 0) { proto_item_set_len(it, e - start); return -1; }
                proto_item_set_len(it, o - start);
                if (tree) proto_item_set_text(it, "%s [%" G_GINT64_FORMAT "]:%s", "Datums", i2 - 1, ts.s);
            }
        }
    }
    if (h_flags && (v_flags & 0x2) != 0) {
        {
            txt_t ts; ts.n = 0; ts.s[0] = 0;
            int start = o;
            proto_item *it = proto_tree_add_item(tree, hf[264], tvb, o, 0, ENC_NA);
            proto_tree *sub = proto_item_add_subtree(it, ett[264]);
            o = d_vs1_partq_partq_records_records_image(tvb, pinfo, sub, o, e, S, tree ? &ts : NULL);
            if (o < 0) { proto_item_set_len(it, e - start); return -1; }
            proto_item_set_len(it, o - start);
            if (tree && ts.n > 0) proto_item_append_text(it, ":%s", ts.s);
        }
    }
    return o;
}

/* vs1.partq.partq_records: partq_records */
static int d_vs1_partq_partq_records(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.partq.partq_records.more");
    proto_tree_add_item(tree, hf[238], tvb, o, 1, ENC_BIG_ENDIAN);
    if (sum) {
        txt_add(sum, " more=" "%s", tvb_get_guint8(tvb, o) ? "true" : "false");
    }
    o += 1;
    {
        if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.partq.partq_records.datums_count");
        gint64 n1 = (gint64)tvb_get_guint8(tvb, o);
        proto_tree_add_item(tree, hf[239], tvb, o, 1, ENC_BIG_ENDIAN);
        o += 1;
        if (n1 > 255) return too_many(S, tree, pinfo, tvb, o, e, "vs1.partq.partq_records.datums", n1, 255);
        if (n1 * 4 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)(n1 * 4), "vs1.partq.partq_records.datums");
        for (gint64 i2 = 1; i2 <= n1; i2++) {
            {
                txt_t ts; ts.n = 0; ts.s[0] = 0;
                int start = o;
                proto_item *it = proto_tree_add_item(tree, hf[240], tvb, o, 0, ENC_NA);
                proto_tree *sub = proto_item_add_subtree(it, ett[240]);
                o = d_vs1_partq_partq_records_datums(tvb, pinfo, sub, o, e, S, tree ? &ts : NULL);
                if (o < 0) { proto_item_set_len(it, e - start); return -1; }
                proto_item_set_len(it, o - start);
                if (tree) proto_item_set_text(it, "%s [%" G_GINT64_FORMAT "]:%s", "Datums", i2 - 1, ts.s);
            }
        }
    }
    {
        if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.partq.partq_records.records_count");
        gint64 n4 = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[244], tvb, o, 2, ENC_BIG_ENDIAN);
        o += 2;
        if (n4 > 65535) return too_many(S, tree, pinfo, tvb, o, e, "vs1.partq.partq_records.records", n4, 65535);
        if (n4 * 15 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)(n4 * 15), "vs1.partq.partq_records.records");
        for (gint64 i5 = 1; i5 <= n4; i5++) {
            {
                txt_t ts; ts.n = 0; ts.s[0] = 0;
                int start = o;
                proto_item *it = proto_tree_add_item(tree, hf[245], tvb, o, 0, ENC_NA);
                proto_tree *sub = proto_item_add_subtree(it, ett[245]);
                o = d_vs1_partq_partq_records_records(tvb, pinfo, sub, o, e, S, tree ? &ts : NULL);
                if (o < 0) { proto_item_set_len(it, e - start); return -1; }
                proto_item_set_len(it, o - start);
                if (tree) proto_item_set_text(it, "%s [%" G_GINT64_FORMAT "]:%s", "Records", i5 - 1, ts.s);
            }
        }
    }
    return o;
}

/* vs1.partq.error_reply: error_reply */
static int d_vs1_partq_error_reply(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.partq.error_reply.status");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[274], tvb, o, 2, ENC_BIG_ENDIAN);
        if (!try_val_to_str((guint32)v, vs_status_code)) unknown_enum(pinfo, it, "vs1.partq.error_reply.status", v);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " status=", vs_status_code, sv);
        }
        o += 2;
    }
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.partq.error_reply.request_type");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[275], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " request_type=", vs_message_star, sv);
        }
        o += 2;
    }
    {
        if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.partq.error_reply.detail");
        gint64 n64 = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf_length, tvb, o, 2, ENC_BIG_ENDIAN);
        o += 2;
        if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.partq.error_reply.detail");
        int n = (int)n64;
        proto_item *it = proto_tree_add_item(tree, hf[276], tvb, o, n, ENC_UTF_8);
        if (n > 0 && !utf8_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.partq.error_reply.detail", "utf-8");
        if (sum) txt_quote(sum, " detail=", pinfo, tvb, o, n, ENC_UTF_8, FALSE);
        o += n;
    }
    return o;
}

/* vs1.partq.bind_session.auth: session_proof */
static int d_vs1_partq_bind_session_auth(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.partq.bind_session.auth.session");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[279], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " session=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.partq.bind_session.auth.counter");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[280], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " counter=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    {
        if (e - o < 16) return short_(S, tree, pinfo, tvb, o, e, 16, "vs1.partq.bind_session.auth.mac");
        int n = 16;
        proto_tree_add_item(tree, hf[281], tvb, o, n, ENC_NA);
        o += n;
    }
    return o;
}

/* vs1.partq.bind_session: bind_session */
static int d_vs1_partq_bind_session(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    int p_auth = o;
    {
        txt_t ts; ts.n = 0; ts.s[0] = 0;
        int start = o;
        proto_item *it = proto_tree_add_item(tree, hf[278], tvb, o, (e - o < 24 ? 0 : 24), ENC_NA);
        proto_tree *sub = proto_item_add_subtree(it, ett[278]);
        o = d_vs1_partq_bind_session_auth(tvb, pinfo, sub, o, e, S, tree ? &ts : NULL);
        if (o < 0) { proto_item_set_len(it, e - start); return -1; }
        if (o - start != 24) proto_item_set_len(it, o - start);
        if (tree && ts.n > 0) proto_item_append_text(it, ":%s", ts.s);
    }
    if (sum) {
        gint64 sv = (gint64)tvb_get_ntohl(tvb, p_auth + 0);
        txt_add(sum, " session=" "%" G_GINT64_FORMAT, sv);
    }
    if (sum) {
        gint64 sv = (gint64)tvb_get_ntohl(tvb, p_auth + 4);
        txt_add(sum, " counter=" "%" G_GINT64_FORMAT, sv);
    }
    return o;
}

/* vs1.partq.bind_ack: bind_ack */
static int d_vs1_partq_bind_ack(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.partq.bind_ack.session");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[283], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " session=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.partq.bind_ack.in_control");
    proto_tree_add_item(tree, hf[284], tvb, o, 1, ENC_BIG_ENDIAN);
    if (sum) {
        txt_add(sum, " in_control=" "%s", tvb_get_guint8(tvb, o) ? "true" : "false");
    }
    o += 1;
    return o;
}

/* vs1.report_control.set_rate: set_rate */
static int d_vs1_report_control_set_rate(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.report_control.set_rate.report_id");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[286], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " report_id=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.report_control.set_rate.rate_hz");
    proto_tree_add_item(tree, hf[287], tvb, o, 4, ENC_BIG_ENDIAN);
    if (sum) {
        txt_add(sum, " rate_hz=" "%g", (double)tvb_get_ntohieee_float(tvb, o));
    }
    o += 4;
    return o;
}

/* vs1.report_control.control_ack: control_ack */
static int d_vs1_report_control_control_ack(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.report_control.control_ack.report_id");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[289], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " report_id=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    return o;
}

/* vs1.report_control.add_datums: add_datums */
static int d_vs1_report_control_add_datums(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.report_control.add_datums.report_id");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[291], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " report_id=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    {
        if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.report_control.add_datums.paths_count");
        gint64 n1 = (gint64)tvb_get_guint8(tvb, o);
        proto_tree_add_item(tree, hf[292], tvb, o, 1, ENC_BIG_ENDIAN);
        o += 1;
        if (n1 > 255) return too_many(S, tree, pinfo, tvb, o, e, "vs1.report_control.add_datums.paths", n1, 255);
        if (n1 * 1 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)(n1 * 1), "vs1.report_control.add_datums.paths");
        for (gint64 i2 = 1; i2 <= n1; i2++) {
            {
                if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.report_control.add_datums.paths");
                gint64 n64 = (gint64)tvb_get_guint8(tvb, o);
                proto_tree_add_item(tree, hf_length, tvb, o, 1, ENC_BIG_ENDIAN);
                o += 1;
                if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.report_control.add_datums.paths");
                int n = (int)n64;
                proto_item *it = proto_tree_add_item(tree, hf[293], tvb, o, n, ENC_ASCII);
                if (n > 0 && !ascii_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.report_control.add_datums.paths", "ascii");
                o += n;
            }
        }
    }
    return o;
}

/* vs1.report_control.remove_datums: remove_datums */
static int d_vs1_report_control_remove_datums(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.report_control.remove_datums.report_id");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[295], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " report_id=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    {
        if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.report_control.remove_datums.datum_ids_count");
        gint64 n1 = (gint64)tvb_get_guint8(tvb, o);
        proto_tree_add_item(tree, hf[296], tvb, o, 1, ENC_BIG_ENDIAN);
        o += 1;
        if (n1 > 255) return too_many(S, tree, pinfo, tvb, o, e, "vs1.report_control.remove_datums.datum_ids", n1, 255);
        if (n1 * 2 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)(n1 * 2), "vs1.report_control.remove_datums.datum_ids");
        for (gint64 i2 = 1; i2 <= n1; i2++) {
            if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.report_control.remove_datums.datum_ids");
            {
                proto_tree_add_item(tree, hf[297], tvb, o, 2, ENC_BIG_ENDIAN);
                o += 2;
            }
        }
    }
    return o;
}

/* vs1.report_control.list_datums: list_datums */
static int d_vs1_report_control_list_datums(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.report_control.list_datums.report_id");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[299], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " report_id=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    return o;
}

/* vs1.report_control.datum_list.datums: datum_desc */
static int d_vs1_report_control_datum_list_datums(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.report_control.datum_list.datums.datum_id");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[304], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " datum_id=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.report_control.datum_list.datums.type");
    {
        gint64 v = (gint64)tvb_get_guint8(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[305], tvb, o, 1, ENC_BIG_ENDIAN);
        if (!try_val_to_str((guint32)v, vs_datum_type)) unknown_enum(pinfo, it, "vs1.report_control.datum_list.datums.type", v);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " type=", vs_datum_type, sv);
        }
        o += 1;
    }
    {
        if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.report_control.datum_list.datums.path");
        gint64 n64 = (gint64)tvb_get_guint8(tvb, o);
        proto_tree_add_item(tree, hf_length, tvb, o, 1, ENC_BIG_ENDIAN);
        o += 1;
        if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.report_control.datum_list.datums.path");
        int n = (int)n64;
        proto_item *it = proto_tree_add_item(tree, hf[306], tvb, o, n, ENC_ASCII);
        if (n > 0 && !ascii_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.report_control.datum_list.datums.path", "ascii");
        if (sum) txt_quote(sum, " path=", pinfo, tvb, o, n, ENC_ASCII, FALSE);
        o += n;
    }
    return o;
}

/* vs1.report_control.datum_list: datum_list */
static int d_vs1_report_control_datum_list(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.report_control.datum_list.report_id");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[301], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " report_id=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    {
        if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.report_control.datum_list.datums_count");
        gint64 n1 = (gint64)tvb_get_guint8(tvb, o);
        proto_tree_add_item(tree, hf[302], tvb, o, 1, ENC_BIG_ENDIAN);
        o += 1;
        if (n1 > 255) return too_many(S, tree, pinfo, tvb, o, e, "vs1.report_control.datum_list.datums", n1, 255);
        if (n1 * 4 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)(n1 * 4), "vs1.report_control.datum_list.datums");
        for (gint64 i2 = 1; i2 <= n1; i2++) {
            {
                txt_t ts; ts.n = 0; ts.s[0] = 0;
                int start = o;
                proto_item *it = proto_tree_add_item(tree, hf[303], tvb, o, 0, ENC_NA);
                proto_tree *sub = proto_item_add_subtree(it, ett[303]);
                o = d_vs1_report_control_datum_list_datums(tvb, pinfo, sub, o, e, S, tree ? &ts : NULL);
                if (o < 0) { proto_item_set_len(it, e - start); return -1; }
                proto_item_set_len(it, o - start);
                if (tree) proto_item_set_text(it, "%s [%" G_GINT64_FORMAT "]:%s", "Datums", i2 - 1, ts.s);
            }
        }
    }
    return o;
}

/* vs1.report_control.list_reports: list_reports */
static int d_vs1_report_control_list_reports(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    return o;
}

/* vs1.report_control.report_list.reports: report_info */
static int d_vs1_report_control_report_list_reports(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.report_control.report_list.reports.report_id");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[311], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " report_id=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.report_control.report_list.reports.mode");
    {
        gint64 v = (gint64)tvb_get_guint8(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[312], tvb, o, 1, ENC_BIG_ENDIAN);
        if (!try_val_to_str((guint32)v, vs_report_mode)) unknown_enum(pinfo, it, "vs1.report_control.report_list.reports.mode", v);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " mode=", vs_report_mode, sv);
        }
        o += 1;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.report_control.report_list.reports.state");
    {
        gint64 v = (gint64)tvb_get_guint8(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[313], tvb, o, 1, ENC_BIG_ENDIAN);
        proto_tree *st = proto_item_add_subtree(it, ett[313]);
        proto_tree_add_item(st, hf[314], tvb, o, 1, ENC_BIG_ENDIAN);
        proto_tree_add_item(st, hf[315], tvb, o, 1, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_hex(sum, " state=", sv);
        }
        o += 1;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.report_control.report_list.reports.rate_hz");
    proto_tree_add_item(tree, hf[316], tvb, o, 4, ENC_BIG_ENDIAN);
    o += 4;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.report_control.report_list.reports.datum_count");
    {
        proto_tree_add_item(tree, hf[317], tvb, o, 2, ENC_BIG_ENDIAN);
        o += 2;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.report_control.report_list.reports.delivered");
    {
        proto_tree_add_item(tree, hf[318], tvb, o, 4, ENC_BIG_ENDIAN);
        o += 4;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.report_control.report_list.reports.dropped");
    {
        proto_tree_add_item(tree, hf[319], tvb, o, 4, ENC_BIG_ENDIAN);
        o += 4;
    }
    return o;
}

/* vs1.report_control.report_list: report_list */
static int d_vs1_report_control_report_list(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    {
        if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.report_control.report_list.reports_count");
        gint64 n1 = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[309], tvb, o, 2, ENC_BIG_ENDIAN);
        o += 2;
        if (n1 > 1024) return too_many(S, tree, pinfo, tvb, o, e, "vs1.report_control.report_list.reports", n1, 1024);
        if (n1 * 18 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)(n1 * 18), "vs1.report_control.report_list.reports");
        for (gint64 i2 = 1; i2 <= n1; i2++) {
            {
                txt_t ts; ts.n = 0; ts.s[0] = 0;
                int start = o;
                proto_item *it = proto_tree_add_item(tree, hf[310], tvb, o, (e - o < 18 ? 0 : 18), ENC_NA);
                proto_tree *sub = proto_item_add_subtree(it, ett[310]);
                o = d_vs1_report_control_report_list_reports(tvb, pinfo, sub, o, e, S, tree ? &ts : NULL);
                if (o < 0) { proto_item_set_len(it, e - start); return -1; }
                if (o - start != 18) proto_item_set_len(it, o - start);
                if (tree) proto_item_set_text(it, "%s [%" G_GINT64_FORMAT "]:%s", "Reports", i2 - 1, ts.s);
            }
        }
    }
    return o;
}

/* vs1.report_control.pause_report: pause_report */
static int d_vs1_report_control_pause_report(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.report_control.pause_report.report_id");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[321], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " report_id=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    return o;
}

/* vs1.report_control.resume_report: resume_report */
static int d_vs1_report_control_resume_report(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.report_control.resume_report.report_id");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[323], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " report_id=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    return o;
}

/* vs1.report_control.error_reply: error_reply */
static int d_vs1_report_control_error_reply(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.report_control.error_reply.status");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[325], tvb, o, 2, ENC_BIG_ENDIAN);
        if (!try_val_to_str((guint32)v, vs_status_code)) unknown_enum(pinfo, it, "vs1.report_control.error_reply.status", v);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " status=", vs_status_code, sv);
        }
        o += 2;
    }
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.report_control.error_reply.request_type");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[326], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " request_type=", vs_message_star, sv);
        }
        o += 2;
    }
    {
        if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.report_control.error_reply.detail");
        gint64 n64 = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf_length, tvb, o, 2, ENC_BIG_ENDIAN);
        o += 2;
        if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.report_control.error_reply.detail");
        int n = (int)n64;
        proto_item *it = proto_tree_add_item(tree, hf[327], tvb, o, n, ENC_UTF_8);
        if (n > 0 && !utf8_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.report_control.error_reply.detail", "utf-8");
        if (sum) txt_quote(sum, " detail=", pinfo, tvb, o, n, ENC_UTF_8, FALSE);
        o += n;
    }
    return o;
}

/* vs1.report_control.bind_session.auth: session_proof */
static int d_vs1_report_control_bind_session_auth(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.report_control.bind_session.auth.session");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[330], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " session=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.report_control.bind_session.auth.counter");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[331], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " counter=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    {
        if (e - o < 16) return short_(S, tree, pinfo, tvb, o, e, 16, "vs1.report_control.bind_session.auth.mac");
        int n = 16;
        proto_tree_add_item(tree, hf[332], tvb, o, n, ENC_NA);
        o += n;
    }
    return o;
}

/* vs1.report_control.bind_session: bind_session */
static int d_vs1_report_control_bind_session(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    int p_auth = o;
    {
        txt_t ts; ts.n = 0; ts.s[0] = 0;
        int start = o;
        proto_item *it = proto_tree_add_item(tree, hf[329], tvb, o, (e - o < 24 ? 0 : 24), ENC_NA);
        proto_tree *sub = proto_item_add_subtree(it, ett[329]);
        o = d_vs1_report_control_bind_session_auth(tvb, pinfo, sub, o, e, S, tree ? &ts : NULL);
        if (o < 0) { proto_item_set_len(it, e - start); return -1; }
        if (o - start != 24) proto_item_set_len(it, o - start);
        if (tree && ts.n > 0) proto_item_append_text(it, ":%s", ts.s);
    }
    if (sum) {
        gint64 sv = (gint64)tvb_get_ntohl(tvb, p_auth + 0);
        txt_add(sum, " session=" "%" G_GINT64_FORMAT, sv);
    }
    if (sum) {
        gint64 sv = (gint64)tvb_get_ntohl(tvb, p_auth + 4);
        txt_add(sum, " counter=" "%" G_GINT64_FORMAT, sv);
    }
    return o;
}

/* vs1.report_control.bind_ack: bind_ack */
static int d_vs1_report_control_bind_ack(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.report_control.bind_ack.session");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[334], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " session=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.report_control.bind_ack.in_control");
    proto_tree_add_item(tree, hf[335], tvb, o, 1, ENC_BIG_ENDIAN);
    if (sum) {
        txt_add(sum, " in_control=" "%s", tvb_get_guint8(tvb, o) ? "true" : "false");
    }
    o += 1;
    return o;
}

/* vs1.reports.open_report: open_report */
static int d_vs1_reports_open_report(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.reports.open_report.report_id");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[337], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " report_id=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.reports.open_report.mode");
    {
        gint64 v = (gint64)tvb_get_guint8(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[338], tvb, o, 1, ENC_BIG_ENDIAN);
        if (!try_val_to_str((guint32)v, vs_report_mode)) unknown_enum(pinfo, it, "vs1.reports.open_report.mode", v);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " mode=", vs_report_mode, sv);
        }
        o += 1;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.reports.open_report.options");
    {
        gint64 v = (gint64)tvb_get_guint8(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[339], tvb, o, 1, ENC_BIG_ENDIAN);
        proto_tree *st = proto_item_add_subtree(it, ett[339]);
        proto_tree_add_item(st, hf[340], tvb, o, 1, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_hex(sum, " options=", sv);
        }
        o += 1;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.reports.open_report.rate_hz");
    proto_tree_add_item(tree, hf[341], tvb, o, 4, ENC_BIG_ENDIAN);
    o += 4;
    {
        if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.reports.open_report.datums_count");
        gint64 n1 = (gint64)tvb_get_guint8(tvb, o);
        proto_tree_add_item(tree, hf[342], tvb, o, 1, ENC_BIG_ENDIAN);
        o += 1;
        if (n1 > 255) return too_many(S, tree, pinfo, tvb, o, e, "vs1.reports.open_report.datums", n1, 255);
        if (n1 * 1 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)(n1 * 1), "vs1.reports.open_report.datums");
        for (gint64 i2 = 1; i2 <= n1; i2++) {
            {
                if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.reports.open_report.datums");
                gint64 n64 = (gint64)tvb_get_guint8(tvb, o);
                proto_tree_add_item(tree, hf_length, tvb, o, 1, ENC_BIG_ENDIAN);
                o += 1;
                if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.reports.open_report.datums");
                int n = (int)n64;
                proto_item *it = proto_tree_add_item(tree, hf[343], tvb, o, n, ENC_ASCII);
                if (n > 0 && !ascii_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.reports.open_report.datums", "ascii");
                o += n;
            }
        }
    }
    return o;
}

/* vs1.reports.report_opened.datums: datum_desc */
static int d_vs1_reports_report_opened_datums(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.reports.report_opened.datums.datum_id");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[349], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " datum_id=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.reports.report_opened.datums.type");
    {
        gint64 v = (gint64)tvb_get_guint8(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[350], tvb, o, 1, ENC_BIG_ENDIAN);
        if (!try_val_to_str((guint32)v, vs_datum_type)) unknown_enum(pinfo, it, "vs1.reports.report_opened.datums.type", v);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " type=", vs_datum_type, sv);
        }
        o += 1;
    }
    {
        if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.reports.report_opened.datums.path");
        gint64 n64 = (gint64)tvb_get_guint8(tvb, o);
        proto_tree_add_item(tree, hf_length, tvb, o, 1, ENC_BIG_ENDIAN);
        o += 1;
        if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.reports.report_opened.datums.path");
        int n = (int)n64;
        proto_item *it = proto_tree_add_item(tree, hf[351], tvb, o, n, ENC_ASCII);
        if (n > 0 && !ascii_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.reports.report_opened.datums.path", "ascii");
        if (sum) txt_quote(sum, " path=", pinfo, tvb, o, n, ENC_ASCII, FALSE);
        o += n;
    }
    return o;
}

/* vs1.reports.report_opened: report_opened */
static int d_vs1_reports_report_opened(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.reports.report_opened.report_id");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[345], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " report_id=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.reports.report_opened.next_inspection");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[346], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " next_inspection=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    {
        if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.reports.report_opened.datums_count");
        gint64 n1 = (gint64)tvb_get_guint8(tvb, o);
        proto_tree_add_item(tree, hf[347], tvb, o, 1, ENC_BIG_ENDIAN);
        o += 1;
        if (n1 > 255) return too_many(S, tree, pinfo, tvb, o, e, "vs1.reports.report_opened.datums", n1, 255);
        if (n1 * 4 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)(n1 * 4), "vs1.reports.report_opened.datums");
        for (gint64 i2 = 1; i2 <= n1; i2++) {
            {
                txt_t ts; ts.n = 0; ts.s[0] = 0;
                int start = o;
                proto_item *it = proto_tree_add_item(tree, hf[348], tvb, o, 0, ENC_NA);
                proto_tree *sub = proto_item_add_subtree(it, ett[348]);
                o = d_vs1_reports_report_opened_datums(tvb, pinfo, sub, o, e, S, tree ? &ts : NULL);
                if (o < 0) { proto_item_set_len(it, e - start); return -1; }
                proto_item_set_len(it, o - start);
                if (tree) proto_item_set_text(it, "%s [%" G_GINT64_FORMAT "]:%s", "Datums", i2 - 1, ts.s);
            }
        }
    }
    return o;
}

/* vs1.reports.close_report: close_report */
static int d_vs1_reports_close_report(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.reports.close_report.report_id");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[353], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " report_id=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    return o;
}

/* vs1.reports.report_closed: report_closed */
static int d_vs1_reports_report_closed(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.reports.report_closed.report_id");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[355], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " report_id=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.reports.report_closed.delivered");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[356], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " delivered=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.reports.report_closed.dropped");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[357], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " dropped=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    return o;
}

/* vs1.reports.report_record.record.datums.value.point2d: point2d */
static int d_vs1_reports_report_record_record_datums_value_point2d(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.reports.report_record.record.datums.value.point2d.x");
    proto_tree_add_item(tree, hf[378], tvb, o, 4, ENC_BIG_ENDIAN);
    if (sum) {
        txt_add(sum, " x=" "%g", (double)tvb_get_ntohieee_float(tvb, o));
    }
    o += 4;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.reports.report_record.record.datums.value.point2d.y");
    proto_tree_add_item(tree, hf[379], tvb, o, 4, ENC_BIG_ENDIAN);
    if (sum) {
        txt_add(sum, " y=" "%g", (double)tvb_get_ntohieee_float(tvb, o));
    }
    o += 4;
    return o;
}

/* vs1.reports.report_record.record.datums: datum_value */
static int d_vs1_reports_report_record_record_datums(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    gint64 v_type = 0; gboolean h_type = FALSE; (void)v_type; (void)h_type;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.reports.report_record.record.datums.datum_id");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[370], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " datum_id=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.reports.report_record.record.datums.type");
    {
        gint64 v = (gint64)tvb_get_guint8(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[371], tvb, o, 1, ENC_BIG_ENDIAN);
        if (!try_val_to_str((guint32)v, vs_datum_type)) unknown_enum(pinfo, it, "vs1.reports.report_record.record.datums.type", v);
        v_type = v; h_type = TRUE;
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " type=", vs_datum_type, sv);
        }
        o += 1;
    }
    if (v_type == 0) {
        if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.reports.report_record.record.datums.value.int32");
        {
            proto_tree_add_item(tree, hf[372], tvb, o, 4, ENC_BIG_ENDIAN);
            o += 4;
        }
    } else if (v_type == 1) {
        if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.reports.report_record.record.datums.value.uint32");
        {
            proto_tree_add_item(tree, hf[373], tvb, o, 4, ENC_BIG_ENDIAN);
            o += 4;
        }
    } else if (v_type == 2) {
        if (e - o < 8) return short_(S, tree, pinfo, tvb, o, e, 8, "vs1.reports.report_record.record.datums.value.float64");
        proto_tree_add_item(tree, hf[374], tvb, o, 8, ENC_BIG_ENDIAN);
        o += 8;
    } else if (v_type == 3) {
        if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.reports.report_record.record.datums.value.bool");
        proto_tree_add_item(tree, hf[375], tvb, o, 1, ENC_BIG_ENDIAN);
        o += 1;
    } else if (v_type == 4) {
        {
            if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.reports.report_record.record.datums.value.string");
            gint64 n64 = (gint64)tvb_get_ntohs(tvb, o);
            proto_tree_add_item(tree, hf_length, tvb, o, 2, ENC_BIG_ENDIAN);
            o += 2;
            if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.reports.report_record.record.datums.value.string");
            int n = (int)n64;
            proto_item *it = proto_tree_add_item(tree, hf[376], tvb, o, n, ENC_UTF_8);
            if (n > 0 && !utf8_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.reports.report_record.record.datums.value.string", "utf-8");
            o += n;
        }
    } else if (v_type == 5) {
        {
            txt_t ts; ts.n = 0; ts.s[0] = 0;
            int start = o;
            proto_item *it = proto_tree_add_item(tree, hf[377], tvb, o, (e - o < 8 ? 0 : 8), ENC_NA);
            proto_tree *sub = proto_item_add_subtree(it, ett[377]);
            o = d_vs1_reports_report_record_record_datums_value_point2d(tvb, pinfo, sub, o, e, S, tree ? &ts : NULL);
            if (o < 0) { proto_item_set_len(it, e - start); return -1; }
            if (o - start != 8) proto_item_set_len(it, o - start);
            if (tree && ts.n > 0) proto_item_append_text(it, ":%s", ts.s);
        }
    } else {
        return no_case(S, tree, pinfo, tvb, o, e, "vs1.reports.report_record.record.datums.value", "type", v_type);
    }
    return o;
}

/* vs1.reports.report_record.record.image: image_data */
static int d_vs1_reports_report_record_record_image(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    gint64 v_data_length = 0; gboolean h_data_length = FALSE; (void)v_data_length; (void)h_data_length;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.reports.report_record.record.image.image_id");
    {
        proto_tree_add_item(tree, hf[381], tvb, o, 4, ENC_BIG_ENDIAN);
        o += 4;
    }
    if (e - o < 8) return short_(S, tree, pinfo, tvb, o, e, 8, "vs1.reports.report_record.record.image.timestamp_us");
    {
        gint64 v = (gint64)tvb_get_ntoh64(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[382], tvb, o, 8, ENC_BIG_ENDIAN);
        if (tree) epoch_text(it, (double)(guint64)v, 1e-06);
        o += 8;
    }
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.reports.report_record.record.image.width");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[383], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " width=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.reports.report_record.record.image.height");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[384], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " height=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.reports.report_record.record.image.pixel_format");
    {
        gint64 v = (gint64)tvb_get_guint8(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[385], tvb, o, 1, ENC_BIG_ENDIAN);
        if (!try_val_to_str((guint32)v, vs_pixel_format)) unknown_enum(pinfo, it, "vs1.reports.report_record.record.image.pixel_format", v);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " pixel_format=", vs_pixel_format, sv);
        }
        o += 1;
    }
    if (e - o < 3) return short_(S, tree, pinfo, tvb, o, e, 3, "vs1.reports.report_record.record.image.pad0");
    proto_tree_add_item(tree, hf[386], tvb, o, 3, ENC_NA);
    o += 3;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.reports.report_record.record.image.data_length");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[387], tvb, o, 4, ENC_BIG_ENDIAN);
        v_data_length = v; h_data_length = TRUE;
        o += 4;
    }
    {
        if (v_data_length > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)v_data_length, "vs1.reports.report_record.record.image.data");
        int n = (int)v_data_length;
        proto_tree_add_item(tree, hf[388], tvb, o, n, ENC_NA);
        o += n;
    }
    return o;
}

/* vs1.reports.report_record.record: record */
static int d_vs1_reports_report_record_record(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    gint64 v_flags = 0; gboolean h_flags = FALSE; (void)v_flags; (void)h_flags;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.reports.report_record.record.inspection");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[362], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " inspection=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    if (e - o < 8) return short_(S, tree, pinfo, tvb, o, e, 8, "vs1.reports.report_record.record.timestamp_us");
    {
        gint64 v = (gint64)tvb_get_ntoh64(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[363], tvb, o, 8, ENC_BIG_ENDIAN);
        if (tree) epoch_text(it, (double)(guint64)v, 1e-06);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " timestamp_us=" "%" G_GUINT64_FORMAT, (guint64)sv);
        }
        o += 8;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.reports.report_record.record.flags");
    {
        gint64 v = (gint64)tvb_get_guint8(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[364], tvb, o, 1, ENC_BIG_ENDIAN);
        proto_tree *st = proto_item_add_subtree(it, ett[364]);
        proto_tree_add_item(st, hf[365], tvb, o, 1, ENC_BIG_ENDIAN);
        proto_tree_add_item(st, hf[366], tvb, o, 1, ENC_BIG_ENDIAN);
        proto_tree_add_item(st, hf[367], tvb, o, 1, ENC_BIG_ENDIAN);
        v_flags = v; h_flags = TRUE;
        if (sum) {
            gint64 sv = v;
            txt_hex(sum, " flags=", sv);
        }
        o += 1;
    }
    {
        if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.reports.report_record.record.datums_count");
        gint64 n1 = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[368], tvb, o, 2, ENC_BIG_ENDIAN);
        o += 2;
        if (n1 > 255) return too_many(S, tree, pinfo, tvb, o, e, "vs1.reports.report_record.record.datums", n1, 255);
        if (n1 * 4 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)(n1 * 4), "vs1.reports.report_record.record.datums");
        for (gint64 i2 = 1; i2 <= n1; i2++) {
            {
                txt_t ts; ts.n = 0; ts.s[0] = 0;
                int start = o;
                proto_item *it = proto_tree_add_item(tree, hf[369], tvb, o, 0, ENC_NA);
                proto_tree *sub = proto_item_add_subtree(it, ett[369]);
                o = d_vs1_reports_report_record_record_datums(tvb, pinfo, sub, o, e, S, tree ? &ts : NULL);
                if (o < 0) { proto_item_set_len(it, e - start); return -1; }
                proto_item_set_len(it, o - start);
                if (tree) proto_item_set_text(it, "%s [%" G_GINT64_FORMAT "]:%s", "Datums", i2 - 1, ts.s);
            }
        }
    }
    if (h_flags && (v_flags & 0x2) != 0) {
        {
            txt_t ts; ts.n = 0; ts.s[0] = 0;
            int start = o;
            proto_item *it = proto_tree_add_item(tree, hf[380], tvb, o, 0, ENC_NA);
            proto_tree *sub = proto_item_add_subtree(it, ett[380]);
            o = d_vs1_reports_report_record_record_image(tvb, pinfo, sub, o, e, S, tree ? &ts : NULL);
            if (o < 0) { proto_item_set_len(it, e - start); return -1; }
            proto_item_set_len(it, o - start);
            if (tree && ts.n > 0) proto_item_append_text(it, ":%s", ts.s);
        }
    }
    return o;
}

/* vs1.reports.report_record: report_record */
static int d_vs1_reports_report_record(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.reports.report_record.report_id");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[359], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " report_id=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.reports.report_record.dropped_before");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[360], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " dropped_before=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    {
        txt_t ts; ts.n = 0; ts.s[0] = 0;
        int start = o;
        proto_item *it = proto_tree_add_item(tree, hf[361], tvb, o, 0, ENC_NA);
        proto_tree *sub = proto_item_add_subtree(it, ett[361]);
        o = d_vs1_reports_report_record_record(tvb, pinfo, sub, o, e, S, tree ? &ts : NULL);
        if (o < 0) { proto_item_set_len(it, e - start); return -1; }
        proto_item_set_len(it, o - start);
        if (tree && ts.n > 0) proto_item_append_text(it, ":%s", ts.s);
    }
    return o;
}

/* vs1.reports.record_ack: record_ack */
static int d_vs1_reports_record_ack(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.reports.record_ack.report_id");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[390], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " report_id=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.reports.record_ack.inspection");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[391], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " inspection=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    return o;
}

/* vs1.reports.error_reply: error_reply */
static int d_vs1_reports_error_reply(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.reports.error_reply.status");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[393], tvb, o, 2, ENC_BIG_ENDIAN);
        if (!try_val_to_str((guint32)v, vs_status_code)) unknown_enum(pinfo, it, "vs1.reports.error_reply.status", v);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " status=", vs_status_code, sv);
        }
        o += 2;
    }
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.reports.error_reply.request_type");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[394], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " request_type=", vs_message_star, sv);
        }
        o += 2;
    }
    {
        if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.reports.error_reply.detail");
        gint64 n64 = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf_length, tvb, o, 2, ENC_BIG_ENDIAN);
        o += 2;
        if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.reports.error_reply.detail");
        int n = (int)n64;
        proto_item *it = proto_tree_add_item(tree, hf[395], tvb, o, n, ENC_UTF_8);
        if (n > 0 && !utf8_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.reports.error_reply.detail", "utf-8");
        if (sum) txt_quote(sum, " detail=", pinfo, tvb, o, n, ENC_UTF_8, FALSE);
        o += n;
    }
    return o;
}

/* vs1.reports.bind_session.auth: session_proof */
static int d_vs1_reports_bind_session_auth(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.reports.bind_session.auth.session");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[398], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " session=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.reports.bind_session.auth.counter");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[399], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " counter=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    {
        if (e - o < 16) return short_(S, tree, pinfo, tvb, o, e, 16, "vs1.reports.bind_session.auth.mac");
        int n = 16;
        proto_tree_add_item(tree, hf[400], tvb, o, n, ENC_NA);
        o += n;
    }
    return o;
}

/* vs1.reports.bind_session: bind_session */
static int d_vs1_reports_bind_session(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    int p_auth = o;
    {
        txt_t ts; ts.n = 0; ts.s[0] = 0;
        int start = o;
        proto_item *it = proto_tree_add_item(tree, hf[397], tvb, o, (e - o < 24 ? 0 : 24), ENC_NA);
        proto_tree *sub = proto_item_add_subtree(it, ett[397]);
        o = d_vs1_reports_bind_session_auth(tvb, pinfo, sub, o, e, S, tree ? &ts : NULL);
        if (o < 0) { proto_item_set_len(it, e - start); return -1; }
        if (o - start != 24) proto_item_set_len(it, o - start);
        if (tree && ts.n > 0) proto_item_append_text(it, ":%s", ts.s);
    }
    if (sum) {
        gint64 sv = (gint64)tvb_get_ntohl(tvb, p_auth + 0);
        txt_add(sum, " session=" "%" G_GINT64_FORMAT, sv);
    }
    if (sum) {
        gint64 sv = (gint64)tvb_get_ntohl(tvb, p_auth + 4);
        txt_add(sum, " counter=" "%" G_GINT64_FORMAT, sv);
    }
    return o;
}

/* vs1.reports.bind_ack: bind_ack */
static int d_vs1_reports_bind_ack(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.reports.bind_ack.session");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[402], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " session=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.reports.bind_ack.in_control");
    proto_tree_add_item(tree, hf[403], tvb, o, 1, ENC_BIG_ENDIAN);
    if (sum) {
        txt_add(sum, " in_control=" "%s", tvb_get_guint8(tvb, o) ? "true" : "false");
    }
    o += 1;
    return o;
}

/* vs1.rpc.get_status: get_status */
static int d_vs1_rpc_get_status(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    return o;
}

/* vs1.rpc.status_reply: status_reply */
static int d_vs1_rpc_status_reply(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.rpc.status_reply.mode");
    {
        gint64 v = (gint64)tvb_get_guint8(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[406], tvb, o, 1, ENC_BIG_ENDIAN);
        proto_tree *st = proto_item_add_subtree(it, ett[406]);
        proto_tree_add_item(st, hf[407], tvb, o, 1, ENC_BIG_ENDIAN);
        proto_tree_add_item(st, hf[408], tvb, o, 1, ENC_BIG_ENDIAN);
        if (!try_val_to_str((guint32)((v >> 0) & 0xf), vs_camera_state)) unknown_enum(pinfo, it, "vs1.rpc.status_reply.mode.state", ((v >> 0) & 0xf));
        if (!try_val_to_str((guint32)((v >> 4) & 0x7), vs_trigger_mode)) unknown_enum(pinfo, it, "vs1.rpc.status_reply.mode.trigger_mode", ((v >> 4) & 0x7));
        if (sum) {
            gint64 sv = v;
            { gint64 b = ((sv >> 0) & 0xf);
              txt_enum(sum, " state=", vs_camera_state, b); }
            { gint64 b = ((sv >> 4) & 0x7);
              txt_enum(sum, " trigger_mode=", vs_trigger_mode, b); }
        }
        o += 1;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.rpc.status_reply.flags");
    {
        gint64 v = (gint64)tvb_get_guint8(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[409], tvb, o, 1, ENC_BIG_ENDIAN);
        proto_tree *st = proto_item_add_subtree(it, ett[409]);
        proto_tree_add_item(st, hf[410], tvb, o, 1, ENC_BIG_ENDIAN);
        proto_tree_add_item(st, hf[411], tvb, o, 1, ENC_BIG_ENDIAN);
        proto_tree_add_item(st, hf[412], tvb, o, 1, ENC_BIG_ENDIAN);
        proto_tree_add_item(st, hf[413], tvb, o, 1, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_hex(sum, " flags=", sv);
        }
        o += 1;
    }
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.rpc.status_reply.job_slot");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[414], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " job_slot=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.rpc.status_reply.inspections");
    {
        proto_tree_add_item(tree, hf[415], tvb, o, 4, ENC_BIG_ENDIAN);
        o += 4;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.rpc.status_reply.passed");
    {
        proto_tree_add_item(tree, hf[416], tvb, o, 4, ENC_BIG_ENDIAN);
        o += 4;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.rpc.status_reply.failed");
    {
        proto_tree_add_item(tree, hf[417], tvb, o, 4, ENC_BIG_ENDIAN);
        o += 4;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.rpc.status_reply.uptime_s");
    {
        proto_tree_add_item(tree, hf[418], tvb, o, 4, ENC_BIG_ENDIAN);
        o += 4;
    }
    {
        if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.rpc.status_reply.job_name");
        gint64 n64 = (gint64)tvb_get_guint8(tvb, o);
        proto_tree_add_item(tree, hf_length, tvb, o, 1, ENC_BIG_ENDIAN);
        o += 1;
        if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.rpc.status_reply.job_name");
        int n = (int)n64;
        proto_item *it = proto_tree_add_item(tree, hf[419], tvb, o, n, ENC_ASCII);
        if (n > 0 && !ascii_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.rpc.status_reply.job_name", "ascii");
        o += n;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.rpc.status_reply.controller_ip");
    proto_tree_add_item(tree, hf[420], tvb, o, 4, ENC_BIG_ENDIAN);
    o += 4;
    return o;
}

/* vs1.rpc.get_info: get_info */
static int d_vs1_rpc_get_info(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    return o;
}

/* vs1.rpc.info_reply: info_reply */
static int d_vs1_rpc_info_reply(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    {
        if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.rpc.info_reply.model");
        gint64 n64 = (gint64)tvb_get_guint8(tvb, o);
        proto_tree_add_item(tree, hf_length, tvb, o, 1, ENC_BIG_ENDIAN);
        o += 1;
        if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.rpc.info_reply.model");
        int n = (int)n64;
        proto_item *it = proto_tree_add_item(tree, hf[423], tvb, o, n, ENC_ASCII);
        if (n > 0 && !ascii_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.rpc.info_reply.model", "ascii");
        if (sum) txt_quote(sum, " model=", pinfo, tvb, o, n, ENC_ASCII, FALSE);
        o += n;
    }
    {
        if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.rpc.info_reply.serial");
        gint64 n64 = (gint64)tvb_get_guint8(tvb, o);
        proto_tree_add_item(tree, hf_length, tvb, o, 1, ENC_BIG_ENDIAN);
        o += 1;
        if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.rpc.info_reply.serial");
        int n = (int)n64;
        proto_item *it = proto_tree_add_item(tree, hf[424], tvb, o, n, ENC_ASCII);
        if (n > 0 && !ascii_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.rpc.info_reply.serial", "ascii");
        if (sum) txt_quote(sum, " serial=", pinfo, tvb, o, n, ENC_ASCII, FALSE);
        o += n;
    }
    {
        if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.rpc.info_reply.firmware_version");
        gint64 n64 = (gint64)tvb_get_guint8(tvb, o);
        proto_tree_add_item(tree, hf_length, tvb, o, 1, ENC_BIG_ENDIAN);
        o += 1;
        if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.rpc.info_reply.firmware_version");
        int n = (int)n64;
        proto_item *it = proto_tree_add_item(tree, hf[425], tvb, o, n, ENC_ASCII);
        if (n > 0 && !ascii_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.rpc.info_reply.firmware_version", "ascii");
        if (sum) txt_quote(sum, " firmware_version=", pinfo, tvb, o, n, ENC_ASCII, FALSE);
        o += n;
    }
    if (e - o < 6) return short_(S, tree, pinfo, tvb, o, e, 6, "vs1.rpc.info_reply.mac");
    proto_tree_add_item(tree, hf[426], tvb, o, 6, ENC_NA);
    o += 6;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.rpc.info_reply.job_slots");
    {
        proto_tree_add_item(tree, hf[427], tvb, o, 2, ENC_BIG_ENDIAN);
        o += 2;
    }
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.rpc.info_reply.sensor_width");
    {
        proto_tree_add_item(tree, hf[428], tvb, o, 2, ENC_BIG_ENDIAN);
        o += 2;
    }
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.rpc.info_reply.sensor_height");
    {
        proto_tree_add_item(tree, hf[429], tvb, o, 2, ENC_BIG_ENDIAN);
        o += 2;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.rpc.info_reply.boot_id");
    {
        proto_tree_add_item(tree, hf[430], tvb, o, 4, ENC_BIG_ENDIAN);
        o += 4;
    }
    return o;
}

/* vs1.rpc.start: start */
static int d_vs1_rpc_start(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    return o;
}

/* vs1.rpc.stop: stop */
static int d_vs1_rpc_stop(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    return o;
}

/* vs1.rpc.rpc_ack: rpc_ack */
static int d_vs1_rpc_rpc_ack(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.rpc.rpc_ack.request_type");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[434], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " request_type=", vs_message_star, sv);
        }
        o += 2;
    }
    return o;
}

/* vs1.rpc.list_jobs: list_jobs */
static int d_vs1_rpc_list_jobs(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    return o;
}

/* vs1.rpc.job_list.jobs: job_entry */
static int d_vs1_rpc_job_list_jobs(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.rpc.job_list.jobs.slot");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[440], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " slot=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.rpc.job_list.jobs.flags");
    {
        gint64 v = (gint64)tvb_get_guint8(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[441], tvb, o, 1, ENC_BIG_ENDIAN);
        proto_tree *st = proto_item_add_subtree(it, ett[441]);
        proto_tree_add_item(st, hf[442], tvb, o, 1, ENC_BIG_ENDIAN);
        proto_tree_add_item(st, hf[443], tvb, o, 1, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_hex(sum, " flags=", sv);
        }
        o += 1;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.rpc.job_list.jobs.size");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[444], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " size=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    {
        if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.rpc.job_list.jobs.name");
        gint64 n64 = (gint64)tvb_get_guint8(tvb, o);
        proto_tree_add_item(tree, hf_length, tvb, o, 1, ENC_BIG_ENDIAN);
        o += 1;
        if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.rpc.job_list.jobs.name");
        int n = (int)n64;
        proto_item *it = proto_tree_add_item(tree, hf[445], tvb, o, n, ENC_ASCII);
        if (n > 0 && !ascii_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.rpc.job_list.jobs.name", "ascii");
        o += n;
    }
    return o;
}

/* vs1.rpc.job_list: job_list */
static int d_vs1_rpc_job_list(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.rpc.job_list.selected_slot");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[437], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " selected_slot=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    {
        if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.rpc.job_list.jobs_count");
        gint64 n1 = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[438], tvb, o, 2, ENC_BIG_ENDIAN);
        o += 2;
        if (n1 > 256) return too_many(S, tree, pinfo, tvb, o, e, "vs1.rpc.job_list.jobs", n1, 256);
        if (n1 * 8 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)(n1 * 8), "vs1.rpc.job_list.jobs");
        for (gint64 i2 = 1; i2 <= n1; i2++) {
            {
                txt_t ts; ts.n = 0; ts.s[0] = 0;
                int start = o;
                proto_item *it = proto_tree_add_item(tree, hf[439], tvb, o, 0, ENC_NA);
                proto_tree *sub = proto_item_add_subtree(it, ett[439]);
                o = d_vs1_rpc_job_list_jobs(tvb, pinfo, sub, o, e, S, tree ? &ts : NULL);
                if (o < 0) { proto_item_set_len(it, e - start); return -1; }
                proto_item_set_len(it, o - start);
                if (tree) proto_item_set_text(it, "%s [%" G_GINT64_FORMAT "]:%s", "Jobs", i2 - 1, ts.s);
            }
        }
    }
    return o;
}

/* vs1.rpc.select_job: select_job */
static int d_vs1_rpc_select_job(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.rpc.select_job.slot");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[447], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " slot=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    return o;
}

/* vs1.rpc.download_job: download_job */
static int d_vs1_rpc_download_job(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.rpc.download_job.slot");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[449], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " slot=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    {
        if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.rpc.download_job.file_name");
        gint64 n64 = (gint64)tvb_get_guint8(tvb, o);
        proto_tree_add_item(tree, hf_length, tvb, o, 1, ENC_BIG_ENDIAN);
        o += 1;
        if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.rpc.download_job.file_name");
        int n = (int)n64;
        proto_item *it = proto_tree_add_item(tree, hf[450], tvb, o, n, ENC_ASCII);
        if (n > 0 && !ascii_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.rpc.download_job.file_name", "ascii");
        if (sum) txt_quote(sum, " file_name=", pinfo, tvb, o, n, ENC_ASCII, FALSE);
        o += n;
    }
    return o;
}

/* vs1.rpc.upload_job: upload_job */
static int d_vs1_rpc_upload_job(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.rpc.upload_job.slot");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[452], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " slot=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    return o;
}

/* vs1.rpc.upload_reply: upload_reply */
static int d_vs1_rpc_upload_reply(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.rpc.upload_reply.size");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[454], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " size=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    {
        if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.rpc.upload_reply.file_name");
        gint64 n64 = (gint64)tvb_get_guint8(tvb, o);
        proto_tree_add_item(tree, hf_length, tvb, o, 1, ENC_BIG_ENDIAN);
        o += 1;
        if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.rpc.upload_reply.file_name");
        int n = (int)n64;
        proto_item *it = proto_tree_add_item(tree, hf[455], tvb, o, n, ENC_ASCII);
        if (n > 0 && !ascii_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.rpc.upload_reply.file_name", "ascii");
        if (sum) txt_quote(sum, " file_name=", pinfo, tvb, o, n, ENC_ASCII, FALSE);
        o += n;
    }
    return o;
}

/* vs1.rpc.flash: flash */
static int d_vs1_rpc_flash(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    return o;
}

/* vs1.rpc.trigger: trigger */
static int d_vs1_rpc_trigger(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.rpc.trigger.count");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[458], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " count=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    return o;
}

/* vs1.rpc.trigger_reply: trigger_reply */
static int d_vs1_rpc_trigger_reply(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.rpc.trigger_reply.first_inspection");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[460], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " first_inspection=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.rpc.trigger_reply.count");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[461], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " count=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    return o;
}

/* vs1.rpc.set_trigger: set_trigger */
static int d_vs1_rpc_set_trigger(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.rpc.set_trigger.trigger_mode");
    {
        gint64 v = (gint64)tvb_get_guint8(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[463], tvb, o, 1, ENC_BIG_ENDIAN);
        if (!try_val_to_str((guint32)v, vs_trigger_mode)) unknown_enum(pinfo, it, "vs1.rpc.set_trigger.trigger_mode", v);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " trigger_mode=", vs_trigger_mode, sv);
        }
        o += 1;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.rpc.set_trigger.rate_hz");
    proto_tree_add_item(tree, hf[464], tvb, o, 4, ENC_BIG_ENDIAN);
    if (sum) {
        txt_add(sum, " rate_hz=" "%g", (double)tvb_get_ntohieee_float(tvb, o));
    }
    o += 4;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.rpc.set_trigger.input_point");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[465], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " input_point=" "%" G_GINT64_FORMAT, sv);
        }
        o += 2;
    }
    return o;
}

/* vs1.rpc.reboot: reboot */
static int d_vs1_rpc_reboot(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    return o;
}

/* vs1.rpc.error_reply: error_reply */
static int d_vs1_rpc_error_reply(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.rpc.error_reply.status");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_item *it = proto_tree_add_item(tree, hf[468], tvb, o, 2, ENC_BIG_ENDIAN);
        if (!try_val_to_str((guint32)v, vs_status_code)) unknown_enum(pinfo, it, "vs1.rpc.error_reply.status", v);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " status=", vs_status_code, sv);
        }
        o += 2;
    }
    if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.rpc.error_reply.request_type");
    {
        gint64 v = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf[469], tvb, o, 2, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_enum(sum, " request_type=", vs_message_star, sv);
        }
        o += 2;
    }
    {
        if (e - o < 2) return short_(S, tree, pinfo, tvb, o, e, 2, "vs1.rpc.error_reply.detail");
        gint64 n64 = (gint64)tvb_get_ntohs(tvb, o);
        proto_tree_add_item(tree, hf_length, tvb, o, 2, ENC_BIG_ENDIAN);
        o += 2;
        if (n64 > e - o) return short_(S, tree, pinfo, tvb, o, e, (int)n64, "vs1.rpc.error_reply.detail");
        int n = (int)n64;
        proto_item *it = proto_tree_add_item(tree, hf[470], tvb, o, n, ENC_UTF_8);
        if (n > 0 && !utf8_ok(tvb, o, n)) bad_text(S, pinfo, it, "vs1.rpc.error_reply.detail", "utf-8");
        if (sum) txt_quote(sum, " detail=", pinfo, tvb, o, n, ENC_UTF_8, FALSE);
        o += n;
    }
    return o;
}

/* vs1.rpc.bind_session.auth: session_proof */
static int d_vs1_rpc_bind_session_auth(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.rpc.bind_session.auth.session");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[473], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " session=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.rpc.bind_session.auth.counter");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[474], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " counter=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    {
        if (e - o < 16) return short_(S, tree, pinfo, tvb, o, e, 16, "vs1.rpc.bind_session.auth.mac");
        int n = 16;
        proto_tree_add_item(tree, hf[475], tvb, o, n, ENC_NA);
        o += n;
    }
    return o;
}

/* vs1.rpc.bind_session: bind_session */
static int d_vs1_rpc_bind_session(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    int p_auth = o;
    {
        txt_t ts; ts.n = 0; ts.s[0] = 0;
        int start = o;
        proto_item *it = proto_tree_add_item(tree, hf[472], tvb, o, (e - o < 24 ? 0 : 24), ENC_NA);
        proto_tree *sub = proto_item_add_subtree(it, ett[472]);
        o = d_vs1_rpc_bind_session_auth(tvb, pinfo, sub, o, e, S, tree ? &ts : NULL);
        if (o < 0) { proto_item_set_len(it, e - start); return -1; }
        if (o - start != 24) proto_item_set_len(it, o - start);
        if (tree && ts.n > 0) proto_item_append_text(it, ":%s", ts.s);
    }
    if (sum) {
        gint64 sv = (gint64)tvb_get_ntohl(tvb, p_auth + 0);
        txt_add(sum, " session=" "%" G_GINT64_FORMAT, sv);
    }
    if (sum) {
        gint64 sv = (gint64)tvb_get_ntohl(tvb, p_auth + 4);
        txt_add(sum, " counter=" "%" G_GINT64_FORMAT, sv);
    }
    return o;
}

/* vs1.rpc.bind_ack: bind_ack */
static int d_vs1_rpc_bind_ack(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    if (e - o < 4) return short_(S, tree, pinfo, tvb, o, e, 4, "vs1.rpc.bind_ack.session");
    {
        gint64 v = (gint64)tvb_get_ntohl(tvb, o);
        proto_tree_add_item(tree, hf[477], tvb, o, 4, ENC_BIG_ENDIAN);
        if (sum) {
            gint64 sv = v;
            txt_add(sum, " session=" "%" G_GINT64_FORMAT, sv);
        }
        o += 4;
    }
    if (e - o < 1) return short_(S, tree, pinfo, tvb, o, e, 1, "vs1.rpc.bind_ack.in_control");
    proto_tree_add_item(tree, hf[478], tvb, o, 1, ENC_BIG_ENDIAN);
    if (sum) {
        txt_add(sum, " in_control=" "%s", tvb_get_guint8(tvb, o) ? "true" : "false");
    }
    o += 1;
    return o;
}

/* vs1.serial.formatted_output: formatted_output */
static int d_vs1_serial_formatted_output(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)
{
    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;
    {
        int n = e - o;
        proto_tree_add_item(tree, hf[480], tvb, o, n, ENC_ISO_8859_1);
        if (sum) txt_quote(sum, " text=", pinfo, tvb, o, n, ENC_ISO_8859_1, FALSE);
        o += n;
    }
    return o;
}

/* ---------------------------------------------------------------------------------------
 * 4. Messages, frames, links
 * ------------------------------------------------------------------------------------- */

enum { K_REQUEST, K_RESPONSE, K_EVENT, K_OTHER };

typedef int (*decoder_t)(tvbuff_t *, packet_info *, proto_tree *, int, int, pdu_t *, txt_t *);

typedef struct {
    const char *id;
    int kind;
    gint64 code;
    decoder_t fn;
    int hf;
    gboolean summary;
    gint64 flags; /* expected header flags, -1: any */
    gboolean error;
    const char *label;
    const char *line;
    gint64 (*status)(tvbuff_t *, int);
    int status_end;
    gint64 status_ok;
    const value_string *status_vs;
} msg_t;

typedef struct {
    const char *id;
    const char *name;
    const char *transport;
    const char *numbers;
    const char *column;
    int max_line;
} port_t;

static const port_t PORTS[N_PORTS] = {
    { "acquire", "Pic and Live Acquire Port", "TCP", "49050", "VS1-ACQUIRE", 4096 },
    { "announce", "Camera Announce Port", "UDP", "49495", "VS1-ANNOUNCE", 4096 },
    { "io", "IO Service Port", "TCP", "49049", "VS1-IO", 4096 },
    { "login", "Camera Login/Command Port", "UDP", "49493", "VS1-LOGIN", 4096 },
    { "monitor", "Connection Monitor Port", "TCP", "49079", "VS1-MONITOR", 4096 },
    { "partq", "PartQ Retrieval Port", "TCP", "49201", "VS1-PARTQ", 4096 },
    { "report_control", "Reports and Statistics Control Port", "TCP", "49202", "VS1-RCTL", 4096 },
    { "reports", "Reports and Statistics Port", "TCP", "49200", "VS1-REPORTS", 4096 },
    { "rpc", "Camera RPC Port", "TCP", "49059", "VS1-RPC", 4096 },
    { "serial", "Serial TCP Ports", "TCP", "49211-49214", "VS1-SERIAL", 4096 },
};

static gint64 st_0_7(tvbuff_t *tvb, int p) { return (gint64)tvb_get_ntohs(tvb, p + 14); }
static const msg_t MSG_0[] = {
    { "take_picture", K_REQUEST, 513, d_vs1_acquire_take_picture, 17, TRUE, 0, FALSE, "Request take_picture", ", Request take_picture (0x0201), Seq ", NULL, 0, 0, NULL },
    { "picture", K_RESPONSE, 33281, d_vs1_acquire_picture, 19, TRUE, 1, FALSE, "Reply picture", ", Reply picture (0x8201), Seq ", NULL, 0, 0, NULL },
    { "start_live", K_REQUEST, 514, d_vs1_acquire_start_live, 29, TRUE, 0, FALSE, "Request start_live", ", Request start_live (0x0202), Seq ", NULL, 0, 0, NULL },
    { "live_started", K_RESPONSE, 33282, d_vs1_acquire_live_started, 32, TRUE, 1, FALSE, "Reply live_started", ", Reply live_started (0x8202), Seq ", NULL, 0, 0, NULL },
    { "stop_live", K_REQUEST, 515, d_vs1_acquire_stop_live, 36, FALSE, 0, FALSE, "Request stop_live", ", Request stop_live (0x0203), Seq ", NULL, 0, 0, NULL },
    { "live_stopped", K_RESPONSE, 33283, d_vs1_acquire_live_stopped, 37, TRUE, 1, FALSE, "Reply live_stopped", ", Reply live_stopped (0x8203), Seq ", NULL, 0, 0, NULL },
    { "live_frame", K_EVENT, 16897, d_vs1_acquire_live_frame, 40, TRUE, 2, FALSE, "Event live_frame", ", Event live_frame (0x4201), Seq ", NULL, 0, 0, NULL },
    { "error_reply", K_RESPONSE, 32767, d_vs1_acquire_error_reply, 51, TRUE, 5, TRUE, "Reply error_reply", ", Reply error_reply (0x7fff), Seq ", st_0_7, 2, 0, vs_status_code },
    { "bind_session", K_REQUEST, 32513, d_vs1_acquire_bind_session, 55, TRUE, 0, FALSE, "Request bind_session", ", Request bind_session (0x7f01), Seq ", NULL, 0, 0, NULL },
    { "bind_ack", K_RESPONSE, 65281, d_vs1_acquire_bind_ack, 60, TRUE, 1, FALSE, "Reply bind_ack", ", Reply bind_ack (0xff01), Seq ", NULL, 0, 0, NULL },
};

static gint64 st_1_2(tvbuff_t *tvb, int p) { return (gint64)tvb_get_ntohs(tvb, p + 14); }
static const msg_t MSG_1[] = {
    { "announce", K_EVENT, 2305, d_vs1_announce_announce, 63, TRUE, 2, FALSE, "Event announce", ", Event announce (0x0901), Seq ", NULL, 0, 0, NULL },
    { "discover", K_EVENT, 2306, d_vs1_announce_discover, 81, FALSE, 2, FALSE, "Event discover", ", Event discover (0x0902), Seq ", NULL, 0, 0, NULL },
    { "error_reply", K_RESPONSE, 32767, d_vs1_announce_error_reply, 82, TRUE, 5, TRUE, "Reply error_reply", ", Reply error_reply (0x7fff), Seq ", st_1_2, 2, 0, vs_status_code },
};

static gint64 st_2_9(tvbuff_t *tvb, int p) { return (gint64)tvb_get_ntohs(tvb, p + 14); }
static const msg_t MSG_2[] = {
    { "list_points", K_REQUEST, 257, d_vs1_io_list_points, 86, FALSE, 0, FALSE, "Request list_points", ", Request list_points (0x0101), Seq ", NULL, 0, 0, NULL },
    { "point_list", K_RESPONSE, 33025, d_vs1_io_point_list, 87, FALSE, 1, FALSE, "Reply point_list", ", Reply point_list (0x8101), Seq ", NULL, 0, 0, NULL },
    { "read_points", K_REQUEST, 258, d_vs1_io_read_points, 94, TRUE, 0, FALSE, "Request read_points", ", Request read_points (0x0102), Seq ", NULL, 0, 0, NULL },
    { "point_states", K_RESPONSE, 33026, d_vs1_io_point_states, 97, TRUE, 1, FALSE, "Reply point_states", ", Reply point_states (0x8102), Seq ", NULL, 0, 0, NULL },
    { "write_point", K_REQUEST, 259, d_vs1_io_write_point, 101, TRUE, 0, FALSE, "Request write_point", ", Request write_point (0x0103), Seq ", NULL, 0, 0, NULL },
    { "write_ack", K_RESPONSE, 33027, d_vs1_io_write_ack, 105, TRUE, 1, FALSE, "Reply write_ack", ", Reply write_ack (0x8103), Seq ", NULL, 0, 0, NULL },
    { "subscribe", K_REQUEST, 260, d_vs1_io_subscribe, 108, TRUE, 0, FALSE, "Request subscribe", ", Request subscribe (0x0104), Seq ", NULL, 0, 0, NULL },
    { "subscribe_ack", K_RESPONSE, 33028, d_vs1_io_subscribe_ack, 113, TRUE, 1, FALSE, "Reply subscribe_ack", ", Reply subscribe_ack (0x8104), Seq ", NULL, 0, 0, NULL },
    { "io_changed", K_EVENT, 16641, d_vs1_io_io_changed, 118, TRUE, 2, FALSE, "Event io_changed", ", Event io_changed (0x4101), Seq ", NULL, 0, 0, NULL },
    { "error_reply", K_RESPONSE, 32767, d_vs1_io_error_reply, 123, TRUE, 5, TRUE, "Reply error_reply", ", Reply error_reply (0x7fff), Seq ", st_2_9, 2, 0, vs_status_code },
    { "bind_session", K_REQUEST, 32513, d_vs1_io_bind_session, 127, TRUE, 0, FALSE, "Request bind_session", ", Request bind_session (0x7f01), Seq ", NULL, 0, 0, NULL },
    { "bind_ack", K_RESPONSE, 65281, d_vs1_io_bind_ack, 132, TRUE, 1, FALSE, "Reply bind_ack", ", Reply bind_ack (0xff01), Seq ", NULL, 0, 0, NULL },
};

static gint64 st_3_12(tvbuff_t *tvb, int p) { return (gint64)tvb_get_ntohs(tvb, p + 14); }
static const msg_t MSG_3[] = {
    { "login_start", K_REQUEST, 2055, d_vs1_login_login_start, 135, TRUE, 0, FALSE, "Request login_start", ", Request login_start (0x0807), Seq ", NULL, 0, 0, NULL },
    { "login_challenge", K_RESPONSE, 34823, d_vs1_login_login_challenge, 138, TRUE, 1, FALSE, "Reply login_challenge", ", Reply login_challenge (0x8807), Seq ", NULL, 0, 0, NULL },
    { "login", K_REQUEST, 2049, d_vs1_login_login, 143, TRUE, 0, FALSE, "Request login", ", Request login (0x0801), Seq ", NULL, 0, 0, NULL },
    { "login_reply", K_RESPONSE, 34817, d_vs1_login_login_reply, 148, TRUE, 1, FALSE, "Reply login_reply", ", Reply login_reply (0x8801), Seq ", NULL, 0, 0, NULL },
    { "logout", K_REQUEST, 2050, d_vs1_login_logout, 152, TRUE, 0, FALSE, "Request logout", ", Request logout (0x0802), Seq ", NULL, 0, 0, NULL },
    { "login_ack", K_RESPONSE, 34818, d_vs1_login_login_ack, 157, TRUE, 1, FALSE, "Reply login_ack", ", Reply login_ack (0x8802), Seq ", NULL, 0, 0, NULL },
    { "take_control", K_REQUEST, 2051, d_vs1_login_take_control, 159, TRUE, 0, FALSE, "Request take_control", ", Request take_control (0x0803), Seq ", NULL, 0, 0, NULL },
    { "release_control", K_REQUEST, 2052, d_vs1_login_release_control, 164, TRUE, 0, FALSE, "Request release_control", ", Request release_control (0x0804), Seq ", NULL, 0, 0, NULL },
    { "control_reply", K_RESPONSE, 34819, d_vs1_login_control_reply, 169, TRUE, 1, FALSE, "Reply control_reply", ", Reply control_reply (0x8803), Seq ", NULL, 0, 0, NULL },
    { "get_network", K_REQUEST, 2053, d_vs1_login_get_network, 172, FALSE, 0, FALSE, "Request get_network", ", Request get_network (0x0805), Seq ", NULL, 0, 0, NULL },
    { "network_params", K_RESPONSE, 34821, d_vs1_login_network_params, 173, FALSE, 1, FALSE, "Reply network_params", ", Reply network_params (0x8805), Seq ", NULL, 0, 0, NULL },
    { "set_network", K_REQUEST, 2054, d_vs1_login_set_network, 181, TRUE, 0, FALSE, "Request set_network", ", Request set_network (0x0806), Seq ", NULL, 0, 0, NULL },
    { "error_reply", K_RESPONSE, 32767, d_vs1_login_error_reply, 192, TRUE, 5, TRUE, "Reply error_reply", ", Reply error_reply (0x7fff), Seq ", st_3_12, 2, 0, vs_status_code },
};

static gint64 st_4_6(tvbuff_t *tvb, int p) { return (gint64)tvb_get_ntohs(tvb, p + 14); }
static const msg_t MSG_4[] = {
    { "hello", K_REQUEST, 1025, d_vs1_monitor_hello, 196, TRUE, 0, FALSE, "Request hello", ", Request hello (0x0401), Seq ", NULL, 0, 0, NULL },
    { "hello_ack", K_RESPONSE, 33793, d_vs1_monitor_hello_ack, 203, TRUE, 1, FALSE, "Reply hello_ack", ", Reply hello_ack (0x8401), Seq ", NULL, 0, 0, NULL },
    { "watch", K_REQUEST, 1026, d_vs1_monitor_watch, 207, TRUE, 0, FALSE, "Request watch", ", Request watch (0x0402), Seq ", NULL, 0, 0, NULL },
    { "watch_ack", K_RESPONSE, 33794, d_vs1_monitor_watch_ack, 210, TRUE, 1, FALSE, "Reply watch_ack", ", Reply watch_ack (0x8402), Seq ", NULL, 0, 0, NULL },
    { "heartbeat", K_EVENT, 1027, d_vs1_monitor_heartbeat, 212, TRUE, 2, FALSE, "Event heartbeat", ", Event heartbeat (0x0403), Seq ", NULL, 0, 0, NULL },
    { "goodbye", K_EVENT, 1028, d_vs1_monitor_goodbye, 215, TRUE, 2, FALSE, "Event goodbye", ", Event goodbye (0x0404), Seq ", NULL, 0, 0, NULL },
    { "error_reply", K_RESPONSE, 32767, d_vs1_monitor_error_reply, 217, TRUE, 5, TRUE, "Reply error_reply", ", Reply error_reply (0x7fff), Seq ", st_4_6, 2, 0, vs_status_code },
};

static gint64 st_5_5(tvbuff_t *tvb, int p) { return (gint64)tvb_get_ntohs(tvb, p + 14); }
static const msg_t MSG_5[] = {
    { "partq_info", K_REQUEST, 1537, d_vs1_partq_partq_info, 221, FALSE, 0, FALSE, "Request partq_info", ", Request partq_info (0x0601), Seq ", NULL, 0, 0, NULL },
    { "partq_status", K_RESPONSE, 34305, d_vs1_partq_partq_status, 222, TRUE, 1, FALSE, "Reply partq_status", ", Reply partq_status (0x8601), Seq ", NULL, 0, 0, NULL },
    { "fetch_range", K_REQUEST, 1538, d_vs1_partq_fetch_range, 227, TRUE, 0, FALSE, "Request fetch_range", ", Request fetch_range (0x0602), Seq ", NULL, 0, 0, NULL },
    { "fetch_latest", K_REQUEST, 1539, d_vs1_partq_fetch_latest, 233, TRUE, 0, FALSE, "Request fetch_latest", ", Request fetch_latest (0x0603), Seq ", NULL, 0, 0, NULL },
    { "partq_records", K_RESPONSE, 34306, d_vs1_partq_partq_records, 237, TRUE, 1, FALSE, "Reply partq_records", ", Reply partq_records (0x8602), Seq ", NULL, 0, 0, NULL },
    { "error_reply", K_RESPONSE, 32767, d_vs1_partq_error_reply, 273, TRUE, 5, TRUE, "Reply error_reply", ", Reply error_reply (0x7fff), Seq ", st_5_5, 2, 0, vs_status_code },
    { "bind_session", K_REQUEST, 32513, d_vs1_partq_bind_session, 277, TRUE, 0, FALSE, "Request bind_session", ", Request bind_session (0x7f01), Seq ", NULL, 0, 0, NULL },
    { "bind_ack", K_RESPONSE, 65281, d_vs1_partq_bind_ack, 282, TRUE, 1, FALSE, "Reply bind_ack", ", Reply bind_ack (0xff01), Seq ", NULL, 0, 0, NULL },
};

static gint64 st_6_10(tvbuff_t *tvb, int p) { return (gint64)tvb_get_ntohs(tvb, p + 14); }
static const msg_t MSG_6[] = {
    { "set_rate", K_REQUEST, 1793, d_vs1_report_control_set_rate, 285, TRUE, 0, FALSE, "Request set_rate", ", Request set_rate (0x0701), Seq ", NULL, 0, 0, NULL },
    { "control_ack", K_RESPONSE, 34561, d_vs1_report_control_control_ack, 288, TRUE, 1, FALSE, "Reply control_ack", ", Reply control_ack (0x8701), Seq ", NULL, 0, 0, NULL },
    { "add_datums", K_REQUEST, 1794, d_vs1_report_control_add_datums, 290, TRUE, 0, FALSE, "Request add_datums", ", Request add_datums (0x0702), Seq ", NULL, 0, 0, NULL },
    { "remove_datums", K_REQUEST, 1795, d_vs1_report_control_remove_datums, 294, TRUE, 0, FALSE, "Request remove_datums", ", Request remove_datums (0x0703), Seq ", NULL, 0, 0, NULL },
    { "list_datums", K_REQUEST, 1796, d_vs1_report_control_list_datums, 298, TRUE, 0, FALSE, "Request list_datums", ", Request list_datums (0x0704), Seq ", NULL, 0, 0, NULL },
    { "datum_list", K_RESPONSE, 34562, d_vs1_report_control_datum_list, 300, TRUE, 1, FALSE, "Reply datum_list", ", Reply datum_list (0x8702), Seq ", NULL, 0, 0, NULL },
    { "list_reports", K_REQUEST, 1797, d_vs1_report_control_list_reports, 307, FALSE, 0, FALSE, "Request list_reports", ", Request list_reports (0x0705), Seq ", NULL, 0, 0, NULL },
    { "report_list", K_RESPONSE, 34565, d_vs1_report_control_report_list, 308, FALSE, 1, FALSE, "Reply report_list", ", Reply report_list (0x8705), Seq ", NULL, 0, 0, NULL },
    { "pause_report", K_REQUEST, 1798, d_vs1_report_control_pause_report, 320, TRUE, 0, FALSE, "Request pause_report", ", Request pause_report (0x0706), Seq ", NULL, 0, 0, NULL },
    { "resume_report", K_REQUEST, 1799, d_vs1_report_control_resume_report, 322, TRUE, 0, FALSE, "Request resume_report", ", Request resume_report (0x0707), Seq ", NULL, 0, 0, NULL },
    { "error_reply", K_RESPONSE, 32767, d_vs1_report_control_error_reply, 324, TRUE, 5, TRUE, "Reply error_reply", ", Reply error_reply (0x7fff), Seq ", st_6_10, 2, 0, vs_status_code },
    { "bind_session", K_REQUEST, 32513, d_vs1_report_control_bind_session, 328, TRUE, 0, FALSE, "Request bind_session", ", Request bind_session (0x7f01), Seq ", NULL, 0, 0, NULL },
    { "bind_ack", K_RESPONSE, 65281, d_vs1_report_control_bind_ack, 333, TRUE, 1, FALSE, "Reply bind_ack", ", Reply bind_ack (0xff01), Seq ", NULL, 0, 0, NULL },
};

static gint64 st_7_6(tvbuff_t *tvb, int p) { return (gint64)tvb_get_ntohs(tvb, p + 14); }
static const msg_t MSG_7[] = {
    { "open_report", K_REQUEST, 1281, d_vs1_reports_open_report, 336, TRUE, 0, FALSE, "Request open_report", ", Request open_report (0x0501), Seq ", NULL, 0, 0, NULL },
    { "report_opened", K_RESPONSE, 34049, d_vs1_reports_report_opened, 344, TRUE, 1, FALSE, "Reply report_opened", ", Reply report_opened (0x8501), Seq ", NULL, 0, 0, NULL },
    { "close_report", K_REQUEST, 1282, d_vs1_reports_close_report, 352, TRUE, 0, FALSE, "Request close_report", ", Request close_report (0x0502), Seq ", NULL, 0, 0, NULL },
    { "report_closed", K_RESPONSE, 34050, d_vs1_reports_report_closed, 354, TRUE, 1, FALSE, "Reply report_closed", ", Reply report_closed (0x8502), Seq ", NULL, 0, 0, NULL },
    { "report_record", K_EVENT, 17665, d_vs1_reports_report_record, 358, TRUE, 2, FALSE, "Event report_record", ", Event report_record (0x4501), Seq ", NULL, 0, 0, NULL },
    { "record_ack", K_EVENT, 1283, d_vs1_reports_record_ack, 389, TRUE, 2, FALSE, "Event record_ack", ", Event record_ack (0x0503), Seq ", NULL, 0, 0, NULL },
    { "error_reply", K_RESPONSE, 32767, d_vs1_reports_error_reply, 392, TRUE, 5, TRUE, "Reply error_reply", ", Reply error_reply (0x7fff), Seq ", st_7_6, 2, 0, vs_status_code },
    { "bind_session", K_REQUEST, 32513, d_vs1_reports_bind_session, 396, TRUE, 0, FALSE, "Request bind_session", ", Request bind_session (0x7f01), Seq ", NULL, 0, 0, NULL },
    { "bind_ack", K_RESPONSE, 65281, d_vs1_reports_bind_ack, 401, TRUE, 1, FALSE, "Reply bind_ack", ", Reply bind_ack (0xff01), Seq ", NULL, 0, 0, NULL },
};

static gint64 st_8_18(tvbuff_t *tvb, int p) { return (gint64)tvb_get_ntohs(tvb, p + 14); }
static const msg_t MSG_8[] = {
    { "get_status", K_REQUEST, 769, d_vs1_rpc_get_status, 404, FALSE, 0, FALSE, "Request get_status", ", Request get_status (0x0301), Seq ", NULL, 0, 0, NULL },
    { "status_reply", K_RESPONSE, 33537, d_vs1_rpc_status_reply, 405, TRUE, 1, FALSE, "Reply status_reply", ", Reply status_reply (0x8301), Seq ", NULL, 0, 0, NULL },
    { "get_info", K_REQUEST, 770, d_vs1_rpc_get_info, 421, FALSE, 0, FALSE, "Request get_info", ", Request get_info (0x0302), Seq ", NULL, 0, 0, NULL },
    { "info_reply", K_RESPONSE, 33538, d_vs1_rpc_info_reply, 422, TRUE, 1, FALSE, "Reply info_reply", ", Reply info_reply (0x8302), Seq ", NULL, 0, 0, NULL },
    { "start", K_REQUEST, 771, d_vs1_rpc_start, 431, FALSE, 0, FALSE, "Request start", ", Request start (0x0303), Seq ", NULL, 0, 0, NULL },
    { "stop", K_REQUEST, 772, d_vs1_rpc_stop, 432, FALSE, 0, FALSE, "Request stop", ", Request stop (0x0304), Seq ", NULL, 0, 0, NULL },
    { "rpc_ack", K_RESPONSE, 33536, d_vs1_rpc_rpc_ack, 433, TRUE, 1, FALSE, "Reply rpc_ack", ", Reply rpc_ack (0x8300), Seq ", NULL, 0, 0, NULL },
    { "list_jobs", K_REQUEST, 773, d_vs1_rpc_list_jobs, 435, FALSE, 0, FALSE, "Request list_jobs", ", Request list_jobs (0x0305), Seq ", NULL, 0, 0, NULL },
    { "job_list", K_RESPONSE, 33541, d_vs1_rpc_job_list, 436, TRUE, 1, FALSE, "Reply job_list", ", Reply job_list (0x8305), Seq ", NULL, 0, 0, NULL },
    { "select_job", K_REQUEST, 774, d_vs1_rpc_select_job, 446, TRUE, 0, FALSE, "Request select_job", ", Request select_job (0x0306), Seq ", NULL, 0, 0, NULL },
    { "download_job", K_REQUEST, 775, d_vs1_rpc_download_job, 448, TRUE, 0, FALSE, "Request download_job", ", Request download_job (0x0307), Seq ", NULL, 0, 0, NULL },
    { "upload_job", K_REQUEST, 776, d_vs1_rpc_upload_job, 451, TRUE, 0, FALSE, "Request upload_job", ", Request upload_job (0x0308), Seq ", NULL, 0, 0, NULL },
    { "upload_reply", K_RESPONSE, 33544, d_vs1_rpc_upload_reply, 453, TRUE, 1, FALSE, "Reply upload_reply", ", Reply upload_reply (0x8308), Seq ", NULL, 0, 0, NULL },
    { "flash", K_REQUEST, 777, d_vs1_rpc_flash, 456, FALSE, 0, FALSE, "Request flash", ", Request flash (0x0309), Seq ", NULL, 0, 0, NULL },
    { "trigger", K_REQUEST, 778, d_vs1_rpc_trigger, 457, TRUE, 0, FALSE, "Request trigger", ", Request trigger (0x030a), Seq ", NULL, 0, 0, NULL },
    { "trigger_reply", K_RESPONSE, 33546, d_vs1_rpc_trigger_reply, 459, TRUE, 1, FALSE, "Reply trigger_reply", ", Reply trigger_reply (0x830a), Seq ", NULL, 0, 0, NULL },
    { "set_trigger", K_REQUEST, 779, d_vs1_rpc_set_trigger, 462, TRUE, 0, FALSE, "Request set_trigger", ", Request set_trigger (0x030b), Seq ", NULL, 0, 0, NULL },
    { "reboot", K_REQUEST, 780, d_vs1_rpc_reboot, 466, FALSE, 0, FALSE, "Request reboot", ", Request reboot (0x030c), Seq ", NULL, 0, 0, NULL },
    { "error_reply", K_RESPONSE, 32767, d_vs1_rpc_error_reply, 467, TRUE, 5, TRUE, "Reply error_reply", ", Reply error_reply (0x7fff), Seq ", st_8_18, 2, 0, vs_status_code },
    { "bind_session", K_REQUEST, 32513, d_vs1_rpc_bind_session, 471, TRUE, 0, FALSE, "Request bind_session", ", Request bind_session (0x7f01), Seq ", NULL, 0, 0, NULL },
    { "bind_ack", K_RESPONSE, 65281, d_vs1_rpc_bind_ack, 476, TRUE, 1, FALSE, "Reply bind_ack", ", Reply bind_ack (0xff01), Seq ", NULL, 0, 0, NULL },
};

static const msg_t MSG_9[] = {
    { "formatted_output", K_EVENT, -1, d_vs1_serial_formatted_output, 479, TRUE, -1, FALSE, "Event formatted_output", "", NULL, 0, 0, NULL },
};

static const msg_t *find_msg(int port, gint64 code)
{
    switch (port) {
    case 0:
        switch (code) {
        case 513: return &MSG_0[0];
        case 33281: return &MSG_0[1];
        case 514: return &MSG_0[2];
        case 33282: return &MSG_0[3];
        case 515: return &MSG_0[4];
        case 33283: return &MSG_0[5];
        case 16897: return &MSG_0[6];
        case 32767: return &MSG_0[7];
        case 32513: return &MSG_0[8];
        case 65281: return &MSG_0[9];
        default: return NULL;
        }
    case 1:
        switch (code) {
        case 2305: return &MSG_1[0];
        case 2306: return &MSG_1[1];
        case 32767: return &MSG_1[2];
        default: return NULL;
        }
    case 2:
        switch (code) {
        case 257: return &MSG_2[0];
        case 33025: return &MSG_2[1];
        case 258: return &MSG_2[2];
        case 33026: return &MSG_2[3];
        case 259: return &MSG_2[4];
        case 33027: return &MSG_2[5];
        case 260: return &MSG_2[6];
        case 33028: return &MSG_2[7];
        case 16641: return &MSG_2[8];
        case 32767: return &MSG_2[9];
        case 32513: return &MSG_2[10];
        case 65281: return &MSG_2[11];
        default: return NULL;
        }
    case 3:
        switch (code) {
        case 2055: return &MSG_3[0];
        case 34823: return &MSG_3[1];
        case 2049: return &MSG_3[2];
        case 34817: return &MSG_3[3];
        case 2050: return &MSG_3[4];
        case 34818: return &MSG_3[5];
        case 2051: return &MSG_3[6];
        case 2052: return &MSG_3[7];
        case 34819: return &MSG_3[8];
        case 2053: return &MSG_3[9];
        case 34821: return &MSG_3[10];
        case 2054: return &MSG_3[11];
        case 32767: return &MSG_3[12];
        default: return NULL;
        }
    case 4:
        switch (code) {
        case 1025: return &MSG_4[0];
        case 33793: return &MSG_4[1];
        case 1026: return &MSG_4[2];
        case 33794: return &MSG_4[3];
        case 1027: return &MSG_4[4];
        case 1028: return &MSG_4[5];
        case 32767: return &MSG_4[6];
        default: return NULL;
        }
    case 5:
        switch (code) {
        case 1537: return &MSG_5[0];
        case 34305: return &MSG_5[1];
        case 1538: return &MSG_5[2];
        case 1539: return &MSG_5[3];
        case 34306: return &MSG_5[4];
        case 32767: return &MSG_5[5];
        case 32513: return &MSG_5[6];
        case 65281: return &MSG_5[7];
        default: return NULL;
        }
    case 6:
        switch (code) {
        case 1793: return &MSG_6[0];
        case 34561: return &MSG_6[1];
        case 1794: return &MSG_6[2];
        case 1795: return &MSG_6[3];
        case 1796: return &MSG_6[4];
        case 34562: return &MSG_6[5];
        case 1797: return &MSG_6[6];
        case 34565: return &MSG_6[7];
        case 1798: return &MSG_6[8];
        case 1799: return &MSG_6[9];
        case 32767: return &MSG_6[10];
        case 32513: return &MSG_6[11];
        case 65281: return &MSG_6[12];
        default: return NULL;
        }
    case 7:
        switch (code) {
        case 1281: return &MSG_7[0];
        case 34049: return &MSG_7[1];
        case 1282: return &MSG_7[2];
        case 34050: return &MSG_7[3];
        case 17665: return &MSG_7[4];
        case 1283: return &MSG_7[5];
        case 32767: return &MSG_7[6];
        case 32513: return &MSG_7[7];
        case 65281: return &MSG_7[8];
        default: return NULL;
        }
    case 8:
        switch (code) {
        case 769: return &MSG_8[0];
        case 33537: return &MSG_8[1];
        case 770: return &MSG_8[2];
        case 33538: return &MSG_8[3];
        case 771: return &MSG_8[4];
        case 772: return &MSG_8[5];
        case 33536: return &MSG_8[6];
        case 773: return &MSG_8[7];
        case 33541: return &MSG_8[8];
        case 774: return &MSG_8[9];
        case 775: return &MSG_8[10];
        case 776: return &MSG_8[11];
        case 33544: return &MSG_8[12];
        case 777: return &MSG_8[13];
        case 778: return &MSG_8[14];
        case 33546: return &MSG_8[15];
        case 779: return &MSG_8[16];
        case 780: return &MSG_8[17];
        case 32767: return &MSG_8[18];
        case 32513: return &MSG_8[19];
        case 65281: return &MSG_8[20];
        default: return NULL;
        }
    case 9:
        return &MSG_9[0];
    default:
        return NULL;
    }
}

/* Preferences of `vs1` (the same names as vs1.lua's): each port's numbers, the heuristic. */
static range_t *pref_ports[N_PORTS];
static range_t *registered_ports[N_PORTS];
static dissector_handle_t port_handle[N_PORTS];
static gboolean pref_heuristic = FALSE;

/* Per-frame facts: is there a tree, the frame's `vs1` tree line. */
static gboolean FULL;
static proto_item *VS1_ITEM;

/* Which PDU of its frame this is (1, 2...), as vs1.lua counts them: calls for one frame come
 * one after the other; later passes dissect the same PDUs again, so the count wraps around. */
static wmem_map_t *PDU_COUNT; /* frame -> PDUs, for frames with more than one */
static guint32 LAST_FRAME;
static int LAST_CALLS;

static int pdu_index(packet_info *pinfo)
{
    guint32 n = pinfo->num;
    int calls = (n == LAST_FRAME) ? LAST_CALLS + 1 : 1;
    LAST_FRAME = n;
    LAST_CALLS = calls;
    if (!PINFO_FD_VISITED(pinfo)) {
        if (calls > 1)
            wmem_map_insert(PDU_COUNT, GUINT_TO_POINTER(n), GINT_TO_POINTER(calls));
        return calls;
    }
    int count = GPOINTER_TO_INT(wmem_map_lookup(PDU_COUNT, GUINT_TO_POINTER(n)));
    return (calls - 1) % (count > 0 ? count : 1) + 1;
}

/* Info column: the first PDU of a frame replaces the text, the next ones are appended. */
static void show_info(packet_info *pinfo, pdu_t *S, txt_t *items)
{
    if (pinfo->cinfo == NULL)
        return;
    const char *what = S->label ? S->label : (S->name ? S->name : "?");
    char *text;
    if (S->have_seq)
        text = wmem_strdup_printf(pinfo->pool, "%s%s seq=%u%s", S->bad ? "[error] " : "", what, S->seq, items->s);
    else
        text = wmem_strdup_printf(pinfo->pool, "%s%s%s", S->bad ? "[error] " : "", what, items->s);
    if (S->index == 1) {
        col_set_str(pinfo->cinfo, COL_PROTOCOL, PORTS[S->port].column);
        col_add_str(pinfo->cinfo, COL_INFO, text);
    } else {
        col_append_fstr(pinfo->cinfo, COL_INFO, " | %s", text);
    }
}

/* Request/response links, per conversation (camera end, client end), VS-1 port and sequence
 * number, as vs1.lua keeps them: WAIT holds the requests still waiting for their response,
 * chained under the port numbers and the low 20 bits of the sequence number; LINK what the
 * later passes show, per PDU (frame * 65536 + index). */
typedef struct wait_s {
    guint64 pdu;
    nstime_t ts;
    gint64 code;
    guint32 seq;
    int port;
    address cam, cli;
    struct wait_s *next;
} wait_t;

typedef struct {
    gint64 other; /* a request's response frame; a response's -(request frame * 65536 + code) */
    nstime_t dt;
} link_t;

static wmem_map_t *WAIT, *LINK;

/* What the tap `vs1` gets for each linked response: the request's code, the response time. */
typedef struct {
    guint32 code;
    double seconds;
} srt_t;

static int vs1_tap = -1;

static guint64 *key64(guint64 v)
{
    guint64 *k = wmem_new(wmem_file_scope(), guint64);
    *k = v;
    return k;
}

static void link_pdu(pdu_t *S, tvbuff_t *tvb, packet_info *pinfo, proto_tree *root, const msg_t *m, int base)
{
    gboolean request = m->kind == K_REQUEST;
    if (!request && m->kind != K_RESPONSE)
        return;
    guint64 pdu = (guint64)pinfo->num * 65536 + (guint64)S->index;
    guint32 seq = S->seq;
    if (!PINFO_FD_VISITED(pinfo)) {
        if (request) {
            guint64 key = ((guint64)pinfo->srcport * 65536 + pinfo->destport) * 1048576 + seq % 1048576;
            wait_t *tx = wmem_new0(wmem_file_scope(), wait_t);
            tx->pdu = pdu;
            tx->ts = pinfo->rel_ts;
            tx->code = m->code;
            tx->seq = seq;
            tx->port = S->port;
            copy_address_wmem(wmem_file_scope(), &tx->cam, &pinfo->dst);
            copy_address_wmem(wmem_file_scope(), &tx->cli, &pinfo->src);
            wait_t *last = (wait_t *)wmem_map_lookup(WAIT, &key);
            if (last == NULL) {
                wmem_map_insert(WAIT, key64(key), tx);
            } else {
                while (last->next)
                    last = last->next;
                last->next = tx;
            }
        } else {
            guint64 key = ((guint64)pinfo->destport * 65536 + pinfo->srcport) * 1048576 + seq % 1048576;
            wait_t *before = NULL, *t = (wait_t *)wmem_map_lookup(WAIT, &key);
            while (t) {
                if (t->seq == seq && t->port == S->port && addresses_equal(&t->cam, &pinfo->src) && addresses_equal(&t->cli, &pinfo->dst)) {
                    if (before)
                        before->next = t->next;
                    else if (t->next)
                        wmem_map_insert(WAIT, key64(key), t->next);
                    else
                        wmem_map_remove(WAIT, &key);
                    guint64 request_pdu = t->pdu;
                    link_t *lr = wmem_new0(wmem_file_scope(), link_t);
                    lr->other = pinfo->num;
                    wmem_map_insert(LINK, key64(request_pdu), lr);
                    link_t *ls = wmem_new0(wmem_file_scope(), link_t);
                    ls->other = -(gint64)((request_pdu - request_pdu % 65536) + (guint64)t->code);
                    nstime_delta(&ls->dt, &pinfo->rel_ts, &t->ts);
                    wmem_map_insert(LINK, key64(pdu), ls);
                    break;
                }
                before = t;
                t = t->next;
            }
        }
    }
    link_t *l = (link_t *)wmem_map_lookup(LINK, &pdu);
    if (l != NULL && !request && have_tap_listener(vs1_tap)) {
        /* The response time statistic (section 7): one record per linked response. */
        srt_t *rec = wmem_new(pinfo->pool, srt_t);
        gint64 v = -l->other;
        rec->code = (guint32)(v % 65536);
        rec->seconds = l->dt.secs < 0 || (l->dt.secs == 0 && l->dt.nsecs < 0) ? 0.0 : nstime_to_sec(&l->dt);
        tap_queue_packet(vs1_tap, pinfo, rec);
    }
    if (!FULL)
        return;
    if (l == NULL) {
        if (!request)
            expert_add_info_format(pinfo, VS1_ITEM, &ei_unmatched, "%s seq %u: no request with this seq before it", m->id, seq);
        else if (PINFO_FD_VISITED(pinfo))
            expert_add_info_format(pinfo, VS1_ITEM, &ei_unanswered, "%s seq %u: no response in the capture", m->id, seq);
        return;
    }
    if (request) {
        proto_item_set_generated(proto_tree_add_uint(root, hf_response_in, tvb, base, 0, (guint32)l->other));
    } else {
        gint64 v = -l->other;
        guint32 code = (guint32)(v % 65536);
        proto_item_set_generated(proto_tree_add_uint(root, hf_request_in, tvb, base, 0, (guint32)((v - code) / 65536)));
        nstime_t d = l->dt;
        if (d.secs < 0 || (d.secs == 0 && d.nsecs < 0))
            nstime_set_zero(&d);
        proto_item_set_generated(proto_tree_add_time(root, hf_response_time, tvb, base, 0, &d));
        proto_item_set_generated(proto_tree_add_uint(root, hf_request, tvb, base, 0, code));
    }
}

/* ---------------------------------------------------------------------------------------
 * 5. Dissectors
 * ------------------------------------------------------------------------------------- */

/* Each port's dissector starts here; FALSE: `vs1` is disabled, leave the packet alone. */
static gboolean frame_start(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int port)
{
    if (!proto_is_protocol_enabled(vs1_protocol))
        return FALSE;
    FULL = tree != NULL;
    if (FULL) {
        VS1_ITEM = proto_tree_add_item(tree, proto_vs1, tvb, 0, -1, ENC_NA);
        proto_item_append_text(VS1_ITEM, ", %s (%s %u)", PORTS[port].name, PORTS[port].transport, pinfo->match_uint);
    } else {
        VS1_ITEM = NULL;
    }
    return TRUE;
}

/* vs1_frame: the PDU's length (header plus payload) at o, where left (at least the header)
 * bytes are; a header that is not VS-1 or an oversized length: the rest, as one bad PDU. */
static gint64 pdu_len_vs1_frame(tvbuff_t *tvb, int o, int left)
{
    if ((gint64)tvb_get_ntohs(tvb, o + 0) != 22065)
        return left;
    if ((gint64)tvb_get_guint8(tvb, o + 2) != 1)
        return left;
    gint64 n = (gint64)tvb_get_ntohl(tvb, o + 10);
    if (n > 67108864)
        return left;
    return 14 + n;
}

static void decode_vs1_frame(tvbuff_t *tvb, int p, int e, packet_info *pinfo, proto_item *root_item, proto_tree *root,
                               int port, gboolean datagram, pdu_t *S, txt_t *info)
{
    proto_item *hitem = proto_tree_add_item(root, hf[0], tvb, p, MIN(e - p, 14), ENC_NA);
    proto_tree *htree = proto_item_add_subtree(hitem, ett[0]);
    int o = h_vs1_frame(tvb, pinfo, htree, p, e, S);
    if (o < 0)
        return;
    S->have_seq = TRUE;
    S->seq = (guint32)S->h_seq;
    int body = p + 14;
    gint64 stop64 = body + S->h_length;
    if (S->bad) {
        S->name = "bad header";
        if (FULL && e > o)
            proto_tree_add_item(root, hf_payload, tvb, o, e - o, ENC_NA);
        return;
    }
    if (S->h_length > 67108864) {
        expert_add_info_format(pinfo, hitem, &ei_too_long, "%" G_GINT64_FORMAT " payload bytes, at most %d", S->h_length, 67108864);
        S->bad = TRUE;
        S->name = "oversized frame";
        if (FULL && e > o)
            proto_tree_add_item(root, hf_payload, tvb, o, e - o, ENC_NA);
        return;
    }
    if (datagram && stop64 != e) {
        expert_add_info_format(pinfo, hitem, &ei_length_mismatch, "header says %" G_GINT64_FORMAT " payload bytes, the datagram has %d", stop64 - body, e - body);
        S->bad = TRUE;
    } else if (!datagram && stop64 > e) {
        expert_add_info_format(pinfo, root_item, &ei_truncated, "PDU of %" G_GINT64_FORMAT " bytes, %d captured", stop64 - p, e - p);
        S->bad = TRUE;
    }
    int stop = stop64 > e ? e : (int)stop64;
    const msg_t *m = find_msg(port, S->h_msg_type);
    if (m == NULL) {
        expert_add_info_format(pinfo, hitem, &ei_unknown_message, "message type 0x%04" G_GINT64_MODIFIER "X is not defined on port %s", S->h_msg_type, PORTS[port].id);
        S->bad = TRUE;
        g_snprintf(S->namebuf, sizeof S->namebuf, "unknown 0x%04" G_GINT64_MODIFIER "X", S->h_msg_type);
        S->name = S->namebuf;
        if (FULL && stop > o)
            proto_tree_add_item(root, hf_payload, tvb, o, stop - o, ENC_NA);
        return;
    }
    S->name = m->id;
    S->label = m->label;
    if (FULL && m->flags >= 0 && S->h_flags != m->flags) {
        char a[32], b[32];
        expert_add_info_format(pinfo, hitem, &ei_flags, "flags %s, a %s has %s", hex_text(a, sizeof a, S->h_flags),
                               m->kind == K_REQUEST ? "request" : m->kind == K_RESPONSE ? "response" : "event", hex_text(b, sizeof b, m->flags));
    }
    proto_item *mitem = proto_tree_add_item(root, hf[m->hf], tvb, body, stop - body, ENC_NA);
    proto_tree *mtree = proto_item_add_subtree(mitem, ett[m->hf]);
    int o2 = m->fn(tvb, pinfo, mtree, body, stop, S, m->summary ? info : NULL);
    if (FULL) {
        /* (A decoder that stopped gives no summary; its Info items stay, as in vs1.lua.) */
        if (m->summary && o2 >= 0 && info->n > 0)
            proto_item_append_text(mitem, ":%s", info->s);
        proto_item_append_text(root_item, "%s%u", m->line, S->seq);
    }
    gboolean has_status = m->status != NULL && stop - body >= m->status_end;
    if (m->error || (has_status && m->status(tvb, p) != m->status_ok)) {
        if (FULL) {
            if (has_status) {
                gint64 st = m->status(tvb, p);
                const char *name = (st >= 0 && st <= G_MAXUINT32) ? try_val_to_str((guint32)st, m->status_vs) : NULL;
                if (name)
                    expert_add_info_format(pinfo, VS1_ITEM, &ei_error_reply, "%s seq %u: %s", m->id, S->seq, name);
                else
                    expert_add_info_format(pinfo, VS1_ITEM, &ei_error_reply, "%s seq %u: %" G_GINT64_FORMAT, m->id, S->seq, st);
            } else {
                expert_add_info_format(pinfo, VS1_ITEM, &ei_error_reply, "%s seq %u", m->id, S->seq);
            }
        }
    }
    if (o2 >= 0 && o2 < stop) {
        proto_tree_add_expert_format(mtree, pinfo, &ei_trailing, tvb, o2, stop - o2, "%d byte(s) after %s", stop - o2, m->id);
        S->bad = TRUE;
    }
    if (FULL && stop < e)
        proto_tree_add_item(root, hf_payload, tvb, stop, e - stop, ENC_NA);
    link_pdu(S, tvb, pinfo, root, m, p);
}

/* One PDU: bytes p to e of tvb. */
static void pdu_vs1_frame(tvbuff_t *tvb, int p, int e, packet_info *pinfo, proto_tree *tree, int port, gboolean datagram)
{
    pdu_t S;
    txt_t info;
    memset(&S, 0, sizeof S);
    info.n = 0;
    info.s[0] = 0;
    S.port = port;
    S.index = pdu_index(pinfo);
    proto_item *root_item = FULL ? proto_tree_add_item(tree, proto_port[port], tvb, p, e - p, ENC_NA) : NULL;
    proto_tree *root = proto_item_add_subtree(root_item, ett_port[port]);
    decode_vs1_frame(tvb, p, e, pinfo, root_item, root, port, datagram, &S, &info);
    show_info(pinfo, &S, &info);
}

/* The PDUs of a TCP buffer, one after the other, in one call (as vs1.lua does it: one `vs1`
 * line per buffer). A PDU that goes on past the buffer asks TCP for the rest; TCP calls again
 * with the PDU reassembled. Without reassembly, the captured part is shown, marked truncated. */
static int tcp_vs1_frame(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int port)
{
    if (!frame_start(tvb, pinfo, tree, port))
        return 0;
    int len = (int)tvb_captured_length(tvb);
    if (len == 0)
        return 0;
    int o = 0;
    while (o < len) {
        int left = len - o;
        gint64 n = left < 14 ? 14 : pdu_len_vs1_frame(tvb, o, left);
        if (n > left) {
            if (pinfo->can_desegment > 0) {
                pinfo->desegment_offset = o;
                pinfo->desegment_len = left < 14 ? DESEGMENT_ONE_MORE_SEGMENT : (guint32)(n - left);
                return len;
            }
            n = left;
        }
        pdu_vs1_frame(tvb, o, o + (int)n, pinfo, tree, port, FALSE);
        o += (int)n;
    }
    return len;
}

static int udp_vs1_frame(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int port)
{
    if (!frame_start(tvb, pinfo, tree, port))
        return 0;
    int len = (int)tvb_captured_length(tvb);
    pdu_vs1_frame(tvb, 0, len, pinfo, tree, port, TRUE);
    return len;
}

/* Line framing: one message per terminated line; datagram framing: the whole datagram is the
 * port's one message. */
static void line_pdu(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int port, int o, int stop, int tlen, gboolean unterminated)
{
    pdu_t S;
    txt_t info;
    memset(&S, 0, sizeof S);
    info.n = 0;
    info.s[0] = 0;
    S.port = port;
    S.index = pdu_index(pinfo);
    proto_item *root_item = FULL ? proto_tree_add_item(tree, proto_port[port], tvb, o, stop + tlen - o, ENC_NA) : NULL;
    proto_tree *root = proto_item_add_subtree(root_item, ett_port[port]);
    const msg_t *m = find_msg(port, -1);
    S.name = m->id;
    if (unterminated) {
        expert_add_info_format(pinfo, root_item, &ei_no_terminator, "no line terminator within %d bytes", PORTS[port].max_line);
        S.bad = TRUE;
    }
    proto_item *mitem = proto_tree_add_item(root, hf[m->hf], tvb, o, stop - o, ENC_NA);
    proto_tree *mtree = proto_item_add_subtree(mitem, ett[m->hf]);
    int o2 = m->fn(tvb, pinfo, mtree, o, stop, &S, m->summary ? &info : NULL);
    if (FULL) {
        if (m->summary && o2 >= 0 && info.n > 0)
            proto_item_append_text(mitem, ":%s", info.s);
        proto_item_append_text(root_item, ", %s", m->id);
    }
    if (o2 >= 0 && o2 < stop) {
        proto_tree_add_expert_format(mtree, pinfo, &ei_trailing, tvb, o2, stop - o2, "%d byte(s) after %s", stop - o2, m->id);
        S.bad = TRUE;
    }
    if (FULL && tlen > 0)
        proto_tree_add_item(root, hf_terminator, tvb, stop, tlen, ENC_NA);
    show_info(pinfo, &S, &info);
}

static int lines_port(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int port, const char *term, int tlen)
{
    if (!frame_start(tvb, pinfo, tree, port))
        return 0;
    int len = (int)tvb_captured_length(tvb);
    if (len == 0)
        return 0;
    int max = PORTS[port].max_line;
    const guint8 *b = tvb_get_ptr(tvb, 0, len);
    int o = 0;
    while (o < len) {
        int k = -1;
        for (int j = o; j + tlen <= len; j++) {
            if (memcmp(b + j, term, tlen) == 0) {
                k = j;
                break;
            }
        }
        if (k >= 0) {
            line_pdu(tvb, pinfo, tree, port, o, k, tlen, FALSE);
            o = k + tlen;
        } else if (len - o <= max && pinfo->can_desegment > 0) {
            pinfo->desegment_offset = o;
            pinfo->desegment_len = DESEGMENT_ONE_MORE_SEGMENT;
            return len;
        } else {
            line_pdu(tvb, pinfo, tree, port, o, len, 0, len - o > max);
            o = len;
        }
    }
    return len;
}

G_GNUC_UNUSED static int whole_port(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int port)
{
    if (!frame_start(tvb, pinfo, tree, port))
        return 0;
    int len = (int)tvb_captured_length(tvb);
    line_pdu(tvb, pinfo, tree, port, 0, len, 0, FALSE);
    return len;
}

/* The dissector of each port. */
static int dissect_0(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
    return tcp_vs1_frame(tvb, pinfo, tree, 0);
}

static int dissect_1(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
    return udp_vs1_frame(tvb, pinfo, tree, 1);
}

static int dissect_2(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
    return tcp_vs1_frame(tvb, pinfo, tree, 2);
}

static int dissect_3(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
    return udp_vs1_frame(tvb, pinfo, tree, 3);
}

static int dissect_4(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
    return tcp_vs1_frame(tvb, pinfo, tree, 4);
}

static int dissect_5(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
    return tcp_vs1_frame(tvb, pinfo, tree, 5);
}

static int dissect_6(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
    return tcp_vs1_frame(tvb, pinfo, tree, 6);
}

static int dissect_7(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
    return tcp_vs1_frame(tvb, pinfo, tree, 7);
}

static int dissect_8(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
    return tcp_vs1_frame(tvb, pinfo, tree, 8);
}

static int dissect_9(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
    return lines_port(tvb, pinfo, tree, 9, "\015\012", 2);
}

/* Heuristic for VS-1 frames on other TCP ports: constants, length, then a message code that
 * names exactly one port; the connection then stays with that port's dissector. Off unless
 * the preference `heuristic` is set, as in vs1.lua. */
static int code_port(gint64 code)
{
    switch (code) {
    case 257: return 2;
    case 258: return 2;
    case 259: return 2;
    case 260: return 2;
    case 513: return 0;
    case 514: return 0;
    case 515: return 0;
    case 769: return 8;
    case 770: return 8;
    case 771: return 8;
    case 772: return 8;
    case 773: return 8;
    case 774: return 8;
    case 775: return 8;
    case 776: return 8;
    case 777: return 8;
    case 778: return 8;
    case 779: return 8;
    case 780: return 8;
    case 1025: return 4;
    case 1026: return 4;
    case 1027: return 4;
    case 1028: return 4;
    case 1281: return 7;
    case 1282: return 7;
    case 1283: return 7;
    case 1537: return 5;
    case 1538: return 5;
    case 1539: return 5;
    case 1793: return 6;
    case 1794: return 6;
    case 1795: return 6;
    case 1796: return 6;
    case 1797: return 6;
    case 1798: return 6;
    case 1799: return 6;
    case 16641: return 2;
    case 16897: return 0;
    case 17665: return 7;
    case 33025: return 2;
    case 33026: return 2;
    case 33027: return 2;
    case 33028: return 2;
    case 33281: return 0;
    case 33282: return 0;
    case 33283: return 0;
    case 33536: return 8;
    case 33537: return 8;
    case 33538: return 8;
    case 33541: return 8;
    case 33544: return 8;
    case 33546: return 8;
    case 33793: return 4;
    case 33794: return 4;
    case 34049: return 7;
    case 34050: return 7;
    case 34305: return 5;
    case 34306: return 5;
    case 34561: return 6;
    case 34562: return 6;
    case 34565: return 6;
    default: return -1;
    }
}

static gboolean heuristic(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data _U_)
{
    int o = 0;
    if (!pref_heuristic || tvb_captured_length(tvb) < 14)
        return FALSE;
    if ((gint64)tvb_get_ntohs(tvb, o + 0) != 22065)
        return FALSE;
    if ((gint64)tvb_get_guint8(tvb, o + 2) != 1)
        return FALSE;
    if ((gint64)tvb_get_ntohl(tvb, o + 10) > 67108864)
        return FALSE;
    int port = code_port((gint64)tvb_get_ntohs(tvb, o + 4));
    if (port < 0)
        return FALSE;
    conversation_set_dissector(find_or_create_conversation(pinfo), port_handle[port]);
    call_dissector(port_handle[port], tvb, pinfo, tree);
    return TRUE;
}

/* ---------------------------------------------------------------------------------------
 * 6. Statistics: response times per request type
 * ------------------------------------------------------------------------------------- */

/* Statistics > VS-1 Response Times (tshark -z vs1.srt,tree): per request type, calls and the
 * min/avg/max response time, from the links the dissector made (vs1.lua's tap counts the same
 * responses, in a text table). */
static int srt_node = -1;
static const char SRT_NAME[] = "VS-1 response times (s)";

static void srt_init(stats_tree *st)
{
    srt_node = stats_tree_create_node(st, SRT_NAME, 0, STAT_DT_FLOAT, TRUE);
}

static tap_packet_status srt_packet(stats_tree *st, packet_info *pinfo _U_, epan_dissect_t *edt _U_, const void *p,
                                    tap_flags_t flags _U_)
{
    const srt_t *rec = (const srt_t *)p;
    char name[64];
    const char *msg = try_val_to_str(rec->code, vs_message_star);
    g_snprintf(name, sizeof name, "%s (0x%04x)", msg ? msg : "?", rec->code);
    avg_stat_node_add_value_float(st, SRT_NAME, 0, TRUE, (gfloat)rec->seconds);
    avg_stat_node_add_value_float(st, name, srt_node, FALSE, (gfloat)rec->seconds);
    return TAP_PACKET_REDRAW;
}

static void register_vs1_stats(void)
{
    stats_tree_register_plugin("vs1", "vs1.srt", "VS-1 Response Times", 0, srt_packet, srt_init, NULL);
}

/* ---------------------------------------------------------------------------------------
 * 7. Registration
 * ------------------------------------------------------------------------------------- */

static void vs1_init(void)
{
    WAIT = wmem_map_new(wmem_file_scope(), g_int64_hash, g_int64_equal);
    LINK = wmem_map_new(wmem_file_scope(), g_int64_hash, g_int64_equal);
    PDU_COUNT = wmem_map_new(wmem_file_scope(), g_direct_hash, g_direct_equal);
    LAST_FRAME = 0;
    LAST_CALLS = 0;
}

static void proto_reg_handoff_vs1(void);

static void proto_register_vs1(void)
{
    static gint *etts[N_FIELDS + N_PORTS];
    proto_vs1 = proto_register_protocol("VS-1 Smart Camera", "VS1", "vs1");
    proto_port[0] = proto_register_protocol("VS-1 Pic and Live Acquire Port", "VS1.ACQUIRE", "vs1.acquire");
    proto_port[1] = proto_register_protocol("VS-1 Camera Announce Port", "VS1.ANNOUNCE", "vs1.announce");
    proto_port[2] = proto_register_protocol("VS-1 IO Service Port", "VS1.IO", "vs1.io");
    proto_port[3] = proto_register_protocol("VS-1 Camera Login/Command Port", "VS1.LOGIN", "vs1.login");
    proto_port[4] = proto_register_protocol("VS-1 Connection Monitor Port", "VS1.MONITOR", "vs1.monitor");
    proto_port[5] = proto_register_protocol("VS-1 PartQ Retrieval Port", "VS1.PARTQ", "vs1.partq");
    proto_port[6] = proto_register_protocol("VS-1 Reports and Statistics Control Port", "VS1.REPORT_CONTROL", "vs1.report_control");
    proto_port[7] = proto_register_protocol("VS-1 Reports and Statistics Port", "VS1.REPORTS", "vs1.reports");
    proto_port[8] = proto_register_protocol("VS-1 Camera RPC Port", "VS1.RPC", "vs1.rpc");
    proto_port[9] = proto_register_protocol("VS-1 Serial TCP Ports", "VS1.SERIAL", "vs1.serial");
    proto_register_field_array(proto_vs1, hf_info + 0, 17);
    proto_register_field_array(proto_port[0], hf_info + 17, 46);
    proto_register_field_array(proto_port[1], hf_info + 63, 23);
    proto_register_field_array(proto_port[2], hf_info + 86, 49);
    proto_register_field_array(proto_port[3], hf_info + 135, 61);
    proto_register_field_array(proto_port[4], hf_info + 196, 25);
    proto_register_field_array(proto_port[5], hf_info + 221, 64);
    proto_register_field_array(proto_port[6], hf_info + 285, 51);
    proto_register_field_array(proto_port[7], hf_info + 336, 68);
    proto_register_field_array(proto_port[8], hf_info + 404, 75);
    proto_register_field_array(proto_port[9], hf_info + 479, 2);
    for (int i = 0; i < N_FIELDS; i++) {
        ett[i] = -1;
        etts[i] = &ett[i];
    }
    for (int i = 0; i < N_PORTS; i++) {
        ett_port[i] = -1;
        etts[N_FIELDS + i] = &ett_port[i];
    }
    proto_register_subtree_array(etts, N_FIELDS + N_PORTS);
    expert_module_t *em = expert_register_protocol(proto_vs1);
    expert_register_field_array(em, ei_info, array_length(ei_info));
    register_init_routine(vs1_init);
    vs1_tap = register_tap("vs1");
    /* Changing a port's numbers moves its registration (the handoff runs again). */
    module_t *prefs = prefs_register_protocol(proto_vs1, proto_reg_handoff_vs1);
    for (int i = 0; i < N_PORTS; i++) {
        char *name = g_strdup_printf("%s_ports", PORTS[i].id);
        char *title = g_strdup_printf("%s (%s)", PORTS[i].name, PORTS[i].transport);
        char *desc = g_strdup_printf("%s port(s) of the %s", PORTS[i].transport, PORTS[i].name);
        range_convert_str(wmem_epan_scope(), &pref_ports[i], PORTS[i].numbers, 65535);
        prefs_register_range_preference(prefs, name, title, desc, &pref_ports[i], 65535);
    }
    prefs_register_bool_preference(prefs, "heuristic", "Find VS-1 frames on other TCP ports",
                                   "Try the VS-1 dissector (magic and version check) on TCP connections to any port",
                                   &pref_heuristic);
}

static void proto_reg_handoff_vs1(void)
{
    static gboolean done = FALSE;
    static const char *table[N_PORTS] = {
        "tcp.port",
        "udp.port",
        "tcp.port",
        "udp.port",
        "tcp.port",
        "tcp.port",
        "tcp.port",
        "tcp.port",
        "tcp.port",
        "tcp.port",
    };
    if (!done) {
        vs1_protocol = find_protocol_by_id(proto_vs1);
        port_handle[0] = create_dissector_handle(dissect_0, proto_port[0]);
        port_handle[1] = create_dissector_handle(dissect_1, proto_port[1]);
        port_handle[2] = create_dissector_handle(dissect_2, proto_port[2]);
        port_handle[3] = create_dissector_handle(dissect_3, proto_port[3]);
        port_handle[4] = create_dissector_handle(dissect_4, proto_port[4]);
        port_handle[5] = create_dissector_handle(dissect_5, proto_port[5]);
        port_handle[6] = create_dissector_handle(dissect_6, proto_port[6]);
        port_handle[7] = create_dissector_handle(dissect_7, proto_port[7]);
        port_handle[8] = create_dissector_handle(dissect_8, proto_port[8]);
        port_handle[9] = create_dissector_handle(dissect_9, proto_port[9]);
        heur_dissector_add("tcp", heuristic, "VS-1 frames on any TCP port", "vs1_tcp", proto_vs1, HEURISTIC_ENABLE);
        done = TRUE;
    }
    for (int i = 0; i < N_PORTS; i++) {
        if (registered_ports[i] != NULL && ranges_are_equal(registered_ports[i], pref_ports[i]))
            continue;
        if (registered_ports[i] != NULL) {
            dissector_delete_uint_range(table[i], registered_ports[i], port_handle[i]);
            wmem_free(wmem_epan_scope(), registered_ports[i]);
        }
        dissector_add_uint_range(table[i], pref_ports[i], port_handle[i]);
        registered_ports[i] = range_copy(wmem_epan_scope(), pref_ports[i]);
    }
}

void plugin_register(void)
{
    static proto_plugin plug;
    for (int i = 0; i < N_FIELDS; i++)
        hf[i] = -1;
    plug.register_protoinfo = proto_register_vs1;
    plug.register_handoff = proto_reg_handoff_vs1;
    proto_register_plugin(&plug);
    static tap_plugin taps;
    taps.register_tap_listener = register_vs1_stats;
    tap_register_plugin(&taps);
}

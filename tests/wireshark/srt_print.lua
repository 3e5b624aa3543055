-- Loaded after vs1.lua by the statistics test: the response-time tap that Statistics > VS-1 >
-- Response Times opens, with its table written to stdout at tshark's final draw instead of a
-- window. Started from an init routine: at load time the VS-1 fields are not registered yet,
-- and a tap's filter must name them.
local started = false
local probe = Proto("vs1_srt_print", "VS-1 response-time table on stdout (tests)")
function probe.init()
  if started then return end
  started = true
  VS1_RESPONSE_TIMES(function(text) io.write("VS-1 response times\n", text) end)
end

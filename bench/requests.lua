-- wrk script for bench/webhook.py: replays pre-signed Twilio webhooks, one file of requests per connection.
--
-- Run with as many threads as connections (wrk -t N -c N): each wrk thread then owns exactly one connection,
-- and wrk sends a connection's next request only after the previous response, so the messages of one phone
-- (consecutive lines of that connection's file) arrive strictly in order, each after the previous reply.
--
-- Usage: wrk -t N -c N -d 20s --timeout 10s -s bench/requests.lua URL -- DIR
-- DIR holds conn-1.txt .. conn-N.txt, one request a line: "<X-Twilio-Signature>\t<urlencoded form body>".
-- done() prints one line "BENCH_JSON {...}" for the driver: throughput, latency percentiles (microseconds),
-- errors, replies that said "registered" or "Sorry", and whether any connection ran out of requests (a
-- repeated MessageSid would be deduplicated by the app, so requests are never reused).
--
-- Latency is timed here, per request, rather than taken from wrk's histogram: wrk "corrects" its histogram
-- for coordinated omission by adding synthetic samples, which suits a fixed-rate load, not this closed loop.
-- wrk's corrected p99 is still printed for reference.

local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clock_id, bench_timespec *tp);
]]
local CLOCK_MONOTONIC = 1
local clock = ffi.new("bench_timespec")

local function now_us()
   ffi.C.clock_gettime(CLOCK_MONOTONIC, clock)
   return tonumber(clock.tv_sec) * 1000000 + tonumber(clock.tv_nsec) / 1000
end

local threads = {}
local next_id = 1

function setup(thread)
   thread:set("id", next_id)
   next_id = next_id + 1
   table.insert(threads, thread)
end

-- Per-thread state: globals, so that done() can read them with thread:get().
requests = {}
latencies = {}
position = 0
sent_at = nil
exhausted = 0
registered = 0
sorry = 0
not_ok = 0
verifying = false

function init(args)
   local path = args[1] .. "/conn-" .. id .. ".txt"
   local file = assert(io.open(path, "r"))
   for line in file:lines() do
      local signature, body = line:match("^([^\t]+)\t(.*)$")
      local headers = {
         ["Content-Type"] = "application/x-www-form-urlencoded",
         ["X-Twilio-Signature"] = signature,
      }
      table.insert(requests, wrk.format("POST", "/twilio/messages", headers, body))
   end
   file:close()
   -- wrk calls request() once on its first thread before the run, only to inspect the request; that call
   -- must not use up the first message of the connection's first phone.
   verifying = id == 1
end

function request()
   if verifying then
      verifying = false
      return requests[1]
   end
   position = position + 1
   if position > #requests then
      -- Out of fresh requests: stop this connection; the driver reports the run as invalid.
      exhausted = 1
      wrk.thread:stop()
      return requests[#requests]
   end
   sent_at = now_us()
   return requests[position]
end

function response(status, headers, body)
   if sent_at then
      latencies[#latencies + 1] = now_us() - sent_at
      sent_at = nil
   end
   if status ~= 200 then
      not_ok = not_ok + 1
   end
   if body and body:find("registered", 1, true) then
      registered = registered + 1
   end
   if body and body:find("Sorry", 1, true) then
      sorry = sorry + 1
   end
end

local function each_thread(name, combine, start)
   local value = start
   for _, thread in ipairs(threads) do
      value = combine(value, thread:get(name))
   end
   return value
end

local function add(a, b) return a + (tonumber(b) or 0) end

local function all_latencies()
   local all = {}
   for _, thread in ipairs(threads) do
      for _, sample in ipairs(thread:get("latencies") or {}) do
         all[#all + 1] = sample
      end
   end
   table.sort(all)
   return all
end

-- Nearest rank: the smallest sample with at least p% of the samples at or below it.
local function percentile(sorted, p)
   if #sorted == 0 then return 0 end
   return sorted[math.max(1, math.ceil(#sorted * p / 100))]
end

local function mean(sorted)
   local sum = 0
   for _, sample in ipairs(sorted) do sum = sum + sample end
   return #sorted > 0 and sum / #sorted or 0
end

function done(summary, latency, requests)
   local e = summary.errors
   local timed = all_latencies()
   local fields = {
      string.format('"requests": %d', summary.requests),
      string.format('"duration_us": %d', summary.duration),
      string.format('"bytes": %d', summary.bytes),
      string.format('"errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}',
                    e.connect, e.read, e.write, e.status, e.timeout),
      string.format('"latency_us": {"samples": %d, "mean": %.0f, "p50": %.0f, "p90": %.0f, "p99": %.0f, '
                    .. '"p999": %.0f, "max": %.0f, "wrk_corrected_p99": %d}',
                    #timed, mean(timed), percentile(timed, 50), percentile(timed, 90), percentile(timed, 99),
                    percentile(timed, 99.9), timed[#timed] or 0, latency:percentile(99)),
      string.format('"exhausted_connections": %d', each_thread("exhausted", add, 0)),
      string.format('"replies_registered": %d', each_thread("registered", add, 0)),
      string.format('"replies_sorry": %d', each_thread("sorry", add, 0)),
      string.format('"replies_not_200": %d', each_thread("not_ok", add, 0)),
      string.format('"per_connection": {"min": %d, "max": %d}',
                    each_thread("position", function(a, b) return math.min(a, tonumber(b) or 0) end, math.huge),
                    each_thread("position", function(a, b) return math.max(a, tonumber(b) or 0) end, 0)),
   }
   io.write("BENCH_JSON {" .. table.concat(fields, ", ") .. "}\n")
end

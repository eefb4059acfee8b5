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

local threads = {}
local next_id = 1

function setup(thread)
   thread:set("id", next_id)
   next_id = next_id + 1
   table.insert(threads, thread)
end

-- Per-thread state: globals, so that done() can read them with thread:get().
requests = {}
position = 0
exhausted = 0
registered = 0
sorry = 0
not_ok = 0

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
end

function request()
   position = position + 1
   if position > #requests then
      -- Out of fresh requests: stop this connection; the driver reports the run as invalid.
      exhausted = 1
      wrk.thread:stop()
      return requests[#requests]
   end
   return requests[position]
end

function response(status, headers, body)
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

local function extreme(name, pick)
   local value = nil
   for _, thread in ipairs(threads) do
      local v = tonumber(thread:get(name)) or 0
      value = value and pick(value, v) or v
   end
   return value or 0
end

local function total(name)
   local sum = 0
   for _, thread in ipairs(threads) do
      sum = sum + (tonumber(thread:get(name)) or 0)
   end
   return sum
end

function done(summary, latency, requests)
   local e = summary.errors
   local fields = {
      string.format('"requests": %d', summary.requests),
      string.format('"duration_us": %d', summary.duration),
      string.format('"bytes": %d', summary.bytes),
      string.format('"errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}',
                    e.connect, e.read, e.write, e.status, e.timeout),
      string.format('"latency_us": {"mean": %.1f, "stdev": %.1f, "max": %d, "p50": %d, "p90": %d, "p99": %d, "p999": %d}',
                    latency.mean, latency.stdev, latency.max, latency:percentile(50), latency:percentile(90),
                    latency:percentile(99), latency:percentile(99.9)),
      string.format('"exhausted_connections": %d', total("exhausted")),
      string.format('"replies_registered": %d', total("registered")),
      string.format('"replies_sorry": %d', total("sorry")),
      string.format('"replies_not_200": %d', total("not_ok")),
      string.format('"per_connection": {"min": %d, "max": %d}', extreme("position", math.min),
                    extreme("position", math.max)),
   }
   io.write("BENCH_JSON {" .. table.concat(fields, ", ") .. "}\n")
end

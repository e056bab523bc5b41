-- wrk script of the benchmark: with BENCH_PATHS (a file, one path a line) each thread rotates through
-- the paths (the mixed scenario); without, the command line's URL. Headers from -H are kept.
-- At the end one RESULT line with the figures run.sh reads (latencies in microseconds).
local paths = {}
local file = os.getenv("BENCH_PATHS")
if file and file ~= "" then
    for line in io.lines(file) do
        if #line > 0 then
            paths[#paths + 1] = line
        end
    end
end
local counter = 0

-- each of wrk's threads (the benchmark runs two) starts its rotation at its own share of the paths, so that a list of
-- distinct queries is not asked by both threads at the same moment
local threads = 0
function setup(thread)
    thread:set("share", threads)
    threads = threads + 1
end

function init(args)
    if #paths > 0 and share then
        counter = math.floor(#paths * share / 2)
    end
end
-- with BENCH_UNIQUE each request gets a parameter of its own (u=...), so that no node can answer it from pages it keeps:
-- the cost of rendering every page. The salt tells wrk's threads apart (each has its own Lua state).
local unique = os.getenv("BENCH_UNIQUE")
local salt = tostring({}):gsub("table: ", "")

local function uniquely(path)
    if not unique or unique == "" then
        return path
    end
    return path .. (path:find("?", 1, true) and "&" or "?") .. "u=" .. salt .. "-" .. counter
end

request = function()
    counter = counter + 1
    if #paths == 0 then
        return wrk.format("GET", uniquely(wrk.path))
    end
    return wrk.format("GET", uniquely(paths[(counter % #paths) + 1]))
end

done = function(summary, latency, requests)
    local e = summary.errors
    io.write(string.format("RESULT requests=%d duration_us=%d non2xx=%d socket_errors=%d timeouts=%d p50=%d p95=%d p99=%d max=%d\n",
        summary.requests, summary.duration, e.status, e.connect + e.read + e.write, e.timeout,
        latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end

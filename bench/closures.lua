-- Closures and upvalues; Lua 5.4 equivalent of closures.py.

-- Prints its arguments separated by single spaces, as Python's print does.
local function say(...)
  local t = table.pack(...)
  for i = 1, t.n do t[i] = tostring(t[i]) end
  print(table.concat(t, " ", 1, t.n))
end

local function make_counter(start)
  local count = start
  return function(k)
    count = count + k
    return count
  end
end

local function make_adder(a)
  return function(b) return a + b end
end

local function compose(f, g)
  return function(x) return f(g(x)) end
end

local function apply_n(f, n, x)
  for _ = 1, n do x = f(x) end
  return x
end

local function main(n)
  local total = 0
  for i = 0, n - 1 do
    local add = make_adder(i % 100)
    total = (total + add(i)) % 1000003
  end
  local counter = make_counter(0)
  for i = 0, n - 1 do counter(i % 5) end
  local f = compose(make_adder(3), function(v) return v * 2 % 1000003 end)
  local y = apply_n(f, n, 1)
  local counters = {}
  for i = 0, 999 do counters[#counters + 1] = make_counter(i) end
  for _ = 1, 100 do
    for _, c in ipairs(counters) do c(1) end
  end
  local s = 0
  for _, c in ipairs(counters) do s = s + c(0) end
  say(total, counter(0), y, s)
end

main(900000)

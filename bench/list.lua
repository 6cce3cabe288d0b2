-- Arrays as lists; Lua 5.4 equivalent of list.py (append, indexing, item
-- assignment, linear search, sorting, comprehension-like loops).

-- Prints its arguments separated by single spaces, as Python's print does.
local function say(...)
  local t = table.pack(...)
  for i = 1, t.n do t[i] = tostring(t[i]) end
  print(table.concat(t, " ", 1, t.n))
end

local function main(n)
  local xs = {}
  for i = 0, n - 1 do xs[#xs + 1] = i * 7919 % 100003 end
  local total = 0
  for i = 1, #xs do total = (total + xs[i] * ((i - 1) & 7)) % 1000003 end
  for i = 1, #xs, 3 do xs[i] = xs[i] // 2 end
  local squares, sqsum = {}, 0
  for _, x in ipairs(xs) do
    if x % 3 ~= 0 then
      local s = x * x % 1009
      squares[#squares + 1] = s
      sqsum = sqsum + s
    end
  end
  local prs = {}
  for i = 1, 50000 do prs[i] = { xs[i] % 100, -xs[i] } end
  table.sort(prs, function(a, b)
    if a[1] ~= b[1] then return a[1] < b[1] end
    return a[2] < b[2]
  end)
  local ys, zs = table.move(xs, 1, #xs, 1, {}), table.move(xs, 1, #xs, 1, {})
  table.sort(ys)
  table.sort(zs, function(a, b) return -a < -b end)
  local small = {}
  for i = 0, 299 do small[i + 1] = i end
  local found = 0
  for i = 0, 2999 do
    local want = i % 300
    for j = 1, #small do
      if small[j] == want then found = found + j - 1; break end
    end
  end
  local nested = {}
  for i = 0, 59999 do nested[#nested + 1] = { i, i + 1 } end
  local flat, flatsum = {}, 0
  for _, pair in ipairs(nested) do
    for _, v in ipairs(pair) do flat[#flat + 1] = v; flatsum = flatsum + v end
  end
  local rev = {}
  for i = #xs, 1, -1 do rev[#rev + 1] = xs[i] end
  local zeros, hi, lo = 0, xs[1], xs[1]
  for _, x in ipairs(xs) do
    if x == 0 then zeros = zeros + 1 end
    if x > hi then hi = x end
    if x < lo then lo = x end
  end
  print(string.format("%d %d %d (%d, %d) (%d, %d)", total, sqsum, #squares,
    prs[1][1], prs[1][2], prs[#prs][1], prs[#prs][2]))
  say(ys[1], ys[n // 2 + 1], ys[#ys], zs[1], zs[#zs], found)
  say(#flat, flatsum, rev[1], rev[#rev], zeros, hi, lo)
  while #xs > 0 do table.remove(xs) end
  say(#xs)
end

main(500000)

-- Tables as dictionaries; Lua 5.4 equivalent of dict.py (insert, lookup,
-- update, delete and iteration with integer and string keys).

local function size(t)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  return n
end

local function int_keys(n)
  local d = {}
  for i = 0, n - 1 do d[i * 7919 % 1000003] = i end
  local hits = 0
  for i = 0, 2 * n - 1 do
    local v = d[i]
    if v ~= nil then hits = hits + v end
  end
  for i = 0, n - 1, 2 do d[i * 7919 % 1000003] = nil end
  for k, v in pairs(d) do d[k] = v + 1 end
  local total = 0
  for k, v in pairs(d) do total = (total + k * 3 + v) % 1000003 end
  return string.format("(%d, %d, %d, %d)", size(d), hits % 1000003, total,
    d[-1] or 0)
end

local function str_keys(n)
  local keys = {}
  for i = 0, n - 1 do keys[#keys + 1] = "k" .. tostring(i) end
  local d = {}
  for _, k in ipairs(keys) do d[k] = #k end
  for _, k in ipairs(keys) do d[k] = d[k] + 1 end
  local found = 0
  for i = 0, n - 1 do found = found + (d["k" .. tostring(i * 3)] or 0) end
  for i = 1, #keys, 3 do d[keys[i]] = nil end
  local total = 0
  for _, v in pairs(d) do total = total + v end
  local counts = {}
  for _, k in ipairs(keys) do
    local c = string.sub(k, -1)
    counts[c] = (counts[c] or 0) + 1
  end
  local names = {}
  for c in pairs(counts) do names[#names + 1] = c end
  table.sort(names)
  local first = {}
  for i = 1, 3 do
    first[i] = string.format("('%s', %d)", names[i], counts[names[i]])
  end
  return string.format("(%d, %d, %d, [%s])", size(d), found, total,
    table.concat(first, ", "))
end

print(int_keys(600000))
print(str_keys(300000))

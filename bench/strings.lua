-- String work; Lua 5.4 equivalent of strings.py. Positions are converted
-- to Python's 0-based indices (-1 when absent) so the checksums agree.

-- Prints its arguments separated by single spaces, as Python's print does.
local function say(...)
  local t = table.pack(...)
  for i = 1, t.n do t[i] = tostring(t[i]) end
  print(table.concat(t, " ", 1, t.n))
end

local function split(s, sep)
  local out, start = {}, 1
  while true do
    local i = string.find(s, sep, start, true)
    if not i then
      out[#out + 1] = string.sub(s, start)
      return out
    end
    out[#out + 1] = string.sub(s, start, i - 1)
    start = i + #sep
  end
end

local function pyfind(s, sub)
  local i = string.find(s, sub, 1, true)
  return i and i - 1 or -1
end

local function count(s, sub)
  local n, start = 0, 1
  while true do
    local i = string.find(s, sub, start, true)
    if not i then return n end
    n = n + 1
    start = i + #sub
  end
end

local function build_lines(n)
  local lines = {}
  for i = 0, n - 1 do
    local s = "item" .. tostring(i) .. ":" .. tostring(i * 7 % 1000)
    lines[#lines + 1] = string.format("%s,%03d,%s,%.2f", s, i % 13,
      i % 2 ~= 0 and "odd" or "even", i / 4)
  end
  return lines
end

local function process(lines)
  local check = 0
  for _, line in ipairs(lines) do
    local fields = split(line, ",")
    check = (check + #fields[1] + tonumber(fields[2])) % 1000003
    local joined = table.concat(fields, "|")
    check = (check + pyfind(joined, "|odd") + pyfind(joined, ".25")) % 1000003
    local replaced = string.gsub(string.gsub(joined, "item", "ITEM"), "|", "; ")
    check = (check + #replaced + count(replaced, "; ")) % 1000003
    if string.sub(replaced, 1, 5) == "ITEM1" and string.sub(line, -1) == "0" then
      check = (check + 1) % 1000003
    end
    local mid = #line // 2
    check = (check + #string.upper(line) + string.byte(line, mid + 1)) % 1000003
  end
  return check
end

local function accumulate(n)
  local out = ""
  for i = 0, n - 1 do
    out = out .. string.char(97 + i % 26)
    if #out > 200 then out = string.sub(out, 101) end
  end
  return #out + count(out, "a") + pyfind(out, "xyz")
end

local function main(n)
  local lines = build_lines(n)
  say(process(lines))
  say(accumulate(n * 4))
  local text = table.concat(lines, " ")
  local words = 0
  for _ in string.gmatch(text, "%S+") do words = words + 1 end
  local last = string.match(text, ".*()even")
  say(words, #text, count(text, "odd"), last and last - 1 or -1)
end

main(150000)

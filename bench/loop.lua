-- Nested integer loops; Lua 5.4 equivalent of loop.py.

local function run(outer, inner)
  local total = 0
  for i = 0, outer - 1 do
    for j = 0, inner - 1 do
      total = (total + i * j + (j << 2) ~ i) % 1000003
    end
    local k = 0
    while k < inner do
      total = (total + k // 3 - i) % 1000003
      k = k + 2
    end
  end
  return total
end

print(run(10000, 300))

-- Objects as metatables; Lua 5.4 equivalent of objects.py. The property
-- `mass` becomes a getter/setter pair, Lua's nearest plain equivalent.

-- Prints its arguments separated by single spaces, as Python's print does.
local function say(...)
  local t = table.pack(...)
  for i = 1, t.n do t[i] = tostring(t[i]) end
  print(table.concat(t, " ", 1, t.n))
end

local Vec = {}
Vec.__index = Vec

function Vec.new(x, y)
  return setmetatable({ x = x, y = y }, Vec)
end

function Vec:init(x, y)
  self.x = x
  self.y = y
end

function Vec:add(other)
  return Vec.new(self.x + other.x, self.y + other.y)
end

function Vec:dot(other)
  return self.x * other.x + self.y * other.y
end

function Vec:scale(k)
  self.x = self.x * k
  self.y = self.y * k
  return self
end

local Particle = setmetatable({}, { __index = Vec })
Particle.__index = Particle

function Particle.new(x, y, mass)
  local self = setmetatable({}, Particle)
  Vec.init(self, x, y)
  self._mass = mass
  self.hits = 0
  return self
end

function Particle:get_mass() return self._mass end

function Particle:set_mass(value)
  self._mass = value > 0 and value or 1
end

function Particle:bump()
  self.hits = self.hits + 1
  self:set_mass(self:get_mass() + 1)
end

local Counter = {}
Counter.__index = Counter

function Counter.new() return setmetatable({ n = 0 }, Counter) end

function Counter:step(k)
  self.n = (self.n + k) % 1000003
  return self.n
end

local function is_a(obj, cls)
  local mt = getmetatable(obj)
  while mt do
    if mt == cls then return true end
    local up = getmetatable(mt)
    mt = up and up.__index
  end
  return false
end

local function main(n)
  local acc = Vec.new(0, 0)
  local c = Counter.new()
  local check = 0
  for i = 0, n - 1 do
    local v = Vec.new(i % 10, i % 7)
    acc = acc:add(v)
    check = (check + v:dot(acc)) % 1000003
    c:step(i)
  end
  local p = Particle.new(1, 2, 3)
  for _ = 0, n - 1 do
    p:bump()
    if p.hits % 1000 == 0 then
      p:scale(2)
      p.x = p.x % 1000
      p.y = p.y % 1000
    end
  end
  say(acc.x, acc.y, check, c.n)
  say(p.x, p.y, p:get_mass(), p.hits, is_a(p, Vec) and "True" or "False")
end

main(400000)

-- The classic n-body simulation; Lua 5.4 equivalent of nbody.py (same
-- bodies, same order of float operations, so the same energies).

local PI = 3.14159265358979323
local SOLAR_MASS = 4 * PI * PI
local DAYS_PER_YEAR = 365.24

local function body(x, y, z, vx, vy, vz, mass)
  return { pos = { x, y, z }, vel = { vx, vy, vz }, mass = mass }
end

local function make_bodies()
  return {
    body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS),
    body(4.84143144246472090e+00, -1.16032004402742839e+00,
         -1.03622044471123109e-01,
         1.66007664274403694e-03 * DAYS_PER_YEAR,
         7.69901118419740425e-03 * DAYS_PER_YEAR,
         -6.90460016972063023e-05 * DAYS_PER_YEAR,
         9.54791938424326609e-04 * SOLAR_MASS),
    body(8.34336671824457987e+00, 4.12479856412430479e+00,
         -4.03523417114321381e-01,
         -2.76742510726862411e-03 * DAYS_PER_YEAR,
         4.99852801234917238e-03 * DAYS_PER_YEAR,
         2.30417297573763929e-05 * DAYS_PER_YEAR,
         2.85885980666130812e-04 * SOLAR_MASS),
    body(1.28943695621391310e+01, -1.51111514016986312e+01,
         -2.23307578892655734e-01,
         2.96460137564761618e-03 * DAYS_PER_YEAR,
         2.37847173959480950e-03 * DAYS_PER_YEAR,
         -2.96589568540237556e-05 * DAYS_PER_YEAR,
         4.36624404335156298e-05 * SOLAR_MASS),
    body(1.53796971148509165e+01, -2.59193146099879641e+01,
         1.79258772950371181e-01,
         2.68067772490389322e-03 * DAYS_PER_YEAR,
         1.62824170038242295e-03 * DAYS_PER_YEAR,
         -9.51592254519715870e-05 * DAYS_PER_YEAR,
         5.15138902046611451e-05 * SOLAR_MASS),
  }
end

local function make_pairs(bodies)
  local pairs_ = {}
  for i = 1, #bodies do
    for j = i + 1, #bodies do
      pairs_[#pairs_ + 1] = { bodies[i], bodies[j] }
    end
  end
  return pairs_
end

local function advance(dt, n, bodies, pairs_)
  for _ = 1, n do
    for p = 1, #pairs_ do
      local b1, b2 = pairs_[p][1], pairs_[p][2]
      local r1, v1, m1 = b1.pos, b1.vel, b1.mass
      local r2, v2, m2 = b2.pos, b2.vel, b2.mass
      local dx = r1[1] - r2[1]
      local dy = r1[2] - r2[2]
      local dz = r1[3] - r2[3]
      local mag = dt * ((dx * dx + dy * dy + dz * dz) ^ (-1.5))
      local b1m = m1 * mag
      local b2m = m2 * mag
      v1[1] = v1[1] - dx * b2m
      v1[2] = v1[2] - dy * b2m
      v1[3] = v1[3] - dz * b2m
      v2[1] = v2[1] + dx * b1m
      v2[2] = v2[2] + dy * b1m
      v2[3] = v2[3] + dz * b1m
    end
    for b = 1, #bodies do
      local r, v = bodies[b].pos, bodies[b].vel
      local vx, vy, vz = v[1], v[2], v[3]
      r[1] = r[1] + dt * vx
      r[2] = r[2] + dt * vy
      r[3] = r[3] + dt * vz
    end
  end
end

local function energy(bodies, pairs_)
  local e = 0.0
  for p = 1, #pairs_ do
    local b1, b2 = pairs_[p][1], pairs_[p][2]
    local dx = b1.pos[1] - b2.pos[1]
    local dy = b1.pos[2] - b2.pos[2]
    local dz = b1.pos[3] - b2.pos[3]
    e = e - (b1.mass * b2.mass) / ((dx * dx + dy * dy + dz * dz) ^ 0.5)
  end
  for b = 1, #bodies do
    local v, m = bodies[b].vel, bodies[b].mass
    e = e + m * (v[1] * v[1] + v[2] * v[2] + v[3] * v[3]) / 2.0
  end
  return e
end

local function offset_momentum(bodies)
  local px, py, pz = 0.0, 0.0, 0.0
  for b = 1, #bodies do
    local v, m = bodies[b].vel, bodies[b].mass
    px = px - v[1] * m
    py = py - v[2] * m
    pz = pz - v[3] * m
  end
  local v, m = bodies[1].vel, bodies[1].mass
  v[1] = px / m
  v[2] = py / m
  v[3] = pz / m
end

local function main(n)
  local bodies = make_bodies()
  local pairs_ = make_pairs(bodies)
  offset_momentum(bodies)
  print(string.format("%.9f", energy(bodies, pairs_)))
  advance(0.01, n, bodies, pairs_)
  print(string.format("%.9f", energy(bodies, pairs_)))
end

main(100000)

# nonlocal through three nested levels, each level adding its own state.
def level1():
    trail = []
    depth = 0

    def level2():
        nonlocal depth
        depth += 1
        inner_count = 0

        def level3():
            nonlocal depth, inner_count
            depth += 1
            inner_count += 1

            def level4():
                nonlocal depth, inner_count
                depth += 1
                inner_count += 100
                trail.append(("l4", depth, inner_count))
            level4()
            trail.append(("l3", depth, inner_count))
        level3()
        level3()
        trail.append(("l2", depth, inner_count))
    level2()
    level2()
    return trail, depth


trail, depth = level1()
for step in trail:
    print(step)
print("depth", depth)


def generations():
    name = "g0"

    def g1():
        nonlocal name
        name = name + ">g1"

        def g2():
            nonlocal name
            name = name + ">g2"

            def g3():
                nonlocal name
                name = name + ">g3"
                return name
            return g3
        return g2
    step3 = g1()()
    print(name)
    print(step3())
    print(step3())
    return name


print(generations())

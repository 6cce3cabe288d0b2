/* shapes.c: a small C library for examples/ffi/structs.eddy, built by
 * the Makefile into $(BUILD)/examples/libshapes.so. It takes points by
 * value and arrays of points by pointer. */
#include <math.h>

typedef struct Point {
  double x, y;
} Point;

/* The distance between [a] and [b] (passed by value). */
double distance(Point a, Point b) { return hypot(b.x - a.x, b.y - a.y); }

/* The middle of [a] and [b], returned by value. */
Point midpoint(Point a, Point b) {
  Point m = {(a.x + b.x) / 2, (a.y + b.y) / 2};
  return m;
}

/* The area of the polygon of [n] points at [pts] (shoelace formula). */
double polygon_area(const Point *pts, int n) {
  double twice = 0;
  for (int i = 0; i < n; i++) {
    const Point *a = &pts[i], *b = &pts[(i + 1) % n];
    twice += a->x * b->y - b->x * a->y;
  }
  return fabs(twice) / 2;
}

/* Moves the [n] points at [pts] by ([dx], [dy]) in place. */
void translate(Point *pts, int n, double dx, double dy) {
  for (int i = 0; i < n; i++) {
    pts[i].x += dx;
    pts[i].y += dy;
  }
}

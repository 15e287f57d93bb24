/* tafel-spreiding-chart-private.h: what the chart and its drawing share
 *
 * tafel-spreiding-chart.c keeps the data, the widget and its tooltips;
 * tafel-spreiding-draw.c lays the chart out and draws it.
 */
#pragma once

#include "tafel-spreiding-chart.h"

G_BEGIN_DECLS

/* Space around and between the parts, in pixels. */
#define PADDING            12.0
/* Height per level at least, what a level would like, and at most: more
 * would only add white space, so the chart then keeps to the top. */
#define ROW_MIN            56
#define ROW_NATURAL        88
#define ROW_MAX            120
/* Width of the plot (without the level column) at least, and natural. */
#define PLOT_MIN_WIDTH     200
#define PLOT_NATURAL_WIDTH 560
/* The level column never takes more than this in the minimum width. */
#define LABEL_MIN_CAP      240.0
/* Tick marks below the axis. */
#define TICK_LENGTH        6.0
/* Tick labels keep at least this much space between them. */
#define TICK_GAP           28.0
/* Dots: radius, smaller when a level has many proposals. */
#define DOT_RADIUS         5.0
#define DOT_RADIUS_DENSE   3.5
#define DENSE_POINTS       60
/* Outliers: half the diagonal of the diamond. */
#define OUTLIER_RADIUS     7.0
/* The decision: width of the bar. */
#define DECIDED_WIDTH      4.0
/* The pointer is over a dot within this distance. */
#define HIT_RADIUS         8.0
/* A tooltip names at most this many proposals. */
#define TOOLTIP_MAX_LINES  8

/* Text sizes, relative to the widget's font: large enough for a projector. */
#define FONT_TITLE         1.3
#define FONT_BODY          1.05
#define FONT_SMALL         0.9
#define FONT_EMPTY         1.5

/* The fractional part of multiples of this spreads dots evenly. */
#define GOLDEN_RATIO_FRACTION 0.6180339887498949

typedef struct {
  char               *title;
  TafelSpreidingPunt *points;      /* labels owned; values may be NAN */
  guint               n_points;
  double              decided;     /* NAN for none */
  TafelSummary        summary;     /* of the finite values */
  double              whisker_lo;  /* most extreme values that are no outliers */
  double              whisker_hi;
  guint               n_outliers;
} Reeks;

struct _TafelSpreidingChart
{
  GtkWidget  parent_instance;

  char      *unit;
  Reeks     *reeksen;
  guint      n_reeksen;
  guint      n_points;    /* finite values over all levels */
  gboolean   any_decided;
};


/* Where everything goes at one size of the widget. */
typedef struct {
  int    width;
  int    height;
  double label_w;     /* the level column, from x = 0 */
  double plot_x0;     /* the axis runs from plot_x0 … */
  double plot_x1;     /* … to plot_x1 */
  double rows_y0;     /* top of the first row */
  double row_h;
  double axis_y;      /* the axis line, below the last row */
  double lo;          /* the values at plot_x0 and plot_x1 */
  double hi;
  double step;        /* between ticks */
} Geometry;

typedef struct {
  GdkRGBA fg;
  GdkRGBA bg;        /* to keep lines apart from the dots under them */
  GdkRGBA accent;
  GdkRGBA outlier;
} Colors;

/* tafel-spreiding-chart.c */
char *spreiding_format_number (double value);

/* tafel-spreiding-draw.c */
void spreiding_measure_text (TafelSpreidingChart *self, const char *text, double scale, gboolean bold, int *width, int *height);
double spreiding_measure_label_column (TafelSpreidingChart *self);
double spreiding_measure_axis_height (TafelSpreidingChart *self);
gboolean spreiding_is_empty (TafelSpreidingChart *self);
void spreiding_compute_geometry (TafelSpreidingChart *self, int width, int height, Geometry *g);
double spreiding_value_to_x (const Geometry *g, double value);
double spreiding_row_center (const Geometry *g, guint index);
double spreiding_decided_half_height (const Geometry *g);
void spreiding_point_position (const Geometry *g, guint row, guint index, double value, double *x, double *y);
double spreiding_dot_radius (const Reeks *r);
void spreiding_draw_chart (TafelSpreidingChart *self, cairo_t *cr, int width, int height);

G_END_DECLS

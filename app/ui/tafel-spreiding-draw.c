/* tafel-spreiding-draw.c: laying out and drawing the spread chart (see
 * tafel-spreiding-chart.c for what it shows) */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include <glib/gi18n.h>

#include "tafel-decimal.h"
#include "tafel-spreiding-chart-private.h"

static void
get_colors (TafelSpreidingChart *self,
            Colors              *colors)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  /* gtk_widget_get_color() is GTK 4.10; these two are deprecated only there. */
  gtk_style_context_get_color (context, &colors->fg);
  if (!gtk_style_context_lookup_color (context, "window_bg_color", &colors->bg))
    colors->bg = (GdkRGBA) { 0, 0, 0, 0 };
  if (!gtk_style_context_lookup_color (context, "accent_color", &colors->accent))
    gdk_rgba_parse (&colors->accent, "#1c71d8");
  if (!gtk_style_context_lookup_color (context, "error_color", &colors->outlier))
    gdk_rgba_parse (&colors->outlier, "#c01c28");
}

static void
set_source (cairo_t       *cr,
            const GdkRGBA *color,
            double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

/* A layout for @text in the widget's font, @scale times as large. */
static PangoLayout *
create_layout (TafelSpreidingChart *self,
               const char          *text,
               double               scale,
               gboolean             bold)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  g_autoptr(PangoFontDescription) font = pango_font_description_copy (pango_context_get_font_description (context));
  int size = pango_font_description_get_size (font);

  if (size <= 0)
    size = 11 * PANGO_SCALE;
  if (pango_font_description_get_size_is_absolute (font))
    pango_font_description_set_absolute_size (font, size * scale);
  else
    pango_font_description_set_size (font, (int) (size * scale));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);

  return layout;
}

void
spreiding_measure_text (TafelSpreidingChart *self,
              const char          *text,
              double               scale,
              gboolean             bold,
              int                 *width,
              int                 *height)
{
  g_autoptr(PangoLayout) layout = create_layout (self, text, scale, bold);

  pango_layout_get_pixel_size (layout, width, height);
}

static char *
dup_count_text (const Reeks *r)
{
  return g_strdup_printf (_("n = %u"), r->summary.n);
}

/* The width the level column would like: its widest title or count. */
double
spreiding_measure_label_column (TafelSpreidingChart *self)
{
  int widest = 0;

  for (guint i = 0; i < self->n_reeksen; i++)
    {
      g_autofree char *count = dup_count_text (&self->reeksen[i]);
      int w, h;

      spreiding_measure_text (self, self->reeksen[i].title, FONT_TITLE, TRUE, &w, &h);
      widest = MAX (widest, w);
      spreiding_measure_text (self, count, FONT_BODY, FALSE, &w, &h);
      widest = MAX (widest, w);
    }

  return widest + 2 * PADDING;
}

/* Tick labels, the unit and the space between them. */
double
spreiding_measure_axis_height (TafelSpreidingChart *self)
{
  int w, tick_h, unit_h = 0;

  spreiding_measure_text (self, "0123456789", FONT_BODY, FALSE, &w, &tick_h);
  if (self->unit != NULL && *self->unit != '\0')
    spreiding_measure_text (self, self->unit, FONT_BODY, FALSE, &w, &unit_h);

  return TICK_LENGTH + 4 + tick_h + 4 + unit_h + PADDING;
}

gboolean
spreiding_is_empty (TafelSpreidingChart *self)
{
  return self->n_points == 0 && !self->any_decided;
}

/* The lowest and highest proposal or decision. FALSE when there is none. */
static gboolean
get_value_range (TafelSpreidingChart *self,
                 double              *lo,
                 double              *hi)
{
  gboolean any = FALSE;

  *lo = 0.0;
  *hi = 0.0;

  for (guint i = 0; i < self->n_reeksen; i++)
    {
      const Reeks *r = &self->reeksen[i];
      double values[3] = { r->summary.min, r->summary.max, r->decided };

      for (guint k = 0; k < G_N_ELEMENTS (values); k++)
        {
          if (!isfinite (values[k]))
            continue;
          *lo = any ? MIN (*lo, values[k]) : values[k];
          *hi = any ? MAX (*hi, values[k]) : values[k];
          any = TRUE;
        }
    }

  return any;
}

/* 1, 2 or 5 times a power of ten, at least @raw and at least 0,01 (what
 * tafel_decimal_format() shows). */
static double
nice_step (double raw)
{
  double magnitude, fraction;

  if (!(raw > 0.01))
    return 0.01;

  magnitude = pow (10.0, floor (log10 (raw)));
  fraction = raw / magnitude;
  if (fraction <= 1.0 + 1e-9)
    return magnitude;
  if (fraction <= 2.0 + 1e-9)
    return 2 * magnitude;
  if (fraction <= 5.0 + 1e-9)
    return 5 * magnitude;
  return 10 * magnitude;
}

/* Round axis ends and step for values from @lo to @hi over @width pixels
 * where a tick label is about @label_w wide. */
static void
compute_axis (double    lo,
              double    hi,
              double    width,
              double    label_w,
              Geometry *g)
{
  gboolean positive = lo >= 0.0;
  int max_ticks;
  double step;

  /* Hours and euros are read against zero when that costs little room. */
  if (positive && lo <= 0.4 * hi)
    lo = 0.0;

  /* One value: give it room on both sides. */
  if (hi - lo < 0.01)
    {
      double pad = fabs (lo) > 0.0 ? nice_step (fabs (lo) * 0.25) : 1.0;

      lo -= pad;
      hi += pad;
      if (positive && lo < 0.0)
        lo = 0.0;
    }

  max_ticks = MAX (2, (int) floor (width / (label_w + TICK_GAP)) + 1);
  step = nice_step ((hi - lo) / (max_ticks - 1));
  for (int guard = 0; guard < 64; guard++)
    {
      double a_lo = floor (lo / step + 1e-9) * step;
      double a_hi = ceil (hi / step - 1e-9) * step;

      g->lo = a_lo;
      g->hi = a_hi;
      g->step = step;
      if ((a_hi - a_lo) / step + 1 <= max_ticks + 0.5)
        break;
      step = nice_step (step * 1.5);
    }
}

void
spreiding_compute_geometry (TafelSpreidingChart *self,
                  int                  width,
                  int                  height,
                  Geometry            *g)
{
  double lo, hi;
  double label_w;
  int w_lo, w_hi, w_pad, h;
  g_autofree char *lo_text = NULL;
  g_autofree char *hi_text = NULL;

  g->width = width;
  g->height = height;

  /* The plot keeps its minimum width where it can; long titles are then
   * ellipsized. */
  label_w = spreiding_measure_label_column (self);
  g->label_w = MIN (label_w, MAX (width * 0.25, width - PLOT_MIN_WIDTH - PADDING));

  if (!get_value_range (self, &lo, &hi))
    lo = hi = 0.0;

  /* Room for half a tick label at the right end. */
  lo_text = spreiding_format_number (lo);
  hi_text = spreiding_format_number (hi);
  spreiding_measure_text (self, lo_text, FONT_BODY, FALSE, &w_lo, &h);
  spreiding_measure_text (self, hi_text, FONT_BODY, FALSE, &w_hi, &h);
  /* Ticks can have decimals the extremes have not. */
  spreiding_measure_text (self, ",00", FONT_BODY, FALSE, &w_pad, &h);

  g->plot_x0 = g->label_w + PADDING;
  g->plot_x1 = MAX (g->plot_x0 + 1, width - PADDING - MAX (w_lo, w_hi) / 2.0);
  g->rows_y0 = PADDING / 2;
  g->row_h = (height - spreiding_measure_axis_height (self) - g->rows_y0) / MAX (self->n_reeksen, 1);
  g->row_h = MAX (1, MIN (g->row_h, ROW_MAX));
  g->axis_y = g->rows_y0 + g->row_h * MAX (self->n_reeksen, 1);

  compute_axis (lo, hi, g->plot_x1 - g->plot_x0, MAX (w_lo, w_hi) + w_pad, g);
}

double
spreiding_value_to_x (const Geometry *g,
            double          value)
{
  if (g->hi <= g->lo)
    return (g->plot_x0 + g->plot_x1) / 2;
  return g->plot_x0 + (value - g->lo) / (g->hi - g->lo) * (g->plot_x1 - g->plot_x0);
}

double
spreiding_row_center (const Geometry *g,
            guint           index)
{
  return g->rows_y0 + (index + 0.5) * g->row_h;
}

/* Height of the box; the dots are spread over most of it. */
static double
box_height (const Geometry *g)
{
  return MIN (g->row_h * 0.55, 48.0);
}

/* Half the height of the decision's bar. */
double
spreiding_decided_half_height (const Geometry *g)
{
  return MIN (g->row_h * 0.42, box_height (g) / 2 + 14);
}

/* A fixed shift for dot @index, from -0.5 to 0.5: the golden-ratio
 * sequence spreads any number of dots evenly and starts in the middle. */
static double
jitter (guint index)
{
  double t = index * GOLDEN_RATIO_FRACTION + 0.5;

  return t - floor (t) - 0.5;
}

void
spreiding_point_position (const Geometry *g,
                guint           row,
                guint           index,
                double          value,
                double         *x,
                double         *y)
{
  *x = spreiding_value_to_x (g, value);
  *y = spreiding_row_center (g, row) + jitter (index) * box_height (g) * 0.7;
}

double
spreiding_dot_radius (const Reeks *r)
{
  return r->summary.n > DENSE_POINTS ? DOT_RADIUS_DENSE : DOT_RADIUS;
}

static void
show_text (cairo_t     *cr,
           PangoLayout *layout,
           double       x,
           double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_empty (TafelSpreidingChart *self,
            cairo_t             *cr,
            const Colors        *colors,
            double               x0,
            double               y0,
            double               x1,
            double               y1)
{
  g_autoptr(PangoLayout) layout = create_layout (self, _("No proposals yet"), FONT_EMPTY, FALSE);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  set_source (cr, &colors->fg, 0.55);
  show_text (cr, layout, (x0 + x1 - w) / 2, (y0 + y1 - h) / 2);
}

static void
draw_axis (TafelSpreidingChart *self,
           cairo_t             *cr,
           const Colors        *colors,
           const Geometry      *g)
{
  int n_ticks = (int) floor ((g->hi - g->lo) / g->step + 0.5);
  double label_y = g->axis_y + TICK_LENGTH + 4;
  int label_h = 0;

  cairo_set_line_width (cr, 1.0);
  for (int k = 0; k <= n_ticks; k++)
    {
      double value = g->lo + k * g->step;
      double x = round (spreiding_value_to_x (g, value)) + 0.5;
      g_autofree char *text = spreiding_format_number (value);
      g_autoptr(PangoLayout) layout = create_layout (self, text, FONT_BODY, FALSE);
      int w;

      /* Grid line through the rows, then the tick. */
      set_source (cr, &colors->fg, 0.12);
      cairo_move_to (cr, x, g->rows_y0);
      cairo_line_to (cr, x, g->axis_y);
      cairo_stroke (cr);
      set_source (cr, &colors->fg, 0.7);
      cairo_move_to (cr, x, g->axis_y);
      cairo_line_to (cr, x, g->axis_y + TICK_LENGTH);
      cairo_stroke (cr);

      pango_layout_get_pixel_size (layout, &w, &label_h);
      show_text (cr, layout, x - w / 2.0, label_y);
    }

  set_source (cr, &colors->fg, 0.7);
  cairo_move_to (cr, g->plot_x0, round (g->axis_y) + 0.5);
  cairo_line_to (cr, g->plot_x1, round (g->axis_y) + 0.5);
  cairo_stroke (cr);

  if (self->unit != NULL && *self->unit != '\0')
    {
      g_autoptr(PangoLayout) layout = create_layout (self, self->unit, FONT_BODY, FALSE);
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      set_source (cr, &colors->fg, 0.8);
      show_text (cr, layout, (g->plot_x0 + g->plot_x1 - w) / 2, label_y + label_h + 4);
    }
}

static void
draw_labels (TafelSpreidingChart *self,
             cairo_t             *cr,
             const Colors        *colors,
             const Geometry      *g,
             guint                index)
{
  const Reeks *r = &self->reeksen[index];
  g_autofree char *count = dup_count_text (r);
  g_autoptr(PangoLayout) title = create_layout (self, r->title, FONT_TITLE, TRUE);
  g_autoptr(PangoLayout) n = create_layout (self, count, FONT_BODY, FALSE);
  double cy = spreiding_row_center (g, index);
  int title_w, title_h, n_w, n_h;
  double y;

  pango_layout_set_width (title, MAX (1, (int) (g->label_w - 2 * PADDING)) * PANGO_SCALE);
  pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_size (title, &title_w, &title_h);
  pango_layout_get_pixel_size (n, &n_w, &n_h);

  y = cy - (title_h + n_h) / 2.0;
  set_source (cr, &colors->fg, 1.0);
  show_text (cr, title, PADDING, y);
  set_source (cr, &colors->fg, 0.7);
  show_text (cr, n, PADDING, y + title_h);
}

/* Strokes the path in the foreground colour over a thin line in the
 * background colour, so that it stands out over the dots below it (which
 * stay visible beside it: the halo is narrower than a dot). */
static void
stroke_with_halo (cairo_t      *cr,
                  const Colors *colors,
                  double        width)
{
  if (colors->bg.alpha > 0)
    {
      set_source (cr, &colors->bg, 0.9);
      cairo_set_line_width (cr, width + 2.0);
      cairo_stroke_preserve (cr);
    }
  set_source (cr, &colors->fg, 0.9);
  cairo_set_line_width (cr, width);
  cairo_stroke (cr);
}

static void
draw_box (cairo_t        *cr,
          const Colors   *colors,
          const Geometry *g,
          const Reeks    *r,
          double          cy,
          gboolean        fill)
{
  double half = box_height (g) / 2;
  double x_q1 = spreiding_value_to_x (g, r->summary.q1);
  double x_q3 = spreiding_value_to_x (g, r->summary.q3);
  double x_med = spreiding_value_to_x (g, r->summary.median);

  if (fill)
    {
      set_source (cr, &colors->fg, 0.10);
      cairo_rectangle (cr, x_q1, cy - half, MAX (x_q3 - x_q1, 1.0), 2 * half);
      cairo_fill (cr);
      return;
    }

  /* Whiskers with their caps. */
  if (isfinite (r->whisker_lo) && r->whisker_lo < r->summary.q1)
    {
      double x = spreiding_value_to_x (g, r->whisker_lo);

      cairo_move_to (cr, x, cy);
      cairo_line_to (cr, x_q1, cy);
      cairo_move_to (cr, x, cy - half / 2);
      cairo_line_to (cr, x, cy + half / 2);
    }
  if (isfinite (r->whisker_hi) && r->whisker_hi > r->summary.q3)
    {
      double x = spreiding_value_to_x (g, r->whisker_hi);

      cairo_move_to (cr, x_q3, cy);
      cairo_line_to (cr, x, cy);
      cairo_move_to (cr, x, cy - half / 2);
      cairo_line_to (cr, x, cy + half / 2);
    }
  cairo_rectangle (cr, x_q1, cy - half, MAX (x_q3 - x_q1, 1.0), 2 * half);
  stroke_with_halo (cr, colors, 2.0);

  /* The median sticks out of the box, to be seen among many dots. */
  cairo_move_to (cr, x_med, cy - half - 5);
  cairo_line_to (cr, x_med, cy + half + 5);
  stroke_with_halo (cr, colors, 4.0);
}

static void
draw_points (cairo_t        *cr,
             const Colors   *colors,
             const Geometry *g,
             guint           row,
             const Reeks    *r,
             gboolean        outliers)
{
  double radius = spreiding_dot_radius (r);
  gboolean dense = r->summary.n > DENSE_POINTS;

  for (guint j = 0; j < r->n_points; j++)
    {
      double value = r->points[j].value;
      double x, y;

      if (!isfinite (value) || tafel_summary_is_outlier (&r->summary, value) != outliers)
        continue;

      spreiding_point_position (g, row, j, value, &x, &y);
      if (outliers)
        {
          cairo_move_to (cr, x, y - OUTLIER_RADIUS);
          cairo_line_to (cr, x + OUTLIER_RADIUS, y);
          cairo_line_to (cr, x, y + OUTLIER_RADIUS);
          cairo_line_to (cr, x - OUTLIER_RADIUS, y);
          cairo_close_path (cr);
          set_source (cr, &colors->outlier, 1.0);
          cairo_fill (cr);
        }
      else
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
          set_source (cr, &colors->fg, dense ? 0.4 : 0.5);
          cairo_fill_preserve (cr);
          set_source (cr, &colors->fg, dense ? 0.0 : 0.9);
          cairo_set_line_width (cr, 1.0);
          cairo_stroke (cr);
        }
    }
}

static void
draw_decided (TafelSpreidingChart *self,
              cairo_t             *cr,
              const Colors        *colors,
              const Geometry      *g,
              guint                row,
              const Reeks         *r)
{
  g_autoptr(PangoLayout) layout = NULL;
  double cy = spreiding_row_center (g, row);
  double half = spreiding_decided_half_height (g);
  double x = spreiding_value_to_x (g, r->decided);
  double label_x;
  int w, h;

  set_source (cr, &colors->accent, 1.0);
  cairo_rectangle (cr, x - DECIDED_WIDTH / 2, cy - half, DECIDED_WIDTH, 2 * half);
  cairo_fill (cr);

  /* Translators: the small label at the decided value in the chart */
  layout = create_layout (self, _("decision"), FONT_SMALL, TRUE);
  pango_layout_get_pixel_size (layout, &w, &h);
  label_x = x + DECIDED_WIDTH;
  if (label_x + w > g->width - 2)
    label_x = x - DECIDED_WIDTH - w;
  show_text (cr, layout, label_x, MAX (cy - half - h / 2.0, cy - g->row_h / 2));
}

static void
draw_focus (cairo_t        *cr,
            const Colors   *colors,
            const Geometry *g)
{
  set_source (cr, &colors->accent, 0.6);
  cairo_set_line_width (cr, 2.0);
  cairo_rectangle (cr, 1, 1, g->width - 2, g->height - 2);
  cairo_stroke (cr);
}

void
spreiding_draw_chart (TafelSpreidingChart *self,
            cairo_t             *cr,
            int                  width,
            int                  height)
{
  Colors colors;
  Geometry g;

  get_colors (self, &colors);
  spreiding_compute_geometry (self, width, height, &g);

  if (gtk_widget_has_visible_focus (GTK_WIDGET (self)))
    draw_focus (cr, &colors, &g);

  if (spreiding_is_empty (self))
    {
      draw_empty (self, cr, &colors, 0, 0, width, height);
      return;
    }

  /* Every other row a faint band, to follow a row across. */
  for (guint i = 1; i < self->n_reeksen; i += 2)
    {
      set_source (cr, &colors.fg, 0.04);
      cairo_rectangle (cr, 0, g.rows_y0 + i * g.row_h, width, g.row_h);
      cairo_fill (cr);
    }

  draw_axis (self, cr, &colors, &g);

  for (guint i = 0; i < self->n_reeksen; i++)
    {
      const Reeks *r = &self->reeksen[i];
      double cy = spreiding_row_center (&g, i);
      gboolean box = r->summary.n >= 3;

      draw_labels (self, cr, &colors, &g, i);
      if (box)
        draw_box (cr, &colors, &g, r, cy, TRUE);
      draw_points (cr, &colors, &g, i, r, FALSE);
      if (box)
        draw_box (cr, &colors, &g, r, cy, FALSE);
      draw_points (cr, &colors, &g, i, r, TRUE);
      if (isfinite (r->decided))
        draw_decided (self, cr, &colors, &g, i, r);
    }

  /* Decisions but no proposal at all: say so over the plot. */
  if (self->n_points == 0)
    draw_empty (self, cr, &colors, g.plot_x0, g.rows_y0, g.plot_x1, g.axis_y);
}


/* test-spreiding.c: the chart of the spread of proposals and its table
 *
 * Each test puts a TafelSpreidingChart or a TafelSpreidingView in a
 * window, gives it data and waits until a frame is painted. What is drawn
 * is checked by rendering the widget (gtk_widget_paintable_new) into a
 * cairo image and counting pixels of a colour: the chart's foreground, its
 * accent (the decision) and its error colour (outliers). Where the dots
 * are comes from tafel_spreiding_chart_get_point_position(), and the
 * tooltip there is read with tafel_spreiding_chart_dup_tooltip_text().
 *
 * GTK_A11Y is set to "test" so that the accessible name and description
 * can be read back.
 *
 * Set TAFEL_TEST_SAVE_PNG to a directory to keep the rendered images.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>

#include "tafel-spreiding-chart.h"
#include "tafel-spreiding-view.h"

typedef struct {
  GtkWindow *window;
  GtkWidget *overlay;
} Fixture;

/* ---- helpers --------------------------------------------------------- */

static void
iterate (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* Runs the main loop until @done says so, or fails after five seconds. */
static void
wait_until (gboolean (*done) (gpointer),
            gpointer   data)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static gboolean
is_true (gpointer flag)
{
  return *(gboolean *) flag;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gboolean      *painted)
{
  *painted = TRUE;
}

/* Waits until a frame with @widget's latest data and size is painted. */
static void
wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong id;

  g_assert_nonnull (clock);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &painted);
  gtk_widget_queue_draw (widget);
  wait_until (is_true, &painted);
  g_signal_handler_disconnect (clock, id);
  iterate ();
}

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1280, 700);
  /* No focus ring: it is drawn in the accent colour that tests count. */
  gtk_window_set_focus_visible (f->window, FALSE);
  f->overlay = adw_toast_overlay_new ();
  gtk_window_set_child (f->window, f->overlay);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  if (f->window != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
      gtk_window_destroy (f->window);
      iterate ();
      g_assert_null (f->window);
    }
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

/* Shows @widget in the fixture's window; the window owns it. */
static void
show (Fixture   *f,
      GtkWidget *widget)
{
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (f->overlay), widget);
  gtk_window_present (f->window);
  wait_until (is_mapped, widget);
  wait_for_frame (widget);
}

/* Destroys the window and checks that @widget goes with it. */
static void
destroy_and_check (Fixture *f,
                   gpointer widget)
{
  g_object_ref (widget);
  gtk_window_destroy (f->window);
  f->window = NULL;
  iterate ();
  g_assert_finalize_object (widget);
}

static GtkWidget *
new_chart (Fixture *f)
{
  GtkWidget *chart = tafel_spreiding_chart_new ();

  show (f, chart);
  return chart;
}

/* What @widget draws now, at its size. */
static cairo_surface_t *
render (GtkWidget  *widget,
        const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_surface_t *surface;
  cairo_t *cr;
  const char *dir = g_getenv ("TAFEL_TEST_SAVE_PNG");

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  if (dir != NULL && *dir != '\0')
    {
      g_autofree char *file = g_strdup_printf ("%s.png", name);
      g_autofree char *path = g_build_filename (dir, file, NULL);
      cairo_surface_t *flat = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
      GdkRGBA bg;

      /* On the window's background, as it is seen. */
      if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), "window_bg_color", &bg))
        gdk_rgba_parse (&bg, "white");
      cr = cairo_create (flat);
      gdk_cairo_set_source_rgba (cr, &bg);
      cairo_paint (cr);
      cairo_set_source_surface (cr, surface, 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
      cairo_surface_write_to_png (flat, path);
      cairo_surface_destroy (flat);
    }

  return surface;
}

/* Pixels of @surface close to @color (nearly opaque); when @color is NULL,
 * pixels that are drawn on at all (dimmed text too). */
static guint
count_pixels (cairo_surface_t *surface,
              const GdkRGBA   *color)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data = cairo_image_surface_get_data (surface);
  guint n = 0;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + 4 * x);
        int a = pixel >> 24;
        double r, g, b;

        if (color == NULL)
          {
            n += a >= 60;
            continue;
          }
        if (a < 200)
          continue;
        /* Premultiplied; nearly opaque, so nearly the colour itself. */
        r = ((pixel >> 16) & 0xff) / (double) a;
        g = ((pixel >> 8) & 0xff) / (double) a;
        b = (pixel & 0xff) / (double) a;
        if (fabs (r - color->red) < 0.1 && fabs (g - color->green) < 0.1 && fabs (b - color->blue) < 0.1)
          n++;
      }

  return n;
}

/* The opacity (0 … 255) of @surface at (@x, @y). */
static int
alpha_at (cairo_surface_t *surface,
          double           x,
          double           y)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int ix = (int) floor (x);
  int iy = (int) floor (y);

  g_assert_cmpint (ix, >=, 0);
  g_assert_cmpint (iy, >=, 0);
  g_assert_cmpint (ix, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (iy, <, cairo_image_surface_get_height (surface));
  return *(const guint32 *) (data + iy * stride + 4 * ix) >> 24;
}

static guint
count_rendered (GtkWidget     *widget,
                const char    *name,
                const GdkRGBA *color)
{
  cairo_surface_t *surface = render (widget, name);
  guint n = count_pixels (surface, color);

  cairo_surface_destroy (surface);
  return n;
}

static void
lookup_color (GtkWidget  *widget,
              const char *name,
              GdkRGBA    *color)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  g_assert_true (gtk_style_context_lookup_color (context, name, color));
}

static void
get_fg (GtkWidget *widget,
        GdkRGBA   *color)
{
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), color);
}

static void
assert_accessible (GtkWidget             *widget,
                   GtkAccessibleProperty  property,
                   const char            *expected)
{
  g_autofree char *differs = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), property, expected);

  if (differs != NULL)
    g_error ("accessible property %d is '%s', expected '%s'", property, differs, expected);
}

static char *
tooltip_at_point (GtkWidget *chart,
                  guint      reeks,
                  guint      point)
{
  graphene_point_t p;

  g_assert_true (tafel_spreiding_chart_get_point_position (TAFEL_SPREIDING_CHART (chart), reeks, point, &p));
  return tafel_spreiding_chart_dup_tooltip_text (TAFEL_SPREIDING_CHART (chart), p.x, p.y);
}

/* ---- the chart ------------------------------------------------------- */

static void
test_chart_empty (Fixture      *f,
                  gconstpointer data)
{
  GtkWidget *chart = new_chart (f);
  TafelSpreidingChart *c = TAFEL_SPREIDING_CHART (chart);
  graphene_point_t p;
  guint drawn;

  g_assert_cmpuint (tafel_spreiding_chart_get_n_reeksen (c), ==, 0);
  g_assert_cmpuint (tafel_spreiding_chart_get_n_points (c), ==, 0);
  g_assert_cmpstr (tafel_spreiding_chart_get_unit (c), ==, "");
  g_assert_true (gtk_widget_get_focusable (chart));
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_ROLE_IMG);
  assert_accessible (chart, GTK_ACCESSIBLE_PROPERTY_LABEL, "Spread of 0 proposals");
  assert_accessible (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "No proposals yet");

  /* The empty-state text is drawn, and nothing answers a tooltip. */
  drawn = count_rendered (chart, "empty", NULL);
  g_assert_cmpuint (drawn, >, 50);
  g_assert_null (tafel_spreiding_chart_dup_tooltip_text (c, 100, 100));
  g_assert_false (tafel_spreiding_chart_get_point_position (c, 0, 0, &p));

  /* NULL and 0 again, and levels that have no proposals: still empty. */
  tafel_spreiding_chart_set_data (c, NULL, NULL, 0);
  {
    const TafelSpreidingReeks reeksen[] = {
      { "Licht", NULL, 0, NAN },
      { "Middel", NULL, 0, NAN },
    };

    tafel_spreiding_chart_set_data (c, "uren per week", reeksen, G_N_ELEMENTS (reeksen));
  }
  wait_for_frame (chart);
  g_assert_cmpuint (tafel_spreiding_chart_get_n_reeksen (c), ==, 2);
  g_assert_cmpuint (tafel_spreiding_chart_get_n_points (c), ==, 0);
  assert_accessible (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "No proposals yet");
  g_assert_cmpuint (count_rendered (chart, "empty-levels", NULL), ==, drawn);
  g_assert_null (tafel_spreiding_chart_dup_tooltip_text (c, 100, 100));

  destroy_and_check (f, chart);
}

static void
test_chart_single (Fixture      *f,
                   gconstpointer data)
{
  GtkWidget *chart = new_chart (f);
  TafelSpreidingChart *c = TAFEL_SPREIDING_CHART (chart);
  const TafelSpreidingPunt points[] = { { "Zorggroep Lindetuin", 2.5 } };
  const TafelSpreidingReeks reeksen[] = { { "Licht", points, 1, NAN } };
  g_autofree char *tooltip = NULL;
  GdkRGBA fg, accent;
  TafelSummary s;

  tafel_spreiding_chart_set_data (c, "uren per week", reeksen, 1);
  wait_for_frame (chart);

  g_assert_cmpuint (tafel_spreiding_chart_get_n_points (c), ==, 1);
  tafel_spreiding_chart_get_summary (c, 0, &s);
  g_assert_cmpuint (s.n, ==, 1);
  g_assert_cmpfloat (s.median, ==, 2.5);
  assert_accessible (chart, GTK_ACCESSIBLE_PROPERTY_LABEL, "Spread of 1 proposal");
  assert_accessible (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                     "Licht: one proposal of 2,5 uren per week.");

  tooltip = tooltip_at_point (chart, 0, 0);
  g_assert_cmpstr (tooltip, ==, "Zorggroep Lindetuin: 2,5 uren per week");

  get_fg (chart, &fg);
  lookup_color (chart, "accent_color", &accent);
  g_assert_cmpuint (count_rendered (chart, "single", &fg), >, 100);
  /* No decision, no accent. */
  g_assert_cmpuint (count_rendered (chart, "single", &accent), ==, 0);

  destroy_and_check (f, chart);
}

static void
test_chart_two (Fixture      *f,
                gconstpointer data)
{
  GtkWidget *chart = new_chart (f);
  TafelSpreidingChart *c = TAFEL_SPREIDING_CHART (chart);
  /* Equal values: both dots must be visible. */
  const TafelSpreidingPunt points[] = {
    { "Zorggroep Lindetuin", 3 },
    { "Jeugdhulp De Brug", 3 },
  };
  const TafelSpreidingReeks reeksen[] = { { "Middel", points, 2, NAN } };
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  graphene_point_t a, b;

  tafel_spreiding_chart_set_data (c, "uren per week", reeksen, 1);
  wait_for_frame (chart);

  g_assert_true (tafel_spreiding_chart_get_point_position (c, 0, 0, &a));
  g_assert_true (tafel_spreiding_chart_get_point_position (c, 0, 1, &b));
  g_assert_cmpfloat (a.x, ==, b.x);
  g_assert_cmpfloat (fabs (a.y - b.y), >=, 10.0);
  g_assert_false (tafel_spreiding_chart_get_point_position (c, 0, 2, &a));
  g_assert_false (tafel_spreiding_chart_get_point_position (c, 1, 0, &a));

  first = tooltip_at_point (chart, 0, 0);
  second = tooltip_at_point (chart, 0, 1);
  g_assert_cmpstr (first, ==, "Zorggroep Lindetuin: 3 uren per week");
  g_assert_cmpstr (second, ==, "Jeugdhulp De Brug: 3 uren per week");

  assert_accessible (chart, GTK_ACCESSIBLE_PROPERTY_LABEL, "Spread of 2 proposals");
  assert_accessible (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                     "Middel: 2 proposals, median 3 uren per week, from 3 to 3.");
  g_assert_cmpuint (count_rendered (chart, "two", NULL), >, 100);

  /* Two proposals: dots only. Three: a box with whiskers. Look on the
   * row's middle line (where the first dot is), a quarter of the way from
   * the lowest to the middle value: a whisker there, or nothing. */
  {
    const TafelSpreidingPunt two[] = { { "A", 2 }, { "B", 8 } };
    const TafelSpreidingPunt three[] = { { "A", 2 }, { "B", 8 }, { "C", 5 } };
    const TafelSpreidingReeks with_two[] = { { "Middel", two, 2, NAN } };
    const TafelSpreidingReeks with_three[] = { { "Middel", three, 3, NAN } };
    cairo_surface_t *surface;

    tafel_spreiding_chart_set_data (c, "uren per week", with_two, 1);
    wait_for_frame (chart);
    g_assert_true (tafel_spreiding_chart_get_point_position (c, 0, 0, &a));
    g_assert_true (tafel_spreiding_chart_get_point_position (c, 0, 1, &b));
    surface = render (chart, "two-apart");
    g_assert_cmpint (alpha_at (surface, a.x + (b.x - a.x) / 8, a.y), <, 60);
    cairo_surface_destroy (surface);

    tafel_spreiding_chart_set_data (c, "uren per week", with_three, 1);
    wait_for_frame (chart);
    g_assert_true (tafel_spreiding_chart_get_point_position (c, 0, 0, &a));
    g_assert_true (tafel_spreiding_chart_get_point_position (c, 0, 1, &b));
    surface = render (chart, "three");
    g_assert_cmpint (alpha_at (surface, a.x + (b.x - a.x) / 8, a.y), >=, 60);
    cairo_surface_destroy (surface);
  }

  destroy_and_check (f, chart);
}

static void
test_chart_many (Fixture      *f,
                 gconstpointer data)
{
  GtkWidget *chart = new_chart (f);
  TafelSpreidingChart *c = TAFEL_SPREIDING_CHART (chart);
  g_autofree TafelSpreidingPunt *points = g_new (TafelSpreidingPunt, 300);
  g_autofree TafelSpreidingPunt *few = g_new (TafelSpreidingPunt, 5);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  TafelSpreidingReeks reeksen[3];
  g_autofree char *tooltip = NULL;
  g_autofree char *summary = NULL;
  GdkRGBA error_color;
  graphene_point_t p;
  TafelSummary s;

  /* 299 values 1 … 10 in steps of 0,5, with many ties, and one far off. */
  for (guint i = 0; i < 300; i++)
    {
      g_ptr_array_add (names, g_strdup_printf ("Aanbieder %u", i + 1));
      points[i].label = names->pdata[i];
      points[i].value = 1 + (i % 19) * 0.5;
    }
  points[123].value = 60;
  for (guint i = 0; i < 5; i++)
    {
      few[i].label = names->pdata[i];
      few[i].value = 10 + 2 * i;
    }
  reeksen[0] = (TafelSpreidingReeks) { "Licht", points, 300, NAN };
  reeksen[1] = (TafelSpreidingReeks) { "Middel", few, 5, 14 };
  reeksen[2] = (TafelSpreidingReeks) { "Zwaar", NULL, 0, NAN };

  tafel_spreiding_chart_set_data (c, "uren per week", reeksen, G_N_ELEMENTS (reeksen));
  wait_for_frame (chart);

  g_assert_cmpuint (tafel_spreiding_chart_get_n_reeksen (c), ==, 3);
  g_assert_cmpuint (tafel_spreiding_chart_get_n_points (c), ==, 305);
  tafel_spreiding_chart_get_summary (c, 0, &s);
  g_assert_cmpuint (s.n, ==, 300);
  g_assert_true (tafel_summary_is_outlier (&s, 60));

  /* Every proposal is drawn inside the widget, the outlier too. */
  for (guint i = 0; i < 300; i++)
    {
      g_assert_true (tafel_spreiding_chart_get_point_position (c, 0, i, &p));
      g_assert_cmpfloat (p.x, >=, 0);
      g_assert_cmpfloat (p.x, <=, gtk_widget_get_width (chart));
      g_assert_cmpfloat (p.y, >=, 0);
      g_assert_cmpfloat (p.y, <=, gtk_widget_get_height (chart));
    }

  tooltip = tooltip_at_point (chart, 0, 123);
  g_assert_cmpstr (tooltip, ==, "Aanbieder 124: 60 uren per week (outlier)");

  assert_accessible (chart, GTK_ACCESSIBLE_PROPERTY_LABEL, "Spread of 305 proposals");
  summary = g_strdup_printf ("Licht: 300 proposals, median 5,5 uren per week, from 1 to 60, 1 outlier. "
                             "Middel: 5 proposals, median 14 uren per week, from 10 to 18, decision 14 uren per week. "
                             "Zwaar: no proposals.");
  assert_accessible (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary);

  /* The outlier in its own colour. */
  lookup_color (chart, "error_color", &error_color);
  g_assert_cmpuint (count_rendered (chart, "many", &error_color), >, 20);

  destroy_and_check (f, chart);
}

static void
test_chart_decided (Fixture      *f,
                    gconstpointer data)
{
  GtkWidget *chart = new_chart (f);
  TafelSpreidingChart *c = TAFEL_SPREIDING_CHART (chart);
  const TafelSpreidingPunt points[] = {
    { "Zorggroep Lindetuin", 2 }, { "Jeugdhulp De Brug", 3 }, { "Kwadrant", 3 },
    { "Oosterpoort", 4 }, { "De Rozenhof", 5 },
  };
  TafelSpreidingReeks reeksen[] = {
    { "Licht", points, G_N_ELEMENTS (points), NAN },
    { "Middel", NULL, 0, 8 },
  };
  g_autofree char *tooltip = NULL;
  GdkRGBA accent, error_color;
  graphene_point_t p;
  guint with_decision;

  lookup_color (chart, "accent_color", &accent);
  lookup_color (chart, "error_color", &error_color);

  reeksen[1].decided = NAN;
  tafel_spreiding_chart_set_data (c, "uren per week", reeksen, G_N_ELEMENTS (reeksen));
  wait_for_frame (chart);
  g_assert_cmpuint (count_rendered (chart, "undecided", &accent), ==, 0);
  g_assert_cmpuint (count_rendered (chart, "undecided", &error_color), ==, 0);

  reeksen[0].decided = 4;
  reeksen[1].decided = 8;
  tafel_spreiding_chart_set_data (c, "uren per week", reeksen, G_N_ELEMENTS (reeksen));
  wait_for_frame (chart);
  with_decision = count_rendered (chart, "decided", &accent);
  g_assert_cmpuint (with_decision, >, 100);
  g_assert_cmpfloat (tafel_spreiding_chart_get_decided (c, 0), ==, 4);
  g_assert_cmpfloat (tafel_spreiding_chart_get_decided (c, 1), ==, 8);

  /* The decision answers the tooltip where no dot is: the dot at 4 sits
   * in the middle of the row; the bar runs higher. */
  g_assert_true (tafel_spreiding_chart_get_point_position (c, 0, 3, &p));
  tooltip = tafel_spreiding_chart_dup_tooltip_text (c, p.x, p.y);
  g_assert_cmpstr (tooltip, ==, "Oosterpoort: 4 uren per week");
  g_clear_pointer (&tooltip, g_free);
  {
    graphene_point_t middle;

    /* The first dot is drawn on the row's middle line. */
    g_assert_true (tafel_spreiding_chart_get_point_position (c, 0, 0, &middle));
    tooltip = tafel_spreiding_chart_dup_tooltip_text (c, p.x, middle.y - 30);
    g_assert_cmpstr (tooltip, ==, "Decision: 4 uren per week");
    g_clear_pointer (&tooltip, g_free);

    /* Elsewhere in the row: its summary. */
    tooltip = tafel_spreiding_chart_dup_tooltip_text (c, 5, middle.y);
    g_assert_cmpstr (tooltip, ==, "Licht: 5 proposals, median 3 uren per week, from 2 to 5, decision 4 uren per week");
    g_clear_pointer (&tooltip, g_free);

    /* Below the rows: nothing. */
    tooltip = tafel_spreiding_chart_dup_tooltip_text (c, p.x, gtk_widget_get_height (chart) - 2);
    g_assert_null (tooltip);
  }
  assert_accessible (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                     "Licht: 5 proposals, median 3 uren per week, from 2 to 5, decision 4 uren per week. "
                     "Middel: no proposals, decision 8 uren per week.");

  /* Only a decision, no proposals: the decision is drawn, with the note. */
  reeksen[0].n_points = 0;
  reeksen[0].points = NULL;
  tafel_spreiding_chart_set_data (c, NULL, reeksen, G_N_ELEMENTS (reeksen));
  wait_for_frame (chart);
  g_assert_cmpuint (tafel_spreiding_chart_get_n_points (c), ==, 0);
  g_assert_cmpuint (count_rendered (chart, "decided-only", &accent), >, 50);
  assert_accessible (chart, GTK_ACCESSIBLE_PROPERTY_LABEL, "Spread of 0 proposals");

  destroy_and_check (f, chart);
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_chart_replace (Fixture      *f,
                    gconstpointer data)
{
  GtkWidget *chart = new_chart (f);
  TafelSpreidingChart *c = TAFEL_SPREIDING_CHART (chart);
  char label[32] = "Zorggroep Lindetuin";
  char title[32] = "Licht";
  char unit[32] = "uren per week";
  TafelSpreidingPunt points[] = { { label, 1 }, { "Kwadrant", NAN }, { "Oosterpoort", INFINITY } };
  TafelSpreidingReeks reeksen[] = { { title, points, G_N_ELEMENTS (points), INFINITY } };
  g_autofree char *tooltip = NULL;
  guint n_reeksen_notified = 0, unit_notified = 0;
  graphene_point_t p;

  g_signal_connect (chart, "notify::n-reeksen", G_CALLBACK (on_notify_cb), &n_reeksen_notified);
  g_signal_connect (chart, "notify::unit", G_CALLBACK (on_notify_cb), &unit_notified);

  tafel_spreiding_chart_set_data (c, unit, reeksen, 1);
  g_assert_cmpuint (n_reeksen_notified, ==, 1);
  g_assert_cmpuint (unit_notified, ==, 1);

  /* Everything was copied: the caller's buffers may change. */
  strcpy (label, "overwritten");
  strcpy (title, "overwritten");
  strcpy (unit, "overwritten");
  points[0].value = 99;
  wait_for_frame (chart);
  g_assert_cmpstr (tafel_spreiding_chart_get_title (c, 0), ==, "Licht");
  g_assert_cmpstr (tafel_spreiding_chart_get_unit (c), ==, "uren per week");
  tooltip = tooltip_at_point (chart, 0, 0);
  g_assert_cmpstr (tooltip, ==, "Zorggroep Lindetuin: 1 uren per week");

  /* Not-a-number and infinite values are left out. */
  g_assert_cmpuint (tafel_spreiding_chart_get_n_points (c), ==, 1);
  g_assert_false (tafel_spreiding_chart_get_point_position (c, 0, 1, &p));
  g_assert_false (tafel_spreiding_chart_get_point_position (c, 0, 2, &p));
  g_assert_true (isnan (tafel_spreiding_chart_get_decided (c, 0)));

  /* The same again changes nothing that is notified. */
  strcpy (title, "Licht");
  strcpy (unit, "uren per week");
  tafel_spreiding_chart_set_data (c, unit, reeksen, 1);
  g_assert_cmpuint (n_reeksen_notified, ==, 1);
  g_assert_cmpuint (unit_notified, ==, 1);

  /* Replaced by four levels, then by nothing. */
  {
    const TafelSpreidingPunt one[] = { { "De Rozenhof", 5 } };
    const TafelSpreidingReeks four[] = {
      { "Licht", one, 1, NAN }, { "Middel", one, 1, NAN },
      { "Zwaar", one, 1, NAN }, { "Intensief", one, 1, 7 },
    };

    tafel_spreiding_chart_set_data (c, "uren per week", four, G_N_ELEMENTS (four));
    g_assert_cmpuint (n_reeksen_notified, ==, 2);
    wait_for_frame (chart);
    g_assert_cmpuint (tafel_spreiding_chart_get_n_reeksen (c), ==, 4);
    g_assert_cmpstr (tafel_spreiding_chart_get_title (c, 3), ==, "Intensief");
    g_assert_cmpuint (count_rendered (chart, "replaced", NULL), >, 100);
  }

  tafel_spreiding_chart_set_data (c, NULL, NULL, 0);
  g_assert_cmpuint (n_reeksen_notified, ==, 3);
  g_assert_cmpuint (unit_notified, ==, 2);
  wait_for_frame (chart);
  g_assert_cmpuint (tafel_spreiding_chart_get_n_reeksen (c), ==, 0);
  g_assert_cmpstr (tafel_spreiding_chart_get_unit (c), ==, "");
  assert_accessible (chart, GTK_ACCESSIBLE_PROPERTY_LABEL, "Spread of 0 proposals");

  destroy_and_check (f, chart);
}

static void
test_chart_dark (Fixture      *f,
                 gconstpointer data)
{
  GtkWidget *chart = new_chart (f);
  TafelSpreidingChart *c = TAFEL_SPREIDING_CHART (chart);
  const TafelSpreidingPunt points[] = { { "A", 1 }, { "B", 2 }, { "C", 4 }, { "D", 5 } };
  const TafelSpreidingReeks reeksen[] = { { "Licht", points, G_N_ELEMENTS (points), 3 } };
  GdkRGBA light_fg, dark_fg;

  tafel_spreiding_chart_set_data (c, "uren per week", reeksen, 1);
  wait_for_frame (chart);
  get_fg (chart, &light_fg);

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  wait_for_frame (chart);
  get_fg (chart, &dark_fg);

  /* The text colour follows the style: light text on dark. */
  g_assert_cmpfloat (dark_fg.red, >, light_fg.red + 0.3);
  g_assert_cmpuint (count_rendered (chart, "dark", &dark_fg), >, 100);
  g_assert_cmpuint (count_rendered (chart, "dark", &light_fg), ==, 0);

  destroy_and_check (f, chart);
}

/* ---- the view -------------------------------------------------------- */

static GtkWidget *
new_view (Fixture *f)
{
  GtkWidget *view = tafel_spreiding_view_new ();

  show (f, view);
  return view;
}

static void
test_view_table (Fixture      *f,
                 gconstpointer data)
{
  GtkWidget *view = new_view (f);
  TafelSpreidingView *v = TAFEL_SPREIDING_VIEW (view);
  const TafelSpreidingPunt odd[] = {
    { "Zorggroep Lindetuin", 9 }, { "Jeugdhulp De Brug", 1 }, { "Kwadrant", 5 },
    { "Oosterpoort", 3 }, { "De Rozenhof", 7 },
  };
  const TafelSpreidingPunt halves[] = { { "Kwadrant", 1.5 }, { "De Rozenhof", 2.25 } };
  const TafelSpreidingReeks reeksen[] = {
    { "Licht", odd, G_N_ELEMENTS (odd), 5 },
    { "Middel", halves, G_N_ELEMENTS (halves), NAN },
    { "Zwaar\tmet tab", NULL, 0, 12.5 },
  };
  g_autofree char *empty = NULL;
  g_autofree char *text = NULL;
  GtkWidget *chart;

  empty = tafel_spreiding_view_dup_table_text (v);
  g_assert_cmpstr (empty, ==, "Level\tCount\tMinimum\tQ1\tMedian\tQ3\tMaximum\tDecision\n");

  tafel_spreiding_view_set_data (v, "Intensiteit — Specialistische GGZ", "uren per week",
                                 reeksen, G_N_ELEMENTS (reeksen));
  wait_for_frame (view);

  g_assert_cmpstr (tafel_spreiding_view_get_title (v), ==, "Intensiteit — Specialistische GGZ");
  chart = GTK_WIDGET (tafel_spreiding_view_get_chart (v));
  g_assert_true (TAFEL_IS_SPREIDING_CHART (chart));
  g_assert_cmpuint (tafel_spreiding_chart_get_n_reeksen (TAFEL_SPREIDING_CHART (chart)), ==, 3);

  /* QUARTILE.INC of 1, 3, 5, 7, 9 is 3, 5, 7; of 1,5 and 2,25 it is
   * 1,6875 (shown 1,69), 1,875 (1,88) and 2,0625 (2,06). */
  text = tafel_spreiding_view_dup_table_text (v);
  g_assert_cmpstr (text, ==,
                   "Level\tCount\tMinimum\tQ1\tMedian\tQ3\tMaximum\tDecision\n"
                   "Licht\t5\t1\t3\t5\t7\t9\t5\n"
                   "Middel\t2\t1,5\t1,69\t1,88\t2,06\t2,25\t–\n"
                   "Zwaar met tab\t0\t–\t–\t–\t–\t–\t12,5\n");

  /* The view and its chart draw. */
  g_assert_cmpuint (count_rendered (view, "view", NULL), >, 1000);
  g_assert_cmpuint (count_rendered (chart, "view-chart", NULL), >, 100);

  /* Replaced by nothing: the header alone. */
  tafel_spreiding_view_set_data (v, NULL, NULL, NULL, 0);
  g_clear_pointer (&text, g_free);
  text = tafel_spreiding_view_dup_table_text (v);
  g_assert_cmpstr (text, ==, empty);
  g_assert_cmpstr (tafel_spreiding_view_get_title (v), ==, "");
  wait_for_frame (view);

  destroy_and_check (f, view);
}

/* Ctrl+C is bound to spreiding.copy on the view. */
static gboolean
has_copy_shortcut (GtkWidget *view)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (view);
  gboolean found = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !found; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (controller)) && !found; k++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), k);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          g_autofree char *keys = gtk_shortcut_trigger_to_string (trigger);

          found = GTK_IS_NAMED_ACTION (action)
                  && g_strcmp0 (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), "spreiding.copy") == 0
                  && g_strcmp0 (keys, "<Control>c") == 0;
        }
    }

  return found;
}

typedef struct {
  char     *text;
  gboolean  done;
} ClipboardRead;

static void
on_clipboard_read_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  ClipboardRead *read = user_data;
  g_autoptr(GError) error = NULL;

  read->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
  read->done = TRUE;
}

static char *
read_clipboard (GtkWidget *widget)
{
  ClipboardRead read = { NULL, FALSE };

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, on_clipboard_read_cb, &read);
  wait_until (is_true, &read.done);
  return read.text;
}

static void
test_view_copy (Fixture      *f,
                gconstpointer data)
{
  GtkWidget *view = new_view (f);
  TafelSpreidingView *v = TAFEL_SPREIDING_VIEW (view);
  const TafelSpreidingPunt points[] = { { "A", 2 }, { "B", 4 } };
  const TafelSpreidingReeks reeksen[] = {
    { "Licht", points, 2, NAN },
    { "Middel", points, 1, 3 },
  };
  GtkColumnView *table = GTK_COLUMN_VIEW (gtk_widget_get_template_child (view, TAFEL_TYPE_SPREIDING_VIEW, "table"));
  GtkSelectionModel *selection = gtk_column_view_get_model (table);
  g_autofree char *whole = NULL;
  g_autofree char *copied = NULL;
  g_autofree char *selected = NULL;

  GtkWidget *button = GTK_WIDGET (gtk_widget_get_template_child (view, TAFEL_TYPE_SPREIDING_VIEW, "copy_button"));

  /* Nothing to copy yet. */
  iterate ();
  g_assert_false (gtk_widget_is_sensitive (button));

  tafel_spreiding_view_set_data (v, "Intensiteit", "uren per week", reeksen, G_N_ELEMENTS (reeksen));
  wait_for_frame (view);
  g_assert_true (gtk_widget_is_sensitive (button));
  whole = tafel_spreiding_view_dup_table_text (v);

  g_assert_true (gtk_widget_activate_action (view, "spreiding.copy-table", NULL));
  copied = read_clipboard (view);
  g_assert_cmpstr (copied, ==, whole);
  g_clear_pointer (&copied, g_free);

  /* Ctrl+C with no selection: the whole table. */
  g_assert_true (gtk_widget_activate_action (view, "spreiding.copy", NULL));
  copied = read_clipboard (view);
  g_assert_cmpstr (copied, ==, whole);
  g_clear_pointer (&copied, g_free);

  /* With the second row selected: the header and that row. */
  g_assert_true (gtk_selection_model_select_item (selection, 1, TRUE));
  selected = tafel_spreiding_view_dup_selection_text (v);
  g_assert_cmpstr (selected, ==,
                   "Level\tCount\tMinimum\tQ1\tMedian\tQ3\tMaximum\tDecision\n"
                   "Middel\t1\t2\t2\t2\t2\t2\t3\n");
  g_assert_true (gtk_widget_activate_action (view, "spreiding.copy", NULL));
  copied = read_clipboard (view);
  g_assert_cmpstr (copied, ==, selected);
  g_clear_pointer (&copied, g_free);

  g_assert_true (has_copy_shortcut (view));

  /* The button still copies everything. */
  g_assert_true (gtk_widget_activate_action (view, "spreiding.copy-table", NULL));
  copied = read_clipboard (view);
  g_assert_cmpstr (copied, ==, whole);

  iterate ();
  destroy_and_check (f, view);
}

static void
test_view_scrolls (Fixture      *f,
                   gconstpointer data)
{
  GtkWidget *view = new_view (f);
  TafelSpreidingView *v = TAFEL_SPREIDING_VIEW (view);
  const TafelSpreidingPunt points[] = { { "A", 2 }, { "B", 4 }, { "C", 5 } };
  TafelSpreidingReeks reeksen[16];
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *chart;

  for (guint i = 0; i < G_N_ELEMENTS (reeksen); i++)
    {
      g_ptr_array_add (titles, g_strdup_printf ("Niveau %u", i + 1));
      reeksen[i] = (TafelSpreidingReeks) { titles->pdata[i], points, G_N_ELEMENTS (points), NAN };
    }

  tafel_spreiding_view_set_data (v, "Duur", "weken", reeksen, G_N_ELEMENTS (reeksen));
  wait_for_frame (view);

  /* Sixteen levels do not fit in 700 pixels: the chart keeps its height
   * per level and scrolls. */
  chart = GTK_WIDGET (tafel_spreiding_view_get_chart (v));
  g_assert_cmpint (gtk_widget_get_height (chart), >=, 16 * 56);
  g_assert_cmpint (gtk_widget_get_height (view), <=, 700);
  g_assert_cmpuint (count_rendered (chart, "sixteen", NULL), >, 1000);

  destroy_and_check (f, view);
}

int
main (int   argc,
      char *argv[])
{
  /* GTK's test accessibility backend keeps the accessible properties,
   * which the tests read; it needs no accessibility bus. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/spreiding/chart/empty", test_chart_empty);
  ADD ("/spreiding/chart/single", test_chart_single);
  ADD ("/spreiding/chart/two", test_chart_two);
  ADD ("/spreiding/chart/many", test_chart_many);
  ADD ("/spreiding/chart/decided", test_chart_decided);
  ADD ("/spreiding/chart/replace", test_chart_replace);
  ADD ("/spreiding/chart/dark", test_chart_dark);
  ADD ("/spreiding/view/table", test_view_table);
  ADD ("/spreiding/view/copy", test_view_copy);
  ADD ("/spreiding/view/scrolls", test_view_scrolls);

#undef ADD

  return g_test_run ();
}

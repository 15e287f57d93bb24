/* tafel-spreiding-chart.c: the spread of providers' proposals, as a chart
 *
 * A plain GtkWidget without a template: it has no children and only draws,
 * with cairo inside its snapshot (gtk_snapshot_append_cairo), text with
 * Pango through the widget's own Pango context so that it follows the
 * user's font. Colours come from the widget's style (its colour, and the
 * named colours accent_color and error_color of libadwaita), so the chart
 * works in dark mode and high contrast.
 *
 * Layout, from left to right: a column with per level its title and
 * "n = 7"; then the plot. From top to bottom: one row per level, then the
 * value axis with its ticks and the unit. Per row:
 *
 *  - with three or more proposals, a box from Q1 to Q3 with the median as
 *    a thick line and whiskers to the most extreme proposals that are not
 *    outliers (Tukey's fences, tafel_summary_is_outlier());
 *  - every proposal as a dot, shifted up or down by a fixed amount that
 *    depends only on its index (the golden-ratio sequence), so that equal
 *    values stay visible side by side and the picture does not change
 *    from one draw to the next;
 *  - outliers as diamonds in the error colour, drawn last but one: never
 *    hidden, never left out;
 *  - the decided value as a vertical bar in the accent colour with the
 *    small label "besluit".
 *
 * The axis runs over every proposal and every decision, on round steps
 * (1, 2 or 5 times a power of ten) and from zero when that costs little.
 * Each level gets at least ROW_MIN pixels of height, so that a view with
 * many levels scrolls rather than squashes.
 *
 * The tooltip names the proposals under the pointer ("Zorggroep Lindetuin:
 * 2,5 uren per week"), else the decision, else the level's summary; from
 * the keyboard it shows the summary of every level. The chart can take the
 * keyboard focus (it then draws a focus ring) and its accessible name and
 * description say in words what it shows.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include <glib/gi18n.h>

#include "tafel-decimal.h"
#include "tafel-spreiding-chart-private.h"

enum {
  PROP_0,
  PROP_UNIT,
  PROP_N_REEKSEN,
  PROP_N_POINTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TafelSpreidingChart, tafel_spreiding_chart, GTK_TYPE_WIDGET)


static void
clear_reeksen (TafelSpreidingChart *self)
{
  for (guint i = 0; i < self->n_reeksen; i++)
    {
      Reeks *r = &self->reeksen[i];

      for (guint j = 0; j < r->n_points; j++)
        g_free ((char *) r->points[j].label);
      g_free (r->points);
      g_free (r->title);
    }

  g_clear_pointer (&self->reeksen, g_free);
  self->n_reeksen = 0;
  self->n_points = 0;
  self->any_decided = FALSE;
}

/* The summary, whiskers and outliers of @r from its points. */
static void
summarise_reeks (Reeks *r)
{
  g_autofree double *values = g_new (double, MAX (r->n_points, 1));
  guint n = 0;

  for (guint j = 0; j < r->n_points; j++)
    if (isfinite (r->points[j].value))
      values[n++] = r->points[j].value;

  tafel_summary_compute (values, n, &r->summary);

  r->whisker_lo = NAN;
  r->whisker_hi = NAN;
  r->n_outliers = 0;
  for (guint j = 0; j < n; j++)
    {
      if (tafel_summary_is_outlier (&r->summary, values[j]))
        {
          r->n_outliers++;
          continue;
        }
      if (isnan (r->whisker_lo) || values[j] < r->whisker_lo)
        r->whisker_lo = values[j];
      if (isnan (r->whisker_hi) || values[j] > r->whisker_hi)
        r->whisker_hi = values[j];
    }
}

char *
spreiding_format_number (double value)
{
  if (!isfinite (value))
    return g_strdup ("–");
  return tafel_decimal_format (tafel_decimal_from_double (value));
}

/* "2,5 uren per week", or "2,5" without a unit. */
static char *
format_value_unit (TafelSpreidingChart *self,
                   double               value)
{
  g_autofree char *number = spreiding_format_number (value);

  if (self->unit == NULL || *self->unit == '\0')
    return g_steal_pointer (&number);
  return g_strdup_printf ("%s %s", number, self->unit);
}

/* One level in words, as the tooltip and the accessible description say it. */
static char *
describe_reeks (TafelSpreidingChart *self,
                const Reeks         *r)
{
  GString *text = g_string_new (NULL);
  guint n = r->summary.n;

  if (n == 0)
    {
      g_string_printf (text, _("%s: no proposals"), r->title);
    }
  else if (n == 1)
    {
      g_autofree char *value = format_value_unit (self, r->summary.median);

      g_string_printf (text, _("%s: one proposal of %s"), r->title, value);
    }
  else
    {
      g_autofree char *median = format_value_unit (self, r->summary.median);
      g_autofree char *min = spreiding_format_number (r->summary.min);
      g_autofree char *max = spreiding_format_number (r->summary.max);

      /* Translators: level, count, median with its unit, lowest and highest
       * value, e.g. "Licht: 12 proposals, median 2 uren per week, from 1 to 4" */
      g_string_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                          "%s: %u proposal, median %s, from %s to %s",
                                          "%s: %u proposals, median %s, from %s to %s", n),
                       r->title, n, median, min, max);
    }

  if (isfinite (r->decided))
    {
      g_autofree char *decided = format_value_unit (self, r->decided);

      g_string_append_printf (text, _(", decision %s"), decided);
    }

  if (r->n_outliers > 0)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, ", %u outlier", ", %u outliers",
                                               r->n_outliers),
                            r->n_outliers);

  return g_string_free (text, FALSE);
}

/* Every level in words, joined by @separator; NULL when there is nothing. */
static char *
describe_all (TafelSpreidingChart *self,
              const char          *separator,
              const char          *end)
{
  GString *text;

  if (self->n_points == 0 && !self->any_decided)
    return NULL;

  text = g_string_new (NULL);
  for (guint i = 0; i < self->n_reeksen; i++)
    {
      g_autofree char *line = describe_reeks (self, &self->reeksen[i]);

      if (i > 0)
        g_string_append (text, separator);
      g_string_append (text, line);
    }
  g_string_append (text, end);

  return g_string_free (text, FALSE);
}

static void
update_accessible (TafelSpreidingChart *self)
{
  g_autofree char *label = NULL;
  g_autofree char *description = describe_all (self, ". ", ".");

  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Spread of %u proposal", "Spread of %u proposals",
                                        self->n_points),
                           self->n_points);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description != NULL ? description : _("No proposals yet"),
                                  -1);
}

typedef struct {
  guint  index;
  double distance;
} Hit;

static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const Hit *x = a;
  const Hit *y = b;

  if (x->distance != y->distance)
    return x->distance < y->distance ? -1 : 1;
  return (x->index > y->index) - (x->index < y->index);
}

/* The proposals of level @row within reach of (@x, @y), nearest first. */
static char *
describe_hits (TafelSpreidingChart *self,
               const Geometry      *g,
               guint                row,
               double               x,
               double               y)
{
  const Reeks *r = &self->reeksen[row];
  g_autoptr(GArray) hits = g_array_new (FALSE, FALSE, sizeof (Hit));
  double reach = MAX (HIT_RADIUS, spreiding_dot_radius (r));
  GString *text;

  for (guint j = 0; j < r->n_points; j++)
    {
      double px, py;
      Hit hit;

      if (!isfinite (r->points[j].value))
        continue;
      spreiding_point_position (g, row, j, r->points[j].value, &px, &py);
      hit.index = j;
      hit.distance = hypot (px - x, py - y);
      if (hit.distance <= reach)
        g_array_append_val (hits, hit);
    }

  if (hits->len == 0)
    return NULL;

  g_array_sort (hits, compare_hits);
  text = g_string_new (NULL);
  for (guint k = 0; k < MIN (hits->len, TOOLTIP_MAX_LINES); k++)
    {
      const TafelSpreidingPunt *p = &r->points[g_array_index (hits, Hit, k).index];
      g_autofree char *value = format_value_unit (self, p->value);

      if (k > 0)
        g_string_append_c (text, '\n');
      if (p->label != NULL && *p->label != '\0')
        g_string_append_printf (text, "%s: %s", p->label, value);
      else
        g_string_append (text, value);
      if (tafel_summary_is_outlier (&r->summary, p->value))
        {
          g_string_append_c (text, ' ');
          /* Translators: after a proposal in the tooltip of the chart */
          g_string_append (text, _("(outlier)"));
        }
    }

  if (hits->len > TOOLTIP_MAX_LINES)
    {
      guint more = hits->len - TOOLTIP_MAX_LINES;

      g_string_append_c (text, '\n');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", more), more);
    }

  return g_string_free (text, FALSE);
}

static gboolean
tafel_spreiding_chart_query_tooltip (GtkWidget  *widget,
                                     int         x,
                                     int         y,
                                     gboolean    keyboard_mode,
                                     GtkTooltip *tooltip)
{
  TafelSpreidingChart *self = TAFEL_SPREIDING_CHART (widget);
  g_autofree char *text = NULL;

  if (keyboard_mode)
    text = describe_all (self, "\n", "");
  else
    text = tafel_spreiding_chart_dup_tooltip_text (self, x, y);

  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
tafel_spreiding_chart_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  TafelSpreidingChart *self = TAFEL_SPREIDING_CHART (widget);
  int empty_w, empty_h;

  spreiding_measure_text (self, _("No proposals yet"), FONT_EMPTY, FALSE, &empty_w, &empty_h);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      double label_w = self->n_reeksen > 0 ? spreiding_measure_label_column (self) : 0;

      *minimum = (int) ceil (MAX (empty_w + 2 * PADDING,
                                  MIN (label_w, LABEL_MIN_CAP) + PLOT_MIN_WIDTH + PADDING));
      *natural = (int) ceil (MAX (*minimum, label_w + PLOT_NATURAL_WIDTH + PADDING));
    }
  else if (spreiding_is_empty (self))
    {
      *minimum = (int) ceil (empty_h + 4 * PADDING);
      *natural = MAX (*minimum, 200);
    }
  else
    {
      double axis_h = spreiding_measure_axis_height (self);
      guint rows = MAX (self->n_reeksen, 1);

      *minimum = (int) ceil (PADDING / 2 + rows * ROW_MIN + axis_h);
      *natural = (int) ceil (PADDING / 2 + rows * ROW_NATURAL + axis_h);
    }
}

static void
tafel_spreiding_chart_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  TafelSpreidingChart *self = TAFEL_SPREIDING_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  spreiding_draw_chart (self, cr, width, height);
  cairo_destroy (cr);
}

static void
tafel_spreiding_chart_state_flags_changed (GtkWidget     *widget,
                                           GtkStateFlags  previous)
{
  GtkStateFlags changed = previous ^ gtk_widget_get_state_flags (widget);

  /* The focus ring is drawn here, not by CSS. */
  if (changed & (GTK_STATE_FLAG_FOCUS_VISIBLE | GTK_STATE_FLAG_FOCUSED))
    gtk_widget_queue_draw (widget);

  GTK_WIDGET_CLASS (tafel_spreiding_chart_parent_class)->state_flags_changed (widget, previous);
}

static void
tafel_spreiding_chart_css_changed (GtkWidget         *widget,
                                   GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (tafel_spreiding_chart_parent_class)->css_changed (widget, change);

  /* The named colours (accent, error) may change with the style sheet
   * without the widget's own style changing. */
  gtk_widget_queue_draw (widget);
}

static void
tafel_spreiding_chart_finalize (GObject *object)
{
  TafelSpreidingChart *self = TAFEL_SPREIDING_CHART (object);

  clear_reeksen (self);
  g_free (self->unit);

  G_OBJECT_CLASS (tafel_spreiding_chart_parent_class)->finalize (object);
}

static void
tafel_spreiding_chart_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  TafelSpreidingChart *self = TAFEL_SPREIDING_CHART (object);

  switch (prop_id)
    {
    case PROP_UNIT:
      g_value_set_string (value, tafel_spreiding_chart_get_unit (self));
      break;
    case PROP_N_REEKSEN:
      g_value_set_uint (value, self->n_reeksen);
      break;
    case PROP_N_POINTS:
      g_value_set_uint (value, self->n_points);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_spreiding_chart_class_init (TafelSpreidingChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = tafel_spreiding_chart_finalize;
  object_class->get_property = tafel_spreiding_chart_get_property;

  widget_class->measure = tafel_spreiding_chart_measure;
  widget_class->snapshot = tafel_spreiding_chart_snapshot;
  widget_class->query_tooltip = tafel_spreiding_chart_query_tooltip;
  widget_class->state_flags_changed = tafel_spreiding_chart_state_flags_changed;
  widget_class->css_changed = tafel_spreiding_chart_css_changed;

  /* The unit of the values, "" for none. */
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Levels shown. */
  properties[PROP_N_REEKSEN] =
    g_param_spec_uint ("n-reeksen", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Proposals shown, over all levels. */
  properties[PROP_N_POINTS] =
    g_param_spec_uint ("n-points", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "tafel-spreiding-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
tafel_spreiding_chart_init (TafelSpreidingChart *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  update_accessible (self);
}

GtkWidget *
tafel_spreiding_chart_new (void)
{
  return g_object_new (TAFEL_TYPE_SPREIDING_CHART, NULL);
}

void
tafel_spreiding_chart_set_data (TafelSpreidingChart       *self,
                                const char                *unit,
                                const TafelSpreidingReeks *reeksen,
                                guint                      n_reeksen)
{
  guint old_n_reeksen, old_n_points;
  gboolean unit_changed;

  g_return_if_fail (TAFEL_IS_SPREIDING_CHART (self));
  g_return_if_fail (reeksen != NULL || n_reeksen == 0);
  for (guint i = 0; i < n_reeksen; i++)
    g_return_if_fail (reeksen[i].points != NULL || reeksen[i].n_points == 0);

  old_n_reeksen = self->n_reeksen;
  old_n_points = self->n_points;
  unit_changed = g_strcmp0 (unit ? unit : "", tafel_spreiding_chart_get_unit (self)) != 0;

  clear_reeksen (self);
  if (unit_changed)
    {
      g_free (self->unit);
      self->unit = g_strdup (unit);
    }

  self->reeksen = g_new0 (Reeks, MAX (n_reeksen, 1));
  self->n_reeksen = n_reeksen;
  for (guint i = 0; i < n_reeksen; i++)
    {
      const TafelSpreidingReeks *in = &reeksen[i];
      Reeks *r = &self->reeksen[i];

      /* One line per title. */
      r->title = g_strdelimit (g_strdup (in->title ? in->title : ""), "\t\r\n", ' ');
      r->decided = isfinite (in->decided) ? in->decided : NAN;
      r->n_points = in->n_points;
      r->points = g_new0 (TafelSpreidingPunt, MAX (in->n_points, 1));
      for (guint j = 0; j < in->n_points; j++)
        {
          r->points[j].label = g_strdup (in->points[j].label ? in->points[j].label : "");
          r->points[j].value = isfinite (in->points[j].value) ? in->points[j].value : NAN;
        }

      summarise_reeks (r);
      self->n_points += r->summary.n;
      self->any_decided |= isfinite (r->decided);
    }

  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));

  if (unit_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
  if (old_n_reeksen != self->n_reeksen)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_REEKSEN]);
  if (old_n_points != self->n_points)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_POINTS]);
}

guint
tafel_spreiding_chart_get_n_reeksen (TafelSpreidingChart *self)
{
  g_return_val_if_fail (TAFEL_IS_SPREIDING_CHART (self), 0);
  return self->n_reeksen;
}

guint
tafel_spreiding_chart_get_n_points (TafelSpreidingChart *self)
{
  g_return_val_if_fail (TAFEL_IS_SPREIDING_CHART (self), 0);
  return self->n_points;
}

const char *
tafel_spreiding_chart_get_unit (TafelSpreidingChart *self)
{
  g_return_val_if_fail (TAFEL_IS_SPREIDING_CHART (self), NULL);
  return self->unit != NULL ? self->unit : "";
}

const char *
tafel_spreiding_chart_get_title (TafelSpreidingChart *self,
                                 guint                index)
{
  g_return_val_if_fail (TAFEL_IS_SPREIDING_CHART (self), NULL);
  g_return_val_if_fail (index < self->n_reeksen, NULL);
  return self->reeksen[index].title;
}

void
tafel_spreiding_chart_get_summary (TafelSpreidingChart *self,
                                   guint                index,
                                   TafelSummary        *out)
{
  g_return_if_fail (TAFEL_IS_SPREIDING_CHART (self));
  g_return_if_fail (out != NULL);

  if (index >= self->n_reeksen)
    {
      tafel_summary_compute (NULL, 0, out);
      g_return_if_reached ();
    }

  *out = self->reeksen[index].summary;
}

double
tafel_spreiding_chart_get_decided (TafelSpreidingChart *self,
                                   guint                index)
{
  g_return_val_if_fail (TAFEL_IS_SPREIDING_CHART (self), NAN);
  g_return_val_if_fail (index < self->n_reeksen, NAN);
  return self->reeksen[index].decided;
}

gboolean
tafel_spreiding_chart_get_point_position (TafelSpreidingChart *self,
                                          guint                index,
                                          guint                point,
                                          graphene_point_t    *out)
{
  int width, height;
  Geometry g;
  double value, x, y;

  g_return_val_if_fail (TAFEL_IS_SPREIDING_CHART (self), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  width = gtk_widget_get_width (GTK_WIDGET (self));
  height = gtk_widget_get_height (GTK_WIDGET (self));

  if (index >= self->n_reeksen || point >= self->reeksen[index].n_points || width <= 0 || height <= 0)
    return FALSE;

  value = self->reeksen[index].points[point].value;
  if (!isfinite (value))
    return FALSE;

  spreiding_compute_geometry (self, width, height, &g);
  spreiding_point_position (&g, index, point, value, &x, &y);
  graphene_point_init (out, x, y);
  return TRUE;
}

char *
tafel_spreiding_chart_dup_tooltip_text (TafelSpreidingChart *self,
                                        double               x,
                                        double               y)
{
  int width, height;
  const Reeks *r;
  Geometry g;
  double row_f, cy;
  guint row;
  char *hits;

  g_return_val_if_fail (TAFEL_IS_SPREIDING_CHART (self), NULL);

  width = gtk_widget_get_width (GTK_WIDGET (self));
  height = gtk_widget_get_height (GTK_WIDGET (self));
  if (spreiding_is_empty (self) || width <= 0 || height <= 0)
    return NULL;

  spreiding_compute_geometry (self, width, height, &g);
  row_f = floor ((y - g.rows_y0) / g.row_h);
  if (row_f < 0 || row_f >= self->n_reeksen || x < 0 || x > width)
    return NULL;

  row = (guint) row_f;
  r = &self->reeksen[row];
  cy = spreiding_row_center (&g, row);

  hits = describe_hits (self, &g, row, x, y);
  if (hits != NULL)
    return hits;

  if (isfinite (r->decided)
      && fabs (x - spreiding_value_to_x (&g, r->decided)) <= DECIDED_WIDTH / 2 + 3
      && fabs (y - cy) <= spreiding_decided_half_height (&g))
    {
      g_autofree char *value = format_value_unit (self, r->decided);

      return g_strdup_printf (_("Decision: %s"), value);
    }

  return describe_reeks (self, r);
}

/* tafel-spreiding-chart.h: the spread of providers' proposals, as a chart
 *
 * What a facilitator puts on the projector: one row per level (licht,
 * middel, zwaar, intensief), a value axis along the bottom with its unit,
 * and per level a box from Q1 to Q3 with the median and whiskers, every
 * proposal as a dot, outliers in their own colour and shape and the
 * region's decision as a marker. See tafel-spreiding-chart.c for the
 * details and tafel-spreiding-view.h for the chart with its table.
 *
 * The data is plain C so that callers need not know the store: they fill
 * an array of TafelSpreidingReeks and hand it over; the chart copies it.
 */
#pragma once

#include <gtk/gtk.h>

#include "tafel-stats.h"

G_BEGIN_DECLS

typedef struct {
  const char *label;      /* who: an organisation name, shown in tooltips and the table */
  double      value;      /* NAN or infinite: ignored */
} TafelSpreidingPunt;

typedef struct {
  const char               *title;     /* a level: "Licht", "Middel", … (already translated) */
  const TafelSpreidingPunt *points;
  guint                     n_points;
  double                    decided;   /* the region's decided value, or NAN */
} TafelSpreidingReeks;

#define TAFEL_TYPE_SPREIDING_CHART (tafel_spreiding_chart_get_type ())
G_DECLARE_FINAL_TYPE (TafelSpreidingChart, tafel_spreiding_chart, TAFEL, SPREIDING_CHART, GtkWidget)

GtkWidget  *tafel_spreiding_chart_new             (void);

/* Replaces what the chart shows; copies @unit (e.g. "uren per week"; NULL
 * for none) and everything in @reeksen. @reeksen may be NULL when
 * @n_reeksen is 0: the chart is then empty. */
void        tafel_spreiding_chart_set_data        (TafelSpreidingChart       *self,
                                                   const char                *unit,
                                                   const TafelSpreidingReeks *reeksen,
                                                   guint                      n_reeksen);

guint       tafel_spreiding_chart_get_n_reeksen   (TafelSpreidingChart       *self);

/* Proposals counted over all levels (ignored values not counted). */
guint       tafel_spreiding_chart_get_n_points    (TafelSpreidingChart       *self);

/* The unit as set, "" for none. */
const char *tafel_spreiding_chart_get_unit        (TafelSpreidingChart       *self);

/* The title of level @index (< n-reeksen), "" for none. */
const char *tafel_spreiding_chart_get_title       (TafelSpreidingChart       *self,
                                                   guint                      index);

/* Fills @out with the statistics of level @index (< n-reeksen) as
 * tafel_summary_compute() gives them for its proposals. */
void        tafel_spreiding_chart_get_summary     (TafelSpreidingChart       *self,
                                                   guint                      index,
                                                   TafelSummary              *out);

/* The decided value of level @index (< n-reeksen), or NAN. */
double      tafel_spreiding_chart_get_decided     (TafelSpreidingChart       *self,
                                                   guint                      index);

/* Where the dot of point @point of level @index is drawn at the widget's
 * current size, in widget coordinates. FALSE when it is not drawn: no such
 * point, an ignored value, or the widget has no size yet. */
gboolean    tafel_spreiding_chart_get_point_position (TafelSpreidingChart    *self,
                                                      guint                   index,
                                                      guint                   point,
                                                      graphene_point_t       *out);

/* What the tooltip says at (@x, @y) in widget coordinates: the proposals
 * under the pointer ("Zorggroep Lindetuin: 2,5 uren per week"), else the
 * decision, else the summary of the level; NULL for nothing. */
char       *tafel_spreiding_chart_dup_tooltip_text (TafelSpreidingChart     *self,
                                                    double                   x,
                                                    double                   y);

G_END_DECLS

/* tafel-voorstel-vergelijk.c: the spread of the proposals of a deelproduct */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "tafel-besluit.h"
#include "tafel-decimal.h"
#include "tafel-ref-dropdown.h"
#include "tafel-voorstel-vergelijk.h"

struct _TafelVoorstelVergelijk
{
  GtkBox              parent_instance;

  GtkLabel           *filter_label;
  TafelSpreidingView *uren_view;
  TafelSpreidingView *duur_view;
  GtkLabel           *mix_count_label;
  GtkGrid            *mix_grid;
  GtkWidget          *groep_box;
  GtkGrid            *groep_grid;
};

/* In the order of tafel_groep_kolommen. */
static const char *const groep_labels[TAFEL_N_GROEP] = {
  N_("Youths per group"),
  N_("Expected occupancy (%)"),
  N_("Hours per meeting"),
  N_("Meetings per week"),
  N_("Direct staff per group"),
  N_("Indirect staff per group"),
};

G_DEFINE_FINAL_TYPE (TafelVoorstelVergelijk, tafel_voorstel_vergelijk, GTK_TYPE_BOX)

static char *
format_double (double value)
{
  if (isnan (value))
    return g_strdup ("—");

  return tafel_decimal_format (tafel_decimal_from_double (value));
}

static void
clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

static void
add_cell (GtkGrid    *grid,
          const char *text,
          int         column,
          int         row,
          gboolean    header)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0.0 : 1.0);
  gtk_widget_add_css_class (label, header ? "caption-heading" : "numeric");
  if (column == 0 && !header)
    gtk_widget_remove_css_class (label, "numeric");
  gtk_grid_attach (grid, label, column, row, 1, 1);
}

/* Every proposal of one level, named after its organisation (and its
 * session, when all sessions are shown). */
static void
fill_view (TafelSpreidingView          *view,
           TafelTrajectModel           *model,
           const TafelDeelproductStats *stats,
           gint64                       sessie_id,
           gboolean                     uren,
           const char                  *title,
           const char                  *unit)
{
  guint n = stats ? stats->niveaus->len : 0;
  g_autofree TafelSpreidingReeks *reeksen = g_new0 (TafelSpreidingReeks, MAX (n, 1));
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n; i++)
    {
      TafelNiveauStats *niveau = g_ptr_array_index (stats->niveaus, i);
      GArray *values = uren ? niveau->uren : niveau->duur;
      TafelSpreidingPunt *points = g_new0 (TafelSpreidingPunt, MAX (values->len, 1));
      gint64 decided = uren ? niveau->besluit_uren : niveau->besluit_duur;

      g_ptr_array_add (owned, points);
      for (guint p = 0; p < values->len; p++)
        {
          const TafelVoorstelPunt *punt = &g_array_index (values, TafelVoorstelPunt, p);
          const char *name = tafel_traject_model_lookup_name (model, TAFEL_TYPE_ORGANISATIE, punt->organisatie_id);
          char *label;

          if (sessie_id == 0 && punt->sessie_id != 0)
            {
              g_autofree char *sessie = tafel_ref_dup_label_for_id (model, TAFEL_TYPE_SESSIE, punt->sessie_id);

              label = g_strdup_printf ("%s · %s", name ? name : "", sessie);
            }
          else
            label = g_strdup (name ? name : "");

          g_ptr_array_add (owned, label);
          points[p].label = label;
          points[p].value = punt->value;
        }

      reeksen[i].title = tafel_choice_label (tafel_niveaus, niveau->niveau);
      reeksen[i].points = points;
      reeksen[i].n_points = values->len;
      reeksen[i].decided = decided == TAFEL_DECIMAL_NONE ? NAN : tafel_decimal_to_double (decided);
    }

  tafel_spreiding_view_set_data (view, title, unit, reeksen, n);
}

static void
fill_mix (TafelVoorstelVergelijk      *self,
          TafelTrajectModel           *model,
          const TafelDeelproductStats *stats)
{
  g_autofree char *count = NULL;
  int row = 1;

  clear_grid (self->mix_grid);
  if (stats == NULL || stats->mix->len == 0)
    {
      gtk_label_set_text (self->mix_count_label, _("No function mix was proposed yet."));
      gtk_widget_set_visible (GTK_WIDGET (self->mix_grid), FALSE);
      return;
    }

  /* Translators: how many proposals the average function mix is taken over */
  count = g_strdup_printf (_("Proposals with direct time: %u; with indirect time: %u."),
                           stats->n_mix_direct, stats->n_mix_indirect);
  gtk_label_set_text (self->mix_count_label, count);
  gtk_widget_set_visible (GTK_WIDGET (self->mix_grid), TRUE);

  add_cell (self->mix_grid, _("Function profile"), 0, 0, TRUE);
  add_cell (self->mix_grid, _("Kind of time"), 1, 0, TRUE);
  add_cell (self->mix_grid, _("Average share"), 2, 0, TRUE);
  add_cell (self->mix_grid, _("Named in"), 3, 0, TRUE);
  add_cell (self->mix_grid, _("Decided share"), 4, 0, TRUE);

  for (guint i = 0; i < stats->mix->len; i++, row++)
    {
      const TafelMixGemiddelde *m = &g_array_index (stats->mix, TafelMixGemiddelde, i);
      const char *name = tafel_traject_model_lookup_name (model, TAFEL_TYPE_FUNCTIEPROFIEL, m->functieprofiel_id);
      guint total = g_strcmp0 (m->tijdsoort, "indirect") == 0 ? stats->n_mix_indirect : stats->n_mix_direct;
      g_autofree char *gemiddeld = format_double (m->gemiddeld);
      g_autofree char *gemiddeld_text = g_strdup_printf ("%s%%", gemiddeld);
      g_autofree char *besluit = format_double (m->besluit);
      g_autofree char *besluit_text = isnan (m->besluit) ? g_strdup (besluit) : g_strdup_printf ("%s%%", besluit);
      /* Translators: in how many of the proposals a function occurs: "3 of 5" */
      g_autofree char *named = g_strdup_printf (_("%u of %u"), m->n, total);

      add_cell (self->mix_grid, name ? name : "", 0, row, FALSE);
      add_cell (self->mix_grid, tafel_choice_label (tafel_tijdsoorten, m->tijdsoort), 1, row, FALSE);
      add_cell (self->mix_grid, gemiddeld_text, 2, row, FALSE);
      add_cell (self->mix_grid, named, 3, row, FALSE);
      add_cell (self->mix_grid, besluit_text, 4, row, FALSE);
    }
}

static void
fill_groep (TafelVoorstelVergelijk      *self,
            TafelTrajectModel           *model,
            const TafelDeelproductStats *stats)
{
  TafelDeelproduct *deelproduct = stats ? tafel_traject_model_lookup (model, TAFEL_TYPE_DEELPRODUCT,
                                                                      stats->deelproduct_id) : NULL;

  clear_grid (self->groep_grid);
  gtk_widget_set_visible (self->groep_box, deelproduct != NULL && tafel_deelproduct_is_groepsproduct (deelproduct));
  if (deelproduct == NULL || !tafel_deelproduct_is_groepsproduct (deelproduct))
    return;

  add_cell (self->groep_grid, _("Parameter"), 0, 0, TRUE);
  add_cell (self->groep_grid, _("Proposals"), 1, 0, TRUE);
  add_cell (self->groep_grid, _("Lowest"), 2, 0, TRUE);
  add_cell (self->groep_grid, _("Median value"), 3, 0, TRUE);
  add_cell (self->groep_grid, _("Highest"), 4, 0, TRUE);
  add_cell (self->groep_grid, _("Decision"), 5, 0, TRUE);

  for (guint c = 0; c < TAFEL_N_GROEP; c++)
    {
      const TafelSummary *s = &stats->groep[c];
      g_autofree char *n = g_strdup_printf ("%u", s->n);
      g_autofree char *min = format_double (s->min);
      g_autofree char *median = format_double (s->median);
      g_autofree char *max = format_double (s->max);
      g_autofree char *besluit = stats->groep_besluit[c] == TAFEL_DECIMAL_NONE
                                   ? g_strdup ("—") : tafel_decimal_format (stats->groep_besluit[c]);

      add_cell (self->groep_grid, _(groep_labels[c]), 0, c + 1, FALSE);
      add_cell (self->groep_grid, n, 1, c + 1, FALSE);
      add_cell (self->groep_grid, min, 2, c + 1, FALSE);
      add_cell (self->groep_grid, median, 3, c + 1, FALSE);
      add_cell (self->groep_grid, max, 4, c + 1, FALSE);
      add_cell (self->groep_grid, besluit, 5, c + 1, FALSE);
    }
}

static void
tafel_voorstel_vergelijk_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TAFEL_TYPE_VOORSTEL_VERGELIJK);

  G_OBJECT_CLASS (tafel_voorstel_vergelijk_parent_class)->dispose (object);
}

static void
tafel_voorstel_vergelijk_class_init (TafelVoorstelVergelijkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_voorstel_vergelijk_dispose;

  g_type_ensure (TAFEL_TYPE_SPREIDING_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-voorstel-vergelijk.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelVergelijk, filter_label);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelVergelijk, uren_view);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelVergelijk, duur_view);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelVergelijk, mix_count_label);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelVergelijk, mix_grid);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelVergelijk, groep_box);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelVergelijk, groep_grid);
}

static void
tafel_voorstel_vergelijk_init (TafelVoorstelVergelijk *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (self->groep_box, FALSE);
}

/* Shows @stats (NULL: nothing), the proposals of session @sessie_id (0:
 * of all sessions). */
void
tafel_voorstel_vergelijk_show (TafelVoorstelVergelijk      *self,
                               TafelTrajectModel           *model,
                               const TafelDeelproductStats *stats,
                               gint64                       sessie_id)
{
  TafelDeelproduct *deelproduct = NULL;
  const char *unit = NULL, *duur_unit = NULL;
  g_autofree char *filter = NULL;

  g_return_if_fail (TAFEL_IS_VOORSTEL_VERGELIJK (self));

  if (model != NULL && stats != NULL)
    deelproduct = tafel_traject_model_lookup (model, TAFEL_TYPE_DEELPRODUCT, stats->deelproduct_id);
  if (deelproduct == NULL)
    stats = NULL;
  else
    {
      unit = tafel_choice_label (tafel_intensiteit_eenheden, tafel_deelproduct_get_intensiteit_eenheid (deelproduct));
      duur_unit = tafel_choice_label (tafel_duur_eenheden, tafel_deelproduct_get_duur_eenheid (deelproduct));
    }

  if (sessie_id == 0)
    filter = g_strdup (_("Proposals of all sessions"));
  else
    {
      g_autofree char *sessie = tafel_ref_dup_label_for_id (model, TAFEL_TYPE_SESSIE, sessie_id);

      /* Translators: %s is a session, e.g. "Sessie 2 (28-10-2026)" */
      filter = g_strdup_printf (_("Proposals of %s"), sessie);
    }
  gtk_label_set_text (self->filter_label, filter);

  fill_view (self->uren_view, model, stats, sessie_id, TRUE, _("Intensity per level"), unit);
  fill_view (self->duur_view, model, stats, sessie_id, FALSE, _("Duration per level"), duur_unit);
  fill_mix (self, model, stats);
  fill_groep (self, model, stats);
}

TafelSpreidingView *
tafel_voorstel_vergelijk_get_uren_view (TafelVoorstelVergelijk *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTEL_VERGELIJK (self), NULL);
  return self->uren_view;
}

TafelSpreidingView *
tafel_voorstel_vergelijk_get_duur_view (TafelVoorstelVergelijk *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTEL_VERGELIJK (self), NULL);
  return self->duur_view;
}

GtkGrid *
tafel_voorstel_vergelijk_get_mix_grid (TafelVoorstelVergelijk *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTEL_VERGELIJK (self), NULL);
  return self->mix_grid;
}

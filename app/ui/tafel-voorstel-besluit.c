/* tafel-voorstel-besluit.c: what the region decides for a deelproduct */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-besluit.h"
#include "tafel-field-binding.h"
#include "tafel-ref-dropdown.h"
#include "tafel-ui-util.h"
#include "tafel-voorstel-besluit.h"

struct _TafelVoorstelBesluit
{
  GtkBox              parent_instance;

  GtkLabel           *median_source_label;
  GtkButton          *median_button;
  TafelVoorstelGrid  *grid;
  TafelVoorstelGroep *groep;
  TafelVoorstelMix   *mix;
  GtkTextView        *toelichting_view;

  TafelTrajectModel  *model;
  gint64              deelproduct_id;
};

G_DEFINE_FINAL_TYPE (TafelVoorstelBesluit, tafel_voorstel_besluit, GTK_TYPE_BOX)

static TafelDeelproduct *
get_deelproduct (TafelVoorstelBesluit *self)
{
  if (self->model == NULL || self->deelproduct_id == 0)
    return NULL;

  return tafel_traject_model_lookup (self->model, TAFEL_TYPE_DEELPRODUCT, self->deelproduct_id);
}

static void
update_groep (TafelVoorstelBesluit *self)
{
  TafelDeelproduct *deelproduct = get_deelproduct (self);
  gboolean visible = deelproduct != NULL && tafel_deelproduct_is_groepsproduct (deelproduct);

  if (!visible)
    tafel_field_binding_release_focus (GTK_WIDGET (self->groep));
  gtk_widget_set_visible (GTK_WIDGET (self->groep), visible);
}

static void
on_deelproduct_changed_cb (TafelTrajectModel    *model,
                           TafelVoorstelBesluit *self)
{
  update_groep (self);
}

static void
tafel_voorstel_besluit_dispose (GObject *object)
{
  TafelVoorstelBesluit *self = TAFEL_VOORSTEL_BESLUIT (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_VOORSTEL_BESLUIT);

  G_OBJECT_CLASS (tafel_voorstel_besluit_parent_class)->dispose (object);
}

static void
tafel_voorstel_besluit_class_init (TafelVoorstelBesluitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_voorstel_besluit_dispose;

  g_type_ensure (TAFEL_TYPE_VOORSTEL_GRID);
  g_type_ensure (TAFEL_TYPE_VOORSTEL_GROEP);
  g_type_ensure (TAFEL_TYPE_VOORSTEL_MIX);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-voorstel-besluit.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelBesluit, median_source_label);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelBesluit, median_button);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelBesluit, grid);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelBesluit, groep);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelBesluit, mix);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelBesluit, toelichting_view);
}

static void
tafel_voorstel_besluit_init (TafelVoorstelBesluit *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  tafel_field_binding_bind (GTK_WIDGET (self->toelichting_view), "besluit_toelichting");
  update_groep (self);
}

void
tafel_voorstel_besluit_set_model (TafelVoorstelBesluit *self,
                                  TafelTrajectModel    *model)
{
  g_return_if_fail (TAFEL_IS_VOORSTEL_BESLUIT (self));

  if (self->model == model)
    return;

  tafel_field_binding_set_entity (GTK_WIDGET (self->toelichting_view), NULL, NULL);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_set_object (&self->model, model);
  if (model != NULL)
    g_signal_connect (model, "changed::deelproduct", G_CALLBACK (on_deelproduct_changed_cb), self);

  tafel_voorstel_grid_set_model (self->grid, model);
  tafel_voorstel_groep_set_model (self->groep, model);
  tafel_voorstel_mix_set_model (self->mix, model);
  self->deelproduct_id = 0;
  update_groep (self);
}

void
tafel_voorstel_besluit_set_deelproduct (TafelVoorstelBesluit *self,
                                        gint64                deelproduct_id)
{
  g_return_if_fail (TAFEL_IS_VOORSTEL_BESLUIT (self));

  self->deelproduct_id = deelproduct_id;
  tafel_voorstel_grid_set_key (self->grid, deelproduct_id, 0, 0);
  tafel_voorstel_groep_set_key (self->groep, deelproduct_id, 0, 0);
  tafel_voorstel_mix_set_key (self->mix, deelproduct_id, 0, 0);
  tafel_field_binding_set_entity (GTK_WIDGET (self->toelichting_view),
                                  self->model ? tafel_traject_model_get_store (self->model) : NULL,
                                  get_deelproduct (self));
  update_groep (self);
}

/* The medians beside the decided values, of the proposals of session
 * @sessie_id (0: of all sessions). */
void
tafel_voorstel_besluit_set_stats (TafelVoorstelBesluit        *self,
                                  const TafelDeelproductStats *stats,
                                  gint64                       sessie_id)
{
  g_autofree char *source = NULL;

  g_return_if_fail (TAFEL_IS_VOORSTEL_BESLUIT (self));

  if (sessie_id == 0 || self->model == NULL)
    source = g_strdup (_("Beside each value: the median of the proposals of all sessions."));
  else
    {
      g_autofree char *sessie = tafel_ref_dup_label_for_id (self->model, TAFEL_TYPE_SESSIE, sessie_id);

      /* Translators: %s is a session, e.g. "Sessie 2 (28-10-2026)" */
      source = g_strdup_printf (_("Beside each value: the median of the proposals of %s."), sessie);
    }
  gtk_label_set_text (self->median_source_label, source);

  tafel_voorstel_grid_set_stats (self->grid, stats);
  tafel_voorstel_groep_set_stats (self->groep, stats);
}

/* "Take the median": the medians of the proposals of session @sessie_id
 * (0: of all sessions) become the decision, after what was typed here is
 * stored. FALSE, with a message, when there was nothing to take. */
gboolean
tafel_voorstel_besluit_take_median (TafelVoorstelBesluit *self,
                                    gint64                sessie_id)
{
  TafelDeelproduct *deelproduct;
  g_autoptr(TafelDeelproductStats) stats = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean any = FALSE;

  g_return_val_if_fail (TAFEL_IS_VOORSTEL_BESLUIT (self), FALSE);

  deelproduct = get_deelproduct (self);
  if (deelproduct == NULL)
    return FALSE;

  tafel_voorstel_besluit_apply (self);
  stats = tafel_deelproduct_stats_compute (tafel_traject_model_get_store (self->model), deelproduct, sessie_id, &error);
  if (stats == NULL)
    {
      tafel_ui_toast_error (GTK_WIDGET (self), error);
      return FALSE;
    }

  for (guint i = 0; i < stats->niveaus->len; i++)
    {
      TafelNiveauStats *n = g_ptr_array_index (stats->niveaus, i);

      any = any || n->uren_summary.n > 0 || n->duur_summary.n > 0;
    }
  if (!any && stats->mix->len == 0 && stats->groep[0].n == 0)
    {
      tafel_ui_toast (GTK_WIDGET (self), _("There are no proposals yet to take the median of."));
      return FALSE;
    }

  if (!tafel_besluit_take_median (tafel_traject_model_get_store (self->model), deelproduct, sessie_id, &error))
    {
      tafel_ui_toast_error (GTK_WIDGET (self), error);
      return FALSE;
    }

  /* A draft of the decided mix gives way to the medians. */
  tafel_voorstel_mix_reload (self->mix);
  message = g_strdup_printf (_("The medians are now the decision for “%s”; adjust where needed."),
                             tafel_deelproduct_get_name (deelproduct));
  tafel_ui_toast (GTK_WIDGET (self), message);
  return TRUE;
}

/* Stores what was typed in the decided values and the rationale. */
gboolean
tafel_voorstel_besluit_apply (TafelVoorstelBesluit *self)
{
  gboolean ok;

  g_return_val_if_fail (TAFEL_IS_VOORSTEL_BESLUIT (self), FALSE);

  ok = tafel_voorstel_grid_apply (self->grid);
  ok = tafel_voorstel_groep_apply (self->groep) && ok;
  return tafel_field_binding_apply (GTK_WIDGET (self->toelichting_view)) && ok;
}

TafelVoorstelGrid *
tafel_voorstel_besluit_get_grid (TafelVoorstelBesluit *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTEL_BESLUIT (self), NULL);
  return self->grid;
}

TafelVoorstelGroep *
tafel_voorstel_besluit_get_groep (TafelVoorstelBesluit *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTEL_BESLUIT (self), NULL);
  return self->groep;
}

TafelVoorstelMix *
tafel_voorstel_besluit_get_mix (TafelVoorstelBesluit *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTEL_BESLUIT (self), NULL);
  return self->mix;
}

GtkTextView *
tafel_voorstel_besluit_get_toelichting (TafelVoorstelBesluit *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTEL_BESLUIT (self), NULL);
  return self->toelichting_view;
}

GtkButton *
tafel_voorstel_besluit_get_median_button (TafelVoorstelBesluit *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTEL_BESLUIT (self), NULL);
  return self->median_button;
}

/* tafel-voorstel-instellingen.c: the settings of a deelproduct that
 * questions 5 and 6 need */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-field-binding.h"
#include "tafel-ui-util.h"
#include "tafel-voorstel-instellingen.h"
#include "tafel-voorstel-util.h"

#define N_NIVEAUS 4

struct _TafelVoorstelInstellingen
{
  GtkBox             parent_instance;

  AdwExpanderRow    *expander;
  AdwComboRow       *eenheid_row;
  AdwComboRow       *duur_row;
  GtkCheckButton    *niveau_licht;
  GtkCheckButton    *niveau_middel;
  GtkCheckButton    *niveau_zwaar;
  GtkCheckButton    *niveau_intensief;
  GtkSwitch         *groep_switch;
  AdwEntryRow       *indirect_row;

  GtkCheckButton    *niveaus[N_NIVEAUS];
  TafelTrajectModel *model;
  gint64             deelproduct_id;
  guint              updating;
};

G_DEFINE_FINAL_TYPE (TafelVoorstelInstellingen, tafel_voorstel_instellingen, GTK_TYPE_BOX)

static TafelDeelproduct *
get_deelproduct (TafelVoorstelInstellingen *self)
{
  if (self->model == NULL || self->deelproduct_id == 0)
    return NULL;

  return tafel_traject_model_lookup (self->model, TAFEL_TYPE_DEELPRODUCT, self->deelproduct_id);
}

static char *
show_indirect (gpointer entity,
               gpointer user_data)
{
  return tafel_voorstel_format (tafel_entity_get_int (entity, "indirect_per_direct"));
}

/* "hours per week · weeks · Light, Medium, Heavy · group product" */
static void
update_subtitle (TafelVoorstelInstellingen *self,
                 TafelDeelproduct          *deelproduct)
{
  g_autoptr(GString) niveaus = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_autofree char *escaped = NULL;

  if (deelproduct == NULL)
    {
      adw_expander_row_set_subtitle (self->expander, "");
      return;
    }

  for (guint i = 0; i < N_NIVEAUS; i++)
    if (tafel_deelproduct_uses_niveau (deelproduct, tafel_niveaus[i].id))
      {
        if (niveaus->len > 0)
          g_string_append (niveaus, ", ");
        g_string_append (niveaus, tafel_choice_label (tafel_niveaus, tafel_niveaus[i].id));
      }
  if (niveaus->len == 0)
    g_string_append (niveaus, _("no levels"));

  text = g_strdup_printf ("%s · %s · %s%s%s",
                          tafel_choice_label (tafel_intensiteit_eenheden,
                                              tafel_deelproduct_get_intensiteit_eenheid (deelproduct)),
                          tafel_choice_label (tafel_duur_eenheden, tafel_deelproduct_get_duur_eenheid (deelproduct)),
                          niveaus->str,
                          tafel_deelproduct_is_groepsproduct (deelproduct) ? " · " : "",
                          tafel_deelproduct_is_groepsproduct (deelproduct) ? _("group product") : "");
  escaped = g_markup_escape_text (text, -1);
  adw_expander_row_set_subtitle (self->expander, escaped);
}

/* Shows what is stored, without storing it again. */
static void
sync_widgets (TafelVoorstelInstellingen *self)
{
  TafelDeelproduct *deelproduct = get_deelproduct (self);

  self->updating++;

  gtk_widget_set_sensitive (GTK_WIDGET (self), deelproduct != NULL);
  if (deelproduct != NULL)
    {
      adw_combo_row_set_selected (self->eenheid_row,
                                  MAX (0, tafel_choice_index (tafel_intensiteit_eenheden,
                                                              tafel_deelproduct_get_intensiteit_eenheid (deelproduct))));
      adw_combo_row_set_selected (self->duur_row,
                                  MAX (0, tafel_choice_index (tafel_duur_eenheden,
                                                              tafel_deelproduct_get_duur_eenheid (deelproduct))));
      for (guint i = 0; i < N_NIVEAUS; i++)
        gtk_check_button_set_active (self->niveaus[i], tafel_deelproduct_uses_niveau (deelproduct, tafel_niveaus[i].id));
      gtk_switch_set_active (self->groep_switch, tafel_deelproduct_is_groepsproduct (deelproduct));
    }
  tafel_field_binding_set_entity (GTK_WIDGET (self->indirect_row),
                                  self->model ? tafel_traject_model_get_store (self->model) : NULL,
                                  deelproduct);
  update_subtitle (self, deelproduct);

  self->updating--;
}

static void
store_value (TafelVoorstelInstellingen *self,
             const char                *column,
             const char                *string,
             gboolean                   boolean)
{
  TafelDeelproduct *deelproduct = get_deelproduct (self);
  TafelStore *store;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->updating > 0 || deelproduct == NULL)
    return;

  store = tafel_traject_model_get_store (self->model);
  if (string != NULL)
    ok = tafel_store_set_string (store, deelproduct, column, string, &error);
  else
    ok = tafel_store_set_bool (store, deelproduct, column, boolean, &error);

  if (!ok)
    tafel_ui_toast_error (GTK_WIDGET (self), error);
  sync_widgets (self);
}

static void
on_eenheid_selected_cb (AdwComboRow               *row,
                        GParamSpec                *pspec,
                        TafelVoorstelInstellingen *self)
{
  guint i = adw_combo_row_get_selected (row);

  if (i < tafel_choice_count (tafel_intensiteit_eenheden))
    store_value (self, "intensiteit_eenheid", tafel_intensiteit_eenheden[i].id, FALSE);
}

static void
on_duur_selected_cb (AdwComboRow               *row,
                     GParamSpec                *pspec,
                     TafelVoorstelInstellingen *self)
{
  guint i = adw_combo_row_get_selected (row);

  if (i < tafel_choice_count (tafel_duur_eenheden))
    store_value (self, "duur_eenheid", tafel_duur_eenheden[i].id, FALSE);
}

static void
on_niveau_toggled_cb (GtkCheckButton            *check,
                      TafelVoorstelInstellingen *self)
{
  for (guint i = 0; i < N_NIVEAUS; i++)
    if (self->niveaus[i] == check)
      {
        g_autofree char *column = g_strconcat ("niveau_", tafel_niveaus[i].id, NULL);

        store_value (self, column, NULL, gtk_check_button_get_active (check));
      }
}

static void
on_groep_active_cb (GtkSwitch                 *toggle,
                    GParamSpec                *pspec,
                    TafelVoorstelInstellingen *self)
{
  store_value (self, "groepsproduct", NULL, gtk_switch_get_active (toggle));
}

static void
on_deelproduct_changed_cb (TafelTrajectModel         *model,
                           TafelVoorstelInstellingen *self)
{
  sync_widgets (self);
}

static void
tafel_voorstel_instellingen_dispose (GObject *object)
{
  TafelVoorstelInstellingen *self = TAFEL_VOORSTEL_INSTELLINGEN (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_VOORSTEL_INSTELLINGEN);

  G_OBJECT_CLASS (tafel_voorstel_instellingen_parent_class)->dispose (object);
}

static void
tafel_voorstel_instellingen_class_init (TafelVoorstelInstellingenClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_voorstel_instellingen_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-voorstel-instellingen.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelInstellingen, expander);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelInstellingen, eenheid_row);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelInstellingen, duur_row);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelInstellingen, niveau_licht);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelInstellingen, niveau_middel);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelInstellingen, niveau_zwaar);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelInstellingen, niveau_intensief);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelInstellingen, groep_switch);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelInstellingen, indirect_row);
}

static void
tafel_voorstel_instellingen_init (TafelVoorstelInstellingen *self)
{
  g_autoptr(GtkStringList) eenheden = tafel_ui_choice_model (tafel_intensiteit_eenheden);
  g_autoptr(GtkStringList) duur_eenheden = tafel_ui_choice_model (tafel_duur_eenheden);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->niveaus[0] = self->niveau_licht;
  self->niveaus[1] = self->niveau_middel;
  self->niveaus[2] = self->niveau_zwaar;
  self->niveaus[3] = self->niveau_intensief;

  adw_combo_row_set_model (self->eenheid_row, G_LIST_MODEL (eenheden));
  adw_combo_row_set_model (self->duur_row, G_LIST_MODEL (duur_eenheden));
  tafel_field_binding_bind_full (GTK_WIDGET (self->indirect_row), "indirect_per_direct", show_indirect, NULL, NULL);

  g_signal_connect (self->eenheid_row, "notify::selected", G_CALLBACK (on_eenheid_selected_cb), self);
  g_signal_connect (self->duur_row, "notify::selected", G_CALLBACK (on_duur_selected_cb), self);
  for (guint i = 0; i < N_NIVEAUS; i++)
    g_signal_connect (self->niveaus[i], "toggled", G_CALLBACK (on_niveau_toggled_cb), self);
  g_signal_connect (self->groep_switch, "notify::active", G_CALLBACK (on_groep_active_cb), self);

  sync_widgets (self);
}

void
tafel_voorstel_instellingen_set_model (TafelVoorstelInstellingen *self,
                                       TafelTrajectModel         *model)
{
  g_return_if_fail (TAFEL_IS_VOORSTEL_INSTELLINGEN (self));

  if (self->model == model)
    return;

  /* What was typed is stored in the traject it was typed for. */
  tafel_field_binding_set_entity (GTK_WIDGET (self->indirect_row), NULL, NULL);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_set_object (&self->model, model);
  if (model != NULL)
    g_signal_connect (model, "changed::deelproduct", G_CALLBACK (on_deelproduct_changed_cb), self);

  self->deelproduct_id = 0;
  sync_widgets (self);
}

void
tafel_voorstel_instellingen_set_deelproduct (TafelVoorstelInstellingen *self,
                                             gint64                     deelproduct_id)
{
  g_return_if_fail (TAFEL_IS_VOORSTEL_INSTELLINGEN (self));

  self->deelproduct_id = deelproduct_id;
  sync_widgets (self);
}

GtkCheckButton *
tafel_voorstel_instellingen_get_niveau (TafelVoorstelInstellingen *self,
                                        const char                *niveau)
{
  int i = tafel_choice_index (tafel_niveaus, niveau);

  g_return_val_if_fail (TAFEL_IS_VOORSTEL_INSTELLINGEN (self), NULL);
  g_return_val_if_fail (i >= 0, NULL);

  return self->niveaus[i];
}

GtkSwitch *
tafel_voorstel_instellingen_get_groep_switch (TafelVoorstelInstellingen *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTEL_INSTELLINGEN (self), NULL);
  return self->groep_switch;
}

AdwComboRow *
tafel_voorstel_instellingen_get_eenheid_row (TafelVoorstelInstellingen *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTEL_INSTELLINGEN (self), NULL);
  return self->eenheid_row;
}

AdwComboRow *
tafel_voorstel_instellingen_get_duur_row (TafelVoorstelInstellingen *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTEL_INSTELLINGEN (self), NULL);
  return self->duur_row;
}

AdwEntryRow *
tafel_voorstel_instellingen_get_indirect_row (TafelVoorstelInstellingen *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTEL_INSTELLINGEN (self), NULL);
  return self->indirect_row;
}

AdwExpanderRow *
tafel_voorstel_instellingen_get_expander (TafelVoorstelInstellingen *self)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTEL_INSTELLINGEN (self), NULL);
  return self->expander;
}

/* tafel-tarief-parameters.c: the cost-price parameters of a traject */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "tafel-decimal.h"
#include "tafel-field-binding.h"
#include "tafel-tarief-parameters.h"

typedef enum {
  KIND_PERCENT,
  KIND_EURO,
  KIND_HOURS,
} Kind;

typedef struct {
  const char *column;
  const char *title;     /* with a mnemonic */
  const char *tooltip;
  Kind        kind;
} Param;

static const Param params[] = {
  { "vakantiegeld", N_("_Holiday pay"),
    N_("Surcharge on the hourly salary cost, as a percentage"), KIND_PERCENT },
  { "eindejaarsuitkering", N_("Year-_end bonus"),
    N_("Surcharge on the hourly salary cost, as a percentage"), KIND_PERCENT },
  { "ort", N_("Irregular-hours surcharges (_ORT)"),
    N_("Surcharge on the hourly salary cost, as a percentage"), KIND_PERCENT },
  { "sociale_lasten", N_("_Social charges and pension"),
    N_("Percentage of the salary cost with its surcharges"), KIND_PERCENT },
  { "overige_kosten_per_uur", N_("Other client-bound _costs per hour"),
    N_("Euros per direct client hour, such as travel and materials"), KIND_EURO },
  { "overhead", N_("O_verhead"),
    N_("Percentage of the costs of staff and other client-bound costs: management, support, housing"), KIND_PERCENT },
  { "risico", N_("_Risk and innovation"),
    N_("Percentage of the costs with overhead"), KIND_PERCENT },
  { "indexatie", N_("_Indexation"),
    N_("Price index for the contract year, as a percentage (at most 50%)"), KIND_PERCENT },
  { "uren_per_dagdeel", N_("Hours per _day part"),
    N_("For intensities in day parts per week"), KIND_HOURS },
};

struct _TafelTariefParametersEditor
{
  AdwBin             parent_instance;

  GtkWidget         *group;

  GtkWidget         *rows[G_N_ELEMENTS (params)];
  TafelTrajectModel *model;
  gulong             changed_id;
};

G_DEFINE_FINAL_TYPE (TafelTariefParametersEditor, tafel_tarief_parameters_editor, ADW_TYPE_BIN)

static char *
show_param (gpointer entity,
            gpointer user_data)
{
  const Param *p = user_data;
  gint64 v = tafel_entity_get_int (entity, p->column);

  return p->kind == KIND_EURO ? tafel_decimal_format_fixed (v) : tafel_decimal_format (v);
}

static void
bind_entity (TafelTariefParametersEditor *self)
{
  TafelTariefmodel *tariefmodel = NULL;
  TafelStore *store = NULL;

  if (self->model != NULL)
    {
      GListModel *list = tafel_traject_model_get_list (self->model, TAFEL_TYPE_TARIEFMODEL);

      store = tafel_traject_model_get_store (self->model);
      if (g_list_model_get_n_items (list) > 0)
        tariefmodel = g_list_model_get_item (list, 0);
    }

  for (guint i = 0; i < G_N_ELEMENTS (params); i++)
    {
      tafel_field_binding_set_entity (self->rows[i], store, tariefmodel);
      gtk_widget_set_sensitive (self->rows[i], tariefmodel != NULL);
    }

  g_clear_object (&tariefmodel);
}

static void
on_tariefmodel_changed_cb (TafelTrajectModel           *model,
                           TafelTariefParametersEditor *self)
{
  bind_entity (self);
}

static void
tafel_tarief_parameters_editor_dispose (GObject *object)
{
  TafelTariefParametersEditor *self = TAFEL_TARIEF_PARAMETERS_EDITOR (object);

  tafel_tarief_parameters_editor_set_model (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_TARIEF_PARAMETERS_EDITOR);
  memset (self->rows, 0, sizeof self->rows);

  G_OBJECT_CLASS (tafel_tarief_parameters_editor_parent_class)->dispose (object);
}

static void
tafel_tarief_parameters_editor_class_init (TafelTariefParametersEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_tarief_parameters_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-tarief-parameters.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelTariefParametersEditor, group);
}

static void
tafel_tarief_parameters_editor_init (TafelTariefParametersEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (params); i++)
    {
      const Param *p = &params[i];
      GtkWidget *row = adw_entry_row_new ();
      GtkWidget *unit = gtk_label_new (p->kind == KIND_PERCENT ? "%"
                                       : p->kind == KIND_EURO ? "€"
                                       : _("hours"));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(p->title));
      adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
      adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_NUMBER);
      gtk_widget_set_tooltip_text (row, _(p->tooltip));
      gtk_widget_add_css_class (unit, "dim-label");
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), unit);
      gtk_widget_set_sensitive (row, FALSE);

      tafel_field_binding_bind_full (row, p->column, show_param, NULL, (gpointer) p);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), row);
      self->rows[i] = row;
    }
}

GtkWidget *
tafel_tarief_parameters_editor_new (void)
{
  return g_object_new (TAFEL_TYPE_TARIEF_PARAMETERS_EDITOR, NULL);
}

void
tafel_tarief_parameters_editor_set_model (TafelTariefParametersEditor *self,
                                          TafelTrajectModel           *model)
{
  g_return_if_fail (TAFEL_IS_TARIEF_PARAMETERS_EDITOR (self));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_clear_signal_handler (&self->changed_id, self->model);
  g_set_object (&self->model, model);
  if (model != NULL)
    self->changed_id = g_signal_connect (model, "changed::tariefmodel",
                                         G_CALLBACK (on_tariefmodel_changed_cb), self);

  /* Also during dispose, while the rows exist: what was typed is stored. */
  if (self->rows[0] != NULL)
    bind_entity (self);
}

/* The entry row of parameter @column ("overhead", …), or NULL. */
GtkWidget *
tafel_tarief_parameters_editor_get_row (TafelTariefParametersEditor *self,
                                        const char                  *column)
{
  g_return_val_if_fail (TAFEL_IS_TARIEF_PARAMETERS_EDITOR (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (params); i++)
    if (g_strcmp0 (params[i].column, column) == 0)
      return self->rows[i];

  return NULL;
}

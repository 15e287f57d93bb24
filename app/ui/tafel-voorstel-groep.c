/* tafel-voorstel-groep.c: the group parameters of a group product */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-decimal.h"
#include "tafel-voorstel-cell.h"
#include "tafel-voorstel-groep.h"
#include "tafel-voorstel-util.h"

struct _TafelVoorstelGroep
{
  GtkBox             parent_instance;

  GtkLabel          *heading_label;
  GtkGrid           *grid;

  GtkEntry          *entries[TAFEL_N_GROEP];
  GtkLabel          *medians[TAFEL_N_GROEP];

  TafelTrajectModel *model;
  gboolean           decision;
  gint64             deelproduct_id;
  gint64             organisatie_id;
  gint64             sessie_id;
  gint64             median[TAFEL_N_GROEP];
};

enum {
  PROP_0,
  PROP_DECISION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static GQuark veld_quark;

/* In the order of tafel_groep_kolommen. */
static const char *const veld_labels[TAFEL_N_GROEP] = {
  N_("Youths per group"),
  N_("Expected occupancy (%)"),
  N_("Hours per meeting"),
  N_("Meetings per week"),
  N_("Direct staff per group"),
  N_("Indirect staff per group"),
};

G_DEFINE_FINAL_TYPE (TafelVoorstelGroep, tafel_voorstel_groep, GTK_TYPE_BOX)

static TafelDeelproduct *
get_deelproduct (TafelVoorstelGroep *self)
{
  if (self->model == NULL || self->deelproduct_id == 0)
    return NULL;

  return tafel_traject_model_lookup (self->model, TAFEL_TYPE_DEELPRODUCT, self->deelproduct_id);
}

static gboolean
has_key (TafelVoorstelGroep *self)
{
  return get_deelproduct (self) != NULL && (self->decision || self->organisatie_id != 0);
}

static TafelGroepsparameters *
find_row (TafelVoorstelGroep *self)
{
  if (!has_key (self))
    return NULL;

  return tafel_voorstel_find (self->model, TAFEL_TYPE_GROEPSPARAMETERS, self->deelproduct_id,
                              self->decision ? 0 : self->organisatie_id,
                              self->decision ? 0 : self->sessie_id, NULL);
}

static gint64
stored_value (TafelGroepsparameters *row,
              guint                  veld)
{
  return row ? tafel_entity_get_int (TAFEL_ENTITY (row), tafel_groep_kolommen[veld]) : TAFEL_DECIMAL_NONE;
}

static char *
show_entry (GtkEntry *entry,
            gpointer  user_data)
{
  TafelVoorstelGroep *self = user_data;
  guint veld = GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (entry), veld_quark));

  return tafel_voorstel_format (stored_value (find_row (self), veld));
}

static gboolean
store_entry (GtkEntry    *entry,
             const char  *text,
             gpointer     user_data,
             GError     **error)
{
  TafelVoorstelGroep *self = user_data;
  guint veld = GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (entry), veld_quark));
  TafelGroepsparameters *row;
  gint64 values[TAFEL_N_GROEP];
  gint64 value;

  if (!has_key (self))
    return TRUE;

  if (!tafel_voorstel_parse (_(veld_labels[veld]), text, &value, error))
    return FALSE;

  row = find_row (self);
  for (guint i = 0; i < TAFEL_N_GROEP; i++)
    values[i] = i == veld ? value : stored_value (row, i);

  return tafel_groep_put (tafel_traject_model_get_store (self->model), get_deelproduct (self),
                          self->decision ? 0 : self->organisatie_id,
                          self->decision ? 0 : self->sessie_id, values, error);
}

static void
refresh (TafelVoorstelGroep *self)
{
  TafelGroepsparameters *row = find_row (self);

  for (guint i = 0; i < TAFEL_N_GROEP; i++)
    {
      tafel_voorstel_cell_refresh (self->entries[i]);
      if (self->decision)
        tafel_voorstel_show_median (self->medians[i], self->median[i], stored_value (row, i));
    }
}

static void
on_groepsparameters_changed_cb (TafelTrajectModel  *model,
                                TafelVoorstelGroep *self)
{
  refresh (self);
}

static void
tafel_voorstel_groep_dispose (GObject *object)
{
  TafelVoorstelGroep *self = TAFEL_VOORSTEL_GROEP (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_VOORSTEL_GROEP);

  G_OBJECT_CLASS (tafel_voorstel_groep_parent_class)->dispose (object);
}

static void
tafel_voorstel_groep_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TafelVoorstelGroep *self = TAFEL_VOORSTEL_GROEP (object);

  switch (prop_id)
    {
    case PROP_DECISION:
      g_value_set_boolean (value, self->decision);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_voorstel_groep_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  TafelVoorstelGroep *self = TAFEL_VOORSTEL_GROEP (object);

  switch (prop_id)
    {
    case PROP_DECISION:
      self->decision = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_voorstel_groep_constructed (GObject *object)
{
  TafelVoorstelGroep *self = TAFEL_VOORSTEL_GROEP (object);

  G_OBJECT_CLASS (tafel_voorstel_groep_parent_class)->constructed (object);

  if (self->decision)
    gtk_label_set_text (self->heading_label, _("Decided group parameters"));
  for (guint i = 0; i < TAFEL_N_GROEP; i++)
    gtk_widget_set_visible (GTK_WIDGET (self->medians[i]), self->decision);
  gtk_widget_set_sensitive (GTK_WIDGET (self->grid), FALSE);
}

static void
tafel_voorstel_groep_class_init (TafelVoorstelGroepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_voorstel_groep_dispose;
  object_class->get_property = tafel_voorstel_groep_get_property;
  object_class->set_property = tafel_voorstel_groep_set_property;
  object_class->constructed = tafel_voorstel_groep_constructed;

  properties[PROP_DECISION] =
    g_param_spec_boolean ("decision", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  veld_quark = g_quark_from_static_string ("tafel-voorstel-groep-veld");

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-voorstel-groep.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelGroep, heading_label);
  gtk_widget_class_bind_template_child (widget_class, TafelVoorstelGroep, grid);
}

static void
tafel_voorstel_groep_init (TafelVoorstelGroep *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < TAFEL_N_GROEP; i++)
    {
      GtkWidget *label = gtk_label_new (_(veld_labels[i]));
      GtkWidget *entry = gtk_entry_new ();
      GtkWidget *median = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), 7);
      gtk_editable_set_alignment (GTK_EDITABLE (entry), 1.0);
      gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
      gtk_widget_add_css_class (entry, "numeric");
      gtk_widget_set_tooltip_text (entry, _("A number such as 8 or 2,5; Enter stores and moves on, Escape restores"));
      gtk_accessible_update_relation (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
      gtk_label_set_xalign (GTK_LABEL (median), 0);
      gtk_widget_add_css_class (median, "caption");

      g_object_set_qdata (G_OBJECT (entry), veld_quark, GUINT_TO_POINTER (i));
      gtk_grid_attach (self->grid, label, 0, i, 1, 1);
      gtk_grid_attach (self->grid, entry, 1, i, 1, 1);
      gtk_grid_attach (self->grid, median, 2, i, 1, 1);
      tafel_voorstel_cell_bind (GTK_ENTRY (entry), show_entry, store_entry, self);

      self->entries[i] = GTK_ENTRY (entry);
      self->medians[i] = GTK_LABEL (median);
      self->median[i] = TAFEL_DECIMAL_NONE;
    }
}

void
tafel_voorstel_groep_set_model (TafelVoorstelGroep *self,
                                TafelTrajectModel  *model)
{
  g_return_if_fail (TAFEL_IS_VOORSTEL_GROEP (self));

  if (self->model == model)
    return;

  tafel_voorstel_groep_apply (self);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_set_object (&self->model, model);
  if (model != NULL)
    g_signal_connect (model, "changed::groepsparameters", G_CALLBACK (on_groepsparameters_changed_cb), self);

  tafel_voorstel_groep_set_key (self, 0, 0, 0);
}

/* What was typed for the previous key is stored first. */
void
tafel_voorstel_groep_set_key (TafelVoorstelGroep *self,
                              gint64              deelproduct_id,
                              gint64              organisatie_id,
                              gint64              sessie_id)
{
  g_return_if_fail (TAFEL_IS_VOORSTEL_GROEP (self));

  tafel_voorstel_groep_apply (self);
  if (self->deelproduct_id != deelproduct_id)
    for (guint i = 0; i < TAFEL_N_GROEP; i++)
      self->median[i] = TAFEL_DECIMAL_NONE;

  self->deelproduct_id = deelproduct_id;
  self->organisatie_id = organisatie_id;
  self->sessie_id = sessie_id;

  gtk_widget_set_sensitive (GTK_WIDGET (self->grid), has_key (self));
  for (guint i = 0; i < TAFEL_N_GROEP; i++)
    tafel_voorstel_cell_reset (self->entries[i]);
  refresh (self);
}

void
tafel_voorstel_groep_set_stats (TafelVoorstelGroep          *self,
                                const TafelDeelproductStats *stats)
{
  g_return_if_fail (TAFEL_IS_VOORSTEL_GROEP (self));

  for (guint i = 0; i < TAFEL_N_GROEP; i++)
    {
      gboolean ours = stats != NULL && stats->deelproduct_id == self->deelproduct_id;

      self->median[i] = ours && stats->groep[i].n > 0 ? tafel_decimal_from_double (stats->groep[i].median)
                                                      : TAFEL_DECIMAL_NONE;
    }

  refresh (self);
}

/* Stores every field that was typed in. FALSE when one was refused. */
gboolean
tafel_voorstel_groep_apply (TafelVoorstelGroep *self)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (TAFEL_IS_VOORSTEL_GROEP (self), FALSE);

  if (self->model == NULL)
    return TRUE;

  for (guint i = 0; i < TAFEL_N_GROEP; i++)
    if (tafel_voorstel_cell_is_dirty (self->entries[i]))
      ok = tafel_voorstel_cell_apply (self->entries[i]) && ok;

  return ok;
}

GtkEntry *
tafel_voorstel_groep_get_entry (TafelVoorstelGroep *self,
                                TafelGroepVeld      veld)
{
  g_return_val_if_fail (TAFEL_IS_VOORSTEL_GROEP (self), NULL);
  g_return_val_if_fail (veld < TAFEL_N_GROEP, NULL);

  return self->entries[veld];
}

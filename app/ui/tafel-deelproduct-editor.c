/* tafel-deelproduct-editor.c: every field of one deelproduct */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-deelproduct-editor.h"
#include "tafel-text-field.h"
#include "tafel-traject.h"
#include "tafel-ui-util.h"

#define N_ASPECTS 6

/* The six text aspects of the verordening, in the order shown. */
static const char *const aspect_columns[N_ASPECTS] = {
  "doelgroepen", "activiteiten", "doorlooptijd", "intensiteit", "kwaliteit", "beoogd_resultaat",
};

struct _TafelDeelproductEditor
{
  AdwBin             parent_instance;

  GtkScrolledWindow *scroller;
  AdwEntryRow       *name_row;
  AdwComboRow       *group_row;
  AdwComboRow       *inkoopniveau_row;
  AdwEntryRow       *code_row;
  AdwComboRow       *variant_row;
  TafelTextField    *doelgroepen_field;
  TafelTextField    *activiteiten_field;
  TafelTextField    *doorlooptijd_field;
  TafelTextField    *intensiteit_field;
  TafelTextField    *kwaliteit_field;
  TafelTextField    *beoogd_resultaat_field;
  GtkSpinButton     *duur_spin;
  GtkDropDown       *duur_unit;
  GtkSpinButton     *frequentie_spin;
  GtkDropDown       *frequentie_unit;
  GtkLabel          *sentence_label;

  TafelTextField    *aspect_fields[N_ASPECTS];

  TafelTrajectModel *model;
  TafelDeelproduct  *deelproduct;
  GArray            *group_ids;     /* gint64 per item of group_row; 0 = none */
  char              *name_synced;   /* the stored value name_row last showed */
  char              *code_synced;
  guint              updating;      /* widgets are being set from stored values */
};

enum {
  PROP_0,
  PROP_MODEL,
  PROP_DEELPRODUCT,
  N_PROPS
};

enum {
  GROUP_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TafelDeelproductEditor, tafel_deelproduct_editor, ADW_TYPE_BIN)

static TafelStore *
get_store (TafelDeelproductEditor *self)
{
  return self->model ? tafel_traject_model_get_store (self->model) : NULL;
}

static const char *
get_stored_string (TafelDeelproductEditor *self,
                   const char             *column)
{
  return self->deelproduct ? tafel_entity_get_string (TAFEL_ENTITY (self->deelproduct), column) : "";
}

static gint64
get_stored_int (TafelDeelproductEditor *self,
                const char             *column)
{
  return self->deelproduct ? tafel_entity_get_int (TAFEL_ENTITY (self->deelproduct), column) : 0;
}

/* ---- showing stored values ------------------------------------------- */

/* Shows the stored value in @row unless the user typed something there that
 * is not stored yet (or @force). */
static void
sync_entry (TafelDeelproductEditor *self,
            AdwEntryRow            *row,
            char                  **synced,
            const char             *column,
            gboolean                force)
{
  const char *value = get_stored_string (self, column);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  gboolean dirty = *synced != NULL && g_strcmp0 (text, *synced) != 0;

  if ((force || !dirty) && g_strcmp0 (text, value) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), value);

  g_free (*synced);
  *synced = g_strdup (value);
}

static void
select_choice (GObject           *combo,
               const TafelChoice *choices,
               const char        *id)
{
  int index = MAX (tafel_choice_index (choices, id), 0);

  if (ADW_IS_COMBO_ROW (combo) && adw_combo_row_get_selected (ADW_COMBO_ROW (combo)) != (guint) index)
    adw_combo_row_set_selected (ADW_COMBO_ROW (combo), index);
  else if (GTK_IS_DROP_DOWN (combo) && gtk_drop_down_get_selected (GTK_DROP_DOWN (combo)) != (guint) index)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (combo), index);
}

static void
sync_group (TafelDeelproductEditor *self)
{
  gint64 id = get_stored_int (self, "productgroep_id");
  guint index = 0;

  for (guint i = 0; i < self->group_ids->len; i++)
    {
      if (g_array_index (self->group_ids, gint64, i) == id)
        index = i;
    }

  if (adw_combo_row_get_selected (self->group_row) != index)
    adw_combo_row_set_selected (self->group_row, index);
}

static void
sync_spin (GtkSpinButton *spin,
           gint64         value)
{
  if ((gint64) gtk_spin_button_get_value_as_int (spin) != value)
    gtk_spin_button_set_value (spin, (double) value);
}

static void
update_sentence (TafelDeelproductEditor *self)
{
  g_autofree char *sentence = NULL;

  if (self->deelproduct != NULL)
    sentence = tafel_deelproduct_dup_max_duur_frequentie (self->deelproduct);

  if (sentence == NULL || *sentence == '\0')
    {
      gtk_label_set_text (self->sentence_label, _("No maximum duration or frequency is set."));
      gtk_widget_add_css_class (GTK_WIDGET (self->sentence_label), "dim-label");
    }
  else
    {
      g_autofree char *shown = g_strdup_printf (_("In the verordening: %s."), sentence);

      gtk_label_set_text (self->sentence_label, shown);
      gtk_widget_remove_css_class (GTK_WIDGET (self->sentence_label), "dim-label");
    }
}

/* Shows what is stored. Typed text that is not stored yet stays, unless
 * @force (when another deelproduct is shown). */
static void
sync_all (TafelDeelproductEditor *self,
          gboolean                force)
{
  self->updating++;

  sync_entry (self, self->name_row, &self->name_synced, "name", force);
  sync_entry (self, self->code_row, &self->code_synced, "productcode", force);
  sync_group (self);
  select_choice (G_OBJECT (self->inkoopniveau_row), tafel_inkoopniveaus,
                 get_stored_string (self, "inkoopniveau"));
  select_choice (G_OBJECT (self->variant_row), tafel_deelproduct_varianten,
                 get_stored_string (self, "uitvoeringsvariant"));

  for (guint i = 0; i < N_ASPECTS; i++)
    {
      const char *value = get_stored_string (self, aspect_columns[i]);

      if (force)
        tafel_text_field_reset (self->aspect_fields[i], value);
      else
        tafel_text_field_set_stored_text (self->aspect_fields[i], value);
    }

  sync_spin (self->duur_spin, get_stored_int (self, "max_duur"));
  select_choice (G_OBJECT (self->duur_unit), tafel_duration_units, get_stored_string (self, "max_duur_unit"));
  sync_spin (self->frequentie_spin, get_stored_int (self, "max_frequentie"));
  select_choice (G_OBJECT (self->frequentie_unit), tafel_frequency_units,
                 get_stored_string (self, "max_frequentie_unit"));
  update_sentence (self);

  self->updating--;
}

static void
rebuild_group_model (TafelDeelproductEditor *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GListModel *groups = self->model ? tafel_traject_model_get_list (self->model, TAFEL_TYPE_PRODUCTGROEP) : NULL;
  guint n = groups ? g_list_model_get_n_items (groups) : 0;
  gint64 none = 0;

  g_array_set_size (self->group_ids, 0);
  gtk_string_list_append (names, _("No product group"));
  g_array_append_val (self->group_ids, none);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TafelProductgroep) group = g_list_model_get_item (groups, i);
      gint64 id = tafel_entity_get_id (TAFEL_ENTITY (group));

      gtk_string_list_append (names, tafel_productgroep_get_name (group));
      g_array_append_val (self->group_ids, id);
    }

  self->updating++;
  adw_combo_row_set_model (self->group_row, G_LIST_MODEL (names));
  sync_group (self);
  self->updating--;
}

/* "As the traject" says which variant that is. */
static void
rebuild_variant_model (TafelDeelproductEditor *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  TafelTraject *traject = self->model ? tafel_traject_model_get_traject (self->model) : NULL;

  for (guint i = 0; tafel_deelproduct_varianten[i].id != NULL; i++)
    {
      if (g_str_equal (tafel_deelproduct_varianten[i].id, "traject") && traject != NULL)
        {
          g_autofree char *label =
            g_strdup_printf (_("As the traject (%s)"),
                             tafel_choice_label (tafel_uitvoeringsvarianten,
                                                 tafel_traject_get_uitvoeringsvariant (traject)));
          gtk_string_list_append (labels, label);
        }
      else
        gtk_string_list_append (labels, _(tafel_deelproduct_varianten[i].label));
    }

  self->updating++;
  adw_combo_row_set_model (self->variant_row, G_LIST_MODEL (labels));
  select_choice (G_OBJECT (self->variant_row), tafel_deelproduct_varianten,
                 get_stored_string (self, "uitvoeringsvariant"));
  self->updating--;
}

/* ---- storing ------------------------------------------------------------ */

static void
show_error (TafelDeelproductEditor *self,
            const GError           *error)
{
  tafel_ui_toast_error (GTK_WIDGET (self), error);
}

static void
store_string (TafelDeelproductEditor *self,
              const char             *column,
              const char             *value)
{
  g_autoptr(GError) error = NULL;
  TafelStore *store = get_store (self);

  if (store == NULL || self->deelproduct == NULL)
    return;

  if (!tafel_store_set_string (store, self->deelproduct, column, value, &error))
    show_error (self, error);
}

static gboolean
store_int (TafelDeelproductEditor *self,
           const char             *column,
           gint64                  value)
{
  g_autoptr(GError) error = NULL;
  TafelStore *store = get_store (self);

  if (store == NULL || self->deelproduct == NULL)
    return FALSE;

  if (!tafel_store_set_int (store, self->deelproduct, column, value, &error))
    {
      show_error (self, error);
      return FALSE;
    }

  return TRUE;
}

/* Stores the text of @row if it was edited; afterwards the row shows what
 * is stored, also when the value was refused. */
static void
commit_entry (TafelDeelproductEditor *self,
              AdwEntryRow            *row,
              char                  **synced,
              const char             *column)
{
  g_autofree char *text = NULL;

  if (self->deelproduct == NULL || row == NULL)
    return;

  text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));
  if (g_strcmp0 (text, *synced) == 0)
    return;

  store_string (self, column, text);
  sync_entry (self, row, synced, column, TRUE);
}

static void
commit_row (TafelDeelproductEditor *self,
            AdwEntryRow            *row)
{
  if (row == self->name_row)
    commit_entry (self, row, &self->name_synced, "name");
  else if (row == self->code_row)
    commit_entry (self, row, &self->code_synced, "productcode");
}

/* ---- callbacks ----------------------------------------------------------- */

static void
on_deelproduct_notify_cb (TafelDeelproduct       *deelproduct,
                          GParamSpec             *pspec,
                          TafelDeelproductEditor *self)
{
  sync_all (self, FALSE);
}

static void
on_groups_changed_cb (TafelTrajectModel      *model,
                      TafelDeelproductEditor *self)
{
  rebuild_group_model (self);
}

static void
on_traject_changed_cb (TafelTrajectModel      *model,
                       TafelDeelproductEditor *self)
{
  rebuild_variant_model (self);
}

static void
on_entry_activated_cb (AdwEntryRow            *row,
                       TafelDeelproductEditor *self)
{
  commit_row (self, row);
}

static void
on_entry_focus_leave_cb (GtkEventControllerFocus *controller,
                         TafelDeelproductEditor  *self)
{
  commit_row (self, ADW_ENTRY_ROW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))));
}

static void
on_aspect_commit_cb (TafelTextField         *field,
                     TafelDeelproductEditor *self)
{
  const char *column = g_object_get_data (G_OBJECT (field), "column");
  g_autofree char *text = tafel_text_field_dup_text (field);

  if (self->deelproduct == NULL)
    return;

  store_string (self, column, text);
  tafel_text_field_reset (field, get_stored_string (self, column));
}

static void
on_group_selected_cb (AdwComboRow            *row,
                      GParamSpec             *pspec,
                      TafelDeelproductEditor *self)
{
  guint index = adw_combo_row_get_selected (row);
  gint64 id;

  if (self->updating > 0 || index >= self->group_ids->len || self->deelproduct == NULL)
    return;

  id = g_array_index (self->group_ids, gint64, index);
  if (id != tafel_deelproduct_get_productgroep_id (self->deelproduct) &&
      store_int (self, "productgroep_id", id))
    g_signal_emit (self, signals[GROUP_CHANGED], 0, self->deelproduct);
  sync_all (self, FALSE);
}

/* Combo rows and drop-downs over a TafelChoice list ("choices" and
 * "column" are set on them in init). */
static void
on_choice_selected_cb (GObject                *combo,
                       GParamSpec             *pspec,
                       TafelDeelproductEditor *self)
{
  const TafelChoice *choices = g_object_get_data (combo, "choices");
  const char *column = g_object_get_data (combo, "column");
  guint index = ADW_IS_COMBO_ROW (combo) ? adw_combo_row_get_selected (ADW_COMBO_ROW (combo))
                                         : gtk_drop_down_get_selected (GTK_DROP_DOWN (combo));

  if (self->updating > 0 || index >= tafel_choice_count (choices))
    return;

  store_string (self, column, choices[index].id);
  sync_all (self, FALSE);
}

static void
on_spin_value_changed_cb (GtkSpinButton          *spin,
                          TafelDeelproductEditor *self)
{
  if (self->updating > 0)
    return;

  store_int (self, g_object_get_data (G_OBJECT (spin), "column"), gtk_spin_button_get_value_as_int (spin));
  sync_all (self, FALSE);
}

/* ---- GObject ------------------------------------------------------------- */

static void
tafel_deelproduct_editor_dispose (GObject *object)
{
  TafelDeelproductEditor *self = TAFEL_DEELPRODUCT_EDITOR (object);

  /* Nothing typed is lost when the window closes. */
  tafel_deelproduct_editor_set_deelproduct (self, NULL);
  tafel_deelproduct_editor_set_model (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_DEELPRODUCT_EDITOR);
  self->scroller = NULL;

  G_OBJECT_CLASS (tafel_deelproduct_editor_parent_class)->dispose (object);
}

static void
tafel_deelproduct_editor_finalize (GObject *object)
{
  TafelDeelproductEditor *self = TAFEL_DEELPRODUCT_EDITOR (object);

  g_array_unref (self->group_ids);
  g_free (self->name_synced);
  g_free (self->code_synced);

  G_OBJECT_CLASS (tafel_deelproduct_editor_parent_class)->finalize (object);
}

static void
tafel_deelproduct_editor_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  TafelDeelproductEditor *self = TAFEL_DEELPRODUCT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    case PROP_DEELPRODUCT:
      g_value_set_object (value, self->deelproduct);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_deelproduct_editor_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  TafelDeelproductEditor *self = TAFEL_DEELPRODUCT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      tafel_deelproduct_editor_set_model (self, g_value_get_object (value));
      break;
    case PROP_DEELPRODUCT:
      tafel_deelproduct_editor_set_deelproduct (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_deelproduct_editor_class_init (TafelDeelproductEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_deelproduct_editor_dispose;
  object_class->finalize = tafel_deelproduct_editor_finalize;
  object_class->get_property = tafel_deelproduct_editor_get_property;
  object_class->set_property = tafel_deelproduct_editor_set_property;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, TAFEL_TYPE_TRAJECT_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEELPRODUCT] =
    g_param_spec_object ("deelproduct", NULL, NULL, TAFEL_TYPE_DEELPRODUCT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The user moved the deelproduct to another product group (stored). */
  signals[GROUP_CHANGED] =
    g_signal_new ("group-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, TAFEL_TYPE_DEELPRODUCT);

  g_type_ensure (TAFEL_TYPE_TEXT_FIELD);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-deelproduct-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelDeelproductEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelproductEditor, group_row);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelproductEditor, inkoopniveau_row);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelproductEditor, code_row);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelproductEditor, variant_row);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelproductEditor, doelgroepen_field);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelproductEditor, activiteiten_field);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelproductEditor, doorlooptijd_field);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelproductEditor, intensiteit_field);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelproductEditor, kwaliteit_field);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelproductEditor, beoogd_resultaat_field);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelproductEditor, duur_spin);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelproductEditor, duur_unit);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelproductEditor, frequentie_spin);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelproductEditor, frequentie_unit);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelproductEditor, sentence_label);
}

static void
setup_entry_row (TafelDeelproductEditor *self,
                 AdwEntryRow            *row)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect (row, "entry-activated", G_CALLBACK (on_entry_activated_cb), self);
  g_signal_connect (focus, "leave", G_CALLBACK (on_entry_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (row), focus);
}

static void
setup_choice (TafelDeelproductEditor *self,
              GObject                *combo,
              const char             *column,
              const TafelChoice      *choices)
{
  g_object_set_data (combo, "column", (gpointer) column);
  g_object_set_data (combo, "choices", (gpointer) choices);
  g_signal_connect (combo, "notify::selected", G_CALLBACK (on_choice_selected_cb), self);
}

static void
tafel_deelproduct_editor_init (TafelDeelproductEditor *self)
{
  const TafelField *field;
  const TafelTable *table;
  g_autoptr(GTypeClass) klass = g_type_class_ref (TAFEL_TYPE_DEELPRODUCT);
  g_autoptr(GtkStringList) inkoop = tafel_ui_choice_model (tafel_inkoopniveaus);
  g_autoptr(GtkStringList) duur_units = tafel_ui_choice_model (tafel_duration_units);
  g_autoptr(GtkStringList) freq_units = tafel_ui_choice_model (tafel_frequency_units);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Not a bound template child: gtk_widget_dispose_template() would unparent
   * it behind AdwBin's back. */
  self->scroller = GTK_SCROLLED_WINDOW (adw_bin_get_child (ADW_BIN (self)));
  self->group_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  table = tafel_entity_class_get_table (TAFEL_ENTITY_CLASS (klass));

  self->updating++;

  setup_entry_row (self, self->name_row);
  setup_entry_row (self, self->code_row);
  g_signal_connect (self->group_row, "notify::selected", G_CALLBACK (on_group_selected_cb), self);

  adw_combo_row_set_model (self->inkoopniveau_row, G_LIST_MODEL (inkoop));
  setup_choice (self, G_OBJECT (self->inkoopniveau_row), "inkoopniveau", tafel_inkoopniveaus);
  setup_choice (self, G_OBJECT (self->variant_row), "uitvoeringsvariant", tafel_deelproduct_varianten);

  self->aspect_fields[0] = self->doelgroepen_field;
  self->aspect_fields[1] = self->activiteiten_field;
  self->aspect_fields[2] = self->doorlooptijd_field;
  self->aspect_fields[3] = self->intensiteit_field;
  self->aspect_fields[4] = self->kwaliteit_field;
  self->aspect_fields[5] = self->beoogd_resultaat_field;
  for (guint i = 0; i < N_ASPECTS; i++)
    {
      field = tafel_table_find_field (table, aspect_columns[i]);
      g_object_set_data (G_OBJECT (self->aspect_fields[i]), "column", (gpointer) aspect_columns[i]);
      tafel_text_field_set_max_length (self->aspect_fields[i], field ? (int) field->max : 0);
      g_signal_connect (self->aspect_fields[i], "commit", G_CALLBACK (on_aspect_commit_cb), self);
    }

  g_object_set_data (G_OBJECT (self->duur_spin), "column", (gpointer) "max_duur");
  g_object_set_data (G_OBJECT (self->frequentie_spin), "column", (gpointer) "max_frequentie");
  g_signal_connect (self->duur_spin, "value-changed", G_CALLBACK (on_spin_value_changed_cb), self);
  g_signal_connect (self->frequentie_spin, "value-changed", G_CALLBACK (on_spin_value_changed_cb), self);

  gtk_drop_down_set_model (self->duur_unit, G_LIST_MODEL (duur_units));
  gtk_drop_down_set_model (self->frequentie_unit, G_LIST_MODEL (freq_units));
  setup_choice (self, G_OBJECT (self->duur_unit), "max_duur_unit", tafel_duration_units);
  setup_choice (self, G_OBJECT (self->frequentie_unit), "max_frequentie_unit", tafel_frequency_units);

  self->updating--;

  rebuild_group_model (self);
  rebuild_variant_model (self);
  sync_all (self, TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
}

/* ---- public ---------------------------------------------------------------- */

GtkWidget *
tafel_deelproduct_editor_new (void)
{
  return g_object_new (TAFEL_TYPE_DEELPRODUCT_EDITOR, NULL);
}

TafelTrajectModel *
tafel_deelproduct_editor_get_model (TafelDeelproductEditor *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELPRODUCT_EDITOR (self), NULL);
  return self->model;
}

void
tafel_deelproduct_editor_set_model (TafelDeelproductEditor *self,
                                    TafelTrajectModel      *model)
{
  g_return_if_fail (TAFEL_IS_DEELPRODUCT_EDITOR (self));

  if (self->model == model)
    return;

  tafel_deelproduct_editor_set_deelproduct (self, NULL);

  if (self->model != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->model, on_groups_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->model, on_traject_changed_cb, self);
    }

  g_set_object (&self->model, model);

  if (model != NULL)
    {
      g_signal_connect (model, "changed::productgroep", G_CALLBACK (on_groups_changed_cb), self);
      g_signal_connect (model, "changed::traject", G_CALLBACK (on_traject_changed_cb), self);
    }

  if (self->group_row != NULL)
    {
      rebuild_group_model (self);
      rebuild_variant_model (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

TafelDeelproduct *
tafel_deelproduct_editor_get_deelproduct (TafelDeelproductEditor *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELPRODUCT_EDITOR (self), NULL);
  return self->deelproduct;
}

/* Shows @deelproduct (from the model). What was typed for the one shown
 * before is stored first. Another object for the same row (the model may
 * swap them) keeps what is being typed. */
void
tafel_deelproduct_editor_set_deelproduct (TafelDeelproductEditor *self,
                                          TafelDeelproduct       *deelproduct)
{
  gboolean same_row;

  g_return_if_fail (TAFEL_IS_DEELPRODUCT_EDITOR (self));
  g_return_if_fail (deelproduct == NULL || TAFEL_IS_DEELPRODUCT (deelproduct));

  if (self->deelproduct == deelproduct)
    return;

  same_row = self->deelproduct != NULL && deelproduct != NULL &&
             tafel_entity_get_id (TAFEL_ENTITY (self->deelproduct)) == tafel_entity_get_id (TAFEL_ENTITY (deelproduct));

  if (!same_row)
    tafel_deelproduct_editor_commit_pending (self);

  if (self->deelproduct != NULL)
    g_signal_handlers_disconnect_by_func (self->deelproduct, on_deelproduct_notify_cb, self);

  g_set_object (&self->deelproduct, deelproduct);

  if (deelproduct != NULL)
    g_signal_connect (deelproduct, "notify", G_CALLBACK (on_deelproduct_notify_cb), self);

  if (self->name_row != NULL)
    {
      sync_all (self, !same_row);
      gtk_widget_set_sensitive (GTK_WIDGET (self), deelproduct != NULL);
      if (!same_row)
        gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEELPRODUCT]);
}

/* Stores whatever was typed and not stored yet. */
void
tafel_deelproduct_editor_commit_pending (TafelDeelproductEditor *self)
{
  g_return_if_fail (TAFEL_IS_DEELPRODUCT_EDITOR (self));

  if (self->deelproduct == NULL || self->name_row == NULL)
    return;

  commit_entry (self, self->name_row, &self->name_synced, "name");
  commit_entry (self, self->code_row, &self->code_synced, "productcode");
  for (guint i = 0; i < N_ASPECTS; i++)
    tafel_text_field_commit (self->aspect_fields[i]);
  gtk_spin_button_update (self->duur_spin);
  gtk_spin_button_update (self->frequentie_spin);
}

/* Moves focus to the name, where typing starts. */
void
tafel_deelproduct_editor_focus_name (TafelDeelproductEditor *self,
                                     gboolean                select_all)
{
  g_return_if_fail (TAFEL_IS_DEELPRODUCT_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  if (select_all)
    gtk_editable_select_region (GTK_EDITABLE (self->name_row), 0, -1);
}

GtkWidget *
tafel_deelproduct_editor_get_field (TafelDeelproductEditor *self,
                                    const char             *column)
{
  const struct {
    const char *column;
    gpointer    widget;
  } fields[] = {
    { "name", self->name_row },
    { "productgroep_id", self->group_row },
    { "inkoopniveau", self->inkoopniveau_row },
    { "productcode", self->code_row },
    { "uitvoeringsvariant", self->variant_row },
    { "max_duur", self->duur_spin },
    { "max_duur_unit", self->duur_unit },
    { "max_frequentie", self->frequentie_spin },
    { "max_frequentie_unit", self->frequentie_unit },
  };

  g_return_val_if_fail (TAFEL_IS_DEELPRODUCT_EDITOR (self), NULL);
  g_return_val_if_fail (column != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (g_str_equal (fields[i].column, column))
        return fields[i].widget;
    }

  for (guint i = 0; i < N_ASPECTS; i++)
    {
      if (g_str_equal (aspect_columns[i], column))
        return GTK_WIDGET (self->aspect_fields[i]);
    }

  return NULL;
}

const char *
tafel_deelproduct_editor_get_sentence (TafelDeelproductEditor *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELPRODUCT_EDITOR (self), NULL);
  return gtk_label_get_text (self->sentence_label);
}

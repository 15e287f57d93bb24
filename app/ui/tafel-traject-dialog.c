/* tafel-traject-dialog.c: the properties of one traject, stored as they are edited
 *
 * Name, region and perceel are stored when a field is applied (Enter or
 * its apply button), when the focus leaves it and when the dialog closes;
 * uitvoeringsvariant and status as soon as another one is picked. There is
 * no Save button. A refused value shows the store's message in a toast and
 * the field shows the stored value again; closing is then held back once,
 * so that the message is seen.
 *
 * Usage (the caller presents it):
 *
 *   TafelTrajectDialog *dialog = tafel_traject_dialog_new (store, traject);
 *   gtk_window_set_transient_for (GTK_WINDOW (dialog), parent);
 *   gtk_window_present (GTK_WINDOW (dialog));
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-traject-dialog.h"
#include "tafel-ui-util.h"

struct _TafelTrajectDialog
{
  AdwWindow        parent_instance;

  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  AdwEntryRow     *name_row;
  AdwEntryRow     *region_row;
  AdwEntryRow     *perceel_row;
  AdwComboRow     *variant_row;
  AdwComboRow     *status_row;

  TafelStore      *store;
  TafelTraject    *traject;
  gulong           changed_handler;
  gulong           removed_handler;
  guint            updating : 1;
  guint            disposed : 1;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_TRAJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TafelTrajectDialog, tafel_traject_dialog, ADW_TYPE_WINDOW)

static const char *
column_for_entry (TafelTrajectDialog *self,
                  AdwEntryRow        *row)
{
  if (row == self->name_row)
    return "name";
  if (row == self->region_row)
    return "region";
  if (row == self->perceel_row)
    return "perceel";

  g_return_val_if_reached (NULL);
}

static const TafelChoice *
choices_for_combo (TafelTrajectDialog *self,
                   AdwComboRow        *row,
                   const char        **column)
{
  if (row == self->variant_row)
    {
      *column = "uitvoeringsvariant";
      return tafel_uitvoeringsvarianten;
    }

  *column = "status";
  return tafel_traject_statuses;
}

#define SHOWN_KEY "tafel-shown-text"

/* Sets the text without making the row offer to apply it, and remembers
 * it: a row whose text differs from it holds an edit not yet stored. */
static void
set_entry_text (AdwEntryRow *row,
                const char  *text)
{
  g_object_set_data_full (G_OBJECT (row), SHOWN_KEY, g_strdup (text ? text : ""), g_free);

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text) == 0)
    return;

  adw_entry_row_set_show_apply_button (row, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  adw_entry_row_set_show_apply_button (row, TRUE);
}

static gboolean
has_pending_edit (AdwEntryRow *row)
{
  const char *shown = g_object_get_data (G_OBJECT (row), SHOWN_KEY);

  return shown != NULL && g_strcmp0 (shown, gtk_editable_get_text (GTK_EDITABLE (row))) != 0;
}

static void
show_entry (TafelTrajectDialog *self,
            AdwEntryRow        *row)
{
  set_entry_text (row, tafel_entity_get_string (TAFEL_ENTITY (self->traject), column_for_entry (self, row)));
}

static void
show_combo (TafelTrajectDialog *self,
            AdwComboRow        *row)
{
  const char *column;
  const TafelChoice *choices = choices_for_combo (self, row, &column);
  int index = tafel_choice_index (choices, tafel_entity_get_string (TAFEL_ENTITY (self->traject), column));

  self->updating = TRUE;
  adw_combo_row_set_selected (row, index < 0 ? 0 : (guint) index);
  self->updating = FALSE;
}

/* Shows the stored values; a field with an edit not yet stored keeps
 * what is typed in it. */
static void
show_traject (TafelTrajectDialog *self,
              gboolean            all)
{
  AdwEntryRow *entries[] = { self->name_row, self->region_row, self->perceel_row };

  adw_window_title_set_subtitle (self->window_title, tafel_traject_get_name (self->traject));

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    if (all || !has_pending_edit (entries[i]))
      show_entry (self, entries[i]);

  show_combo (self, self->variant_row);
  show_combo (self, self->status_row);
}

/* Stores what @row holds; on refusal shows why and the stored text again. */
static gboolean
apply_entry (TafelTrajectDialog *self,
             AdwEntryRow        *row)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelTraject) traject = NULL;
  const char *column = column_for_entry (self, row);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  if (self->disposed || self->traject == NULL)
    return TRUE;

  if (g_strcmp0 (text, tafel_entity_get_string (TAFEL_ENTITY (self->traject), column)) == 0)
    return TRUE;

  /* The store's signal may hand us another object of the same row. */
  traject = g_object_ref (self->traject);
  if (!tafel_store_set_string (self->store, traject, column, text, &error))
    {
      /* From the row, so that the toast shows in this dialog. */
      tafel_ui_toast_error (GTK_WIDGET (row), error);
      show_entry (self, row);
      return FALSE;
    }

  show_entry (self, row);
  return TRUE;
}

static void
apply_combo (TafelTrajectDialog *self,
             AdwComboRow        *row)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelTraject) traject = NULL;
  const char *column;
  const TafelChoice *choices = choices_for_combo (self, row, &column);
  guint selected = adw_combo_row_get_selected (row);

  if (self->updating || self->disposed || self->traject == NULL)
    return;

  if (selected >= tafel_choice_count (choices) ||
      g_strcmp0 (choices[selected].id, tafel_entity_get_string (TAFEL_ENTITY (self->traject), column)) == 0)
    return;

  traject = g_object_ref (self->traject);
  if (!tafel_store_set_string (self->store, traject, column, choices[selected].id, &error))
    {
      tafel_ui_toast_error (GTK_WIDGET (row), error);
      show_combo (self, row);
    }
}

static void
on_entry_apply_cb (AdwEntryRow        *row,
                   TafelTrajectDialog *self)
{
  apply_entry (self, row);
}

static void
on_entry_focus_leave_cb (GtkEventControllerFocus *controller,
                         TafelTrajectDialog      *self)
{
  apply_entry (self, ADW_ENTRY_ROW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))));
}

static void
on_combo_selected_cb (AdwComboRow        *row,
                      GParamSpec         *pspec,
                      TafelTrajectDialog *self)
{
  apply_combo (self, row);
}

static void
on_entity_changed_cb (TafelStore         *store,
                      TafelEntity        *entity,
                      TafelTrajectDialog *self)
{
  if (tafel_entity_get_id (entity) != tafel_entity_get_id (TAFEL_ENTITY (self->traject)))
    return;

  if (entity != TAFEL_ENTITY (self->traject))
    g_set_object (&self->traject, TAFEL_TRAJECT (entity));

  show_traject (self, FALSE);
}

static void
on_entity_removed_cb (TafelStore         *store,
                      TafelEntity        *entity,
                      TafelTrajectDialog *self)
{
  if (tafel_entity_get_id (entity) == tafel_entity_get_id (TAFEL_ENTITY (self->traject)))
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
connect_entry (TafelTrajectDialog *self,
               AdwEntryRow        *row)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect (focus, "leave", G_CALLBACK (on_entry_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (row), focus);
  g_signal_connect (row, "apply", G_CALLBACK (on_entry_apply_cb), self);
}

static void
set_store_and_traject (TafelTrajectDialog *self)
{
  g_autoptr(GtkStringList) variants = tafel_ui_choice_model (tafel_uitvoeringsvarianten);
  g_autoptr(GtkStringList) statuses = tafel_ui_choice_model (tafel_traject_statuses);

  self->updating = TRUE;
  adw_combo_row_set_model (self->variant_row, G_LIST_MODEL (variants));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  self->updating = FALSE;

  show_traject (self, TRUE);

  self->changed_handler = g_signal_connect (self->store, "entity-changed::traject",
                                            G_CALLBACK (on_entity_changed_cb), self);
  self->removed_handler = g_signal_connect (self->store, "entity-removed::traject",
                                            G_CALLBACK (on_entity_removed_cb), self);

  connect_entry (self, self->name_row);
  connect_entry (self, self->region_row);
  connect_entry (self, self->perceel_row);
  g_signal_connect (self->variant_row, "notify::selected", G_CALLBACK (on_combo_selected_cb), self);
  g_signal_connect (self->status_row, "notify::selected", G_CALLBACK (on_combo_selected_cb), self);
}

static gboolean
tafel_traject_dialog_close_request (GtkWindow *window)
{
  TafelTrajectDialog *self = TAFEL_TRAJECT_DIALOG (window);

  /* A refused edit keeps the dialog open once, with its message. */
  if (!tafel_traject_dialog_apply (self))
    return TRUE;

  return GTK_WINDOW_CLASS (tafel_traject_dialog_parent_class)->close_request (window);
}

static void
tafel_traject_dialog_constructed (GObject *object)
{
  TafelTrajectDialog *self = TAFEL_TRAJECT_DIALOG (object);

  G_OBJECT_CLASS (tafel_traject_dialog_parent_class)->constructed (object);

  g_return_if_fail (self->store != NULL && self->traject != NULL);
  set_store_and_traject (self);
}

static void
tafel_traject_dialog_dispose (GObject *object)
{
  TafelTrajectDialog *self = TAFEL_TRAJECT_DIALOG (object);

  self->disposed = TRUE;
  g_clear_signal_handler (&self->changed_handler, self->store);
  g_clear_signal_handler (&self->removed_handler, self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_TRAJECT_DIALOG);
  g_clear_object (&self->traject);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tafel_traject_dialog_parent_class)->dispose (object);
}

static void
tafel_traject_dialog_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TafelTrajectDialog *self = TAFEL_TRAJECT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_TRAJECT:
      g_value_set_object (value, self->traject);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_traject_dialog_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  TafelTrajectDialog *self = TAFEL_TRAJECT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_TRAJECT:
      self->traject = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_traject_dialog_class_init (TafelTrajectDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = tafel_traject_dialog_constructed;
  object_class->dispose = tafel_traject_dialog_dispose;
  object_class->get_property = tafel_traject_dialog_get_property;
  object_class->set_property = tafel_traject_dialog_set_property;
  window_class->close_request = tafel_traject_dialog_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TAFEL_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Follows the row: another object of the same traject that is changed
   * elsewhere takes this one's place. */
  properties[PROP_TRAJECT] =
    g_param_spec_object ("traject", NULL, NULL, TAFEL_TYPE_TRAJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-traject-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelTrajectDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TafelTrajectDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, TafelTrajectDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, TafelTrajectDialog, region_row);
  gtk_widget_class_bind_template_child (widget_class, TafelTrajectDialog, perceel_row);
  gtk_widget_class_bind_template_child (widget_class, TafelTrajectDialog, variant_row);
  gtk_widget_class_bind_template_child (widget_class, TafelTrajectDialog, status_row);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tafel_traject_dialog_init (TafelTrajectDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* A dialog that edits @traject (a stored traject) in @store. */
TafelTrajectDialog *
tafel_traject_dialog_new (TafelStore   *store,
                          TafelTraject *traject)
{
  g_return_val_if_fail (TAFEL_IS_STORE (store), NULL);
  g_return_val_if_fail (TAFEL_IS_TRAJECT (traject), NULL);

  return g_object_new (TAFEL_TYPE_TRAJECT_DIALOG,
                       "store", store,
                       "traject", traject,
                       NULL);
}

TafelTraject *
tafel_traject_dialog_get_traject (TafelTrajectDialog *self)
{
  g_return_val_if_fail (TAFEL_IS_TRAJECT_DIALOG (self), NULL);
  return self->traject;
}

/* Stores every text field that differs from the stored value, as closing
 * does. Returns FALSE when one was refused (its message is shown). */
gboolean
tafel_traject_dialog_apply (TafelTrajectDialog *self)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (TAFEL_IS_TRAJECT_DIALOG (self), FALSE);

  ok &= apply_entry (self, self->name_row);
  ok &= apply_entry (self, self->region_row);
  ok &= apply_entry (self, self->perceel_row);

  return ok;
}

/* tafel-deelnemer-editor.c: one participant: who, from where, when present, what advice */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-deelnemer-editor.h"
#include "tafel-field-binding.h"
#include "tafel-traject-setup.h"
#include "tafel-ui-util.h"

struct _TafelDeelnemerEditor
{
  AdwBin             parent_instance;

  GtkWidget         *name_row;
  GtkWidget         *organisation_row;
  GtkMenuButton     *organisation_button;
  GtkPopover        *organisation_popover;
  GtkListBox        *organisation_list;
  GtkWidget         *function_row;
  AdwComboRow       *role_row;
  GtkListBox        *attendance_list;
  GtkWidget         *advies_view;

  TafelTrajectModel *model;
  TafelDeelnemer    *deelnemer;
  gulong             model_handlers[3];
  gulong             role_handler;
  glong              organisation_length;
  gboolean           complete_pending;
  gboolean           completing;
  gboolean           syncing;
};

G_DEFINE_FINAL_TYPE (TafelDeelnemerEditor, tafel_deelnemer_editor, ADW_TYPE_BIN)

/* ---- organisation: show, store, complete ------------------------------ */

static char *
show_organisation (gpointer entity,
                   gpointer user_data)
{
  TafelDeelnemerEditor *self = user_data;

  if (self->model == NULL)
    return g_strdup ("");

  return g_strdup (tafel_traject_model_lookup_name (self->model, TAFEL_TYPE_ORGANISATIE,
                                                    tafel_deelnemer_get_organisatie_id (entity)));
}

/* Finds or adds the organisation and links the participant to it, in one
 * batch: a refused link does not leave a new organisation behind. */
static gboolean
store_organisation (TafelStore  *store,
                    gpointer     entity,
                    const char  *text,
                    gpointer     user_data,
                    GError     **error)
{
  TafelDeelnemerEditor *self = user_data;
  g_autofree char *name = g_strstrip (g_strdup (text));
  g_autoptr(TafelOrganisatie) org = NULL;
  gboolean created = FALSE;

  if (*name == '\0')
    return tafel_store_set_int (store, entity, "organisatie_id", 0, error);

  if (!tafel_store_begin_batch (store, error))
    return FALSE;

  org = tafel_traject_ensure_organisatie (store, tafel_entity_get_traject_id (entity), name, &created, error);
  if (org == NULL ||
      !tafel_store_set_int (store, entity, "organisatie_id", tafel_entity_get_id (TAFEL_ENTITY (org)), error))
    {
      tafel_store_rollback_batch (store);
      return FALSE;
    }

  if (!tafel_store_commit_batch (store, error))
    return FALSE;

  if (created)
    {
      g_autofree char *message = g_strdup_printf (_("Organisation “%s” added to the traject."),
                                                  tafel_organisatie_get_name (org));
      tafel_ui_toast (GTK_WIDGET (self), message);
    }

  return TRUE;
}

/* Typing that made the text longer asks for a completion; it happens when
 * the cursor has followed the typed text (GtkText moves it after "changed"). */
static void
on_organisation_changed_cb (GtkEditable          *editable,
                            TafelDeelnemerEditor *self)
{
  glong length = g_utf8_strlen (gtk_editable_get_text (editable), -1);
  glong previous = self->organisation_length;

  self->organisation_length = length;
  if (self->completing)
    return;

  self->complete_pending = length > previous && self->model != NULL &&
                           tafel_field_binding_is_dirty (GTK_WIDGET (editable));
}

/* Completes what is typed with the first organisation that starts with
 * it, the rest selected so that typing on replaces it. */
static void
on_organisation_cursor_cb (GtkEditable          *editable,
                           GParamSpec           *pspec,
                           TafelDeelnemerEditor *self)
{
  const char *text = gtk_editable_get_text (editable);
  glong length = g_utf8_strlen (text, -1);
  g_autofree char *folded = NULL;
  GListModel *orgs;
  guint n;

  if (!self->complete_pending || self->completing)
    return;
  self->complete_pending = FALSE;

  if (length == 0 || gtk_editable_get_position (editable) != length ||
      !(gtk_widget_get_state_flags (GTK_WIDGET (editable)) & GTK_STATE_FLAG_FOCUS_WITHIN))
    return;

  folded = g_utf8_casefold (text, -1);
  orgs = tafel_traject_model_get_list (self->model, TAFEL_TYPE_ORGANISATIE);
  n = g_list_model_get_n_items (orgs);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TafelOrganisatie) org = g_list_model_get_item (orgs, i);
      const char *name = tafel_organisatie_get_name (org);
      g_autofree char *name_folded = g_utf8_casefold (name, -1);
      glong name_length = g_utf8_strlen (name, -1);

      if (name_length > length && g_str_has_prefix (name_folded, folded))
        {
          g_autofree char *rest = g_utf8_substring (name, length, name_length);
          int position = (int) length;

          self->completing = TRUE;
          gtk_editable_insert_text (editable, rest, -1, &position);
          gtk_editable_select_region (editable, (int) length, -1);
          self->organisation_length = g_utf8_strlen (gtk_editable_get_text (editable), -1);
          self->completing = FALSE;
          return;
        }
    }
}

static void
on_organisation_popover_show_cb (GtkPopover           *popover,
                                 TafelDeelnemerEditor *self)
{
  GListModel *orgs;
  GtkListBoxRow *row;
  guint n;

  while ((row = gtk_list_box_get_row_at_index (self->organisation_list, 0)) != NULL)
    gtk_list_box_remove (self->organisation_list, GTK_WIDGET (row));

  if (self->model == NULL)
    return;

  orgs = tafel_traject_model_get_list (self->model, TAFEL_TYPE_ORGANISATIE);
  n = g_list_model_get_n_items (orgs);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TafelOrganisatie) org = g_list_model_get_item (orgs, i);
      GtkWidget *label = gtk_label_new (tafel_organisatie_get_name (org));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_list_box_append (self->organisation_list, label);
    }

  if (n == 0)
    {
      GtkWidget *label = gtk_label_new (_("No organisations yet: type a name in the field."));
      gtk_widget_add_css_class (label, "dim-label");
      gtk_list_box_append (self->organisation_list, label);
      gtk_list_box_row_set_activatable (gtk_list_box_get_row_at_index (self->organisation_list, 0), FALSE);
    }

  row = gtk_list_box_get_row_at_index (self->organisation_list, 0);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
on_organisation_row_activated_cb (GtkListBox           *list,
                                  GtkListBoxRow        *row,
                                  TafelDeelnemerEditor *self)
{
  GtkWidget *label = gtk_list_box_row_get_child (row);

  gtk_popover_popdown (self->organisation_popover);
  gtk_editable_set_text (GTK_EDITABLE (self->organisation_row), gtk_label_get_label (GTK_LABEL (label)));
  tafel_field_binding_apply (self->organisation_row);
  gtk_widget_grab_focus (self->organisation_row);
}

/* ---- role ------------------------------------------------------------- */

static void
sync_role (TafelDeelnemerEditor *self)
{
  int index = self->deelnemer ? tafel_choice_index (tafel_deelnemer_roles, tafel_deelnemer_get_role (self->deelnemer)) : 0;

  self->syncing = TRUE;
  adw_combo_row_set_selected (self->role_row, index >= 0 ? (guint) index : 0);
  self->syncing = FALSE;
}

static void
on_role_selected_cb (AdwComboRow          *row,
                     GParamSpec           *pspec,
                     TafelDeelnemerEditor *self)
{
  g_autoptr(GError) error = NULL;
  guint selected = adw_combo_row_get_selected (row);

  if (self->syncing || self->deelnemer == NULL || selected >= tafel_choice_count (tafel_deelnemer_roles))
    return;

  if (!tafel_store_set_string (tafel_traject_model_get_store (self->model), self->deelnemer, "role",
                               tafel_deelnemer_roles[selected].id, &error))
    {
      tafel_ui_toast_error (GTK_WIDGET (self), error);
      sync_role (self);
    }
}

/* ---- attendance ------------------------------------------------------- */

static void
sync_attendance (TafelDeelnemerEditor *self)
{
  g_autoptr(GHashTable) present = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) pairs = NULL;
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *row;

  if (self->deelnemer == NULL)
    return;

  pairs = tafel_store_get_attendance (tafel_traject_model_get_store (self->model),
                                      tafel_traject_model_get_traject_id (self->model), &error);
  if (pairs == NULL)
    {
      tafel_ui_toast_error (GTK_WIDGET (self), error);
      return;
    }

  for (guint i = 0; i < pairs->len; i++)
    {
      TafelAttendance *a = &g_array_index (pairs, TafelAttendance, i);

      if (a->deelnemer_id == tafel_entity_get_id (TAFEL_ENTITY (self->deelnemer)))
        g_hash_table_add (present, &a->sessie_id);
    }

  self->syncing = TRUE;
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->attendance_list, i)) != NULL; i++)
    {
      TafelSessie *sessie = g_object_get_data (G_OBJECT (row), "sessie");
      gint64 id;

      if (sessie == NULL)
        continue;
      id = tafel_entity_get_id (TAFEL_ENTITY (sessie));
      gtk_check_button_set_active (g_object_get_data (G_OBJECT (row), "check"),
                                   g_hash_table_contains (present, &id));
    }
  self->syncing = FALSE;
}

static void
on_attendance_toggled_cb (GtkCheckButton       *check,
                          TafelDeelnemerEditor *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (check), GTK_TYPE_LIST_BOX_ROW);
  g_autoptr(GError) error = NULL;

  if (self->syncing || self->deelnemer == NULL)
    return;

  if (!tafel_store_set_present (tafel_traject_model_get_store (self->model), self->deelnemer,
                                g_object_get_data (G_OBJECT (row), "sessie"),
                                gtk_check_button_get_active (check), &error))
    {
      tafel_ui_toast_error (GTK_WIDGET (self), error);
      sync_attendance (self);
    }
}

static void
rebuild_attendance (TafelDeelnemerEditor *self)
{
  GtkListBoxRow *row;
  GListModel *sessies;
  guint n;

  while ((row = gtk_list_box_get_row_at_index (self->attendance_list, 0)) != NULL)
    gtk_list_box_remove (self->attendance_list, GTK_WIDGET (row));

  if (self->deelnemer == NULL)
    return;

  sessies = tafel_traject_model_get_list (self->model, TAFEL_TYPE_SESSIE);
  n = g_list_model_get_n_items (sessies);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TafelSessie) sessie = g_list_model_get_item (sessies, i);
      g_autofree char *label = tafel_sessie_dup_label (sessie);
      g_autofree char *escaped = g_markup_escape_text (label, -1);
      g_autofree char *check_label = g_strdup_printf (_("Present at %s"), label);
      GtkWidget *action_row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (action_row), escaped);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, check_label, -1);
      g_signal_connect (check, "toggled", G_CALLBACK (on_attendance_toggled_cb), self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (action_row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (action_row), check);
      g_object_set_data_full (G_OBJECT (action_row), "sessie", g_object_ref (sessie), g_object_unref);
      g_object_set_data (G_OBJECT (action_row), "check", check);
      gtk_list_box_append (self->attendance_list, action_row);
    }

  if (n == 0)
    {
      GtkWidget *action_row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (action_row),
                                     _("This traject has no sessions yet. Add them on the Sessions page."));
      gtk_list_box_append (self->attendance_list, action_row);
    }

  sync_attendance (self);
}

/* ---- model ------------------------------------------------------------ */

static void
on_sessies_changed_cb (TafelTrajectModel    *model,
                       TafelDeelnemerEditor *self)
{
  rebuild_attendance (self);
}

static void
on_attendance_changed_cb (TafelTrajectModel    *model,
                          TafelDeelnemerEditor *self)
{
  sync_attendance (self);
}

/* An organisation renamed elsewhere: show its new name, unless typing. */
static void
on_organisaties_changed_cb (TafelTrajectModel    *model,
                            TafelDeelnemerEditor *self)
{
  if (!tafel_field_binding_is_dirty (self->organisation_row))
    tafel_field_binding_reset (self->organisation_row);
}

static void
set_model (TafelDeelnemerEditor *self,
           TafelTrajectModel    *model)
{
  if (self->model == model)
    return;

  if (self->model != NULL)
    for (guint i = 0; i < G_N_ELEMENTS (self->model_handlers); i++)
      g_clear_signal_handler (&self->model_handlers[i], self->model);

  g_set_object (&self->model, model);

  if (model != NULL)
    {
      self->model_handlers[0] = g_signal_connect (model, "changed::sessie", G_CALLBACK (on_sessies_changed_cb), self);
      self->model_handlers[1] = g_signal_connect (model, "links-changed::aanwezigheid",
                                                  G_CALLBACK (on_attendance_changed_cb), self);
      self->model_handlers[2] = g_signal_connect (model, "changed::organisatie",
                                                  G_CALLBACK (on_organisaties_changed_cb), self);
    }
}

static void
tafel_deelnemer_editor_dispose (GObject *object)
{
  TafelDeelnemerEditor *self = TAFEL_DEELNEMER_EDITOR (object);

  if (self->deelnemer != NULL)
    g_clear_signal_handler (&self->role_handler, self->deelnemer);
  set_model (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_DEELNEMER_EDITOR);
  g_clear_object (&self->deelnemer);

  G_OBJECT_CLASS (tafel_deelnemer_editor_parent_class)->dispose (object);
}

static void
tafel_deelnemer_editor_class_init (TafelDeelnemerEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_deelnemer_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-deelnemer-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelDeelnemerEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelnemerEditor, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelnemerEditor, organisation_button);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelnemerEditor, organisation_popover);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelnemerEditor, organisation_list);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelnemerEditor, function_row);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelnemerEditor, role_row);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelnemerEditor, attendance_list);
  gtk_widget_class_bind_template_child (widget_class, TafelDeelnemerEditor, advies_view);
}

static void
tafel_deelnemer_editor_init (TafelDeelnemerEditor *self)
{
  g_autoptr(GtkStringList) roles = tafel_ui_choice_model (tafel_deelnemer_roles);

  gtk_widget_init_template (GTK_WIDGET (self));

  adw_combo_row_set_model (self->role_row, G_LIST_MODEL (roles));

  tafel_field_binding_bind (self->name_row, "name");
  tafel_field_binding_bind_full (self->organisation_row, "organisatie_id",
                                 show_organisation, store_organisation, self);
  tafel_field_binding_bind (self->function_row, "function");
  tafel_field_binding_bind (self->advies_view, "advies");

  g_signal_connect (self->organisation_row, "changed", G_CALLBACK (on_organisation_changed_cb), self);
  g_signal_connect (self->organisation_row, "notify::cursor-position", G_CALLBACK (on_organisation_cursor_cb), self);
  g_signal_connect (self->organisation_popover, "show", G_CALLBACK (on_organisation_popover_show_cb), self);
  g_signal_connect (self->organisation_list, "row-activated", G_CALLBACK (on_organisation_row_activated_cb), self);
  g_signal_connect (self->role_row, "notify::selected", G_CALLBACK (on_role_selected_cb), self);

  gtk_widget_set_sensitive (GTK_WIDGET (self->role_row), FALSE);
}

GtkWidget *
tafel_deelnemer_editor_new (void)
{
  return g_object_new (TAFEL_TYPE_DEELNEMER_EDITOR, NULL);
}

/* Shows @deelnemer of @model; what was typed for the previous participant
 * and not yet applied is stored first. */
void
tafel_deelnemer_editor_set_deelnemer (TafelDeelnemerEditor *self,
                                      TafelTrajectModel    *model,
                                      TafelDeelnemer       *deelnemer)
{
  TafelStore *store;

  g_return_if_fail (TAFEL_IS_DEELNEMER_EDITOR (self));
  g_return_if_fail (deelnemer == NULL || TAFEL_IS_TRAJECT_MODEL (model));

  if (deelnemer == NULL)
    model = NULL;

  /* The old participant's fields first: the organisation needs the model. */
  if (self->deelnemer != deelnemer)
    {
      tafel_field_binding_apply (self->name_row);
      tafel_field_binding_apply (self->organisation_row);
      tafel_field_binding_apply (self->function_row);
      tafel_field_binding_apply (self->advies_view);
    }

  if (self->deelnemer != NULL)
    g_clear_signal_handler (&self->role_handler, self->deelnemer);

  set_model (self, model);
  g_set_object (&self->deelnemer, deelnemer);

  if (deelnemer != NULL)
    self->role_handler = g_signal_connect_swapped (deelnemer, "notify::role", G_CALLBACK (sync_role), self);

  store = model ? tafel_traject_model_get_store (model) : NULL;
  tafel_field_binding_set_entity (self->name_row, store, deelnemer);
  tafel_field_binding_set_entity (self->organisation_row, store, deelnemer);
  tafel_field_binding_set_entity (self->function_row, store, deelnemer);
  tafel_field_binding_set_entity (self->advies_view, store, deelnemer);
  self->organisation_length = g_utf8_strlen (gtk_editable_get_text (GTK_EDITABLE (self->organisation_row)), -1);

  gtk_widget_set_sensitive (GTK_WIDGET (self->role_row), deelnemer != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->organisation_button), deelnemer != NULL);
  sync_role (self);
  rebuild_attendance (self);
}

TafelDeelnemer *
tafel_deelnemer_editor_get_deelnemer (TafelDeelnemerEditor *self)
{
  g_return_val_if_fail (TAFEL_IS_DEELNEMER_EDITOR (self), NULL);
  return self->deelnemer;
}

/* The widget that edits @column: "name", "organisatie_id" and "function"
 * (AdwEntryRow), "role" (AdwComboRow), "advies" (GtkTextView); or NULL. */
GtkWidget *
tafel_deelnemer_editor_get_field (TafelDeelnemerEditor *self,
                                  const char           *column)
{
  g_return_val_if_fail (TAFEL_IS_DEELNEMER_EDITOR (self), NULL);

  if (g_str_equal (column, "name"))
    return self->name_row;
  if (g_str_equal (column, "organisatie_id"))
    return self->organisation_row;
  if (g_str_equal (column, "function"))
    return self->function_row;
  if (g_str_equal (column, "role"))
    return GTK_WIDGET (self->role_row);
  if (g_str_equal (column, "advies"))
    return self->advies_view;

  return NULL;
}

/* The check for attendance at a session, or NULL. */
GtkCheckButton *
tafel_deelnemer_editor_get_attendance_check (TafelDeelnemerEditor *self,
                                             gint64                sessie_id)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (TAFEL_IS_DEELNEMER_EDITOR (self), NULL);

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->attendance_list, i)) != NULL; i++)
    {
      TafelSessie *sessie = g_object_get_data (G_OBJECT (row), "sessie");

      if (sessie != NULL && tafel_entity_get_id (TAFEL_ENTITY (sessie)) == sessie_id)
        return g_object_get_data (G_OBJECT (row), "check");
    }

  return NULL;
}

/* Focus in the field of @column, its text selected. */
void
tafel_deelnemer_editor_focus_field (TafelDeelnemerEditor *self,
                                    const char           *column)
{
  GtkWidget *field;

  g_return_if_fail (TAFEL_IS_DEELNEMER_EDITOR (self));

  field = tafel_deelnemer_editor_get_field (self, column);
  if (field == NULL)
    return;

  gtk_widget_grab_focus (field);
  if (GTK_IS_EDITABLE (field))
    gtk_editable_select_region (GTK_EDITABLE (field), 0, -1);
}

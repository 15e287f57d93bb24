/* tafel-productgroepen-dialog.c: add, rename, abbreviate, reorder and delete product groups */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-productgroepen-dialog.h"
#include "tafel-ui-util.h"

struct _TafelProductgroepenDialog
{
  AdwPreferencesWindow  parent_instance;

  AdwPreferencesGroup  *group;

  TafelTrajectModel    *model;
  GPtrArray            *rows;         /* AdwEntryRow, one per group, in order */
  GtkWidget            *empty_row;
  gboolean              syncing;
  gboolean              resync;
};

enum {
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct {
  TafelStore        *store;
  TafelProductgroep *group;
  GWeakRef           dialog;
} UndoDelete;

G_DEFINE_FINAL_TYPE (TafelProductgroepenDialog, tafel_productgroepen_dialog, ADW_TYPE_PREFERENCES_WINDOW)

/* ---- rows ------------------------------------------------------------------ */

static gint64
get_row_group_id (GtkWidget *widget)
{
  GtkWidget *row = ADW_IS_ENTRY_ROW (widget) ? widget : gtk_widget_get_ancestor (widget, ADW_TYPE_ENTRY_ROW);
  gint64 *id = row ? g_object_get_data (G_OBJECT (row), "group-id") : NULL;

  return id ? *id : 0;
}

static TafelProductgroep *
get_row_group (TafelProductgroepenDialog *self,
               GtkWidget                 *widget)
{
  if (self->model == NULL)
    return NULL;

  return tafel_traject_model_lookup (self->model, TAFEL_TYPE_PRODUCTGROEP, get_row_group_id (widget));
}

/* Toasts go to the dialog's own overlay, which holds the group: a toast
 * for the dialog itself would land in the main window, behind it. */
static GtkWidget *
toast_target (TafelProductgroepenDialog *self)
{
  return self->group ? GTK_WIDGET (self->group) : GTK_WIDGET (self);
}

static TafelStore *
get_store (TafelProductgroepenDialog *self)
{
  return self->model ? tafel_traject_model_get_store (self->model) : NULL;
}

static GtkWidget *
get_part (GtkWidget  *row,
          const char *part)
{
  return g_str_equal (part, "name") ? row : g_object_get_data (G_OBJECT (row), part);
}

static void
set_accessible_label (GtkWidget *widget,
                      char      *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_free (label);
}

/* Shows the stored text in @editable unless the user typed something that
 * is not stored yet (or @force). "synced" remembers what was shown. */
static void
sync_editable (GtkWidget  *editable,
               const char *value,
               gboolean    force)
{
  const char *synced = g_object_get_data (G_OBJECT (editable), "synced");
  const char *text = gtk_editable_get_text (GTK_EDITABLE (editable));
  gboolean dirty = synced != NULL && g_strcmp0 (text, synced) != 0;

  if ((force || !dirty) && g_strcmp0 (text, value) != 0)
    gtk_editable_set_text (GTK_EDITABLE (editable), value);

  g_object_set_data_full (G_OBJECT (editable), "synced", g_strdup (value), g_free);
}

static void
update_row (TafelProductgroepenDialog *self,
            GtkWidget                 *row,
            TafelProductgroep         *group,
            guint                      position,
            gboolean                   force)
{
  const char *name = tafel_productgroep_get_name (group);
  g_autofree char *title = g_strdup_printf (_("Product group %u"), position + 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  sync_editable (row, name, force);
  sync_editable (get_part (row, "abbreviation"), tafel_productgroep_get_abbreviation (group), force);

  set_accessible_label (get_part (row, "abbreviation"), g_strdup_printf (_("Abbreviation of %s"), name));
  set_accessible_label (get_part (row, "up"), g_strdup_printf (_("Move %s up"), name));
  set_accessible_label (get_part (row, "down"), g_strdup_printf (_("Move %s down"), name));
  set_accessible_label (get_part (row, "delete"), g_strdup_printf (_("Delete %s"), name));
  gtk_widget_set_sensitive (get_part (row, "up"), position > 0);
  gtk_widget_set_sensitive (get_part (row, "down"), position + 1 < self->rows->len);
}

static void on_name_activated_cb   (AdwEntryRow *row, TafelProductgroepenDialog *self);
static void on_abbr_activated_cb   (GtkEntry *entry, TafelProductgroepenDialog *self);
static void on_focus_leave_cb      (GtkEventControllerFocus *controller, TafelProductgroepenDialog *self);
static void on_move_clicked_cb     (GtkButton *button, TafelProductgroepenDialog *self);
static void on_delete_clicked_cb   (GtkButton *button, TafelProductgroepenDialog *self);

static GtkWidget *
new_button (TafelProductgroepenDialog *self,
            GtkWidget                 *row,
            const char                *part,
            const char                *icon_name,
            const char                *tooltip,
            GCallback                  callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "part", (gpointer) part);
  g_signal_connect (button, "clicked", callback, self);
  g_object_set_data (G_OBJECT (row), part, button);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), button);

  return button;
}

static void
add_focus_leave (TafelProductgroepenDialog *self,
                 GtkWidget                 *widget)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect (focus, "leave", G_CALLBACK (on_focus_leave_cb), self);
  gtk_widget_add_controller (widget, focus);
}

static GtkWidget *
create_row (TafelProductgroepenDialog *self,
            TafelProductgroep         *group)
{
  gint64 id = tafel_entity_get_id (TAFEL_ENTITY (group));
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *abbr = gtk_entry_new ();

  g_object_set_data_full (G_OBJECT (row), "group-id", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect (row, "entry-activated", G_CALLBACK (on_name_activated_cb), self);
  /* On the text itself: the row also holds the abbreviation and buttons. */
  add_focus_leave (self, GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (row))));

  gtk_widget_set_valign (abbr, GTK_ALIGN_CENTER);
  gtk_editable_set_width_chars (GTK_EDITABLE (abbr), 6);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (abbr), 8);
  gtk_entry_set_placeholder_text (GTK_ENTRY (abbr), _("Abbr."));
  gtk_widget_set_tooltip_text (abbr, _("Abbreviation, e.g. GGZ"));
  g_signal_connect (abbr, "activate", G_CALLBACK (on_abbr_activated_cb), self);
  add_focus_leave (self, abbr);
  g_object_set_data (G_OBJECT (row), "abbreviation", abbr);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), abbr);

  new_button (self, row, "up", "go-up-symbolic", _("Move up (Alt+Up)"), G_CALLBACK (on_move_clicked_cb));
  new_button (self, row, "down", "go-down-symbolic", _("Move down (Alt+Down)"), G_CALLBACK (on_move_clicked_cb));
  new_button (self, row, "delete", "user-trash-symbolic", _("Delete product group"), G_CALLBACK (on_delete_clicked_cb));

  return row;
}

static gboolean
same_order (TafelProductgroepenDialog *self,
            GListModel                *groups)
{
  if (g_list_model_get_n_items (groups) != self->rows->len)
    return FALSE;

  for (guint i = 0; i < self->rows->len; i++)
    {
      g_autoptr(TafelProductgroep) group = g_list_model_get_item (groups, i);

      if (get_row_group_id (g_ptr_array_index (self->rows, i)) != tafel_entity_get_id (TAFEL_ENTITY (group)))
        return FALSE;
    }

  return TRUE;
}

static void commit_editable (TafelProductgroepenDialog *self, GtkWidget *editable, const char *column);

/* Stores what was typed in any row and not stored yet. */
static void
commit_all (TafelProductgroepenDialog *self)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_copy (self->rows, NULL, NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);

      commit_editable (self, row, "name");
      commit_editable (self, get_part (row, "abbreviation"), "abbreviation");
    }
}

/* Rows are rebuilt only when groups come, go or move; otherwise their texts
 * follow the store without touching what is being typed. */
static void
sync_rows_once (TafelProductgroepenDialog *self)
{
  GListModel *groups = self->model ? tafel_traject_model_get_list (self->model, TAFEL_TYPE_PRODUCTGROEP) : NULL;
  guint n = groups ? g_list_model_get_n_items (groups) : 0;
  gboolean rebuild = groups == NULL || !same_order (self, groups);

  if (rebuild)
    {
      /* Nothing typed is lost with the old rows. */
      commit_all (self);

      for (guint i = 0; i < self->rows->len; i++)
        adw_preferences_group_remove (self->group, g_ptr_array_index (self->rows, i));
      g_ptr_array_set_size (self->rows, 0);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(TafelProductgroep) group = g_list_model_get_item (groups, i);
          GtkWidget *row = create_row (self, group);

          g_ptr_array_add (self->rows, row);
          adw_preferences_group_add (self->group, row);
        }
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TafelProductgroep) group = g_list_model_get_item (groups, i);

      update_row (self, g_ptr_array_index (self->rows, i), group, i, rebuild);
    }

  gtk_widget_set_visible (self->empty_row, n == 0);
}

/* Storing typed text while rows are rebuilt changes the model again: such
 * changes are taken in afterwards, not in the middle. */
static void
sync_rows (TafelProductgroepenDialog *self)
{
  if (self->syncing)
    {
      self->resync = TRUE;
      return;
    }

  self->syncing = TRUE;
  do
    {
      self->resync = FALSE;
      sync_rows_once (self);
    }
  while (self->resync);
  self->syncing = FALSE;
}

static void
focus_part (TafelProductgroepenDialog *self,
            gint64                     group_id,
            const char                *part,
            gboolean                   select_all)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      GtkWidget *widget = get_part (row, part);

      if (get_row_group_id (row) != group_id)
        continue;

      if (!gtk_widget_get_sensitive (widget))
        widget = row;
      gtk_widget_grab_focus (widget);
      if (select_all && GTK_IS_EDITABLE (widget))
        gtk_editable_select_region (GTK_EDITABLE (widget), 0, -1);
      return;
    }
}

/* ---- storing --------------------------------------------------------------- */

static void
commit_editable (TafelProductgroepenDialog *self,
                 GtkWidget                 *editable,
                 const char                *column)
{
  TafelProductgroep *group = get_row_group (self, editable);
  const char *synced = g_object_get_data (G_OBJECT (editable), "synced");
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (editable)));
  g_autoptr(GError) error = NULL;

  if (group == NULL || g_strcmp0 (text, synced) == 0)
    return;

  if (!tafel_store_set_string (get_store (self), group, column, text, &error))
    tafel_ui_toast_error (toast_target (self), error);

  /* The field shows what is stored, also after a refusal. */
  sync_editable (editable, tafel_entity_get_string (TAFEL_ENTITY (group), column), TRUE);
}

static gboolean
name_taken (TafelProductgroepenDialog *self,
            const char                *name)
{
  GListModel *groups = tafel_traject_model_get_list (self->model, TAFEL_TYPE_PRODUCTGROEP);
  g_autofree char *folded = g_utf8_casefold (name, -1);

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(TafelProductgroep) group = g_list_model_get_item (groups, i);
      g_autofree char *other = g_utf8_casefold (tafel_productgroep_get_name (group), -1);

      if (g_str_equal (folded, other))
        return TRUE;
    }

  return FALSE;
}

static void
move_group (TafelProductgroepenDialog *self,
            gint64                     group_id,
            int                        delta,
            const char                *focus)
{
  GListModel *groups = tafel_traject_model_get_list (self->model, TAFEL_TYPE_PRODUCTGROEP);
  guint n = g_list_model_get_n_items (groups);
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gint64 index = -1, target;
  gpointer tmp;

  for (guint i = 0; i < n; i++)
    {
      TafelProductgroep *group = g_list_model_get_item (groups, i);

      if (tafel_entity_get_id (TAFEL_ENTITY (group)) == group_id)
        index = i;
      g_ptr_array_add (order, group);
    }

  target = index + delta;
  if (index < 0 || target < 0 || target >= n)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  tmp = order->pdata[index];
  order->pdata[index] = order->pdata[target];
  order->pdata[target] = tmp;

  if (!tafel_store_reorder (get_store (self), order->pdata, order->len, &error))
    tafel_ui_toast_error (toast_target (self), error);

  sync_rows (self);
  focus_part (self, group_id, focus, FALSE);
}

static void
undo_delete_free (gpointer data)
{
  UndoDelete *undo = data;

  g_object_unref (undo->store);
  g_object_unref (undo->group);
  g_weak_ref_clear (&undo->dialog);
  g_free (undo);
}

static void
undo_delete (gpointer data)
{
  UndoDelete *undo = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkWidget) dialog = g_weak_ref_get (&undo->dialog);

  if (tafel_store_restore (undo->store, undo->group, &error))
    return;

  if (dialog != NULL)
    tafel_ui_toast_error (toast_target (TAFEL_PRODUCTGROEPEN_DIALOG (dialog)), error);
  else
    g_message ("%s", error->message);
}

static guint
count_deelproducten (TafelProductgroepenDialog *self,
                     gint64                     group_id)
{
  GListModel *list = tafel_traject_model_get_list (self->model, TAFEL_TYPE_DEELPRODUCT);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TafelDeelproduct) deelproduct = g_list_model_get_item (list, i);

      if (tafel_deelproduct_get_productgroep_id (deelproduct) == group_id)
        n++;
    }

  return n;
}

/* ---- callbacks --------------------------------------------------------------- */

static void
on_groups_changed_cb (TafelTrajectModel         *model,
                      TafelProductgroepenDialog *self)
{
  sync_rows (self);
}

static void
on_name_activated_cb (AdwEntryRow               *row,
                      TafelProductgroepenDialog *self)
{
  commit_editable (self, GTK_WIDGET (row), "name");
}

static void
on_abbr_activated_cb (GtkEntry                  *entry,
                      TafelProductgroepenDialog *self)
{
  commit_editable (self, GTK_WIDGET (entry), "abbreviation");
}

static void
on_focus_leave_cb (GtkEventControllerFocus   *controller,
                   TafelProductgroepenDialog *self)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_ENTRY_ROW);
  GtkWidget *abbr = row ? get_part (row, "abbreviation") : NULL;

  if (abbr != NULL && (widget == abbr || gtk_widget_is_ancestor (widget, abbr)))
    commit_editable (self, abbr, "abbreviation");
  else if (row != NULL)
    commit_editable (self, row, "name");
}

static void
on_move_clicked_cb (GtkButton                 *button,
                    TafelProductgroepenDialog *self)
{
  const char *part = g_object_get_data (G_OBJECT (button), "part");

  move_group (self, get_row_group_id (GTK_WIDGET (button)), g_str_equal (part, "up") ? -1 : 1, part);
}

static void
on_delete_clicked_cb (GtkButton                 *button,
                      TafelProductgroepenDialog *self)
{
  TafelProductgroep *group = get_row_group (self, GTK_WIDGET (button));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  UndoDelete *undo;
  gint64 id, next_id = 0;
  guint n;

  if (group == NULL)
    return;

  id = tafel_entity_get_id (TAFEL_ENTITY (group));
  n = count_deelproducten (self, id);
  for (guint i = 0; i < self->rows->len; i++)
    {
      if (get_row_group_id (g_ptr_array_index (self->rows, i)) == id)
        {
          guint next = i + 1 < self->rows->len ? i + 1 : (i > 0 ? i - 1 : i);
          next_id = get_row_group_id (g_ptr_array_index (self->rows, next));
        }
    }

  g_object_ref (group);
  if (!tafel_store_delete (get_store (self), group, &error))
    {
      tafel_ui_toast_error (toast_target (self), error);
      g_object_unref (group);
      return;
    }

  if (n == 0)
    message = g_strdup_printf (_("Product group “%s” deleted"), tafel_productgroep_get_name (group));
  else
    message = g_strdup_printf (ngettext ("Product group “%s” deleted; its %u deelproduct is now without a group",
                                         "Product group “%s” deleted; its %u deelproducten are now without a group",
                                         n),
                               tafel_productgroep_get_name (group), n);

  undo = g_new0 (UndoDelete, 1);
  undo->store = g_object_ref (get_store (self));
  undo->group = group;  /* takes the reference */
  g_weak_ref_init (&undo->dialog, self);
  tafel_ui_toast_undo (toast_target (self), message, undo_delete, undo, undo_delete_free);

  if (next_id != id)
    focus_part (self, next_id, "name", FALSE);
}

static void
on_add_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TafelProductgroepenDialog *self = TAFEL_PRODUCTGROEPEN_DIALOG (widget);
  g_autoptr(TafelProductgroep) group = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (self->model == NULL)
    return;

  name = g_strdup (_("New product group"));
  for (guint n = 2; name_taken (self, name); n++)
    {
      g_free (name);
      name = g_strdup_printf (_("New product group %u"), n);
    }

  group = tafel_productgroep_new (tafel_traject_model_get_traject_id (self->model));
  g_object_set (group, "name", name, NULL);
  if (!tafel_store_insert (get_store (self), group, &error))
    {
      tafel_ui_toast_error (toast_target (self), error);
      return;
    }

  sync_rows (self);
  focus_part (self, tafel_entity_get_id (TAFEL_ENTITY (group)), "name", TRUE);
}

/* Alt+Up and Alt+Down move the group that holds the focus. */
static void
on_move_action_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TafelProductgroepenDialog *self = TAFEL_PRODUCTGROEPEN_DIALOG (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gint64 id = focus ? get_row_group_id (focus) : 0;
  gboolean up = g_str_equal (action_name, "groups.move-up");

  if (id == 0 || self->model == NULL)
    return;

  /* Typed text is stored before the rows are rebuilt. */
  if (GTK_IS_EDITABLE (focus))
    {
      GtkWidget *row = gtk_widget_get_ancestor (focus, ADW_TYPE_ENTRY_ROW);

      commit_editable (self, row, "name");
      commit_editable (self, get_part (row, "abbreviation"), "abbreviation");
    }

  move_group (self, id, up ? -1 : 1, "name");
}

/* ---- GObject ------------------------------------------------------------------- */

static void
tafel_productgroepen_dialog_dispose (GObject *object)
{
  TafelProductgroepenDialog *self = TAFEL_PRODUCTGROEPEN_DIALOG (object);

  if (self->model != NULL)
    {
      commit_all (self);
      g_signal_handlers_disconnect_by_func (self->model, on_groups_changed_cb, self);
    }
  g_clear_object (&self->model);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_PRODUCTGROEPEN_DIALOG);

  G_OBJECT_CLASS (tafel_productgroepen_dialog_parent_class)->dispose (object);
}

static void
tafel_productgroepen_dialog_finalize (GObject *object)
{
  TafelProductgroepenDialog *self = TAFEL_PRODUCTGROEPEN_DIALOG (object);

  g_ptr_array_unref (self->rows);

  G_OBJECT_CLASS (tafel_productgroepen_dialog_parent_class)->finalize (object);
}

static void
tafel_productgroepen_dialog_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  TafelProductgroepenDialog *self = TAFEL_PRODUCTGROEPEN_DIALOG (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_productgroepen_dialog_set_property (GObject      *object,
                                          guint         prop_id,
                                          const GValue *value,
                                          GParamSpec   *pspec)
{
  TafelProductgroepenDialog *self = TAFEL_PRODUCTGROEPEN_DIALOG (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      self->model = g_value_dup_object (value);
      if (self->model != NULL)
        g_signal_connect (self->model, "changed::productgroep", G_CALLBACK (on_groups_changed_cb), self);
      sync_rows (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_productgroepen_dialog_class_init (TafelProductgroepenDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_productgroepen_dialog_dispose;
  object_class->finalize = tafel_productgroepen_dialog_finalize;
  object_class->get_property = tafel_productgroepen_dialog_get_property;
  object_class->set_property = tafel_productgroepen_dialog_set_property;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, TAFEL_TYPE_TRAJECT_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-productgroepen-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelProductgroepenDialog, group);

  gtk_widget_class_install_action (widget_class, "groups.add", NULL, on_add_action_cb);
  gtk_widget_class_install_action (widget_class, "groups.move-up", NULL, on_move_action_cb);
  gtk_widget_class_install_action (widget_class, "groups.move-down", NULL, on_move_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "groups.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "groups.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "groups.move-down", NULL);
}

static void
tafel_productgroepen_dialog_init (TafelProductgroepenDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();

  self->empty_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->empty_row), _("No product groups yet"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->empty_row),
                               _("Add one to list deelproducten under it."));
  adw_preferences_group_add (self->group, self->empty_row);
}

GtkWidget *
tafel_productgroepen_dialog_new (TafelTrajectModel *model)
{
  g_return_val_if_fail (TAFEL_IS_TRAJECT_MODEL (model), NULL);

  return g_object_new (TAFEL_TYPE_PRODUCTGROEPEN_DIALOG, "model", model, NULL);
}

TafelTrajectModel *
tafel_productgroepen_dialog_get_model (TafelProductgroepenDialog *self)
{
  g_return_val_if_fail (TAFEL_IS_PRODUCTGROEPEN_DIALOG (self), NULL);
  return self->model;
}

GtkWidget *
tafel_productgroepen_dialog_get_part (TafelProductgroepenDialog *self,
                                      guint                      position,
                                      const char                *part)
{
  g_return_val_if_fail (TAFEL_IS_PRODUCTGROEPEN_DIALOG (self), NULL);
  g_return_val_if_fail (part != NULL, NULL);

  if (position >= self->rows->len)
    return NULL;

  return get_part (g_ptr_array_index (self->rows, position), part);
}

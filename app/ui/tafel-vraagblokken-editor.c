/* tafel-vraagblokken-editor.c: the question blocks of a traject */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "tafel-delete-undo.h"
#include "tafel-field-binding.h"
#include "tafel-ui-util.h"
#include "tafel-vraagblokken-editor.h"

struct _TafelVraagblokkenEditor
{
  AdwBin             parent_instance;

  GtkListBox        *list;
  GtkWidget         *add_row;

  TafelTrajectModel *model;
  GHashTable        *rows;        /* gint64 id → owned AdwExpanderRow */
  gulong             changed_id;
  guint              sync_id;
};

G_DEFINE_FINAL_TYPE (TafelVraagblokkenEditor, tafel_vraagblokken_editor, ADW_TYPE_BIN)

static gint64
row_get_id (GtkWidget *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "vraagblok-id");

  return id ? *id : 0;
}

static TafelVraagblok *
row_get_block (TafelVraagblokkenEditor *self,
               GtkWidget               *row)
{
  if (self->model == NULL || row == NULL)
    return NULL;

  return tafel_traject_model_lookup (self->model, TAFEL_TYPE_VRAAGBLOK, row_get_id (row));
}

static GtkWidget *
block_row_of (GtkWidget *widget)
{
  GtkWidget *w = widget;

  while (w != NULL && !ADW_IS_EXPANDER_ROW (w))
    w = gtk_widget_get_parent (w);

  return w;
}

static void
update_row_title (GtkWidget      *row,
                  TafelVraagblok *block)
{
  guint number = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "number"));
  g_autofree char *title = g_strdup_printf ("%u. %s", number, tafel_vraagblok_get_title (block));
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  const char *questions = tafel_vraagblok_get_questions (block);
  const char *newline = strchr (questions, '\n');
  g_autofree char *first = newline ? g_strndup (questions, newline - questions) : g_strdup (questions);
  g_autofree char *subtitle = g_markup_escape_text (first, -1);
  g_autofree char *up = g_strdup_printf (_("Move “%s” up"), title);
  g_autofree char *down = g_strdup_printf (_("Move “%s” down"), title);
  g_autofree char *delete = g_strdup_printf (_("Delete “%s”"), title);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (g_object_get_data (G_OBJECT (row), "up")),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, up, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (g_object_get_data (G_OBJECT (row), "down")),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, down, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (g_object_get_data (G_OBJECT (row), "delete")),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, delete, -1);
}

static void
on_block_notify_cb (TafelVraagblok *block,
                    GParamSpec     *pspec,
                    GtkWidget      *row)
{
  update_row_title (row, block);
}

static void
on_row_destroy_cb (GtkWidget *row,
                   gpointer   user_data)
{
  TafelVraagblok *block = g_object_get_data (G_OBJECT (row), "block");
  gulong id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "notify-id"));

  if (block != NULL && id != 0)
    g_signal_handler_disconnect (block, id);
  g_object_set_data (G_OBJECT (row), "notify-id", NULL);
}

static void
move_block (TafelVraagblokkenEditor *self,
            gint64                   id,
            int                      delta)
{
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  GListModel *list;
  int i = -1, j;
  guint n;

  if (self->model == NULL)
    return;

  list = tafel_traject_model_get_list (self->model, TAFEL_TYPE_VRAAGBLOK);
  n = g_list_model_get_n_items (list);
  for (guint k = 0; k < n; k++)
    {
      TafelEntity *block = g_list_model_get_item (list, k);

      if (tafel_entity_get_id (block) == id)
        i = (int) k;
      g_ptr_array_add (blocks, block);
    }

  j = i + delta;
  if (i < 0 || j < 0 || j >= (int) n)
    return;

  {
    gpointer tmp = blocks->pdata[i];
    blocks->pdata[i] = blocks->pdata[j];
    blocks->pdata[j] = tmp;
  }

  if (!tafel_store_reorder (tafel_traject_model_get_store (self->model), blocks->pdata, n, &error))
    tafel_ui_toast_error (GTK_WIDGET (self), error);
}

static void
on_up_clicked_cb (GtkWidget               *button,
                  TafelVraagblokkenEditor *self)
{
  move_block (self, row_get_id (block_row_of (button)), -1);
}

static void
on_down_clicked_cb (GtkWidget               *button,
                    TafelVraagblokkenEditor *self)
{
  move_block (self, row_get_id (block_row_of (button)), 1);
}

static void
on_delete_clicked_cb (GtkWidget               *button,
                      TafelVraagblokkenEditor *self)
{
  TafelVraagblok *block = row_get_block (self, block_row_of (button));
  g_autofree char *message = NULL;

  if (block == NULL)
    return;

  message = g_strdup_printf (_("Question block “%s” deleted."), tafel_vraagblok_get_title (block));
  tafel_delete_with_undo (GTK_WIDGET (self), tafel_traject_model_get_store (self->model),
                          block, message, NULL);
}

static gboolean
on_row_key_pressed_cb (GtkEventControllerKey   *controller,
                       guint                    keyval,
                       guint                    keycode,
                       GdkModifierType          state,
                       TafelVraagblokkenEditor *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  if ((state & GDK_MODIFIER_MASK & ~GDK_LOCK_MASK) != GDK_ALT_MASK)
    return GDK_EVENT_PROPAGATE;

  if (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up)
    move_block (self, row_get_id (row), -1);
  else if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    move_block (self, row_get_id (row), 1);
  else
    return GDK_EVENT_PROPAGATE;

  return GDK_EVENT_STOP;
}

static GtkWidget *
new_action_button (const char *icon_name,
                   const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);

  return button;
}

static GtkWidget *
create_row (TafelVraagblokkenEditor *self,
            TafelVraagblok          *block)
{
  TafelStore *store = tafel_traject_model_get_store (self->model);
  gint64 id = tafel_entity_get_id (TAFEL_ENTITY (block));
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *title_row, *questions_row, *box, *label, *frame, *view, *hint;
  GtkWidget *up, *down, *delete;
  GtkEventController *keys;
  gulong notify_id;

  g_object_set_data_full (G_OBJECT (row), "vraagblok-id", g_memdup2 (&id, sizeof id), g_free);

  up = new_action_button ("go-up-symbolic", _("Move up (Alt+Up)"));
  down = new_action_button ("go-down-symbolic", _("Move down (Alt+Down)"));
  delete = new_action_button ("user-trash-symbolic", _("Delete this question block"));
  g_signal_connect (up, "clicked", G_CALLBACK (on_up_clicked_cb), self);
  g_signal_connect (down, "clicked", G_CALLBACK (on_down_clicked_cb), self);
  g_signal_connect (delete, "clicked", G_CALLBACK (on_delete_clicked_cb), self);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), up);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), down);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), delete);
  g_object_set_data (G_OBJECT (row), "up", up);
  g_object_set_data (G_OBJECT (row), "down", down);
  g_object_set_data (G_OBJECT (row), "delete", delete);

  title_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (title_row), _("_Title"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (title_row), TRUE);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (title_row), TRUE);
  tafel_field_binding_bind (title_row, "title");
  tafel_field_binding_set_entity (title_row, store, block);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), title_row);
  g_object_set_data (G_OBJECT (row), "title", title_row);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_widget_set_size_request (view, -1, 100);
  tafel_field_binding_bind (view, "questions");
  tafel_field_binding_set_entity (view, store, block);
  g_object_set_data (G_OBJECT (row), "questions", view);

  label = gtk_label_new_with_mnemonic (_("_Questions"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), view);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);

  frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_widget_add_css_class (frame, "tafel-multiline");

  hint = gtk_label_new (_("Stored when you leave the field or press Ctrl+Enter."));
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_widget_add_css_class (hint, "caption");

  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), frame);
  gtk_box_append (GTK_BOX (box), hint);

  questions_row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (questions_row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (questions_row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (questions_row), box);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), questions_row);

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_row_key_pressed_cb), self);
  gtk_widget_add_controller (row, keys);

  /* Until the row is destroyed, not until it is finalized. */
  notify_id = g_signal_connect (block, "notify", G_CALLBACK (on_block_notify_cb), row);
  g_object_set_data_full (G_OBJECT (row), "block", g_object_ref (block), g_object_unref);
  g_object_set_data (G_OBJECT (row), "notify-id", GSIZE_TO_POINTER (notify_id));
  g_signal_connect (row, "destroy", G_CALLBACK (on_row_destroy_cb), NULL);

  return g_object_ref_sink (row);
}

static void
remove_all_rows (TafelVraagblokkenEditor *self)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->list, 0)) != NULL)
    gtk_list_box_remove (self->list, GTK_WIDGET (row));
}

/* Puts the rows in the order of the model, reusing the rows of blocks that
 * stay so that what is open and what has focus stays as it was. */
static void
sync_rows (TafelVraagblokkenEditor *self)
{
  g_autoptr(GHashTable) old_rows = NULL;
  g_autoptr(GtkWidget) focus = NULL;
  GListModel *blocks = self->model ? tafel_traject_model_get_list (self->model, TAFEL_TYPE_VRAAGBLOK) : NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus_row = NULL;
  guint n = blocks ? g_list_model_get_n_items (blocks) : 0;
  int focus_index = -1;
  gboolean same = TRUE;

  if (root != NULL && gtk_root_get_focus (root) != NULL &&
      gtk_widget_is_ancestor (gtk_root_get_focus (root), GTK_WIDGET (self->list)))
    {
      focus = g_object_ref (gtk_root_get_focus (root));
      focus_row = block_row_of (focus);
      focus_index = focus_row ? gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (focus_row)) : -1;
    }

  for (guint i = 0; i < n && same; i++)
    {
      g_autoptr(TafelEntity) block = g_list_model_get_item (blocks, i);
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, i);

      same = row != NULL && row_get_id (GTK_WIDGET (row)) == tafel_entity_get_id (block);
    }
  same = same && gtk_list_box_get_row_at_index (self->list, n) == NULL;

  if (!same)
    {
      tafel_field_binding_release_focus (GTK_WIDGET (self->list));
      remove_all_rows (self);
      old_rows = g_steal_pointer (&self->rows);
      self->rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(TafelVraagblok) block = g_list_model_get_item (blocks, i);
          gint64 id = tafel_entity_get_id (TAFEL_ENTITY (block));
          gpointer key = NULL, row = NULL;

          if (!g_hash_table_steal_extended (old_rows, &id, &key, &row))
            row = create_row (self, block);
          g_free (key);

          gtk_list_box_append (self->list, row);
          g_hash_table_insert (self->rows, g_memdup2 (&id, sizeof id), row);
        }
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TafelVraagblok) block = g_list_model_get_item (blocks, i);
      GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (self->list, i));

      g_object_set_data (G_OBJECT (row), "number", GUINT_TO_POINTER (i + 1));
      update_row_title (row, block);
      gtk_widget_set_sensitive (g_object_get_data (G_OBJECT (row), "up"), i > 0);
      gtk_widget_set_sensitive (g_object_get_data (G_OBJECT (row), "down"), i + 1 < n);
    }

  if (focus != NULL && (root == NULL || gtk_root_get_focus (root) != focus))
    {
      if (gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list)) && gtk_widget_get_sensitive (focus))
        gtk_widget_grab_focus (focus);
      else if (focus_row != NULL && gtk_widget_get_parent (focus_row) != NULL)
        gtk_widget_grab_focus (focus_row);
      else if (n > 0)
        gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (self->list, MIN ((guint) focus_index, n - 1))));
      else
        gtk_widget_grab_focus (self->add_row);
    }
}

static gboolean
sync_idle_cb (gpointer user_data)
{
  TafelVraagblokkenEditor *self = user_data;

  self->sync_id = 0;
  sync_rows (self);

  return G_SOURCE_REMOVE;
}

/* Rows follow when idle, so that a button is never moved inside its own
 * "clicked" signal. */
static void
on_blocks_changed_cb (TafelTrajectModel       *model,
                      TafelVraagblokkenEditor *self)
{
  if (self->sync_id == 0)
    self->sync_id = g_idle_add (sync_idle_cb, self);
}

static void
on_add_apply_cb (GtkWidget               *add_row,
                 TafelVraagblokkenEditor *self)
{
  g_autoptr(TafelVraagblok) block = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (add_row))));

  if (self->model == NULL || *title == '\0')
    return;

  block = tafel_vraagblok_new (tafel_traject_model_get_traject_id (self->model));
  g_object_set (block, "title", title, NULL);

  /* A refused title stays in the field, to be corrected. */
  if (!tafel_store_insert (tafel_traject_model_get_store (self->model), block, &error))
    {
      tafel_ui_toast_error (add_row, error);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (add_row), "");
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (add_row), FALSE);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (add_row), TRUE);
}

static void
tafel_vraagblokken_editor_dispose (GObject *object)
{
  TafelVraagblokkenEditor *self = TAFEL_VRAAGBLOKKEN_EDITOR (object);

  g_clear_handle_id (&self->sync_id, g_source_remove);
  if (self->model != NULL)
    g_clear_signal_handler (&self->changed_id, self->model);
  g_clear_object (&self->model);

  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_VRAAGBLOKKEN_EDITOR);
  g_clear_pointer (&self->rows, g_hash_table_unref);

  G_OBJECT_CLASS (tafel_vraagblokken_editor_parent_class)->dispose (object);
}

static void
tafel_vraagblokken_editor_class_init (TafelVraagblokkenEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_vraagblokken_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-vraagblokken-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelVraagblokkenEditor, list);
  gtk_widget_class_bind_template_child (widget_class, TafelVraagblokkenEditor, add_row);
}

static void
tafel_vraagblokken_editor_init (TafelVraagblokkenEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  g_signal_connect (self->add_row, "apply", G_CALLBACK (on_add_apply_cb), self);
  g_signal_connect (self->add_row, "entry-activated", G_CALLBACK (on_add_apply_cb), self);
}

GtkWidget *
tafel_vraagblokken_editor_new (void)
{
  return g_object_new (TAFEL_TYPE_VRAAGBLOKKEN_EDITOR, NULL);
}

void
tafel_vraagblokken_editor_set_model (TafelVraagblokkenEditor *self,
                                     TafelTrajectModel       *model)
{
  g_return_if_fail (TAFEL_IS_VRAAGBLOKKEN_EDITOR (self));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_clear_signal_handler (&self->changed_id, self->model);
  g_set_object (&self->model, model);
  if (model != NULL)
    self->changed_id = g_signal_connect (model, "changed::vraagblok", G_CALLBACK (on_blocks_changed_cb), self);

  /* Rows of another traject are never reused. */
  tafel_field_binding_release_focus (GTK_WIDGET (self->list));
  remove_all_rows (self);
  g_hash_table_remove_all (self->rows);
  g_clear_handle_id (&self->sync_id, g_source_remove);
  sync_rows (self);
}

/* The entry row that adds a block: type a title and apply. */
GtkWidget *
tafel_vraagblokken_editor_get_add_row (TafelVraagblokkenEditor *self)
{
  g_return_val_if_fail (TAFEL_IS_VRAAGBLOKKEN_EDITOR (self), NULL);
  return self->add_row;
}

/* The expander row of a block, or NULL. */
GtkWidget *
tafel_vraagblokken_editor_get_row (TafelVraagblokkenEditor *self,
                                   gint64                   vraagblok_id)
{
  g_return_val_if_fail (TAFEL_IS_VRAAGBLOKKEN_EDITOR (self), NULL);
  return g_hash_table_lookup (self->rows, &vraagblok_id);
}

/* The widget that edits "title" (an AdwEntryRow) or "questions" (a
 * GtkTextView) of a block, or NULL. */
GtkWidget *
tafel_vraagblokken_editor_get_field (TafelVraagblokkenEditor *self,
                                     gint64                   vraagblok_id,
                                     const char              *column)
{
  GtkWidget *row = tafel_vraagblokken_editor_get_row (self, vraagblok_id);

  return row ? g_object_get_data (G_OBJECT (row), column) : NULL;
}

/* The "up", "down" or "delete" button of a block, or NULL. */
GtkWidget *
tafel_vraagblokken_editor_get_button (TafelVraagblokkenEditor *self,
                                      gint64                   vraagblok_id,
                                      const char              *which)
{
  GtkWidget *row = tafel_vraagblokken_editor_get_row (self, vraagblok_id);

  return row ? g_object_get_data (G_OBJECT (row), which) : NULL;
}

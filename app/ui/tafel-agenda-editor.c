/* tafel-agenda-editor.c: which question blocks a session discusses, in which order */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-agenda-editor.h"
#include "tafel-field-binding.h"
#include "tafel-ui-util.h"

typedef enum {
  FOCUS_NONE,
  FOCUS_ROW,
  FOCUS_CHECK,
  FOCUS_UP,
  FOCUS_DOWN,
} FocusKind;

struct _TafelAgendaEditor
{
  AdwBin             parent_instance;

  GtkListBox        *list;

  TafelTrajectModel *model;
  TafelSessie       *sessie;
  GArray            *agenda;       /* gint64 ids of the blocks on the agenda, in order */
  gulong             handlers[2];
  guint              rebuild_id;
};

G_DEFINE_FINAL_TYPE (TafelAgendaEditor, tafel_agenda_editor, ADW_TYPE_BIN)

static gint64
row_get_id (GtkWidget *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "vraagblok-id");

  return id ? *id : 0;
}

static int
agenda_index (TafelAgendaEditor *self,
              gint64             id)
{
  for (guint i = 0; i < self->agenda->len; i++)
    if (g_array_index (self->agenda, gint64, i) == id)
      return (int) i;

  return -1;
}

static void reload (TafelAgendaEditor *self);

static void
store_agenda (TafelAgendaEditor *self,
              GArray            *ids)
{
  g_autoptr(GError) error = NULL;

  if (self->sessie == NULL)
    return;

  /* On success links-changed::agenda reloads; on refusal show what is stored. */
  if (!tafel_store_set_agenda (tafel_traject_model_get_store (self->model), self->sessie,
                               (const gint64 *) ids->data, ids->len, &error))
    {
      tafel_ui_toast_error (GTK_WIDGET (self), error);
      reload (self);
    }
}

static void
move_block (TafelAgendaEditor *self,
            gint64             id,
            int                delta)
{
  g_autoptr(GArray) ids = NULL;
  int i = agenda_index (self, id);
  int j = i + delta;
  gint64 tmp;

  if (i < 0 || j < 0 || j >= (int) self->agenda->len)
    return;

  ids = g_array_copy (self->agenda);
  tmp = g_array_index (ids, gint64, i);
  g_array_index (ids, gint64, i) = g_array_index (ids, gint64, j);
  g_array_index (ids, gint64, j) = tmp;
  store_agenda (self, ids);
}

static void
on_check_toggled_cb (GtkCheckButton    *check,
                     TafelAgendaEditor *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (check), GTK_TYPE_LIST_BOX_ROW);
  g_autoptr(GArray) ids = g_array_copy (self->agenda);
  gint64 id = row_get_id (row);
  int i = agenda_index (self, id);

  if (gtk_check_button_get_active (check) && i < 0)
    g_array_append_val (ids, id);
  else if (!gtk_check_button_get_active (check) && i >= 0)
    g_array_remove_index (ids, i);
  else
    return;

  store_agenda (self, ids);
}

static void
on_up_clicked_cb (GtkButton         *button,
                  TafelAgendaEditor *self)
{
  move_block (self, row_get_id (gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW)), -1);
}

static void
on_down_clicked_cb (GtkButton         *button,
                    TafelAgendaEditor *self)
{
  move_block (self, row_get_id (gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW)), 1);
}

static gboolean
on_row_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       TafelAgendaEditor     *self)
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
new_move_button (const char *icon_name,
                 const char *tooltip,
                 const char *label,
                 gboolean    sensitive)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_sensitive (button, sensitive);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);

  return button;
}

static void
add_row (TafelAgendaEditor *self,
         TafelVraagblok    *block,
         guint              number,
         int                position)
{
  g_autofree char *title = g_strdup_printf ("%u. %s", number, tafel_vraagblok_get_title (block));
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  g_autofree char *subtitle = NULL;
  g_autofree char *check_label = g_strdup_printf (_("On the agenda: %s"), title);
  g_autofree char *up_label = g_strdup_printf (_("Move “%s” up the agenda"), title);
  g_autofree char *down_label = g_strdup_printf (_("Move “%s” down the agenda"), title);
  gint64 id = tafel_entity_get_id (TAFEL_ENTITY (block));
  gboolean on = position >= 0;
  GtkEventController *keys;
  GtkWidget *row, *check, *up, *down;

  if (on)
    subtitle = g_strdup_printf (_("Item %d on the agenda"), position + 1);
  else
    subtitle = g_strdup (_("Not on the agenda of this session"));

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  g_object_set_data_full (G_OBJECT (row), "vraagblok-id", g_memdup2 (&id, sizeof id), g_free);

  check = gtk_check_button_new ();
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), on);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, check_label, -1);
  g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled_cb), self);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

  up = new_move_button ("go-up-symbolic", _("Move up (Alt+Up)"), up_label, on && position > 0);
  down = new_move_button ("go-down-symbolic", _("Move down (Alt+Down)"), down_label,
                          on && position + 1 < (int) self->agenda->len);
  g_signal_connect (up, "clicked", G_CALLBACK (on_up_clicked_cb), self);
  g_signal_connect (down, "clicked", G_CALLBACK (on_down_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), up);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), down);

  g_object_set_data (G_OBJECT (row), "check", check);
  g_object_set_data (G_OBJECT (row), "up", up);
  g_object_set_data (G_OBJECT (row), "down", down);

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_row_key_pressed_cb), self);
  gtk_widget_add_controller (row, keys);

  gtk_list_box_append (self->list, row);
}

static FocusKind
find_focus (TafelAgendaEditor *self,
            gint64            *id)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row;

  *id = 0;
  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list)))
    return FOCUS_NONE;

  row = GTK_IS_LIST_BOX_ROW (focus) ? focus : gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW);
  if (row == NULL)
    return FOCUS_NONE;

  *id = row_get_id (row);
  if (focus == g_object_get_data (G_OBJECT (row), "check"))
    return FOCUS_CHECK;
  if (focus == g_object_get_data (G_OBJECT (row), "up"))
    return FOCUS_UP;
  if (focus == g_object_get_data (G_OBJECT (row), "down"))
    return FOCUS_DOWN;

  return FOCUS_ROW;
}

static void
restore_focus (TafelAgendaEditor *self,
               FocusKind          kind,
               gint64             id)
{
  GtkWidget *row = tafel_agenda_editor_get_row (self, id);
  GtkWidget *target = row;

  if (row == NULL || kind == FOCUS_NONE)
    return;

  if (kind == FOCUS_CHECK)
    target = g_object_get_data (G_OBJECT (row), "check");
  else if (kind == FOCUS_UP)
    target = g_object_get_data (G_OBJECT (row), "up");
  else if (kind == FOCUS_DOWN)
    target = g_object_get_data (G_OBJECT (row), "down");

  if (!gtk_widget_get_sensitive (target))
    target = row;

  gtk_widget_grab_focus (target);
}

static void
rebuild (TafelAgendaEditor *self)
{
  GListModel *blocks;
  g_autoptr(GHashTable) numbers = NULL;
  GtkListBoxRow *row;
  FocusKind kind;
  gint64 focus_id;
  guint n;

  kind = find_focus (self, &focus_id);
  tafel_field_binding_release_focus (GTK_WIDGET (self->list));

  while ((row = gtk_list_box_get_row_at_index (self->list, 0)) != NULL)
    gtk_list_box_remove (self->list, GTK_WIDGET (row));

  if (self->model == NULL || self->sessie == NULL)
    return;

  blocks = tafel_traject_model_get_list (self->model, TAFEL_TYPE_VRAAGBLOK);
  n = g_list_model_get_n_items (blocks);
  numbers = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TafelEntity) block = g_list_model_get_item (blocks, i);
      gint64 id = tafel_entity_get_id (block);

      g_hash_table_insert (numbers, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (i + 1));
    }

  for (guint i = 0; i < self->agenda->len; i++)
    {
      gint64 id = g_array_index (self->agenda, gint64, i);
      TafelVraagblok *block = tafel_traject_model_lookup (self->model, TAFEL_TYPE_VRAAGBLOK, id);

      if (block != NULL)
        add_row (self, block, GPOINTER_TO_UINT (g_hash_table_lookup (numbers, &id)), (int) i);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TafelVraagblok) block = g_list_model_get_item (blocks, i);

      if (agenda_index (self, tafel_entity_get_id (TAFEL_ENTITY (block))) < 0)
        add_row (self, block, i + 1, -1);
    }

  restore_focus (self, kind, focus_id);
}

static gboolean
rebuild_idle_cb (gpointer user_data)
{
  TafelAgendaEditor *self = user_data;

  self->rebuild_id = 0;
  rebuild (self);

  return G_SOURCE_REMOVE;
}

/* Reads the agenda now; the rows follow when idle, so that a check or a
 * button is never destroyed inside its own signal. */
static void
reload (TafelAgendaEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  g_array_set_size (self->agenda, 0);

  if (self->model != NULL && self->sessie != NULL)
    {
      ids = tafel_store_get_agenda (tafel_traject_model_get_store (self->model),
                                    tafel_entity_get_id (TAFEL_ENTITY (self->sessie)), &error);
      if (ids == NULL)
        tafel_ui_toast_error (GTK_WIDGET (self), error);
      else
        g_array_append_vals (self->agenda, ids->data, ids->len);
    }

  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_idle_cb, self);
}

static void
on_model_changed_cb (TafelTrajectModel *model,
                     TafelAgendaEditor *self)
{
  reload (self);
}

static void
set_model (TafelAgendaEditor *self,
           TafelTrajectModel *model)
{
  if (self->model == model)
    return;

  if (self->model != NULL)
    for (guint i = 0; i < G_N_ELEMENTS (self->handlers); i++)
      g_clear_signal_handler (&self->handlers[i], self->model);

  g_set_object (&self->model, model);

  if (model != NULL)
    {
      self->handlers[0] = g_signal_connect (model, "links-changed::agenda",
                                            G_CALLBACK (on_model_changed_cb), self);
      self->handlers[1] = g_signal_connect (model, "changed::vraagblok",
                                            G_CALLBACK (on_model_changed_cb), self);
    }
}

static void
tafel_agenda_editor_dispose (GObject *object)
{
  TafelAgendaEditor *self = TAFEL_AGENDA_EDITOR (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  set_model (self, NULL);
  g_clear_object (&self->sessie);

  G_OBJECT_CLASS (tafel_agenda_editor_parent_class)->dispose (object);
}

static void
tafel_agenda_editor_finalize (GObject *object)
{
  TafelAgendaEditor *self = TAFEL_AGENDA_EDITOR (object);

  g_array_unref (self->agenda);

  G_OBJECT_CLASS (tafel_agenda_editor_parent_class)->finalize (object);
}

static void
tafel_agenda_editor_class_init (TafelAgendaEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tafel_agenda_editor_dispose;
  object_class->finalize = tafel_agenda_editor_finalize;
}

static void
tafel_agenda_editor_init (TafelAgendaEditor *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *placeholder;

  self->agenda = g_array_new (FALSE, FALSE, sizeof (gint64));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Agenda"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Tick the question blocks of this session and put them in the order of "
                                           "discussion. Alt+Up and Alt+Down move the focused block."));

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Agenda"), -1);

  placeholder = gtk_label_new (_("This traject has no question blocks yet. Add them under Question blocks."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_list_box_set_placeholder (self->list, placeholder);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->list));
  adw_bin_set_child (ADW_BIN (self), group);
}

GtkWidget *
tafel_agenda_editor_new (void)
{
  return g_object_new (TAFEL_TYPE_AGENDA_EDITOR, NULL);
}

/* Shows the agenda of @sessie (NULL shows nothing). */
void
tafel_agenda_editor_set_sessie (TafelAgendaEditor *self,
                                TafelTrajectModel *model,
                                TafelSessie       *sessie)
{
  g_return_if_fail (TAFEL_IS_AGENDA_EDITOR (self));
  g_return_if_fail (model == NULL || TAFEL_IS_TRAJECT_MODEL (model));
  g_return_if_fail (sessie == NULL || TAFEL_IS_SESSIE (sessie));

  set_model (self, model);
  g_set_object (&self->sessie, sessie);

  reload (self);
  /* A different session shows its own agenda straight away. */
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  rebuild (self);
}

/* The row of a question block, or NULL. */
GtkWidget *
tafel_agenda_editor_get_row (TafelAgendaEditor *self,
                             gint64             vraagblok_id)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (TAFEL_IS_AGENDA_EDITOR (self), NULL);

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    if (row_get_id (GTK_WIDGET (row)) == vraagblok_id)
      return GTK_WIDGET (row);

  return NULL;
}

/* The check that puts a question block on the agenda, or NULL. */
GtkCheckButton *
tafel_agenda_editor_get_check (TafelAgendaEditor *self,
                               gint64             vraagblok_id)
{
  GtkWidget *row = tafel_agenda_editor_get_row (self, vraagblok_id);

  return row ? g_object_get_data (G_OBJECT (row), "check") : NULL;
}

GtkWidget *
tafel_agenda_editor_get_move_button (TafelAgendaEditor *self,
                                     gint64             vraagblok_id,
                                     gboolean           up)
{
  GtkWidget *row = tafel_agenda_editor_get_row (self, vraagblok_id);

  return row ? g_object_get_data (G_OBJECT (row), up ? "up" : "down") : NULL;
}

/* tafel-start-page.c: the list of trajecten, and what a new user sees first
 *
 * The list follows the store's traject signals. What a traject holds is
 * counted again whenever the page is shown (it changes while a traject is
 * open, not while this page is visible), so a demo import of thousands of
 * rows costs one count, not one per row.
 *
 * Deleting a traject asks nothing: the toast's Undo brings it back with
 * everything in it (tafel_store_restore), as long as the application runs.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-new-traject-dialog.h"
#include "tafel-start-page.h"
#include "tafel-traject-dialog.h"
#include "tafel-traject-row.h"
#include "tafel-ui-util.h"

struct _TafelStartPage
{
  AdwBin                 parent_instance;

  GtkStack              *content_stack;
  GtkListBox            *traject_list;
  AdwStatusPage         *empty_page;
  GtkButton             *empty_new_button;

  TafelStore            *store;
  gulong                 store_handlers[3];
  GPtrArray             *undos;        /* UndoDelete, owned by their toasts */
  TafelNewTrajectDialog *new_dialog;   /* weak */
  gint64                 last_opened;  /* gets the focus when the page returns */
};

/* What a toast's Undo needs; it may outlive the page. */
typedef struct {
  TafelStartPage *page;     /* NULL once the page is gone */
  TafelStore     *store;
  TafelTraject   *traject;
  gboolean        done;
} UndoDelete;

G_DEFINE_FINAL_TYPE (TafelStartPage, tafel_start_page, ADW_TYPE_BIN)

static gint64
get_row_id (GtkListBoxRow *row)
{
  return tafel_traject_row_get_id (TAFEL_TRAJECT_ROW (row));
}

static TafelTrajectRow *
find_row (TafelStartPage *self,
          gint64          traject_id,
          guint          *index)
{
  return (TafelTrajectRow *) tafel_ui_list_box_find_row (self->traject_list, get_row_id, traject_id, index);
}

/* The row that holds the keyboard focus, if any. */
static TafelTrajectRow *
get_focused_row (TafelStartPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus ? gtk_widget_get_ancestor (focus, TAFEL_TYPE_TRAJECT_ROW) : NULL;

  if (row == NULL || !gtk_widget_is_ancestor (row, GTK_WIDGET (self->traject_list)))
    return NULL;

  return TAFEL_TRAJECT_ROW (row);
}

static gboolean
focus_row_at (TafelStartPage *self,
              int             index)
{
  GtkListBoxRow *row = NULL;

  for (int i = index; i >= 0 && row == NULL; i--)
    row = gtk_list_box_get_row_at_index (self->traject_list, i);

  if (row != NULL)
    return gtk_widget_grab_focus (GTK_WIDGET (row));

  return gtk_widget_grab_focus (GTK_WIDGET (self->empty_new_button));
}

static void
update_counts (TafelStartPage *self)
{
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->traject_list, i)) != NULL; i++)
    {
      TafelTrajectCounts counts = { 0 };
      gint64 id = tafel_traject_row_get_id (TAFEL_TRAJECT_ROW (row));

      if (error == NULL && tafel_store_count (self->store, id, &counts, &error))
        tafel_traject_row_set_counts (TAFEL_TRAJECT_ROW (row), &counts);
      else
        tafel_traject_row_set_counts (TAFEL_TRAJECT_ROW (row), NULL);
    }

  if (error != NULL)
    tafel_ui_toast_error (GTK_WIDGET (self), error);
}

static void on_row_edit_cb   (TafelTrajectRow *row,
                              TafelStartPage  *self);
static void on_row_delete_cb (TafelTrajectRow *row,
                              TafelStartPage  *self);

/* Rebuilds the list from the store, keeping the focus on the same traject
 * (or, when it is gone, on its neighbour). */
static void
reload (TafelStartPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) trajecten = NULL;
  TafelTrajectRow *focused = get_focused_row (self);
  gint64 focused_id = 0;
  int focused_index = -1;
  GtkListBoxRow *row;

  if (self->store != NULL)
    {
      trajecten = tafel_store_list (self->store, TAFEL_TYPE_TRAJECT, 0, &error);
      /* Could not read: keep showing what was there, and say why. */
      if (trajecten == NULL)
        {
          tafel_ui_toast_error (GTK_WIDGET (self), error);
          return;
        }
    }

  if (focused != NULL)
    {
      focused_id = tafel_traject_row_get_id (focused);
      focused_index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (focused));
    }

  while ((row = gtk_list_box_get_row_at_index (self->traject_list, 0)) != NULL)
    gtk_list_box_remove (self->traject_list, GTK_WIDGET (row));

  if (trajecten == NULL)
    {
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
      return;
    }

  for (guint i = 0; i < trajecten->len; i++)
    {
      TafelTrajectRow *new_row = tafel_traject_row_new (g_ptr_array_index (trajecten, i));

      g_signal_connect (new_row, "edit", G_CALLBACK (on_row_edit_cb), self);
      g_signal_connect (new_row, "delete", G_CALLBACK (on_row_delete_cb), self);
      gtk_list_box_append (self->traject_list, GTK_WIDGET (new_row));
    }

  update_counts (self);
  gtk_stack_set_visible_child_name (self->content_stack, trajecten->len > 0 ? "list" : "empty");

  if (focused_index >= 0)
    {
      guint index = (guint) focused_index;

      /* The same traject where it is now, else whatever took its place. */
      find_row (self, focused_id, &index);
      focus_row_at (self, (int) index);
    }
}

static void
undo_delete_free (gpointer data)
{
  UndoDelete *u = data;

  if (u->page != NULL)
    g_ptr_array_remove_fast (u->page->undos, u);
  g_clear_object (&u->store);
  g_clear_object (&u->traject);
  g_free (u);
}

static void
undo_delete_run (gpointer data)
{
  UndoDelete *u = data;
  g_autoptr(GError) error = NULL;
  TafelTrajectRow *row;

  if (u->done)
    return;
  u->done = TRUE;

  if (!tafel_store_restore (u->store, u->traject, &error))
    {
      if (u->page != NULL)
        tafel_ui_toast_error (GTK_WIDGET (u->page), error);
      else
        g_message ("%s", error->message);
      return;
    }

  /* The store's signal has brought the row back: put the focus on it. */
  if (u->page != NULL &&
      (row = find_row (u->page, tafel_entity_get_id (TAFEL_ENTITY (u->traject)), NULL)) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
open_traject (TafelStartPage *self,
              gint64          traject_id)
{
  TafelTrajectRow *row;

  self->last_opened = traject_id;
  if (gtk_widget_activate_action (GTK_WIDGET (self), "win.open-traject", "x", traject_id))
    return;

  /* Not inside a window that opens trajecten: at least show where it is. */
  row = find_row (self, traject_id, NULL);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
on_row_edit_cb (TafelTrajectRow *row,
                TafelStartPage  *self)
{
  tafel_start_page_edit_traject (self, tafel_traject_row_get_id (row));
}

static void
on_row_delete_cb (TafelTrajectRow *row,
                  TafelStartPage  *self)
{
  tafel_start_page_delete_traject (self, tafel_traject_row_get_id (row));
}

static void
on_row_activated_cb (GtkListBox     *list,
                     GtkListBoxRow  *row,
                     TafelStartPage *self)
{
  open_traject (self, tafel_traject_row_get_id (TAFEL_TRAJECT_ROW (row)));
}

static void
on_traject_signal_cb (TafelStore     *store,
                      TafelEntity    *entity,
                      TafelStartPage *self)
{
  reload (self);
}

static void
on_new_traject_created_cb (TafelNewTrajectDialog *dialog,
                           TafelTraject          *traject,
                           TafelStartPage        *self)
{
  open_traject (self, tafel_entity_get_id (TAFEL_ENTITY (traject)));
}

static void
on_new_traject_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  tafel_start_page_new_traject (TAFEL_START_PAGE (widget));
}

/* Focus where work starts: the traject opened last, else the first one,
 * else the New traject button. */
static gboolean
tafel_start_page_grab_focus (GtkWidget *widget)
{
  TafelStartPage *self = TAFEL_START_PAGE (widget);
  guint index = 0;

  if (self->last_opened == 0 || find_row (self, self->last_opened, &index) == NULL)
    index = 0;

  return focus_row_at (self, (int) index);
}

static void
tafel_start_page_map (GtkWidget *widget)
{
  TafelStartPage *self = TAFEL_START_PAGE (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (tafel_start_page_parent_class)->map (widget);

  /* Sessions, geeltjes … may have changed while a traject was open. */
  if (self->store != NULL)
    update_counts (self);

  /* A window that just opened on this page: start in the list. */
  root = gtk_widget_get_root (widget);
  if (root != NULL && gtk_root_get_focus (root) == NULL)
    tafel_start_page_grab_focus (widget);
}

static void
disconnect_store (TafelStartPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->store_handlers); i++)
    g_clear_signal_handler (&self->store_handlers[i], self->store);
}

static void
tafel_start_page_dispose (GObject *object)
{
  TafelStartPage *self = TAFEL_START_PAGE (object);

  /* Toasts may still offer Undo: they keep the store, not the page. */
  for (guint i = 0; self->undos != NULL && i < self->undos->len; i++)
    ((UndoDelete *) g_ptr_array_index (self->undos, i))->page = NULL;
  g_clear_pointer (&self->undos, g_ptr_array_unref);

  if (self->new_dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->new_dialog), (gpointer *) &self->new_dialog);
  self->new_dialog = NULL;

  if (self->store != NULL)
    disconnect_store (self);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_START_PAGE);

  G_OBJECT_CLASS (tafel_start_page_parent_class)->dispose (object);
}

static void
tafel_start_page_class_init (TafelStartPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_start_page_dispose;
  widget_class->map = tafel_start_page_map;
  widget_class->grab_focus = tafel_start_page_grab_focus;

  g_type_ensure (TAFEL_TYPE_TRAJECT_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-start-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelStartPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, TafelStartPage, traject_list);
  gtk_widget_class_bind_template_child (widget_class, TafelStartPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, TafelStartPage, empty_new_button);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "start.new-traject", NULL, on_new_traject_action_cb);
}

static void
tafel_start_page_init (TafelStartPage *self)
{
  self->undos = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "start.new-traject", FALSE);
}

/* Shows the trajecten of @store and follows its changes. */
void
tafel_start_page_set_store (TafelStartPage *self,
                            TafelStore     *store)
{
  g_return_if_fail (TAFEL_IS_START_PAGE (self));
  g_return_if_fail (store == NULL || TAFEL_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    disconnect_store (self);
  g_set_object (&self->store, store);

  if (store != NULL)
    {
      self->store_handlers[0] = g_signal_connect (store, "entity-added::traject",
                                                  G_CALLBACK (on_traject_signal_cb), self);
      self->store_handlers[1] = g_signal_connect (store, "entity-changed::traject",
                                                  G_CALLBACK (on_traject_signal_cb), self);
      self->store_handlers[2] = g_signal_connect (store, "entity-removed::traject",
                                                  G_CALLBACK (on_traject_signal_cb), self);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "start.new-traject", store != NULL);
  reload (self);
}

/* Opens the New traject dialog (or brings the open one forward). When it
 * creates a traject, win.open-traject opens it. */
void
tafel_start_page_new_traject (TafelStartPage *self)
{
  GtkRoot *root;

  g_return_if_fail (TAFEL_IS_START_PAGE (self));

  if (self->store == NULL)
    return;

  if (self->new_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->new_dialog));
      return;
    }

  self->new_dialog = tafel_new_traject_dialog_new (self->store);
  g_object_add_weak_pointer (G_OBJECT (self->new_dialog), (gpointer *) &self->new_dialog);
  g_signal_connect_object (self->new_dialog, "created", G_CALLBACK (on_new_traject_created_cb), self, 0);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self->new_dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (self->new_dialog));
}

/* Opens the properties dialog of a traject in the list (F2, Edit). */
void
tafel_start_page_edit_traject (TafelStartPage *self,
                               gint64          traject_id)
{
  TafelTrajectRow *row;
  TafelTrajectDialog *dialog;
  GtkRoot *root;

  g_return_if_fail (TAFEL_IS_START_PAGE (self));

  row = find_row (self, traject_id, NULL);
  if (row == NULL || self->store == NULL)
    return;

  dialog = tafel_traject_dialog_new (self->store, tafel_traject_row_get_traject (row));
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Deletes a traject in the list (Delete key or button) with an Undo toast.
 * Returns FALSE when it is not in the list or the store refused; the
 * store's message is then shown. */
gboolean
tafel_start_page_delete_traject (TafelStartPage *self,
                                 gint64          traject_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelTraject) traject = NULL;
  g_autofree char *message = NULL;
  TafelTrajectRow *row;
  UndoDelete *u;

  g_return_val_if_fail (TAFEL_IS_START_PAGE (self), FALSE);

  row = find_row (self, traject_id, NULL);
  if (row == NULL || self->store == NULL)
    return FALSE;

  traject = g_object_ref (tafel_traject_row_get_traject (row));
  if (!tafel_store_delete (self->store, traject, &error))
    {
      tafel_ui_toast_error (GTK_WIDGET (self), error);
      return FALSE;
    }

  u = g_new0 (UndoDelete, 1);
  u->page = self;
  u->store = g_object_ref (self->store);
  u->traject = g_steal_pointer (&traject);
  g_ptr_array_add (self->undos, u);

  message = g_strdup_printf (_("Traject “%s” deleted"), tafel_traject_get_name (u->traject));
  tafel_ui_toast_undo (GTK_WIDGET (self), message, undo_delete_run, u, undo_delete_free);

  return TRUE;
}

/* Does what the Undo button of the toast after deleting @traject_id does
 * (tests use this, as toasts are hard to reach). Returns FALSE when there
 * is no such toast any more, or it was used already. */
gboolean
tafel_start_page_undo_delete (TafelStartPage *self,
                              gint64          traject_id)
{
  g_return_val_if_fail (TAFEL_IS_START_PAGE (self), FALSE);

  for (guint i = 0; i < self->undos->len; i++)
    {
      UndoDelete *u = g_ptr_array_index (self->undos, i);

      if (!u->done && tafel_entity_get_id (TAFEL_ENTITY (u->traject)) == traject_id)
        {
          undo_delete_run (u);
          return TRUE;
        }
    }

  return FALSE;
}

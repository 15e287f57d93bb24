/* tafel-voorstel-cell.c: an entry of the proposals grids that stores itself */
#include "config.h"

#include "tafel-ui-util.h"
#include "tafel-voorstel-cell.h"

#define CELL_KEY "tafel-voorstel-cell"

typedef struct {
  GtkEntry               *entry;     /* not owned: the cell is its data */
  TafelVoorstelCellShow   show;
  TafelVoorstelCellStore  store;
  gpointer                user_data;
  char                   *shown;     /* the stored value as last shown */
  char                   *tooltip;   /* the entry's own tooltip */
  gboolean                updating;
  gboolean                applying;
} Cell;

static Cell *
get_cell (GtkEntry *entry)
{
  Cell *cell = g_object_get_data (G_OBJECT (entry), CELL_KEY);

  if (cell == NULL)
    g_critical ("%s is not a proposals cell", G_OBJECT_TYPE_NAME (entry));

  return cell;
}

static gboolean
is_dirty (Cell *cell)
{
  return g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (cell->entry)), cell->shown) != 0;
}

/* Whether the user is typing here: the focus is in the entry and what it
 * shows is not what is stored. */
static gboolean
is_editing (Cell *cell)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (cell->entry));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || (focus != GTK_WIDGET (cell->entry) &&
                        !gtk_widget_is_ancestor (focus, GTK_WIDGET (cell->entry))))
    return FALSE;

  return is_dirty (cell);
}

static void
clear_error (Cell *cell)
{
  if (gtk_widget_has_css_class (GTK_WIDGET (cell->entry), "error"))
    {
      gtk_widget_remove_css_class (GTK_WIDGET (cell->entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (cell->entry), cell->tooltip);
    }
}

static void
show_stored (Cell *cell)
{
  g_free (cell->shown);
  cell->shown = cell->show (cell->entry, cell->user_data);
  if (cell->shown == NULL)
    cell->shown = g_strdup ("");

  cell->updating = TRUE;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (cell->entry)), cell->shown) != 0)
    gtk_editable_set_text (GTK_EDITABLE (cell->entry), cell->shown);
  cell->updating = FALSE;
}

static gboolean
apply (Cell *cell)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkEntry) entry = NULL;
  g_autofree char *text = NULL;
  gboolean ok;

  if (cell->applying || !is_dirty (cell))
    return TRUE;

  /* Storing emits signals that may change what the grid shows. */
  entry = g_object_ref (cell->entry);
  text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));

  cell->applying = TRUE;
  ok = cell->store (entry, text, cell->user_data, &error);
  cell->applying = FALSE;

  if (ok)
    clear_error (cell);
  else if (error != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (entry), error->message);
      tafel_ui_toast_error (GTK_WIDGET (entry), error);
    }

  show_stored (cell);
  return ok;
}

static void
on_changed_cb (GtkEditable *editable,
               Cell        *cell)
{
  if (!cell->updating)
    clear_error (cell);
}

/* Enter stores and moves on, as Tab would; a refusal keeps the focus. */
static void
on_activate_cb (GtkEntry *entry,
                Cell     *cell)
{
  GtkRoot *root;

  if (!apply (cell))
    return;

  root = gtk_widget_get_root (GTK_WIDGET (entry));
  if (root != NULL)
    gtk_widget_child_focus (GTK_WIDGET (root), GTK_DIR_TAB_FORWARD);
}

static void
on_focus_leave_cb (GtkEventControllerFocus *controller,
                   Cell                    *cell)
{
  apply (cell);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   Cell                  *cell)
{
  if (keyval == GDK_KEY_Escape && is_dirty (cell))
    {
      clear_error (cell);
      show_stored (cell);
      return GDK_EVENT_STOP;
    }

  return GDK_EVENT_PROPAGATE;
}

/* A hidden entry (another tab, a level switched off) keeps what was typed. */
static void
on_unmap_cb (GtkWidget *widget,
             Cell      *cell)
{
  apply (cell);
}

static void
cell_free (gpointer data)
{
  Cell *cell = data;

  g_free (cell->shown);
  g_free (cell->tooltip);
  g_free (cell);
}

void
tafel_voorstel_cell_bind (GtkEntry               *entry,
                          TafelVoorstelCellShow   show,
                          TafelVoorstelCellStore  store,
                          gpointer                user_data)
{
  GtkEventController *controller;
  Cell *cell;

  g_return_if_fail (GTK_IS_ENTRY (entry));
  g_return_if_fail (show != NULL && store != NULL);
  g_return_if_fail (g_object_get_data (G_OBJECT (entry), CELL_KEY) == NULL);

  cell = g_new0 (Cell, 1);
  cell->entry = entry;
  cell->show = show;
  cell->store = store;
  cell->user_data = user_data;
  cell->shown = g_strdup ("");
  cell->tooltip = g_strdup (gtk_widget_get_tooltip_text (GTK_WIDGET (entry)));
  g_object_set_data_full (G_OBJECT (entry), CELL_KEY, cell, cell_free);

  g_signal_connect (entry, "changed", G_CALLBACK (on_changed_cb), cell);
  g_signal_connect (entry, "activate", G_CALLBACK (on_activate_cb), cell);
  g_signal_connect (entry, "unmap", G_CALLBACK (on_unmap_cb), cell);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "leave", G_CALLBACK (on_focus_leave_cb), cell);
  gtk_widget_add_controller (GTK_WIDGET (entry), controller);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed_cb), cell);
  gtk_widget_add_controller (GTK_WIDGET (entry), controller);
}

/* Shows the stored value, unless the user is typing in the entry now. */
void
tafel_voorstel_cell_refresh (GtkEntry *entry)
{
  Cell *cell = get_cell (entry);

  if (cell == NULL || cell->applying)
    return;

  if (is_editing (cell))
    {
      /* Keep what is typed; compare later edits with the new value. */
      g_free (cell->shown);
      cell->shown = cell->show (entry, cell->user_data);
      if (cell->shown == NULL)
        cell->shown = g_strdup ("");
      return;
    }

  show_stored (cell);
}

/* Throws away what was typed and shows the stored value. */
void
tafel_voorstel_cell_reset (GtkEntry *entry)
{
  Cell *cell = get_cell (entry);

  if (cell == NULL)
    return;

  clear_error (cell);
  show_stored (cell);
}

/* Stores what is typed now. FALSE when it was refused. */
gboolean
tafel_voorstel_cell_apply (GtkEntry *entry)
{
  Cell *cell = get_cell (entry);

  return cell ? apply (cell) : FALSE;
}

gboolean
tafel_voorstel_cell_is_dirty (GtkEntry *entry)
{
  Cell *cell = get_cell (entry);

  return cell ? is_dirty (cell) : FALSE;
}

gboolean
tafel_voorstel_cell_has_error (GtkEntry *entry)
{
  return gtk_widget_has_css_class (GTK_WIDGET (entry), "error");
}

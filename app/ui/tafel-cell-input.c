/* tafel-cell-input.c: keys and clicks for the cells of a list view, handled once by the view */
#include "config.h"

#include "tafel-cell-input.h"
#include "tafel-choice-cell.h"
#include "tafel-edit-cell.h"

/* The cell of this view that holds @widget, if any. */
static GtkWidget *
find_cell (GtkWidget *view,
           GtkWidget *widget)
{
  for (GtkWidget *w = widget; w != NULL && w != view; w = gtk_widget_get_parent (w))
    if (TAFEL_IS_CHOICE_CELL (w) || TAFEL_IS_EDIT_CELL (w))
      return w;

  return NULL;
}

/* Opens a choice cell or starts editing an edit cell; FALSE when @cell
 * does neither now. */
static gboolean
activate_cell (GtkWidget *cell)
{
  if (TAFEL_IS_CHOICE_CELL (cell))
    return gtk_widget_get_focusable (cell) && tafel_choice_cell_popup (TAFEL_CHOICE_CELL (cell)) != NULL;

  if (TAFEL_IS_EDIT_CELL (cell) && !tafel_edit_cell_get_editing (TAFEL_EDIT_CELL (cell)))
    {
      tafel_edit_cell_start_editing (TAFEL_EDIT_CELL (cell));
      return TRUE;
    }

  return FALSE;
}

/* One gesture for all cells: a click opens a choice cell, a double click
 * edits an edit cell. */
static void
on_view_pressed_cb (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    GtkWidget       *view)
{
  GtkWidget *cell = find_cell (view, gtk_widget_pick (view, x, y, GTK_PICK_DEFAULT));

  if (cell == NULL)
    return;

  if ((TAFEL_IS_CHOICE_CELL (cell) && n_press == 1) || (TAFEL_IS_EDIT_CELL (cell) && n_press == 2))
    {
      if (activate_cell (cell))
        gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
    }
}

/* One key handler for all cells, before the rows see the key. */
static gboolean
on_view_key_pressed_cb (GtkEventControllerKey *controller,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        GtkWidget             *view)
{
  GtkRoot *root = gtk_widget_get_root (view);
  GtkWidget *cell;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0 || root == NULL)
    return GDK_EVENT_PROPAGATE;

  cell = find_cell (view, gtk_root_get_focus (root));
  if (cell == NULL)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_F2:
      return activate_cell (cell);
    case GDK_KEY_space:
    case GDK_KEY_F4:
      return TAFEL_IS_CHOICE_CELL (cell) && activate_cell (cell);
    default:
      return GDK_EVENT_PROPAGATE;
    }
}

void
tafel_cell_input_attach (GtkWidget *view)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  g_return_if_fail (GTK_IS_WIDGET (view));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (on_view_pressed_cb), view);
  gtk_widget_add_controller (view, GTK_EVENT_CONTROLLER (click));

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_view_key_pressed_cb), view);
  gtk_widget_add_controller (view, keys);
}


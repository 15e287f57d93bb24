/* tafel-edit-cell.c: a one-line text in a list cell that can be edited in place */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-cell-text.h"
#include "tafel-edit-cell.h"

struct _TafelEditCell
{
  GtkWidget      parent_instance;

  TafelCellText  text;      /* drawn while not editing */
  GtkWidget     *entry;     /* made on first edit */
  gboolean       editing;
  guint          leave_id;  /* ends editing after focus left */
};

enum {
  PROP_0,
  PROP_EDITING,
  N_PROPS
};

enum {
  COMMIT,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TafelEditCell, tafel_edit_cell, GTK_TYPE_WIDGET)

static void
finish_editing (TafelEditCell *self,
                gboolean       commit,
                gboolean       keep_focus)
{
  g_autofree char *typed = NULL;

  if (!self->editing)
    return;

  g_clear_handle_id (&self->leave_id, g_source_remove);
  typed = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry)));

  self->editing = FALSE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cell.edit", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cell.cancel", FALSE);
  if (keep_focus)
    gtk_widget_grab_focus (GTK_WIDGET (self));
  gtk_widget_set_visible (self->entry, FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self), "editing");
  gtk_widget_queue_resize (GTK_WIDGET (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITING]);

  if (commit)
    g_signal_emit (self, signals[COMMIT], 0, typed);
}

static void
on_entry_activate_cb (GtkText       *entry,
                      TafelEditCell *self)
{
  finish_editing (self, TRUE, TRUE);
}

static gboolean
leave_cb (gpointer data)
{
  TafelEditCell *self = data;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  self->leave_id = 0;

  /* The entry's own menu takes focus for a moment: that is no leaving. */
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return G_SOURCE_REMOVE;

  finish_editing (self, TRUE, FALSE);
  return G_SOURCE_REMOVE;
}

static void
on_focus_leave_cb (GtkEventControllerFocus *controller,
                   TafelEditCell           *self)
{
  if (self->editing && self->leave_id == 0)
    self->leave_id = g_idle_add (leave_cb, self);
}

/* Asked only when the pointer rests on the cell: setting a tooltip text on
 * every change would ask the display where the pointer is, each time. */
static gboolean
on_query_tooltip_cb (GtkWidget     *widget,
                     int            x,
                     int            y,
                     gboolean       keyboard,
                     GtkTooltip    *tooltip,
                     TafelEditCell *self)
{
  if (self->editing || *self->text.text == '\0')
    return FALSE;

  gtk_tooltip_set_text (tooltip, self->text.text);
  return TRUE;
}

static void
on_start_action_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  tafel_edit_cell_start_editing (TAFEL_EDIT_CELL (widget));
}

static void
on_cancel_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  tafel_edit_cell_stop_editing (TAFEL_EDIT_CELL (widget), FALSE);
}

static void
tafel_edit_cell_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  TafelEditCell *self = TAFEL_EDIT_CELL (widget);

  tafel_cell_text_measure (&self->text, widget, orientation, minimum, natural);
  if (self->editing)
    {
      int entry_min, entry_nat;

      gtk_widget_measure (self->entry, orientation, for_size, &entry_min, &entry_nat, NULL, NULL);
      if (orientation == GTK_ORIENTATION_VERTICAL)
        {
          *minimum = MAX (*minimum, entry_min);
          *natural = MAX (*natural, entry_nat);
        }
      else
        {
          *minimum = MAX (*minimum, entry_min);
        }
    }
}

static void
tafel_edit_cell_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  TafelEditCell *self = TAFEL_EDIT_CELL (widget);

  if (self->entry != NULL && gtk_widget_should_layout (self->entry))
    gtk_widget_allocate (self->entry, width, height, baseline, NULL);
}

static void
tafel_edit_cell_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  TafelEditCell *self = TAFEL_EDIT_CELL (widget);

  if (self->editing)
    gtk_widget_snapshot_child (widget, self->entry, snapshot);
  else
    tafel_cell_text_snapshot (&self->text, widget, snapshot);
}

static gboolean
tafel_edit_cell_grab_focus (GtkWidget *widget)
{
  TafelEditCell *self = TAFEL_EDIT_CELL (widget);

  if (self->editing)
    return gtk_widget_grab_focus (self->entry);

  return GTK_WIDGET_CLASS (tafel_edit_cell_parent_class)->grab_focus (widget);
}

static void
tafel_edit_cell_dispose (GObject *object)
{
  TafelEditCell *self = TAFEL_EDIT_CELL (object);

  g_clear_handle_id (&self->leave_id, g_source_remove);
  g_clear_pointer (&self->entry, gtk_widget_unparent);

  G_OBJECT_CLASS (tafel_edit_cell_parent_class)->dispose (object);
}

static void
tafel_edit_cell_finalize (GObject *object)
{
  TafelEditCell *self = TAFEL_EDIT_CELL (object);

  tafel_cell_text_clear (&self->text);

  G_OBJECT_CLASS (tafel_edit_cell_parent_class)->finalize (object);
}

static void
tafel_edit_cell_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TafelEditCell *self = TAFEL_EDIT_CELL (object);

  switch (prop_id)
    {
    case PROP_EDITING:
      g_value_set_boolean (value, self->editing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_edit_cell_class_init (TafelEditCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_edit_cell_dispose;
  object_class->finalize = tafel_edit_cell_finalize;
  object_class->get_property = tafel_edit_cell_get_property;
  widget_class->grab_focus = tafel_edit_cell_grab_focus;
  widget_class->measure = tafel_edit_cell_measure;
  widget_class->size_allocate = tafel_edit_cell_size_allocate;
  widget_class->snapshot = tafel_edit_cell_snapshot;

  properties[PROP_EDITING] =
    g_param_spec_boolean ("editing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[COMMIT] =
    g_signal_new ("commit", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /* No key bindings per cell: the list view starts editing on Enter, F2
   * or a double click; the entry, made when needed, handles Escape. */
  gtk_widget_class_install_action (widget_class, "cell.edit", NULL, on_start_action_cb);
  gtk_widget_class_install_action (widget_class, "cell.cancel", NULL, on_cancel_action_cb);

  gtk_widget_class_set_css_name (widget_class, "tafel-edit-cell");
}

static void
tafel_edit_cell_init (TafelEditCell *self)
{
  tafel_cell_text_init (&self->text, 0);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cell.cancel", FALSE);
}

GtkWidget *
tafel_edit_cell_new (void)
{
  return g_object_new (TAFEL_TYPE_EDIT_CELL, NULL);
}

const char *
tafel_edit_cell_get_text (TafelEditCell *self)
{
  g_return_val_if_fail (TAFEL_IS_EDIT_CELL (self), NULL);
  return self->text.text;
}

/* Only the start fits a row; the tooltip shows everything. */
void
tafel_edit_cell_set_text (TafelEditCell *self,
                          const char    *text)
{
  g_return_if_fail (TAFEL_IS_EDIT_CELL (self));

  tafel_cell_text_set (&self->text, GTK_WIDGET (self), text);
}

gboolean
tafel_edit_cell_get_editing (TafelEditCell *self)
{
  g_return_val_if_fail (TAFEL_IS_EDIT_CELL (self), FALSE);
  return self->editing;
}

void
tafel_edit_cell_start_editing (TafelEditCell *self)
{
  g_return_if_fail (TAFEL_IS_EDIT_CELL (self));

  if (self->editing)
    return;

  if (self->entry == NULL)
    {
      GtkEventController *focus = gtk_event_controller_focus_new ();
      GtkEventController *keys = gtk_shortcut_controller_new ();
      GtkShortcut *cancel = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                              gtk_named_action_new ("cell.cancel"));

      g_signal_connect (focus, "leave", G_CALLBACK (on_focus_leave_cb), self);
      gtk_widget_add_controller (GTK_WIDGET (self), focus);

      self->entry = gtk_text_new ();
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys), cancel);
      gtk_widget_add_controller (self->entry, keys);
      gtk_widget_set_parent (self->entry, GTK_WIDGET (self));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Edit the text; Enter stores it, Escape cancels"), -1);
      g_signal_connect (self->entry, "activate", G_CALLBACK (on_entry_activate_cb), self);
    }

  self->editing = TRUE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cell.edit", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cell.cancel", TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), self->text.text);
  gtk_widget_set_visible (self->entry, TRUE);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "editing");
  gtk_widget_grab_focus (self->entry);
  gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITING]);
}

/* @commit: emit "commit" with what was typed; otherwise forget it. */
void
tafel_edit_cell_stop_editing (TafelEditCell *self,
                              gboolean       commit)
{
  g_return_if_fail (TAFEL_IS_EDIT_CELL (self));

  finish_editing (self, commit, TRUE);
}

GtkEditable *
tafel_edit_cell_get_entry (TafelEditCell *self)
{
  g_return_val_if_fail (TAFEL_IS_EDIT_CELL (self), NULL);

  return self->editing ? GTK_EDITABLE (self->entry) : NULL;
}

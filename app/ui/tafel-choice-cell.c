/* tafel-choice-cell.c: a list cell that shows a value and opens a chooser */
#include "config.h"

#include "tafel-cell-text.h"
#include "tafel-choice-cell.h"

struct _TafelChoiceCell
{
  GtkWidget                 parent_instance;

  TafelCellText             text;
  GtkWidget                *popover;
  TafelChoiceCellPopupFunc  func;
  gpointer                  user_data;
  guint                     drop_id;
};

G_DEFINE_FINAL_TYPE (TafelChoiceCell, tafel_choice_cell, GTK_TYPE_WIDGET)

static void
drop_popover (TafelChoiceCell *self)
{
  g_clear_handle_id (&self->drop_id, g_source_remove);
  if (self->popover != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->popover, self);
      g_clear_pointer (&self->popover, gtk_widget_unparent);
    }
}

static gboolean
drop_popover_cb (gpointer data)
{
  TafelChoiceCell *self = data;

  self->drop_id = 0;
  drop_popover (self);
  return G_SOURCE_REMOVE;
}

/* "closed" comes while the popover still works: drop it a moment later. */
static void
on_popover_closed_cb (GtkPopover      *popover,
                      TafelChoiceCell *self)
{
  if (self->drop_id == 0)
    self->drop_id = g_idle_add (drop_popover_cb, self);
}

static void
on_popup_action_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  tafel_choice_cell_popup (TAFEL_CHOICE_CELL (widget));
}

static void
tafel_choice_cell_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  TafelChoiceCell *self = TAFEL_CHOICE_CELL (widget);

  if (self->popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->popover));
}

static void
tafel_choice_cell_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  TafelChoiceCell *self = TAFEL_CHOICE_CELL (widget);

  tafel_cell_text_measure (&self->text, widget, orientation, minimum, natural);
}

static void
tafel_choice_cell_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  TafelChoiceCell *self = TAFEL_CHOICE_CELL (widget);

  tafel_cell_text_snapshot (&self->text, widget, snapshot);
}

static void
tafel_choice_cell_dispose (GObject *object)
{
  TafelChoiceCell *self = TAFEL_CHOICE_CELL (object);

  drop_popover (self);

  G_OBJECT_CLASS (tafel_choice_cell_parent_class)->dispose (object);
}

static void
tafel_choice_cell_finalize (GObject *object)
{
  TafelChoiceCell *self = TAFEL_CHOICE_CELL (object);

  tafel_cell_text_clear (&self->text);

  G_OBJECT_CLASS (tafel_choice_cell_parent_class)->finalize (object);
}

static void
tafel_choice_cell_class_init (TafelChoiceCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_choice_cell_dispose;
  object_class->finalize = tafel_choice_cell_finalize;
  widget_class->measure = tafel_choice_cell_measure;
  widget_class->snapshot = tafel_choice_cell_snapshot;
  widget_class->size_allocate = tafel_choice_cell_size_allocate;

  /* No key bindings or gestures per cell: a list has hundreds of cells,
   * so the view handles keys and clicks for all (see
   * tafel-geeltje-columns.c) and calls tafel_choice_cell_popup(). */
  gtk_widget_class_install_action (widget_class, "cell.popup", NULL, on_popup_action_cb);

  gtk_widget_class_set_css_name (widget_class, "tafel-choice-cell");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
tafel_choice_cell_init (TafelChoiceCell *self)
{
  tafel_cell_text_init (&self->text, 0);
}

GtkWidget *
tafel_choice_cell_new (TafelChoiceCellPopupFunc func,
                       gpointer                 user_data)
{
  TafelChoiceCell *self = g_object_new (TAFEL_TYPE_CHOICE_CELL, NULL);

  self->func = func;
  self->user_data = user_data;

  if (func != NULL)
    gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  else
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "cell.popup", FALSE);

  return GTK_WIDGET (self);
}

void
tafel_choice_cell_set_xalign (TafelChoiceCell *self,
                              float            xalign)
{
  g_return_if_fail (TAFEL_IS_CHOICE_CELL (self));

  self->text.xalign = xalign;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
tafel_choice_cell_set_text (TafelChoiceCell *self,
                            const char      *text)
{
  g_return_if_fail (TAFEL_IS_CHOICE_CELL (self));

  tafel_cell_text_set (&self->text, GTK_WIDGET (self), text);
}

const char *
tafel_choice_cell_get_text (TafelChoiceCell *self)
{
  g_return_val_if_fail (TAFEL_IS_CHOICE_CELL (self), NULL);
  return self->text.text;
}

GtkPopover *
tafel_choice_cell_popup (TafelChoiceCell *self)
{
  GtkPopover *popover;

  g_return_val_if_fail (TAFEL_IS_CHOICE_CELL (self), NULL);

  drop_popover (self);
  if (self->func == NULL || (popover = self->func (self, self->user_data)) == NULL)
    return NULL;

  self->popover = GTK_WIDGET (popover);
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self));
  gtk_popover_set_position (popover, GTK_POS_BOTTOM);
  g_signal_connect (popover, "closed", G_CALLBACK (on_popover_closed_cb), self);
  gtk_popover_popup (popover);

  return popover;
}

GtkPopover *
tafel_choice_cell_get_popover (TafelChoiceCell *self)
{
  g_return_val_if_fail (TAFEL_IS_CHOICE_CELL (self), NULL);
  return self->popover ? GTK_POPOVER (self->popover) : NULL;
}

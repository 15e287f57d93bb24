/* tafel-choice-popover.c: a small popover to choose one of a list, by keyboard */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "tafel-choice-popover.h"
#include "tafel-geeltje-filter.h"

/* With more rows than this the popover offers a search entry. */
#define SEARCH_FROM 8

struct _TafelChoicePopover
{
  GtkPopover      parent_instance;

  GtkStack       *stack;
  GtkSearchEntry *search_entry;
  GtkListBox     *list_box;
  GtkLabel       *question_label;
  GtkEntry       *reason_entry;
  GtkLabel       *reason_hint;

  GPtrArray      *rows;          /* GtkListBoxRow, borrowed */
  int             current;
  int             asking;        /* index whose reason is asked, or -1 */
  char           *search;        /* folded */
};

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TafelChoicePopover, tafel_choice_popover, GTK_TYPE_POPOVER)

static GtkListBoxRow *
first_shown_row (TafelChoicePopover *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      if (gtk_widget_get_child_visible (row))
        return GTK_LIST_BOX_ROW (row);
    }

  return NULL;
}

static void
emit_chosen (TafelChoicePopover *self,
             guint               index,
             const char         *reason)
{
  g_object_ref (self);
  g_signal_emit (self, signals[CHOSEN], 0, index, reason);
  gtk_popover_popdown (GTK_POPOVER (self));
  g_object_unref (self);
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  TafelChoicePopover *self = user_data;
  const char *folded = g_object_get_data (G_OBJECT (row), "folded");

  return self->search == NULL || *self->search == '\0' || strstr (folded, self->search) != NULL;
}

static void
on_search_changed_cb (GtkSearchEntry     *entry,
                      TafelChoicePopover *self)
{
  g_free (self->search);
  self->search = tafel_geeltje_filter_fold (gtk_editable_get_text (GTK_EDITABLE (entry)));
  gtk_list_box_invalidate_filter (self->list_box);
}

static void
on_search_activate_cb (GtkSearchEntry     *entry,
                       TafelChoicePopover *self)
{
  GtkListBoxRow *row = first_shown_row (self);

  if (row != NULL)
    tafel_choice_popover_choose (self, gtk_list_box_row_get_index (row));
}

static gboolean
on_search_key_pressed_cb (GtkEventControllerKey *controller,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          TafelChoicePopover    *self)
{
  GtkListBoxRow *row;

  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return GDK_EVENT_PROPAGATE;

  row = first_shown_row (self);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
  return GDK_EVENT_STOP;
}

static void
on_row_activated_cb (GtkListBox         *box,
                     GtkListBoxRow      *row,
                     TafelChoicePopover *self)
{
  tafel_choice_popover_choose (self, gtk_list_box_row_get_index (row));
}

static void
on_reason_activate_cb (GtkEntry           *entry,
                       TafelChoicePopover *self)
{
  tafel_choice_popover_confirm_reason (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_set_clicked_cb (GtkButton          *button,
                   TafelChoicePopover *self)
{
  tafel_choice_popover_confirm_reason (self, gtk_editable_get_text (GTK_EDITABLE (self->reason_entry)));
}

static void
on_back_clicked_cb (GtkButton          *button,
                    TafelChoicePopover *self)
{
  self->asking = -1;
  gtk_stack_set_visible_child_name (self->stack, "choices");
  if (self->current >= 0 && (guint) self->current < self->rows->len)
    gtk_widget_grab_focus (g_ptr_array_index (self->rows, self->current));
}

static void
tafel_choice_popover_map (GtkWidget *widget)
{
  TafelChoicePopover *self = TAFEL_CHOICE_POPOVER (widget);

  GTK_WIDGET_CLASS (tafel_choice_popover_parent_class)->map (widget);

  /* Typing starts in the search entry, or on the current row. */
  if (gtk_widget_get_visible (GTK_WIDGET (self->search_entry)))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  else if (self->rows->len > 0)
    gtk_widget_grab_focus (g_ptr_array_index (self->rows, MAX (self->current, 0)));
}

static void
tafel_choice_popover_finalize (GObject *object)
{
  TafelChoicePopover *self = TAFEL_CHOICE_POPOVER (object);

  g_ptr_array_unref (self->rows);
  g_free (self->search);

  G_OBJECT_CLASS (tafel_choice_popover_parent_class)->finalize (object);
}

static void
tafel_choice_popover_class_init (TafelChoicePopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = tafel_choice_popover_finalize;
  widget_class->map = tafel_choice_popover_map;

  signals[CHOSEN] =
    g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_STRING);
}

static GtkWidget *
build_reason_page (TafelChoicePopover *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *back = gtk_button_new_with_mnemonic (_("_Back"));
  GtkWidget *set = gtk_button_new_with_mnemonic (_("_Set"));

  self->question_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->question_label, TRUE);
  gtk_label_set_max_width_chars (self->question_label, 36);
  gtk_label_set_xalign (self->question_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->question_label), "heading");

  self->reason_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->reason_entry),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->question_label, NULL,
                                  -1);
  g_signal_connect (self->reason_entry, "activate", G_CALLBACK (on_reason_activate_cb), self);

  self->reason_hint = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->reason_hint, TRUE);
  gtk_label_set_xalign (self->reason_hint, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->reason_hint), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->reason_hint), FALSE);

  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_widget_add_css_class (set, "suggested-action");
  g_signal_connect (back, "clicked", G_CALLBACK (on_back_clicked_cb), self);
  g_signal_connect (set, "clicked", G_CALLBACK (on_set_clicked_cb), self);
  gtk_box_append (GTK_BOX (buttons), back);
  gtk_box_append (GTK_BOX (buttons), set);

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->question_label));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->reason_entry));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->reason_hint));
  gtk_box_append (GTK_BOX (box), buttons);

  return box;
}

static void
tafel_choice_popover_init (TafelChoicePopover *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->rows = g_ptr_array_new ();
  self->current = -1;
  self->asking = -1;

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_vhomogeneous (self->stack, FALSE);
  gtk_stack_set_hhomogeneous (self->stack, FALSE);

  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_widget_set_visible (GTK_WIDGET (self->search_entry), FALSE);
  g_signal_connect (self->search_entry, "search-changed", G_CALLBACK (on_search_changed_cb), self);
  g_signal_connect (self->search_entry, "activate", G_CALLBACK (on_search_activate_cb), self);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);

  self->list_box = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list_box, GTK_SELECTION_NONE);
  gtk_list_box_set_filter_func (self->list_box, filter_row, self, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_box), "navigation-sidebar");
  g_signal_connect (self->list_box, "row-activated", G_CALLBACK (on_row_activated_cb), self);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list_box));

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search_entry));
  gtk_box_append (GTK_BOX (box), scrolled);

  gtk_stack_add_named (self->stack, box, "choices");
  gtk_stack_add_named (self->stack, build_reason_page (self), "reason");
  gtk_popover_set_child (GTK_POPOVER (self), GTK_WIDGET (self->stack));
}

/* @title names the popover for screen readers: "Status", "Deelproduct". */
GtkWidget *
tafel_choice_popover_new (const char *title)
{
  GtkWidget *self = g_object_new (TAFEL_TYPE_CHOICE_POPOVER, NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (TAFEL_CHOICE_POPOVER (self)->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (TAFEL_CHOICE_POPOVER (self)->list_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  return self;
}

guint
tafel_choice_popover_append (TafelChoicePopover *self,
                             const char         *label,
                             const char         *subtitle,
                             gboolean            current)
{
  GtkWidget *row, *box, *texts, *check, *title;
  g_autofree char *both = NULL;

  g_return_val_if_fail (TAFEL_IS_CHOICE_POPOVER (self), 0);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  check = gtk_image_new_from_icon_name ("object-select-symbolic");
  gtk_widget_set_opacity (check, current ? 1 : 0);

  title = gtk_label_new (label);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 48);
  gtk_box_append (GTK_BOX (texts), title);

  if (subtitle != NULL && *subtitle != '\0')
    {
      GtkWidget *sub = gtk_label_new (subtitle);

      gtk_label_set_xalign (GTK_LABEL (sub), 0);
      gtk_widget_add_css_class (sub, "caption");
      gtk_widget_add_css_class (sub, "dim-label");
      gtk_box_append (GTK_BOX (texts), sub);
    }

  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), texts);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  if (current)
    gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_SELECTED, TRUE, -1);

  both = g_strconcat (label, " ", subtitle ? subtitle : "", NULL);
  g_object_set_data_full (G_OBJECT (row), "folded", tafel_geeltje_filter_fold (both), g_free);

  gtk_list_box_append (self->list_box, row);
  g_ptr_array_add (self->rows, row);
  if (current)
    self->current = self->rows->len - 1;

  gtk_widget_set_visible (GTK_WIDGET (self->search_entry), self->rows->len >= SEARCH_FROM);

  return self->rows->len - 1;
}

/* Row @index asks @question first, with @initial filled in. */
void
tafel_choice_popover_ask_reason (TafelChoicePopover *self,
                                 guint               index,
                                 const char         *question,
                                 const char         *initial)
{
  GObject *row;

  g_return_if_fail (TAFEL_IS_CHOICE_POPOVER (self));
  g_return_if_fail (index < self->rows->len);

  row = g_ptr_array_index (self->rows, index);
  g_object_set_data_full (row, "question", g_strdup (question), g_free);
  g_object_set_data_full (row, "initial", g_strdup (initial ? initial : ""), g_free);
}

void
tafel_choice_popover_choose (TafelChoicePopover *self,
                             guint               index)
{
  GObject *row;
  const char *question;

  g_return_if_fail (TAFEL_IS_CHOICE_POPOVER (self));
  g_return_if_fail (index < self->rows->len);

  row = g_ptr_array_index (self->rows, index);
  question = g_object_get_data (row, "question");
  if (question == NULL)
    {
      emit_chosen (self, index, NULL);
      return;
    }

  self->asking = index;
  gtk_label_set_label (self->question_label, question);
  gtk_editable_set_text (GTK_EDITABLE (self->reason_entry), g_object_get_data (row, "initial"));
  gtk_widget_set_visible (GTK_WIDGET (self->reason_hint), FALSE);
  gtk_stack_set_visible_child_name (self->stack, "reason");
  gtk_widget_grab_focus (GTK_WIDGET (self->reason_entry));
}

void
tafel_choice_popover_confirm_reason (TafelChoicePopover *self,
                                     const char         *reason)
{
  g_autofree char *clean = NULL;

  g_return_if_fail (TAFEL_IS_CHOICE_POPOVER (self));
  g_return_if_fail (self->asking >= 0);

  clean = g_strstrip (g_strdup (reason ? reason : ""));
  if (*clean == '\0')
    {
      gtk_label_set_label (self->reason_hint, _("Give a reason: it is needed to account for the choice."));
      gtk_widget_set_visible (GTK_WIDGET (self->reason_hint), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->reason_entry));
      return;
    }

  emit_chosen (self, self->asking, clean);
}

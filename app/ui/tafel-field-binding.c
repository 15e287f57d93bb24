/* tafel-field-binding.c: a text field that stores one field of an entity */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "tafel-field-binding.h"
#include "tafel-ui-util.h"

#define BINDING_KEY "tafel-field-binding"

typedef struct {
  GtkWidget           *widget;     /* not owned: the binding is its data */
  char                *column;
  char                *notify;     /* "notify::start-time" */
  TafelFieldShowFunc   show;
  TafelFieldStoreFunc  store_func;
  gpointer             user_data;

  TafelStore          *store;
  TafelEntity         *entity;
  gulong               notify_id;
  char                *shown;      /* the stored value as last shown */
  char                *tooltip;    /* the widget's own tooltip, shown again after an error */
  gboolean             updating;   /* we are setting the text ourselves */
  gboolean             applying;
} Binding;

static Binding *
get_binding (GtkWidget *widget)
{
  Binding *b = g_object_get_data (G_OBJECT (widget), BINDING_KEY);

  if (b == NULL)
    g_critical ("%s is not bound to a field", G_OBJECT_TYPE_NAME (widget));

  return b;
}

static char *
get_text (Binding *b)
{
  if (GTK_IS_TEXT_VIEW (b->widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (b->widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }

  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (b->widget)));
}

/* Sets the text without it counting as an edit, and without leaving the
 * apply button of an AdwEntryRow showing. */
static void
set_text_quietly (Binding    *b,
                  const char *text)
{
  b->updating = TRUE;

  if (GTK_IS_TEXT_VIEW (b->widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (b->widget));
      g_autofree char *current = get_text (b);

      if (g_strcmp0 (current, text) != 0)
        gtk_text_buffer_set_text (buffer, text, -1);
    }
  else
    {
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (b->widget)), text) != 0)
        gtk_editable_set_text (GTK_EDITABLE (b->widget), text);

      /* Turning the apply button off forgets that the text changed. */
      if (ADW_IS_ENTRY_ROW (b->widget) &&
          adw_entry_row_get_show_apply_button (ADW_ENTRY_ROW (b->widget)))
        {
          adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (b->widget), FALSE);
          adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (b->widget), TRUE);
        }
    }

  b->updating = FALSE;
}

static void
clear_error (Binding *b)
{
  if (gtk_widget_has_css_class (b->widget, "error"))
    {
      gtk_widget_remove_css_class (b->widget, "error");
      gtk_widget_set_tooltip_text (b->widget, b->tooltip);
    }
}

static char *
show_value (Binding *b)
{
  if (b->entity == NULL)
    return g_strdup ("");
  if (b->show != NULL)
    return b->show (b->entity, b->user_data);

  return tafel_field_format (b->entity, b->column);
}

static void
show_stored (Binding *b)
{
  g_free (b->shown);
  b->shown = show_value (b);
  set_text_quietly (b, b->shown);
}

static gboolean
is_dirty (Binding *b)
{
  g_autofree char *text = NULL;

  if (b->entity == NULL)
    return FALSE;

  text = get_text (b);
  return g_strcmp0 (text, b->shown) != 0;
}

static gboolean
apply (Binding *b)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkWidget) widget = NULL;
  g_autoptr(TafelEntity) entity = NULL;
  g_autoptr(TafelStore) store = NULL;
  g_autofree char *text = NULL;
  gboolean ok;

  if (b->entity == NULL || b->applying || !is_dirty (b))
    return TRUE;

  /* Storing emits signals that may rebuild the list this widget is in. */
  widget = g_object_ref (b->widget);
  entity = g_object_ref (b->entity);
  store = g_object_ref (b->store);
  text = get_text (b);

  b->applying = TRUE;
  if (b->store_func != NULL)
    ok = b->store_func (store, entity, text, b->user_data, &error);
  else
    ok = tafel_store_set_string (store, entity, b->column, text, &error);
  b->applying = FALSE;

  if (b->entity != entity)
    return ok;

  if (ok)
    clear_error (b);
  else
    {
      gtk_widget_add_css_class (widget, "error");
      gtk_widget_set_tooltip_text (widget, error->message);
      tafel_ui_toast_error (widget, error);
    }

  show_stored (b);
  return ok;
}

static void
on_entity_notify_cb (TafelEntity *entity,
                     GParamSpec  *pspec,
                     Binding     *b)
{
  gboolean dirty;

  if (b->applying)
    return;

  /* Changed elsewhere: follow, unless the user is typing here. */
  dirty = is_dirty (b);
  g_free (b->shown);
  b->shown = show_value (b);
  if (!dirty)
    set_text_quietly (b, b->shown);
}

static void
on_text_changed_cb (Binding *b)
{
  if (!b->updating)
    clear_error (b);
}

static void
on_apply_cb (GtkWidget *widget,
             Binding   *b)
{
  apply (b);
}

static void
on_focus_leave_cb (GtkEventControllerFocus *controller,
                   Binding                 *b)
{
  apply (b);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   Binding               *b)
{
  if (keyval == GDK_KEY_Escape && is_dirty (b))
    {
      clear_error (b);
      show_stored (b);
      return GDK_EVENT_STOP;
    }

  return GDK_EVENT_PROPAGATE;
}

static gboolean
on_ctrl_enter_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  apply (user_data);
  return TRUE;
}

static void
disconnect_entity (Binding *b)
{
  if (b->entity != NULL)
    g_clear_signal_handler (&b->notify_id, b->entity);
  g_clear_object (&b->entity);
  g_clear_object (&b->store);
}

/* Hiding the widget (another page, a closing window) must not lose what
 * was typed last. Not on "destroy": by then an AdwEntryRow has already let
 * go of its text, and the empty text would be stored. */
static void
on_unmap_cb (GtkWidget *widget,
             Binding   *b)
{
  apply (b);
}

static void
on_destroy_cb (GtkWidget *widget,
               Binding   *b)
{
  disconnect_entity (b);
}

static void
binding_free (gpointer data)
{
  Binding *b = data;

  disconnect_entity (b);
  g_free (b->column);
  g_free (b->notify);
  g_free (b->shown);
  g_free (b->tooltip);
  g_free (b);
}

/* Binds @widget to @column, stored with tafel_store_set_string(). */
void
tafel_field_binding_bind (GtkWidget  *widget,
                          const char *column)
{
  tafel_field_binding_bind_full (widget, column, NULL, NULL, NULL);
}

/* Binds @widget to @column with a custom way to show and to store the value
 * (either may be NULL for the default); @column names the property whose
 * change notification refreshes the widget. */
void
tafel_field_binding_bind_full (GtkWidget          *widget,
                               const char         *column,
                               TafelFieldShowFunc  show,
                               TafelFieldStoreFunc store,
                               gpointer            user_data)
{
  g_autofree char *property = NULL;
  GtkEventController *controller;
  Binding *b;

  g_return_if_fail (GTK_IS_EDITABLE (widget) || GTK_IS_TEXT_VIEW (widget));
  g_return_if_fail (column != NULL);
  g_return_if_fail (g_object_get_data (G_OBJECT (widget), BINDING_KEY) == NULL);

  b = g_new0 (Binding, 1);
  b->widget = widget;
  b->column = g_strdup (column);
  property = g_strdelimit (g_strdup (column), "_", '-');
  b->notify = g_strconcat ("notify::", property, NULL);
  b->show = show;
  b->store_func = store;
  b->user_data = user_data;
  b->shown = g_strdup ("");
  b->tooltip = g_strdup (gtk_widget_get_tooltip_text (widget));
  g_object_set_data_full (G_OBJECT (widget), BINDING_KEY, b, binding_free);

  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
      const char *const triggers[] = { "<Control>Return", "<Control>KP_Enter" };

      for (guint i = 0; i < G_N_ELEMENTS (triggers); i++)
        gtk_shortcut_controller_add_shortcut (shortcuts,
                                              gtk_shortcut_new (gtk_shortcut_trigger_parse_string (triggers[i]),
                                                                gtk_callback_action_new (on_ctrl_enter_cb, b, NULL)));
      gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (shortcuts), GTK_PHASE_CAPTURE);
      gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (shortcuts));

      g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), "changed",
                                G_CALLBACK (on_text_changed_cb), b);
    }
  else
    {
      g_signal_connect_swapped (widget, "changed", G_CALLBACK (on_text_changed_cb), b);
      if (ADW_IS_ENTRY_ROW (widget))
        {
          g_signal_connect (widget, "apply", G_CALLBACK (on_apply_cb), b);
          g_signal_connect (widget, "entry-activated", G_CALLBACK (on_apply_cb), b);
        }
      else
        g_signal_connect (widget, "activate", G_CALLBACK (on_apply_cb), b);
    }

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "leave", G_CALLBACK (on_focus_leave_cb), b);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed_cb), b);
  gtk_widget_add_controller (widget, controller);

  g_signal_connect (widget, "unmap", G_CALLBACK (on_unmap_cb), b);
  g_signal_connect (widget, "destroy", G_CALLBACK (on_destroy_cb), b);
}

/* Shows @column of @entity (NULL empties the widget). What was typed for
 * the previous entity and not yet applied is stored first. */
void
tafel_field_binding_set_entity (GtkWidget  *widget,
                                TafelStore *store,
                                gpointer    entity)
{
  Binding *b = get_binding (widget);

  g_return_if_fail (entity == NULL || TAFEL_IS_ENTITY (entity));
  g_return_if_fail (entity == NULL || TAFEL_IS_STORE (store));

  if (b == NULL)
    return;

  if (b->entity == entity && b->store == store)
    return;

  apply (b);
  disconnect_entity (b);

  if (entity != NULL)
    {
      b->entity = g_object_ref (entity);
      b->store = g_object_ref (store);
      b->notify_id = g_signal_connect (entity, b->notify, G_CALLBACK (on_entity_notify_cb), b);
    }

  clear_error (b);
  show_stored (b);
}

gpointer
tafel_field_binding_get_entity (GtkWidget *widget)
{
  Binding *b = get_binding (widget);

  return b ? b->entity : NULL;
}

/* Stores what is typed now, as Enter and focus leaving do. Returns FALSE
 * when the store refused it; the widget then shows the stored value. */
gboolean
tafel_field_binding_apply (GtkWidget *widget)
{
  Binding *b = get_binding (widget);

  return b ? apply (b) : FALSE;
}

/* Throws away what was typed and shows the stored value. */
void
tafel_field_binding_reset (GtkWidget *widget)
{
  Binding *b = get_binding (widget);

  if (b != NULL)
    {
      clear_error (b);
      show_stored (b);
    }
}

gboolean
tafel_field_binding_is_dirty (GtkWidget *widget)
{
  Binding *b = get_binding (widget);

  return b ? is_dirty (b) : FALSE;
}

/* The text the widget shows, typed or stored. */
char *
tafel_field_binding_dup_text (GtkWidget *widget)
{
  Binding *b = get_binding (widget);

  return b ? get_text (b) : NULL;
}

/* Takes the focus away when it is inside @container, so that the focused
 * widget gets its focus-out (and a bound field stores what was typed)
 * while it is still shown. Call it before hiding or removing @container:
 * GTK 4.8 only moves the focus later, without a focus-out for a widget that
 * is gone, and a GtkText then keeps blinking and warns. Returns whether
 * the focus was inside @container. */
gboolean
tafel_field_binding_release_focus (GtkWidget *container)
{
  GtkRoot *root;
  GtkWidget *focus;

  g_return_val_if_fail (GTK_IS_WIDGET (container), FALSE);

  root = gtk_widget_get_root (container);
  focus = root ? gtk_root_get_focus (root) : NULL;
  if (focus == NULL || (focus != container && !gtk_widget_is_ancestor (focus, container)))
    return FALSE;

  gtk_root_set_focus (root, NULL);
  return TRUE;
}

/* The stored value of @column as people type it: 28-10-2026 for a date,
 * 09:30 for a time, 10-11-2026 12:00 for a date and time. */
char *
tafel_field_format (gpointer    entity,
                    const char *column)
{
  const TafelField *field;
  const char *v;

  g_return_val_if_fail (TAFEL_IS_ENTITY (entity), NULL);

  field = tafel_table_find_field (tafel_entity_get_table (entity), column);
  g_return_val_if_fail (field != NULL, g_strdup (""));

  switch (field->type)
    {
    case TAFEL_FIELD_INT:
    case TAFEL_FIELD_REF:
      return g_strdup_printf ("%" G_GINT64_FORMAT, tafel_entity_get_int (entity, column));

    case TAFEL_FIELD_BOOL:
      return g_strdup ("");

    case TAFEL_FIELD_DATE:
      v = tafel_entity_get_string (entity, column);
      if (v == NULL || strlen (v) < 10)
        return g_strdup ("");
      return g_strdup_printf ("%.2s-%.2s-%.4s", v + 8, v + 5, v);

    case TAFEL_FIELD_DATETIME:
      v = tafel_entity_get_string (entity, column);
      if (v == NULL || strlen (v) < 16)
        return g_strdup ("");
      return g_strdup_printf ("%.2s-%.2s-%.4s %.5s", v + 8, v + 5, v, v + 11);

    case TAFEL_FIELD_TEXT:
    case TAFEL_FIELD_LONG_TEXT:
    case TAFEL_FIELD_CHOICE:
    case TAFEL_FIELD_TIME:
    case TAFEL_FIELD_TIMESTAMP:
    default:
      v = tafel_entity_get_string (entity, column);
      return g_strdup (v ? v : "");
    }
}

/* Shows child @name of @stack; the focus, if it was in the child that goes
 * away (whose field is stored first), moves along into the one that comes. */
void
tafel_field_binding_show_child (GtkStack   *stack,
                                const char *name)
{
  GtkWidget *old;
  gboolean had_focus;

  g_return_if_fail (GTK_IS_STACK (stack));

  if (g_strcmp0 (gtk_stack_get_visible_child_name (stack), name) == 0)
    return;

  old = gtk_stack_get_visible_child (stack);
  had_focus = old != NULL && tafel_field_binding_release_focus (old);
  gtk_stack_set_visible_child_name (stack, name);
  if (had_focus)
    gtk_widget_child_focus (GTK_WIDGET (stack), GTK_DIR_TAB_FORWARD);
}

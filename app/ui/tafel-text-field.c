/* tafel-text-field.c: a labelled multi-line text field that stores when done */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-text-field.h"

/* The counter appears when the text uses this share of max-length. */
#define COUNTER_THRESHOLD 0.9

struct _TafelTextField
{
  AdwBin       parent_instance;

  GtkLabel    *label;
  GtkFrame    *frame;
  GtkTextView *text_view;
  GtkLabel    *counter;

  char        *stored;
  int          max_length;
};

enum {
  PROP_0,
  PROP_LABEL,
  PROP_MAX_LENGTH,
  N_PROPS
};

enum {
  COMMIT,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TafelTextField, tafel_text_field, ADW_TYPE_BIN)

static GtkTextBuffer *
get_buffer (TafelTextField *self)
{
  return gtk_text_view_get_buffer (self->text_view);
}

static void
update_counter (TafelTextField *self)
{
  int length = gtk_text_buffer_get_char_count (get_buffer (self));
  gboolean near = self->max_length > 0 && length >= self->max_length * COUNTER_THRESHOLD;
  gboolean over = self->max_length > 0 && length > self->max_length;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->counter), near);
  if (!near)
    return;

  if (over)
    text = g_strdup_printf (_("%d of at most %d characters: too long to store"), length, self->max_length);
  else
    text = g_strdup_printf (_("%d of at most %d characters"), length, self->max_length);

  gtk_label_set_text (self->counter, text);
  if (over)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->counter), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self->counter), "error");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->counter), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->counter), "dim-label");
    }
}

/* The label without its mnemonic underscores, as the text view's name. */
static void
update_accessible_label (TafelTextField *self)
{
  const char *label = gtk_label_get_label (self->label);
  g_autoptr(GString) plain = g_string_new (NULL);

  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_' && p[1] == '_')
        g_string_append_c (plain, *++p);
      else if (*p != '_')
        g_string_append_c (plain, *p);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, plain->str,
                                  -1);
}

static void
set_buffer_text (TafelTextField *self,
                 const char     *text)
{
  g_autofree char *current = tafel_text_field_dup_text (self);

  if (self->text_view != NULL && g_strcmp0 (current, text) != 0)
    gtk_text_buffer_set_text (get_buffer (self), text, -1);
}

static void
on_buffer_changed_cb (GtkTextBuffer  *buffer,
                      TafelTextField *self)
{
  update_counter (self);
}

static void
on_focus_leave_cb (GtkEventControllerFocus *controller,
                   TafelTextField          *self)
{
  tafel_text_field_commit (self);
}

static gboolean
on_commit_shortcut_cb (GtkWidget *widget,
                       GVariant  *args,
                       gpointer   user_data)
{
  tafel_text_field_commit (TAFEL_TEXT_FIELD (user_data));
  return TRUE;
}

static void
tafel_text_field_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TAFEL_TYPE_TEXT_FIELD);

  G_OBJECT_CLASS (tafel_text_field_parent_class)->dispose (object);
}

static void
tafel_text_field_finalize (GObject *object)
{
  TafelTextField *self = TAFEL_TEXT_FIELD (object);

  g_free (self->stored);

  G_OBJECT_CLASS (tafel_text_field_parent_class)->finalize (object);
}

static void
tafel_text_field_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TafelTextField *self = TAFEL_TEXT_FIELD (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, tafel_text_field_get_label (self));
      break;
    case PROP_MAX_LENGTH:
      g_value_set_int (value, self->max_length);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_text_field_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TafelTextField *self = TAFEL_TEXT_FIELD (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      tafel_text_field_set_label (self, g_value_get_string (value));
      break;
    case PROP_MAX_LENGTH:
      tafel_text_field_set_max_length (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_text_field_class_init (TafelTextFieldClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_text_field_dispose;
  object_class->finalize = tafel_text_field_finalize;
  object_class->get_property = tafel_text_field_get_property;
  object_class->set_property = tafel_text_field_set_property;

  /* The visible label; an underscore marks the mnemonic. */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Characters the store accepts; 0 for no counter. */
  properties[PROP_MAX_LENGTH] =
    g_param_spec_int ("max-length", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The text differs from the stored value and should be stored now. */
  signals[COMMIT] =
    g_signal_new ("commit", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-text-field.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelTextField, label);
  gtk_widget_class_bind_template_child (widget_class, TafelTextField, frame);
  gtk_widget_class_bind_template_child (widget_class, TafelTextField, text_view);
  gtk_widget_class_bind_template_child (widget_class, TafelTextField, counter);
}

static void
tafel_text_field_init (TafelTextField *self)
{
  GtkEventController *focus;
  GtkEventController *shortcuts;
  GtkShortcutAction *action;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->stored = g_strdup ("");

  g_signal_connect_object (get_buffer (self), "changed", G_CALLBACK (on_buffer_changed_cb),
                           self, G_CONNECT_DEFAULT);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_focus_leave_cb), self, G_CONNECT_DEFAULT);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), focus);

  /* Ctrl+Enter stores without leaving the field; capture it before the
   * text view inserts a line break. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  action = gtk_callback_action_new (on_commit_shortcut_cb, self, NULL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>Return|<Control>KP_Enter"),
                                                          action));
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), shortcuts);
}

GtkWidget *
tafel_text_field_new (void)
{
  return g_object_new (TAFEL_TYPE_TEXT_FIELD, NULL);
}

const char *
tafel_text_field_get_label (TafelTextField *self)
{
  g_return_val_if_fail (TAFEL_IS_TEXT_FIELD (self), NULL);
  return gtk_label_get_label (self->label);
}

void
tafel_text_field_set_label (TafelTextField *self,
                            const char     *label)
{
  g_return_if_fail (TAFEL_IS_TEXT_FIELD (self));

  if (g_strcmp0 (label, gtk_label_get_label (self->label)) == 0)
    return;

  gtk_label_set_label (self->label, label ? label : "");
  update_accessible_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

int
tafel_text_field_get_max_length (TafelTextField *self)
{
  g_return_val_if_fail (TAFEL_IS_TEXT_FIELD (self), 0);
  return self->max_length;
}

void
tafel_text_field_set_max_length (TafelTextField *self,
                                 int             max_length)
{
  g_return_if_fail (TAFEL_IS_TEXT_FIELD (self));

  if (self->max_length == max_length)
    return;

  self->max_length = max_length;
  update_counter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_LENGTH]);
}

/* What the field shows now, typed but perhaps not stored. */
char *
tafel_text_field_dup_text (TafelTextField *self)
{
  GtkTextIter start, end;

  g_return_val_if_fail (TAFEL_IS_TEXT_FIELD (self), NULL);

  /* Focus can leave while the field is being taken apart. */
  if (self->text_view == NULL)
    return g_strdup (self->stored);

  gtk_text_buffer_get_bounds (get_buffer (self), &start, &end);
  return gtk_text_buffer_get_text (get_buffer (self), &start, &end, FALSE);
}

/* Whether the text differs from the stored value. */
gboolean
tafel_text_field_is_dirty (TafelTextField *self)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (TAFEL_IS_TEXT_FIELD (self), FALSE);

  text = tafel_text_field_dup_text (self);
  return g_strcmp0 (text, self->stored) != 0;
}

/* The stored value changed (here or elsewhere). The field shows it unless
 * the user has typed something that is not stored yet: that text stays, and
 * is stored on the next commit. */
void
tafel_text_field_set_stored_text (TafelTextField *self,
                                  const char     *text)
{
  gboolean dirty;

  g_return_if_fail (TAFEL_IS_TEXT_FIELD (self));

  dirty = tafel_text_field_is_dirty (self);
  g_free (self->stored);
  self->stored = g_strdup (text ? text : "");

  if (!dirty)
    set_buffer_text (self, self->stored);
}

/* Shows @text, which is what is stored, whatever was typed. */
void
tafel_text_field_reset (TafelTextField *self,
                        const char     *text)
{
  g_return_if_fail (TAFEL_IS_TEXT_FIELD (self));

  g_free (self->stored);
  self->stored = g_strdup (text ? text : "");
  set_buffer_text (self, self->stored);
}

/* Emits "commit" when the text differs from the stored value. Returns
 * whether it did. */
gboolean
tafel_text_field_commit (TafelTextField *self)
{
  g_return_val_if_fail (TAFEL_IS_TEXT_FIELD (self), FALSE);

  if (!tafel_text_field_is_dirty (self))
    return FALSE;

  g_signal_emit (self, signals[COMMIT], 0);
  return TRUE;
}

GtkTextView *
tafel_text_field_get_text_view (TafelTextField *self)
{
  g_return_val_if_fail (TAFEL_IS_TEXT_FIELD (self), NULL);
  return self->text_view;
}

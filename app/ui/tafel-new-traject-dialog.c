/* tafel-new-traject-dialog.c: name a new traject and pick the template it starts from
 *
 * The name field has the focus with a suggested name selected, so typing
 * replaces it; Enter creates. A refused name (empty, taken) is explained
 * under the fields and the dialog stays open with everything as typed.
 * On success the dialog emits "created" with the new traject and closes.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-new-traject-dialog.h"
#include "tafel-template.h"

struct _TafelNewTrajectDialog
{
  AdwWindow       parent_instance;

  AdwEntryRow    *name_row;
  AdwEntryRow    *region_row;
  GtkLabel       *error_label;
  GtkLabel       *template_label;
  GtkListBox     *template_list;
  GtkButton      *create_button;

  TafelStore     *store;
  GPtrArray      *templates;   /* TafelTemplate, in the order of the list */
  GPtrArray      *checks;      /* GtkCheckButton, one per template */
};

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum {
  CREATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TafelNewTrajectDialog, tafel_new_traject_dialog, ADW_TYPE_WINDOW)

static void
show_error (TafelNewTrajectDialog *self,
            const char            *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);

  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
}

/* "Inkoop jeugdhulp 2027", or with a number when that name is taken. */
static char *
suggest_name (TafelStore *store)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year = g_date_time_get_year (now) + 1;
  char *name = g_strdup_printf (_("Youth care procurement %d"), year);

  for (guint n = 2; n < 100; n++)
    {
      g_autoptr(GObject) existing = tafel_store_find_by_name (store, TAFEL_TYPE_TRAJECT, 0, name);

      if (existing == NULL)
        break;

      g_free (name);
      /* Translators: a second (third, …) suggested name for a new traject. */
      name = g_strdup_printf (_("Youth care procurement %d (%u)"), year, n);
    }

  return name;
}

static char *
format_template_counts (TafelTemplate *template)
{
  guint n_groups = tafel_template_get_n_groups (template);
  guint n_deelproducten = tafel_template_get_n_deelproducten (template);
  guint n_blocks = tafel_template_get_n_vraagblokken (template);
  g_autofree char *blocks = g_strdup_printf (ngettext ("%u question block", "%u question blocks", n_blocks),
                                             n_blocks);
  g_autofree char *groups = NULL;
  g_autofree char *deelproducten = NULL;

  if (n_groups == 0)
    return g_steal_pointer (&blocks);

  groups = g_strdup_printf (ngettext ("%u product group", "%u product groups", n_groups), n_groups);
  deelproducten = g_strdup_printf (ngettext ("%u deelproduct", "%u deelproducten", n_deelproducten),
                                   n_deelproducten);

  return g_strjoin (" · ", groups, deelproducten, blocks, NULL);
}

static GtkWidget *
create_template_row (TafelNewTrajectDialog *self,
                     TafelTemplate         *template,
                     GtkCheckButton        *group)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *counts = format_template_counts (template);
  g_autofree char *subtitle = NULL;
  g_autofree char *title = g_markup_escape_text (tafel_template_get_name (template), -1);

  /* Row titles and subtitles are Pango markup in libadwaita 1.2. */
  if (*tafel_template_get_description (template) != '\0')
    subtitle = g_markup_printf_escaped ("%s\n%s", tafel_template_get_description (template), counts);
  else
    subtitle = g_markup_escape_text (counts, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);

  /* The row is the focus stop: Space or Enter on it picks the template. */
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_focusable (check, FALSE);
  gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tafel_template_get_name (template),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tafel_template_get_description (template),
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

  g_ptr_array_add (self->checks, check);
  return row;
}

static void
load_templates (TafelNewTrajectDialog *self)
{
  g_autoptr(GError) error = NULL;
  GtkCheckButton *group = NULL;

  self->templates = tafel_template_list_all (&error);
  if (self->templates == NULL || self->templates->len == 0)
    {
      g_clear_pointer (&self->templates, g_ptr_array_unref);
      show_error (self, error ? error->message : _("No templates were found: this installation is incomplete."));
      gtk_widget_set_sensitive (GTK_WIDGET (self->create_button), FALSE);
      return;
    }

  for (guint i = 0; i < self->templates->len; i++)
    {
      GtkWidget *row = create_template_row (self, g_ptr_array_index (self->templates, i), group);

      gtk_list_box_append (self->template_list, row);
      if (group == NULL)
        {
          group = g_ptr_array_index (self->checks, 0);
          gtk_label_set_mnemonic_widget (self->template_label, row);
        }
    }

  gtk_check_button_set_active (g_ptr_array_index (self->checks, 0), TRUE);
}

static TafelTemplate *
get_selected_template (TafelNewTrajectDialog *self)
{
  for (guint i = 0; self->templates != NULL && i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      return g_ptr_array_index (self->templates, i);

  return NULL;
}

static gboolean
has_focus_within (GtkWidget *widget)
{
  return (gtk_widget_get_state_flags (widget) & GTK_STATE_FLAG_FOCUS_WITHIN) != 0;
}

static void
on_create_clicked_cb (GtkButton             *button,
                      TafelNewTrajectDialog *self)
{
  tafel_new_traject_dialog_create (self);
}

static void
on_name_changed_cb (GtkEditable           *editable,
                    TafelNewTrajectDialog *self)
{
  show_error (self, NULL);
}

static void
tafel_new_traject_dialog_constructed (GObject *object)
{
  TafelNewTrajectDialog *self = TAFEL_NEW_TRAJECT_DIALOG (object);
  g_autofree char *name = NULL;

  G_OBJECT_CLASS (tafel_new_traject_dialog_parent_class)->constructed (object);

  g_return_if_fail (self->store != NULL);

  load_templates (self);

  name = suggest_name (self->store);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
  g_signal_connect (self->name_row, "changed", G_CALLBACK (on_name_changed_cb), self);

  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->create_button));
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->name_row));
  gtk_editable_select_region (GTK_EDITABLE (self->name_row), 0, -1);
}

static void
tafel_new_traject_dialog_dispose (GObject *object)
{
  TafelNewTrajectDialog *self = TAFEL_NEW_TRAJECT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_NEW_TRAJECT_DIALOG);
  g_clear_pointer (&self->templates, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tafel_new_traject_dialog_parent_class)->dispose (object);
}

static void
tafel_new_traject_dialog_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  TafelNewTrajectDialog *self = TAFEL_NEW_TRAJECT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_new_traject_dialog_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  TafelNewTrajectDialog *self = TAFEL_NEW_TRAJECT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_new_traject_dialog_class_init (TafelNewTrajectDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tafel_new_traject_dialog_constructed;
  object_class->dispose = tafel_new_traject_dialog_dispose;
  object_class->get_property = tafel_new_traject_dialog_get_property;
  object_class->set_property = tafel_new_traject_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TAFEL_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The traject was stored; the dialog closes right after. */
  signals[CREATED] =
    g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, TAFEL_TYPE_TRAJECT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-new-traject-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelNewTrajectDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, TafelNewTrajectDialog, region_row);
  gtk_widget_class_bind_template_child (widget_class, TafelNewTrajectDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, TafelNewTrajectDialog, template_label);
  gtk_widget_class_bind_template_child (widget_class, TafelNewTrajectDialog, template_list);
  gtk_widget_class_bind_template_child (widget_class, TafelNewTrajectDialog, create_button);
  gtk_widget_class_bind_template_callback (widget_class, on_create_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tafel_new_traject_dialog_init (TafelNewTrajectDialog *self)
{
  self->checks = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

TafelNewTrajectDialog *
tafel_new_traject_dialog_new (TafelStore *store)
{
  g_return_val_if_fail (TAFEL_IS_STORE (store), NULL);

  return g_object_new (TAFEL_TYPE_NEW_TRAJECT_DIALOG, "store", store, NULL);
}

/* What Create does: stores the traject from the chosen template, emits
 * "created" and closes. On refusal the reason is shown under the fields,
 * the name field gets the focus and FALSE is returned. */
gboolean
tafel_new_traject_dialog_create (TafelNewTrajectDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelTraject) traject = NULL;
  TafelTemplate *template;

  g_return_val_if_fail (TAFEL_IS_NEW_TRAJECT_DIALOG (self), FALSE);

  template = get_selected_template (self);
  if (template == NULL)
    {
      show_error (self, _("Choose what the traject starts from."));
      return FALSE;
    }

  traject = tafel_template_instantiate (template, self->store,
                                        gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                                        gtk_editable_get_text (GTK_EDITABLE (self->region_row)),
                                        &error);
  if (traject == NULL)
    {
      GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (self->name_row));

      show_error (self, error->message);
      /* Back to the name, keeping what was typed and not selecting it. */
      if (!has_focus_within (GTK_WIDGET (self->name_row)) && GTK_IS_TEXT (text))
        gtk_text_grab_focus_without_selecting (GTK_TEXT (text));
      return FALSE;
    }

  g_signal_emit (self, signals[CREATED], 0, traject);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

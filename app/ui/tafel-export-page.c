/* tafel-export-page.c: the Export page: writing the Programma van Eisen workbook */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-controle.h"
#include "tafel-error.h"
#include "tafel-export-log.h"
#include "tafel-export-page.h"
#include "tafel-export-pve.h"
#include "tafel-geeltje.h"
#include "tafel-traject-dialog.h"
#include "tafel-ui-util.h"

struct _TafelExportPage
{
  AdwBin               parent_instance;

  AdwActionRow        *traject_row;
  GtkLabel            *sessies_label;
  GtkLabel            *deelproducten_label;
  GtkLabel            *organisaties_label;
  GtkLabel            *geeltjes_label;
  AdwActionRow        *geeltjes_row;
  AdwEntryRow         *version_row;
  GtkSwitch           *final_switch;
  GtkSwitch           *anonymise_switch;
  GtkSwitch           *omit_switch;
  AdwPreferencesGroup *log_group;
  GtkListBox          *log_list;

  TafelTrajectModel   *model;
  GtkNativeDialog     *chooser;
  AdwMessageDialog    *confirm;
  char                *prefilled;   /* the version proposed, while not typed over */
  guint                n_exports;
  guint                n_logged;
};

enum {
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The tables whose changes alter what is shown. */
static const char *const counted_tables[] = {
  "traject", "sessie", "deelproduct", "organisatie", "geeltje", NULL
};

G_DEFINE_FINAL_TYPE (TafelExportPage, tafel_export_page, ADW_TYPE_BIN)

static guint
count_items (TafelExportPage *self,
             GType            type)
{
  return self->model ? g_list_model_get_n_items (tafel_traject_model_get_list (self->model, type)) : 0;
}

static void
set_count (GtkLabel *label,
           guint     n)
{
  g_autofree char *text = g_strdup_printf ("%u", n);

  gtk_label_set_text (label, text);
}

static void
update_counts (TafelExportPage *self)
{
  TafelTraject *traject = self->model ? tafel_traject_model_get_traject (self->model) : NULL;
  g_autofree char *name = g_markup_escape_text (traject ? tafel_traject_get_name (traject) : "", -1);
  g_autofree char *open_text = NULL;
  guint n_open = 0;

  if (self->model != NULL)
    {
      GListModel *geeltjes = tafel_traject_model_get_list (self->model, TAFEL_TYPE_GEELTJE);

      for (guint i = 0; i < g_list_model_get_n_items (geeltjes); i++)
        {
          g_autoptr(TafelGeeltje) geeltje = g_list_model_get_item (geeltjes, i);

          if (g_strcmp0 (tafel_geeltje_get_status (geeltje), "open") == 0)
            n_open++;
        }
    }

  adw_action_row_set_subtitle (self->traject_row, name);
  set_count (self->sessies_label, count_items (self, TAFEL_TYPE_SESSIE));
  set_count (self->deelproducten_label, count_items (self, TAFEL_TYPE_DEELPRODUCT));
  set_count (self->organisaties_label, count_items (self, TAFEL_TYPE_ORGANISATIE));
  set_count (self->geeltjes_label, count_items (self, TAFEL_TYPE_GEELTJE));

  open_text = g_strdup_printf (ngettext ("%u open, not yet processed", "%u open, not yet processed", n_open), n_open);
  adw_action_row_set_subtitle (self->geeltjes_row, open_text);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.export-pve", self->model != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.traject-details", self->model != NULL);
}

/* Proposes the next version ("concept 0.3", or "definitief 1.0" when
 * final) unless another one was typed. */
static void
prefill_version (TafelExportPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->version_row));
  g_autofree char *next = NULL;
  g_autoptr(GError) error = NULL;

  if (self->model == NULL || (*text != '\0' && g_strcmp0 (text, self->prefilled) != 0))
    return;

  next = tafel_export_pve_next_version (tafel_traject_model_get_store (self->model),
                                        tafel_traject_model_get_traject_id (self->model),
                                        gtk_switch_get_active (self->final_switch), &error);
  if (next == NULL)
    {
      g_warning ("No next version: %s", error->message);
      return;
    }

  g_free (self->prefilled);
  self->prefilled = g_strdup (next);
  gtk_editable_set_text (GTK_EDITABLE (self->version_row), next);
}

/* "Earlier Exports": the log of the traject, newest first. */
static void
refresh_log (TafelExportPage *self)
{
  g_autoptr(GPtrArray) logs = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->log_list))) != NULL)
    gtk_list_box_remove (self->log_list, child);
  self->n_logged = 0;

  if (self->model != NULL)
    {
      logs = tafel_store_list (tafel_traject_model_get_store (self->model), TAFEL_TYPE_EXPORTLOG,
                               tafel_traject_model_get_traject_id (self->model), &error);
      if (logs == NULL)
        g_warning ("Cannot list the exports: %s", error->message);
    }

  for (guint i = logs ? logs->len : 0; i > 0; i--)
    {
      gtk_list_box_append (self->log_list, tafel_export_log_row_new (g_ptr_array_index (logs, i - 1)));
      self->n_logged++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->log_group), self->n_logged > 0);
}

static void
on_model_changed_cb (TafelTrajectModel *model,
                     TafelExportPage   *self)
{
  update_counts (self);
}

static void
close_chooser (TafelExportPage *self)
{
  if (self->chooser == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->chooser, self);
  gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
}

static void
on_replace_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        TafelExportPage  *self)
{
  if (g_strcmp0 (response, "replace") == 0)
    tafel_export_page_export_to (self, g_object_get_data (G_OBJECT (dialog), "path"), NULL);
}

/* The chooser asked about replacing the name typed; when ".xlsx" was added
 * to it, ask again about the file that will really be written. */
static void
confirm_replace (TafelExportPage *self,
                 const char      *path)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *heading = g_strdup_printf (_("Replace “%s”?"), base);
  g_autofree char *body = g_strdup_printf (_("A file with this name already exists in “%s”. Replacing it overwrites what is in it."), dir);
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "path", g_strdup (path), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_replace_response_cb), self, G_CONNECT_DEFAULT);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        TafelExportPage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *full = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);

  close_chooser (self);

  if (file != NULL && path == NULL)
    {
      g_autoptr(GError) error = g_error_new_literal (TAFEL_ERROR, TAFEL_ERROR_EXPORT,
                                                     _("The Programma van Eisen can only be saved in a folder on this computer."));
      tafel_ui_toast_error (GTK_WIDGET (self), error);
      return;
    }

  if (path == NULL)
    return;

  full = tafel_export_ensure_xlsx (path);
  if (!g_str_equal (full, path) && g_file_test (full, G_FILE_TEST_EXISTS))
    confirm_replace (self, full);
  else
    tafel_export_page_export_to (self, full, NULL);
}

static void
show_chooser (TafelExportPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(GFile) folder = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  close_chooser (self);

  chooser = gtk_file_chooser_native_new (_("Export Programma van Eisen"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_set_modal (self->chooser, TRUE);

  gtk_file_filter_set_name (filter, _("Excel workbooks (*.xlsx)"));
  gtk_file_filter_add_pattern (filter, "*.xlsx");
  gtk_file_filter_add_pattern (filter, "*.XLSX");
  gtk_file_filter_add_mime_type (filter, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), filter);

  if (documents == NULL || !g_file_test (documents, G_FILE_TEST_IS_DIR))
    documents = g_get_home_dir ();
  folder = g_file_new_for_path (documents);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);

  name = tafel_export_default_file_name (tafel_traject_get_name (tafel_traject_model_get_traject (self->model)), today);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (self->chooser);
}

static void
close_confirm (TafelExportPage *self)
{
  if (self->confirm == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->confirm, self);
  gtk_window_destroy (GTK_WINDOW (self->confirm));
  self->confirm = NULL;
}

static void
on_confirm_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        TafelExportPage  *self)
{
  /* The dialog closes itself after answering. */
  g_signal_handlers_disconnect_by_data (dialog, self);
  self->confirm = NULL;

  if (g_strcmp0 (response, "export") == 0)
    show_chooser (self);
}

/* A final export with open findings asks first; then the file chooser. */
static void
on_export_action_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TafelExportPage *self = TAFEL_EXPORT_PAGE (widget);
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) error = NULL;

  if (self->model == NULL)
    return;

  close_confirm (self);
  if (!gtk_switch_get_active (self->final_switch))
    {
      show_chooser (self);
      return;
    }

  findings = tafel_controle_run (tafel_traject_model_get_store (self->model),
                                 tafel_traject_model_get_traject_id (self->model), &error);
  if (findings == NULL)
    {
      tafel_ui_toast_error (widget, error);
      return;
    }
  if (findings->len == 0)
    {
      show_chooser (self);
      return;
    }

  self->confirm = tafel_export_confirm_final_new (widget, findings);
  g_signal_connect (self->confirm, "response", G_CALLBACK (on_confirm_response_cb), self);
  gtk_window_present (GTK_WINDOW (self->confirm));
}

static void
on_final_changed_cb (GtkSwitch       *sw,
                     GParamSpec      *pspec,
                     TafelExportPage *self)
{
  prefill_version (self);
}

static void
on_traject_details_action_cb (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  TafelExportPage *self = TAFEL_EXPORT_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  TafelTrajectDialog *dialog;

  if (self->model == NULL)
    return;

  dialog = tafel_traject_dialog_new (tafel_traject_model_get_store (self->model),
                                     tafel_traject_model_get_traject (self->model));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
tafel_export_page_dispose (GObject *object)
{
  TafelExportPage *self = TAFEL_EXPORT_PAGE (object);

  close_chooser (self);
  close_confirm (self);
  tafel_export_page_set_model (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAFEL_TYPE_EXPORT_PAGE);
  g_clear_pointer (&self->prefilled, g_free);

  G_OBJECT_CLASS (tafel_export_page_parent_class)->dispose (object);
}

static void
tafel_export_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TafelExportPage *self = TAFEL_EXPORT_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_export_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TafelExportPage *self = TAFEL_EXPORT_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      tafel_export_page_set_model (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tafel_export_page_class_init (TafelExportPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tafel_export_page_dispose;
  object_class->get_property = tafel_export_page_get_property;
  object_class->set_property = tafel_export_page_set_property;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, TAFEL_TYPE_TRAJECT_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tafel-export-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TafelExportPage, traject_row);
  gtk_widget_class_bind_template_child (widget_class, TafelExportPage, sessies_label);
  gtk_widget_class_bind_template_child (widget_class, TafelExportPage, deelproducten_label);
  gtk_widget_class_bind_template_child (widget_class, TafelExportPage, organisaties_label);
  gtk_widget_class_bind_template_child (widget_class, TafelExportPage, geeltjes_label);
  gtk_widget_class_bind_template_child (widget_class, TafelExportPage, geeltjes_row);
  gtk_widget_class_bind_template_child (widget_class, TafelExportPage, version_row);
  gtk_widget_class_bind_template_child (widget_class, TafelExportPage, final_switch);
  gtk_widget_class_bind_template_child (widget_class, TafelExportPage, anonymise_switch);
  gtk_widget_class_bind_template_child (widget_class, TafelExportPage, omit_switch);
  gtk_widget_class_bind_template_child (widget_class, TafelExportPage, log_group);
  gtk_widget_class_bind_template_child (widget_class, TafelExportPage, log_list);
  gtk_widget_class_bind_template_callback (widget_class, on_final_changed_cb);

  gtk_widget_class_install_action (widget_class, "export.export-pve", NULL, on_export_action_cb);
  gtk_widget_class_install_action (widget_class, "export.traject-details", NULL, on_traject_details_action_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "export.export-pve", NULL);
}

static void
tafel_export_page_init (TafelExportPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_counts (self);
}

GtkWidget *
tafel_export_page_new (void)
{
  return g_object_new (TAFEL_TYPE_EXPORT_PAGE, NULL);
}

TafelTrajectModel *
tafel_export_page_get_model (TafelExportPage *self)
{
  g_return_val_if_fail (TAFEL_IS_EXPORT_PAGE (self), NULL);
  return self->model;
}

void
tafel_export_page_set_model (TafelExportPage   *self,
                             TafelTrajectModel *model)
{
  g_return_if_fail (TAFEL_IS_EXPORT_PAGE (self));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_model_changed_cb, self);

  g_set_object (&self->model, model);

  if (model != NULL)
    {
      for (guint i = 0; counted_tables[i] != NULL; i++)
        {
          g_autofree char *signal = g_strconcat ("changed::", counted_tables[i], NULL);

          g_signal_connect (model, signal, G_CALLBACK (on_model_changed_cb), self);
        }
    }

  if (self->traject_row != NULL)
    {
      update_counts (self);
      /* Another traject: its own next version. */
      g_clear_pointer (&self->prefilled, g_free);
      gtk_editable_set_text (GTK_EDITABLE (self->version_row), "");
      prefill_version (self);
      refresh_log (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

gboolean
tafel_export_page_export_to (TafelExportPage  *self,
                             const char       *path,
                             GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *full = NULL;

  g_return_val_if_fail (TAFEL_IS_EXPORT_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  full = tafel_export_ensure_xlsx (path);

  if (self->model == NULL)
    g_set_error_literal (&local_error, TAFEL_ERROR, TAFEL_ERROR_EXPORT, _("No traject is open to export."));
  else
    {
      g_autofree char *version = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->version_row))));
      g_autoptr(TafelExportlog) log = NULL;
      TafelPveOptions options;

      tafel_pve_options_init (&options);
      options.version_label = *version != '\0' ? version : NULL;
      options.final = gtk_switch_get_active (self->final_switch);
      options.anonymise = gtk_switch_get_active (self->anonymise_switch);
      options.participants = !gtk_switch_get_active (self->omit_switch);
      tafel_export_pve_full (tafel_traject_model_get_store (self->model),
                             tafel_traject_model_get_traject_id (self->model),
                             full, &options, &log, &local_error);
    }

  if (local_error != NULL)
    {
      tafel_ui_toast_error (GTK_WIDGET (self), local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  self->n_exports++;
  refresh_log (self);
  /* The next export proposes the next number. */
  gtk_editable_set_text (GTK_EDITABLE (self->version_row), "");
  prefill_version (self);
  tafel_export_show_saved_toast (GTK_WIDGET (self), full);
  return TRUE;
}

guint
tafel_export_page_get_n_exports (TafelExportPage *self)
{
  g_return_val_if_fail (TAFEL_IS_EXPORT_PAGE (self), 0);
  return self->n_exports;
}

guint
tafel_export_page_get_n_logged (TafelExportPage *self)
{
  g_return_val_if_fail (TAFEL_IS_EXPORT_PAGE (self), 0);
  return self->n_logged;
}

/* @name: "version" (the AdwEntryRow), "final", "anonymise" or
 * "omit-deelnemers" (GtkSwitches). */
GtkWidget *
tafel_export_page_get_option (TafelExportPage *self,
                              const char      *name)
{
  g_return_val_if_fail (TAFEL_IS_EXPORT_PAGE (self), NULL);

  if (g_str_equal (name, "version"))
    return GTK_WIDGET (self->version_row);
  if (g_str_equal (name, "final"))
    return GTK_WIDGET (self->final_switch);
  if (g_str_equal (name, "anonymise"))
    return GTK_WIDGET (self->anonymise_switch);
  if (g_str_equal (name, "omit-deelnemers"))
    return GTK_WIDGET (self->omit_switch);

  g_return_val_if_reached (NULL);
}

const char *
tafel_export_page_get_shown (TafelExportPage *self,
                             const char      *what)
{
  g_return_val_if_fail (TAFEL_IS_EXPORT_PAGE (self), NULL);
  g_return_val_if_fail (what != NULL, NULL);

  if (g_str_equal (what, "sessies"))
    return gtk_label_get_text (self->sessies_label);
  if (g_str_equal (what, "deelproducten"))
    return gtk_label_get_text (self->deelproducten_label);
  if (g_str_equal (what, "organisaties"))
    return gtk_label_get_text (self->organisaties_label);
  if (g_str_equal (what, "geeltjes"))
    return gtk_label_get_text (self->geeltjes_label);
  if (g_str_equal (what, "geeltjes-open"))
    return adw_action_row_get_subtitle (self->geeltjes_row);
  if (g_str_equal (what, "traject"))
    return adw_action_row_get_subtitle (self->traject_row);

  return NULL;
}

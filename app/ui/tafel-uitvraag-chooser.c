/* tafel-uitvraag-chooser.c: the file choosers of the Uitvraag page's
 * export and import actions: a folder for all workbooks, a file name for
 * one, workbooks or a folder to read (see tafel-uitvraag-page-private.h for
 * the other parts) */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-uitvraag-export.h"
#include "tafel-uitvraag-page-private.h"

/* ---- shared with the other parts (tafel-uitvraag-page-private.h) ------- */

void
tafel_uitvraag_page_close_chooser (TafelUitvraagPage *self)
{
  if (self->chooser == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->chooser, self);
  gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
}

/* ---- the chooser ------------------------------------------------------- */

static void
on_chooser_response_cb (GtkNativeDialog   *chooser,
                        int                response,
                        TafelUitvraagPage *self)
{
  ChooserPurpose purpose = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "purpose"));
  gint64 *organisatie_id = g_object_get_data (G_OBJECT (chooser), "organisatie-id");
  gint64 org = organisatie_id ? *organisatie_id : 0;
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      if (purpose == CHOOSE_IMPORT_FILES)
        files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      else
        file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
    }
  tafel_uitvraag_page_close_chooser (self);

  if (files != NULL)
    {
      GList *list = NULL;

      for (guint i = g_list_model_get_n_items (files); i > 0; i--)
        list = g_list_prepend (list, g_list_model_get_item (files, i - 1));
      tafel_uitvraag_page_import_files (self, list);
      g_list_free_full (list, g_object_unref);
      return;
    }
  if (file == NULL)
    return;

  if (purpose == CHOOSE_IMPORT_FOLDER)
    {
      tafel_uitvraag_page_import_folder (self, file);
      return;
    }

  path = g_file_get_path (file);
  if (path == NULL)
    {
      tafel_uitvraag_page_show_error (self, "%s",
                                      _("Workbooks can only be written to a folder on this computer."));
      return;
    }

  if (purpose == CHOOSE_EXPORT_FOLDER)
    tafel_uitvraag_page_export_to_folder (self, path);
  else
    tafel_uitvraag_page_export_one_to (self, org, path, NULL);
}

static void
add_xlsx_filter (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Excel workbooks (*.xlsx)"));
  gtk_file_filter_add_pattern (filter, "*.xlsx");
  gtk_file_filter_add_pattern (filter, "*.XLSX");
  gtk_file_filter_add_mime_type (filter, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  gtk_file_chooser_add_filter (chooser, filter);
  gtk_file_chooser_set_filter (chooser, filter);
}

static void
show_chooser (TafelUitvraagPage    *self,
              ChooserPurpose        purpose,
              const char           *title,
              GtkFileChooserAction  action,
              const char           *accept,
              const char           *name,
              gint64                organisatie_id)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autoptr(GFile) folder = NULL;
  GtkFileChooserNative *chooser;
  gint64 *boxed_id = g_new (gint64, 1);

  tafel_uitvraag_page_close_chooser (self);

  chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         action, accept, _("_Cancel"));
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_set_modal (self->chooser, TRUE);

  *boxed_id = organisatie_id;
  g_object_set_data (G_OBJECT (chooser), "purpose", GINT_TO_POINTER (purpose));
  g_object_set_data_full (G_OBJECT (chooser), "organisatie-id", boxed_id, g_free);

  if (purpose == CHOOSE_IMPORT_FILES)
    {
      gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
      add_xlsx_filter (GTK_FILE_CHOOSER (chooser));
    }
  else if (purpose == CHOOSE_EXPORT_ONE)
    add_xlsx_filter (GTK_FILE_CHOOSER (chooser));

  if (documents == NULL || !g_file_test (documents, G_FILE_TEST_IS_DIR))
    documents = g_get_home_dir ();
  folder = g_file_new_for_path (documents);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  if (name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (self->chooser);
}

/* ---- actions (installed by tafel-uitvraag-page.c) ---------------------- */

void
tafel_uitvraag_page_on_export_all_action_cb (GtkWidget  *widget,
                                             const char *action_name,
                                             GVariant   *parameter)
{
  TafelUitvraagPage *self = TAFEL_UITVRAAG_PAGE (widget);

  if (tafel_uitvraag_page_get_sessie (self) == NULL)
    return;

  show_chooser (self, CHOOSE_EXPORT_FOLDER, _("Folder for the Workbooks"),
                GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Make Workbooks"), NULL, 0);
}

void
tafel_uitvraag_page_on_export_blank_action_cb (GtkWidget  *widget,
                                               const char *action_name,
                                               GVariant   *parameter)
{
  TafelUitvraagPage *self = TAFEL_UITVRAAG_PAGE (widget);
  TafelSessie *sessie = tafel_uitvraag_page_get_sessie (self);
  g_autofree char *name = NULL;

  if (sessie == NULL)
    return;

  /* TRANSLATORS: in the file name of a blank workbook, "Sessie 2 - blank.xlsx" */
  name = tafel_uitvraag_file_name (tafel_sessie_get_name (sessie), _("blank"));
  show_chooser (self, CHOOSE_EXPORT_ONE, _("Save Blank Workbook"),
                GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), name, 0);
}

void
tafel_uitvraag_page_on_export_one_action_cb (GtkWidget  *widget,
                                             const char *action_name,
                                             GVariant   *parameter)
{
  TafelUitvraagPage *self = TAFEL_UITVRAAG_PAGE (widget);
  TafelSessie *sessie = tafel_uitvraag_page_get_sessie (self);
  gint64 organisatie_id = g_variant_get_int64 (parameter);
  g_autofree char *name = NULL;

  if (sessie == NULL)
    return;

  name = tafel_uitvraag_file_name (tafel_sessie_get_name (sessie),
                                   tafel_traject_model_lookup_name (self->model, TAFEL_TYPE_ORGANISATIE,
                                                                    organisatie_id));
  show_chooser (self, CHOOSE_EXPORT_ONE, _("Save Workbook"),
                GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), name, organisatie_id);
}

void
tafel_uitvraag_page_on_import_files_action_cb (GtkWidget  *widget,
                                               const char *action_name,
                                               GVariant   *parameter)
{
  if (TAFEL_UITVRAAG_PAGE (widget)->model == NULL)
    return;

  show_chooser (TAFEL_UITVRAAG_PAGE (widget), CHOOSE_IMPORT_FILES, _("Import Returns"),
                GTK_FILE_CHOOSER_ACTION_OPEN, _("_Read"), NULL, 0);
}

void
tafel_uitvraag_page_on_import_folder_action_cb (GtkWidget  *widget,
                                                const char *action_name,
                                                GVariant   *parameter)
{
  if (TAFEL_UITVRAAG_PAGE (widget)->model == NULL)
    return;

  show_chooser (TAFEL_UITVRAAG_PAGE (widget), CHOOSE_IMPORT_FOLDER, _("Import a Folder of Returns"),
                GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Read"), NULL, 0);
}

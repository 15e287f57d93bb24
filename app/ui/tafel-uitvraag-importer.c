/* tafel-uitvraag-importer.c: the Uitvraag page reading returns: a file per
 * main-loop idle with a progress bar, then the preview; its answer stores
 * them, lists the outcome under Last Import and offers Undo (see
 * tafel-uitvraag-page-private.h for the other parts) */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "tafel-inlevering.h"
#include "tafel-ui-util.h"
#include "tafel-uitvraag-import.h"
#include "tafel-uitvraag-page-private.h"
#include "tafel-uitvraag-preview.h"

/* ---- helpers ----------------------------------------------------------- */

static void
show_read_progress (TafelUitvraagPage *self)
{
  Job *job = self->job;
  TafelUitvraagBestand *bestand = g_ptr_array_index (job->bestanden, job->index);
  /* TRANSLATORS: progress while reading returns, "Reading 3 of 12: Zorg BV.xlsx" */
  g_autofree char *text = g_strdup_printf (_("Reading %u of %u: %s"), job->index + 1, job->total, bestand->name);

  tafel_uitvraag_page_set_progress (self, job->index, job->total, text);
}

typedef struct {
  GWeakRef    page;
  TafelStore *store;
  GArray     *ids;
} UndoData;

static void
undo_data_free (gpointer data)
{
  UndoData *u = data;

  g_weak_ref_clear (&u->page);
  g_clear_object (&u->store);
  g_array_unref (u->ids);
  g_free (u);
}

/* Takes back the returns @ids stored, newest first; those already taken
 * back (from the history) are left alone. */
static guint
undo_imports (GtkWidget  *widget,
              TafelStore *store,
              GArray     *ids)
{
  guint n = 0;

  for (guint i = ids->len; i > 0; i--)
    {
      gint64 id = g_array_index (ids, gint64, i - 1);
      g_autoptr(TafelInlevering) inlevering = tafel_store_get (store, TAFEL_TYPE_INLEVERING, id, NULL);
      g_autoptr(GError) error = NULL;

      if (inlevering == NULL || g_strcmp0 (tafel_inlevering_get_status (inlevering), "actief") != 0)
        continue;
      if (!tafel_uitvraag_import_undo (store, id, &error))
        {
          if (widget != NULL)
            tafel_ui_toast_error (widget, error);
          else
            g_message ("%s", error->message);
          continue;
        }
      n++;
    }

  return n;
}

static void
undo_toast_cb (gpointer data)
{
  UndoData *u = data;
  g_autoptr(GtkWidget) page = g_weak_ref_get (&u->page);

  undo_imports (page, u->store, u->ids);
  if (page != NULL)
    {
      TafelUitvraagPage *self = TAFEL_UITVRAAG_PAGE (page);

      /* This import is gone: the page's Undo would find nothing to do. */
      if (self->last_import != NULL && self->last_import->len == u->ids->len &&
          memcmp (self->last_import->data, u->ids->data, u->ids->len * sizeof (gint64)) == 0)
        g_clear_pointer (&self->last_import, g_array_unref);
    }
}

static void
apply_import (TafelUitvraagPage *self,
              GPtrArray         *bestanden,
              gboolean           accept_errors)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n_unchanged = 0;
  gint64 sessie_id = 0;
  gboolean one_sessie = TRUE;

  tafel_uitvraag_page_clear_list (self->result_list);
  for (guint i = 0; i < bestanden->len; i++)
    {
      TafelUitvraagBestand *bestand = g_ptr_array_index (bestanden, i);

      if (tafel_uitvraag_bestand_apply (bestand, accept_errors))
        {
          gint64 id = tafel_uitvraag_import_get_sessie_id (bestand->import);

          g_array_append_val (ids, bestand->inlevering_id);
          one_sessie = one_sessie && (sessie_id == 0 || sessie_id == id);
          sessie_id = id;
        }
      else if (bestand->outcome == TAFEL_BESTAND_UNCHANGED)
        n_unchanged++;
      gtk_list_box_append (self->result_list, tafel_uitvraag_result_row_new (bestand));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->result_group), TRUE);

  /* Show the statuses the import changed. */
  if (one_sessie && sessie_id != 0 && sessie_id != tafel_ref_dropdown_get_id (self->sessie_ref))
    tafel_ref_dropdown_set_id (self->sessie_ref, sessie_id);

  g_clear_pointer (&self->last_import, g_array_unref);
  if (ids->len == 0)
    {
      tafel_ui_toast (GTK_WIDGET (self),
                      n_unchanged == bestanden->len ? _("Nothing was imported: these returns were imported before")
                                                    : _("Nothing was imported: see Last Import"));
      return;
    }

  self->last_import = g_array_ref (ids);
  {
    g_autofree char *message = g_strdup_printf (ngettext ("%u return imported", "%u returns imported", ids->len),
                                                ids->len);
    UndoData *u = g_new0 (UndoData, 1);

    g_weak_ref_init (&u->page, self);
    u->store = g_object_ref (tafel_uitvraag_page_get_store (self));
    u->ids = g_array_ref (ids);
    tafel_ui_toast_undo (GTK_WIDGET (self), message, undo_toast_cb, u, undo_data_free);
  }
}

static void
on_preview_response_cb (AdwMessageDialog  *dialog,
                        const char        *response,
                        TafelUitvraagPage *self)
{
  g_autoptr(GPtrArray) bestanden = g_steal_pointer (&self->preview_files);
  gboolean accept_errors = self->errors_check != NULL && gtk_check_button_get_active (self->errors_check);

  /* The dialog closes itself after answering. */
  g_signal_handlers_disconnect_by_data (dialog, self);
  self->preview = NULL;
  self->errors_check = NULL;

  if (g_strcmp0 (response, "import") == 0 && bestanden != NULL && self->model != NULL)
    apply_import (self, bestanden, accept_errors);
  tafel_uitvraag_page_update_actions (self);
}

static void
show_preview (TafelUitvraagPage *self,
              GPtrArray         *bestanden)
{
  tafel_uitvraag_page_close_preview (self);
  tafel_uitvraag_bestanden_mark_superseded (bestanden);
  self->preview_files = g_ptr_array_ref (bestanden);
  self->preview = tafel_uitvraag_preview_new (GTK_WIDGET (self), bestanden, &self->errors_check);
  g_signal_connect (self->preview, "response", G_CALLBACK (on_preview_response_cb), self);
  tafel_uitvraag_page_update_actions (self);
  gtk_window_present (GTK_WINDOW (self->preview));
}

static gboolean
read_step_cb (gpointer data)
{
  TafelUitvraagPage *self = data;
  Job *job = self->job;
  g_autoptr(GPtrArray) bestanden = NULL;

  tafel_uitvraag_bestand_read (g_ptr_array_index (job->bestanden, job->index), self->model);
  job->index++;
  if (job->index < job->total)
    {
      show_read_progress (self);
      return G_SOURCE_CONTINUE;
    }

  job->source_id = 0;
  bestanden = g_ptr_array_ref (job->bestanden);
  tafel_uitvraag_page_finish_job (self);
  show_preview (self, bestanden);
  return G_SOURCE_REMOVE;
}

static int
compare_files (gconstpointer a,
               gconstpointer b)
{
  g_autofree char *x = g_file_get_basename ((GFile *) a);
  g_autofree char *y = g_file_get_basename ((GFile *) b);

  return g_utf8_collate (x, y);
}

/* ---- shared with the other parts (tafel-uitvraag-page-private.h) ------- */

void
tafel_uitvraag_page_close_preview (TafelUitvraagPage *self)
{
  if (self->preview != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->preview, self);
      gtk_window_destroy (GTK_WINDOW (self->preview));
      self->preview = NULL;
    }
  self->errors_check = NULL;
  g_clear_pointer (&self->preview_files, g_ptr_array_unref);
}

/* ---- public ------------------------------------------------------------ */

void
tafel_uitvraag_page_import_files (TafelUitvraagPage *self,
                                  GList             *files)
{
  Job *job;

  g_return_if_fail (TAFEL_IS_UITVRAAG_PAGE (self));

  if (files == NULL || self->job != NULL)
    return;
  if (self->model == NULL)
    {
      tafel_uitvraag_page_show_error (self, "%s", _("Open a traject to import returns into."));
      return;
    }

  tafel_uitvraag_page_close_preview (self);
  job = g_new0 (Job, 1);
  job->kind = JOB_READ;
  job->bestanden = g_ptr_array_new_with_free_func ((GDestroyNotify) tafel_uitvraag_bestand_free);
  for (GList *l = files; l != NULL; l = l->next)
    g_ptr_array_add (job->bestanden, tafel_uitvraag_bestand_new (l->data));
  job->total = job->bestanden->len;
  self->job = job;

  job->source_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, read_step_cb, self, NULL);
  show_read_progress (self);
  tafel_uitvraag_page_update_actions (self);
}

gboolean
tafel_uitvraag_page_import_folder (TafelUitvraagPage *self,
                                   GFile             *folder)
{
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  GList *files = NULL;

  g_return_val_if_fail (TAFEL_IS_UITVRAAG_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (folder), FALSE);

  display = g_file_get_parse_name (folder);
  children = g_file_enumerate_children (folder,
                                        G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                        G_FILE_ATTRIBUTE_STANDARD_IS_HIDDEN,
                                        G_FILE_QUERY_INFO_NONE, NULL, &error);
  if (children == NULL)
    {
      tafel_uitvraag_page_show_error (self, _("The folder “%s” cannot be read: %s"), display, error->message);
      return FALSE;
    }

  for (;;)
    {
      GFileInfo *info = NULL;
      const char *name;
      gsize length;

      if (!g_file_enumerator_iterate (children, &info, NULL, NULL, &error))
        {
          g_list_free_full (files, g_object_unref);
          tafel_uitvraag_page_show_error (self, _("The folder “%s” cannot be read: %s"), display, error->message);
          return FALSE;
        }
      if (info == NULL)
        break;

      name = g_file_info_get_name (info);
      length = strlen (name);
      /* Office keeps "~$name.xlsx" beside a workbook it has open. */
      if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR || g_file_info_get_is_hidden (info) ||
          g_str_has_prefix (name, "~$") || length <= 5 ||
          g_ascii_strcasecmp (name + length - 5, ".xlsx") != 0)
        continue;
      files = g_list_prepend (files, g_file_get_child (folder, name));
    }

  if (files == NULL)
    {
      tafel_uitvraag_page_show_error (self, _("There are no workbooks (.xlsx) in “%s”."), display);
      return FALSE;
    }

  files = g_list_sort (files, compare_files);
  tafel_uitvraag_page_import_files (self, files);
  g_list_free_full (files, g_object_unref);
  return TRUE;
}

guint
tafel_uitvraag_page_undo_last_import (TafelUitvraagPage *self)
{
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (TAFEL_IS_UITVRAAG_PAGE (self), 0);

  ids = g_steal_pointer (&self->last_import);
  if (ids == NULL || self->model == NULL)
    return 0;

  return undo_imports (GTK_WIDGET (self), tafel_uitvraag_page_get_store (self), ids);
}

AdwMessageDialog *
tafel_uitvraag_page_get_preview (TafelUitvraagPage *self)
{
  g_return_val_if_fail (TAFEL_IS_UITVRAAG_PAGE (self), NULL);
  return self->preview;
}

GtkCheckButton *
tafel_uitvraag_page_get_errors_check (TafelUitvraagPage *self)
{
  g_return_val_if_fail (TAFEL_IS_UITVRAAG_PAGE (self), NULL);
  return self->errors_check;
}

GtkListBox *
tafel_uitvraag_page_get_results (TafelUitvraagPage *self)
{
  g_return_val_if_fail (TAFEL_IS_UITVRAAG_PAGE (self), NULL);
  return self->result_list;
}

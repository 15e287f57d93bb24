/* tafel-uitvraag-maker.c: the Uitvraag page making workbooks: one per
 * invited organisation, a step per main-loop idle with a progress bar (the
 * page cancels), and a single one again or a blank one (see
 * tafel-uitvraag-page-private.h for the other parts) */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "tafel-error.h"
#include "tafel-export-page.h"
#include "tafel-ui-util.h"
#include "tafel-uitvraag-export.h"
#include "tafel-uitvraag-import.h"
#include "tafel-uitvraag-page-private.h"

/* The file name for @organisation, with " (2)", " (3)" … when an earlier
 * one of this run took it (compared without case, as Windows and macOS
 * do), as tafel_uitvraag_export_all() names them. */
static char *
dup_unique_name (GHashTable *taken,
                 const char *sessie_name,
                 const char *organisatie_name)
{
  g_autofree char *first = tafel_uitvraag_file_name (sessie_name, organisatie_name);
  g_autofree char *stem = g_strndup (first, strlen (first) - strlen (".xlsx"));

  for (guint i = 1;; i++)
    {
      g_autofree char *name = i == 1 ? g_strdup (first) : g_strdup_printf ("%s (%u).xlsx", stem, i);
      char *key = g_utf8_casefold (name, -1);

      if (!g_hash_table_contains (taken, key))
        {
          g_hash_table_add (taken, key);
          return g_steal_pointer (&name);
        }
      g_free (key);
    }
}

static void
show_export_progress (TafelUitvraagPage *self)
{
  Job *job = self->job;
  TafelUitvraagRegel *regel = g_ptr_array_index (job->regels, job->index);
  /* TRANSLATORS: progress while writing, "3 of 12: Zorgaanbieder X" */
  g_autofree char *text = g_strdup_printf (_("%u of %u: %s"), job->index + 1, job->total, regel->organisatie);

  tafel_uitvraag_page_set_progress (self, job->index, job->total, text);
}

static gboolean
export_step_cb (gpointer data)
{
  TafelUitvraagPage *self = data;
  Job *job = self->job;
  TafelUitvraagRegel *regel = g_ptr_array_index (job->regels, job->index);
  g_autofree char *name = dup_unique_name (job->taken, job->sessie_name, regel->organisatie);
  g_autofree char *path = g_build_filename (job->folder, name, NULL);
  g_autofree char *display = g_filename_display_name (job->folder);
  g_autoptr(GError) error = NULL;
  guint total = job->total;

  if (!tafel_uitvraag_export (tafel_uitvraag_page_get_store (self), tafel_uitvraag_page_get_traject_id (self),
                              job->sessie_id, regel->organisatie_id, path, &error))
    {
      job->source_id = 0;
      tafel_uitvraag_page_finish_job (self);
      tafel_ui_toast_error (GTK_WIDGET (self), error);
      return G_SOURCE_REMOVE;
    }

  job->index++;
  if (job->index < total)
    {
      show_export_progress (self);
      return G_SOURCE_CONTINUE;
    }

  job->source_id = 0;
  tafel_uitvraag_page_finish_job (self);
  {
    g_autofree char *message = g_strdup_printf (ngettext ("%u workbook written to “%s”",
                                                          "%u workbooks written to “%s”", total),
                                                total, display);

    tafel_ui_toast (GTK_WIDGET (self), message);
  }
  return G_SOURCE_REMOVE;
}

/* ---- public ------------------------------------------------------------ */

gboolean
tafel_uitvraag_page_export_to_folder (TafelUitvraagPage *self,
                                      const char        *folder)
{
  g_autoptr(GPtrArray) regels = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  TafelSessie *sessie;
  Job *job;

  g_return_val_if_fail (TAFEL_IS_UITVRAAG_PAGE (self), FALSE);
  g_return_val_if_fail (folder != NULL, FALSE);

  sessie = tafel_uitvraag_page_get_sessie (self);
  display = g_filename_display_name (folder);
  if (self->job != NULL)
    return FALSE;
  if (sessie == NULL)
    {
      tafel_uitvraag_page_show_error (self, "%s", _("Choose the session to make the workbooks for."));
      return FALSE;
    }
  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      tafel_uitvraag_page_show_error (self, _("The folder “%s” does not exist."), display);
      return FALSE;
    }

  regels = tafel_uitvraag_status_list (tafel_uitvraag_page_get_store (self),
                                       tafel_uitvraag_page_get_traject_id (self),
                                       tafel_entity_get_id (TAFEL_ENTITY (sessie)), NULL, &error);
  if (regels == NULL)
    {
      tafel_ui_toast_error (GTK_WIDGET (self), error);
      return FALSE;
    }
  if (regels->len == 0)
    {
      tafel_uitvraag_page_show_error (self, "%s",
                                      _("There are no organisations to make workbooks for: "
                                        "add them on the Participants page."));
      return FALSE;
    }

  job = g_new0 (Job, 1);
  job->kind = JOB_EXPORT;
  job->total = regels->len;
  job->regels = g_steal_pointer (&regels);
  job->sessie_id = tafel_entity_get_id (TAFEL_ENTITY (sessie));
  job->sessie_name = g_strdup (tafel_sessie_get_name (sessie));
  job->folder = g_strdup (folder);
  job->taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->job = job;

  /* Below the redraws: the progress bar shows between two workbooks. */
  job->source_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, export_step_cb, self, NULL);
  show_export_progress (self);
  tafel_uitvraag_page_update_actions (self);
  return TRUE;
}

gboolean
tafel_uitvraag_page_export_one_to (TafelUitvraagPage *self,
                                   gint64             organisatie_id,
                                   const char        *path,
                                   GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *full = NULL;
  g_autofree char *message = NULL;
  TafelSessie *sessie;

  g_return_val_if_fail (TAFEL_IS_UITVRAAG_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  full = tafel_export_ensure_xlsx (path);
  sessie = tafel_uitvraag_page_get_sessie (self);
  if (sessie == NULL)
    g_set_error_literal (&local_error, TAFEL_ERROR, TAFEL_ERROR_EXPORT,
                         _("Choose the session to make the workbooks for."));
  else
    tafel_uitvraag_export (tafel_uitvraag_page_get_store (self), tafel_uitvraag_page_get_traject_id (self),
                           tafel_entity_get_id (TAFEL_ENTITY (sessie)), organisatie_id, full, &local_error);

  if (local_error != NULL)
    {
      tafel_ui_toast_error (GTK_WIDGET (self), local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (organisatie_id == 0)
    message = g_strdup (_("Blank workbook written"));
  else
    message = g_strdup_printf (_("Workbook for %s written"),
                               tafel_traject_model_lookup_name (self->model, TAFEL_TYPE_ORGANISATIE, organisatie_id));
  tafel_ui_toast (GTK_WIDGET (self), message);
  return TRUE;
}

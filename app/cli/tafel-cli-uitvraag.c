/* tafel-cli-uitvraag.c: ontwikkeltafel-cli export-uitvraag and import
 *
 *   export-uitvraag --traject X --session Y [--organisation Z] -o DIR
 *   import --traject X FILE|DIR… [--dry-run] [--accept-errors]
 *
 * import prints, per file, the organisation and session it was matched
 * to, what it adds or replaces, and every error by sheet, row and cell;
 * it exits 1 when any file had errors or could not be read.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "tafel-cli-common.h"
#include "tafel-deelnemer.h"
#include "tafel-error.h"
#include "tafel-traject.h"
#include "tafel-uitvraag-export.h"
#include "tafel-uitvraag-import.h"

/* ---- export-uitvraag ------------------------------------------------ */

static gboolean
on_progress_cb (guint       done,
                guint       total,
                const char *organisation,
                gpointer    user_data)
{
  g_printerr ("[%u/%u] %s\n", done, total, organisation);
  return TRUE;
}

#define EXPORT_COMMAND "export-uitvraag"

int
tafel_cli_export_uitvraag (TafelCliGlobal *global,
                           int             argc,
                           char          **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelStore) store = NULL;
  g_autoptr(TafelTraject) traject = NULL;
  g_autoptr(TafelSessie) sessie = NULL;
  g_autoptr(TafelOrganisatie) organisatie = NULL;
  g_autofree char *db_option = NULL;
  g_autofree char *traject_arg = NULL;
  g_autofree char *session_arg = NULL;
  g_autofree char *organisation_arg = NULL;
  g_autofree char *output = NULL;
  gboolean blank = FALSE;
  gint64 traject_id;
  const GOptionEntry entries[] = {
    { "traject", 't', 0, G_OPTION_ARG_STRING, &traject_arg,
      N_("The traject, by name or id (see “list”)"), N_("NAME|ID") },
    { "session", 's', 0, G_OPTION_ARG_STRING, &session_arg,
      N_("The session the workbooks are for, by name or id"), N_("NAME|ID") },
    { "organisation", 'O', 0, G_OPTION_ARG_STRING, &organisation_arg,
      N_("Only this organisation, by name or id (default: every invited organisation)"), N_("NAME|ID") },
    { "blank", 0, 0, G_OPTION_ARG_NONE, &blank,
      N_("Write one blank workbook in which a provider fills in its own name"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The folder to write the workbooks to"), N_("DIR") },
    TAFEL_CLI_DB_ENTRY (&db_option),
    { NULL }
  };

  context = tafel_cli_context_new (EXPORT_COMMAND,
                                   _("Write the uitvraag workbooks that providers fill in before a session."), entries);
  if (!tafel_cli_parse (context, EXPORT_COMMAND, global, &db_option, &argc, &argv))
    return TAFEL_CLI_EXIT_USAGE;
  if (argc > 1)
    return tafel_cli_usage_error (EXPORT_COMMAND, _("Unexpected argument “%s”."), argv[1]);
  if (traject_arg == NULL || *g_strstrip (traject_arg) == '\0')
    return tafel_cli_usage_error (EXPORT_COMMAND, _("Say which traject with --traject NAME or --traject ID."));
  if (session_arg == NULL || *g_strstrip (session_arg) == '\0')
    return tafel_cli_usage_error (EXPORT_COMMAND, _("Say which session with --session NAME or --session ID."));
  if (output == NULL || *output == '\0')
    return tafel_cli_usage_error (EXPORT_COMMAND, _("Say which folder to write to with -o DIR."));
  if (blank && organisation_arg != NULL)
    return tafel_cli_usage_error (EXPORT_COMMAND, _("Give either --organisation or --blank, not both."));

  store = tafel_cli_open_existing_store (global, &error);
  if (store == NULL)
    return tafel_cli_fail (error);
  traject = tafel_store_find_traject (store, traject_arg, &error);
  if (traject == NULL)
    return tafel_cli_fail (error);
  traject_id = tafel_entity_get_id (TAFEL_ENTITY (traject));

  sessie = tafel_cli_find_entity (store, TAFEL_TYPE_SESSIE, traject_id, session_arg, _("session"), &error);
  if (sessie == NULL)
    return tafel_cli_fail (error);
  if (!g_file_test (output, G_FILE_TEST_IS_DIR) && g_mkdir_with_parents (output, 0755) != 0)
    {
      g_autofree char *display = g_filename_display_name (output);

      g_set_error (&error, TAFEL_ERROR, TAFEL_ERROR_IO, _("The folder “%s” cannot be made."), display);
      return tafel_cli_fail (error);
    }

  if (organisation_arg != NULL || blank)
    {
      g_autofree char *name = NULL;
      g_autofree char *path = NULL;

      if (!blank)
        {
          organisatie = tafel_cli_find_entity (store, TAFEL_TYPE_ORGANISATIE, traject_id, g_strstrip (organisation_arg),
                                               _("organisation"), &error);
          if (organisatie == NULL)
            return tafel_cli_fail (error);
        }
      name = tafel_uitvraag_file_name (tafel_sessie_get_name (sessie),
                                       organisatie ? tafel_organisatie_get_name (organisatie) : _("blank"));
      path = g_build_filename (output, name, NULL);
      if (!tafel_uitvraag_export (store, traject_id, tafel_entity_get_id (TAFEL_ENTITY (sessie)),
                                  organisatie ? tafel_entity_get_id (TAFEL_ENTITY (organisatie)) : 0, path, &error))
        return tafel_cli_fail (error);
      g_print ("%s\n", path);
    }
  else
    {
      g_autoptr(GPtrArray) paths = tafel_uitvraag_export_all (store, traject_id,
                                                              tafel_entity_get_id (TAFEL_ENTITY (sessie)),
                                                              output, on_progress_cb, NULL, &error);

      if (paths == NULL)
        return tafel_cli_fail (error);
      for (guint i = 0; i < paths->len; i++)
        g_print ("%s\n", (char *) paths->pdata[i]);
      g_print (g_dngettext (GETTEXT_PACKAGE, "%u workbook written.\n", "%u workbooks written.\n", paths->len),
               paths->len);
    }

  return TAFEL_CLI_EXIT_OK;
}

/* ---- import --------------------------------------------------------- */

#define IMPORT_COMMAND "import"

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

/* The .xlsx files of @arg: the file itself, or those directly in a folder
 * (not Excel's "~$" lock files, not hidden ones), by name. */
static gboolean
collect_files (const char *arg,
               GPtrArray  *files,
               GError    **error)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) found = NULL;
  const char *name;

  if (!g_file_test (arg, G_FILE_TEST_IS_DIR))
    {
      g_ptr_array_add (files, g_strdup (arg));
      return TRUE;
    }
  dir = g_dir_open (arg, 0, error);
  if (dir == NULL)
    return FALSE;
  found = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *lower = g_ascii_strdown (name, -1);

      if (g_str_has_suffix (lower, ".xlsx") && !g_str_has_prefix (name, "~$") && name[0] != '.')
        g_ptr_array_add (found, g_build_filename (arg, name, NULL));
    }
  g_ptr_array_sort (found, compare_paths);
  for (guint i = 0; i < found->len; i++)
    g_ptr_array_add (files, g_strdup (found->pdata[i]));
  return TRUE;
}

static const char *
action_label (TafelImportAction action)
{
  switch (action)
    {
    case TAFEL_IMPORT_NEW:       return _("new return");
    case TAFEL_IMPORT_REPLACE:   return _("newer return");
    case TAFEL_IMPORT_UNCHANGED: return _("already imported");
    default:                     return "";
    }
}

/* Reads, shows and (unless @dry_run) stores one file; FALSE when it had
 * errors or could not be read. */
static gboolean
import_one (TafelStore *store,
            gint64      traject_id,
            const char *path,
            gboolean    dry_run,
            gboolean    accept_errors,
            guint      *n_imported)
{
  g_autoptr(TafelUitvraagImport) import = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = g_filename_display_name (path);
  guint n_errors;

  g_print ("%s\n", display);
  import = tafel_uitvraag_import_read (store, traject_id, path, &error);
  if (import == NULL)
    {
      g_print ("  %s\n", error->message);
      return FALSE;
    }

  n_errors = tafel_uitvraag_import_get_n_errors (import);
  g_print (_("  %s, session “%s”: %s\n"), tafel_uitvraag_import_get_organisatie_name (import),
           tafel_uitvraag_import_get_sessie_name (import), action_label (tafel_uitvraag_import_get_action (import)));
  lines = tafel_uitvraag_import_describe (import);
  for (guint i = 0; i < lines->len; i++)
    g_print ("    %s\n", (char *) lines->pdata[i]);
  for (guint i = 0; i < n_errors; i++)
    g_print ("    ! %s\n", tafel_uitvraag_import_get_error (import, i)->message);

  if (tafel_uitvraag_import_get_action (import) == TAFEL_IMPORT_UNCHANGED)
    return n_errors == 0;
  if (dry_run)
    g_print ("  %s\n", _("Not imported (--dry-run)."));
  else if (n_errors > 0 && !accept_errors)
    g_print ("  %s\n", _("Not imported because of the errors; correct the file or use --accept-errors to import its valid rows."));
  else if (!tafel_uitvraag_import_apply (import, accept_errors, NULL, &error))
    {
      g_print ("  %s\n", error->message);
      return FALSE;
    }
  else
    {
      g_print ("  %s\n", n_errors > 0 ? _("Imported, without the rows with errors.") : _("Imported."));
      (*n_imported)++;
    }
  return n_errors == 0;
}

int
tafel_cli_import (TafelCliGlobal *global,
                  int             argc,
                  char          **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelStore) store = NULL;
  g_autoptr(TafelTraject) traject = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *db_option = NULL;
  g_autofree char *traject_arg = NULL;
  g_auto(GStrv) args = NULL;
  gboolean dry_run = FALSE, accept_errors = FALSE;
  guint n_failed = 0, n_imported = 0;
  const GOptionEntry entries[] = {
    { "traject", 't', 0, G_OPTION_ARG_STRING, &traject_arg,
      N_("The traject, by name or id (see “list”)"), N_("NAME|ID") },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run, N_("Only show what would be imported; store nothing"), NULL },
    { "accept-errors", 0, 0, G_OPTION_ARG_NONE, &accept_errors,
      N_("Import the valid rows of files that have errors"), NULL },
    TAFEL_CLI_DB_ENTRY (&db_option),
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, N_("FILE|DIR…") },
    { NULL }
  };

  context = tafel_cli_context_new (IMPORT_COMMAND,
                                   _("Read returned uitvraag workbooks into a traject."), entries);
  if (!tafel_cli_parse (context, IMPORT_COMMAND, global, &db_option, &argc, &argv))
    return TAFEL_CLI_EXIT_USAGE;
  if (traject_arg == NULL || *g_strstrip (traject_arg) == '\0')
    return tafel_cli_usage_error (IMPORT_COMMAND, _("Say which traject with --traject NAME or --traject ID."));
  if (args == NULL || args[0] == NULL)
    return tafel_cli_usage_error (IMPORT_COMMAND, _("Give one or more workbooks or folders to import."));

  store = tafel_cli_open_existing_store (global, &error);
  if (store == NULL)
    return tafel_cli_fail (error);
  traject = tafel_store_find_traject (store, traject_arg, &error);
  if (traject == NULL)
    return tafel_cli_fail (error);

  for (guint i = 0; args[i] != NULL; i++)
    if (!collect_files (args[i], files, &error))
      return tafel_cli_fail (error);

  for (guint i = 0; i < files->len; i++)
    if (!import_one (store, tafel_entity_get_id (TAFEL_ENTITY (traject)), files->pdata[i],
                     dry_run, accept_errors, &n_imported))
      n_failed++;

  g_print (g_dngettext (GETTEXT_PACKAGE, "%u file read, %u imported, %u with errors.\n",
                        "%u files read, %u imported, %u with errors.\n", files->len),
           files->len, n_imported, n_failed);
  return n_failed > 0 ? TAFEL_CLI_EXIT_FAILED : TAFEL_CLI_EXIT_OK;
}

/* tafel-cli-export.c: ontwikkeltafel-cli export-pve: the Programma van Eisen workbook
 *
 * The output is an Excel workbook: a name without an extension gets
 * ".xlsx"; any other extension is refused, since a program opening
 * "pve.csv" would not understand the file. An existing file is only
 * replaced with --force.
 *
 * --version-label, --final, --anonymise and --no-participants are the
 * options of tafel_export_pve_full(). A final version of a traject with
 * open completeness findings (see "check") is refused, with the findings
 * printed and nothing written, unless --force-final confirms it; the
 * Controle sheet of the workbook lists the findings either way.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "tafel-cli-common.h"
#include "tafel-controle.h"
#include "tafel-error.h"
#include "tafel-export-pve.h"

#define COMMAND "export-pve"

/* @output as the workbook path to write, or NULL after a usage error. */
static char *
dup_workbook_path (const char *output)
{
  g_autofree char *base = g_path_get_basename (output);
  g_autofree char *lower = g_ascii_strdown (base, -1);
  const char *dot = strrchr (base, '.');

  if (*output == '\0' || g_str_has_suffix (output, G_DIR_SEPARATOR_S) ||
      g_str_equal (base, ".") || g_str_equal (base, "..") || g_str_equal (lower, ".xlsx"))
    {
      tafel_cli_usage_error (COMMAND, _("“%s” is not a file name; give one such as pve.xlsx."), output);
      return NULL;
    }

  if (g_file_test (output, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *example = g_build_filename (output, "pve.xlsx", NULL);

      tafel_cli_usage_error (COMMAND, _("“%s” is a folder; give a file name such as %s."), output, example);
      return NULL;
    }

  if (g_str_has_suffix (lower, ".xlsx"))
    return g_strdup (output);

  if (dot == NULL || dot == base)
    return g_strconcat (output, ".xlsx", NULL);

  tafel_cli_usage_error (COMMAND, _("The Programma van Eisen is an Excel workbook: give a file name ending in .xlsx, not “%s”."),
                         output);
  return NULL;
}

/* Refuses, before anything is written, what cannot end well. */
static gboolean
check_output (const char *path,
              gboolean    force,
              GError    **error)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *dir_display = g_filename_display_name (dir);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_EXPORT, _("“%s” is a folder, not a file."), display);
      return FALSE;
    }
  if (g_file_test (path, G_FILE_TEST_EXISTS) && !force)
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_EXPORT,
                   _("“%s” already exists and was left unchanged. Use --force to replace it."), display);
      return FALSE;
    }
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_EXPORT,
                   _("The folder “%s” does not exist."), dir_display);
      return FALSE;
    }
  if (g_access (dir, W_OK) != 0)
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_READ_ONLY,
                   _("The folder “%s” is read-only, so “%s” cannot be written there."), dir_display, display);
      return FALSE;
    }

  return TRUE;
}

int
tafel_cli_export_pve (TafelCliGlobal *global,
                      int             argc,
                      char          **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelStore) store = NULL;
  g_autoptr(TafelTraject) traject = NULL;
  g_autofree char *db_option = NULL;
  g_autofree char *traject_arg = NULL;
  g_autofree char *output = NULL;
  g_autofree char *workbook = NULL;
  g_autofree char *absolute = NULL;
  g_autofree char *display = NULL;
  g_autofree char *path = NULL;
  g_autofree char *db_display = NULL;
  g_autofree char *version_label = NULL;
  g_autoptr(TafelExportlog) log = NULL;
  TafelPveOptions options;
  gboolean force = FALSE;
  gboolean final = FALSE;
  gboolean force_final = FALSE;
  gboolean anonymise = FALSE;
  gboolean no_participants = FALSE;
  gboolean existed;
  const GOptionEntry entries[] = {
    { "traject", 't', 0, G_OPTION_ARG_STRING, &traject_arg,
      N_("The traject to export, by name or id (see “list”)"), N_("NAME|ID") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The workbook to write, ending in .xlsx"), N_("FILE") },
    { "force", 'f', 0, G_OPTION_ARG_NONE, &force,
      N_("Replace the workbook when it exists"), NULL },
    { "version-label", 0, 0, G_OPTION_ARG_STRING, &version_label,
      N_("The version printed and logged (default: the next “concept 0.n” or “definitief n.0”)"), N_("LABEL") },
    { "final", 0, 0, G_OPTION_ARG_NONE, &final,
      N_("A final version; refused while the traject has open findings (see “check”)"), NULL },
    { "force-final", 0, 0, G_OPTION_ARG_NONE, &force_final,
      N_("With --final: write the final version despite open findings"), NULL },
    { "anonymise", 0, 0, G_OPTION_ARG_NONE, &anonymise,
      N_("Name the organisations “Provider A”, “Provider B”, … instead"), NULL },
    { "no-participants", 0, 0, G_OPTION_ARG_NONE, &no_participants,
      N_("Leave out the sheet with the participants"), NULL },
    TAFEL_CLI_DB_ENTRY (&db_option),
    { NULL }
  };

  context = tafel_cli_context_new (COMMAND, _("Write the Programma van Eisen of a traject to an Excel workbook."),
                                   entries);
  if (!tafel_cli_parse (context, COMMAND, global, &db_option, &argc, &argv))
    return TAFEL_CLI_EXIT_USAGE;

  if (traject_arg == NULL || *g_strstrip (traject_arg) == '\0')
    return tafel_cli_usage_error (COMMAND, _("Say which traject to export with --traject NAME or --traject ID."));
  if (output == NULL)
    return tafel_cli_usage_error (COMMAND, _("Say where to write the workbook with -o FILE.xlsx."));
  if (force_final && !final)
    return tafel_cli_usage_error (COMMAND, _("--force-final only goes with --final."));
  if (version_label != NULL && (*g_strstrip (version_label) == '\0' || g_utf8_strlen (version_label, -1) > 60))
    return tafel_cli_usage_error (COMMAND, _("Give a version label of 1 to 60 characters, such as “concept 0.3”."));

  workbook = dup_workbook_path (output);
  if (workbook == NULL)
    return TAFEL_CLI_EXIT_USAGE;
  absolute = g_canonicalize_filename (workbook, NULL);
  display = g_filename_display_name (absolute);

  path = tafel_cli_dup_db_path (global);
  db_display = g_filename_display_name (path);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (&error, TAFEL_ERROR, TAFEL_ERROR_NOT_FOUND,
                   _("There is no database “%s”, so there is no traject to export."), db_display);
      return tafel_cli_fail (error);
    }

  store = tafel_cli_open_store (path, &error);
  if (store == NULL)
    return tafel_cli_fail (error);

  traject = tafel_store_find_traject (store, traject_arg, &error);
  if (traject == NULL)
    {
      if (g_error_matches (error, TAFEL_ERROR, TAFEL_ERROR_NOT_FOUND))
        g_prefix_error (&error, _("In %s: "), db_display);
      return tafel_cli_fail (error);
    }

  if (!check_output (absolute, force, &error))
    return tafel_cli_fail (error);

  /* A final version with open findings only when that is confirmed. */
  if (final && !force_final)
    {
      g_autoptr(GPtrArray) findings = tafel_controle_run (store, tafel_entity_get_id (TAFEL_ENTITY (traject)), &error);

      if (findings == NULL)
        return tafel_cli_fail (error);
      if (findings->len > 0)
        {
          g_printerr (g_dngettext (GETTEXT_PACKAGE,
                                   "“%s” has %u open finding, so no final version was written:\n",
                                   "“%s” has %u open findings, so no final version was written:\n", findings->len),
                      tafel_traject_get_name (traject), findings->len);
          for (guint i = 0; i < findings->len; i++)
            g_printerr ("  %s\n", ((TafelBevinding *) g_ptr_array_index (findings, i))->melding);
          g_printerr (_("Resolve them, or add --force-final to write the final version anyway.\n"));
          return TAFEL_CLI_EXIT_FAILED;
        }
    }

  tafel_pve_options_init (&options);
  options.version_label = version_label;
  options.final = final;
  options.anonymise = anonymise;
  options.participants = !no_participants;

  existed = g_file_test (absolute, G_FILE_TEST_EXISTS);
  if (!tafel_export_pve_full (store, tafel_entity_get_id (TAFEL_ENTITY (traject)), absolute, &options, &log, &error))
    {
      /* Leave no half-written workbook that was not there before. */
      if (!existed)
        g_remove (absolute);
      g_prefix_error (&error, _("The Programma van Eisen of “%s” was not written: "), tafel_traject_get_name (traject));
      return tafel_cli_fail (error);
    }

  if (!g_str_equal (workbook, output))
    g_printerr (_("Added .xlsx to the file name: %s\n"), display);
  g_print (_("Wrote the Programma van Eisen of “%s” to %s\n"), tafel_traject_get_name (traject), display);
  /* Translators: %s is the version, such as "concept 0.3" */
  g_print (_("Version: %s\n"), tafel_exportlog_get_versie (log));

  return TAFEL_CLI_EXIT_OK;
}

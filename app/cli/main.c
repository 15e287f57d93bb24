/* main.c: ontwikkeltafel-cli, the command line of Ontwikkeltafel
 *
 *   ontwikkeltafel-cli [--db FILE] COMMAND [OPTION…]
 *
 * Global options come before the command; each command parses its own.
 */
#include "config.h"


#include <glib/gi18n.h>

#include "tafel-cli-common.h"
#include "tafel-i18n.h"

typedef struct {
  const char *name;
  const char *summary;  /* English msgid */
  int       (*run) (TafelCliGlobal *global, int argc, char **argv);
} Command;

static const Command commands[] = {
  { "demo", N_("Create a demo traject with invented providers and sticky notes"), tafel_cli_demo },
  { "list", N_("List the trajecten in the database with their counts"), tafel_cli_list },
  { "export-pve", N_("Write the Programma van Eisen of a traject to an Excel workbook"), tafel_cli_export_pve },
  { "check", N_("Check whether a traject is complete for a final Programma van Eisen"), tafel_cli_check },
  { "stats", N_("Show the spread of the proposals for one deelproduct, beside the decision"), tafel_cli_stats },
  { "export-uitvraag", N_("Write the workbooks providers fill in before a session"), tafel_cli_export_uitvraag },
  { "import", N_("Read returned uitvraag workbooks into a traject"), tafel_cli_import },
  { "help", N_("Show this help"), NULL },
};

static char *
dup_description (void)
{
  g_autoptr(GString) text = g_string_new (_("Commands:"));
  g_autofree char *db = tafel_cli_dup_default_db_display ();

  g_string_append_c (text, '\n');
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "  %-16s %s\n", commands[i].name, _(commands[i].summary));
  g_string_append_c (text, '\n');
  g_string_append_printf (text, _("Without --db the database of the application is used: %s"), db);
  g_string_append_c (text, '\n');
  g_string_append_printf (text, _("Run “%s COMMAND --help” to see the options of a command."), TAFEL_CLI_NAME);
  g_string_append_c (text, '\n');

  return g_string_free (g_steal_pointer (&text), FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  g_autofree char *db_path = NULL;
  gboolean version = FALSE;
  TafelCliGlobal global = { NULL };
  const Command *command = NULL;
  int status;
  const GOptionEntry entries[] = {
    TAFEL_CLI_DB_ENTRY (&db_path),
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, N_("Show the version and quit"), NULL },
    { NULL }
  };

  tafel_i18n_init ();
  g_set_prgname (TAFEL_CLI_NAME);

  description = dup_description ();
  context = g_option_context_new (_("COMMAND [OPTION…]"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _("Work with the database of Ontwikkeltafel: create demo trajecten, list them, export a Programma van Eisen."));
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  /* Stop at the command: what follows belongs to it. */
  g_option_context_set_strict_posix (context, TRUE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return tafel_cli_usage_error (NULL, "%s", error->message);

  if (version)
    {
      g_print ("%s %s\n", TAFEL_CLI_NAME, PACKAGE_VERSION);
      return TAFEL_CLI_EXIT_OK;
    }

  if (argc < 2)
    return tafel_cli_usage_error (NULL, _("No command given."));

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      command = &commands[i];

  if (command == NULL)
    return tafel_cli_usage_error (NULL, _("Unknown command “%s”."), argv[1]);

  if (command->run == NULL)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      if (argc > 2)
        return tafel_cli_usage_error (NULL, _("Unexpected argument “%s”."), argv[2]);
      g_print ("%s", help);
      return TAFEL_CLI_EXIT_OK;
    }

  global.db_path = g_steal_pointer (&db_path);
  status = command->run (&global, argc - 1, argv + 1);
  g_free (global.db_path);

  return status;
}

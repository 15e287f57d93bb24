/* tafel-cli-check.c: ontwikkeltafel-cli check: the completeness findings
 * of a traject before a final export
 *
 * Prints one line per finding and exits 1 when there are any, 0 when the
 * traject is complete (and 2 on a usage error, as every command).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-cli-common.h"
#include "tafel-controle.h"
#include "tafel-error.h"

#define COMMAND "check"

int
tafel_cli_check (TafelCliGlobal *global,
                 int             argc,
                 char          **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelStore) store = NULL;
  g_autoptr(TafelTraject) traject = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *db_option = NULL;
  g_autofree char *traject_arg = NULL;
  const GOptionEntry entries[] = {
    { "traject", 't', 0, G_OPTION_ARG_STRING, &traject_arg,
      N_("The traject, by name or id (see “list”)"), N_("NAME|ID") },
    TAFEL_CLI_DB_ENTRY (&db_option),
    { NULL }
  };

  context = tafel_cli_context_new (COMMAND, _("Check whether a traject is complete for a final Programma van Eisen."),
                                   entries);
  if (!tafel_cli_parse (context, COMMAND, global, &db_option, &argc, &argv))
    return TAFEL_CLI_EXIT_USAGE;

  if (traject_arg == NULL || *g_strstrip (traject_arg) == '\0')
    return tafel_cli_usage_error (COMMAND, _("Say which traject with --traject NAME or --traject ID."));

  store = tafel_cli_open_existing_store (global, &error);
  if (store == NULL)
    return tafel_cli_fail (error);

  traject = tafel_store_find_traject (store, traject_arg, &error);
  if (traject == NULL)
    return tafel_cli_fail (error);

  findings = tafel_controle_run (store, tafel_entity_get_id (TAFEL_ENTITY (traject)), &error);
  if (findings == NULL)
    return tafel_cli_fail (error);

  if (findings->len == 0)
    {
      g_print (_("“%s” is complete: nothing stands in the way of a final Programma van Eisen.\n"),
               tafel_traject_get_name (traject));
      return TAFEL_CLI_EXIT_OK;
    }

  g_print (g_dngettext (GETTEXT_PACKAGE, "“%s”: %u finding before a final Programma van Eisen:\n",
                        "“%s”: %u findings before a final Programma van Eisen:\n", findings->len),
           tafel_traject_get_name (traject), findings->len);
  for (guint i = 0; i < findings->len; i++)
    {
      TafelBevinding *b = g_ptr_array_index (findings, i);

      g_print ("  %s\n", b->melding);
    }

  return TAFEL_CLI_EXIT_FAILED;
}

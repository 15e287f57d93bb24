/* tafel-cli-list.c: ontwikkeltafel-cli list: the trajecten and their counts */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-cli-common.h"
#include "tafel-error.h"

#define N_COLUMNS 9
#define NAME_MAX_CHARS 40

int
tafel_cli_list (TafelCliGlobal *global,
                int             argc,
                char          **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelStore) store = NULL;
  g_autoptr(GPtrArray) trajecten = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *db_option = NULL;
  g_autofree char *path = NULL;
  g_autofree char *display = NULL;
  const char *headers[N_COLUMNS + 1] = {
    _("ID"), _("Name"), _("Region"), _("Sessions"), _("Deelproducten"),
    _("Organisations"), _("Participants"), _("Geeltjes"), _("Open"), NULL
  };
  const GOptionEntry entries[] = {
    TAFEL_CLI_DB_ENTRY (&db_option),
    { NULL }
  };

  context = tafel_cli_context_new ("list", _("List the trajecten in the database with their counts."), entries);
  if (!tafel_cli_parse (context, "list", global, &db_option, &argc, &argv))
    return TAFEL_CLI_EXIT_USAGE;

  path = tafel_cli_dup_db_path (global);
  display = g_filename_display_name (path);

  /* Listing must not create a database: say how to make one instead. */
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      if (global->db_path != NULL)
        {
          g_set_error (&error, TAFEL_ERROR, TAFEL_ERROR_NOT_FOUND, _("There is no database “%s”."), display);
          return tafel_cli_fail (error);
        }
      g_print (_("There is no database yet (%s).\n"), display);
      g_print (_("Create a demo traject with “%s demo”, or start Ontwikkeltafel.\n"), TAFEL_CLI_NAME);
      return TAFEL_CLI_EXIT_OK;
    }

  store = tafel_cli_open_store (path, &error);
  if (store == NULL)
    return tafel_cli_fail (error);

  trajecten = tafel_store_list (store, TAFEL_TYPE_TRAJECT, 0, &error);
  if (trajecten == NULL)
    return tafel_cli_fail (error);

  if (trajecten->len == 0)
    {
      g_print (_("The database %s holds no trajecten yet.\n"), display);
      g_print (_("Create a demo traject with “%s demo”, or start Ontwikkeltafel.\n"), TAFEL_CLI_NAME);
      return TAFEL_CLI_EXIT_OK;
    }

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_ptr_array_add (rows, g_strdupv ((char **) headers));

  for (guint i = 0; i < trajecten->len; i++)
    {
      TafelTraject *t = g_ptr_array_index (trajecten, i);
      TafelTrajectCounts counts = { 0 };
      char **cells = g_new0 (char *, N_COLUMNS + 1);

      if (!tafel_store_count (store, tafel_entity_get_id (TAFEL_ENTITY (t)), &counts, &error))
        {
          g_strfreev (cells);
          return tafel_cli_fail (error);
        }

      cells[0] = g_strdup_printf ("%" G_GINT64_FORMAT, tafel_entity_get_id (TAFEL_ENTITY (t)));
      cells[1] = tafel_cli_dup_shortened (tafel_traject_get_name (t), NAME_MAX_CHARS);
      cells[2] = tafel_cli_dup_shortened (tafel_traject_get_region (t), NAME_MAX_CHARS);
      cells[3] = g_strdup_printf ("%u", counts.n_sessies);
      cells[4] = g_strdup_printf ("%u", counts.n_deelproducten);
      cells[5] = g_strdup_printf ("%u", counts.n_organisaties);
      cells[6] = g_strdup_printf ("%u", counts.n_deelnemers);
      cells[7] = g_strdup_printf ("%u", counts.n_geeltjes);
      cells[8] = g_strdup_printf ("%u", counts.n_geeltjes_open);
      g_ptr_array_add (rows, cells);
    }

  /* the id and the counts are numbers, aligned right */
  tafel_cli_print_table (rows, N_COLUMNS, 0x1f9);

  return TAFEL_CLI_EXIT_OK;
}

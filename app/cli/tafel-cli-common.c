/* tafel-cli-common.c: what the commands of ontwikkeltafel-cli share */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "tafel-cli-common.h"
#include "tafel-error.h"

/* A context for "ontwikkeltafel-cli COMMAND [OPTION…]". */
GOptionContext *
tafel_cli_context_new (const char         *command,
                       const char         *summary,
                       const GOptionEntry *entries)
{
  GOptionContext *context = g_option_context_new (NULL);

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  return context;
}

/* Parses the options of @command; on a mistake prints it with a hint and
 * returns FALSE. Arguments left over are refused too. A --db given after
 * the command (in @db_option) wins over one given before it. */
gboolean
tafel_cli_parse (GOptionContext   *context,
                 const char       *command,
                 TafelCliGlobal   *global,
                 char            **db_option,
                 int              *argc,
                 char           ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *prgname = g_strdup_printf ("%s %s", TAFEL_CLI_NAME, command);

  /* The usage line then reads "ontwikkeltafel-cli demo [OPTION…]". */
  g_set_prgname (prgname);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      tafel_cli_usage_error (command, "%s", error->message);
      return FALSE;
    }

  if (*argc > 1)
    {
      tafel_cli_usage_error (command, _("Unexpected argument “%s”."), (*argv)[1]);
      return FALSE;
    }

  if (db_option != NULL && *db_option != NULL)
    {
      g_free (global->db_path);
      global->db_path = g_steal_pointer (db_option);
    }

  return TRUE;
}

/* Prints a usage mistake and where to find help; returns exit status 2. */
int
tafel_cli_usage_error (const char *command,
                       const char *format,
                       ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (command != NULL)
    {
      g_printerr ("%s %s: %s\n", TAFEL_CLI_NAME, command, message);
      g_printerr (_("Run “%s %s --help” to see its options.\n"), TAFEL_CLI_NAME, command);
    }
  else
    {
      g_printerr ("%s: %s\n", TAFEL_CLI_NAME, message);
      g_printerr (_("Run “%s --help” to see the commands.\n"), TAFEL_CLI_NAME);
    }

  return TAFEL_CLI_EXIT_USAGE;
}

/* Prints a runtime error; returns exit status 1. */
int
tafel_cli_fail (const GError *error)
{
  g_printerr ("%s: %s\n", TAFEL_CLI_NAME, error->message);
  return TAFEL_CLI_EXIT_FAILED;
}

/* A whole number from @min to @max for --@option; prints a usage error
 * when @text is not one. */
gboolean
tafel_cli_parse_number (const char *command,
                        const char *option,
                        const char *text,
                        guint64     min,
                        guint64     max,
                        guint64    *out)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));

  if (!g_ascii_string_to_unsigned (stripped, 10, min, max, out, NULL))
    {
      g_autofree char *low = g_strdup_printf ("%" G_GUINT64_FORMAT, min);
      g_autofree char *high = g_strdup_printf ("%" G_GUINT64_FORMAT, max);

      tafel_cli_usage_error (command, _("--%s needs a whole number from %s to %s, not “%s”."),
                             option, low, high, text ? text : "");
      return FALSE;
    }

  return TRUE;
}

/* The --db path, or the default database (whose folder is created). */
char *
tafel_cli_dup_db_path (TafelCliGlobal *global)
{
  if (global->db_path != NULL)
    return g_strdup (global->db_path);

  return tafel_db_dup_default_path ();
}

/* Where the default database is, for the help text; creates nothing. */
char *
tafel_cli_dup_default_db_display (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "ontwikkeltafel",
                                            "ontwikkeltafel.db", NULL);

  return g_filename_display_name (path);
}

TafelStore *
tafel_cli_open_store (const char *path,
                      GError    **error)
{
  TafelDbOptions options = { .busy_timeout_ms = 5000, .quick_check = TRUE, .target_version = 0 };

  return tafel_store_open_full (path, &options, error);
}

/* Prints @text in a column of @width characters (not bytes). */
void
tafel_cli_print_padded (const char *text,
                        guint       width,
                        gboolean    right)
{
  glong length = g_utf8_strlen (text, -1);
  guint pad = length < (glong) width ? width - (guint) length : 0;

  if (right)
    g_print ("%*s%s", (int) pad, "", text);
  else
    g_print ("%s%*s", text, (int) pad, "");
}

/* Prints @rows (each a char ** of @n_columns cells) as aligned columns;
 * bit c of @right_aligned puts column c on the right (numbers). The last
 * column is not padded unless it is right-aligned. */
void
tafel_cli_print_table (GPtrArray *rows,
                       guint      n_columns,
                       guint64    right_aligned)
{
  g_autofree guint *widths = g_new0 (guint, n_columns);

  for (guint r = 0; r < rows->len; r++)
    {
      char **cells = g_ptr_array_index (rows, r);

      for (guint c = 0; c < n_columns; c++)
        widths[c] = MAX (widths[c], (guint) g_utf8_strlen (cells[c], -1));
    }

  for (guint r = 0; r < rows->len; r++)
    {
      char **cells = g_ptr_array_index (rows, r);

      for (guint c = 0; c < n_columns; c++)
        {
          gboolean right = (right_aligned >> c) & 1;
          gboolean last = c + 1 == n_columns;

          tafel_cli_print_padded (cells[c], right || !last ? widths[c] : 0, right);
          g_print (last ? "\n" : "  ");
        }
    }
}

/* @text cut to @max_chars characters with an ellipsis. */
char *
tafel_cli_dup_shortened (const char *text,
                         guint       max_chars)
{
  g_autofree char *cut = NULL;

  if (g_utf8_strlen (text, -1) <= (glong) max_chars)
    return g_strdup (text);

  cut = g_utf8_substring (text, 0, max_chars - 1);
  return g_strconcat (cut, "…", NULL);
}

/* An entity of @type in the traject named @arg: its id, its exact name
 * (ignoring case), or the start of exactly one name. */
gpointer
tafel_cli_find_entity (TafelStore  *store,
                       GType        type,
                       gint64       traject_id,
                       const char  *arg,
                       const char  *what,
                       GError     **error)
{
  g_autoptr(GPtrArray) rows = tafel_store_list (store, type, traject_id, error);
  g_autofree char *folded = g_utf8_casefold (arg, -1);
  gpointer prefix_match = NULL;
  guint n_prefix = 0;
  char *end = NULL;
  gint64 id = g_ascii_strtoll (arg, &end, 10);

  if (rows == NULL)
    return NULL;

  for (guint i = 0; i < rows->len; i++)
    {
      TafelEntity *e = g_ptr_array_index (rows, i);
      g_autofree char *title = tafel_entity_dup_title (e);
      g_autofree char *name = g_utf8_casefold (title, -1);

      if ((end != NULL && *end == '\0' && end != arg && tafel_entity_get_id (e) == id) ||
          g_str_equal (name, folded))
        return g_object_ref (e);
      if (g_str_has_prefix (name, folded))
        {
          prefix_match = e;
          n_prefix++;
        }
    }

  if (n_prefix == 1)
    return g_object_ref (prefix_match);

  if (n_prefix > 1)
    g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_NOT_FOUND,
                 _("“%s” fits %u %s names; give more of the name or the id."), arg, n_prefix, what);
  else
    g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_NOT_FOUND, _("There is no %s “%s” in this traject."), what, arg);
  return NULL;
}

/* The store of the database the command works on, which must exist: a
 * command that reads never makes an empty database. */
TafelStore *
tafel_cli_open_existing_store (TafelCliGlobal *global,
                               GError        **error)
{
  g_autofree char *path = tafel_cli_dup_db_path (global);
  g_autofree char *display = g_filename_display_name (path);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_NOT_FOUND, _("There is no database “%s”."), display);
      return NULL;
    }
  return tafel_cli_open_store (path, error);
}

/* tafel-cli-common.h: what the commands of ontwikkeltafel-cli share
 *
 * Exit status: 0 done, 1 a runtime error (the database, the traject, the
 * export), 2 a usage error (a command or option that is wrong or missing).
 * Messages go to stderr, results to stdout.
 */
#pragma once

#include <glib.h>

#include "tafel-store.h"

G_BEGIN_DECLS

#define TAFEL_CLI_NAME "ontwikkeltafel-cli"

typedef enum {
  TAFEL_CLI_EXIT_OK = 0,
  TAFEL_CLI_EXIT_FAILED = 1,
  TAFEL_CLI_EXIT_USAGE = 2,
} TafelCliExit;

typedef struct {
  char *db_path;   /* --db, or NULL for the default database */
} TafelCliGlobal;

/* Every command also accepts --db, after its name. */
#define TAFEL_CLI_DB_ENTRY(ptr)                                                     \
  { "db", 0, 0, G_OPTION_ARG_FILENAME, (ptr),                                       \
    N_("The database to use (default: the database of the application)"), N_("FILE") }

int             tafel_cli_demo          (TafelCliGlobal  *global,
                                         int              argc,
                                         char           **argv);
int             tafel_cli_list          (TafelCliGlobal  *global,
                                         int              argc,
                                         char           **argv);
int             tafel_cli_export_pve    (TafelCliGlobal  *global,
                                         int              argc,
                                         char           **argv);
int             tafel_cli_check         (TafelCliGlobal  *global,
                                         int              argc,
                                         char           **argv);
int             tafel_cli_stats         (TafelCliGlobal  *global,
                                         int              argc,
                                         char           **argv);
int             tafel_cli_export_uitvraag (TafelCliGlobal *global,
                                         int              argc,
                                         char           **argv);
int             tafel_cli_import        (TafelCliGlobal  *global,
                                         int              argc,
                                         char           **argv);

GOptionContext *tafel_cli_context_new   (const char      *command,
                                         const char      *summary,
                                         const GOptionEntry *entries);
gboolean        tafel_cli_parse         (GOptionContext  *context,
                                         const char      *command,
                                         TafelCliGlobal  *global,
                                         char           **db_option,
                                         int             *argc,
                                         char          ***argv);
int             tafel_cli_usage_error   (const char      *command,
                                         const char      *format,
                                         ...) G_GNUC_PRINTF (2, 3);
int             tafel_cli_fail          (const GError    *error);
gboolean        tafel_cli_parse_number  (const char      *command,
                                         const char      *option,
                                         const char      *text,
                                         guint64          min,
                                         guint64          max,
                                         guint64         *out);

char           *tafel_cli_dup_db_path   (TafelCliGlobal  *global);
TafelStore     *tafel_cli_open_existing_store (TafelCliGlobal *global,
                                         GError         **error);
gpointer        tafel_cli_find_entity   (TafelStore      *store,
                                         GType            type,
                                         gint64           traject_id,
                                         const char      *arg,
                                         const char      *what,
                                         GError         **error);
char           *tafel_cli_dup_default_db_display (void);
TafelStore     *tafel_cli_open_store    (const char      *path,
                                         GError         **error);

void            tafel_cli_print_padded  (const char      *text,
                                         guint            width,
                                         gboolean         right);
void            tafel_cli_print_table   (GPtrArray       *rows,
                                         guint            n_columns,
                                         guint64          right_aligned);
char           *tafel_cli_dup_shortened (const char      *text,
                                         guint            max_chars);

G_END_DECLS

/* tafel-application.c: the application: one database, one window */
#include "config.h"

#include <glib/gi18n.h>

#include "tafel-application.h"
#include "tafel-db.h"
#include "tafel-window.h"

struct _TafelApplication
{
  AdwApplication  parent_instance;

  char           *db_path;
  TafelStore     *store;
  GError         *store_error;
  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (TafelApplication, tafel_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Open the database FILE instead of the default one"), N_("FILE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and quit"), NULL },
  { NULL }
};

/* The settings schema is installed with the application; when it is run
 * from a build tree it may be missing, and then nothing is remembered. */
static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaSource) installed = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);

  if (schema == NULL)
    {
      installed = g_settings_schema_source_new_from_directory (SCHEMADIR, source, FALSE, NULL);
      if (installed != NULL)
        schema = g_settings_schema_source_lookup (installed, APPLICATION_ID, FALSE);
    }

  if (schema == NULL)
    {
      g_message ("The settings schema %s is not installed; window size and the last traject are not remembered.",
                 APPLICATION_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

static int
tafel_application_handle_local_options (GApplication *application,
                                        GVariantDict *options)
{
  TafelApplication *self = TAFEL_APPLICATION (application);
  g_autofree char *db = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "db", "^ay", &db))
    {
      /* Another database: a separate instance, not the running one. */
      tafel_application_set_db_path (self, db);
      g_application_set_flags (application,
                               g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);
    }

  return -1;
}

static void
open_store (TafelApplication *self)
{
  g_autofree char *path = self->db_path ? g_strdup (self->db_path) : tafel_db_dup_default_path ();
  g_autoptr(GError) error = NULL;

  self->store = tafel_store_open (path, &self->store_error);
  if (self->store == NULL)
    return;

  /* What was deleted in an earlier run can no longer be undone. */
  if (!tafel_store_purge_deleted (self->store, &error))
    g_warning ("Could not remove deleted rows: %s", error->message);
}

static void
on_quit_cb (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GList *windows = g_list_copy (gtk_application_get_windows (app));

  /* Close through the windows so that they can save their size. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  g_list_free (windows);
}

static void
on_about_cb (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GtkWindow *window = gtk_application_get_active_window (app);
  const char *developers[] = { _("The Ontwikkeltafel developers"), NULL };

  adw_show_about_window (window,
                         "application-name", _("Ontwikkeltafel"),
                         "application-icon", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Run development tables with care providers, collect their input per deelproduct and export a Programma van Eisen."),
                         "developer-name", _("The Ontwikkeltafel developers"),
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", on_quit_cb },
  { "about", on_about_cb },
};

static void
tafel_application_startup (GApplication *application)
{
  TafelApplication *self = TAFEL_APPLICATION (application);
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (tafel_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);

  self->settings = create_settings ();
  open_store (self);
}

static void
tafel_application_activate (GApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    window = GTK_WINDOW (tafel_window_new (TAFEL_APPLICATION (application)));

  gtk_window_present (window);
}

static void
tafel_application_finalize (GObject *object)
{
  TafelApplication *self = TAFEL_APPLICATION (object);

  g_clear_object (&self->store);
  g_clear_error (&self->store_error);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->db_path, g_free);

  G_OBJECT_CLASS (tafel_application_parent_class)->finalize (object);
}

static void
tafel_application_class_init (TafelApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = tafel_application_finalize;
  app_class->handle_local_options = tafel_application_handle_local_options;
  app_class->startup = tafel_application_startup;
  app_class->activate = tafel_application_activate;
}

static void
tafel_application_init (TafelApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Ontwikkeltafel: development tables for youth-care procurement."));
}

TafelApplication *
tafel_application_new (void)
{
  return g_object_new (TAFEL_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

/* The open database, or NULL when it could not be opened (see
 * tafel_application_get_store_error()). */
TafelStore *
tafel_application_get_store (TafelApplication *self)
{
  g_return_val_if_fail (TAFEL_IS_APPLICATION (self), NULL);
  return self->store;
}

const GError *
tafel_application_get_store_error (TafelApplication *self)
{
  g_return_val_if_fail (TAFEL_IS_APPLICATION (self), NULL);
  return self->store_error;
}

/* May be NULL when the schema is not installed. */
GSettings *
tafel_application_get_settings (TafelApplication *self)
{
  g_return_val_if_fail (TAFEL_IS_APPLICATION (self), NULL);
  return self->settings;
}

/* Before startup only: the database to open instead of the default. */
void
tafel_application_set_db_path (TafelApplication *self,
                               const char       *path)
{
  g_return_if_fail (TAFEL_IS_APPLICATION (self));
  g_return_if_fail (self->store == NULL);

  g_free (self->db_path);
  self->db_path = g_strdup (path);
}

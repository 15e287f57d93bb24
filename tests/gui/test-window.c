/* test-window.c: the real application and window, from start to finalize
 *
 * Each run starts a TafelApplication on its own database file with
 * g_application_run(), as main() does. Once the window is activated and
 * mapped, a check looks at what it shows and may act on it; then the
 * window is closed as a user would, run returns, and window and
 * application must be finalized, so that nothing keeps the database open.
 *
 * Why g_application_run() and not g_application_register() + activate:
 * only run() unregisters from D-Bus and emits "shutdown" at the end;
 * without that, GLib warns when a GtkApplication is finalized (fatal in
 * tests) and registering keeps a reference to the application.
 *
 * The application is made G_APPLICATION_NON_UNIQUE (as --db does): every
 * run registers a new instance with the same application id, and a unique
 * one could find an earlier instance still owning the D-Bus name.
 * GSETTINGS_BACKEND=memory keeps settings for the life of this process,
 * which is what lets one test start the application several times.
 */
#include "config.h"

#include <string.h>

#include "tafel-application.h"
#include "tafel-deelnemers-page.h"
#include "tafel-demo.h"
#include "tafel-start-page.h"
#include "tafel-test-util.h"
#include "tafel-traject-dialog.h"
#include "tafel-traject-view.h"
#include "tafel-window.h"

typedef struct {
  char *dir;
  char *db_path;
} Fixture;

typedef void (*WindowCheck) (TafelApplication *app,
                             TafelWindow      *window,
                             gpointer          data);

typedef struct {
  WindowCheck  check;
  gpointer     data;
  TafelWindow *window;   /* a reference, to see it finalized */
  gboolean     checked;
} Run;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  f->dir = tafel_test_make_tmpdir ();
  f->db_path = g_build_filename (f->dir, "ontwikkeltafel.db", NULL);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  tafel_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db_path);
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static void
wait_until (gboolean (*done) (gpointer),
            gpointer   data)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
iterate (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static gpointer
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return child;
}

/* Settings live in the memory backend, shared by every GSettings of the
 * process: this is what the next start of the application will read. */
static GSettings *
new_settings (void)
{
  return g_settings_new (APPLICATION_ID);
}

/* Runs in the application's main loop, after the default "activate"
 * handler has created and presented the window. */
static void
check_window_cb (gpointer user_data)
{
  GApplication *app = g_application_get_default ();
  Run *run = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  g_assert_cmpuint (g_list_length (windows), ==, 1);
  g_assert_true (TAFEL_IS_WINDOW (windows->data));
  run->window = g_object_ref (windows->data);
  wait_until (is_mapped, run->window);

  run->check (TAFEL_APPLICATION (app), run->window, run->data);
  run->checked = TRUE;

  /* The last window closes: the application's main loop ends. */
  gtk_window_close (GTK_WINDOW (run->window));
}

static void
on_activate_cb (GApplication *app,
                Run          *run)
{
  g_idle_add_once (check_window_cb, run);
}

/* Starts the application on @db_path, lets @check look at the window,
 * closes it and checks that window and application are freed. */
static void
run_app (const char  *db_path,
         WindowCheck  check,
         gpointer     data)
{
  char *argv[] = { (char *) "test-window", NULL };
  TafelApplication *app = tafel_application_new ();
  Run run = { check, data, NULL, FALSE };

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  tafel_application_set_db_path (app, db_path);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_cb), &run);

  g_assert_cmpint (g_application_run (G_APPLICATION (app), 1, argv), ==, 0);
  iterate ();

  g_assert_true (run.checked);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
  g_assert_finalize_object (run.window);
  g_assert_finalize_object (app);
  g_assert_null (g_application_get_default ());
}

static const char *
visible_page (TafelWindow *window)
{
  return gtk_stack_get_visible_child_name (template_child (window, TAFEL_TYPE_WINDOW, "stack"));
}

static const char *
visible_start_content (TafelWindow *window)
{
  TafelStartPage *page = template_child (window, TAFEL_TYPE_WINDOW, "start_page");

  return gtk_stack_get_visible_child_name (template_child (page, TAFEL_TYPE_START_PAGE, "content_stack"));
}

static guint
n_listed_trajecten (TafelWindow *window)
{
  TafelStartPage *page = template_child (window, TAFEL_TYPE_WINDOW, "start_page");
  GtkListBox *list = template_child (page, TAFEL_TYPE_START_PAGE, "traject_list");
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

static const char *
visible_traject_page (TafelWindow *window)
{
  TafelTrajectView *view = template_child (window, TAFEL_TYPE_WINDOW, "traject_view");

  return adw_view_stack_get_visible_child_name (template_child (view, TAFEL_TYPE_TRAJECT_VIEW, "view_stack"));
}

/* Windows of this process that are shown, dialogs included. */
static guint
count_shown_windows (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  guint n = 0;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (gtk_widget_get_visible (l->data))
      n++;
  g_list_free (toplevels);

  return n;
}

static GtkWidget *
first_focus_target (TafelWindow *window)
{
  TafelStartPage *page = template_child (window, TAFEL_TYPE_WINDOW, "start_page");
  GtkListBox *list = template_child (page, TAFEL_TYPE_START_PAGE, "traject_list");
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, 0);

  return row ? GTK_WIDGET (row) : template_child (page, TAFEL_TYPE_START_PAGE, "empty_new_button");
}

static gint64
make_traject (const char *db_path,
              const char *name)
{
  g_autoptr(TafelStore) store = NULL;
  g_autoptr(TafelTraject) traject = NULL;
  g_autofree char *dir = g_path_get_dirname (db_path);
  g_autofree char *base = g_path_get_basename (db_path);
  gint64 id;

  store = tafel_test_open_store (dir, base);
  traject = tafel_test_create_traject (store, "segment-veel-voorkomend", name);
  id = tafel_entity_get_id (TAFEL_ENTITY (traject));
  g_clear_object (&traject);
  g_assert_finalize_object (g_steal_pointer (&store));

  return id;
}

/* The list of trajecten, holding @data of them. */
static void
check_start_page (TafelApplication *app,
                  TafelWindow      *window,
                  gpointer          data)
{
  guint n = GPOINTER_TO_UINT (data);

  g_assert_nonnull (tafel_application_get_store (app));
  g_assert_null (tafel_application_get_store_error (app));
  g_assert_cmpstr (visible_page (window), ==, "start");
  g_assert_cmpstr (visible_start_content (window), ==, n > 0 ? "list" : "empty");
  g_assert_cmpuint (n_listed_trajecten (window), ==, n);
  g_assert_cmpint (tafel_window_get_traject_id (window), ==, 0);

  /* Focus where work starts: the first traject, or New traject. */
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window)) == first_focus_target (window));
}

/* Traject @data open, on its Geeltjes page. */
static void
check_traject_open (TafelApplication *app,
                    TafelWindow      *window,
                    gpointer          data)
{
  gint64 id = *(gint64 *) data;
  TafelTrajectView *view = template_child (window, TAFEL_TYPE_WINDOW, "traject_view");

  g_assert_cmpstr (visible_page (window), ==, "traject");
  g_assert_cmpint (tafel_window_get_traject_id (window), ==, id);
  g_assert_cmpstr (visible_traject_page (window), ==, "geeltjes");
  g_assert_true (gtk_widget_get_mapped (tafel_traject_view_get_page (view, "geeltjes")));
}

static TafelTrajectDialog *
find_traject_dialog (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  TafelTrajectDialog *dialog = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (TAFEL_IS_TRAJECT_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      dialog = l->data;
  g_list_free (toplevels);
  return dialog;
}

/* Traject @data open; the other pages get the traject when first shown
 * (Alt+3), and let go of it when the traject is closed. */
static void
check_pages_get_traject (TafelApplication *app,
                         TafelWindow      *window,
                         gpointer          data)
{
  TafelTrajectView *view = template_child (window, TAFEL_TYPE_WINDOW, "traject_view");
  TafelDeelnemersPage *deelnemers = template_child (view, TAFEL_TYPE_TRAJECT_VIEW, "deelnemers_page");
  TafelTrajectModel *model = tafel_traject_view_get_model (view);

  check_traject_open (app, window, data);
  g_assert_nonnull (model);
  g_assert_null (tafel_deelnemers_page_get_model (deelnemers));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "traject.show-page", "s", "deelnemers"));
  g_assert_cmpstr (visible_traject_page (window), ==, "deelnemers");
  g_assert_true (tafel_deelnemers_page_get_model (deelnemers) == model);
  g_assert_nonnull (tafel_deelnemers_page_get_current (deelnemers));

  /* The traject's details (Alt+Return), in a dialog over the window. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "traject.details", NULL));
  {
    TafelTrajectDialog *dialog = find_traject_dialog ();

    g_assert_nonnull (dialog);
    g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
    g_assert_cmpint (tafel_entity_get_id (TAFEL_ENTITY (tafel_traject_dialog_get_traject (dialog))), ==, *(gint64 *) data);
    gtk_window_destroy (GTK_WINDOW (dialog));
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-start", NULL));
  g_assert_null (tafel_deelnemers_page_get_model (deelnemers));
  gtk_widget_activate_action (GTK_WIDGET (view), "traject.details", NULL);
  g_assert_null (find_traject_dialog ());
}

static void
test_empty_database (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr(GSettings) settings = new_settings ();

  g_settings_set_int64 (settings, "last-traject", 0);
  run_app (f->db_path, check_start_page, GUINT_TO_POINTER (0));

  /* The database was created on the way. */
  g_assert_true (g_file_test (f->db_path, G_FILE_TEST_IS_REGULAR));
}

static void
test_demo_database (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr(GSettings) settings = new_settings ();
  g_autoptr(TafelStore) store = NULL;
  g_autoptr(TafelTraject) demo = NULL;
  g_autoptr(GError) error = NULL;
  TafelDemoOptions options;
  gint64 id;

  store = tafel_store_open (f->db_path, &error);
  g_assert_no_error (error);
  tafel_demo_options_init (&options);
  demo = tafel_demo_create (store, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (demo);
  id = tafel_entity_get_id (TAFEL_ENTITY (demo));
  g_clear_object (&demo);
  g_assert_finalize_object (g_steal_pointer (&store));

  /* The list, with the demo traject in it. */
  g_settings_set_int64 (settings, "last-traject", 0);
  run_app (f->db_path, check_start_page, GUINT_TO_POINTER (1));

  /* When it was open last time: the traject, on its Geeltjes page. */
  g_settings_set_int64 (settings, "last-traject", id);
  run_app (f->db_path, check_traject_open, &id);

  g_settings_set_int64 (settings, "last-traject", id);
  run_app (f->db_path, check_pages_get_traject, &id);
}

/* Opens traject @data from the list, as activating its row does. */
static void
open_from_list (TafelApplication *app,
                TafelWindow      *window,
                gpointer          data)
{
  TafelStartPage *page = template_child (window, TAFEL_TYPE_WINDOW, "start_page");
  GtkListBox *list = template_child (page, TAFEL_TYPE_START_PAGE, "traject_list");

  check_start_page (app, window, GUINT_TO_POINTER (1));
  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 0));
  check_traject_open (app, window, data);
}

/* Traject @data is open again; goes back to the list (Alt+Left). */
static void
back_to_list (TafelApplication *app,
              TafelWindow      *window,
              gpointer          data)
{
  check_traject_open (app, window, data);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-start", NULL));
  g_assert_cmpstr (visible_page (window), ==, "start");
  g_assert_cmpint (tafel_window_get_traject_id (window), ==, 0);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window)) == first_focus_target (window));
}

static void
test_last_traject (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr(GSettings) settings = new_settings ();
  gint64 id = make_traject (f->db_path, "Inkoop 2027");

  g_settings_set_int64 (settings, "last-traject", 0);

  run_app (f->db_path, open_from_list, &id);
  g_assert_cmpint (g_settings_get_int64 (settings, "last-traject"), ==, id);

  /* The next start reopens it; back to the list before closing … */
  run_app (f->db_path, back_to_list, &id);
  g_assert_cmpint (g_settings_get_int64 (settings, "last-traject"), ==, 0);

  /* … and the start after that shows the list. */
  run_app (f->db_path, check_start_page, GUINT_TO_POINTER (1));
}

static void
test_last_traject_gone (Fixture      *f,
                        gconstpointer data)
{
  g_autoptr(GSettings) settings = new_settings ();

  make_traject (f->db_path, "Inkoop 2027");

  /* A traject that no longer exists: the list, and the setting is cleared. */
  g_settings_set_int64 (settings, "last-traject", 9999);
  run_app (f->db_path, check_start_page, GUINT_TO_POINTER (1));
  g_assert_cmpint (g_settings_get_int64 (settings, "last-traject"), ==, 0);
}

/* The error page, naming the file @data. */
static void
check_error_page (TafelApplication *app,
                  TafelWindow      *window,
                  gpointer          data)
{
  const char *base = data;
  AdwStatusPage *error_page = template_child (window, TAFEL_TYPE_WINDOW, "error_page");

  g_assert_null (tafel_application_get_store (app));
  g_assert_nonnull (tafel_application_get_store_error (app));
  g_assert_cmpstr (visible_page (window), ==, "error");
  g_assert_nonnull (strstr (adw_status_page_get_description (error_page), base));

  /* Nothing can be created: Ctrl+N (win.new-traject) opens no dialog. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-traject", NULL);
  iterate ();
  g_assert_cmpuint (count_shown_windows (), ==, 1);
}

static void
test_unreadable_database (Fixture      *f,
                          gconstpointer data)
{
  g_autoptr(GSettings) settings = new_settings ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (2027);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = g_malloc (4096);
  g_autofree char *after = NULL;
  g_autofree char *base = g_path_get_basename (f->db_path);
  g_autoptr(GDir) dir = NULL;
  gsize length = 0;

  for (guint i = 0; i < 4096; i++)
    before[i] = (char) g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (f->db_path, before, 4096, &error));
  g_assert_no_error (error);
  g_settings_set_int64 (settings, "last-traject", 1);

  run_app (f->db_path, check_error_page, base);

  /* The file is untouched, and nothing was put beside it. */
  g_assert_true (g_file_get_contents (f->db_path, &after, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (before, 4096, after, length);
  dir = g_dir_open (f->dir, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_dir_read_name (dir), ==, base);
  g_assert_null (g_dir_read_name (dir));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/window/empty-database", Fixture, NULL, fixture_setup, test_empty_database, fixture_teardown);
  g_test_add ("/window/demo-database", Fixture, NULL, fixture_setup, test_demo_database, fixture_teardown);
  g_test_add ("/window/last-traject", Fixture, NULL, fixture_setup, test_last_traject, fixture_teardown);
  g_test_add ("/window/last-traject-gone", Fixture, NULL, fixture_setup, test_last_traject_gone, fixture_teardown);
  g_test_add ("/window/unreadable-database", Fixture, NULL, fixture_setup, test_unreadable_database, fixture_teardown);

  return g_test_run ();
}

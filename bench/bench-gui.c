/* bench-gui.c: how fast the real window opens a big traject and filters it
 *
 * Starts the real TafelApplication and TafelWindow on a database and
 * measures, from the call until the window's frame clock has painted the
 * next frame ("after-paint"):
 *
 *   open    tafel_window_open_traject () + showing the Geeltjes page
 *   filter  tafel_geeltjes_page_set_search_text (page, "doelgroep"), and
 *           that call alone
 *   clear   tafel_geeltjes_page_set_search_text (page, "")
 *   pages   the first switch to each other page, which hands it the traject
 *
 * Without --db it first creates a demo traject (300 organisations, 30,000
 * geeltjes) in a temporary folder. Run it under a display, or through
 * bench/run-bench-gui.sh, which uses xvfb-run. It prints min and median in
 * milliseconds; targets: open < 300 ms, filter < 50 ms.
 *
 *   bench-gui [--db FILE] [--traject NAME|ID] [--runs N]
 *             [--organisations N] [--geeltjes N] [--search TEXT]
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "tafel-application.h"
#include "tafel-demo.h"
#include "tafel-geeltjes-page.h"
#include "tafel-traject-view.h"
#include "tafel-window.h"

#define TARGET_OPEN_MS   300.0
#define TARGET_FILTER_MS  50.0
#define FRAME_TIMEOUT_S   60

/* The other pages, switched to one by one after the filter steps. */
static const char *const other_pages[] = { "sessies", "deelproducten", "deelnemers", "voorstellen", "tarieven", "eisen", "export", "uitvraag" };
#define N_OTHER_PAGES G_N_ELEMENTS (other_pages)

typedef enum {
  STEP_SHOW_START,
  STEP_OPEN,
  STEP_FILTER,
  STEP_CLEAR,
  STEP_PAGE,
  STEP_DONE,
} Step;

typedef struct {
  /* options */
  char             *db_path;
  char             *traject_arg;
  char             *search;
  int               runs;
  int               n_organisations;
  int               n_geeltjes;

  /* state */
  char             *tmpdir;
  gint64            traject_id;
  TafelApplication *app;
  TafelWindow      *window;
  TafelTrajectView *view;
  TafelGeeltjesPage *page;
  GdkFrameClock    *frame_clock;
  gulong            after_paint_id;
  guint             timeout_id;
  Step              step;
  int               run;
  gboolean          waiting;
  gint64            t_start;
  int               exit_status;

  /* results, in ms, one per run */
  GArray           *open_frame;
  GArray           *open_call;
  GArray           *filter_frame;
  GArray           *filter_call;
  GArray           *clear_frame;
  GArray           *clear_call;
  GArray           *page_frame[N_OTHER_PAGES];
  guint             page_index;
  guint             n_visible_open;
  guint             n_visible_filter;
  guint             n_visible_clear;
} Bench;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
add_ms (GArray *array,
        gint64  usec)
{
  double ms = usec / 1000.0;

  g_array_append_val (array, ms);
}

static void
print_figures (const char *what,
               GArray     *values,
               double      target)
{
  g_autoptr(GArray) sorted = NULL;
  double median;
  guint n = values->len;

  if (n == 0)
    {
      g_print ("  %-34s no figures\n", what);
      return;
    }

  sorted = g_array_copy (values);
  g_array_sort (sorted, compare_doubles);
  median = (n % 2) ? g_array_index (sorted, double, n / 2)
                   : (g_array_index (sorted, double, n / 2 - 1) + g_array_index (sorted, double, n / 2)) / 2;

  g_print ("  %-34s min %8.1f ms   median %8.1f ms   first %8.1f ms",
           what, g_array_index (sorted, double, 0), median, g_array_index (values, double, 0));
  if (target > 0)
    g_print ("   (target < %.0f ms: %s)", target, median < target ? "ok" : "SLOWER");
  g_print ("\n");
}

/* The traject view is a template child of the window: find it. */
static GtkWidget *
find_widget_of_type (GtkWidget *widget,
                     GType      type)
{
  if (g_type_is_a (G_OBJECT_TYPE (widget), type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget_of_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Stops measuring, closes the window and so ends the application. */
static void
finish (Bench *bench)
{
  bench->step = STEP_DONE;
  bench->waiting = FALSE;
  g_clear_handle_id (&bench->timeout_id, g_source_remove);
  if (bench->frame_clock != NULL)
    g_clear_signal_handler (&bench->after_paint_id, bench->frame_clock);
  bench->frame_clock = NULL;
  if (bench->window != NULL)
    gtk_window_destroy (GTK_WINDOW (bench->window));
  bench->window = NULL;
  g_application_quit (G_APPLICATION (bench->app));
}

static void
fail (Bench      *bench,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

static void
fail (Bench      *bench,
      const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  g_vfprintf (stderr, format, args);
  va_end (args);
  g_printerr ("\n");

  bench->exit_status = 1;
  finish (bench);
}

static void run_step (Bench *bench);

static gboolean
on_next_step_cb (gpointer user_data)
{
  Bench *bench = user_data;

  if (bench->window != NULL)
    run_step (bench);
  return G_SOURCE_REMOVE;
}

static gboolean
on_frame_timeout_cb (gpointer user_data)
{
  Bench *bench = user_data;

  bench->timeout_id = 0;
  fail (bench, "bench-gui: no frame was painted within %d s", FRAME_TIMEOUT_S);
  return G_SOURCE_REMOVE;
}

/* Records the time of the first frame painted after the measured call and
 * moves on once the main loop has settled. */
static void
on_after_paint_cb (GdkFrameClock *clock,
                   Bench         *bench)
{
  gint64 elapsed;

  if (!bench->waiting)
    return;

  elapsed = g_get_monotonic_time () - bench->t_start;
  bench->waiting = FALSE;
  g_clear_handle_id (&bench->timeout_id, g_source_remove);

  switch (bench->step)
    {
    case STEP_OPEN:
      add_ms (bench->open_frame, elapsed);
      bench->n_visible_open = tafel_geeltjes_page_get_n_visible (bench->page);
      bench->step = STEP_FILTER;
      break;

    case STEP_FILTER:
      add_ms (bench->filter_frame, elapsed);
      bench->n_visible_filter = tafel_geeltjes_page_get_n_visible (bench->page);
      bench->step = STEP_CLEAR;
      break;

    case STEP_CLEAR:
      add_ms (bench->clear_frame, elapsed);
      bench->n_visible_clear = tafel_geeltjes_page_get_n_visible (bench->page);
      bench->page_index = 0;
      bench->step = STEP_PAGE;
      break;

    case STEP_PAGE:
      add_ms (bench->page_frame[bench->page_index], elapsed);
      if (++bench->page_index < N_OTHER_PAGES)
        break;
      bench->run++;
      bench->step = bench->run < bench->runs ? STEP_SHOW_START : STEP_DONE;
      break;

    case STEP_SHOW_START:
      bench->step = STEP_OPEN;
      break;

    case STEP_DONE:
    default:
      return;
    }

  /* Let idle work that the frame queued run before the next measurement. */
  g_timeout_add (150, on_next_step_cb, bench);
}

/* Starts the clock; the after-paint handler stops it. */
static void
expect_frame (Bench *bench)
{
  bench->waiting = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (bench->window));
  bench->timeout_id = g_timeout_add_seconds (FRAME_TIMEOUT_S, on_frame_timeout_cb, bench);
}

static void
print_results (Bench *bench)
{
  g_print ("\nbench-gui: %d runs on %s (traject %" G_GINT64_FORMAT ")\n",
           bench->runs, bench->db_path, bench->traject_id);
  g_print ("  open traject, Geeltjes page shown: %u geeltjes visible\n", bench->n_visible_open);
  print_figures ("open → first frame painted", bench->open_frame, TARGET_OPEN_MS);
  print_figures ("open: tafel_window_open_traject", bench->open_call, 0);
  g_print ("  filter \"%s\": %u geeltjes visible\n", bench->search, bench->n_visible_filter);
  print_figures ("filter → next frame painted", bench->filter_frame, TARGET_FILTER_MS);
  print_figures ("filter: set_search_text alone", bench->filter_call, 0);
  g_print ("  clear the filter: %u geeltjes visible\n", bench->n_visible_clear);
  print_figures ("clear → next frame painted", bench->clear_frame, 0);
  print_figures ("clear: set_search_text alone", bench->clear_call, 0);
  g_print ("  first switch to each other page (it gets the traject then):\n");
  for (guint i = 0; i < N_OTHER_PAGES; i++)
    {
      g_autofree char *what = g_strdup_printf ("%s → frame painted", other_pages[i]);

      print_figures (what, bench->page_frame[i], 0);
    }
}

static void
run_step (Bench *bench)
{
  g_autoptr(GError) error = NULL;
  gint64 t;

  switch (bench->step)
    {
    case STEP_SHOW_START:
      tafel_window_show_start (bench->window);
      expect_frame (bench);
      break;

    case STEP_OPEN:
      bench->t_start = g_get_monotonic_time ();
      if (!tafel_window_open_traject (bench->window, bench->traject_id, &error))
        {
          fail (bench, "bench-gui: could not open traject %" G_GINT64_FORMAT ": %s",
                bench->traject_id, error->message);
          return;
        }
      tafel_traject_view_show_page (bench->view, "geeltjes");
      add_ms (bench->open_call, g_get_monotonic_time () - bench->t_start);

      {
        GtkWidget *page = tafel_traject_view_get_page (bench->view, "geeltjes");

        bench->page = TAFEL_IS_GEELTJES_PAGE (page) ? TAFEL_GEELTJES_PAGE (page) : NULL;
      }
      if (bench->page == NULL)
        {
          fail (bench, "bench-gui: the traject view has no Geeltjes page");
          return;
        }
      expect_frame (bench);
      break;

    case STEP_FILTER:
    case STEP_CLEAR:
      bench->t_start = g_get_monotonic_time ();
      tafel_geeltjes_page_set_search_text (bench->page, bench->step == STEP_FILTER ? bench->search : "");
      t = g_get_monotonic_time () - bench->t_start;
      add_ms (bench->step == STEP_FILTER ? bench->filter_call : bench->clear_call, t);
      expect_frame (bench);
      break;

    case STEP_PAGE:
      bench->t_start = g_get_monotonic_time ();
      tafel_traject_view_show_page (bench->view, other_pages[bench->page_index]);
      expect_frame (bench);
      break;

    case STEP_DONE:
    default:
      print_results (bench);
      finish (bench);
      break;
    }
}

static void
on_window_map_cb (GtkWidget *widget,
                  Bench     *bench)
{
  bench->frame_clock = gtk_widget_get_frame_clock (widget);
  if (bench->frame_clock == NULL)
    {
      fail (bench, "bench-gui: the window has no frame clock");
      return;
    }
  bench->after_paint_id = g_signal_connect (bench->frame_clock, "after-paint",
                                            G_CALLBACK (on_after_paint_cb), bench);

  bench->step = STEP_SHOW_START;
  g_timeout_add (300, on_next_step_cb, bench);
}

static void
on_activate_cb (GApplication *application,
                Bench        *bench)
{
  GtkWindow *window;

  if (bench->window != NULL)
    return;

  if (tafel_application_get_store (bench->app) == NULL)
    {
      const GError *error = tafel_application_get_store_error (bench->app);

      fail (bench, "bench-gui: could not open %s: %s", bench->db_path,
            error ? error->message : "unknown error");
      return;
    }

  /* The application's own activate handler has made the window. */
  window = gtk_application_get_active_window (GTK_APPLICATION (application));
  if (!TAFEL_IS_WINDOW (window))
    {
      fail (bench, "bench-gui: the application did not make a TafelWindow");
      return;
    }

  bench->window = TAFEL_WINDOW (window);
  bench->view = (TafelTrajectView *) find_widget_of_type (GTK_WIDGET (window), TAFEL_TYPE_TRAJECT_VIEW);
  if (bench->view == NULL)
    {
      fail (bench, "bench-gui: the window has no TafelTrajectView");
      return;
    }

  gtk_window_set_default_size (window, 1280, 900);
  if (gtk_widget_get_mapped (GTK_WIDGET (window)))
    on_window_map_cb (GTK_WIDGET (window), bench);
  else
    g_signal_connect (window, "map", G_CALLBACK (on_window_map_cb), bench);
}

/* Creates the demo database in a temporary folder. */
static gboolean
create_demo (Bench   *bench,
             GError **error)
{
  g_autoptr(TafelStore) store = NULL;
  g_autoptr(TafelTraject) traject = NULL;
  TafelDemoOptions options;
  gint64 t0;

  bench->tmpdir = g_dir_make_tmp ("bench-gui-XXXXXX", error);
  if (bench->tmpdir == NULL)
    return FALSE;
  bench->db_path = g_build_filename (bench->tmpdir, "bench.db", NULL);

  store = tafel_store_open (bench->db_path, error);
  if (store == NULL)
    return FALSE;

  tafel_demo_options_init (&options);
  options.seed = 1;
  options.n_organisations = bench->n_organisations;
  options.n_geeltjes = bench->n_geeltjes;

  g_print ("bench-gui: creating a demo traject with %d organisations and %d geeltjes…\n",
           bench->n_organisations, bench->n_geeltjes);
  t0 = g_get_monotonic_time ();
  traject = tafel_demo_create (store, &options, error);
  if (traject == NULL)
    return FALSE;
  g_print ("bench-gui: demo created in %.1f s\n", (g_get_monotonic_time () - t0) / 1e6);

  bench->traject_id = tafel_entity_get_id (TAFEL_ENTITY (traject));
  return TRUE;
}

/* With --db: the traject named on the command line, or the one with the
 * most geeltjes. */
static gboolean
find_traject (Bench   *bench,
              GError **error)
{
  g_autoptr(TafelStore) store = NULL;
  g_autoptr(GPtrArray) trajecten = NULL;
  guint most = 0;

  store = tafel_store_open (bench->db_path, error);
  if (store == NULL)
    return FALSE;

  if (bench->traject_arg != NULL)
    {
      g_autoptr(TafelTraject) traject = tafel_store_find_traject (store, bench->traject_arg, error);

      if (traject == NULL)
        return FALSE;
      bench->traject_id = tafel_entity_get_id (TAFEL_ENTITY (traject));
      return TRUE;
    }

  trajecten = tafel_store_list (store, TAFEL_TYPE_TRAJECT, 0, error);
  if (trajecten == NULL)
    return FALSE;

  for (guint i = 0; i < trajecten->len; i++)
    {
      gint64 id = tafel_entity_get_id (g_ptr_array_index (trajecten, i));
      TafelTrajectCounts counts = { 0 };

      if (!tafel_store_count (store, id, &counts, error))
        return FALSE;
      if (bench->traject_id == 0 || counts.n_geeltjes > most)
        {
          bench->traject_id = id;
          most = counts.n_geeltjes;
        }
    }

  if (bench->traject_id == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "%s has no traject", bench->db_path);
      return FALSE;
    }

  return TRUE;
}

static void
remove_tmpdir (const char *tmpdir)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (tmpdir == NULL)
    return;

  dir = g_dir_open (tmpdir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (tmpdir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (tmpdir);
}

int
main (int   argc,
      char *argv[])
{
  Bench bench = {
    .runs = 5,
    .n_organisations = 300,
    .n_geeltjes = 30000,
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;
  const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db, "Measure on this database instead of a new demo", "FILE" },
    { "traject", 0, 0, G_OPTION_ARG_STRING, &bench.traject_arg, "The traject to open (default: the one with the most geeltjes)", "NAME|ID" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &bench.runs, "How many times to measure (default 5)", "N" },
    { "organisations", 0, 0, G_OPTION_ARG_INT, &bench.n_organisations, "Organisations in the demo (default 300)", "N" },
    { "geeltjes", 0, 0, G_OPTION_ARG_INT, &bench.n_geeltjes, "Geeltjes in the demo (default 30000)", "N" },
    { "search", 0, 0, G_OPTION_ARG_STRING, &bench.search, "What to type in the filter (default \"doelgroep\")", "TEXT" },
    { NULL }
  };

  setlocale (LC_ALL, "");

  context = g_option_context_new ("- time opening and filtering a big traject in the real window");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-gui: %s\n", error->message);
      return 2;
    }
  if (bench.runs < 1 || bench.n_organisations < 1 || bench.n_geeltjes < 0)
    {
      g_printerr ("bench-gui: --runs and --organisations must be at least 1\n");
      return 2;
    }
  if (bench.search == NULL)
    bench.search = g_strdup ("doelgroep");

  if (!gtk_init_check ())
    {
      g_printerr ("bench-gui: cannot open a display; run bench/run-bench-gui.sh (xvfb-run)\n");
      return 2;
    }

  if (db != NULL)
    {
      bench.db_path = g_steal_pointer (&db);
      if (!find_traject (&bench, &error))
        {
          g_printerr ("bench-gui: %s\n", error->message);
          return 1;
        }
    }
  else if (!create_demo (&bench, &error))
    {
      g_printerr ("bench-gui: could not create the demo: %s\n", error->message);
      remove_tmpdir (bench.tmpdir);
      return 1;
    }

  bench.open_frame = g_array_new (FALSE, FALSE, sizeof (double));
  bench.open_call = g_array_new (FALSE, FALSE, sizeof (double));
  bench.filter_frame = g_array_new (FALSE, FALSE, sizeof (double));
  bench.filter_call = g_array_new (FALSE, FALSE, sizeof (double));
  bench.clear_frame = g_array_new (FALSE, FALSE, sizeof (double));
  bench.clear_call = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint i = 0; i < N_OTHER_PAGES; i++)
    bench.page_frame[i] = g_array_new (FALSE, FALSE, sizeof (double));

  bench.app = tafel_application_new ();
  tafel_application_set_db_path (bench.app, bench.db_path);
  g_application_set_flags (G_APPLICATION (bench.app),
                           g_application_get_flags (G_APPLICATION (bench.app)) | G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (bench.app, "activate", G_CALLBACK (on_activate_cb), &bench);

  {
    char *app_argv[] = { argv[0], NULL };

    if (g_application_run (G_APPLICATION (bench.app), 1, app_argv) != 0 && bench.exit_status == 0)
      bench.exit_status = 1;
  }

  g_clear_object (&bench.app);
  remove_tmpdir (bench.tmpdir);

  g_array_unref (bench.open_frame);
  g_array_unref (bench.open_call);
  g_array_unref (bench.filter_frame);
  g_array_unref (bench.filter_call);
  g_array_unref (bench.clear_frame);
  g_array_unref (bench.clear_call);
  for (guint i = 0; i < N_OTHER_PAGES; i++)
    g_array_unref (bench.page_frame[i]);
  g_free (bench.tmpdir);
  g_free (bench.db_path);
  g_free (bench.traject_arg);
  g_free (bench.search);

  return bench.exit_status;
}

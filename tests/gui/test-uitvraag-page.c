/* test-uitvraag-page.c: the Uitvraag page, driven through its widgets and actions
 *
 * A traject from the "segment veel voorkomend" template with two
 * organisations and two sessions (one whose deadline passed, one whose
 * deadline is far ahead). Workbooks are written into a temporary folder
 * one idle step at a time, read back through the preview, undone from the
 * history and from the toast; what a test changes is checked in the
 * store as well as on screen. Returns with answers and errors are filled
 * in with python3's standard library (skipped without it). Also: the file
 * choosers, a read-only folder, the page in the traject view (Alt+9), and
 * where a sticky note from a return came from in the Geeltjes list.
 */
#include "config.h"

#include <stdarg.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "tafel-geeltjes-list.h"
#include "tafel-inlevering.h"
#include "tafel-test-util.h"
#include "tafel-traject-setup.h"
#include "tafel-traject-view.h"
#include "tafel-uitvraag-page.h"
#include "tafel-uitvraag-preview.h"

typedef struct {
  char              *dir;
  char              *out;          /* an empty folder for workbooks */
  TafelStore        *store;
  gint64             traject_id;
  gint64             past_id;      /* deadline passed */
  gint64             next_id;      /* deadline far ahead */
  gint64             zorg_id;
  TafelTrajectModel *model;
  GtkWindow         *window;
  GtkWidget         *page;
} Fixture;

/* ---- helpers --------------------------------------------------------------- */

static void
iterate (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
wait_until_mapped (GtkWidget *widget)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!gtk_widget_get_mapped (widget))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static TafelUitvraagPage *
page (Fixture *f)
{
  return TAFEL_UITVRAAG_PAGE (f->page);
}

/* Runs the idle steps (writing or reading) to their end. */
static void
finish_steps (Fixture *f)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (tafel_uitvraag_page_is_busy (page (f)))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
    }
  iterate ();
}

static gint64
add_sessie (Fixture    *f,
            const char *name,
            const char *date,
            const char *deadline)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelSessie) sessie = tafel_traject_add_sessie (f->store, f->traject_id, &error);

  g_assert_no_error (error);
  g_assert_true (tafel_store_set_string (f->store, sessie, "name", name, &error));
  g_assert_true (tafel_store_set_string (f->store, sessie, "date", date, &error));
  g_assert_true (tafel_store_set_string (f->store, sessie, "deadline", deadline, &error));
  g_assert_no_error (error);
  return tafel_entity_get_id (TAFEL_ENTITY (sessie));
}

static gint64
add_organisatie (Fixture    *f,
                 const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelOrganisatie) organisatie = tafel_traject_ensure_organisatie (f->store, f->traject_id, name,
                                                                              NULL, &error);

  g_assert_no_error (error);
  return tafel_entity_get_id (TAFEL_ENTITY (organisatie));
}

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelTraject) traject = NULL;
  GtkWidget *overlay;

  f->dir = tafel_test_make_tmpdir ();
  f->out = g_build_filename (f->dir, "uit", NULL);
  g_assert_cmpint (g_mkdir (f->out, 0700), ==, 0);
  f->store = tafel_test_open_store (f->dir, "uitvraag.db");
  traject = tafel_test_create_traject (f->store, "segment-veel-voorkomend", "Inkoop Jeugdhulp 2027");
  f->traject_id = tafel_entity_get_id (TAFEL_ENTITY (traject));
  f->past_id = add_sessie (f, "Sessie 1", "2020-01-07", "2020-01-02 12:00");
  f->next_id = add_sessie (f, "Sessie 2", "2099-11-17", "2099-11-10 12:00");
  f->zorg_id = add_organisatie (f, "Zorg BV");
  add_organisatie (f, "De Linde");

  f->model = tafel_traject_model_new (f->store, f->traject_id, &error);
  g_assert_no_error (error);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1000, 800);
  overlay = adw_toast_overlay_new ();
  gtk_window_set_child (f->window, overlay);
  f->page = tafel_uitvraag_page_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), f->page);
  tafel_uitvraag_page_set_model (page (f), f->model);

  gtk_window_present (f->window);
  wait_until_mapped (f->page);
  iterate ();
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  GList *toplevels = gtk_window_list_toplevels ();
  GtkWidget *p = g_object_ref (f->page);

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != f->window)
      gtk_window_destroy (l->data);
  g_list_free (toplevels);

  g_object_ref (f->window);
  gtk_window_destroy (f->window);
  iterate ();
  g_assert_finalize_object (f->window);
  g_assert_finalize_object (p);

  /* Nothing (rows, previews, undo toasts) keeps the model or store alive. */
  g_assert_finalize_object (f->model);
  g_assert_finalize_object (f->store);
  tafel_test_remove_tree (f->dir);
  g_free (f->out);
  g_free (f->dir);
}

static char *
workbook_path (Fixture    *f,
               const char *organisation)
{
  g_autofree char *name = g_strdup_printf ("Sessie 2 - %s.xlsx", organisation);

  return g_build_filename (f->out, name, NULL);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static guint
n_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

static void
collect_labels (GtkWidget *widget,
                GString   *text)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, text);
}

/* Lets asynchronous work (a file chooser reading its folder) finish. */
static void
settle (void)
{
  gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC / 2;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* The file chooser that is shown (GTK's own dialog: there is no portal), or NULL. */
static GtkFileChooser *
find_file_chooser (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  GtkFileChooser *chooser = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_FILE_CHOOSER_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      chooser = l->data;
  g_list_free (toplevels);

  return chooser;
}

/* Whether a toast over the page says @needle. */
static gboolean
toast_shows (Fixture    *f,
             const char *needle)
{
  GtkWidget *overlay = gtk_window_get_child (f->window);
  g_autoptr(GString) text = g_string_new (NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (overlay); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (child != f->page)
      collect_labels (child, text);

  return strstr (text->str, needle) != NULL;
}

/* Every text the open preview shows. */
static char *
preview_text (Fixture *f)
{
  AdwMessageDialog *preview = tafel_uitvraag_page_get_preview (page (f));
  GString *text = g_string_new (NULL);

  g_assert_nonnull (preview);
  collect_labels (adw_message_dialog_get_extra_child (preview), text);
  return g_string_free (text, FALSE);
}

static void
export_all (Fixture *f)
{
  g_assert_true (tafel_uitvraag_page_export_to_folder (page (f), f->out));
  finish_steps (f);
}

/* Reads @paths (NULL-terminated) and waits for the preview. */
static void
import_paths (Fixture    *f,
              const char *first,
              ...)
{
  GList *files = NULL;
  va_list args;

  va_start (args, first);
  for (const char *path = first; path != NULL; path = va_arg (args, const char *))
    files = g_list_append (files, g_file_new_for_path (path));
  va_end (args);

  tafel_uitvraag_page_import_files (page (f), files);
  g_list_free_full (files, g_object_unref);
  g_assert_true (tafel_uitvraag_page_is_busy (page (f)));
  finish_steps (f);
  g_assert_nonnull (tafel_uitvraag_page_get_preview (page (f)));
}

static void
respond (Fixture    *f,
         const char *response)
{
  AdwMessageDialog *preview = tafel_uitvraag_page_get_preview (page (f));

  g_assert_nonnull (preview);
  adw_message_dialog_response (preview, response);
  iterate ();
  g_assert_null (tafel_uitvraag_page_get_preview (page (f)));
}

static GPtrArray *
list_inleveringen (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = tafel_store_list (f->store, TAFEL_TYPE_INLEVERING, f->traject_id, &error);

  g_assert_no_error (error);
  return rows;
}

static const char *
inlevering_status (Fixture *f,
                   guint    index)
{
  g_autoptr(GPtrArray) rows = list_inleveringen (f);

  g_assert_cmpuint (index, <, rows->len);
  return g_intern_string (tafel_inlevering_get_status (g_ptr_array_index (rows, index)));
}

/* Fills cells of a workbook as a provider would, with nothing but the
 * Python standard library: each SHEET CELL TEXT triple puts TEXT (a shared
 * string) in an input cell the workbook already has. Exit 77 without
 * python3. */
static const char fill_script[] =
  "import sys, re, zipfile, shutil, os\n"
  "from xml.sax.saxutils import escape\n"
  "path = sys.argv[1]\n"
  "z = zipfile.ZipFile(path)\n"
  "parts = {n: z.read(n) for n in z.namelist()}\n"
  "z.close()\n"
  "wb = parts['xl/workbook.xml'].decode()\n"
  "rels = parts['xl/_rels/workbook.xml.rels'].decode()\n"
  "sst = parts['xl/sharedStrings.xml'].decode()\n"
  "n = int(re.search(r'uniqueCount=\"(\\d+)\"', sst).group(1))\n"
  "args = sys.argv[2:]\n"
  "for i in range(0, len(args), 3):\n"
  "    sheet, cell, text = args[i:i + 3]\n"
  "    rid = re.search(r'<sheet name=\"%s\"[^>]*r:id=\"(rId\\d+)\"' % re.escape(sheet), wb).group(1)\n"
  "    target = re.search(r'Id=\"%s\"[^>]*Target=\"([^\"]+)\"' % rid, rels).group(1)\n"
  "    name = 'xl/' + target\n"
  "    xml = parts[name].decode()\n"
  "    new, k = re.subn(r'<c r=\"%s\"( s=\"\\d+\")?/>' % cell, lambda m: '<c r=\"%s\"%s t=\"s\"><v>%d</v></c>' % (cell, m.group(1) or '', n), xml)\n"
  "    if k != 1:\n"
  "        sys.exit('no empty cell %s in %s' % (cell, sheet))\n"
  "    parts[name] = new.encode()\n"
  "    sst = sst.replace('</sst>', '<si><t>%s</t></si></sst>' % escape(text))\n"
  "    n += 1\n"
  "sst = re.sub(r'uniqueCount=\"\\d+\"', 'uniqueCount=\"%d\"' % n, sst)\n"
  "sst = re.sub(r' count=\"(\\d+)\"', lambda m: ' count=\"%d\"' % (int(m.group(1)) + len(args) // 3), sst)\n"
  "parts['xl/sharedStrings.xml'] = sst.encode()\n"
  "with zipfile.ZipFile(path + '.tmp', 'w', zipfile.ZIP_DEFLATED) as out:\n"
  "    for name, data in parts.items():\n"
  "        out.writestr(name, data)\n"
  "os.replace(path + '.tmp', path)\n";

/* Fills @path (SHEET, CELL, TEXT …, NULL); FALSE when python3 is missing. */
static gboolean
fill_workbook (const char *path,
               ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *python = g_find_program_in_path ("python3");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;
  va_list args;

  if (python == NULL)
    return FALSE;

  g_ptr_array_add (argv, python);
  g_ptr_array_add (argv, (char *) "-c");
  g_ptr_array_add (argv, (char *) fill_script);
  g_ptr_array_add (argv, (char *) path);
  va_start (args, path);
  for (const char *arg = va_arg (args, const char *); arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("filling %s failed: %s", path, err);
  return TRUE;
}

/* ---- tests ------------------------------------------------------------------ */

/* The next session with a deadline ahead is chosen; every invited
 * organisation is listed as not sent. */
static void
test_initial (Fixture      *f,
              gconstpointer data)
{
  g_assert_cmpint (tafel_uitvraag_page_get_sessie_id (page (f)), ==, f->next_id);
  g_assert_true (g_str_has_prefix (tafel_uitvraag_page_get_deadline (page (f)), "Return before "));
  g_assert_nonnull (strstr (tafel_uitvraag_page_get_deadline (page (f)), "10 November 12:00"));

  g_assert_cmpuint (n_rows (tafel_uitvraag_page_get_status_list (page (f))), ==, 2);
  g_assert_cmpstr (tafel_uitvraag_page_get_status (page (f), "Zorg BV"), ==, "Not sent");
  g_assert_cmpstr (tafel_uitvraag_page_get_status (page (f), "De Linde"), ==, "Not sent");
  g_assert_cmpstr (tafel_uitvraag_page_get_counts (page (f)), ==, "2 invited · 0 returned · 0 late");
  g_assert_cmpuint (n_rows (tafel_uitvraag_page_get_history (page (f))), ==, 0);

  /* The other session: its deadline passed. */
  g_assert_true (tafel_uitvraag_page_set_sessie_id (page (f), f->past_id));
  g_assert_true (g_str_has_prefix (tafel_uitvraag_page_get_deadline (page (f)), "The deadline was "));
  g_assert_cmpstr (tafel_uitvraag_page_get_status (page (f), "Zorg BV"), ==, "Not sent");

  /* An edit that changes nothing shown leaves the rows (and the focus) alone. */
  {
    GtkListBoxRow *first = gtk_list_box_get_row_at_index (tafel_uitvraag_page_get_status_list (page (f)), 0);
    TafelSessie *sessie = tafel_traject_model_lookup (f->model, TAFEL_TYPE_SESSIE, f->next_id);
    g_autoptr(GError) error = NULL;

    g_assert_true (tafel_store_set_string (f->store, sessie, "theme", "Wachttijden", &error));
    g_assert_no_error (error);
    iterate ();
    g_assert_true (gtk_list_box_get_row_at_index (tafel_uitvraag_page_get_status_list (page (f)), 0) == first);
  }

  /* A new organisation appears on its own. */
  tafel_uitvraag_page_set_sessie_id (page (f), f->next_id);
  add_organisatie (f, "Alfa Zorg");
  iterate ();
  g_assert_cmpuint (n_rows (tafel_uitvraag_page_get_status_list (page (f))), ==, 3);
  g_assert_cmpstr (tafel_uitvraag_page_get_status (page (f), "Alfa Zorg"), ==, "Not sent");
}

/* Make the workbooks, read one back, undo it from the history. */
static void
test_export_import_undo (Fixture      *f,
                         gconstpointer data)
{
  g_autofree char *zorg = workbook_path (f, "Zorg BV");
  g_autofree char *linde = workbook_path (f, "De Linde");
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GtkListBox *history = tafel_uitvraag_page_get_history (page (f));
  GtkListBoxRow *row;
  GtkWidget *undo;

  g_assert_true (tafel_uitvraag_page_export_to_folder (page (f), f->out));
  g_assert_true (tafel_uitvraag_page_is_busy (page (f)));
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (tafel_uitvraag_page_get_progress (page (f))))));
  g_assert_cmpstr (gtk_progress_bar_get_text (tafel_uitvraag_page_get_progress (page (f))), ==, "1 of 2: De Linde");
  /* One at a time: no second run meanwhile. */
  g_assert_false (tafel_uitvraag_page_export_to_folder (page (f), f->out));
  finish_steps (f);
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (tafel_uitvraag_page_get_progress (page (f))))));

  g_assert_cmpuint (count_files (f->out), ==, 2);
  g_assert_true (g_file_test (zorg, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (linde, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (tafel_uitvraag_page_get_status (page (f), "Zorg BV"), ==, "Sent");
  g_assert_cmpstr (tafel_uitvraag_page_get_status (page (f), "De Linde"), ==, "Sent");

  /* Read back as it was sent: nothing filled in, still a return. */
  import_paths (f, zorg, NULL);
  text = preview_text (f);
  g_assert_nonnull (strstr (text, "Sessie 2 - Zorg BV.xlsx"));
  g_assert_nonnull (strstr (text, "New return"));
  g_assert_nonnull (strstr (text, "Zorg BV · Sessie 2"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (tafel_uitvraag_page_get_errors_check (page (f)))));
  respond (f, "import");

  g_assert_cmpstr (tafel_uitvraag_page_get_status (page (f), "Zorg BV"), ==, "Returned");
  g_assert_cmpstr (tafel_uitvraag_page_get_status (page (f), "De Linde"), ==, "Sent");
  g_assert_cmpstr (tafel_uitvraag_page_get_counts (page (f)), ==, "2 invited · 1 returned · 0 late");
  g_assert_cmpuint (n_rows (tafel_uitvraag_page_get_results (page (f))), ==, 1);
  g_assert_cmpstr (inlevering_status (f, 0), ==, "actief");

  /* The history shows it, with Undo. */
  g_assert_cmpuint (n_rows (history), ==, 1);
  row = gtk_list_box_get_row_at_index (history, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Sessie 2 - Zorg BV.xlsx");
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), "Zorg BV · Sessie 2"));
  undo = tafel_uitvraag_history_row_get_undo (row);
  g_assert_nonnull (undo);

  /* The same file again changes nothing: Import cannot be chosen. */
  import_paths (f, zorg, NULL);
  g_clear_pointer (&text, g_free);
  text = preview_text (f);
  g_assert_nonnull (strstr (text, "Already imported"));
  g_assert_false (adw_message_dialog_get_response_enabled (tafel_uitvraag_page_get_preview (page (f)), "import"));
  respond (f, "cancel");
  rows = list_inleveringen (f);
  g_assert_cmpuint (rows->len, ==, 1);

  /* Undo from the history: back to "sent". */
  row = gtk_list_box_get_row_at_index (history, 0);
  undo = tafel_uitvraag_history_row_get_undo (row);
  g_assert_nonnull (undo);
  /* As a click: activate would wait for the pressed look to end. */
  g_signal_emit_by_name (undo, "clicked");
  iterate ();
  g_assert_cmpstr (inlevering_status (f, 0), ==, "ongedaan");
  g_assert_cmpstr (tafel_uitvraag_page_get_status (page (f), "Zorg BV"), ==, "Sent");
  row = gtk_list_box_get_row_at_index (history, 0);
  g_assert_nonnull (row);
  g_assert_null (tafel_uitvraag_history_row_get_undo (row));
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "Zorg BV"));
}

/* The toast's Undo takes back everything the last import stored. */
static void
test_undo_last_import (Fixture      *f,
                       gconstpointer data)
{
  g_autofree char *zorg = workbook_path (f, "Zorg BV");
  g_autofree char *linde = workbook_path (f, "De Linde");

  export_all (f);
  import_paths (f, zorg, linde, NULL);
  respond (f, "import");
  g_assert_cmpstr (tafel_uitvraag_page_get_status (page (f), "Zorg BV"), ==, "Returned");
  g_assert_cmpstr (tafel_uitvraag_page_get_status (page (f), "De Linde"), ==, "Returned");
  g_assert_cmpuint (n_rows (tafel_uitvraag_page_get_history (page (f))), ==, 2);

  g_assert_cmpuint (tafel_uitvraag_page_undo_last_import (page (f)), ==, 2);
  iterate ();
  g_assert_cmpstr (tafel_uitvraag_page_get_status (page (f), "Zorg BV"), ==, "Sent");
  g_assert_cmpstr (tafel_uitvraag_page_get_status (page (f), "De Linde"), ==, "Sent");
  g_assert_cmpstr (inlevering_status (f, 0), ==, "ongedaan");
  g_assert_cmpstr (inlevering_status (f, 1), ==, "ongedaan");
  /* Only once. */
  g_assert_cmpuint (tafel_uitvraag_page_undo_last_import (page (f)), ==, 0);
}

/* Files that are no uitvraag workbook say why in the preview, and nothing
 * can be imported. */
static void
test_bad_files (Fixture      *f,
                gconstpointer data)
{
  g_autofree char *fake = g_build_filename (f->dir, "notities.xlsx", NULL);
  g_autofree char *plain = g_build_filename (f->dir, "lees mij.txt", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "weg.xlsx", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  g_assert_true (g_file_set_contents (fake, "dit is geen werkmap", -1, NULL));
  g_assert_true (g_file_set_contents (plain, "hallo", -1, NULL));

  import_paths (f, fake, plain, missing, NULL);
  text = preview_text (f);
  g_assert_nonnull (strstr (text, "notities.xlsx"));
  g_assert_nonnull (strstr (text, "lees mij.txt"));
  g_assert_nonnull (strstr (text, "weg.xlsx"));
  g_assert_nonnull (strstr (text, "Cannot be read"));
  g_assert_false (adw_message_dialog_get_response_enabled (tafel_uitvraag_page_get_preview (page (f)), "import"));
  respond (f, "cancel");

  rows = list_inleveringen (f);
  g_assert_cmpuint (rows->len, ==, 0);
  g_assert_cmpuint (n_rows (tafel_uitvraag_page_get_history (page (f))), ==, 0);
  g_assert_cmpuint (n_rows (tafel_uitvraag_page_get_results (page (f))), ==, 0);
}

/* "Import a Folder": every .xlsx in it, not Office's "~$" lock files;
 * the good one imported, the bad one reported. */
static void
test_import_folder (Fixture      *f,
                    gconstpointer data)
{
  g_autofree char *lock = g_build_filename (f->out, "~$Sessie 2 - Zorg BV.xlsx", NULL);
  g_autofree char *note = g_build_filename (f->out, "notities.txt", NULL);
  g_autofree char *fake = g_build_filename (f->out, "kapot.xlsx", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (f->out);
  g_autoptr(GFile) empty = NULL;
  g_autofree char *empty_path = g_build_filename (f->dir, "leeg", NULL);
  g_autofree char *text = NULL;
  GtkListBox *results = tafel_uitvraag_page_get_results (page (f));

  export_all (f);
  g_assert_true (g_file_set_contents (lock, "lock", -1, NULL));
  g_assert_true (g_file_set_contents (note, "notitie", -1, NULL));
  g_assert_true (g_file_set_contents (fake, "kapot", -1, NULL));

  g_assert_true (tafel_uitvraag_page_import_folder (page (f), folder));
  finish_steps (f);
  text = preview_text (f);
  g_assert_nonnull (strstr (text, "kapot.xlsx"));
  g_assert_nonnull (strstr (text, "Sessie 2 - Zorg BV.xlsx"));
  g_assert_nonnull (strstr (text, "Sessie 2 - De Linde.xlsx"));
  g_assert_null (strstr (text, "~$"));
  g_assert_null (strstr (text, "notities.txt"));
  g_assert_true (adw_message_dialog_get_response_enabled (tafel_uitvraag_page_get_preview (page (f)), "import"));
  respond (f, "import");

  g_assert_cmpuint (n_rows (results), ==, 3);
  g_assert_cmpstr (tafel_uitvraag_page_get_status (page (f), "Zorg BV"), ==, "Returned");
  g_assert_cmpstr (tafel_uitvraag_page_get_status (page (f), "De Linde"), ==, "Returned");
  g_assert_cmpuint (n_rows (tafel_uitvraag_page_get_history (page (f))), ==, 2);

  /* A folder without workbooks says so. */
  g_assert_cmpint (g_mkdir (empty_path, 0700), ==, 0);
  empty = g_file_new_for_path (empty_path);
  g_assert_false (tafel_uitvraag_page_import_folder (page (f), empty));
  g_assert_false (tafel_uitvraag_page_is_busy (page (f)));
}

/* A return for another session than the one shown: the page shows that
 * session after the import. Its deadline passed: "late", then "returned
 * late". */
static void
test_other_session (Fixture      *f,
                    gconstpointer data)
{
  g_autofree char *zorg = g_build_filename (f->out, "Sessie 1 - Zorg BV.xlsx", NULL);

  g_assert_true (tafel_uitvraag_page_set_sessie_id (page (f), f->past_id));
  export_all (f);
  g_assert_cmpstr (tafel_uitvraag_page_get_status (page (f), "Zorg BV"), ==, "Late");
  g_assert_cmpstr (tafel_uitvraag_page_get_counts (page (f)), ==, "2 invited · 0 returned · 2 late");

  g_assert_true (tafel_uitvraag_page_set_sessie_id (page (f), f->next_id));
  import_paths (f, zorg, NULL);
  respond (f, "import");
  g_assert_cmpint (tafel_uitvraag_page_get_sessie_id (page (f)), ==, f->past_id);
  g_assert_cmpstr (tafel_uitvraag_page_get_status (page (f), "Zorg BV"), ==, "Returned late");
  g_assert_cmpstr (tafel_uitvraag_page_get_counts (page (f)), ==, "2 invited · 1 returned · 1 late");
}

/* A folder that is not there, a cancelled run, and a single workbook. */
static void
test_export_sad_paths (Fixture      *f,
                       gconstpointer data)
{
  g_autofree char *missing = g_build_filename (f->dir, "bestaat-niet", NULL);
  g_autofree char *blank = g_build_filename (f->dir, "leeg", NULL);
  g_autofree char *blank_xlsx = g_build_filename (f->dir, "leeg.xlsx", NULL);
  g_autofree char *one = g_build_filename (f->dir, "zorg.xlsx", NULL);
  g_autofree char *wrong = g_build_filename (missing, "zorg.xlsx", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (tafel_uitvraag_page_export_to_folder (page (f), missing));
  g_assert_false (tafel_uitvraag_page_is_busy (page (f)));
  g_assert_cmpstr (tafel_uitvraag_page_get_status (page (f), "Zorg BV"), ==, "Not sent");

  /* Cancel before the first step: nothing written. */
  g_assert_true (tafel_uitvraag_page_export_to_folder (page (f), f->out));
  g_assert_true (gtk_widget_activate_action (f->page, "uitvraag.cancel", NULL));
  g_assert_false (tafel_uitvraag_page_is_busy (page (f)));
  iterate ();
  g_assert_cmpuint (count_files (f->out), ==, 0);
  g_assert_cmpstr (tafel_uitvraag_page_get_status (page (f), "Zorg BV"), ==, "Not sent");

  /* A blank workbook (".xlsx" added) is not recorded as sent. */
  g_assert_true (tafel_uitvraag_page_export_one_to (page (f), 0, blank, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (blank_xlsx, G_FILE_TEST_IS_REGULAR));
  iterate ();
  g_assert_cmpstr (tafel_uitvraag_page_get_status (page (f), "Zorg BV"), ==, "Not sent");

  /* One organisation's workbook again. */
  g_assert_true (tafel_uitvraag_page_export_one_to (page (f), f->zorg_id, one, &error));
  g_assert_no_error (error);
  iterate ();
  g_assert_cmpstr (tafel_uitvraag_page_get_status (page (f), "Zorg BV"), ==, "Sent");
  /* Nobody is marked present at the session, so every organisation stays
   * invited (see tafel_uitvraag_status_list), the others not sent yet. */
  g_assert_cmpstr (tafel_uitvraag_page_get_status (page (f), "De Linde"), ==, "Not sent");
  g_assert_cmpstr (tafel_uitvraag_page_get_counts (page (f)), ==, "2 invited · 0 returned · 0 late · 1 not sent");

  /* Into a folder that is not there: the store's message, no change. */
  g_assert_false (tafel_uitvraag_page_export_one_to (page (f), f->zorg_id, wrong, &error));
  g_assert_nonnull (error);
}

/* A return with a suggestion, advice and an error: it is only imported
 * with the check ticked, then its status says so, the history shows the
 * errors and the advice, and the sticky note says where it came from. */
static void
test_errors_and_advice (Fixture      *f,
                        gconstpointer data)
{
  g_autofree char *zorg = workbook_path (f, "Zorg BV");
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) geeltjes = NULL;
  g_autoptr(GString) history_text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  GtkCheckButton *check;
  AdwMessageDialog *preview;
  GtkListBoxRow *row;
  TafelInlevering *inlevering;
  TafelOrganisatie *organisatie;
  TafelGeeltje *geeltje = NULL;

  export_all (f);
  if (!fill_workbook (zorg,
                      "Suggesties", "B5", "Meer nazorg na de behandeling",
                      "Functiemix", "D5", "zestig",
                      "Advies", "B5", "Houd de tarieven eenvoudig",
                      NULL))
    {
      g_test_skip ("python3 is needed to fill in a workbook");
      return;
    }

  import_paths (f, zorg, NULL);
  text = preview_text (f);
  g_assert_nonnull (strstr (text, "zestig"));
  g_assert_nonnull (strstr (text, "Functiemix"));
  preview = tafel_uitvraag_page_get_preview (page (f));
  check = tafel_uitvraag_page_get_errors_check (page (f));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (check)));
  g_assert_false (adw_message_dialog_get_response_enabled (preview, "import"));
  gtk_check_button_set_active (check, TRUE);
  g_assert_true (adw_message_dialog_get_response_enabled (preview, "import"));
  respond (f, "import");

  g_assert_cmpstr (tafel_uitvraag_page_get_status (page (f), "Zorg BV"), ==, "Returned with errors");
  g_assert_cmpstr (tafel_uitvraag_page_get_counts (page (f)), ==, "2 invited · 1 returned · 0 late");

  rows = list_inleveringen (f);
  g_assert_cmpuint (rows->len, ==, 1);
  inlevering = g_ptr_array_index (rows, 0);
  g_assert_cmpint (tafel_inlevering_get_n_fouten (inlevering), >, 0);
  g_assert_cmpstr (tafel_inlevering_get_advies (inlevering), ==, "Houd de tarieven eenvoudig");

  /* Expanded, the history row shows the errors and the advice. */
  row = gtk_list_box_get_row_at_index (tafel_uitvraag_page_get_history (page (f)), 0);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  collect_labels (GTK_WIDGET (row), history_text);
  g_assert_nonnull (strstr (history_text->str, "zestig"));
  g_assert_nonnull (strstr (history_text->str, "Houd de tarieven eenvoudig"));
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), "error"));
  /* It stays open when the history is drawn again (a name in it changed). */
  organisatie = tafel_traject_model_lookup (f->model, TAFEL_TYPE_ORGANISATIE, f->zorg_id);
  g_assert_true (tafel_store_set_string (f->store, organisatie, "name", "Zorg BV Noord", &error));
  g_assert_no_error (error);
  iterate ();
  g_assert_false (gtk_list_box_get_row_at_index (tafel_uitvraag_page_get_history (page (f)), 0) == row);
  row = gtk_list_box_get_row_at_index (tafel_uitvraag_page_get_history (page (f)), 0);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), "Zorg BV Noord"));
  g_assert_true (tafel_store_set_string (f->store, organisatie, "name", "Zorg BV", &error));
  g_assert_no_error (error);
  iterate ();

  /* The suggestion became a sticky note that says where it came from. */
  geeltjes = tafel_store_list (f->store, TAFEL_TYPE_GEELTJE, f->traject_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < geeltjes->len; i++)
    if (g_strcmp0 (tafel_geeltje_get_text (g_ptr_array_index (geeltjes, i)), "Meer nazorg na de behandeling") == 0)
      geeltje = g_ptr_array_index (geeltjes, i);
  g_assert_nonnull (geeltje);
  g_assert_cmpint (tafel_entity_get_int (TAFEL_ENTITY (geeltje), "inlevering_id"), ==,
                   tafel_entity_get_id (TAFEL_ENTITY (inlevering)));
  g_assert_nonnull (strstr (tafel_entity_get_string (TAFEL_ENTITY (geeltje), "herkomst"), "Suggesties"));

  /* Undo takes the note away again. */
  g_assert_cmpuint (tafel_uitvraag_page_undo_last_import (page (f)), ==, 1);
  iterate ();
  g_assert_null (tafel_traject_model_lookup (f->model, TAFEL_TYPE_GEELTJE,
                                             tafel_entity_get_id (TAFEL_ENTITY (geeltje))));
  g_assert_cmpstr (tafel_uitvraag_page_get_status (page (f), "Zorg BV"), ==, "Sent");
}

static void
export_into_read_only (gpointer data)
{
  Fixture *f = data;

  /* Starts; the first workbook fails; the run ends with the message. */
  g_assert_true (tafel_uitvraag_page_export_to_folder (page (f), f->out));
  finish_steps (f);
}

/* A folder that refuses writes: the store's message, nothing recorded,
 * the page ready for another try. */
static void
test_read_only_folder (Fixture      *f,
                       gconstpointer data)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_chmod (f->out, 0500), ==, 0);
  if (!tafel_test_run_as_nobody (f->dir, export_into_read_only, f))
    {
      g_chmod (f->out, 0700);
      g_test_skip ("running as root, and cannot switch to another user: root may write in any folder");
      return;
    }
  g_chmod (f->out, 0700);

  g_assert_false (tafel_uitvraag_page_is_busy (page (f)));
  g_assert_cmpuint (count_files (f->out), ==, 0);
  rows = tafel_store_list (f->store, TAFEL_TYPE_UITVRAAG, f->traject_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 0);
  g_assert_cmpstr (tafel_uitvraag_page_get_status (page (f), "Zorg BV"), ==, "Not sent");

  /* Writable again: the next run works. */
  export_all (f);
  g_assert_cmpuint (count_files (f->out), ==, 2);
}

/* The actions open GTK's file chooser: a folder for all workbooks (and
 * the workbooks are written there), several .xlsx files to import, a
 * file name for one organisation's workbook. */
static void
test_choosers (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GFile) out = g_file_new_for_path (f->out);
  g_autofree char *name = NULL;
  GtkFileChooser *chooser;

  g_assert_true (gtk_widget_activate_action (f->page, "uitvraag.export-all", NULL));
  chooser = find_file_chooser ();
  g_assert_nonnull (chooser);
  g_assert_cmpint (gtk_file_chooser_get_action (chooser), ==, GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER);
  settle ();
  g_assert_true (gtk_file_chooser_set_current_folder (chooser, out, NULL));
  settle ();
  /* Never write outside the test's folder, also when this test fails. */
  {
    g_autoptr(GFile) file = gtk_file_chooser_get_file (chooser);

    g_assert_nonnull (file);
    g_assert_cmpstr (g_file_peek_path (file), ==, f->out);
  }
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  settle ();
  g_assert_null (find_file_chooser ());
  finish_steps (f);
  g_assert_cmpuint (count_files (f->out), ==, 2);
  g_assert_true (toast_shows (f, "2 workbooks written to"));
  g_assert_cmpstr (tafel_uitvraag_page_get_status (page (f), "Zorg BV"), ==, "Sent");

  g_assert_true (gtk_widget_activate_action (f->page, "uitvraag.import-files", NULL));
  chooser = find_file_chooser ();
  g_assert_nonnull (chooser);
  g_assert_cmpint (gtk_file_chooser_get_action (chooser), ==, GTK_FILE_CHOOSER_ACTION_OPEN);
  g_assert_true (gtk_file_chooser_get_select_multiple (chooser));
  g_assert_nonnull (gtk_file_chooser_get_filter (chooser));
  settle ();
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  iterate ();
  g_assert_null (find_file_chooser ());
  g_assert_null (tafel_uitvraag_page_get_preview (page (f)));

  g_assert_true (gtk_widget_activate_action (f->page, "uitvraag.export-one", "x", f->zorg_id));
  chooser = find_file_chooser ();
  g_assert_nonnull (chooser);
  g_assert_cmpint (gtk_file_chooser_get_action (chooser), ==, GTK_FILE_CHOOSER_ACTION_SAVE);
  name = gtk_file_chooser_get_current_name (chooser);
  g_assert_cmpstr (name, ==, "Sessie 2 - Zorg BV.xlsx");
  settle ();
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  iterate ();
  g_assert_null (find_file_chooser ());
}

/* With no model the page shows nothing and its actions are off. */
static void
test_no_model (void)
{
  GtkWidget *p = g_object_ref_sink (tafel_uitvraag_page_new ());
  GList *toplevels = gtk_window_list_toplevels ();
  guint n_toplevels = g_list_length (toplevels);
  g_autoptr(GFile) folder = g_file_new_for_path ("/nonexistent-folder");

  g_list_free (toplevels);
  g_assert_null (tafel_uitvraag_page_get_model (TAFEL_UITVRAAG_PAGE (p)));
  g_assert_cmpint (tafel_uitvraag_page_get_sessie_id (TAFEL_UITVRAAG_PAGE (p)), ==, 0);
  for (guint i = 0; i < 4; i++)
    {
      const char *actions[] = { "uitvraag.export-all", "uitvraag.export-blank", "uitvraag.import-files",
                                "uitvraag.import-folder" };

      gtk_widget_activate_action (p, actions[i], NULL);
    }
  toplevels = gtk_window_list_toplevels ();
  g_assert_cmpuint (g_list_length (toplevels), ==, n_toplevels);   /* no file chooser */
  g_list_free (toplevels);
  g_assert_false (tafel_uitvraag_page_export_to_folder (TAFEL_UITVRAAG_PAGE (p), "/tmp"));
  g_assert_false (tafel_uitvraag_page_import_folder (TAFEL_UITVRAAG_PAGE (p), folder));
  g_assert_false (tafel_uitvraag_page_is_busy (TAFEL_UITVRAAG_PAGE (p)));
  g_assert_cmpuint (n_rows (tafel_uitvraag_page_get_status_list (TAFEL_UITVRAAG_PAGE (p))), ==, 0);
  g_assert_finalize_object (p);
}

/* The traject view has the page (Alt+9) and hands it the model. */
static void
test_in_traject_view (Fixture      *f,
                      gconstpointer data)
{
  GtkWidget *view = g_object_ref_sink (g_object_new (TAFEL_TYPE_TRAJECT_VIEW, NULL));
  GtkWidget *uitvraag;

  tafel_traject_view_set_model (TAFEL_TRAJECT_VIEW (view), f->model);
  uitvraag = tafel_traject_view_get_page (TAFEL_TRAJECT_VIEW (view), "uitvraag");
  g_assert_true (TAFEL_IS_UITVRAAG_PAGE (uitvraag));
  g_assert_true (tafel_uitvraag_page_get_model (TAFEL_UITVRAAG_PAGE (uitvraag)) == f->model);
  tafel_traject_view_set_model (TAFEL_TRAJECT_VIEW (view), NULL);
  g_assert_null (tafel_uitvraag_page_get_model (TAFEL_UITVRAAG_PAGE (uitvraag)));
  g_assert_finalize_object (view);
}

/* A sticky note from a return says where it came from, on its
 * organisation in the Geeltjes list. */
static void
test_herkomst (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(TafelInlevering) inlevering = tafel_inlevering_new (f->traject_id);
  g_autoptr(TafelGeeltje) geeltje = tafel_geeltje_new (f->traject_id);
  g_autoptr(TafelGeeltje) plain = tafel_geeltje_new (f->traject_id);
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *list = tafel_geeltjes_list_new ();
  GtkWidget *cell = NULL;
  GtkWidget *plain_cell = NULL;
  gint64 end;

  g_object_set (inlevering, "sessie-id", f->next_id, "organisatie-id", f->zorg_id,
                "bestand", "/tmp/Sessie 2 - Zorg BV.xlsx", NULL);
  g_assert_true (tafel_store_insert (f->store, inlevering, &error));
  g_assert_no_error (error);
  g_object_set (geeltje, "text", "Meer nazorg na de behandeling", "organisatie-id", f->zorg_id,
                "inlevering-id", tafel_entity_get_id (TAFEL_ENTITY (inlevering)),
                "herkomst", "Suggesties, rij 7", NULL);
  g_assert_true (tafel_store_insert (f->store, geeltje, &error));
  g_assert_no_error (error);
  g_object_set (plain, "text", "In de zaal genoteerd", "organisatie-id", f->zorg_id, NULL);
  g_assert_true (tafel_store_insert (f->store, plain, &error));
  g_assert_no_error (error);

  g_object_ref (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 800);
  gtk_window_set_child (GTK_WINDOW (window), list);
  tafel_geeltjes_list_set_model (TAFEL_GEELTJES_LIST (list), f->model);
  gtk_window_present (GTK_WINDOW (window));

  end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (cell == NULL || plain_cell == NULL)
    {
      TafelGeeltjeColumns *columns = tafel_geeltjes_list_get_columns (TAFEL_GEELTJES_LIST (list));

      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
      cell = tafel_geeltje_columns_get_cell (columns, TAFEL_GEELTJE_COLUMN_ORGANISATIE, geeltje);
      plain_cell = tafel_geeltje_columns_get_cell (columns, TAFEL_GEELTJE_COLUMN_ORGANISATIE, plain);
    }
  g_assert_cmpstr (gtk_widget_get_tooltip_text (cell), ==, "Return: Zorg BV, Suggesties, rij 7");
  g_assert_null (gtk_widget_get_tooltip_text (plain_cell));

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define PAGE(path, func) g_test_add ("/uitvraag-page/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  PAGE ("initial", test_initial);
  PAGE ("export-import-undo", test_export_import_undo);
  PAGE ("undo-last-import", test_undo_last_import);
  PAGE ("errors-and-advice", test_errors_and_advice);
  PAGE ("bad-files", test_bad_files);
  PAGE ("import-folder", test_import_folder);
  PAGE ("other-session", test_other_session);
  PAGE ("export-sad-paths", test_export_sad_paths);
  PAGE ("read-only-folder", test_read_only_folder);
  PAGE ("choosers", test_choosers);
  PAGE ("traject-view", test_in_traject_view);
  PAGE ("herkomst", test_herkomst);
#undef PAGE
  g_test_add_func ("/uitvraag-page/no-model", test_no_model);

  return g_test_run ();
}

/* test-start-page.c: the start page, the New traject dialog and the traject
 * properties dialog, driven through their real widgets
 *
 * The page lives in a plain window with a toast overlay and a stand-in
 * "win" action group that records which traject win.open-traject opened.
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "tafel-new-traject-dialog.h"
#include "tafel-start-page.h"
#include "tafel-template.h"
#include "tafel-test-util.h"
#include "tafel-traject-dialog.h"
#include "tafel-traject-row.h"

typedef struct {
  char           *dir;
  TafelStore     *store;
  GtkWindow      *window;
  TafelStartPage *page;
  GArray         *opened;   /* gint64: what win.open-traject was asked to open */
} Fixture;

/* Runs the main loop until @done says so, or fails after five seconds. */
static void
wait_until (gboolean (*done) (gpointer),
            gpointer   data)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

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

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static void
on_open_traject_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  Fixture *f = user_data;
  gint64 id = g_variant_get_int64 (parameter);

  g_array_append_val (f->opened, id);
}

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) open = g_simple_action_new ("open-traject", G_VARIANT_TYPE_INT64);
  GtkWidget *overlay = adw_toast_overlay_new ();

  /* A short busy timeout, for the test where another program holds the file. */
  TafelDbOptions options = { .busy_timeout_ms = 50, .quick_check = FALSE, .target_version = 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = tafel_test_make_tmpdir ();
  path = g_build_filename (f->dir, "start.db", NULL);
  f->store = tafel_store_open_full (path, &options, &error);
  g_assert_no_error (error);
  f->opened = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_signal_connect (open, "activate", G_CALLBACK (on_open_traject_cb), f);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (open));

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 900, 700);
  gtk_widget_insert_action_group (GTK_WIDGET (f->window), "win", G_ACTION_GROUP (group));
  f->page = g_object_new (TAFEL_TYPE_START_PAGE, NULL);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (f->page));
  gtk_window_set_child (f->window, overlay);

  tafel_start_page_set_store (f->page, f->store);
  gtk_window_present (f->window);
  wait_until (is_mapped, f->page);
}

static void
destroy_other_windows (Fixture *f)
{
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != f->window)
      gtk_window_destroy (l->data);
  g_list_free (toplevels);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  g_object_add_weak_pointer (G_OBJECT (f->page), (gpointer *) &f->page);

  destroy_other_windows (f);
  gtk_window_destroy (f->window);
  iterate ();
  g_assert_null (f->page);

  /* Nothing (rows, dialogs, undo toasts) keeps the store alive. */
  g_assert_finalize_object (f->store);
  g_array_unref (f->opened);
  tafel_test_remove_tree (f->dir);
  g_free (f->dir);
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

static const char *
visible_content (Fixture *f)
{
  return gtk_stack_get_visible_child_name (template_child (f->page, TAFEL_TYPE_START_PAGE, "content_stack"));
}

static GtkListBox *
get_list (Fixture *f)
{
  return template_child (f->page, TAFEL_TYPE_START_PAGE, "traject_list");
}

static guint
n_rows (Fixture *f)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (get_list (f), n) != NULL)
    n++;
  return n;
}

static TafelTrajectRow *
find_row (Fixture *f,
          gint64   id)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (get_list (f), i)) != NULL; i++)
    if (tafel_traject_row_get_id (TAFEL_TRAJECT_ROW (row)) == id)
      return TAFEL_TRAJECT_ROW (row);

  return NULL;
}

static guint
n_trajecten (TafelStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = tafel_store_list (store, TAFEL_TYPE_TRAJECT, 0, &error);

  g_assert_no_error (error);
  return list->len;
}

static TafelTraject *
get_traject (TafelStore *store,
             gint64      id)
{
  g_autoptr(GError) error = NULL;
  TafelTraject *traject = tafel_store_get (store, TAFEL_TYPE_TRAJECT, id, &error);

  g_assert_no_error (error);
  return traject;
}

static gint64
create_traject (Fixture    *f,
                const char *template_id,
                const char *name)
{
  g_autoptr(TafelTraject) traject = tafel_test_create_traject (f->store, template_id, name);

  return tafel_entity_get_id (TAFEL_ENTITY (traject));
}

/* The one window of @type that is open, or NULL. */
static gpointer
find_window (GType type)
{
  GList *toplevels = gtk_window_list_toplevels ();
  gpointer found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      {
        g_assert_null (found);
        found = l->data;
      }
  g_list_free (toplevels);

  return found;
}

static const char *
label_text (gpointer    widget,
            GType       type,
            const char *name)
{
  return gtk_label_get_text (template_child (widget, type, name));
}

/* Opens the dialog through the page's action, as Ctrl+N and the buttons do. */
static TafelNewTrajectDialog *
open_new_dialog (Fixture *f)
{
  TafelNewTrajectDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "start.new-traject", NULL));
  dialog = find_window (TAFEL_TYPE_NEW_TRAJECT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == f->window);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  wait_until (is_mapped, dialog);

  return dialog;
}

static void
pick_template (TafelNewTrajectDialog *dialog,
               int                    index)
{
  GtkListBox *list = template_child (dialog, TAFEL_TYPE_NEW_TRAJECT_DIALOG, "template_list");
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, index);

  g_assert_nonnull (row);
  /* What Space or Enter on the row, or a click, does. */
  gtk_widget_activate (GTK_WIDGET (row));
}

static void
set_text (gpointer    widget,
          GType       type,
          const char *name,
          const char *text)
{
  gtk_editable_set_text (template_child (widget, type, name), text);
}

static gboolean
is_visible (gpointer widget)
{
  return gtk_widget_get_visible (widget);
}

static gboolean
is_null (gpointer pointer_to_pointer)
{
  return *(gpointer *) pointer_to_pointer == NULL;
}

/* Enter in the name field: the default widget, Create, is activated. A
 * button activated from the keyboard shows itself pressed for a moment
 * before it emits "clicked", so callers wait for the outcome. */
static void
press_enter_in_name (TafelNewTrajectDialog *dialog)
{
  GtkEditable *row = template_child (dialog, TAFEL_TYPE_NEW_TRAJECT_DIALOG, "name_row");

  g_signal_emit_by_name (gtk_editable_get_delegate (row), "activate");
}

/* How many toasts @overlay shows: libadwaita puts each in a child widget
 * beside the overlay's own child. */
static guint
count_toasts (gpointer overlay)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (overlay); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_str_equal (G_OBJECT_TYPE_NAME (child), "AdwToastWidget"))
      n++;

  return n;
}

static void
test_empty_state (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr(TafelTraject) traject = NULL;
  g_autoptr(GError) error = NULL;
  AdwStatusPage *empty = template_child (f->page, TAFEL_TYPE_START_PAGE, "empty_page");
  gint64 id;

  g_assert_cmpstr (visible_content (f), ==, "empty");
  g_assert_cmpuint (n_rows (f), ==, 0);
  g_assert_cmpstr (adw_status_page_get_title (empty), ==, "No trajecten yet");
  g_assert_nonnull (strstr (adw_status_page_get_description (empty), "Segment veel voorkomend"));
  g_assert_true (gtk_widget_get_sensitive (template_child (f->page, TAFEL_TYPE_START_PAGE, "empty_new_button")));
  g_assert_true (gtk_widget_is_sensitive (template_child (f->page, TAFEL_TYPE_START_PAGE, "empty_new_button")));

  /* Focus lands where work starts: here the New traject button. */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (f->page)));
  g_assert_true (gtk_window_get_focus (f->window) ==
                 GTK_WIDGET (template_child (f->page, TAFEL_TYPE_START_PAGE, "empty_new_button")));

  id = create_traject (f, "segment-veel-voorkomend", "Inkoop 2027");
  g_assert_cmpstr (visible_content (f), ==, "list");
  g_assert_cmpuint (n_rows (f), ==, 1);
  g_assert_nonnull (find_row (f, id));

  traject = get_traject (f->store, id);
  g_assert_true (tafel_store_delete (f->store, traject, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (visible_content (f), ==, "empty");
  g_assert_cmpuint (n_rows (f), ==, 0);
}

static void
test_no_store (void)
{
  TafelStartPage *page = g_object_ref_sink (g_object_new (TAFEL_TYPE_START_PAGE, NULL));

  /* Without a database nothing can be created: the buttons are off and asking does nothing. */
  g_assert_false (gtk_widget_is_sensitive (template_child (page, TAFEL_TYPE_START_PAGE, "empty_new_button")));
  tafel_start_page_new_traject (page);
  g_assert_null (find_window (TAFEL_TYPE_NEW_TRAJECT_DIALOG));
  g_assert_false (tafel_start_page_delete_traject (page, 1));
  g_assert_false (tafel_start_page_undo_delete (page, 1));

  g_assert_finalize_object (page);
}

static void
test_row_shows_traject (Fixture      *f,
                        gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelTraject) traject = NULL;
  g_autoptr(TafelGeeltje) geeltje = NULL;
  g_autoptr(GPtrArray) deelproducten = NULL;
  gint64 id = create_traject (f, "segment-veel-voorkomend", "Inkoop <b>2027</b> & meer");
  TafelTrajectRow *row = find_row (f, id);

  g_assert_nonnull (row);
  /* Plain labels: markup in a name is shown as typed. */
  g_assert_cmpstr (label_text (row, TAFEL_TYPE_TRAJECT_ROW, "name_label"), ==, "Inkoop <b>2027</b> & meer");
  g_assert_cmpstr (label_text (row, TAFEL_TYPE_TRAJECT_ROW, "place_label"), ==,
                   "Regio Test · Segment veel voorkomend");
  g_assert_cmpstr (label_text (row, TAFEL_TYPE_TRAJECT_ROW, "status_label"), ==, "In preparation");
  g_assert_cmpstr (label_text (row, TAFEL_TYPE_TRAJECT_ROW, "counts_label"), ==,
                   "1 session · 11 deelproducten · 0 organisations · 0 sticky notes (0 open)");
  g_assert_true (g_str_has_prefix (label_text (row, TAFEL_TYPE_TRAJECT_ROW, "modified_label"), "Changed today at "));

  /* The list follows the store: a change made elsewhere shows at once. */
  traject = get_traject (f->store, id);
  g_assert_true (tafel_store_set_string (f->store, traject, "status", "lopend", &error));
  g_assert_no_error (error);
  row = find_row (f, id);
  g_assert_cmpstr (label_text (row, TAFEL_TYPE_TRAJECT_ROW, "status_label"), ==, "Running");
  g_assert_true (gtk_widget_has_css_class (template_child (row, TAFEL_TYPE_TRAJECT_ROW, "status_label"), "lopend"));

  /* Counts are refreshed when the page is shown again, not per row. */
  deelproducten = tafel_store_list (f->store, TAFEL_TYPE_DEELPRODUCT, id, &error);
  g_assert_no_error (error);
  geeltje = tafel_geeltje_new (id);
  g_object_set (geeltje, "text", "Meer aandacht voor het netwerk",
                "deelproduct-id", tafel_entity_get_id (g_ptr_array_index (deelproducten, 0)), NULL);
  g_assert_true (tafel_store_insert (f->store, geeltje, &error));
  g_assert_no_error (error);

  gtk_widget_set_visible (GTK_WIDGET (f->page), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (f->page), TRUE);
  wait_until (is_mapped, f->page);
  row = find_row (f, id);
  g_assert_cmpstr (label_text (row, TAFEL_TYPE_TRAJECT_ROW, "counts_label"), ==,
                   "1 session · 11 deelproducten · 0 organisations · 1 sticky note (1 open)");
}

static void
test_open_row (Fixture      *f,
               gconstpointer data)
{
  gint64 a = create_traject (f, "leeg", "Traject A");
  gint64 b = create_traject (f, "leeg", "Traject B");

  g_signal_emit_by_name (get_list (f), "row-activated", find_row (f, b));
  g_signal_emit_by_name (get_list (f), "row-activated", find_row (f, a));

  g_assert_cmpuint (f->opened->len, ==, 2);
  g_assert_cmpint (g_array_index (f->opened, gint64, 0), ==, b);
  g_assert_cmpint (g_array_index (f->opened, gint64, 1), ==, a);

  /* Back on the page, the focus returns to the traject opened last. */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (f->page)));
  g_assert_true (gtk_window_get_focus (f->window) == GTK_WIDGET (find_row (f, a)));
  g_signal_emit_by_name (get_list (f), "row-activated", find_row (f, b));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (f->page)));
  g_assert_true (gtk_window_get_focus (f->window) == GTK_WIDGET (find_row (f, b)));
}

static void
test_create (Fixture      *f,
             gconstpointer data)
{
  g_autoptr(TafelTraject) traject = NULL;
  g_autoptr(GError) error = NULL;
  TafelTrajectCounts counts = { 0 };
  TafelNewTrajectDialog *dialog = open_new_dialog (f);
  GtkEditable *name_row = template_child (dialog, TAFEL_TYPE_NEW_TRAJECT_DIALOG, "name_row");
  int start = -1, end = -1;
  gint64 id;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  /* A suggested name, selected so that typing replaces it. */
  g_assert_true (g_str_has_prefix (gtk_editable_get_text (name_row), "Youth care procurement 20"));
  g_assert_true (gtk_editable_get_selection_bounds (name_row, &start, &end));
  g_assert_cmpint (start, ==, 0);
  g_assert_cmpint (end, ==, g_utf8_strlen (gtk_editable_get_text (name_row), -1));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (gtk_editable_get_delegate (name_row))));

  /* Asking again brings the same dialog forward. */
  tafel_start_page_new_traject (f->page);
  g_assert_true (find_window (TAFEL_TYPE_NEW_TRAJECT_DIALOG) == dialog);

  set_text (dialog, TAFEL_TYPE_NEW_TRAJECT_DIALOG, "name_row", "Inkoop Flevoland 2027");
  set_text (dialog, TAFEL_TYPE_NEW_TRAJECT_DIALOG, "region_row", "Regio Flevoland");
  pick_template (dialog, 1);
  pick_template (dialog, 0);
  press_enter_in_name (dialog);
  wait_until (is_null, &dialog);

  g_assert_null (dialog);
  g_assert_null (find_window (TAFEL_TYPE_NEW_TRAJECT_DIALOG));
  g_assert_cmpuint (n_trajecten (f->store), ==, 1);
  g_assert_cmpuint (f->opened->len, ==, 1);

  id = g_array_index (f->opened, gint64, 0);
  traject = get_traject (f->store, id);
  g_assert_cmpstr (tafel_traject_get_name (traject), ==, "Inkoop Flevoland 2027");
  g_assert_cmpstr (tafel_traject_get_region (traject), ==, "Regio Flevoland");
  g_assert_cmpstr (tafel_traject_get_template (traject), ==, "segment-veel-voorkomend");
  g_assert_true (tafel_store_count (f->store, id, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.n_deelproducten, ==, 11);
  g_assert_cmpuint (counts.n_sessies, ==, 1);

  g_assert_cmpstr (visible_content (f), ==, "list");
  g_assert_nonnull (find_row (f, id));
}

static void
test_create_empty_template (Fixture      *f,
                            gconstpointer data)
{
  g_autoptr(GPtrArray) templates = tafel_template_list_all (NULL);
  TafelNewTrajectDialog *dialog = open_new_dialog (f);
  GtkListBox *list = template_child (dialog, TAFEL_TYPE_NEW_TRAJECT_DIALOG, "template_list");
  g_autoptr(GPtrArray) vraagblokken = NULL;
  TafelTrajectCounts counts = { 0 };
  int leeg = -1;
  gint64 id;

  /* One row per template, in the order of tafel_template_list_all(). */
  g_assert_nonnull (templates);
  for (guint i = 0; i < templates->len; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);

      g_assert_nonnull (row);
      if (g_str_equal (tafel_template_get_id (g_ptr_array_index (templates, i)), "leeg"))
        leeg = i;
      g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "question blocks"));
    }
  g_assert_null (gtk_list_box_get_row_at_index (list, templates->len));
  g_assert_cmpint (leeg, >=, 0);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (gtk_list_box_get_row_at_index (list, 0))),
                            "4 product groups · 11 deelproducten · 7 question blocks"));

  set_text (dialog, TAFEL_TYPE_NEW_TRAJECT_DIALOG, "name_row", "Leeg begin");
  pick_template (dialog, leeg);
  g_assert_true (tafel_new_traject_dialog_create (dialog));

  g_assert_cmpuint (f->opened->len, ==, 1);
  id = g_array_index (f->opened, gint64, 0);
  g_assert_true (tafel_store_count (f->store, id, &counts, NULL));
  g_assert_cmpuint (counts.n_deelproducten, ==, 0);
  vraagblokken = tafel_store_list (f->store, TAFEL_TYPE_VRAAGBLOK, id, NULL);
  g_assert_cmpuint (vraagblokken->len, ==, 7);
}

static void
test_create_refused (Fixture      *f,
                     gconstpointer data)
{
  TafelNewTrajectDialog *dialog;
  GtkLabel *error_label;
  GtkEditable *name_row;
  GtkEditable *region_row;

  create_traject (f, "leeg", "Inkoop 2027");
  dialog = open_new_dialog (f);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  error_label = template_child (dialog, TAFEL_TYPE_NEW_TRAJECT_DIALOG, "error_label");
  name_row = template_child (dialog, TAFEL_TYPE_NEW_TRAJECT_DIALOG, "name_row");
  region_row = template_child (dialog, TAFEL_TYPE_NEW_TRAJECT_DIALOG, "region_row");

  /* The suggestion never clashes with an existing name. */
  g_assert_null (tafel_store_find_by_name (f->store, TAFEL_TYPE_TRAJECT, 0, gtk_editable_get_text (name_row)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error_label)));

  /* Empty name. */
  gtk_editable_set_text (name_row, "   ");
  gtk_editable_set_text (region_row, "Regio Flevoland");
  press_enter_in_name (dialog);
  wait_until (is_visible, error_label);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_nonnull (strstr (gtk_label_get_text (error_label), "name"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (name_row), "error"));
  g_assert_cmpstr (gtk_editable_get_text (name_row), ==, "   ");
  g_assert_cmpstr (gtk_editable_get_text (region_row), ==, "Regio Flevoland");
  g_assert_cmpuint (n_trajecten (f->store), ==, 1);
  g_assert_cmpuint (f->opened->len, ==, 0);

  /* Typing clears the message. */
  gtk_editable_set_text (name_row, "inkoop 2027");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (name_row), "error"));

  /* A name that is taken, in another case: the message names it. */
  g_assert_false (tafel_new_traject_dialog_create (dialog));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_nonnull (strstr (gtk_label_get_text (error_label), "inkoop 2027"));
  g_assert_cmpstr (gtk_editable_get_text (name_row), ==, "inkoop 2027");
  g_assert_cmpstr (gtk_editable_get_text (region_row), ==, "Regio Flevoland");
  g_assert_cmpuint (n_trajecten (f->store), ==, 1);
  g_assert_cmpuint (f->opened->len, ==, 0);

  /* Too long: refused, nothing stored, the text stays. */
  {
    g_autofree char *long_name = g_strnfill (TAFEL_NAME_MAX + 1, 'x');

    gtk_editable_set_text (name_row, long_name);
    g_assert_false (tafel_new_traject_dialog_create (dialog));
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
    g_assert_cmpstr (gtk_editable_get_text (name_row), ==, long_name);
    g_assert_cmpuint (n_trajecten (f->store), ==, 1);
  }

  /* Escape cancels: nothing is stored. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  iterate ();
  g_assert_null (dialog);
  g_assert_cmpuint (n_trajecten (f->store), ==, 1);
  g_assert_cmpuint (f->opened->len, ==, 0);
}

static TafelTrajectDialog *
open_properties (Fixture *f,
                 gint64   id)
{
  TafelTrajectRow *row = find_row (f, id);
  TafelTrajectDialog *dialog;

  g_assert_nonnull (row);
  /* What F2 and the Edit button do. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "row.edit", NULL));
  dialog = find_window (TAFEL_TYPE_TRAJECT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == f->window);
  wait_until (is_mapped, dialog);

  return dialog;
}

static void
apply_text (TafelTrajectDialog *dialog,
            const char         *row_name,
            const char         *text)
{
  AdwEntryRow *row = template_child (dialog, TAFEL_TYPE_TRAJECT_DIALOG, row_name);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "apply");
}

static void
test_properties (Fixture      *f,
                 gconstpointer data)
{
  gint64 id = create_traject (f, "segment-veel-voorkomend", "Inkoop 2027");
  gint64 other = create_traject (f, "leeg", "Ander traject");
  TafelTrajectDialog *dialog = open_properties (f, id);
  GtkEditable *name_row = template_child (dialog, TAFEL_TYPE_TRAJECT_DIALOG, "name_row");
  GtkEditable *region_row = template_child (dialog, TAFEL_TYPE_TRAJECT_DIALOG, "region_row");
  GtkEditable *perceel_row = template_child (dialog, TAFEL_TYPE_TRAJECT_DIALOG, "perceel_row");
  AdwComboRow *status_row = template_child (dialog, TAFEL_TYPE_TRAJECT_DIALOG, "status_row");
  AdwComboRow *variant_row = template_child (dialog, TAFEL_TYPE_TRAJECT_DIALOG, "variant_row");
  TafelTraject *traject;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  /* It shows what is stored. */
  g_assert_cmpstr (gtk_editable_get_text (name_row), ==, "Inkoop 2027");
  g_assert_cmpstr (gtk_editable_get_text (region_row), ==, "Regio Test");
  g_assert_cmpstr (gtk_editable_get_text (perceel_row), ==, "Segment veel voorkomend");
  g_assert_cmpuint (adw_combo_row_get_selected (status_row), ==, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (variant_row), ==, 0);

  /* Rename: stored when applied, trimmed, and the list follows. */
  apply_text (dialog, "name_row", "  Inkoop Flevoland 2027 ");
  traject = get_traject (f->store, id);
  g_assert_cmpstr (tafel_traject_get_name (traject), ==, "Inkoop Flevoland 2027");
  g_clear_object (&traject);
  g_assert_cmpstr (gtk_editable_get_text (name_row), ==, "Inkoop Flevoland 2027");
  g_assert_cmpstr (label_text (find_row (f, id), TAFEL_TYPE_TRAJECT_ROW, "name_label"), ==, "Inkoop Flevoland 2027");

  /* Refused: empty, and a name that is taken. The stored text comes back
   * and the message shows in the dialog. */
  g_assert_cmpuint (count_toasts (template_child (dialog, TAFEL_TYPE_TRAJECT_DIALOG, "toast_overlay")), ==, 0);
  apply_text (dialog, "name_row", "");
  g_assert_cmpuint (count_toasts (template_child (dialog, TAFEL_TYPE_TRAJECT_DIALOG, "toast_overlay")), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (name_row), ==, "Inkoop Flevoland 2027");
  apply_text (dialog, "name_row", "ANDER TRAJECT");
  g_assert_cmpstr (gtk_editable_get_text (name_row), ==, "Inkoop Flevoland 2027");
  traject = get_traject (f->store, id);
  g_assert_cmpstr (tafel_traject_get_name (traject), ==, "Inkoop Flevoland 2027");
  g_clear_object (&traject);
  traject = get_traject (f->store, other);
  g_assert_cmpstr (tafel_traject_get_name (traject), ==, "Ander traject");
  g_clear_object (&traject);

  /* Choices are stored as soon as they are picked. */
  adw_combo_row_set_selected (status_row, 1);
  adw_combo_row_set_selected (variant_row, 2);
  traject = get_traject (f->store, id);
  g_assert_cmpstr (tafel_traject_get_status (traject), ==, tafel_traject_statuses[1].id);
  g_assert_cmpstr (tafel_traject_get_uitvoeringsvariant (traject), ==, tafel_uitvoeringsvarianten[2].id);
  g_clear_object (&traject);

  /* A change made elsewhere shows in the dialog. */
  traject = get_traject (f->store, id);
  g_assert_true (tafel_store_set_string (f->store, traject, "status", tafel_traject_statuses[2].id, NULL));
  g_clear_object (&traject);
  g_assert_cmpuint (adw_combo_row_get_selected (status_row), ==, 2);

  /* Nothing is lost: typed but not applied, then closed, is stored. */
  gtk_editable_set_text (region_row, "Regio Flevoland");
  gtk_editable_set_text (perceel_row, "Segment veel voorkomend 2027");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  iterate ();
  g_assert_null (dialog);
  traject = get_traject (f->store, id);
  g_assert_cmpstr (tafel_traject_get_region (traject), ==, "Regio Flevoland");
  g_assert_cmpstr (tafel_traject_get_perceel (traject), ==, "Segment veel voorkomend 2027");
  g_clear_object (&traject);
}

static void
test_properties_close_refused (Fixture      *f,
                               gconstpointer data)
{
  gint64 id = create_traject (f, "leeg", "Inkoop 2027");
  TafelTrajectDialog *dialog = open_properties (f, id);
  GtkEditable *name_row = template_child (dialog, TAFEL_TYPE_TRAJECT_DIALOG, "name_row");
  g_autoptr(TafelTraject) traject = NULL;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  /* Closing with a refused name stays open once, with the stored name back. */
  gtk_editable_set_text (name_row, "");
  g_assert_false (tafel_traject_dialog_apply (dialog));
  g_assert_cmpstr (gtk_editable_get_text (name_row), ==, "Inkoop 2027");

  gtk_editable_set_text (name_row, "");
  gtk_window_close (GTK_WINDOW (dialog));
  iterate ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_editable_get_text (name_row), ==, "Inkoop 2027");
  gtk_window_close (GTK_WINDOW (dialog));
  iterate ();
  g_assert_null (dialog);

  traject = get_traject (f->store, id);
  g_assert_cmpstr (tafel_traject_get_name (traject), ==, "Inkoop 2027");
}

static void
test_properties_traject_deleted (Fixture      *f,
                                 gconstpointer data)
{
  gint64 id = create_traject (f, "leeg", "Inkoop 2027");
  TafelTrajectDialog *dialog = open_properties (f, id);
  g_autoptr(TafelTraject) traject = get_traject (f->store, id);

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  /* Deleted elsewhere while the dialog is open: it goes away. */
  g_assert_true (tafel_store_delete (f->store, traject, NULL));
  iterate ();
  g_assert_null (dialog);
}

static void
test_delete_undo (Fixture      *f,
                  gconstpointer data)
{
  gint64 a = create_traject (f, "segment-veel-voorkomend", "Traject A");
  gint64 b = create_traject (f, "leeg", "Traject B");
  TafelTrajectCounts counts = { 0 };
  TafelTrajectRow *row;

  g_assert_cmpuint (n_rows (f), ==, 2);

  /* What the Delete key and button do, on the focused row. */
  row = find_row (f, a);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (row)));
  g_assert_cmpuint (count_toasts (gtk_window_get_child (f->window)), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "row.delete", NULL));
  g_assert_cmpuint (count_toasts (gtk_window_get_child (f->window)), ==, 1);
  g_assert_cmpuint (n_trajecten (f->store), ==, 1);
  g_assert_null (find_row (f, a));
  g_assert_cmpuint (n_rows (f), ==, 1);
  /* The focus moved on to the neighbour. */
  g_assert_true (gtk_window_get_focus (f->window) == GTK_WIDGET (find_row (f, b)));

  /* Undo brings it back with everything in it, and focuses it. */
  g_assert_true (tafel_start_page_undo_delete (f->page, a));
  g_assert_cmpuint (n_trajecten (f->store), ==, 2);
  row = find_row (f, a);
  g_assert_nonnull (row);
  g_assert_true (gtk_window_get_focus (f->window) == GTK_WIDGET (row));
  g_assert_true (tafel_store_count (f->store, a, &counts, NULL));
  g_assert_cmpuint (counts.n_deelproducten, ==, 11);

  /* An Undo works once. */
  g_assert_false (tafel_start_page_undo_delete (f->page, a));
  g_assert_false (tafel_start_page_undo_delete (f->page, b));
  g_assert_cmpuint (n_trajecten (f->store), ==, 2);

  /* Deleting everything shows the empty state; undo brings the list back. */
  g_assert_true (tafel_start_page_delete_traject (f->page, a));
  g_assert_true (tafel_start_page_delete_traject (f->page, b));
  g_assert_cmpstr (visible_content (f), ==, "empty");
  g_assert_true (tafel_start_page_undo_delete (f->page, b));
  g_assert_cmpstr (visible_content (f), ==, "list");
  g_assert_nonnull (find_row (f, b));
  g_assert_null (find_row (f, a));

  /* Not in the list: nothing happens. */
  g_assert_false (tafel_start_page_delete_traject (f->page, a));
  g_assert_false (tafel_start_page_delete_traject (f->page, 9999));
  g_assert_cmpuint (n_trajecten (f->store), ==, 1);
}

static void
test_undo_refused (Fixture      *f,
                   gconstpointer data)
{
  gint64 a = create_traject (f, "leeg", "Traject A");
  gint64 again;

  g_assert_true (tafel_start_page_delete_traject (f->page, a));

  /* The name was taken again in the meantime: the undo is refused and
   * shown, the new traject stays as it is. */
  again = create_traject (f, "leeg", "traject a");
  g_assert_true (tafel_start_page_undo_delete (f->page, a));
  g_assert_cmpuint (n_trajecten (f->store), ==, 1);
  g_assert_null (find_row (f, a));
  g_assert_nonnull (find_row (f, again));
}

/* The key bound to @keyval on @widget's class, fired as a key press would. */
static gboolean
press_bound_key (GtkWidget *widget,
                 guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }

  return FALSE;
}

static void
test_row_keys (Fixture      *f,
               gconstpointer data)
{
  gint64 a = create_traject (f, "leeg", "Traject A");
  gint64 b = create_traject (f, "leeg", "Traject B");
  TafelTrajectDialog *dialog;

  /* F2 on the focused row: the properties dialog of that traject. */
  g_assert_true (press_bound_key (GTK_WIDGET (find_row (f, b)), GDK_KEY_F2));
  dialog = find_window (TAFEL_TYPE_TRAJECT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpint (tafel_entity_get_id (TAFEL_ENTITY (tafel_traject_dialog_get_traject (dialog))), ==, b);

  /* Escape closes it. */
  g_assert_true (press_bound_key (GTK_WIDGET (dialog), GDK_KEY_Escape));
  iterate ();
  g_assert_null (find_window (TAFEL_TYPE_TRAJECT_DIALOG));

  /* Delete (and the keypad's) on the focused row deletes that traject. */
  g_assert_true (press_bound_key (GTK_WIDGET (find_row (f, a)), GDK_KEY_Delete));
  g_assert_null (find_row (f, a));
  g_assert_true (press_bound_key (GTK_WIDGET (find_row (f, b)), GDK_KEY_KP_Delete));
  g_assert_cmpuint (n_trajecten (f->store), ==, 0);
  g_assert_cmpstr (visible_content (f), ==, "empty");
}

/* Another program holds the database: every change is refused with a
 * message, and nothing on screen pretends otherwise. */
static void
test_store_locked (Fixture      *f,
                   gconstpointer data)
{
  gint64 id = create_traject (f, "leeg", "Inkoop 2027");
  g_autoptr(TafelTraject) traject = NULL;
  TafelNewTrajectDialog *new_dialog;
  TafelTrajectDialog *dialog;
  GtkLabel *error_label;
  sqlite3 *other = NULL;

  g_assert_cmpint (sqlite3_open (tafel_store_get_path (f->store), &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  /* Delete: refused, the row stays. */
  g_assert_false (tafel_start_page_delete_traject (f->page, id));
  g_assert_nonnull (find_row (f, id));
  g_assert_false (tafel_start_page_undo_delete (f->page, id));

  /* Create: refused, the dialog stays open with the reason and the name. */
  new_dialog = open_new_dialog (f);
  set_text (new_dialog, TAFEL_TYPE_NEW_TRAJECT_DIALOG, "name_row", "Nieuw traject");
  g_assert_false (tafel_new_traject_dialog_create (new_dialog));
  error_label = template_child (new_dialog, TAFEL_TYPE_NEW_TRAJECT_DIALOG, "error_label");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_nonnull (strstr (gtk_label_get_text (error_label), "start.db"));
  g_assert_cmpstr (gtk_editable_get_text (template_child (new_dialog, TAFEL_TYPE_NEW_TRAJECT_DIALOG, "name_row")),
                   ==, "Nieuw traject");
  gtk_window_destroy (GTK_WINDOW (new_dialog));

  /* Rename: refused, the stored name comes back. */
  dialog = open_properties (f, id);
  apply_text (dialog, "name_row", "Andere naam");
  g_assert_cmpstr (gtk_editable_get_text (template_child (dialog, TAFEL_TYPE_TRAJECT_DIALOG, "name_row")),
                   ==, "Inkoop 2027");
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_cmpint (sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);

  traject = get_traject (f->store, id);
  g_assert_cmpstr (tafel_traject_get_name (traject), ==, "Inkoop 2027");
  g_assert_cmpuint (n_trajecten (f->store), ==, 1);

  /* Free again: the same delete works. */
  g_assert_true (tafel_start_page_delete_traject (f->page, id));
  g_assert_cmpuint (n_trajecten (f->store), ==, 0);
}

static void
test_format_counts (void)
{
  TafelTrajectCounts one = { .n_sessies = 1, .n_deelproducten = 1, .n_organisaties = 1,
                             .n_geeltjes = 1, .n_geeltjes_open = 0 };
  TafelTrajectCounts many = { .n_sessies = 3, .n_deelproducten = 11, .n_organisaties = 25,
                              .n_geeltjes = 400, .n_geeltjes_open = 312 };
  g_autofree char *a = tafel_traject_counts_format (&one);
  g_autofree char *b = tafel_traject_counts_format (&many);

  g_assert_cmpstr (a, ==, "1 session · 1 deelproduct · 1 organisation · 1 sticky note (0 open)");
  g_assert_cmpstr (b, ==, "3 sessions · 11 deelproducten · 25 organisations · 400 sticky notes (312 open)");
}

static void
test_format_modified (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) now = g_date_time_new (utc, 2026, 3, 12, 15, 30, 0);
  g_autofree char *today = tafel_traject_modified_format ("2026-03-12T09:05:00.000000Z", now);
  g_autofree char *yesterday = tafel_traject_modified_format ("2026-03-11T23:59:00Z", now);
  g_autofree char *new_year = NULL;
  g_autofree char *earlier = tafel_traject_modified_format ("2025-10-28T12:00:00Z", now);
  g_autoptr(GDateTime) jan1 = g_date_time_new (utc, 2026, 1, 1, 8, 0, 0);

  g_assert_cmpstr (today, ==, "Changed today at 09:05");
  g_assert_cmpstr (yesterday, ==, "Changed yesterday at 23:59");
  g_assert_cmpstr (earlier, ==, "Changed on 28 October 2025");

  /* Yesterday across a year boundary. */
  new_year = tafel_traject_modified_format ("2025-12-31T10:00:00Z", jan1);
  g_assert_cmpstr (new_year, ==, "Changed yesterday at 10:00");

  /* Missing or unreadable: no line rather than a wrong one. */
  g_assert_null (tafel_traject_modified_format (NULL, now));
  g_assert_null (tafel_traject_modified_format ("", now));
  g_assert_null (tafel_traject_modified_format ("gisteren", now));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/start-page/no-store", test_no_store);
  g_test_add_func ("/start-page/format-counts", test_format_counts);
  g_test_add_func ("/start-page/format-modified", test_format_modified);
  g_test_add ("/start-page/empty-state", Fixture, NULL, fixture_setup, test_empty_state, fixture_teardown);
  g_test_add ("/start-page/row", Fixture, NULL, fixture_setup, test_row_shows_traject, fixture_teardown);
  g_test_add ("/start-page/open", Fixture, NULL, fixture_setup, test_open_row, fixture_teardown);
  g_test_add ("/start-page/create", Fixture, NULL, fixture_setup, test_create, fixture_teardown);
  g_test_add ("/start-page/create-empty-template", Fixture, NULL, fixture_setup, test_create_empty_template, fixture_teardown);
  g_test_add ("/start-page/create-refused", Fixture, NULL, fixture_setup, test_create_refused, fixture_teardown);
  g_test_add ("/start-page/properties", Fixture, NULL, fixture_setup, test_properties, fixture_teardown);
  g_test_add ("/start-page/properties-close-refused", Fixture, NULL, fixture_setup, test_properties_close_refused, fixture_teardown);
  g_test_add ("/start-page/properties-traject-deleted", Fixture, NULL, fixture_setup, test_properties_traject_deleted, fixture_teardown);
  g_test_add ("/start-page/delete-undo", Fixture, NULL, fixture_setup, test_delete_undo, fixture_teardown);
  g_test_add ("/start-page/undo-refused", Fixture, NULL, fixture_setup, test_undo_refused, fixture_teardown);
  g_test_add ("/start-page/row-keys", Fixture, NULL, fixture_setup, test_row_keys, fixture_teardown);
  g_test_add ("/start-page/store-locked", Fixture, NULL, fixture_setup, test_store_locked, fixture_teardown);

  return g_test_run ();
}

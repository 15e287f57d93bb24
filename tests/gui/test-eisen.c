/* test-eisen.c: the Eisen page: chapters, the requirements editor, the
 * processing queue and the completeness checks, driven through its widgets
 *
 * The page lives in a plain window whose child is a toast overlay, on a
 * traject made from the "segment veel voorkomend" template. What a test
 * changes is checked in the store, not only on screen.
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "tafel-besluit.h"
#include "tafel-eisen-page.h"
#include "tafel-field-binding.h"
#include "tafel-test-util.h"
#include "tafel-verwerking.h"

typedef struct {
  char              *dir;
  TafelStore        *store;
  gint64             traject_id;
  TafelTrajectModel *model;
  GtkWindow         *window;
  AdwToastOverlay   *overlay;
  TafelEisenPage    *page;
} Fixture;

static void
iterate (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
settle (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelTraject) traject = NULL;
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  f->dir = tafel_test_make_tmpdir ();
  f->store = tafel_test_open_store (f->dir, "eisen.db");
  traject = tafel_test_create_traject (f->store, "segment-veel-voorkomend", "Inkoop Jeugdhulp 2027");
  f->traject_id = tafel_entity_get_id (TAFEL_ENTITY (traject));
  f->model = tafel_traject_model_new (f->store, f->traject_id, &error);
  g_assert_no_error (error);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1100, 800);
  f->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  gtk_window_set_child (f->window, GTK_WIDGET (f->overlay));
  f->page = TAFEL_EISEN_PAGE (tafel_eisen_page_new ());
  adw_toast_overlay_set_child (f->overlay, GTK_WIDGET (f->page));
  g_object_set (f->page, "model", f->model, NULL);

  gtk_window_present (f->window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (f->page)))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  GtkWidget *page = g_object_ref (GTK_WIDGET (f->page));

  g_object_ref (f->window);
  gtk_window_destroy (f->window);
  iterate ();
  g_assert_finalize_object (f->window);
  g_assert_finalize_object (page);
  g_assert_finalize_object (f->model);
  g_assert_finalize_object (f->store);
  tafel_test_remove_tree (f->dir);
  g_free (f->dir);
}

static TafelDeelproduct *
first_deelproduct (Fixture *f)
{
  GListModel *dps = tafel_traject_model_get_list (f->model, TAFEL_TYPE_DEELPRODUCT);
  g_autoptr(TafelDeelproduct) dp = g_list_model_get_item (dps, 0);

  return dp;   /* the model keeps it */
}

static TafelEisRow *
row_at (Fixture *f,
        int      index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (tafel_eisen_page_get_eis_list (f->page), index);

  return row ? TAFEL_EIS_ROW (row) : NULL;
}

static gint64
add_eis (Fixture *f)
{
  GtkListBoxRow *row;
  int n = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "eisen.add", NULL));
  while ((row = gtk_list_box_get_row_at_index (tafel_eisen_page_get_eis_list (f->page), n)) != NULL)
    n++;
  g_assert_cmpint (n, >, 0);
  row = gtk_list_box_get_selected_row (tafel_eisen_page_get_eis_list (f->page));
  g_assert_nonnull (row);
  return tafel_eis_row_get_id (TAFEL_EIS_ROW (row));
}

/* ---- tests ----------------------------------------------------------------- */

static void
test_kwaliteit (Fixture      *f,
                gconstpointer data)
{
  g_assert_cmpstr (tafel_eisen_page_get_view (f->page), ==, "eisen");
  for (int i = 0; i < 9; i++)
    {
      g_autofree char *expected = g_strdup_printf ("2.1.%d", i + 1);
      TafelEisRow *row = row_at (f, i);

      g_assert_nonnull (row);
      g_assert_cmpstr (tafel_eis_row_get_number (row), ==, expected);
      g_assert_cmpstr (tafel_eis_get_hoofdstuk (tafel_eis_row_get_eis (row)), ==, "kwaliteit");
    }
  g_assert_null (row_at (f, 9));
}

static void
test_add_move_delete (Fixture      *f,
                      gconstpointer data)
{
  TafelDeelproduct *dp = first_deelproduct (f);
  gint64 dp_id = tafel_entity_get_id (TAFEL_ENTITY (dp));
  g_autoptr(GPtrArray) eisen = NULL;
  gint64 a, b;
  TafelEis *eis;

  g_assert_true (tafel_eisen_page_select_chapter (f->page, "deelproduct", dp_id));
  g_assert_null (row_at (f, 0));

  a = add_eis (f);
  eis = tafel_traject_model_lookup (f->model, TAFEL_TYPE_EIS, a);
  g_assert_nonnull (eis);
  g_assert_cmpstr (tafel_eis_get_hoofdstuk (eis), ==, "deelproduct");
  g_assert_cmpint (tafel_eis_get_deelproduct_id (eis), ==, dp_id);
  g_assert_cmpstr (tafel_eis_get_aspect (eis), ==, "overig");
  g_assert_cmpstr (tafel_eis_row_get_number (tafel_eisen_page_find_row (f->page, a)), ==, "3.9.1");

  b = add_eis (f);
  g_assert_cmpstr (tafel_eis_row_get_number (tafel_eisen_page_find_row (f->page, b)), ==, "3.9.2");

  /* Alt+Up on the second: it comes first, in the store too */
  g_assert_true (tafel_eisen_page_select_eis (f->page, b));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "eisen.move-up", NULL));
  iterate ();
  g_assert_cmpstr (tafel_eis_row_get_number (tafel_eisen_page_find_row (f->page, b)), ==, "3.9.1");
  g_assert_cmpstr (tafel_eis_row_get_number (tafel_eisen_page_find_row (f->page, a)), ==, "3.9.2");
  g_assert_true (row_at (f, 0) == tafel_eisen_page_find_row (f->page, b));
  eisen = tafel_store_list (f->store, TAFEL_TYPE_EIS, f->traject_id, NULL);
  for (guint i = 0, seen = 0; i < eisen->len; i++)
    {
      gint64 id = tafel_entity_get_id (g_ptr_array_index (eisen, i));

      if (id == a || id == b)
        g_assert_cmpint (id, ==, seen++ == 0 ? b : a);
    }
  /* the first cannot go further up */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "eisen.move-up", NULL));
  g_assert_cmpstr (tafel_eis_row_get_number (tafel_eisen_page_find_row (f->page, b)), ==, "3.9.1");

  /* delete the first: the other becomes 3.9.1; undo brings it back */
  g_assert_true (tafel_eisen_page_select_eis (f->page, b));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "eisen.delete", NULL));
  iterate ();
  g_assert_null (tafel_traject_model_lookup (f->model, TAFEL_TYPE_EIS, b));
  g_assert_null (tafel_eisen_page_find_row (f->page, b));
  g_assert_cmpstr (tafel_eis_row_get_number (tafel_eisen_page_find_row (f->page, a)), ==, "3.9.1");

  {
    AdwToastOverlay *overlay = f->overlay;
    GtkWidget *content = adw_toast_overlay_get_child (overlay);
    gboolean clicked = FALSE;

    for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (overlay)); child != NULL && !clicked;
         child = gtk_widget_get_next_sibling (child))
      {
        GtkWidget *stack[64];
        int top = 0;

        if (child == content)
          continue;
        stack[top++] = child;
        while (top > 0 && !clicked)
          {
            GtkWidget *w = stack[--top];

            if (GTK_IS_BUTTON (w) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (w)), "_Undo") == 0)
              {
                g_signal_emit_by_name (w, "clicked");
                clicked = TRUE;
                break;
              }
            for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL && top < 64; c = gtk_widget_get_next_sibling (c))
              stack[top++] = c;
          }
      }
    g_assert_true (clicked);
  }
  iterate ();
  g_assert_nonnull (tafel_traject_model_lookup (f->model, TAFEL_TYPE_EIS, b));
  g_assert_cmpstr (tafel_eis_row_get_number (tafel_eisen_page_find_row (f->page, b)), ==, "3.9.1");
}

static void
test_weight (Fixture      *f,
             gconstpointer data)
{
  gint64 id;
  TafelEisRow *row;
  TafelEis *eis;
  GtkEntry *entry;

  tafel_eisen_page_select_chapter (f->page, "algemeen", 0);
  id = add_eis (f);
  row = tafel_eisen_page_find_row (f->page, id);
  eis = tafel_eis_row_get_eis (row);
  entry = tafel_eis_row_get_weight_entry (row);
  g_assert_cmpstr (tafel_eis_row_get_number (row), ==, "1.1.1");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (entry)));

  gtk_drop_down_set_selected (tafel_eis_row_get_kind_dropdown (row), 1);
  g_assert_cmpstr (tafel_eis_get_soort (eis), ==, "wens");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (entry)));

  gtk_editable_set_text (GTK_EDITABLE (entry), "15");
  g_assert_true (tafel_field_binding_apply (GTK_WIDGET (entry)));
  g_assert_cmpint (tafel_eis_get_gewicht (eis), ==, 1500);

  gtk_editable_set_text (GTK_EDITABLE (entry), "120");
  g_assert_false (tafel_field_binding_apply (GTK_WIDGET (entry)));
  g_assert_cmpint (tafel_eis_get_gewicht (eis), ==, 1500);
  {
    g_autoptr(TafelEis) stored = tafel_store_get (f->store, TAFEL_TYPE_EIS, id, NULL);
    g_assert_cmpint (tafel_eis_get_gewicht (stored), ==, 1500);
  }
  iterate ();
}

static void
test_besluit (Fixture      *f,
              gconstpointer data)
{
  TafelDeelproduct *dp = first_deelproduct (f);
  g_autoptr(GError) error = NULL;
  TafelEisRow *row;

  tafel_eisen_page_select_chapter (f->page, "deelproduct", tafel_entity_get_id (TAFEL_ENTITY (dp)));
  g_assert_null (row_at (f, 0));

  g_assert_true (tafel_intensiteit_put (f->store, dp, 0, 0, "licht", 250, 1200, &error));
  g_assert_no_error (error);
  iterate ();
  row = row_at (f, 0);
  g_assert_nonnull (row);
  g_assert_true (tafel_eis_row_is_generated (row));
  g_assert_cmpstr (tafel_eis_row_get_number (row), ==, "3.4.1");
  g_assert_false (gtk_text_view_get_editable (tafel_eis_row_get_text_view (row)));
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (tafel_eis_row_get_text_view (row));
    GtkTextIter s, e;
    g_autofree char *text = NULL;

    gtk_text_buffer_get_bounds (buffer, &s, &e);
    text = gtk_text_buffer_get_text (buffer, &s, &e, FALSE);
    g_assert_nonnull (strstr (text, "2,5"));
  }

  /* the decision changes: the row follows */
  g_assert_true (tafel_intensiteit_put (f->store, dp, 0, 0, "licht", 300, 1200, &error));
  g_assert_no_error (error);
  iterate ();
  row = row_at (f, 0);
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (tafel_eis_row_get_text_view (row));
    GtkTextIter s, e;
    g_autofree char *text = NULL;

    gtk_text_buffer_get_bounds (buffer, &s, &e);
    text = gtk_text_buffer_get_text (buffer, &s, &e, FALSE);
    g_assert_nonnull (strstr (text, "3"));
    g_assert_null (strstr (text, "2,5"));
  }
}

static TafelGeeltje *
add_geeltje (Fixture    *f,
             const char *text,
             gint64      dp_id)
{
  g_autoptr(TafelGeeltje) g = tafel_geeltje_new (f->traject_id);
  g_autoptr(GError) error = NULL;

  g_object_set (g, "text", text, "deelproduct-id", dp_id, NULL);
  g_assert_true (tafel_store_insert (f->store, g, &error));
  g_assert_no_error (error);
  return tafel_traject_model_lookup (f->model, TAFEL_TYPE_GEELTJE, tafel_entity_get_id (TAFEL_ENTITY (g)));
}

static void
test_queue (Fixture      *f,
            gconstpointer data)
{
  TafelDeelproduct *dp = first_deelproduct (f);
  gint64 dp_id = tafel_entity_get_id (TAFEL_ENTITY (dp));
  TafelEisQueue *queue = tafel_eisen_page_get_queue (f->page);
  TafelGeeltje *g1, *g2;
  g_autoptr(GArray) ids = NULL;
  gint64 eis_id;

  tafel_eisen_page_select_chapter (f->page, "deelproduct", dp_id);
  eis_id = add_eis (f);
  g1 = add_geeltje (f, "Wachttijden korter", dp_id);
  g2 = add_geeltje (f, "Meer groepen", dp_id);
  tafel_eisen_page_set_view (f->page, "verwerken");
  iterate ();
  g_assert_cmpstr (tafel_eis_queue_get_counts_text (queue), ==, "2 open · 0 processed · 0 partly · 0 not processed");

  /* Ctrl+1 without a requirement chosen does nothing */
  g_assert_true (tafel_eis_queue_select_geeltje (queue, tafel_entity_get_id (TAFEL_ENTITY (g1))));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (queue), "queue.verwerkt", NULL));
  g_assert_cmpstr (tafel_geeltje_get_status (g1), ==, "open");

  g_assert_true (tafel_eis_queue_choose_eis (queue, eis_id));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (queue), "queue.verwerkt", NULL));
  g_assert_cmpstr (tafel_geeltje_get_status (g1), ==, "verwerkt");
  ids = tafel_geeltje_dup_eis_ids (f->store, g1, NULL);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, eis_id);
  g_assert_cmpstr (tafel_eis_queue_get_counts_text (queue), ==, "1 open · 1 processed · 0 partly · 0 not processed");
  /* the next open one is current */
  g_assert_true (tafel_eis_queue_get_current (queue) == g2);

  /* Ctrl+3 without a reason is refused, with one it is stored */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (queue), "queue.niet", NULL));
  g_assert_cmpstr (tafel_geeltje_get_status (g2), ==, "open");
  gtk_editable_set_text (GTK_EDITABLE (tafel_eis_queue_get_reason_entry (queue)), "Valt buiten de opdracht");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (queue), "queue.niet", NULL));
  g_assert_cmpstr (tafel_geeltje_get_status (g2), ==, "niet_verwerkt");
  g_assert_cmpstr (tafel_geeltje_get_reason (g2), ==, "Valt buiten de opdracht");
  g_assert_cmpstr (tafel_eis_queue_get_counts_text (queue), ==, "0 open · 1 processed · 0 partly · 1 not processed");

  /* the requirement shows where it came from */
  iterate ();
  g_assert_cmpuint (tafel_eis_row_get_n_sources (tafel_eisen_page_find_row (f->page, eis_id)), ==, 1);
  settle (300);
}

static void
test_controle (Fixture      *f,
               gconstpointer data)
{
  TafelEisControle *controle = tafel_eisen_page_get_controle (f->page);
  TafelEisRow *row;
  GtkTextBuffer *buffer;
  gint64 id;

  tafel_eisen_page_select_chapter (f->page, "algemeen", 0);
  id = add_eis (f);
  tafel_eisen_page_set_view (f->page, "controle");
  iterate ();
  g_assert_cmpuint (tafel_eis_controle_count (controle, "leeg", id), ==, 1);

  tafel_eisen_page_set_view (f->page, "eisen");
  row = tafel_eisen_page_find_row (f->page, id);
  buffer = gtk_text_view_get_buffer (tafel_eis_row_get_text_view (row));
  gtk_text_buffer_set_text (buffer, "De aanbieder werkt met een vaste contactpersoon.", -1);
  g_assert_true (tafel_field_binding_apply (GTK_WIDGET (tafel_eis_row_get_text_view (row))));
  g_assert_cmpstr (tafel_eis_get_tekst (tafel_eis_row_get_eis (row)), ==, "De aanbieder werkt met een vaste contactpersoon.");

  tafel_eisen_page_set_view (f->page, "controle");
  settle (400);
  g_assert_cmpuint (tafel_eis_controle_count (controle, "leeg", id), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/eisen/kwaliteit", Fixture, NULL, fixture_setup, test_kwaliteit, fixture_teardown);
  g_test_add ("/eisen/add-move-delete", Fixture, NULL, fixture_setup, test_add_move_delete, fixture_teardown);
  g_test_add ("/eisen/weight", Fixture, NULL, fixture_setup, test_weight, fixture_teardown);
  g_test_add ("/eisen/besluit", Fixture, NULL, fixture_setup, test_besluit, fixture_teardown);
  g_test_add ("/eisen/queue", Fixture, NULL, fixture_setup, test_queue, fixture_teardown);
  g_test_add ("/eisen/controle", Fixture, NULL, fixture_setup, test_controle, fixture_teardown);

  return g_test_run ();
}

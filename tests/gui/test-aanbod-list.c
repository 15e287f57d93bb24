/* test-aanbod-list.c: the providers' offerings, shown, counted, searched and filtered
 *
 * A traject from the "segment veel voorkomend" template with two
 * organisations and four offerings (one read from a return, with its
 * origin) on two deelproducten and none. Checked: the rows and what their
 * cells say, the count line, the search (case and accents ignored, on
 * title, description and organisation, also typed into the entry), the
 * deelproduct filter (also when its deelproduct is deleted), sorting,
 * the empty and no-match states, and the list following the store:
 * offerings added, changed, deleted and restored, an organisation
 * renamed. Also: the list on the Uitvraag page, which hands it the model
 * and focuses its search on Ctrl+F.
 */
#include "config.h"

#include <adwaita.h>

#include "tafel-aanbod-list.h"
#include "tafel-inlevering.h"
#include "tafel-test-util.h"
#include "tafel-traject-setup.h"
#include "tafel-uitvraag-page.h"

typedef struct {
  char              *dir;
  TafelStore        *store;
  gint64             traject_id;
  gint64             zorg_id;
  gint64             linde_id;
  gint64             dp1_id;
  gint64             dp2_id;
  TafelTrajectModel *model;
  GtkWindow         *window;
  GtkWidget         *list;
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

static TafelAanbodList *
list (Fixture *f)
{
  return TAFEL_AANBOD_LIST (f->list);
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

/* An offering; @herkomst and @inlevering_id only when not NULL / 0. */
static TafelAanbod *
add_aanbod (Fixture    *f,
            gint64      organisatie_id,
            gint64      deelproduct_id,
            const char *title,
            const char *description,
            const char *fit,
            const char *evidence,
            gint64      inlevering_id,
            const char *herkomst)
{
  g_autoptr(GError) error = NULL;
  TafelAanbod *aanbod = tafel_aanbod_new (f->traject_id);

  g_object_set (aanbod, "organisatie-id", organisatie_id, "deelproduct-id", deelproduct_id,
                "title", title, "description", description, "fit", fit, "evidence", evidence, NULL);
  if (inlevering_id != 0)
    g_object_set (aanbod, "inlevering-id", inlevering_id, NULL);
  if (herkomst != NULL)
    g_object_set (aanbod, "herkomst", herkomst, NULL);
  g_assert_true (tafel_store_insert (f->store, aanbod, &error));
  g_assert_no_error (error);

  return aanbod;
}

static gint64
add_inlevering (Fixture    *f,
                gint64      organisatie_id,
                const char *bestand)
{
  g_autoptr(TafelInlevering) inlevering = tafel_inlevering_new (f->traject_id);
  g_autoptr(GError) error = NULL;

  g_object_set (inlevering, "organisatie-id", organisatie_id, "bestand", bestand, NULL);
  g_assert_true (tafel_store_insert (f->store, inlevering, &error));
  g_assert_no_error (error);
  return tafel_entity_get_id (TAFEL_ENTITY (inlevering));
}

/* The four offerings most tests use:
 *   "Nazorg thuis"         Zorg BV   dp1  fits       evidence based  (from a return)
 *   "Groepstraining"       De Linde  dp1  not        practice based
 *   "Ouderbegeleiding"     De Linde  dp2  partly     unknown
 *   "Crisisopvang"         Zorg BV   —    not assessed other method */
static void
add_four (Fixture *f)
{
  gint64 inlevering_id = add_inlevering (f, f->zorg_id, "/tmp/terug/Sessie 2 - Zorg BV.xlsx");

  g_object_unref (add_aanbod (f, f->zorg_id, f->dp1_id, "Nazorg thuis",
                              "Begeleiding na de behandeling,\nthuis bij het gezin", "past", "evidence_based",
                              inlevering_id, "Aanbod, rij 7"));
  g_object_unref (add_aanbod (f, f->linde_id, f->dp1_id, "Groepstraining", "Sociale vaardigheden in een groep",
                              "past_niet", "practice_based", 0, NULL));
  g_object_unref (add_aanbod (f, f->linde_id, f->dp2_id, "Ouderbegeleiding", "Voor ouders, met video-interactie",
                              "past_deels", "onbekend", 0, "Aanbod, rij 3"));
  g_object_unref (add_aanbod (f, f->zorg_id, 0, "Crisisopvang", "", "onbekend", "andere_methode", 0, NULL));
  iterate ();
}

static TafelAanbod *
find_aanbod (Fixture    *f,
             const char *title)
{
  GListModel *all = tafel_traject_model_get_list (f->model, TAFEL_TYPE_AANBOD);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(TafelAanbod) aanbod = g_list_model_get_item (all, i);

      if (g_str_equal (tafel_aanbod_get_title (aanbod), title))
        return aanbod;
    }

  g_assert_not_reached ();
}

/* The titles shown, in order, joined by "|". */
static char *
dup_titles (Fixture *f)
{
  GString *titles = g_string_new (NULL);
  guint n = tafel_aanbod_list_get_n_visible (list (f));

  for (guint i = 0; i < n; i++)
    {
      TafelAanbod *aanbod = tafel_aanbod_list_get_item (list (f), i);

      if (i > 0)
        g_string_append_c (titles, '|');
      g_string_append (titles, tafel_aanbod_get_title (aanbod));
    }
  g_assert_null (tafel_aanbod_list_get_item (list (f), n));

  return g_string_free (titles, FALSE);
}

static void
assert_titles (Fixture    *f,
               const char *expected)
{
  g_autofree char *titles = dup_titles (f);

  g_assert_cmpstr (titles, ==, expected);
}

/* Waits until @aanbod's cell of @column is on screen. */
static GtkLabel *
wait_for_cell (Fixture           *f,
               TafelAanbodColumn  column,
               TafelAanbod       *aanbod)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  GtkLabel *cell;

  while ((cell = tafel_aanbod_list_get_cell (list (f), column, aanbod)) == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  return cell;
}

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelTraject) traject = NULL;
  GListModel *deelproducten;
  g_autoptr(TafelEntity) dp1 = NULL;
  g_autoptr(TafelEntity) dp2 = NULL;

  f->dir = tafel_test_make_tmpdir ();
  f->store = tafel_test_open_store (f->dir, "aanbod.db");
  traject = tafel_test_create_traject (f->store, "segment-veel-voorkomend", "Inkoop Jeugdhulp 2027");
  f->traject_id = tafel_entity_get_id (TAFEL_ENTITY (traject));
  f->zorg_id = add_organisatie (f, "Zorg BV");
  f->linde_id = add_organisatie (f, "De Linde");

  f->model = tafel_traject_model_new (f->store, f->traject_id, &error);
  g_assert_no_error (error);
  deelproducten = tafel_traject_model_get_list (f->model, TAFEL_TYPE_DEELPRODUCT);
  g_assert_cmpuint (g_list_model_get_n_items (deelproducten), >=, 2);
  dp1 = g_list_model_get_item (deelproducten, 0);
  dp2 = g_list_model_get_item (deelproducten, 1);
  f->dp1_id = tafel_entity_get_id (dp1);
  f->dp2_id = tafel_entity_get_id (dp2);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1400, 700);
  f->list = tafel_aanbod_list_new ();
  gtk_window_set_child (f->window, f->list);
  tafel_aanbod_list_set_model (list (f), f->model);

  gtk_window_present (f->window);
  wait_until_mapped (f->list);
  iterate ();
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  GtkWidget *l = g_object_ref (f->list);

  g_object_ref (f->window);
  gtk_window_destroy (f->window);
  iterate ();
  g_assert_finalize_object (f->window);
  g_assert_finalize_object (l);

  /* Nothing (cells, sorters, the filter) keeps the model or store alive. */
  g_assert_finalize_object (f->model);
  g_assert_finalize_object (f->store);
  tafel_test_remove_tree (f->dir);
  g_free (f->dir);
}

static const char *
deelproduct_name (Fixture *f,
                  gint64   id)
{
  return tafel_traject_model_lookup_name (f->model, TAFEL_TYPE_DEELPRODUCT, id);
}

/* ---- tests ----------------------------------------------------------------- */

/* Every offering, by title, with what each column says. */
static void
test_rows (Fixture      *f,
           gconstpointer data)
{
  TafelAanbod *nazorg, *crisis, *ouder;
  GtkLabel *cell;
  g_autofree char *text = NULL;

  add_four (f);
  nazorg = find_aanbod (f, "Nazorg thuis");
  crisis = find_aanbod (f, "Crisisopvang");
  ouder = find_aanbod (f, "Ouderbegeleiding");

  g_assert_cmpstr (tafel_aanbod_list_get_state (list (f)), ==, "list");
  g_assert_cmpuint (tafel_aanbod_list_get_n_visible (list (f)), ==, 4);
  assert_titles (f, "Crisisopvang|Groepstraining|Nazorg thuis|Ouderbegeleiding");
  g_assert_cmpstr (tafel_aanbod_list_get_counts_text (list (f)), ==, "4 offerings from 2 organisations");

  /* What each column says. */
  cell = wait_for_cell (f, TAFEL_AANBOD_COLUMN_TITLE, nazorg);
  g_assert_cmpstr (gtk_label_get_label (cell), ==, "Nazorg thuis");
  cell = wait_for_cell (f, TAFEL_AANBOD_COLUMN_ORGANISATIE, nazorg);
  g_assert_cmpstr (gtk_label_get_label (cell), ==, "Zorg BV");
  cell = wait_for_cell (f, TAFEL_AANBOD_COLUMN_DEELPRODUCT, nazorg);
  g_assert_cmpstr (gtk_label_get_label (cell), ==, deelproduct_name (f, f->dp1_id));
  cell = wait_for_cell (f, TAFEL_AANBOD_COLUMN_FIT, nazorg);
  g_assert_cmpstr (gtk_label_get_label (cell), ==, "Fits");
  cell = wait_for_cell (f, TAFEL_AANBOD_COLUMN_EVIDENCE, nazorg);
  g_assert_cmpstr (gtk_label_get_label (cell), ==, "Evidence based");
  /* The description on one line, whole in the tooltip. */
  cell = wait_for_cell (f, TAFEL_AANBOD_COLUMN_DESCRIPTION, nazorg);
  g_assert_cmpstr (gtk_label_get_label (cell), ==, "Begeleiding na de behandeling, thuis bij het gezin");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (cell)), ==,
                   "Begeleiding na de behandeling,\nthuis bij het gezin");
  g_assert_true (gtk_label_get_ellipsize (cell) == PANGO_ELLIPSIZE_END);

  /* Nothing given: a dash, no tooltip; the choices' labels. */
  cell = wait_for_cell (f, TAFEL_AANBOD_COLUMN_DESCRIPTION, crisis);
  g_assert_cmpstr (gtk_label_get_label (cell), ==, "—");
  g_assert_null (gtk_widget_get_tooltip_text (GTK_WIDGET (cell)));
  cell = wait_for_cell (f, TAFEL_AANBOD_COLUMN_DEELPRODUCT, crisis);
  g_assert_cmpstr (gtk_label_get_label (cell), ==, "—");
  cell = wait_for_cell (f, TAFEL_AANBOD_COLUMN_FIT, crisis);
  g_assert_cmpstr (gtk_label_get_label (cell), ==, "Not assessed");
  cell = wait_for_cell (f, TAFEL_AANBOD_COLUMN_EVIDENCE, crisis);
  g_assert_cmpstr (gtk_label_get_label (cell), ==, "Other method");
  cell = wait_for_cell (f, TAFEL_AANBOD_COLUMN_FIT, ouder);
  g_assert_cmpstr (gtk_label_get_label (cell), ==, "Partly fits");
  cell = wait_for_cell (f, TAFEL_AANBOD_COLUMN_EVIDENCE, ouder);
  g_assert_cmpstr (gtk_label_get_label (cell), ==, "Unknown");

  text = tafel_aanbod_list_dup_text (list (f), find_aanbod (f, "Groepstraining"), TAFEL_AANBOD_COLUMN_FIT);
  g_assert_cmpstr (text, ==, "Does not fit");
}

/* Where an offering came from: the returned file, then sheet and row. */
static void
test_origin (Fixture      *f,
             gconstpointer data)
{
  GtkColumnView *view = tafel_aanbod_list_get_column_view (list (f));
  g_autoptr(GtkColumnViewColumn) origin = g_list_model_get_item (gtk_column_view_get_columns (view),
                                                                 TAFEL_AANBOD_COLUMN_HERKOMST);
  gint64 file_id;
  g_autoptr(TafelAanbod) only_file = NULL;
  GtkLabel *cell;
  g_autofree char *text = NULL;
  g_autofree char *ouder = NULL;
  g_autofree char *groep = NULL;

  add_four (f);
  file_id = add_inlevering (f, f->linde_id, "De Linde.xlsx");
  only_file = add_aanbod (f, f->linde_id, 0, "Uit een bestand", "", "onbekend", "onbekend", file_id, NULL);
  iterate ();

  cell = wait_for_cell (f, TAFEL_AANBOD_COLUMN_HERKOMST, find_aanbod (f, "Nazorg thuis"));
  g_assert_cmpstr (gtk_label_get_label (cell), ==, "Sessie 2 - Zorg BV.xlsx, Aanbod, rij 7");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (cell)), ==, "Sessie 2 - Zorg BV.xlsx, Aanbod, rij 7");

  /* Only a sheet and row, only a file, nothing (typed in elsewhere). */
  ouder = tafel_aanbod_list_dup_text (list (f), find_aanbod (f, "Ouderbegeleiding"), TAFEL_AANBOD_COLUMN_HERKOMST);
  g_assert_cmpstr (ouder, ==, "Aanbod, rij 3");
  text = tafel_aanbod_list_dup_text (list (f), only_file, TAFEL_AANBOD_COLUMN_HERKOMST);
  g_assert_cmpstr (text, ==, "De Linde.xlsx");
  groep = tafel_aanbod_list_dup_text (list (f), find_aanbod (f, "Groepstraining"), TAFEL_AANBOD_COLUMN_HERKOMST);
  g_assert_cmpstr (groep, ==, "—");

  /* Sorted by origin: the dashes of those without one sort first. */
  gtk_column_view_sort_by_column (view, origin, GTK_SORT_ASCENDING);
  iterate ();
  assert_titles (f, "Crisisopvang|Groepstraining|Ouderbegeleiding|Uit een bestand|Nazorg thuis");
}

/* The search: every word in the title, description or organisation, in
 * any case and with or without accents. */
static void
test_search (Fixture      *f,
             gconstpointer data)
{
  GtkSearchEntry *entry = tafel_aanbod_list_get_search_entry (list (f));
  gint64 end;

  add_four (f);

  tafel_aanbod_list_set_search_text (list (f), "NAZORG");
  assert_titles (f, "Nazorg thuis");
  g_assert_cmpstr (tafel_aanbod_list_get_counts_text (list (f)), ==, "1 of 4 offerings from 1 organisation");

  /* In the description, and accents ignored. */
  tafel_aanbod_list_set_search_text (list (f), "vidéo");
  assert_titles (f, "Ouderbegeleiding");

  /* By organisation. */
  tafel_aanbod_list_set_search_text (list (f), "linde");
  assert_titles (f, "Groepstraining|Ouderbegeleiding");
  g_assert_cmpstr (tafel_aanbod_list_get_counts_text (list (f)), ==, "2 of 4 offerings from 1 organisation");

  /* Every word, wherever it is. */
  tafel_aanbod_list_set_search_text (list (f), "zorg  thuis");
  assert_titles (f, "Nazorg thuis");
  tafel_aanbod_list_set_search_text (list (f), "zorg groep");
  assert_titles (f, "");
  g_assert_cmpstr (tafel_aanbod_list_get_state (list (f)), ==, "no-match");
  g_assert_cmpstr (tafel_aanbod_list_get_counts_text (list (f)), ==, "0 of 4 offerings");

  /* The action of the no-match page shows all again and focuses the search. */
  g_assert_true (gtk_widget_activate_action (f->list, "aanbod.clear-filters", NULL));
  g_assert_cmpuint (tafel_aanbod_list_get_n_visible (list (f)), ==, 4);
  g_assert_cmpstr (tafel_aanbod_list_get_state (list (f)), ==, "list");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_cmpstr (tafel_aanbod_list_get_counts_text (list (f)), ==, "4 offerings from 2 organisations");

  /* Typed into the entry: filtered after the entry's short delay. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "crisis");
  end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (tafel_aanbod_list_get_n_visible (list (f)) != 1)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  assert_titles (f, "Crisisopvang");

  /* Escape empties the search. */
  g_signal_emit_by_name (entry, "stop-search");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_cmpuint (tafel_aanbod_list_get_n_visible (list (f)), ==, 4);
}

/* The deelproduct filter, alone, with the search, by the drop-down, and
 * when its deelproduct goes away. */
static void
test_deelproduct_filter (Fixture      *f,
                         gconstpointer data)
{
  GtkDropDown *dropdown = tafel_aanbod_list_get_deelproduct_dropdown (list (f));
  GtkSearchEntry *entry = tafel_aanbod_list_get_search_entry (list (f));
  g_autoptr(GtkStringObject) first = NULL;
  g_autoptr(GError) error = NULL;
  TafelEntity *dp2;

  add_four (f);

  /* "All deelproducten", "No deelproduct", then the names. */
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), ==,
                    2 + g_list_model_get_n_items (tafel_traject_model_get_list (f->model, TAFEL_TYPE_DEELPRODUCT)));
  first = g_list_model_get_item (gtk_drop_down_get_model (dropdown), 0);
  g_assert_cmpstr (gtk_string_object_get_string (first), ==, "All deelproducten");

  g_assert_true (tafel_aanbod_list_set_deelproduct (list (f), f->dp1_id));
  g_assert_cmpint (tafel_aanbod_list_get_deelproduct (list (f)), ==, f->dp1_id);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 2);
  assert_titles (f, "Groepstraining|Nazorg thuis");
  g_assert_cmpstr (tafel_aanbod_list_get_counts_text (list (f)), ==, "2 of 4 offerings from 2 organisations");

  /* With the search. */
  tafel_aanbod_list_set_search_text (list (f), "zorg");
  assert_titles (f, "Nazorg thuis");
  tafel_aanbod_list_set_search_text (list (f), "");

  /* Without a deelproduct. */
  g_assert_true (tafel_aanbod_list_set_deelproduct (list (f), 0));
  assert_titles (f, "Crisisopvang");

  /* Chosen in the drop-down. */
  gtk_drop_down_set_selected (dropdown, 3);
  g_assert_cmpint (tafel_aanbod_list_get_deelproduct (list (f)), ==, f->dp2_id);
  assert_titles (f, "Ouderbegeleiding");

  /* Escape in the empty search shows every deelproduct again. */
  g_signal_emit_by_name (entry, "stop-search");
  g_assert_cmpint (tafel_aanbod_list_get_deelproduct (list (f)), ==, TAFEL_AANBOD_LIST_ANY);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);
  g_assert_cmpuint (tafel_aanbod_list_get_n_visible (list (f)), ==, 4);

  /* No such deelproduct: refused, all shown. */
  g_assert_true (tafel_aanbod_list_set_deelproduct (list (f), f->dp2_id));
  g_assert_false (tafel_aanbod_list_set_deelproduct (list (f), 999999));
  g_assert_cmpint (tafel_aanbod_list_get_deelproduct (list (f)), ==, TAFEL_AANBOD_LIST_ANY);
  g_assert_cmpuint (tafel_aanbod_list_get_n_visible (list (f)), ==, 4);

  /* The chosen deelproduct is deleted: all are shown again, and its
   * offerings no longer name it. */
  g_assert_true (tafel_aanbod_list_set_deelproduct (list (f), f->dp2_id));
  assert_titles (f, "Ouderbegeleiding");
  dp2 = tafel_traject_model_lookup (f->model, TAFEL_TYPE_DEELPRODUCT, f->dp2_id);
  g_assert_true (tafel_store_delete (f->store, dp2, &error));
  g_assert_no_error (error);
  iterate ();
  g_assert_cmpint (tafel_aanbod_list_get_deelproduct (list (f)), ==, TAFEL_AANBOD_LIST_ANY);
  g_assert_cmpuint (tafel_aanbod_list_get_n_visible (list (f)), ==, 4);
  g_assert_cmpstr (tafel_aanbod_list_get_state (list (f)), ==, "list");
}

/* Every column sorts by what it shows; Fits and Evidence level in the
 * order of their choices, "not assessed" and "unknown" last. */
static void
test_sort (Fixture      *f,
           gconstpointer data)
{
  GtkColumnView *view = tafel_aanbod_list_get_column_view (list (f));
  GListModel *columns = gtk_column_view_get_columns (view);
  g_autoptr(GtkColumnViewColumn) title = g_list_model_get_item (columns, TAFEL_AANBOD_COLUMN_TITLE);
  g_autoptr(GtkColumnViewColumn) organisation = g_list_model_get_item (columns, TAFEL_AANBOD_COLUMN_ORGANISATIE);
  g_autoptr(GtkColumnViewColumn) fit = g_list_model_get_item (columns, TAFEL_AANBOD_COLUMN_FIT);
  g_autoptr(GtkColumnViewColumn) evidence = g_list_model_get_item (columns, TAFEL_AANBOD_COLUMN_EVIDENCE);
  g_autoptr(GError) error = NULL;

  add_four (f);

  for (guint i = 0; i < TAFEL_AANBOD_N_COLUMNS; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      g_assert_nonnull (gtk_column_view_column_get_sorter (column));
      g_assert_nonnull (gtk_column_view_column_get_title (column));
    }

  gtk_column_view_sort_by_column (view, title, GTK_SORT_DESCENDING);
  assert_titles (f, "Ouderbegeleiding|Nazorg thuis|Groepstraining|Crisisopvang");
  gtk_column_view_sort_by_column (view, fit, GTK_SORT_ASCENDING);
  assert_titles (f, "Nazorg thuis|Ouderbegeleiding|Groepstraining|Crisisopvang");
  gtk_column_view_sort_by_column (view, evidence, GTK_SORT_ASCENDING);
  assert_titles (f, "Nazorg thuis|Groepstraining|Crisisopvang|Ouderbegeleiding");

  /* By organisation name, and again after a rename. */
  gtk_column_view_sort_by_column (view, organisation, GTK_SORT_ASCENDING);
  gtk_column_view_sort_by_column (view, title, GTK_SORT_ASCENDING);
  gtk_column_view_sort_by_column (view, organisation, GTK_SORT_ASCENDING);
  assert_titles (f, "Groepstraining|Ouderbegeleiding|Crisisopvang|Nazorg thuis");
  g_assert_true (tafel_store_set_string (f->store, tafel_traject_model_lookup (f->model, TAFEL_TYPE_ORGANISATIE,
                                                                               f->linde_id),
                                         "name", "Zuidkust", &error));
  g_assert_no_error (error);
  iterate ();
  assert_titles (f, "Crisisopvang|Nazorg thuis|Groepstraining|Ouderbegeleiding");
}

/* Without offerings (or without a traject): the status page. */
static void
test_empty (Fixture      *f,
            gconstpointer data)
{
  GtkWidget *stack = gtk_widget_get_ancestor (GTK_WIDGET (tafel_aanbod_list_get_column_view (list (f))),
                                              GTK_TYPE_STACK);

  g_assert_cmpstr (tafel_aanbod_list_get_state (list (f)), ==, "empty");
  g_assert_cmpuint (tafel_aanbod_list_get_n_visible (list (f)), ==, 0);
  g_assert_cmpstr (tafel_aanbod_list_get_counts_text (list (f)), ==, "0 offerings");
  /* The count line (just above the stack) is hidden. */
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_prev_sibling (stack)));

  /* A search finds nothing, and the page still says where offerings
   * come from. */
  tafel_aanbod_list_set_search_text (list (f), "nazorg");
  g_assert_cmpstr (tafel_aanbod_list_get_state (list (f)), ==, "empty");

  tafel_aanbod_list_set_model (list (f), NULL);
  g_assert_null (tafel_aanbod_list_get_model (list (f)));
  g_assert_cmpstr (tafel_aanbod_list_get_state (list (f)), ==, "empty");
  g_assert_cmpuint (tafel_aanbod_list_get_n_visible (list (f)), ==, 0);
  /* Another traject starts with an empty search. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tafel_aanbod_list_get_search_entry (list (f)))), ==, "");

  /* The model arrives late, as from the traject view. */
  add_four (f);
  g_object_set (f->list, "model", f->model, NULL);
  g_assert_cmpuint (tafel_aanbod_list_get_n_visible (list (f)), ==, 4);
  g_assert_cmpstr (tafel_aanbod_list_get_state (list (f)), ==, "list");
}

/* The list follows the store: added, changed, deleted, restored. */
static void
test_follows_store (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr(TafelAanbod) extra = NULL;
  g_autoptr(GError) error = NULL;
  GtkLabel *cell;

  add_four (f);
  tafel_aanbod_list_set_search_text (list (f), "thuis");
  assert_titles (f, "Nazorg thuis");

  /* Added: shown when it matches the search, counted either way. */
  extra = add_aanbod (f, f->linde_id, f->dp2_id, "Thuisbegeleiding", "Ambulant", "past", "practice_based",
                      0, NULL);
  iterate ();
  assert_titles (f, "Nazorg thuis|Thuisbegeleiding");
  g_assert_cmpstr (tafel_aanbod_list_get_counts_text (list (f)), ==, "2 of 5 offerings from 2 organisations");

  /* Changed so that it no longer matches. */
  g_assert_true (tafel_store_set_string (f->store, extra, "title", "Ambulante begeleiding", &error));
  g_assert_no_error (error);
  iterate ();
  assert_titles (f, "Nazorg thuis");

  /* Changed while shown: the cell shows it. */
  tafel_aanbod_list_set_search_text (list (f), "");
  cell = wait_for_cell (f, TAFEL_AANBOD_COLUMN_FIT, extra);
  g_assert_cmpstr (gtk_label_get_label (cell), ==, "Fits");
  g_assert_true (tafel_store_set_string (f->store, extra, "fit", "past_niet", &error));
  g_assert_no_error (error);
  iterate ();
  g_assert_cmpstr (gtk_label_get_label (wait_for_cell (f, TAFEL_AANBOD_COLUMN_FIT, extra)), ==, "Does not fit");

  /* An organisation renamed. */
  g_assert_true (tafel_store_set_string (f->store, tafel_traject_model_lookup (f->model, TAFEL_TYPE_ORGANISATIE,
                                                                               f->linde_id),
                                         "name", "De Linde Jeugdzorg", &error));
  g_assert_no_error (error);
  iterate ();
  cell = wait_for_cell (f, TAFEL_AANBOD_COLUMN_ORGANISATIE, extra);
  g_assert_cmpstr (gtk_label_get_label (cell), ==, "De Linde Jeugdzorg");
  tafel_aanbod_list_set_search_text (list (f), "jeugdzorg");
  assert_titles (f, "Ambulante begeleiding|Groepstraining|Ouderbegeleiding");
  tafel_aanbod_list_set_search_text (list (f), "");

  /* Deleted, and back with undo. */
  g_assert_true (tafel_store_delete (f->store, extra, &error));
  g_assert_no_error (error);
  iterate ();
  assert_titles (f, "Crisisopvang|Groepstraining|Nazorg thuis|Ouderbegeleiding");
  g_assert_cmpstr (tafel_aanbod_list_get_counts_text (list (f)), ==, "4 offerings from 2 organisations");
  g_assert_true (tafel_store_restore (f->store, extra, &error));
  g_assert_no_error (error);
  iterate ();
  g_assert_cmpuint (tafel_aanbod_list_get_n_visible (list (f)), ==, 5);

  /* All gone: the status page. */
  {
    GListModel *all = tafel_traject_model_get_list (f->model, TAFEL_TYPE_AANBOD);

    while (g_list_model_get_n_items (all) > 0)
      {
        g_autoptr(TafelAanbod) aanbod = g_list_model_get_item (all, 0);

        g_assert_true (tafel_store_delete (f->store, aanbod, &error));
        g_assert_no_error (error);
      }
  }
  iterate ();
  g_assert_cmpstr (tafel_aanbod_list_get_state (list (f)), ==, "empty");

  /* And the first one back. */
  g_assert_true (tafel_store_restore (f->store, extra, &error));
  g_assert_no_error (error);
  iterate ();
  g_assert_cmpstr (tafel_aanbod_list_get_state (list (f)), ==, "list");
  g_assert_cmpstr (tafel_aanbod_list_get_counts_text (list (f)), ==, "1 offering from 1 organisation");
}

/* On the Uitvraag page: the model is passed on (and taken back), Ctrl+F
 * focuses the search. */
static void
test_in_uitvraag_page (Fixture      *f,
                       gconstpointer data)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *page = tafel_uitvraag_page_new ();
  TafelAanbodList *aanbod_list = tafel_uitvraag_page_get_aanbod_list (TAFEL_UITVRAAG_PAGE (page));
  GtkWidget *search = GTK_WIDGET (tafel_aanbod_list_get_search_entry (aanbod_list));
  GtkWidget *focus;

  add_four (f);

  g_object_ref (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), page);
  g_assert_true (TAFEL_IS_AANBOD_LIST (aanbod_list));
  g_assert_null (tafel_aanbod_list_get_model (aanbod_list));
  g_assert_cmpstr (tafel_aanbod_list_get_state (aanbod_list), ==, "empty");

  tafel_uitvraag_page_set_model (TAFEL_UITVRAAG_PAGE (page), f->model);
  g_assert_true (tafel_aanbod_list_get_model (aanbod_list) == f->model);
  g_assert_cmpuint (tafel_aanbod_list_get_n_visible (aanbod_list), ==, 4);
  g_assert_cmpstr (tafel_aanbod_list_get_counts_text (aanbod_list), ==, "4 offerings from 2 organisations");

  gtk_window_present (GTK_WINDOW (window));
  wait_until_mapped (page);
  iterate ();
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (aanbod_list)), >=, 360);

  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_false (focus != NULL && gtk_widget_is_ancestor (focus, search));
  g_assert_true (gtk_widget_activate_action (page, "uitvraag.search-aanbod", NULL));
  iterate ();
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (focus == search || gtk_widget_is_ancestor (focus, search));

  tafel_uitvraag_page_set_model (TAFEL_UITVRAAG_PAGE (page), NULL);
  g_assert_null (tafel_aanbod_list_get_model (aanbod_list));
  g_assert_cmpstr (tafel_aanbod_list_get_state (aanbod_list), ==, "empty");

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  g_assert_finalize_object (window);
}

/* A list that never had a model goes away cleanly. */
static void
test_no_model (void)
{
  GtkWidget *l = g_object_ref_sink (tafel_aanbod_list_new ());

  g_assert_cmpstr (tafel_aanbod_list_get_state (TAFEL_AANBOD_LIST (l)), ==, "empty");
  g_assert_cmpuint (tafel_aanbod_list_get_n_visible (TAFEL_AANBOD_LIST (l)), ==, 0);
  g_assert_false (tafel_aanbod_list_set_deelproduct (TAFEL_AANBOD_LIST (l), 5));
  tafel_aanbod_list_set_search_text (TAFEL_AANBOD_LIST (l), "iets");
  tafel_aanbod_list_clear_filters (TAFEL_AANBOD_LIST (l));
  g_assert_finalize_object (l);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define LIST(path, func) g_test_add ("/aanbod-list/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  LIST ("rows", test_rows);
  LIST ("origin", test_origin);
  LIST ("search", test_search);
  LIST ("deelproduct-filter", test_deelproduct_filter);
  LIST ("sort", test_sort);
  LIST ("empty", test_empty);
  LIST ("follows-store", test_follows_store);
  LIST ("uitvraag-page", test_in_uitvraag_page);
#undef LIST
  g_test_add_func ("/aanbod-list/no-model", test_no_model);

  return g_test_run ();
}

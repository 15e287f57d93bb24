/* test-voorstellen.c: the Proposals page (question blocks 5 and 6), driven
 * through its widgets
 *
 * The page lives in a plain window whose child is a toast overlay, on a
 * traject made from the "segment veel voorkomend" template (eleven
 * deelproducten and the default function profiles) with two sessions.
 * What a test changes is checked in the store, not only on screen.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>

#include "tafel-besluit.h"
#include "tafel-test-util.h"
#include "tafel-traject-setup.h"
#include "tafel-voorstellen-page.h"

#define KORTDUREND "Kortdurende systeembegeleiding"
#define GROEP      "Groepsbegeleiding"

typedef struct {
  char              *dir;
  TafelStore        *store;
  gint64             traject_id;
  gint64             sessies[2];
  TafelTrajectModel *model;
  GtkWindow         *window;
  AdwToastOverlay   *overlay;
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

static void
setup_with (Fixture    *f,
            const char *template_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelTraject) traject = NULL;

  f->dir = tafel_test_make_tmpdir ();
  f->store = tafel_test_open_store (f->dir, "voorstellen.db");
  traject = tafel_test_create_traject (f->store, template_id, "Inkoop Jeugdhulp 2027");
  f->traject_id = tafel_entity_get_id (TAFEL_ENTITY (traject));

  for (guint i = 0; i < G_N_ELEMENTS (f->sessies); i++)
    {
      g_autoptr(TafelSessie) sessie = tafel_traject_add_sessie (f->store, f->traject_id, &error);

      g_assert_no_error (error);
      f->sessies[i] = tafel_entity_get_id (TAFEL_ENTITY (sessie));
    }

  f->model = tafel_traject_model_new (f->store, f->traject_id, &error);
  g_assert_no_error (error);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1280, 900);
  f->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  gtk_window_set_child (f->window, GTK_WIDGET (f->overlay));
  f->page = tafel_voorstellen_page_new ();
  adw_toast_overlay_set_child (f->overlay, f->page);
  g_object_set (f->page, "model", f->model, NULL);

  gtk_window_present (f->window);
  wait_until_mapped (f->page);
}

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  setup_with (f, "segment-veel-voorkomend");
}

static void
empty_setup (Fixture      *f,
             gconstpointer data)
{
  setup_with (f, "leeg");
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  GtkWidget *page = g_object_ref (f->page);

  g_object_ref (f->window);
  gtk_window_destroy (f->window);
  iterate ();
  g_assert_finalize_object (f->window);
  g_assert_finalize_object (page);

  /* Nothing (lines, drop-downs, toasts) keeps the model or store alive. */
  g_assert_finalize_object (f->model);
  g_assert_finalize_object (f->store);
  tafel_test_remove_tree (f->dir);
  g_free (f->dir);
}

static TafelVoorstellenPage *
page (Fixture *f)
{
  return TAFEL_VOORSTELLEN_PAGE (f->page);
}

static gint64
deelproduct_id (Fixture    *f,
                const char *name)
{
  g_autoptr(TafelDeelproduct) dp = tafel_store_find_by_name (f->store, TAFEL_TYPE_DEELPRODUCT, f->traject_id, name);

  g_assert_nonnull (dp);
  return tafel_entity_get_id (TAFEL_ENTITY (dp));
}

static TafelDeelproduct *
model_deelproduct (Fixture    *f,
                   const char *name)
{
  return tafel_traject_model_lookup (f->model, TAFEL_TYPE_DEELPRODUCT, deelproduct_id (f, name));
}

static gint64
organisatie_id (Fixture    *f,
                const char *name)
{
  g_autoptr(TafelOrganisatie) org = tafel_store_find_by_name (f->store, TAFEL_TYPE_ORGANISATIE, f->traject_id, name);

  return org ? tafel_entity_get_id (TAFEL_ENTITY (org)) : 0;
}

static void
select_deelproduct (Fixture    *f,
                    const char *name)
{
  g_assert_true (tafel_voorstel_lijst_select (tafel_voorstellen_page_get_lijst (page (f)), deelproduct_id (f, name)));
  iterate ();
}

/* Chooses session @index (0 or 1) of the fixture, or with -1 all sessions. */
static void
choose_sessie (Fixture *f,
               int      index)
{
  GtkDropDown *dropdown = tafel_voorstel_keuze_get_sessie_dropdown (tafel_voorstellen_page_get_keuze (page (f)));
  GListModel *sessies = tafel_traject_model_get_list (f->model, TAFEL_TYPE_SESSIE);
  guint position = 0;

  for (guint i = 0; index >= 0 && i < g_list_model_get_n_items (sessies); i++)
    {
      g_autoptr(TafelSessie) sessie = g_list_model_get_item (sessies, i);

      if (tafel_entity_get_id (TAFEL_ENTITY (sessie)) == f->sessies[index])
        position = i + 1;
    }

  gtk_drop_down_set_selected (dropdown, position);
  iterate ();
  g_assert_cmpint (tafel_voorstellen_page_get_sessie_id (page (f)), ==, index >= 0 ? f->sessies[index] : 0);
}

static void
type_and_enter (GtkEntry   *entry,
                const char *text)
{
  gtk_widget_grab_focus (GTK_WIDGET (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
  iterate ();
}

static void
choose_organisation (Fixture    *f,
                     const char *name)
{
  type_and_enter (tafel_voorstel_keuze_get_organisation_entry (tafel_voorstellen_page_get_keuze (page (f))), name);
  g_assert_cmpint (tafel_voorstellen_page_get_organisatie_id (page (f)), ==, organisatie_id (f, name));
}

static GtkEntry *
cell (Fixture            *f,
      const char         *niveau,
      TafelVoorstelKolom  kolom)
{
  return tafel_voorstel_grid_get_cell (tafel_voorstellen_page_get_grid (page (f)), niveau, kolom);
}

static GtkEntry *
besluit_cell (Fixture            *f,
              const char         *niveau,
              TafelVoorstelKolom  kolom)
{
  TafelVoorstelBesluit *besluit = tafel_voorstellen_page_get_besluit (page (f));

  return tafel_voorstel_grid_get_cell (tafel_voorstel_besluit_get_grid (besluit), niveau, kolom);
}

static const char *
text (GtkEntry *entry)
{
  return gtk_editable_get_text (GTK_EDITABLE (entry));
}

/* The live rows of @type stored for (deelproduct, organisation); all
 * sessions. */
static GPtrArray *
stored_rows (Fixture *f,
             GType    type,
             gint64   dp_id,
             gint64   org_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = tafel_store_list (f->store, type, f->traject_id, &error);
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_no_error (error);
  for (guint i = 0; i < all->len; i++)
    {
      TafelEntity *e = g_ptr_array_index (all, i);

      if (tafel_entity_get_int (e, "deelproduct_id") == dp_id && tafel_entity_get_int (e, "organisatie_id") == org_id)
        g_ptr_array_add (rows, g_object_ref (e));
    }

  return rows;
}

static TafelIntensiteit *
stored_niveau (GPtrArray  *rows,
               const char *niveau)
{
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (tafel_intensiteit_get_niveau (g_ptr_array_index (rows, i)), niveau) == 0)
      return g_ptr_array_index (rows, i);

  return NULL;
}

/* Whether a label shown in @widget holds @needle. */
static gboolean
has_text (GtkWidget  *widget,
          const char *needle)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child))
        continue;
      if (GTK_IS_LABEL (child) && strstr (gtk_label_get_text (GTK_LABEL (child)), needle) != NULL)
        return TRUE;
      if (has_text (child, needle))
        return TRUE;
    }

  return FALSE;
}

/* Whether a toast in @overlay shows @needle. */
static gboolean
toast_shows (AdwToastOverlay *overlay,
             const char      *needle)
{
  GtkWidget *content = adw_toast_overlay_get_child (overlay);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (overlay)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (child != content && has_text (child, needle))
        return TRUE;
    }

  return FALSE;
}

/* Proposals made through the core, as an import would. */
static void
put (Fixture    *f,
     const char *deelproduct,
     const char *organisation,
     int         sessie,
     const char *niveau,
     gint64      uren,
     gint64      duur)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelOrganisatie) org = tafel_traject_ensure_organisatie (f->store, f->traject_id, organisation,
                                                                      NULL, &error);

  g_assert_no_error (error);
  g_assert_true (tafel_intensiteit_put (f->store, model_deelproduct (f, deelproduct),
                                        tafel_entity_get_id (TAFEL_ENTITY (org)), f->sessies[sessie],
                                        niveau, uren, duur, &error));
  g_assert_no_error (error);
}

static gint64
profiel_id (Fixture *f,
            guint    index)
{
  GListModel *list = tafel_traject_model_get_list (f->model, TAFEL_TYPE_FUNCTIEPROFIEL);
  g_autoptr(TafelEntity) profiel = g_list_model_get_item (list, index);

  g_assert_nonnull (profiel);
  return tafel_entity_get_id (profiel);
}

static TafelSpreidingChart *
chart (TafelSpreidingView *view)
{
  return tafel_spreiding_view_get_chart (view);
}

/* ---- tests ---------------------------------------------------------------------- */

/* Hours and duration per level, one row per level, "2,5" is 250; the
 * organisation (added on Enter) stays chosen between deelproducten. */
static void
test_enter (Fixture      *f,
            gconstpointer data)
{
  g_autoptr(GPtrArray) rows = NULL;
  TafelIntensiteit *licht, *middel;
  gint64 dp, org;

  choose_sessie (f, 0);
  select_deelproduct (f, KORTDUREND);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (tafel_voorstellen_page_get_invoer_stack (page (f))), ==, "no-org");

  choose_organisation (f, "Zorggroep Noord");
  org = organisatie_id (f, "Zorggroep Noord");
  g_assert_cmpint (org, !=, 0);
  g_assert_true (toast_shows (f->overlay, "Zorggroep Noord"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (tafel_voorstellen_page_get_invoer_stack (page (f))), ==, "form");

  type_and_enter (cell (f, "licht", TAFEL_VOORSTEL_UREN), "2,5");

  /* Enter stored it and moved on to the next cell. */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)),
                                         GTK_WIDGET (cell (f, "licht", TAFEL_VOORSTEL_DUUR))));
  type_and_enter (cell (f, "licht", TAFEL_VOORSTEL_DUUR), "12");
  type_and_enter (cell (f, "middel", TAFEL_VOORSTEL_UREN), "4");
  type_and_enter (cell (f, "middel", TAFEL_VOORSTEL_TOELICHTING), "Wachtlijst bij de GGZ");

  dp = deelproduct_id (f, KORTDUREND);
  rows = stored_rows (f, TAFEL_TYPE_INTENSITEIT, dp, org);
  g_assert_cmpuint (rows->len, ==, 2);
  licht = stored_niveau (rows, "licht");
  middel = stored_niveau (rows, "middel");
  g_assert_nonnull (licht);
  g_assert_nonnull (middel);
  g_assert_cmpint (tafel_intensiteit_get_uren (licht), ==, 250);
  g_assert_cmpint (tafel_intensiteit_get_duur (licht), ==, 1200);
  g_assert_cmpint (tafel_intensiteit_get_sessie_id (licht), ==, f->sessies[0]);
  g_assert_cmpstr (tafel_intensiteit_get_bron (licht), ==, "voorstel");
  g_assert_cmpint (tafel_intensiteit_get_uren (middel), ==, 400);
  g_assert_cmpint (tafel_intensiteit_get_duur (middel), ==, TAFEL_DECIMAL_NONE);
  g_assert_cmpstr (tafel_intensiteit_get_toelichting (middel), ==, "Wachtlijst bij de GGZ");
  g_assert_cmpstr (text (cell (f, "licht", TAFEL_VOORSTEL_UREN)), ==, "2,5");

  /* The next deelproduct (Ctrl+Page Down): the organisation stays. */
  g_assert_true (gtk_widget_activate_action (f->page, "voorstellen.next", NULL));
  iterate ();
  g_assert_cmpint (tafel_voorstel_lijst_get_selected_id (tafel_voorstellen_page_get_lijst (page (f))), ==,
                   deelproduct_id (f, "Duurzame systeembegeleiding"));
  g_assert_cmpint (tafel_voorstellen_page_get_organisatie_id (page (f)), ==, org);
  g_assert_cmpstr (text (cell (f, "licht", TAFEL_VOORSTEL_DUUR)), ==, "");
  g_assert_true (gtk_widget_activate_action (f->page, "voorstellen.previous", NULL));
  iterate ();
  g_assert_cmpstr (text (cell (f, "licht", TAFEL_VOORSTEL_DUUR)), ==, "12");

  /* Another deelproduct: the organisation stays, the grid is empty. */
  select_deelproduct (f, GROEP);
  g_assert_cmpint (tafel_voorstellen_page_get_organisatie_id (page (f)), ==, org);
  g_assert_cmpstr (text (cell (f, "licht", TAFEL_VOORSTEL_UREN)), ==, "");
  select_deelproduct (f, KORTDUREND);
  g_assert_cmpstr (text (cell (f, "licht", TAFEL_VOORSTEL_DUUR)), ==, "12");

  /* Emptying both numbers keeps the reasons; emptying all removes the row. */
  type_and_enter (cell (f, "middel", TAFEL_VOORSTEL_UREN), "");
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = stored_rows (f, TAFEL_TYPE_INTENSITEIT, dp, org);
  g_assert_cmpuint (rows->len, ==, 2);
  type_and_enter (cell (f, "middel", TAFEL_VOORSTEL_TOELICHTING), "");
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = stored_rows (f, TAFEL_TYPE_INTENSITEIT, dp, org);
  g_assert_cmpuint (rows->len, ==, 1);
}

/* Words, more hours than a week holds and negative numbers are refused
 * with a message; nothing is stored and the cell shows what is stored. */
static void
test_bad_numbers (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr(GPtrArray) rows = NULL;
  gint64 dp = deelproduct_id (f, KORTDUREND);
  gint64 org;
  GtkEntry *uren;

  choose_sessie (f, 0);
  select_deelproduct (f, KORTDUREND);
  choose_organisation (f, "Zorggroep Noord");
  org = organisatie_id (f, "Zorggroep Noord");
  uren = cell (f, "zwaar", TAFEL_VOORSTEL_UREN);

  type_and_enter (uren, "zestig");
  g_assert_true (toast_shows (f->overlay, "zestig"));
  g_assert_cmpstr (text (uren), ==, "");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (uren), "error"));

  type_and_enter (uren, "200");
  g_assert_true (toast_shows (f->overlay, "168"));
  g_assert_cmpstr (text (uren), ==, "");

  type_and_enter (uren, "-3");
  g_assert_true (toast_shows (f->overlay, "negative"));

  rows = stored_rows (f, TAFEL_TYPE_INTENSITEIT, dp, org);
  g_assert_cmpuint (rows->len, ==, 0);

  /* A good value is stored, and a bad one afterwards leaves it. */
  type_and_enter (uren, "168");
  type_and_enter (uren, "169");
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = stored_rows (f, TAFEL_TYPE_INTENSITEIT, dp, org);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpint (tafel_intensiteit_get_uren (g_ptr_array_index (rows, 0)), ==, 16800);
  g_assert_cmpstr (text (uren), ==, "168");
}

/* A level switched off is not asked for; changes elsewhere show at once
 * and leave the cell being typed in alone. */
static void
test_levels_and_updates (Fixture      *f,
                         gconstpointer data)
{
  TafelVoorstelInstellingen *instellingen = tafel_voorstellen_page_get_instellingen (page (f));
  g_autoptr(TafelDeelproduct) stored = NULL;
  GtkEntry *licht;

  choose_sessie (f, 0);
  select_deelproduct (f, KORTDUREND);
  choose_organisation (f, "Zorggroep Noord");

  gtk_check_button_set_active (tafel_voorstel_instellingen_get_niveau (instellingen, "zwaar"), FALSE);
  iterate ();
  stored = tafel_store_get (f->store, TAFEL_TYPE_DEELPRODUCT, deelproduct_id (f, KORTDUREND), NULL);
  g_assert_false (tafel_deelproduct_uses_niveau (stored, "zwaar"));
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (cell (f, "zwaar", TAFEL_VOORSTEL_UREN))));
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (cell (f, "middel", TAFEL_VOORSTEL_UREN))));
  gtk_check_button_set_active (tafel_voorstel_instellingen_get_niveau (instellingen, "zwaar"), TRUE);
  iterate ();
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (cell (f, "zwaar", TAFEL_VOORSTEL_UREN))));

  /* Day parts a week: the grid says so, and 22 is more than a week holds. */
  adw_combo_row_set_selected (tafel_voorstel_instellingen_get_eenheid_row (instellingen), 2);
  iterate ();
  g_assert_cmpstr (tafel_deelproduct_get_intensiteit_eenheid (model_deelproduct (f, KORTDUREND)), ==,
                   "dagdelen_per_week");
  g_assert_true (has_text (GTK_WIDGET (tafel_voorstellen_page_get_grid (page (f))), "day parts per week"));
  type_and_enter (cell (f, "licht", TAFEL_VOORSTEL_UREN), "22");
  g_assert_true (toast_shows (f->overlay, "21"));

  /* Indirect time as a share of direct time: a Dutch number. */
  {
    GtkEditable *row = GTK_EDITABLE (tafel_voorstel_instellingen_get_indirect_row (instellingen));

    gtk_editable_set_text (row, "12,5");
    g_signal_emit_by_name (gtk_editable_get_delegate (row), "activate");
    iterate ();
    g_assert_cmpint (tafel_entity_get_int (TAFEL_ENTITY (model_deelproduct (f, KORTDUREND)), "indirect_per_direct"),
                     ==, 1250);
  }

  /* A deelproduct renamed elsewhere is renamed in the list. */
  {
    GtkListBox *list_box = tafel_voorstel_lijst_get_list_box (tafel_voorstellen_page_get_lijst (page (f)));
    g_autoptr(GError) error = NULL;

    g_assert_true (tafel_store_set_string (f->store, model_deelproduct (f, KORTDUREND), "name",
                                           "Kortdurende gezinsbegeleiding", &error));
    g_assert_no_error (error);
    iterate ();
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (list_box, 0))),
                     ==, "Kortdurende gezinsbegeleiding");
    g_assert_true (has_text (f->page, "Kortdurende gezinsbegeleiding"));
    g_assert_true (tafel_store_set_string (f->store, model_deelproduct (f, "Kortdurende gezinsbegeleiding"), "name",
                                           KORTDUREND, &error));
  }

  /* Typing in a cell while a proposal comes in elsewhere. */
  licht = cell (f, "licht", TAFEL_VOORSTEL_UREN);
  gtk_widget_grab_focus (GTK_WIDGET (licht));
  gtk_editable_set_text (GTK_EDITABLE (licht), "3");
  put (f, KORTDUREND, "Zorggroep Noord", 0, "middel", 500, 800);
  iterate ();
  g_assert_cmpstr (text (cell (f, "middel", TAFEL_VOORSTEL_UREN)), ==, "5");
  g_assert_cmpstr (text (cell (f, "middel", TAFEL_VOORSTEL_DUUR)), ==, "8");
  g_assert_cmpstr (text (licht), ==, "3");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), GTK_WIDGET (licht)));
}

static void
set_line (TafelVoorstelMix *mix,
          guint             index,
          gint64            profiel,
          const char       *aandeel,
          const char       *tijdsoort)
{
  TafelVoorstelMixregel *line = tafel_voorstel_mix_get_line (mix, index);
  GListModel *items = gtk_drop_down_get_model (line->profiel);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      if (TAFEL_IS_ENTITY (item) && tafel_entity_get_id (TAFEL_ENTITY (item)) == profiel)
        gtk_drop_down_set_selected (line->profiel, i);
    }
  g_assert_cmpint (tafel_voorstel_mixregel_get_profiel_id (line), ==, profiel);
  gtk_editable_set_text (GTK_EDITABLE (line->aandeel), aandeel);
  gtk_drop_down_set_selected (line->tijdsoort, g_str_equal (tijdsoort, "indirect") ? 1 : 0);
}

/* A mix must add up to 100% per kind of time: 90% is refused with a
 * message that says so, 100% is stored. */
static void
test_mix (Fixture      *f,
          gconstpointer data)
{
  TafelVoorstelMix *mix = tafel_voorstellen_page_get_mix (page (f));
  g_autoptr(GPtrArray) rows = NULL;
  GtkLabel *direct = tafel_voorstel_mix_get_total_label (mix, "direct");
  gint64 dp = deelproduct_id (f, KORTDUREND);
  gint64 org;

  choose_sessie (f, 1);
  select_deelproduct (f, KORTDUREND);
  choose_organisation (f, "Jeugdhulp Zuid");
  org = organisatie_id (f, "Jeugdhulp Zuid");

  /* Ctrl+Shift+N works from anywhere on the page. */
  gtk_widget_grab_focus (GTK_WIDGET (cell (f, "licht", TAFEL_VOORSTEL_UREN)));
  g_assert_true (gtk_widget_activate_action (f->page, "voorstellen.add-function", NULL));
  g_assert_cmpuint (tafel_voorstel_mix_get_n_lines (mix), ==, 1);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)),
                                         GTK_WIDGET (tafel_voorstel_mix_get_line (mix, 0)->profiel)));
  g_assert_cmpuint (tafel_voorstel_mix_add_line (mix), ==, 1);
  set_line (mix, 0, profiel_id (f, 0), "60", "direct");
  set_line (mix, 1, profiel_id (f, 1), "30", "direct");
  g_assert_cmpstr (gtk_label_get_text (direct), ==, "Direct: 90% of 100%");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (direct), "error"));

  /* The profile brings its own education level. */
  {
    TafelFunctieprofiel *p = tafel_traject_model_lookup (f->model, TAFEL_TYPE_FUNCTIEPROFIEL, profiel_id (f, 1));
    TafelVoorstelMixregel *line = tafel_voorstel_mix_get_line (mix, 1);

    g_assert_cmpstr (tafel_voorstel_mixregel_get_niveau (line), ==, tafel_functieprofiel_get_opleidingsniveau (p));
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (mix), "mix.save", NULL));
  iterate ();
  g_assert_true (toast_shows (f->overlay, "90"));
  g_assert_true (strstr (gtk_label_get_text (tafel_voorstel_mix_get_message_label (mix)), "90") != NULL);
  rows = stored_rows (f, TAFEL_TYPE_MIXREGEL, dp, org);
  g_assert_cmpuint (rows->len, ==, 0);
  g_assert_true (tafel_voorstel_mix_is_dirty (mix));

  set_line (mix, 1, profiel_id (f, 1), "40", "direct");
  g_assert_cmpstr (gtk_label_get_text (direct), ==, "Direct: 100% of 100%");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (direct), "success"));
  g_assert_true (gtk_widget_activate_action (f->page, "voorstellen.save-mix", NULL));
  iterate ();
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = stored_rows (f, TAFEL_TYPE_MIXREGEL, dp, org);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpint (tafel_mixregel_get_aandeel (g_ptr_array_index (rows, 0)) +
                   tafel_mixregel_get_aandeel (g_ptr_array_index (rows, 1)), ==, 10000);
  g_assert_cmpint (tafel_mixregel_get_sessie_id (g_ptr_array_index (rows, 0)), ==, f->sessies[1]);
  g_assert_false (tafel_voorstel_mix_is_dirty (mix));
  g_assert_cmpuint (tafel_voorstel_mix_get_n_lines (mix), ==, 2);

  /* Removing a line leaves 60%: refused on leaving the deelproduct, and
   * what was stored stays. */
  g_signal_emit_by_name (tafel_voorstel_mix_get_line (mix, 1)->remove, "clicked");
  iterate ();
  g_assert_cmpuint (tafel_voorstel_mix_get_n_lines (mix), ==, 1);
  select_deelproduct (f, GROEP);
  g_assert_true (toast_shows (f->overlay, "60"));
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = stored_rows (f, TAFEL_TYPE_MIXREGEL, dp, org);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpuint (tafel_voorstel_mix_get_n_lines (mix), ==, 0);
  select_deelproduct (f, KORTDUREND);
  g_assert_cmpuint (tafel_voorstel_mix_get_n_lines (mix), ==, 2);
}

/* The group parameters only for a group product; 120% occupancy is
 * refused. */
static void
test_groep (Fixture      *f,
            gconstpointer data)
{
  TafelVoorstelInstellingen *instellingen = tafel_voorstellen_page_get_instellingen (page (f));
  TafelVoorstelGroep *groep = tafel_voorstellen_page_get_groep (page (f));
  g_autoptr(GPtrArray) rows = NULL;
  gint64 dp = deelproduct_id (f, GROEP);
  gint64 org;

  choose_sessie (f, 0);
  select_deelproduct (f, GROEP);
  choose_organisation (f, "Zorggroep Noord");
  org = organisatie_id (f, "Zorggroep Noord");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (groep)));

  gtk_switch_set_active (tafel_voorstel_instellingen_get_groep_switch (instellingen), TRUE);
  iterate ();
  g_assert_true (tafel_deelproduct_is_groepsproduct (model_deelproduct (f, GROEP)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (groep)));

  type_and_enter (tafel_voorstel_groep_get_entry (groep, TAFEL_GROEP_BEZETTING), "120");
  g_assert_true (toast_shows (f->overlay, "120"));
  rows = stored_rows (f, TAFEL_TYPE_GROEPSPARAMETERS, dp, org);
  g_assert_cmpuint (rows->len, ==, 0);
  g_assert_cmpstr (text (tafel_voorstel_groep_get_entry (groep, TAFEL_GROEP_BEZETTING)), ==, "");

  type_and_enter (tafel_voorstel_groep_get_entry (groep, TAFEL_GROEP_BEZETTING), "85");
  type_and_enter (tafel_voorstel_groep_get_entry (groep, TAFEL_GROEP_JEUGDIGEN), "8");
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = stored_rows (f, TAFEL_TYPE_GROEPSPARAMETERS, dp, org);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpint (tafel_entity_get_int (g_ptr_array_index (rows, 0), "bezetting"), ==, 8500);
  g_assert_cmpint (tafel_entity_get_int (g_ptr_array_index (rows, 0), "jeugdigen_per_groep"), ==, 800);

  /* Not a group product: the fields go. */
  select_deelproduct (f, KORTDUREND);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (groep)));
}

/* The charts get one point per proposal of the sessions chosen. */
static void
test_compare (Fixture      *f,
              gconstpointer data)
{
  TafelVoorstelVergelijk *vergelijk = tafel_voorstellen_page_get_vergelijk (page (f));
  TafelSpreidingChart *uren = chart (tafel_voorstel_vergelijk_get_uren_view (vergelijk));
  TafelSpreidingChart *duur = chart (tafel_voorstel_vergelijk_get_duur_view (vergelijk));
  TafelSummary summary;

  put (f, KORTDUREND, "Zorggroep Noord", 0, "licht", 200, 1000);
  put (f, KORTDUREND, "Jeugdhulp Zuid", 0, "licht", 300, 2000);
  put (f, KORTDUREND, "De Linde", 1, "licht", 1000, TAFEL_DECIMAL_NONE);
  put (f, KORTDUREND, "De Linde", 1, "middel", 600, 3000);

  select_deelproduct (f, KORTDUREND);
  choose_sessie (f, -1);
  g_assert_true (gtk_widget_activate_action (f->page, "voorstellen.show-view", "s", "vergelijken"));
  iterate ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (tafel_voorstellen_page_get_view_stack (page (f))), ==,
                   "vergelijken");
  g_assert_cmpuint (tafel_spreiding_chart_get_n_reeksen (uren), ==, 4);
  g_assert_cmpuint (tafel_spreiding_chart_get_n_points (uren), ==, 4);
  g_assert_cmpuint (tafel_spreiding_chart_get_n_points (duur), ==, 3);
  tafel_spreiding_chart_get_summary (uren, 0, &summary);
  g_assert_cmpuint (summary.n, ==, 3);
  g_assert_cmpfloat (summary.median, ==, 3.0);
  g_assert_cmpstr (tafel_spreiding_chart_get_unit (uren), ==, "hours per week");
  g_assert_true (isnan (tafel_spreiding_chart_get_decided (uren, 0)));

  choose_sessie (f, 0);
  g_assert_cmpuint (tafel_spreiding_chart_get_n_points (uren), ==, 2);
  g_assert_cmpuint (tafel_spreiding_chart_get_n_points (duur), ==, 2);
  choose_sessie (f, 1);
  g_assert_cmpuint (tafel_spreiding_chart_get_n_points (uren), ==, 2);
  g_assert_cmpuint (tafel_spreiding_chart_get_n_points (duur), ==, 1);

  /* A proposal that comes in is shown without a click. */
  put (f, KORTDUREND, "Zorggroep Noord", 1, "zwaar", 800, 2600);
  iterate ();
  g_assert_cmpuint (tafel_spreiding_chart_get_n_points (uren), ==, 3);
}

/* "Take the median" stores decisions equal to the medians, apart from the
 * proposals; they survive closing and opening the traject again. */
static void
test_take_median (Fixture      *f,
                  gconstpointer data)
{
  TafelVoorstelBesluit *besluit = tafel_voorstellen_page_get_besluit (page (f));
  const char *const orgs[] = { "Zorggroep Noord", "Jeugdhulp Zuid", "De Linde" };
  const gint64 uren[] = { 200, 300, 1000 };
  const gint64 duur[] = { 1000, 2000, 3000 };
  const gint64 mix_a[] = { 10000, 5000, 6000 };
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) mix = NULL;
  g_autoptr(GError) error = NULL;
  gint64 dp = deelproduct_id (f, KORTDUREND);
  TafelIntensiteit *licht;
  GtkLabel *median;

  for (guint i = 0; i < G_N_ELEMENTS (orgs); i++)
    {
      TafelMixInvoer lines[2] = {
        { profiel_id (f, 0), NULL, mix_a[i], "direct" },
        { profiel_id (f, 1), NULL, 10000 - mix_a[i], "direct" },
      };

      put (f, KORTDUREND, orgs[i], 0, "licht", uren[i], duur[i]);
      put (f, KORTDUREND, orgs[i], 0, "middel", 400 + 200 * i, TAFEL_DECIMAL_NONE);
      g_assert_true (tafel_mix_replace (f->store, model_deelproduct (f, KORTDUREND), organisatie_id (f, orgs[i]),
                                        f->sessies[0], lines, mix_a[i] == 10000 ? 1 : 2, &error));
      g_assert_no_error (error);
    }

  select_deelproduct (f, KORTDUREND);
  choose_sessie (f, -1);
  g_assert_true (gtk_widget_activate_action (f->page, "voorstellen.show-view", "s", "besluit"));
  iterate ();
  median = tafel_voorstel_grid_get_median_label (tafel_voorstel_besluit_get_grid (besluit), "licht", TAFEL_VOORSTEL_UREN);
  g_assert_cmpstr (gtk_label_get_text (median), ==, "Median: 3");
  g_assert_cmpstr (text (besluit_cell (f, "licht", TAFEL_VOORSTEL_UREN)), ==, "");

  g_signal_emit_by_name (tafel_voorstel_besluit_get_median_button (besluit), "clicked");
  iterate ();

  /* Medians by hand: hours 2, 3, 10 → 3; duration 10, 20, 30 → 20;
   * medium 4, 6, 8 → 6; the mix 100/50/60 → 70% and 0/50/40 → 30%. */
  rows = stored_rows (f, TAFEL_TYPE_INTENSITEIT, dp, 0);
  g_assert_cmpuint (rows->len, ==, 2);
  licht = stored_niveau (rows, "licht");
  g_assert_cmpstr (tafel_intensiteit_get_bron (licht), ==, "besluit");
  g_assert_cmpint (tafel_intensiteit_get_uren (licht), ==, 300);
  g_assert_cmpint (tafel_intensiteit_get_duur (licht), ==, 2000);
  g_assert_cmpint (tafel_intensiteit_get_uren (stored_niveau (rows, "middel")), ==, 600);
  mix = stored_rows (f, TAFEL_TYPE_MIXREGEL, dp, 0);
  g_assert_cmpuint (mix->len, ==, 2);
  for (guint i = 0; i < mix->len; i++)
    {
      TafelMixregel *regel = g_ptr_array_index (mix, i);

      g_assert_cmpint (tafel_mixregel_get_aandeel (regel), ==,
                       tafel_mixregel_get_functieprofiel_id (regel) == profiel_id (f, 0) ? 7000 : 3000);
    }
  g_assert_cmpstr (text (besluit_cell (f, "licht", TAFEL_VOORSTEL_UREN)), ==, "3");
  g_assert_cmpstr (text (besluit_cell (f, "licht", TAFEL_VOORSTEL_DUUR)), ==, "20");
  g_assert_cmpuint (tafel_voorstel_mix_get_n_lines (tafel_voorstel_besluit_get_mix (besluit)), ==, 2);

  /* The proposals are untouched. */
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = stored_rows (f, TAFEL_TYPE_INTENSITEIT, dp, organisatie_id (f, "De Linde"));
  g_assert_cmpint (tafel_intensiteit_get_uren (stored_niveau (rows, "licht")), ==, 1000);

  /* A decision that departs from the median says by how much. */
  type_and_enter (besluit_cell (f, "licht", TAFEL_VOORSTEL_UREN), "4,5");
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = stored_rows (f, TAFEL_TYPE_INTENSITEIT, dp, 0);
  g_assert_cmpint (tafel_intensiteit_get_uren (stored_niveau (rows, "licht")), ==, 450);
  g_assert_cmpstr (gtk_label_get_text (median), ==, "+1,5 compared to the median (3)");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (median), "warning"));

  /* The rationale is a field of the deelproduct. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (tafel_voorstel_besluit_get_toelichting (besluit)),
                            "Zwaardere doelgroep in deze regio", -1);
  g_assert_true (tafel_voorstel_besluit_apply (besluit));

  /* The decision shows in the list and in the chart. */
  {
    GtkListBox *list_box = tafel_voorstel_lijst_get_list_box (tafel_voorstellen_page_get_lijst (page (f)));
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (list_box, 0);

    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, KORTDUREND);
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "3 organisations proposed · decided");
  }
  g_assert_true (gtk_widget_activate_action (f->page, "voorstellen.show-view", "s", "vergelijken"));
  iterate ();
  g_assert_cmpfloat (tafel_spreiding_chart_get_decided (chart (tafel_voorstel_vergelijk_get_uren_view (
                       tafel_voorstellen_page_get_vergelijk (page (f)))), 0), ==, 4.5);

  /* Close the traject and open it again. */
  tafel_voorstellen_page_set_model (page (f), NULL);
  iterate ();
  g_assert_finalize_object (f->model);
  f->model = tafel_traject_model_new (f->store, f->traject_id, &error);
  g_assert_no_error (error);
  tafel_voorstellen_page_set_model (page (f), f->model);
  select_deelproduct (f, KORTDUREND);
  g_assert_true (gtk_widget_activate_action (f->page, "voorstellen.show-view", "s", "besluit"));
  iterate ();
  g_assert_cmpstr (text (besluit_cell (f, "licht", TAFEL_VOORSTEL_UREN)), ==, "4,5");
  g_assert_cmpstr (text (besluit_cell (f, "licht", TAFEL_VOORSTEL_DUUR)), ==, "20");
  g_assert_cmpstr (text (besluit_cell (f, "middel", TAFEL_VOORSTEL_UREN)), ==, "6");
  g_assert_cmpuint (tafel_voorstel_mix_get_n_lines (tafel_voorstel_besluit_get_mix (besluit)), ==, 2);
  g_assert_cmpstr (tafel_entity_get_string (TAFEL_ENTITY (model_deelproduct (f, KORTDUREND)), "besluit_toelichting"),
                   ==, "Zwaardere doelgroep in deze regio");
}

/* A traject without deelproducten, and one without function profiles. */
static void
test_empty (Fixture      *f,
            gconstpointer data)
{
  GtkStack *content = GTK_STACK (gtk_widget_get_ancestor (GTK_WIDGET (tafel_voorstellen_page_get_view_stack (page (f))),
                                                          GTK_TYPE_STACK));

  g_assert_cmpuint (tafel_voorstel_lijst_get_n_rows (tafel_voorstellen_page_get_lijst (page (f))), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content), ==, "empty");
  g_assert_true (has_text (f->page, "No deelproducten yet"));
}

static void
test_no_profiles (Fixture      *f,
                  gconstpointer data)
{
  TafelVoorstelMix *mix = tafel_voorstellen_page_get_mix (page (f));
  GListModel *profielen = tafel_traject_model_get_list (f->model, TAFEL_TYPE_FUNCTIEPROFIEL);
  g_autoptr(GError) error = NULL;

  select_deelproduct (f, KORTDUREND);
  choose_organisation (f, "Zorggroep Noord");
  g_assert_false (has_text (GTK_WIDGET (mix), "Add function profiles on the Tarieven page first."));

  while (g_list_model_get_n_items (profielen) > 0)
    {
      g_autoptr(TafelEntity) profiel = g_list_model_get_item (profielen, 0);

      g_assert_true (tafel_store_delete (f->store, profiel, &error));
      g_assert_no_error (error);
    }
  iterate ();
  g_assert_true (has_text (GTK_WIDGET (mix), "Add function profiles on the Tarieven page first."));
  gtk_widget_activate_action (GTK_WIDGET (mix), "mix.add-line", NULL);
  g_assert_cmpuint (tafel_voorstel_mix_get_n_lines (mix), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define VS(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  VS ("/voorstellen/enter", test_enter);
  VS ("/voorstellen/bad-numbers", test_bad_numbers);
  VS ("/voorstellen/levels-and-updates", test_levels_and_updates);
  VS ("/voorstellen/mix", test_mix);
  VS ("/voorstellen/groep", test_groep);
  VS ("/voorstellen/compare", test_compare);
  VS ("/voorstellen/take-median", test_take_median);
  VS ("/voorstellen/no-profiles", test_no_profiles);
  g_test_add ("/voorstellen/empty", Fixture, NULL, empty_setup, test_empty, fixture_teardown);
#undef VS

  return g_test_run ();
}

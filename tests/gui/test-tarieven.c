/* test-tarieven.c: the Rates page driven through its widgets
 *
 * The page lives in a plain window whose child is a toast overlay, on a
 * traject made from the "segment veel voorkomend" template (11
 * deelproducten, the seven default function profiles, the example
 * parameters). What a test changes is checked in the store, and the prices
 * shown are checked against tafel_kostprijs_compute().
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>

#include "tafel-besluit.h"
#include "tafel-decimal.h"
#include "tafel-tarieven-page.h"
#include "tafel-test-util.h"

typedef struct {
  char              *dir;
  TafelStore        *store;
  gint64             traject_id;
  TafelTrajectModel *model;
  GtkWindow         *window;
  AdwToastOverlay   *overlay;
  GtkWidget         *page;
} Fixture;

static const char *const default_names[] = {
  "Youth care worker", "Behavioural scientist", "Healthcare psychologist (GZ)",
  "Orthopedagogue-generalist", "Psychiatrist", "Pedagogical worker", "Expert by experience",
};

/* ---- helpers --------------------------------------------------------------- */

static void
iterate (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* Lets animations finish: a toast that a high-priority one pushed aside
 * must be hidden before it can come back (libadwaita 1.2). */
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
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelTraject) traject = NULL;

  f->dir = tafel_test_make_tmpdir ();
  f->store = tafel_test_open_store (f->dir, "tarieven.db");
  traject = tafel_test_create_traject (f->store, "segment-veel-voorkomend", "Inkoop Jeugdhulp 2027");
  f->traject_id = tafel_entity_get_id (TAFEL_ENTITY (traject));
  f->model = tafel_traject_model_new (f->store, f->traject_id, &error);
  g_assert_no_error (error);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1280, 900);
  f->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  gtk_window_set_child (f->window, GTK_WIDGET (f->overlay));
  f->page = tafel_tarieven_page_new ();
  adw_toast_overlay_set_child (f->overlay, f->page);
  g_object_set (f->page, "model", f->model, NULL);

  gtk_window_present (f->window);
  wait_until_mapped (f->page);
  iterate ();
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

  /* Nothing (rows, bindings, undo toasts, idles) keeps the model or store alive. */
  g_assert_finalize_object (f->model);
  g_assert_finalize_object (f->store);
  tafel_test_remove_tree (f->dir);
  g_free (f->dir);
}

static TafelTarievenPage *
page (Fixture *f)
{
  return TAFEL_TARIEVEN_PAGE (f->page);
}

static TafelTariefProfielen *
profielen (Fixture *f)
{
  return tafel_tarieven_page_get_profielen (page (f));
}

static TafelTariefPrijzen *
prijzen (Fixture *f)
{
  return tafel_tarieven_page_get_prijzen (page (f));
}

static TafelTariefOpbouw *
opbouw (Fixture *f)
{
  return tafel_tarieven_page_get_opbouw (page (f));
}

static gpointer
reload (Fixture *f,
        GType    type,
        gint64   id)
{
  g_autoptr(GError) error = NULL;
  gpointer entity = tafel_store_get (f->store, type, id, &error);

  g_assert_no_error (error);
  return entity;
}

static GPtrArray *
stored_list (Fixture *f,
             GType    type)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list = tafel_store_list (f->store, type, f->traject_id, &error);

  g_assert_no_error (error);
  return list;
}

static gint64
profiel_id (Fixture    *f,
            const char *name)
{
  g_autoptr(TafelFunctieprofiel) p = tafel_store_find_by_name (f->store, TAFEL_TYPE_FUNCTIEPROFIEL, f->traject_id, name);

  g_assert_nonnull (p);
  return tafel_entity_get_id (TAFEL_ENTITY (p));
}

static TafelDeelproduct *
deelproduct (Fixture    *f,
             const char *name)
{
  TafelDeelproduct *dp = tafel_store_find_by_name (f->store, TAFEL_TYPE_DEELPRODUCT, f->traject_id, name);

  g_assert_nonnull (dp);
  return dp;
}

static gint64
tariefmodel_value (Fixture    *f,
                   const char *column)
{
  g_autoptr(GPtrArray) list = stored_list (f, TAFEL_TYPE_TARIEFMODEL);

  g_assert_cmpuint (list->len, ==, 1);
  return tafel_entity_get_int (g_ptr_array_index (list, 0), column);
}

static gboolean
has_text (GtkWidget  *widget,
          const char *needle)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && strstr (gtk_label_get_text (GTK_LABEL (child)), needle) != NULL)
        return TRUE;
      if (has_text (child, needle))
        return TRUE;
    }

  return FALSE;
}

static gboolean
toast_shows (AdwToastOverlay *overlay,
             const char      *needle)
{
  GtkWidget *content = adw_toast_overlay_get_child (overlay);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (overlay)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (child != content && has_text (child, needle))
      return TRUE;

  return FALSE;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button (child, label)) != NULL)
        return found;
    }

  return NULL;
}

static void
click_toast_button (AdwToastOverlay *overlay,
                    const char      *label)
{
  GtkWidget *content = adw_toast_overlay_get_child (overlay);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (overlay)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *button = child != content ? find_button (child, label) : NULL;

      if (button != NULL)
        {
          g_signal_emit_by_name (button, "clicked");
          return;
        }
    }

  g_assert_not_reached ();
}

/* Types @text into an AdwEntryRow and presses Enter. */
static void
type_and_enter (gpointer    editable,
                const char *text)
{
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (editable));

  gtk_editable_set_text (GTK_EDITABLE (editable), text);
  g_signal_emit_by_name (delegate ? delegate : editable, "activate");
  iterate ();
}

static GtkWidget *
profiel_field (Fixture    *f,
               gint64      id,
               const char *column)
{
  GtkWidget *row = tafel_tarief_profielen_get_row (profielen (f), id);
  GtkWidget *widget;

  g_assert_nonnull (row);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  iterate ();
  widget = tafel_tarief_profielen_get_field (profielen (f), id, column);
  g_assert_nonnull (widget);
  return widget;
}

static GtkWidget *
parameter_row (Fixture    *f,
               const char *column)
{
  GtkWidget *row = tafel_tarief_parameters_editor_get_row (tafel_tarieven_page_get_parameters (page (f)), column);

  g_assert_nonnull (row);
  return row;
}

/* Decides, for @dp, a mix of 70% youth care worker and 30% behavioural
 * scientist (direct time) and a light intensity of 3 hours for 26. */
static void
decide (Fixture          *f,
        TafelDeelproduct *dp)
{
  g_autoptr(GError) error = NULL;
  TafelMixInvoer lines[] = {
    { profiel_id (f, "Youth care worker"), NULL, 7000, "direct" },
    { profiel_id (f, "Behavioural scientist"), NULL, 3000, "direct" },
  };

  g_assert_true (tafel_mix_replace (f->store, dp, 0, 0, lines, G_N_ELEMENTS (lines), &error));
  g_assert_no_error (error);
  g_assert_true (tafel_intensiteit_put (f->store, dp, 0, 0, "licht", 300, 2600, &error));
  g_assert_no_error (error);
  iterate ();
}

/* The price tafel_kostprijs_compute() gives from what is stored now. */
static TafelKostprijs *
expected (Fixture          *f,
          TafelDeelproduct *dp)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TafelKostprijsInvoer) invoer = tafel_kostprijs_invoer_load (f->store, f->traject_id, &error);
  TafelKostprijs *k;

  g_assert_no_error (error);
  k = tafel_kostprijs_compute (f->store, invoer, dp, &error);
  g_assert_no_error (error);
  g_assert_nonnull (k);
  return k;
}

static void
assert_shows_price (Fixture          *f,
                    TafelDeelproduct *dp,
                    double            uurprijs)
{
  g_autofree char *euro = tafel_tarief_format_euro (uurprijs);
  gint64 id = tafel_entity_get_id (TAFEL_ENTITY (dp));
  TafelTariefOpbouw *o = opbouw (f);
  guint n;

  g_assert_cmpstr (tafel_tarief_prijzen_get_text (prijzen (f), id, TAFEL_TARIEF_KOLOM_UURPRIJS, FALSE), ==, euro);
  g_assert_null (tafel_tarief_prijzen_get_probleem (prijzen (f), id));

  /* The build-up of the selected one ends in that price. */
  g_assert_true (tafel_tarief_prijzen_get_selected (prijzen (f)) != NULL);
  g_assert_cmpint (tafel_entity_get_id (TAFEL_ENTITY (tafel_tarief_prijzen_get_selected (prijzen (f)))), ==, id);
  n = tafel_tarief_opbouw_get_n_steps (o);
  /* The two functions of the mix (not the five others), its two lines, nine sums. */
  g_assert_cmpuint (n, ==, 2 + 2 + 9);
  g_assert_cmpstr (tafel_tarief_opbouw_get_step (o, 0)->label, ==, "Salary cost per hour, Youth care worker");
  g_assert_cmpstr (tafel_tarief_opbouw_get_step (o, 1)->label, ==, "Salary cost per hour, Behavioural scientist");
  g_assert_cmpfloat_with_epsilon (tafel_tarief_opbouw_get_step (o, n - 1)->value, uurprijs, 1e-9);
  g_assert_cmpstr (tafel_tarief_opbouw_get_value_text (o, n - 1), ==, euro);
  g_assert_null (tafel_tarief_opbouw_get_status (o));
}

/* ---- tests ------------------------------------------------------------------ */

static void
test_catalogue (Fixture      *f,
                gconstpointer data)
{
  GtkListBox *list = tafel_tarief_profielen_get_list_box (profielen (f));
  GtkListBoxRow *row;
  guint n = 0;

  while ((row = gtk_list_box_get_row_at_index (list, n)) != NULL)
    {
      gint64 id;

      g_assert_cmpuint (n, <, G_N_ELEMENTS (default_names));
      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, default_names[n]);
      id = profiel_id (f, default_names[n]);
      g_assert_true (tafel_tarief_profielen_get_row (profielen (f), id) == GTK_WIDGET (row));
      g_assert_true (gtk_widget_get_visible (tafel_tarief_profielen_get_tag (profielen (f), id)));
      n++;
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (default_names));

  /* The first one in detail. */
  row = gtk_list_box_get_row_at_index (list, 0);
  g_assert_true (has_text (GTK_WIDGET (row), "HBO · CAO Jeugdzorg, schaal 8 · € 28,00 per hour · 70% client-bound"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (profiel_field (f, profiel_id (f, "Youth care worker"), "uurloon"))),
                   ==, "€ 28,00");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (profiel_field (f, profiel_id (f, "Youth care worker"), "productiviteit"))),
                   ==, "70%");
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (profiel_field (f, profiel_id (f, "Youth care worker"), "voorbeeld"))));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (profiel_field (f, profiel_id (f, "Psychiatrist"), "opleidingsniveau"))),
                    ==, 3);  /* post-WO/BIG */

  /* The parameters as stored. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (parameter_row (f, "eindejaarsuitkering"))), ==, "8,3");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (parameter_row (f, "overhead"))), ==, "20");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (parameter_row (f, "overige_kosten_per_uur"))), ==, "0,00");

  /* Every salary cost is an example: the banner says so. */
  g_assert_true (gtk_widget_get_visible (tafel_tarieven_page_get_banner (page (f))));
  g_assert_true (has_text (tafel_tarieven_page_get_banner (page (f)), "Salary costs are example values"));
}

static void
test_uurloon (Fixture      *f,
              gconstpointer data)
{
  gint64 id = profiel_id (f, "Youth care worker");
  GtkWidget *uurloon = profiel_field (f, id, "uurloon");
  g_autoptr(TafelFunctieprofiel) stored = NULL;
  g_autoptr(TafelFunctieprofiel) again = NULL;
  g_autoptr(TafelFunctieprofiel) marked = NULL;

  type_and_enter (uurloon, "€ 30,00");
  stored = reload (f, TAFEL_TYPE_FUNCTIEPROFIEL, id);
  g_assert_cmpint (tafel_functieprofiel_get_uurloon (stored), ==, 3000);
  g_assert_false (tafel_functieprofiel_is_voorbeeld (stored));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (uurloon)), ==, "€ 30,00");
  g_assert_false (gtk_widget_get_visible (tafel_tarief_profielen_get_tag (profielen (f), id)));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (profiel_field (f, id, "voorbeeld"))));
  /* Six others are still examples. */
  g_assert_true (gtk_widget_get_visible (tafel_tarieven_page_get_banner (page (f))));

  /* Words are refused: a toast, nothing stored, the stored value shown. */
  type_and_enter (uurloon, "dertig");
  again = reload (f, TAFEL_TYPE_FUNCTIEPROFIEL, id);
  g_assert_cmpint (tafel_functieprofiel_get_uurloon (again), ==, 3000);
  g_assert_false (tafel_functieprofiel_is_voorbeeld (again));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (uurloon)), ==, "€ 30,00");
  g_assert_true (toast_shows (f->overlay, "dertig"));

  /* Marked as an example again with the switch. */
  gtk_switch_set_active (GTK_SWITCH (profiel_field (f, id, "voorbeeld")), TRUE);
  iterate ();
  marked = reload (f, TAFEL_TYPE_FUNCTIEPROFIEL, id);
  g_assert_true (tafel_functieprofiel_is_voorbeeld (marked));
  g_assert_cmpint (tafel_functieprofiel_get_uurloon (marked), ==, 3000);
  g_assert_true (gtk_widget_get_visible (tafel_tarief_profielen_get_tag (profielen (f), id)));
}

static void
test_refused_examples (Fixture      *f,
                       gconstpointer data)
{
  gint64 id = profiel_id (f, "Psychiatrist");
  g_autoptr(TafelFunctieprofiel) first = NULL;
  g_autoptr(TafelFunctieprofiel) before = reload (f, TAFEL_TYPE_FUNCTIEPROFIEL, id);
  GtkWidget *uurloon = profiel_field (f, id, "uurloon");

  /* A refused salary cost leaves the example mark as it was. */
  type_and_enter (uurloon, "dertig");
  first = reload (f, TAFEL_TYPE_FUNCTIEPROFIEL, id);
  g_assert_cmpint (tafel_functieprofiel_get_uurloon (first), ==, tafel_functieprofiel_get_uurloon (before));
  g_assert_true (tafel_functieprofiel_is_voorbeeld (first));
  g_assert_true (toast_shows (f->overlay, "dertig"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (uurloon)), ==, "€ 70,00");
  g_assert_true (gtk_widget_has_css_class (uurloon, "error"));
}

static void
test_productiviteit (Fixture      *f,
                     gconstpointer data)
{
  gint64 id = profiel_id (f, "Behavioural scientist");
  GtkWidget *productiviteit = profiel_field (f, id, "productiviteit");
  g_autoptr(TafelFunctieprofiel) refused = NULL;
  g_autoptr(TafelFunctieprofiel) stored = NULL;

  type_and_enter (productiviteit, "0");
  refused = reload (f, TAFEL_TYPE_FUNCTIEPROFIEL, id);
  g_assert_cmpint (tafel_functieprofiel_get_productiviteit (refused), ==, 6500);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (productiviteit)), ==, "65%");
  g_assert_true (toast_shows (f->overlay, "productivity"));

  type_and_enter (productiviteit, "72,5%");
  stored = reload (f, TAFEL_TYPE_FUNCTIEPROFIEL, id);
  g_assert_cmpint (tafel_functieprofiel_get_productiviteit (stored), ==, 7250);
  g_assert_true (tafel_functieprofiel_is_voorbeeld (stored));  /* only the salary cost clears it */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (productiviteit)), ==, "72,5%");
}

static void
test_niveau_and_name (Fixture      *f,
                      gconstpointer data)
{
  gint64 id = profiel_id (f, "Youth care worker");
  g_autoptr(TafelFunctieprofiel) stored = NULL;
  g_autoptr(TafelFunctieprofiel) renamed = NULL;
  GtkWidget *row = tafel_tarief_profielen_get_row (profielen (f), id);

  adw_combo_row_set_selected (ADW_COMBO_ROW (profiel_field (f, id, "opleidingsniveau")), 2);  /* WO */
  iterate ();
  stored = reload (f, TAFEL_TYPE_FUNCTIEPROFIEL, id);
  g_assert_cmpstr (tafel_functieprofiel_get_opleidingsniveau (stored), ==, "wo");
  g_assert_true (has_text (row, "WO · CAO Jeugdzorg"));

  type_and_enter (profiel_field (f, id, "name"), "Jeugdzorgwerker HBO");
  renamed = reload (f, TAFEL_TYPE_FUNCTIEPROFIEL, id);
  g_assert_cmpstr (tafel_functieprofiel_get_name (renamed), ==, "Jeugdzorgwerker HBO");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Jeugdzorgwerker HBO");

  /* A name that is taken is refused. */
  type_and_enter (profiel_field (f, id, "name"), "psychiatrist");
  g_clear_object (&renamed);
  renamed = reload (f, TAFEL_TYPE_FUNCTIEPROFIEL, id);
  g_assert_cmpstr (tafel_functieprofiel_get_name (renamed), ==, "Jeugdzorgwerker HBO");
  g_assert_true (toast_shows (f->overlay, "psychiatrist"));
}

static void
test_what_if (Fixture      *f,
              gconstpointer data)
{
  g_autoptr(TafelDeelproduct) dp = deelproduct (f, "Kortdurende systeembegeleiding");
  gint64 id = tafel_entity_get_id (TAFEL_ENTITY (dp));
  g_autoptr(TafelKostprijs) before = NULL;
  g_autoptr(TafelKostprijs) after = NULL;
  g_autoptr(TafelKostprijs) cheaper = NULL;
  g_autofree char *licht = NULL;
  g_autofree char *uren = NULL;
  g_autofree char *hours = NULL;

  decide (f, dp);
  tafel_tarief_prijzen_select (prijzen (f), id);
  iterate ();

  before = expected (f, dp);
  g_assert_null (before->probleem);
  assert_shows_price (f, dp, before->uurprijs);

  /* The light level's whole trajectory, with its hours below it. */
  g_assert_true (tafel_tarief_prijzen_column_visible (prijzen (f), TAFEL_TARIEF_KOLOM_LICHT));
  g_assert_false (tafel_tarief_prijzen_column_visible (prijzen (f), TAFEL_TARIEF_KOLOM_INTENSIEF));
  licht = tafel_tarief_format_euro (before->prijs[0]);
  g_assert_cmpstr (tafel_tarief_prijzen_get_text (prijzen (f), id, TAFEL_TARIEF_KOLOM_LICHT, FALSE), ==, licht);
  uren = tafel_decimal_format (tafel_decimal_from_double (before->uren[0]));
  hours = g_strdup_printf ("%s hours", uren);
  g_assert_cmpstr (tafel_tarief_prijzen_get_text (prijzen (f), id, TAFEL_TARIEF_KOLOM_LICHT, TRUE), ==, hours);
  /* Levels nobody decided take no room. */
  g_assert_false (tafel_tarief_prijzen_column_visible (prijzen (f), TAFEL_TARIEF_KOLOM_MIDDEL));
  g_assert_null (tafel_tarief_prijzen_get_text (prijzen (f), id, TAFEL_TARIEF_KOLOM_MIDDEL, FALSE));

  /* Overhead from 20% to 25%: every price follows. */
  g_assert_cmpint (tariefmodel_value (f, "overhead"), ==, 2000);
  type_and_enter (parameter_row (f, "overhead"), "25");
  g_assert_cmpint (tariefmodel_value (f, "overhead"), ==, 2500);
  after = expected (f, dp);
  g_assert_cmpfloat (after->uurprijs, >, before->uurprijs);
  g_assert_cmpfloat_with_epsilon (after->uurprijs / before->uurprijs, 1.25 / 1.20, 1e-9);
  assert_shows_price (f, dp, after->uurprijs);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (parameter_row (f, "overhead"))), ==, "25");

  /* A salary cost moves it too. */
  type_and_enter (profiel_field (f, profiel_id (f, "Youth care worker"), "uurloon"), "26");
  cheaper = expected (f, dp);
  g_assert_cmpfloat (cheaper->uurprijs, <, after->uurprijs);
  assert_shows_price (f, dp, cheaper->uurprijs);
}

static void
test_parameter_refused (Fixture      *f,
                        gconstpointer data)
{
  GtkWidget *overhead = parameter_row (f, "overhead");

  type_and_enter (overhead, "veel");
  g_assert_cmpint (tariefmodel_value (f, "overhead"), ==, 2000);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (overhead)), ==, "20");
  g_assert_true (toast_shows (f->overlay, "veel"));

  type_and_enter (overhead, "150");
  g_assert_cmpint (tariefmodel_value (f, "overhead"), ==, 2000);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (overhead)), ==, "20");

  type_and_enter (parameter_row (f, "overige_kosten_per_uur"), "€ 2,50");
  g_assert_cmpint (tariefmodel_value (f, "overige_kosten_per_uur"), ==, 250);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (parameter_row (f, "overige_kosten_per_uur"))), ==, "2,50");

  type_and_enter (parameter_row (f, "eindejaarsuitkering"), "8,33%");
  g_assert_cmpint (tariefmodel_value (f, "eindejaarsuitkering"), ==, 833);
}

static void
test_probleem (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(TafelDeelproduct) dp = deelproduct (f, "Specialistische GGZ");
  gint64 id = tafel_entity_get_id (TAFEL_ENTITY (dp));
  const char *probleem = "No decided function mix with direct time yet.";

  g_assert_cmpstr (tafel_tarief_prijzen_get_probleem (prijzen (f), id), ==, probleem);
  g_assert_null (tafel_tarief_prijzen_get_text (prijzen (f), id, TAFEL_TARIEF_KOLOM_UURPRIJS, FALSE));

  tafel_tarief_prijzen_select (prijzen (f), id);
  iterate ();
  g_assert_cmpuint (tafel_tarief_opbouw_get_n_steps (opbouw (f)), ==, 0);
  g_assert_cmpstr (tafel_tarief_opbouw_get_status (opbouw (f)), ==, probleem);

  /* Deciding gives it a price at once. */
  decide (f, dp);
  g_assert_null (tafel_tarief_prijzen_get_probleem (prijzen (f), id));
  {
    g_autoptr(TafelKostprijs) k = expected (f, dp);
    assert_shows_price (f, dp, k->uurprijs);
  }
}

static void
test_add_delete_undo (Fixture      *f,
                      gconstpointer data)
{
  g_autoptr(TafelDeelproduct) dp = deelproduct (f, "Kortdurende systeembegeleiding");
  gint64 dp_id = tafel_entity_get_id (TAFEL_ENTITY (dp));
  g_autoptr(GPtrArray) after_add = NULL;
  g_autoptr(GPtrArray) after_delete = NULL;
  g_autoptr(GPtrArray) after_undo = NULL;
  g_autoptr(TafelFunctieprofiel) added = NULL;
  GtkWidget *add_row = tafel_tarief_profielen_get_add_row (profielen (f));
  gint64 new_id, used_id;

  /* Adding: a name and Enter. */
  type_and_enter (add_row, "Verpleegkundige");
  after_add = stored_list (f, TAFEL_TYPE_FUNCTIEPROFIEL);
  g_assert_cmpuint (after_add->len, ==, 8);
  new_id = profiel_id (f, "Verpleegkundige");
  added = reload (f, TAFEL_TYPE_FUNCTIEPROFIEL, new_id);
  g_assert_cmpstr (tafel_functieprofiel_get_opleidingsniveau (added), ==, "hbo");
  g_assert_cmpint (tafel_functieprofiel_get_productiviteit (added), ==, 7000);
  g_assert_true (tafel_functieprofiel_is_voorbeeld (added));
  g_assert_nonnull (tafel_tarief_profielen_get_row (profielen (f), new_id));
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (tafel_tarief_profielen_get_row (profielen (f), new_id))));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add_row)), ==, "");

  /* A name that is taken stays in the field, with the reason. */
  type_and_enter (add_row, "verpleegkundige");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add_row)), ==, "verpleegkundige");
  g_assert_true (toast_shows (f->overlay, "verpleegkundige"));
  gtk_editable_set_text (GTK_EDITABLE (add_row), "");

  /* Deleting one that a decided mix uses warns, and takes it out of the price. */
  decide (f, dp);
  g_assert_null (tafel_tarief_prijzen_get_probleem (prijzen (f), dp_id));
  used_id = profiel_id (f, "Behavioural scientist");
  g_signal_emit_by_name (tafel_tarief_profielen_get_delete_button (profielen (f), used_id), "clicked");
  iterate ();
  after_delete = stored_list (f, TAFEL_TYPE_FUNCTIEPROFIEL);
  g_assert_cmpuint (after_delete->len, ==, 7);
  g_assert_null (tafel_tarief_profielen_get_row (profielen (f), used_id));
  g_assert_true (toast_shows (f->overlay, "Function profile “Behavioural scientist” deleted. It is in the function mix of 1 deelproduct"));
  g_assert_nonnull (tafel_tarief_prijzen_get_probleem (prijzen (f), dp_id));

  settle ();
  click_toast_button (f->overlay, "_Undo");
  iterate ();
  after_undo = stored_list (f, TAFEL_TYPE_FUNCTIEPROFIEL);
  g_assert_cmpuint (after_undo->len, ==, 8);
  g_assert_nonnull (tafel_tarief_profielen_get_row (profielen (f), used_id));
  g_assert_null (tafel_tarief_prijzen_get_probleem (prijzen (f), dp_id));

  /* One that no mix uses: a plain message. The focus, on its delete
   * button, moves to the profile before it (it was the last). */
  gtk_widget_grab_focus (tafel_tarief_profielen_get_delete_button (profielen (f), new_id));
  g_signal_emit_by_name (tafel_tarief_profielen_get_delete_button (profielen (f), new_id), "clicked");
  iterate ();
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)),
                                         tafel_tarief_profielen_get_row (profielen (f), profiel_id (f, "Expert by experience"))));
  g_assert_null (tafel_tarief_profielen_get_row (profielen (f), new_id));
  g_assert_true (toast_shows (f->overlay, "Function profile “Verpleegkundige” deleted."));
}

static void
test_banner (Fixture      *f,
             gconstpointer data)
{
  GtkWidget *banner = tafel_tarieven_page_get_banner (page (f));

  for (guint i = 0; i < G_N_ELEMENTS (default_names); i++)
    {
      g_assert_true (gtk_widget_get_visible (banner));
      type_and_enter (profiel_field (f, profiel_id (f, default_names[i]), "uurloon"), "40");
    }
  g_assert_false (gtk_widget_get_visible (banner));

  gtk_switch_set_active (GTK_SWITCH (profiel_field (f, profiel_id (f, "Psychiatrist"), "voorbeeld")), TRUE);
  iterate ();
  g_assert_true (gtk_widget_get_visible (banner));
}

static void
test_copy (Fixture      *f,
           gconstpointer data)
{
  g_autoptr(TafelDeelproduct) dp = deelproduct (f, "Kortdurende systeembegeleiding");
  g_autoptr(TafelKostprijs) k = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *euro = NULL;
  GdkContentProvider *content;
  const char *text;

  decide (f, dp);
  tafel_tarief_prijzen_select (prijzen (f), tafel_entity_get_id (TAFEL_ENTITY (dp)));
  iterate ();
  k = expected (f, dp);
  euro = tafel_tarief_format_euro (k->uurprijs);

  g_assert_true (gtk_widget_activate_action (f->page, "tarieven.copy-opbouw", NULL));
  iterate ();
  g_assert_true (toast_shows (f->overlay, "Build-up copied."));

  content = gdk_clipboard_get_content (gtk_widget_get_clipboard (f->page));
  g_assert_nonnull (content);
  g_value_init (&value, G_TYPE_STRING);
  g_assert_true (gdk_content_provider_get_value (content, &value, &error));
  g_assert_no_error (error);
  text = g_value_get_string (&value);
  g_assert_true (g_str_has_prefix (text, "Build-up of the price of “Kortdurende systeembegeleiding”\n"));
  g_assert_nonnull (strstr (text, "Salary cost per hour, Youth care worker: € 28,00 × "));
  g_assert_nonnull (strstr (text, "Price per direct hour: "));
  g_assert_nonnull (strstr (text, euro));
  g_assert_nonnull (strstr (text, "\nPer trajectory\nWhole trajectory, Light: "));
}

static void
test_model_switch (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr(TafelDeelproduct) dp = deelproduct (f, "Kortdurende systeembegeleiding");

  tafel_tarieven_page_set_model (page (f), NULL);
  iterate ();
  g_assert_null (tafel_tarief_prijzen_get_selected (prijzen (f)));
  g_assert_null (tafel_tarief_profielen_get_row (profielen (f), profiel_id (f, "Psychiatrist")));
  g_assert_false (gtk_widget_get_visible (tafel_tarieven_page_get_banner (page (f))));
  g_assert_false (gtk_widget_get_sensitive (parameter_row (f, "overhead")));
  g_assert_false (tafel_tarief_opbouw_has_content (opbouw (f)));

  /* Changes while it had no model show when it comes back. */
  decide (f, dp);
  g_object_set (f->page, "model", f->model, NULL);
  iterate ();
  g_assert_true (gtk_widget_get_sensitive (parameter_row (f, "overhead")));
  g_assert_nonnull (tafel_tarief_profielen_get_row (profielen (f), profiel_id (f, "Psychiatrist")));
  tafel_tarief_prijzen_select (prijzen (f), tafel_entity_get_id (TAFEL_ENTITY (dp)));
  iterate ();
  {
    g_autoptr(TafelKostprijs) k = expected (f, dp);
    assert_shows_price (f, dp, k->uurprijs);
  }
}

/* The shortcut goes to the field that adds a profile; the mnemonics of the
 * headings go into the prices and the profiles. */
static void
test_shortcut_new (Fixture      *f,
                   gconstpointer data)
{
  GtkWidget *add_row = tafel_tarief_profielen_get_add_row (profielen (f));
  GtkWidget *focus;

  g_assert_true (gtk_widget_activate_action (f->page, "tarieven.new-profiel", NULL));
  iterate ();
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_nonnull (focus);
  g_assert_true (focus == add_row || gtk_widget_is_ancestor (focus, add_row));

  /* Alt+P (the mnemonic of "_Prices") lands on the selected deelproduct. */
  g_assert_true (gtk_widget_mnemonic_activate (GTK_WIDGET (tafel_tarief_prijzen_get_list_box (prijzen (f))), FALSE));
  iterate ();
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_true (GTK_IS_LIST_BOX_ROW (focus));
  g_assert_true (tafel_tarief_prijzen_get_row (prijzen (f),
                                               tafel_entity_get_id (TAFEL_ENTITY (tafel_tarief_prijzen_get_selected (prijzen (f)))))
                 == focus);

  /* Alt+F (the mnemonic of "_Function profiles") lands on the first profile. */
  g_assert_true (gtk_widget_mnemonic_activate (GTK_WIDGET (tafel_tarief_profielen_get_list_box (profielen (f))), FALSE));
  iterate ();
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, tafel_tarief_profielen_get_row (profielen (f),
                                                                             profiel_id (f, "Youth care worker"))));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define T(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  T ("/tarieven/catalogue", test_catalogue);
  T ("/tarieven/uurloon", test_uurloon);
  T ("/tarieven/uurloon-refused", test_refused_examples);
  T ("/tarieven/productiviteit", test_productiviteit);
  T ("/tarieven/niveau-and-name", test_niveau_and_name);
  T ("/tarieven/what-if", test_what_if);
  T ("/tarieven/parameter-refused", test_parameter_refused);
  T ("/tarieven/probleem", test_probleem);
  T ("/tarieven/add-delete-undo", test_add_delete_undo);
  T ("/tarieven/banner", test_banner);
  T ("/tarieven/copy", test_copy);
  T ("/tarieven/model-switch", test_model_switch);
  T ("/tarieven/keyboard", test_shortcut_new);
#undef T

  return g_test_run ();
}
